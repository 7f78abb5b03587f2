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
			'Changes and requests made in wolkvox Manager in a period, with user, IP and action.',
		params: dateParams(),
		strategy: 'range',
		dateRange: dateRange(),
	}),
	information('routing_points', 'getRoutingPoints', {
		name: 'Get Routing Points',
		action: 'Get routing points',
		description: 'Routing points with ID, name, last use and enabled channels (IVR, chat, CRM...).',
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
		description: 'Skills (agent groups) with ID, name, description and last use.',
		params: [optional(skillId({ name: 'skill', description: 'Only return this skill (its ID).' }))],
	}),
	information('campaigns', 'getCampaigns', {
		name: 'Get Campaigns',
		action: 'Get campaigns',
		description: 'Campaigns with ID, name, type, state, record count, speed, dial mode and skill.',
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
			'Agents with extension (agent ID), name, document number, state and whether enabled.',
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
			'Channel connectors (WhatsApp and others) with connector ID, routing point and name.',
	}),
	information('services', 'getServices', {
		name: 'Get Services',
		action: 'Get enabled services',
		description:
			'Licences and which add-on services are on (PBX, recordings, WhatsApp, SMS, CRM...).',
	}),
	information('agents_in_skill', 'getAgentsInSkill', {
		name: 'Get Agents in Skill',
		action: 'Get the agents of a skill',
		description: 'Agents assigned to a skill with extension, name, last login and expertise level.',
		params: [skillId({ description: 'ID of the skill whose agents to list.' })],
	}),
	information('activity_codes', 'getActivityCodes', {
		name: 'Get Activity Codes',
		action: 'Get activity codes',
		description:
			'Active activity codes with description, hit and RPC flags, channels and code group.',
		params: [
			optional(activityCode({ description: 'Only return this activity code (its ID, e.g. 002).' })),
		],
	}),
	information('token_info', 'getTokenInfo', {
		name: 'Get Token Usage',
		action: 'Get API token usage',
		description:
			"The token's daily limit, calls used today and calls left; this call uses one itself.",
	}),
	information('get_dnc', 'getDoNotCallList', {
		name: 'Get Do-Not-Call List',
		action: 'Get the do-not-call list',
		description:
			'Numbers on the do-not-call list with direction (inbound/outbound) and date added.',
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
			'Whether a phone is blocked under Colombian Law 2300, with last contact day and channel.',
		params: [
			{
				name: 'nit',
				displayName: 'Company Tax ID (NIT)',
				kind: 'string',
				in: 'query',
				required: true,
				description:
					'Tax ID of the company as validated in the Law 2300 section of wolkvox Manager.',
				hint: 'Law 2300 compliance must be enabled in wolkvox Manager',
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
		description: 'IP addresses registered for the operation with type, description and last use.',
	}),
	information('get_notification', 'getNotifications', {
		name: 'Get Notifications',
		action: 'Get wolkvox Manager notifications',
		description: 'Date and text of each notification raised by the wolkvox Notification component.',
		params: dateParams(),
		strategy: 'range',
		dateRange: dateRange(),
	}),
	information('storage', 'getAudioStorage', {
		name: 'Get Audio Storage',
		action: 'Get audio storage used',
		description: 'Disk space taken by call recordings and other audio files on the platform.',
	}),
	information('audio_list', 'getAudios', {
		name: 'Get Audios',
		action: 'Get stored audio files',
		description:
			'Audio files stored on the platform with audio ID, creation date, size and duration.',
	}),
];
