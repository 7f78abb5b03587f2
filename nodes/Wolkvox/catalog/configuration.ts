import type { EndpointDef, ParamDef, ParamOption } from './types';

/** wolkvox yes/no flags. */
const YES_NO: ParamOption[] = [
	{ name: 'Yes', value: 'yes' },
	{ name: 'No', value: 'no' },
];

/** Activity code groups: cod_act1 and cod_act2. */
const CODE_GROUPS: ParamOption[] = [
	{ name: 'Group 1', value: 'cod_act1', description: 'First group of activity codes' },
	{ name: 'Group 2', value: 'cod_act2', description: 'Second group of activity codes' },
];

/** Which do-not-call list a number belongs to. */
const DNC_LISTS: ParamOption[] = [
	{ name: 'Inbound and Outbound', value: 'inbound/outbound' },
	{ name: 'Inbound', value: 'inbound' },
	{ name: 'Outbound', value: 'outbound' },
	{ name: 'All', value: 'all', description: 'Same effect as inbound and outbound' },
];

const agentIdBody = (description: string, required = true): ParamDef => ({
	name: 'agent_id',
	displayName: 'Agent',
	kind: 'integer',
	in: 'body',
	lookup: 'agents',
	description,
	...(required ? { required: true } : { alwaysShow: true }),
});

const skillIdBody = (description: string): ParamDef => ({
	name: 'skill_id',
	displayName: 'Skill',
	kind: 'integer',
	in: 'body',
	lookup: 'skills',
	required: true,
	description,
});

/** Fields shared by create_agent and edit_agent (body). */
const agentProfileFields = (forUpdate: boolean): ParamDef[] => [
	{
		name: 'agent_dni',
		displayName: 'Agent Document Number',
		kind: 'string',
		in: 'body',
		...(forUpdate ? { alwaysShow: true } : { required: true }),
		description: forUpdate
			? 'New personal identification number of the agent.'
			: 'Personal identification number of the agent.',
	},
	{
		name: 'agent_name',
		displayName: 'Agent Name',
		kind: 'string',
		in: 'body',
		...(forUpdate ? { alwaysShow: true } : { required: true }),
		description: forUpdate ? 'New full name of the agent.' : 'Full name of the agent.',
	},
	{
		name: 'agent_sso',
		displayName: 'SSO Username',
		kind: 'string',
		in: 'body',
		description:
			'Optional network username for single sign-on, so the agent can log in with existing corporate credentials.',
	},
	{
		name: 'agent_pass',
		displayName: 'Password',
		kind: 'string',
		in: 'body',
		description:
			'Password for the agent. Leave empty to let wolkvox generate a random one. Must contain an uppercase letter, a lowercase letter, a digit and one of !#%&*@.',
		pattern: '^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[!#%&*@]).+$',
		patternHint:
			'at least one uppercase letter, one lowercase letter, one digit and one of the characters !#%&*@',
	},
];

/** Fields shared by create_skill and edit_skill (body). */
const skillProfileFields = (forUpdate: boolean): ParamDef[] => [
	{
		name: 'skill_name',
		displayName: 'Skill Name',
		kind: 'string',
		in: 'body',
		...(forUpdate ? { alwaysShow: true } : { required: true }),
		description: forUpdate
			? 'New name of the skill (agent group).'
			: 'Name of the skill (agent group).',
	},
	{
		name: 'description_skill',
		displayName: 'Skill Description',
		kind: 'string',
		in: 'body',
		description: 'Free-text description of the skill.',
	},
	{
		name: 'voicemail',
		displayName: 'Voicemail',
		kind: 'string',
		in: 'body',
		placeholder: '5003',
		description: 'Name of the voicemail box to assign to the skill.',
	},
	{
		name: 'welcome_message',
		displayName: 'Welcome Message',
		kind: 'string',
		in: 'body',
		placeholder: '10_audio10',
		description: 'Name of the audio played as the welcome message of the skill.',
	},
	{
		name: 'vto',
		displayName: 'Out-of-Hours Message',
		kind: 'string',
		in: 'body',
		placeholder: '10_audio10',
		description:
			"Name of the audio played when a call arrives outside the operation's business hours.",
	},
];

