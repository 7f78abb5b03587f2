import type { EndpointDef } from './types';

export const gamificationEndpoints: EndpointDef[] = [
	{
		resource: 'gamification',
		operation: 'getAgentKpis',
		name: 'Get Agent KPIs',
		action: 'Get agents\' gamification KPIs',
		description:
			'Returns each agent\'s gamification ranking data for a date range (at most 31 days): daily points, hits, calls, AHT, ACW, occupancy and login time.',
		file: 'gamification',
		api: 'agents_kpi',
		method: 'GET',
		dateRange: { start: 'date_ini', end: 'date_end', maxDays: 31 },
		rowCap: 60000,
		params: [
			{
				name: 'date_ini',
				displayName: 'Start Date',
				kind: 'date',
				in: 'query',
				required: true,
				description: 'Start of the period.',
			},
			{
				name: 'date_end',
				displayName: 'End Date',
				kind: 'date',
				in: 'query',
				required: true,
				description: 'End of the period.',
			},
		],
	},
];
