import { family, ROW_CAP } from './factories';
import { serviceLevelSeconds, skillOrAll } from './params';
import type { EndpointDef } from './types';

/**
 * Real-time monitoring (real_time.php). Snapshots of the operation at the moment of the call;
 * wolkvox suggests polling no more often than every 5 minutes.
 */
const realTime = family({
	resource: 'realTime',
	file: 'real_time',
	method: 'GET',
	rowCap: ROW_CAP,
});

export const realTimeEndpoints: EndpointDef[] = [
	realTime('agents', 'getAgentStatus', {
		name: 'Get Agent Status',
		action: 'Get real-time agent status',
		description:
			"Returns every agent's current state, time in that state, login time and today's inbound, outbound and internal call counts with ready, ACW, ring, AHT, occupancy and auxiliary times.",
	}),
	realTime('calls_last_10', 'getCallsLast10Minutes', {
		name: 'Get Calls of the Last 10 Minutes',
		action: 'Get calls of the last 10 minutes',
		description:
			'Lists the calls received or placed in the last 10 minutes with interaction type (inbound, predictive, manual, internal, transfer...), result, date, phone number, customer ID and call ID.',
	}),
	realTime('hits_last_hour', 'getHitsLastHour', {
		name: 'Get Hits of the Last Hour',
		action: 'Get hits of the last hour',
		description:
			'Lists the calls of the last 60 minutes with their hit flag (a hit is a call coded with an activity code marked as a hit, e.g. a sale), plus call ID, type, date, phone number and customer ID.',
	}),
	realTime('info_server', 'getServerStatus', {
		name: 'Get Server Status',
		action: 'Get dedicated server status',
		description:
			'Returns CPU (average, maximum, minimum), RAM usage, calls in progress and connected agents of the server. Only works on dedicated servers; `data` is a single object, not a list.',
		rowCap: undefined, // one object, not rows
	}),
	realTime('latency', 'getAgentLatency', {
		name: 'Get Agent Latency',
		action: 'Get network latency per agent',
		description:
			'Returns network quality per agent (latency, jitter, packet loss, IP, agent version and state) to troubleshoot audio or connection problems.',
	}),
	realTime('skills', 'getSkillStatus', {
		name: 'Get Skill Status',
		action: 'Get real-time skill status',
		description:
			'Returns per skill the calls waiting in queue, inbound, answered and abandoned calls and the service level at 10, 20 and 30 seconds, optionally at a custom threshold too.',
		params: [
			skillOrAll({
				description: 'ID of the skill (agent group) to report on, or "all" for every skill.',
			}),
			serviceLevelSeconds({
				description:
					'Adds a service level computed at this many seconds, returned as `service_level_<N>seg`. 10, 20 and 30 are always included, so do not send those values.',
			}),
		],
	}),
	realTime('campaigns', 'getCampaignStatus', {
		name: 'Get Campaign Status',
		action: 'Get real-time campaign status',
		description:
			'Returns per campaign its state (started/stopped), speed, skill, record counts by result (clean, dialed, answered, no answer, busy, machine), penetration, hits, calls per minute and recycles.',
		// wolkvox answers this one with a bare JSON array (no code/msg/data envelope);
		// the transport accepts a bare array as the rows.
	}),
	realTime('chats', 'getActiveChats', {
		name: 'Get Active Chats',
		action: 'Get active chats',
		description:
			'Returns, per agent, the chats open right now with channel, connector, customer phone and the conversation so far (sender, message, date).',
	}),
	realTime('interactions', 'getActiveInteractions', {
		name: 'Get Active Interactions',
		action: 'Get active interactions',
		description:
			'Returns, per agent, the interactions (e-mail, social media) open right now with interaction ID, subject, sender name and date.',
	}),
	realTime('recall', 'getScheduledRecalls', {
		name: 'Get Scheduled Recalls',
		action: 'Get scheduled campaign recalls',
		description:
			'Lists the pending callbacks scheduled in campaigns, whatever created them (agent, dialer, API or file upload), with recall type, date, phone number, campaign and assigned agent.',
		params: [
			{
				name: 'type',
				displayName: 'Recall Type',
				kind: 'options',
				in: 'query',
				required: true,
				default: 'all',
				description: 'Which recalls to list, by how they were created.',
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Manual', value: 'manual', description: 'Only recalls created manually' },
					{ name: 'Automatic', value: 'auto', description: 'Only recalls created automatically' },
				],
			},
		],
	}),
];