/** Fields shared by create_cod_act and edit_cod_act (body). */
const activityCodeFields = (forUpdate: boolean): ParamDef[] => [
	{
		name: 'type_code',
		displayName: 'Code Group',
		kind: 'options',
		in: 'body',
		options: CODE_GROUPS,
		default: 'cod_act1',
		required: true,
		description: 'Activity code group the code belongs to.',
	},
	{
		name: 'cod_act',
		displayName: 'Activity Code',
		kind: 'string',
		in: 'body',
		required: true,
		placeholder: '021',
		description: forUpdate
			? 'Name or number of the existing activity code to update.'
			: 'Value or title of the new activity code.',
	},
	{
		name: 'description_cod_act',
		displayName: 'Code Description',
		kind: 'string',
		in: 'body',
		description: 'Free-text description of the activity code.',
	},
	{
		name: 'hit',
		displayName: 'Counts as Hit',
		kind: 'options',
		in: 'body',
		options: YES_NO,
		description:
			'Whether interactions coded with it count as a hit (an effective contact that met its goal).',
	},
	{
		name: 'rpc',
		displayName: 'Right Party Contact',
		kind: 'options',
		in: 'body',
		options: YES_NO,
		description:
			'Whether the code marks a call answered by the intended contact. wolkvox assumes no when not sent.',
	},
	{
		name: 'chat',
		displayName: 'Available in Chat',
		kind: 'options',
		in: 'body',
		options: YES_NO,
		description: 'Whether agents can use the code on chat channels.',
	},
	{
		name: 'studio',
		displayName: 'Available in Studio',
		kind: 'options',
		in: 'body',
		options: YES_NO,
		description: 'Whether the code can be used in wolkvox Studio flows.',
	},
	{
		name: 'voice',
		displayName: 'Available in Voice',
		kind: 'options',
		in: 'body',
		options: YES_NO,
		description: 'Whether agents can use the code on voice channels.',
	},
	{
		name: 'interactions',
		displayName: 'Available in Interactions',
		kind: 'options',
		in: 'body',
		options: YES_NO,
		description:
			'Whether the code can be used on interaction channels such as Facebook, Instagram and email.',
	},
];

