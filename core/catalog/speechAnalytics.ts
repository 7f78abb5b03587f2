import { family, ROW_CAP } from './factories';
import { agentId, dateParams, dateRange } from './params';
import type { EndpointDef } from './types';

/** Speech analytics (speech_analytics.php; the on-demand request goes to configuration.php). */
const speechAnalytics = family({ resource: 'speechAnalytics', file: 'speech_analytics' });

export const speechAnalyticsEndpoints: EndpointDef[] = [
	speechAnalytics('speech_calls', 'getSpeechCalls', {
		name: 'Get Speech Calls',
		action: 'Get speech analytics of calls',
		description:
			'Speech analytics of calls: transcript, summary, silence, sentiment, topic, FCR and CSAT.',
		method: 'GET',
		strategy: 'range',
		dateRange: dateRange(),
		rowCap: ROW_CAP,
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
	}),
	speechAnalytics('speech_on_demand', 'analyzeCall', {
		name: 'Analyze Call',
		action: 'Request speech and customer analysis of a call',
		description: 'Runs speech and voice-of-the-customer analysis on a call of the last 24 hours.',
		file: 'configuration',
		method: 'PUT',
		params: [
			{
				name: 'conn_id',
				displayName: 'Call ID',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'ID (conn_id) of the call to analyze, from the last 24 hours.',
				hint: 'The recording must be stereo (agent and customer on separate channels)',
			},
			agentId({ in: 'body', description: 'Agent who handled the call.' }),
		],
	}),
];
