import { dateParams, dateRange } from './common';
import type { EndpointDef } from './types';

export const gamificationEndpoints: EndpointDef[] = [
	{
		resource: 'gamification',
		operation: 'getAgentKpis',
		name: 'Get Agent KPIs',
		action: "Get agents' gamification KPIs",
		description:
			"Returns each agent's gamification ranking data for a date range (at most 31 days): daily points, hits, calls, AHT, ACW, occupancy and login time.",
		file: 'gamification',
		api: 'agents_kpi',
		method: 'GET',
		dateRange: dateRange(),
		rowCap: 60000,
		params: [...dateParams()],
	},
];
