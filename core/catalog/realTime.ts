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
			"Each agent's state now, time in it (HH:MM:SS), login time and today's calls and times.",
	}),
	realTime('calls_last_10', 'getCallsLast10Minutes', {
		name: 'Get Calls of the Last 10 Minutes',
		action: 'Get calls of the last 10 minutes',
		description: 'Calls of the last 10 minutes with type, result, date, phone number and call ID.',
	}),
	realTime('hits_last_hour', 'getHitsLastHour', {
		name: 'Get Hits of the Last Hour',
		action: 'Get hits of the last hour',
		description:
			'Calls of the last 60 minutes with their hit flag (coded with a hit activity code, e.g. a sale).',
	}),
	realTime('info_server', 'getServerStatus', {
		name: 'Get Server Status',
		action: 'Get dedicated server status',
		description:
			'CPU, RAM, calls in progress and connected agents; dedicated servers only, one object.',
		rowCap: undefined, // one object, not rows
	}),
	realTime('latency', 'getAgentLatency', {
		name: 'Get Agent Latency',
		action: 'Get network latency per agent',
		description:
			'Network latency, jitter and packet loss per agent, to troubleshoot audio problems.',
	}),
	realTime('skills', 'getSkillStatus', {
		name: 'Get Skill Status',
		action: 'Get real-time skill status',
		description:
			'Per skill now: calls in queue, inbound, answered, abandoned, service level at 10/20/30 s.',
		params: [
			skillOrAll(),
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
			'Per campaign now: state, speed, records by result, penetration, hits and calls per minute.',
		// wolkvox answers this one with a bare JSON array (no code/msg/data envelope);
		// the transport accepts a bare array as the rows.
	}),
	realTime('chats', 'getActiveChats', {
		name: 'Get Active Chats',
		action: 'Get active chats',
		description:
			'Per agent, the chats open now with channel, customer phone and the messages so far.',
	}),
	realTime('interactions', 'getActiveInteractions', {
		name: 'Get Active Interactions',
		action: 'Get active interactions',
		description:
			'Per agent, the interactions (email, social) open now with subject, sender and date.',
	}),
	realTime('recall', 'getScheduledRecalls', {
		name: 'Get Scheduled Recalls',
		action: 'Get scheduled campaign recalls',
		description:
			'Pending callbacks scheduled in campaigns, with type, date, phone, campaign and agent.',
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
