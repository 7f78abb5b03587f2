import { family, ROW_CAP } from './factories';
import {
	activityCode,
	agentId,
	campaignId,
	dateParams,
	dateRange,
	optional,
	routingPoint,
	skillId,
} from './params';
import type { EndpointDef } from './types';

/**
 * Operation information (information.php): configuration lists (agents, skills, campaigns,
 * routing points, connectors, activity codes), token usage, DNC list, audit log and storage.
 */
const information = family({
	resource: 'information',
	file: 'information',
	method: 'GET',
	rowCap: ROW_CAP,
});

export const informationEndpoints: EndpointDef[] = [
	information('audit_log', 'getAuditLog', {
		name: 'Get Audit Log',
		action: 'Get the audit log',
		description:
			'Lists the changes and requests made in wolkvox Manager in a period, with date, public IP, user, workstation and the action performed. At most 31 days per call.',
		params: dateParams(),
		strategy: 'range',
		dateRange: dateRange(),
	}),
	information('routing_points', 'getRoutingPoints', {
		name: 'Get Routing Points',
		action: 'Get routing points',
		description:
			'Lists the routing points with ID, name, last use and whether IVR, chat, interactions and CRM are enabled on each. Can be limited to one routing point.',
		params: [
			optional(
				routingPoint({
					name: 'routing',
					in: 'query',
					description: 'Only return this routing point (its ID).',
				}),
			),
		],
	}),
	information('skills', 'getSkills', {
		name: 'Get Skills',
		action: 'Get skills',
		description:
			'Lists the skills (agent groups) with ID, name, description and last use. Can be limited to one skill.',
		params: [optional(skillId({ name: 'skill', description: 'Only return this skill (its ID).' }))],
	}),
	information('campaigns', 'getCampaigns', {
		name: 'Get Campaigns',
		action: 'Get campaigns',
		description:
			'Lists the campaigns with ID, name, description, type, state, record count, speed, dial mode, skill, turbo dial, recycles and last use. Can be limited to one campaign.',
		params: [
			optional(
				campaignId({ name: 'campaign', description: 'Only return this campaign (its ID).' }),
			),
		],
	}),
	information('agents', 'getAgents', {
		name: 'Get Agents',
		action: 'Get agents',
		description:
			'Lists the agents with extension (agent ID), name, document number, state, last use, single sign-on and whether they are enabled. Can be limited to one agent.',
		params: [
			optional(
				agentId({
					name: 'agent',
					description: 'Only return this agent (its extension / agent ID).',
				}),
			),
		],
	}),
	information('connectors', 'getConnectors', {
		name: 'Get Connectors',
		action: 'Get connectors',
		description:
			'Lists the channel connectors (WhatsApp and others) with connector ID, routing point, name and channel.',
	}),
	information('services', 'getServices', {
		name: 'Get Services',
		action: 'Get enabled services',
		description:
			'Returns the number of licences and whether each add-on service is enabled (PBX, recordings, video call, analytics, storage integrations, turbo dial, SSO, WhatsApp, social channels, SMS, web chat, CRM, e-mail and more).',
	}),
	information('agents_in_skill', 'getAgentsInSkill', {
		name: 'Get Agents in Skill',
		action: 'Get the agents of a skill',
		description:
			'Lists the agents assigned to a skill with extension, name, last login and expertise level.',
		params: [skillId({ description: 'ID of the skill whose agents to list.' })],
	}),
	information('activity_codes', 'getActivityCodes', {
		name: 'Get Activity Codes',
		action: 'Get activity codes',
		description:
			'Lists the active activity (disposition) codes with description, whether each counts as a hit or right-party contact, where it can be used (calls, chats, interactions, Studio) and its code group. Can be limited to one code.',
		params: [
			optional(activityCode({ description: 'Only return this activity code (its ID, e.g. 002).' })),
		],
	}),
	information('token_info', 'getTokenInfo', {
		name: 'Get Token Usage',
		action: 'Get API token usage',
		description:
			"Returns the token's description, daily limit, calls used today (by this token and by all tokens) and calls still available today. This call itself uses one call of the quota.",
	}),
	information('get_dnc', 'getDoNotCallList', {
		name: 'Get Do Not Call List',
		action: 'Get the do-not-call list',
		description:
			'Lists the phone numbers on the do-not-call (DNC) list with their call direction (inbound/outbound) and the date each was added.',
		params: [
			{
				name: 'type',
				displayName: 'Call Direction',
				kind: 'options',
				in: 'query',
				required: true,
				default: 'all',
				description: 'Which DNC numbers to list.',
				options: [
					{
						name: 'All',
						value: 'all',
						description: 'Numbers blocked for inbound and outbound calls',
					},
					{ name: 'Inbound', value: 'inbound', description: 'Numbers blocked for inbound calls' },
					{
						name: 'Outbound',
						value: 'outbound',
						description: 'Numbers blocked for outbound calls',
					},
				],
			},
		],
	}),
	information('law2300_info', 'checkLaw2300Phone', {
		name: 'Check Law 2300 Phone',
		action: 'Check a phone protected by Law 2300',
		description:
			'Tells whether a phone number is currently blocked under Colombian Law 2300 (limits on when and how often customers may be contacted), with the last contact day and channel. Needs Law 2300 compliance enabled in wolkvox Manager.',
		params: [
			{
				name: 'nit',
				displayName: 'Company Tax ID (NIT)',
				kind: 'string',
				in: 'query',
				required: true,
				description:
					'Tax ID of the company as validated in the Law 2300 section of wolkvox Manager.',
			},
			{
				name: 'phone',
				displayName: 'Phone Number',
				kind: 'string',
				in: 'query',
				required: true,
				description: 'Phone number to check.',
			},
		],
	}),
	information('get_ip', 'getAllowedIps', {
		name: 'Get Allowed IPs',
		action: 'Get registered IP addresses',
		description:
			'Lists the IP addresses registered for the operation with type, description and last use.',
	}),
	information('get_notification', 'getNotifications', {
		name: 'Get Notifications',
		action: 'Get wolkvox Manager notifications',
		description:
			'Returns the date and text of every notification raised by the "wolkvox Notification" component in a period. At most 31 days per call.',
		params: dateParams(),
		strategy: 'range',
		dateRange: dateRange(),
	}),
	information('storage', 'getAudioStorage', {
		name: 'Get Audio Storage',
		action: 'Get audio storage used',
		description:
			'Returns the disk space taken by the call recordings and other audio files stored on the platform.',
	}),
	information('audio_list', 'getAudios', {
		name: 'Get Audios',
		action: 'Get stored audio files',
		description:
			'Lists the audio files stored on the platform with audio ID, creation date, size and duration.',
	}),
];
