import { rangeFamily } from './factories';
import type { EndpointDef } from './types';

/** Gamification (gamification.php): agent KPIs for a date range. */
const gamification = rangeFamily({ resource: 'gamification', file: 'gamification' });

export const gamificationEndpoints: EndpointDef[] = [
	gamification('agents_kpi', 'getAgentKpis', {
		name: 'Get Agent KPIs',
		action: "Get agents' gamification KPIs",
		description:
			"Returns each agent's gamification ranking data for a date range (at most 31 days): daily points, hits, calls, AHT, ACW, occupancy and login time.",
	}),
];