export const configurationEndpoints: EndpointDef[] = [
	{
		resource: 'configuration',
		operation: 'addDoNotCallNumbers',
		name: 'Add Do-Not-Call Numbers',
		action: 'Add numbers to the do-not-call list',
		description:
			'Blocks one or more telephone numbers by adding them to the inbound and/or outbound do-not-call (DNC) list. Up to 10,000 numbers per call.',
		file: 'configuration',
		api: 'add_dnc',
		method: 'POST',
		params: [
			{
				name: 'type_call',
				displayName: 'List',
				kind: 'options',
				in: 'body',
				options: DNC_LISTS,
				default: 'inbound/outbound',
				required: true,
				description: 'Do-not-call list to add the numbers to.',
			},
		],
		records: {
			fields: [
				{
					name: 'telephone',
					displayName: 'Telephone',
					kind: 'string',
					in: 'body',
					required: true,
					placeholder: '573001234567',
					description: 'Telephone number to block.',
				},
			],
			uploadLimit: 10000,
			wrapIn: 'telephones',
			valueField: 'telephone',
		},
	},
	{
		resource: 'configuration',
		operation: 'createAgent',
		name: 'Create Agent',
		action: 'Create an agent',
		description:
			'Creates a new agent user with its name, identification number and optional SSO username and password. Returns the new agent ID and its password.',
		file: 'configuration',
		api: 'create_agent',
		method: 'POST',
		params: agentProfileFields(false),
	},
	{
		resource: 'configuration',
		operation: 'createActivityCode',
		name: 'Create Activity Code',
		action: 'Create an activity code',
		description:
			'Creates a disposition (activity) code in group 1 or 2 and sets the channels where agents can use it.',
		file: 'configuration',
		api: 'create_cod_act',
		method: 'POST',
		params: activityCodeFields(false),
	},
	{
		resource: 'configuration',
		operation: 'disableAgent',
		name: 'Disable Agent',
		action: 'Disable an agent',
		description:
			'Destructive: deactivates an agent so it can no longer log in to wolkvox Agent (for example during leave). Use Enable Agent to undo.',
		file: 'configuration',
		api: 'disable_agent',
		method: 'PUT',
		destructive: true,
		params: [agentIdBody('Agent to deactivate.')],
	},
	{
		resource: 'configuration',
		operation: 'disableModule',
		name: 'Disable Module',
		action: 'Disable the operation module',
		description:
			'Destructive: disables the whole wolkvox operation on the configured server, so it stops working until it is enabled again. Takes no parameters.',
		file: 'configuration',
		api: 'disable_module',
		method: 'PUT',
		destructive: true,
		params: [],
	},
	{
		resource: 'configuration',
		operation: 'enableAgent',
		name: 'Enable Agent',
		action: 'Enable an agent',
		description: 'Reactivates a disabled agent so it can log in to wolkvox Agent again.',
		file: 'configuration',
		api: 'enable_agent',
		method: 'PUT',
		params: [agentIdBody('Agent to reactivate.')],
	},
	{
		resource: 'configuration',
		operation: 'enableModule',
		name: 'Enable Module',
		action: 'Enable the operation module',
		description:
			'Enables the wolkvox operation on the configured server again. Takes no parameters.',
		file: 'configuration',
		api: 'enable_module',
		method: 'PUT',
		params: [],
	},
	{
		resource: 'configuration',
		operation: 'removeDoNotCallNumbers',
		name: 'Remove Do-Not-Call Numbers',
		action: 'Remove numbers from the do-not-call list',
		description:
			'Destructive: deletes one or more telephone numbers from the inbound and/or outbound do-not-call list, so they can be contacted again. Up to 10,000 numbers per call.',
		file: 'configuration',
		api: 'remove_dnc',
		method: 'DELETE',
		destructive: true,
		params: [
			{
				name: 'type',
				displayName: 'List',
				kind: 'options',
				in: 'body',
				options: DNC_LISTS,
				default: 'all',
				required: true,
				description: 'Do-not-call list to remove the numbers from.',
			},
		],
		records: {
			fields: [
				{
					name: 'telephone',
					displayName: 'Telephone',
					kind: 'string',
					in: 'body',
					required: true,
					placeholder: '573001234567',
					description: 'Telephone number to unblock.',
				},
			],
			uploadLimit: 10000,
			wrapIn: 'telephones',
			valueField: 'telephone',
		},
	},
	{
		resource: 'configuration',
		operation: 'addAllowedIp',
		name: 'Add Allowed IP',
		action: 'Add an IP to the allow-list',
		description:
			'Adds an IPv4 address to the server firewall allow-list so it can call the API. At most 5 permanent IPs per operation; answers code 404 if the IP already exists.',
		file: 'configuration',
		api: 'add_ip',
		method: 'POST',
		params: [
			{
				name: 'ip',
				displayName: 'IP Address',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '203.0.113.10',
				description: 'IPv4 address to allow.',
				pattern: '^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$',
				patternHint: 'an IPv4 address such as 203.0.113.10',
			},
			{
				name: 'permanent',
				displayName: 'Permanent',
				kind: 'options',
				in: 'body',
				options: YES_NO,
				default: 'no',
				description:
					'Whether the IP stays permanently or only temporarily. wolkvox assumes no when not sent.',
			},
			{
				name: 'description',
				displayName: 'Description',
				kind: 'string',
				in: 'body',
				description: 'Note describing whose IP this is.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'removeAllowedIp',
		name: 'Remove Allowed IP',
		action: 'Remove an IP from the allow-list',
		description:
			'Destructive: removes an IPv4 address from the server firewall allow-list, so calls from it are refused.',
		file: 'configuration',
		api: 'remove_ip',
		method: 'DELETE',
		destructive: true,
		params: [
			{
				name: 'ip',
				displayName: 'IP Address',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '203.0.113.10',
				description: 'IPv4 address to remove.',
				pattern: '^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$',
				patternHint: 'an IPv4 address such as 203.0.113.10',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'addInteraction',
		name: 'Add Interaction',
		action: 'Add an interaction to a routing point',
		description:
			'Injects a custom interaction (sender, recipient, subject and body) through the universal channel and runs the interaction routing flow of the given routing point.',
		file: 'configuration',
		api: 'add_interaction',
		method: 'POST',
		params: [
			{
				name: 'rp_id',
				displayName: 'Routing Point',
				kind: 'integer',
				in: 'body',
				lookup: 'routingPoints',
				required: true,
				description:
					'Routing point whose interaction routing flow (email, Facebook, Instagram, Twitter) handles the interaction.',
			},
			{
				name: 'from',
				displayName: 'From',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Sender address or identifier of the interaction.',
			},
			{
				name: 'fromname',
				displayName: 'From Name',
				kind: 'string',
				in: 'body',
				description: 'Display name of the sender.',
			},
			{
				name: 'to',
				displayName: 'To',
				kind: 'string',
				in: 'body',
				description: 'Recipient address or identifier of the interaction.',
			},
			{
				name: 'toname',
				displayName: 'To Name',
				kind: 'string',
				in: 'body',
				description: 'Display name of the recipient.',
			},
			{
				name: 'subject',
				displayName: 'Subject',
				kind: 'string',
				in: 'body',
				description: 'Subject of the interaction.',
			},
			{
				name: 'body',
				displayName: 'Body',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Content of the interaction.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'createSkill',
		name: 'Create Skill',
		action: 'Create a skill',
		description:
			'Creates a skill (agent group) with its voicemail, welcome and out-of-hours audios. Returns the new skill ID.',
		file: 'configuration',
		api: 'create_skill',
		method: 'POST',
		params: skillProfileFields(false),
	},
	{
		resource: 'configuration',
		operation: 'updateAgent',
		name: 'Update Agent',
		action: 'Update an agent',
		description:
			'Changes the identification number, name, SSO username or password of an existing agent.',
		file: 'configuration',
		api: 'edit_agent',
		method: 'PUT',
		params: [
			{
				name: 'agent_id',
				displayName: 'Agent',
				kind: 'integer',
				in: 'query',
				lookup: 'agents',
				required: true,
				description: 'Agent to update (its extension number in wolkvox Agent).',
			},
			...agentProfileFields(true),
		],
	},
	{
		resource: 'configuration',
		operation: 'updateSkill',
		name: 'Update Skill',
		action: 'Update a skill',
		description:
			'Changes the name, description, voicemail or audios of one skill. Only a single skill ID is accepted (not "all").',
		file: 'configuration',
		api: 'edit_skill',
		method: 'PUT',
		params: [
			{
				name: 'skill_id',
				displayName: 'Skill',
				kind: 'integer',
				in: 'query',
				lookup: 'skills',
				required: true,
				description: 'Skill to update.',
			},
			...skillProfileFields(true),
		],
	},
	{
		resource: 'configuration',
		operation: 'deleteActivityCodes',
		name: 'Delete Activity Codes',
		action: 'Delete activity codes',
		description:
			'Destructive: deletes one or more activity (disposition) codes from group 1 or 2, so agents can no longer use them.',
		file: 'configuration',
		api: 'remove_cod_act',
		method: 'DELETE',
		destructive: true,
		params: [
			{
				name: 'type_code',
				displayName: 'Code Group',
				kind: 'options',
				in: 'body',
				options: CODE_GROUPS,
				default: 'cod_act1',
				required: true,
				description: 'Activity code group the codes belong to.',
			},
			{
				name: 'cod_act',
				displayName: 'Activity Codes',
				kind: 'list',
				in: 'body',
				required: true,
				placeholder: '020, 021',
				description: 'Names or numbers of the activity codes to delete.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'updateActivityCode',
		name: 'Update Activity Code',
		action: 'Update an activity code',
		description:
			'Changes the description, hit/RPC flags and channel availability of an existing activity code.',
		file: 'configuration',
		api: 'edit_cod_act',
		method: 'PUT',
		params: activityCodeFields(true),
	},
	{
		resource: 'configuration',
		operation: 'addAgentToSkill',
		name: 'Add Agent to Skill',
		action: 'Add an agent to a skill',
		description: 'Assigns an agent to a skill with a given expertise level.',
		file: 'configuration',
		api: 'add_agents_skill',
		method: 'POST',
		params: [
			skillIdBody('Skill to assign the agent to.'),
			agentIdBody('Agent (extension number) to add to the skill.'),
			{
				name: 'expertise',
				displayName: 'Expertise',
				kind: 'integer',
				in: 'body',
				alwaysShow: true,
				placeholder: '5',
				description: 'Expertise level of the agent in this skill.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'removeAgentFromSkill',
		name: 'Remove Agent From Skill',
		action: 'Remove an agent from a skill',
		description:
			"Destructive: unassigns an agent from a skill, so it stops receiving that skill's contacts.",
		file: 'configuration',
		api: 'remove_agents_skill',
		method: 'DELETE',
		destructive: true,
		params: [
			skillIdBody('Skill to remove the agent from.'),
			agentIdBody('Agent to remove from the skill.'),
		],
	},
	{
		resource: 'configuration',
		operation: 'updateLicenses',
		name: 'Update Licenses',
		action: 'Update contact center and PBX licenses',
		description:
			'Sets the number of contact center (agent) and/or PBX user licenses of the operation; send either or both. Users on licenses removed by a reduction are blocked at their next action.',
		file: 'configuration',
		api: 'edit_licenses',
		method: 'PUT',
		params: [
			{
				name: 'call_center',
				displayName: 'Contact Center Licenses',
				kind: 'integer',
				in: 'body',
				alwaysShow: true,
				description: 'New number of agent licenses.',
			},
			{
				name: 'pbx',
				displayName: 'PBX Licenses',
				kind: 'integer',
				in: 'body',
				alwaysShow: true,
				description: 'New number of PBX user licenses.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'releaseLaw2300Protection',
		name: 'Release Law 2300 Protection',
		action: 'Release a customer from Law 2300 protection',
		description:
			"Lifts the contact restrictions of Colombia's consumer protection Law 2300 for a customer, identified by telephone number or identification number.",
		file: 'configuration',
		api: 'free_law2300',
		method: 'PUT',
		params: [
			{
				name: 'nit',
				displayName: 'Company NIT',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '900663379',
				description:
					'Tax ID (NIT) of the company configured for Law 2300 that the customer is registered under.',
			},
			{
				name: 'item',
				displayName: 'Identify By',
				kind: 'string',
				in: 'body',
				required: true,
				default: 'telephone',
				placeholder: 'telephone',
				description:
					'What Value contains: "telephone" for a phone number; wolkvox also releases by identification number.',
			},
			{
				name: 'value',
				displayName: 'Value',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '3001234567',
				description: 'Telephone number (or identification number) to release.',
			},
			agentIdBody('Agent recorded as the one who released the customer.'),
		],
	},
	{
		resource: 'configuration',
		operation: 'uploadCopilotFile',
		name: 'Upload Copilot File',
		action: 'Upload a training file to wvx Copilot',
		description:
			'Uploads a PDF, DOCX, TXT or PNG document to train the wvx Copilot knowledge base. Answer quality depends on the content of the uploaded documents.',
		file: 'configuration',
		api: 'upload_file',
		method: 'POST',
		params: [
			{
				name: 'file',
				displayName: 'Input Binary Field',
				kind: 'binary',
				in: 'form',
				required: true,
				default: 'data',
				description:
					'Name of the binary property of the input item that holds the file (PDF, DOCX, TXT or PNG).',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'deleteCopilotFile',
		name: 'Delete Copilot File',
		action: 'Delete a training file from wvx Copilot',
		description:
			'Destructive: deletes a training document from wvx Copilot, so its content no longer informs the AI answers.',
		file: 'configuration',
		api: 'delete_file',
		method: 'DELETE',
		destructive: true,
		params: [
			{
				name: 'filename',
				displayName: 'File Name',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: 'manual.pdf',
				description: 'Name of the uploaded training file to delete.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'uploadAudio',
		name: 'Upload Audio',
		action: 'Upload audio files',
		description:
			'Uploads audio files to wolkvox Manager for use in skills and wolkvox Studio (for example Play Audio). Up to 50 files per call, each at most 5 MB.',
		file: 'configuration',
		api: 'upload_audio',
		method: 'POST',
		params: [
			{
				name: 'file',
				displayName: 'Input Binary Fields',
				kind: 'binary',
				in: 'form',
				required: true,
				default: 'data',
				description:
					'Names of the binary properties of the input item holding the audio files, comma-separated (at most 50 files of 5 MB each).',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'blockLaw2300Number',
		name: 'Block Law 2300 Number',
		action: 'Block a number under Law 2300',
		description:
			"Adds a telephone number to the non-contactable list of Colombia's consumer protection Law 2300, so it is not contacted or only within the legal limits.",
		file: 'configuration',
		api: 'block_law2300',
		method: 'PUT',
		params: [
			{
				name: 'telephone',
				displayName: 'Telephone',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '3001234567',
				description: 'Telephone number to add to the non-contactable list.',
			},
			{
				name: 'nit',
				displayName: 'Company NIT',
				kind: 'string',
				in: 'body',
				alwaysShow: true,
				description: 'Tax ID (NIT) of the company the customer is registered under.',
			},
			{
				name: 'customer_id',
				displayName: 'Customer ID',
				kind: 'string',
				in: 'body',
				description: 'Identification of the customer who owns the number.',
			},
		],
	},
	{
		resource: 'configuration',
		operation: 'blockPredictiveCustomers',
		name: 'Block Predictive Campaign Customers',
		action: 'Add customers to a predictive campaign do-not-call list',
		description:
			'Marks one or more customers of a predictive campaign as do-not-call, so the dialer stops calling them.',
		file: 'configuration',
		api: 'block_predictive_dnc',
		method: 'PUT',
		params: [
			{
				name: 'id_campaing',
				displayName: 'Campaign',
				kind: 'integer',
				in: 'body',
				lookup: 'campaigns',
				required: true,
				description: 'Predictive campaign the customers belong to.',
			},
			{
				name: 'id_cliente',
				displayName: 'Customer IDs',
				kind: 'list',
				in: 'body',
				required: true,
				placeholder: '1000000001, 1000000002',
				description: 'Identifiers of the campaign customers to mark as do-not-call.',
			},
		],
	},
];
