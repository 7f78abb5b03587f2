import { dateParams, dateRange } from './common';
import type { EndpointDef } from './types';

/**
 * Operation information (information.php): configuration lists (agents, skills, campaigns,
 * routing points, connectors, activity codes), token usage, DNC list, audit log and storage.
 */


export const informationEndpoints: EndpointDef[] = [
	{
		resource: 'information',
		operation: 'getAuditLog',
		name: 'Get Audit Log',
		action: 'Get the audit log',
		description:
			'Lists the changes and requests made in wolkvox Manager in a period, with date, public IP, user, workstation and the action performed. At most 31 days per call.',
		file: 'information',
		api: 'audit_log',
		method: 'GET',
		params: [...dateParams()],
		dateRange: dateRange(),
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getRoutingPoints',
		name: 'Get Routing Points',
		action: 'Get routing points',
		description:
			'Lists the routing points with ID, name, last use and whether IVR, chat, interactions and CRM are enabled on each. Can be limited to one routing point.',
		file: 'information',
		api: 'routing_points',
		method: 'GET',
		params: [
			{
				name: 'routing',
				displayName: 'Routing Point',
				kind: 'integer',
				in: 'query',
				lookup: 'routingPoints',
				description: 'Only return this routing point (its ID).',
			},
		],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getSkills',
		name: 'Get Skills',
		action: 'Get skills',
		description:
			'Lists the skills (agent groups) with ID, name, description and last use. Can be limited to one skill.',
		file: 'information',
		api: 'skills',
		method: 'GET',
		params: [
			{
				name: 'skill',
				displayName: 'Skill',
				kind: 'integer',
				in: 'query',
				lookup: 'skills',
				description: 'Only return this skill (its ID).',
			},
		],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getCampaigns',
		name: 'Get Campaigns',
		action: 'Get campaigns',
		description:
			'Lists the campaigns with ID, name, description, type, state, record count, speed, dial mode, skill, turbo dial, recycles and last use. Can be limited to one campaign.',
		file: 'information',
		api: 'campaigns',
		method: 'GET',
		params: [
			{
				name: 'campaign',
				displayName: 'Campaign',
				kind: 'integer',
				in: 'query',
				lookup: 'campaigns',
				description: 'Only return this campaign (its ID).',
			},
		],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getAgents',
		name: 'Get Agents',
		action: 'Get agents',
		description:
			'Lists the agents with extension (agent ID), name, document number, state, last use, single sign-on and whether they are enabled. Can be limited to one agent.',
		file: 'information',
		api: 'agents',
		method: 'GET',
		params: [
			{
				name: 'agent',
				displayName: 'Agent',
				kind: 'integer',
				in: 'query',
				lookup: 'agents',
				description: 'Only return this agent (its extension / agent ID).',
			},
		],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getConnectors',
		name: 'Get Connectors',
		action: 'Get connectors',
		description:
			'Lists the channel connectors (WhatsApp and others) with connector ID, routing point, name and channel.',
		file: 'information',
		api: 'connectors',
		method: 'GET',
		params: [],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getServices',
		name: 'Get Services',
		action: 'Get enabled services',
		description:
			'Returns the number of licences and whether each add-on service is enabled (PBX, recordings, video call, analytics, storage integrations, turbo dial, SSO, WhatsApp, social channels, SMS, web chat, CRM, e-mail and more).',
		file: 'information',
		api: 'services',
		method: 'GET',
		params: [],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getAgentsInSkill',
		name: 'Get Agents in Skill',
		action: 'Get the agents of a skill',
		description:
			'Lists the agents assigned to a skill with extension, name, last login and expertise level.',
		file: 'information',
		api: 'agents_in_skill',
		method: 'GET',
		params: [
			{
				name: 'skill_id',
				displayName: 'Skill',
				kind: 'integer',
				in: 'query',
				required: true,
				lookup: 'skills',
				description: 'ID of the skill whose agents to list.',
			},
		],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getActivityCodes',
		name: 'Get Activity Codes',
		action: 'Get activity codes',
		description:
			'Lists the active activity (disposition) codes with description, whether each counts as a hit or right-party contact, where it can be used (calls, chats, interactions, Studio) and its code group. Can be limited to one code.',
		file: 'information',
		api: 'activity_codes',
		method: 'GET',
		params: [
			{
				name: 'cod_act',
				displayName: 'Activity Code',
				kind: 'string',
				in: 'query',
				lookup: 'activityCodes',
				description: 'Only return this activity code (its ID, e.g. 002).',
			},
		],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getTokenInfo',
		name: 'Get Token Usage',
		action: 'Get API token usage',
		description:
			"Returns the token's description, daily limit, calls used today (by this token and by all tokens) and calls still available today. This call itself uses one call of the quota.",
		file: 'information',
		api: 'token_info',
		method: 'GET',
		params: [],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getDoNotCallList',
		name: 'Get Do Not Call List',
		action: 'Get the do-not-call list',
		description:
			'Lists the phone numbers on the do-not-call (DNC) list with their call direction (inbound/outbound) and the date each was added.',
		file: 'information',
		api: 'get_dnc',
		method: 'GET',
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
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'checkLaw2300Phone',
		name: 'Check Law 2300 Phone',
		action: 'Check a phone protected by Law 2300',
		description:
			'Tells whether a phone number is currently blocked under Colombian Law 2300 (limits on when and how often customers may be contacted), with the last contact day and channel. Needs Law 2300 compliance enabled in wolkvox Manager.',
		file: 'information',
		api: 'law2300_info',
		method: 'GET',
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
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getAllowedIps',
		name: 'Get Allowed IPs',
		action: 'Get registered IP addresses',
		description:
			'Lists the IP addresses registered for the operation with type, description and last use.',
		file: 'information',
		api: 'get_ip',
		method: 'GET',
		params: [],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getNotifications',
		name: 'Get Notifications',
		action: 'Get wolkvox Manager notifications',
		description:
			'Returns the date and text of every notification raised by the "wolkvox Notification" component in a period. At most 31 days per call.',
		file: 'information',
		api: 'get_notification',
		method: 'GET',
		params: [...dateParams()],
		dateRange: dateRange(),
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getAudioStorage',
		name: 'Get Audio Storage',
		action: 'Get audio storage used',
		description:
			'Returns the disk space taken by the call recordings and other audio files stored on the platform.',
		file: 'information',
		api: 'storage',
		method: 'GET',
		params: [],
		rowCap: 60000,
	},
	{
		resource: 'information',
		operation: 'getAudios',
		name: 'Get Audios',
		action: 'Get stored audio files',
		description:
			'Lists the audio files stored on the platform with audio ID, creation date, size and duration.',
		file: 'information',
		api: 'audio_list',
		method: 'GET',
		params: [],
		rowCap: 60000,
	},
];
