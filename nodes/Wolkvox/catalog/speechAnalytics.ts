import { dateParams, dateRange } from './common';
import type { EndpointDef } from './types';

export const speechAnalyticsEndpoints: EndpointDef[] = [
	{
		resource: 'speechAnalytics',
		operation: 'getSpeechCalls',
		name: 'Get Speech Calls',
		action: 'Get speech analytics of calls',
		description:
			'Returns the speech analytics of calls in a date range (at most 31 days): transcript, summary, silence, sentiment, topic, FCR and CSAT with their justification. Optionally filtered by one field.',
		file: 'speech_analytics',
		api: 'speech_calls',
		method: 'GET',
		dateRange: dateRange(),
		rowCap: 60000,
		params: [
			...dateParams(),
			{
				name: 'filter',
				displayName: 'Filter Field',
				kind: 'options',
				in: 'query',
				options: [
					{ name: 'Call ID', value: 'id_call' },
					{ name: 'Agent ID', value: 'id_agent' },
					{ name: 'Activity Code', value: 'cod_act' },
					{ name: 'Transcript Text', value: 'speech_to_text' },
				],
				description: 'Field to filter on; use together with Filter Value.',
			},
			{
				name: 'value',
				displayName: 'Filter Value',
				kind: 'string',
				in: 'query',
				description: 'Value the filter field must match.',
			},
		],
	},
	{
		resource: 'speechAnalytics',
		operation: 'analyzeCall',
		name: 'Analyze Call',
		action: 'Request speech and customer analysis of a call',
		description:
			'Runs speech analytics and voice-of-the-customer (VOC) analysis on a call from the last 24 hours. The recording must be stereo (agent and customer on separate channels).',
		file: 'configuration',
		api: 'speech_on_demand',
		method: 'PUT',
		params: [
			{
				name: 'conn_id',
				displayName: 'Call ID',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'ID (conn_id) of the call to analyze.',
			},
			{
				name: 'agent_id',
				displayName: 'Agent',
				kind: 'integer',
				in: 'body',
				lookup: 'agents',
				required: true,
				description: 'Agent who handled the call.',
			},
		],
	},
];
