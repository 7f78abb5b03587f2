import { rangeFamily } from './factories';
import type { EndpointDef } from './types';

/** Gamification (gamification.php): agent KPIs for a date range. */
const gamification = rangeFamily({ resource: 'gamification', file: 'gamification' });

export const gamificationEndpoints: EndpointDef[] = [
	gamification('agents_kpi', 'getAgentKpis', {
		name: 'Get Agent KPIs',
		action: "Get agents' gamification KPIs",
		description:
			"Each agent's daily gamification points, hits, calls, AHT, ACW, occupancy and login time.",
	}),
];
