import { merge, type Overrides } from './merge';
import type { DateRangeDef, ParamDef, ParamLocation, ParamOption } from './types';

/**
 * Every parameter and option list that more than one entry uses, spelled once. A parameter
 * factory takes the entry's own fields as overrides (`agentId({ in: 'body', description })`);
 * `optional(...)` drops `required`. Parameters of a single entry stay in that entry.
 */

type Shared = (over?: Overrides<ParamDef>) => ParamDef;

/** A parameter used in several places: the common fields, then each place's own. */
const shared =
	(base: ParamDef): Shared =>
	(over = {}) =>
		merge(base, over);

/** The same parameter, not required. */
export const optional = (param: ParamDef): ParamDef => merge(param, { required: undefined });

// ------------------------------------------------------------------------------------------------
// Option lists

/** wolkvox yes/no flags. */
export const YES_NO: ParamOption[] = [
	{ name: 'Yes', value: 'yes' },
	{ name: 'No', value: 'no' },
];

/** Activity code groups cod_act1 and cod_act2, each place with its own wording. */
export const codeGroups = (first: string, second: string): ParamOption[] => [
	{ name: 'Group 1', value: 'cod_act1', description: first },
	{ name: 'Group 2', value: 'cod_act2', description: second },
];

/** Campaign types (campaign.php `type_campaign`). */
export const CAMPAIGN_TYPES: ParamOption[] = [
	{
		name: 'Predictive',
		value: 'predictive',
		description: 'Predictive or progressive dialer campaign',
	},
	{ name: 'Preview', value: 'preview', description: 'Agent previews each record before the call' },
];

/** Dialer result values accepted by the `result` filter of clear_campaign / remove_record. */
export const DIALER_RESULTS: ParamOption[] = [
	{ name: 'Abandoned', value: 'abandon' },
	{ name: 'Answered', value: 'answer' },
	{ name: 'Answering Machine', value: 'answer-machine' },
	{ name: 'Busy', value: 'busy' },
	{ name: 'Channel Unavailable', value: 'chanunavail' },
	{ name: 'Congestion', value: 'congestion' },
	{ name: 'Do Not Call', value: 'do-not-call' },
	{ name: 'Failed', value: 'failed' },
	{ name: 'No Answer', value: 'no-answer' },
	{ name: 'Unknown', value: 'unknown' },
];

/** Country profiles for answering machine detection (AMD). */
export const AMD_COUNTRIES: ParamOption[] = [
	{ name: 'Argentina', value: 'ARG' },
	{ name: 'Chile', value: 'CHL' },
	{ name: 'Colombia', value: 'COL' },
	{ name: 'Costa Rica', value: 'CRI' },
	{ name: 'Ecuador', value: 'ECU' },
	{ name: 'Guatemala', value: 'GTM' },
	{ name: 'Honduras', value: 'HND' },
	{ name: 'Italy', value: 'ITA' },
	{ name: 'Mexico', value: 'MEX' },
	{ name: 'Nicaragua', value: 'NIC' },
	{ name: 'Panama', value: 'PAN' },
	{ name: 'Peru', value: 'PER' },
	{ name: 'Spain', value: 'ESP' },
];

/** Which do-not-call list a number belongs to (configuration add_dnc / remove_dnc). */
export const DNC_LISTS: ParamOption[] = [
	{ name: 'Inbound and Outbound', value: 'inbound/outbound' },
	{ name: 'Inbound', value: 'inbound' },
	{ name: 'Outbound', value: 'outbound' },
	{ name: 'All', value: 'all', description: 'Same effect as inbound and outbound' },
];

/** Search fields of the CRM case queries. */
export const CASE_SEARCH_FIELDS = [
	'type case',
	'status',
	'priority',
	'email contact',
	'name contact',
	'contact wolkvox id',
	'contact identification',
	'contact phone',
	'description',
	'idCase',
	'idPrefijo',
	'companyName',
	'company name',
	'company id',
	'prefix',
	'reopened',
	'responsible name',
	'responsible user',
	'responsible id',
	'owner name',
	'owner user',
	'owner id',
	'solution',
	'wolkvox-id',
	'case expired',
	'reason',
];

// ------------------------------------------------------------------------------------------------
// Dates: the range most wolkvox queries take, `date_ini` .. `date_end` (inclusive), YYYYmmddHHiiss

export function dateStart(): ParamDef {
	return {
		name: 'date_ini',
		displayName: 'Start Date',
		kind: 'date',
		in: 'query',
		required: true,
		description:
			"First second of the range, e.g. 2024-01-05T08:00:00, in the operation's timezone.",
	};
}

export function dateEnd(maxDays = 31): ParamDef {
	const limit = maxDays === 1 ? '24 hours' : `${maxDays} days`;
	return {
		name: 'date_end',
		displayName: 'End Date',
		kind: 'date',
		in: 'query',
		required: true,
		description:
			"Last second of the range (inclusive), e.g. 2024-01-05T17:59:59, in the operation's timezone.",
		hint: `At most ${limit} after Start Date; longer ranges are split into several calls`,
	};
}

/** Both date parameters. */
export function dateParams(maxDays = 31): ParamDef[] {
	return [dateStart(), dateEnd(maxDays)];
}

/** The matching `dateRange` of an endpoint. */
export function dateRange(maxDays = 31): DateRangeDef {
	return { start: 'date_ini', end: 'date_end', maxDays };
}

// ------------------------------------------------------------------------------------------------
// Things the API can list (offered as pick-from-list / by ID); required unless `optional(...)`

export const agentId = shared({
	name: 'agent_id',
	displayName: 'Agent',
	kind: 'integer',
	in: 'query',
	required: true,
	lookup: 'agents',
	description: "Numeric agent ID (the agent's extension), e.g. 1001.",
});

export const skillId = shared({
	name: 'skill_id',
	displayName: 'Skill',
	kind: 'integer',
	in: 'query',
	required: true,
	lookup: 'skills',
	description: 'Numeric skill ID, e.g. 4001.',
});

export const campaignId = shared({
	name: 'campaign_id',
	displayName: 'Campaign',
	kind: 'integer',
	in: 'query',
	required: true,
	lookup: 'campaigns',
	description: 'Numeric campaign ID, e.g. 12.',
});

export const activityCode = shared({
	name: 'cod_act',
	displayName: 'Activity Code',
	kind: 'string',
	in: 'query',
	required: true,
	lookup: 'activityCodes',
});

export const connectorId = shared({
	name: 'connector_id',
	displayName: 'Connector',
	kind: 'integer',
	in: 'body',
	required: true,
	lookup: 'connectors',
	description:
		'Numeric ID of the WhatsApp connector (line), as Information > Get Connectors lists it.',
});

export const routingPoint = shared({
	name: 'rp_id',
	displayName: 'Routing Point',
	kind: 'integer',
	in: 'body',
	required: true,
	lookup: 'routingPoints',
});

/** One skill, or "all" (reports, real time). */
export const skillOrAll = shared(
	skillId({
		description: 'Numeric ID of one skill (queue), e.g. 4001, or "all" for every skill.',
		default: 'all',
		allowWords: ['all'],
	}),
);

/** One campaign, or "all" (reports). */
export const campaignOrAll = shared(
	campaignId({
		description: 'Numeric ID of one campaign, e.g. 12, or "all" for every campaign.',
		default: 'all',
		allowWords: ['all'],
	}),
);

// ------------------------------------------------------------------------------------------------
// Customers, messages, files

export const telephone = shared({
	name: 'telephone',
	displayName: 'Telephone',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: '573001234567',
	description: 'Phone number with country code, digits only, e.g. 573001234567.',
});

/** The customer's number an agent dials (agentbox, query). */
export const customerPhone = shared(
	telephone({ name: 'customer_phone', displayName: 'Customer Phone', in: 'query' }),
);

export const customerId = shared({
	name: 'customer_id',
	displayName: 'Customer ID',
	kind: 'string',
	in: 'body',
});

export const message = shared({
	name: 'message',
	displayName: 'Message',
	kind: 'string',
	in: 'body',
	required: true,
	description: 'Text of the message.',
});

/** Name of a binary property of the input item, sent as a file. */
export const binaryInput = shared({
	name: 'file',
	displayName: 'Input Binary Field',
	kind: 'binary',
	in: 'form',
	required: true,
	default: 'data',
});

/** Names of several binary properties, comma-separated. */
export const binaryInputs = shared(binaryInput({ displayName: 'Input Binary Fields' }));

/** Names of files kept in wolkvox Storage. */
export const fileNames = shared({
	name: 'files',
	displayName: 'File Names',
	kind: 'list',
	in: 'body',
	required: true,
	alwaysShow: true,
	placeholder: 'report.pdf, logo.png',
});

// ------------------------------------------------------------------------------------------------
// Reports and real time

/** Extra service level threshold (reports skill_1, real-time skills). */
export const serviceLevelSeconds = shared({
	name: 'services_time',
	displayName: 'Custom Service Level (Seconds)',
	kind: 'integer',
	in: 'query',
	placeholder: '40',
});

/** Which activity code group a report covers. */
export function activityCodeGroup(): ParamDef {
	return {
		name: 'cod_act',
		displayName: 'Activity Code Group',
		kind: 'options',
		in: 'query',
		required: true,
		description: 'Which of the two activity code groups to report on.',
		default: 'cod_act1',
		options: codeGroups('First activity code (cod_act)', 'Second activity code (cod_act_2)'),
	};
}

// ------------------------------------------------------------------------------------------------
// Campaigns

export const campaignType = shared({
	name: 'type_campaign',
	displayName: 'Campaign Type',
	kind: 'options',
	in: 'query',
	required: true,
	default: 'predictive',
	description: 'Type of the campaign.',
	options: CAMPAIGN_TYPES,
});

/** The `result` filter of clear_campaign / remove_record. */
export const onlyResult = shared({
	name: 'result',
	displayName: 'Only Result',
	kind: 'options',
	in: 'query',
	description: 'Delete only the records whose dialer result is this value.',
	options: DIALER_RESULTS,
});

// ------------------------------------------------------------------------------------------------
// Configuration

/** The activity code group of configuration create/edit/remove_cod_act. */
export const codeGroup = shared({
	name: 'type_code',
	displayName: 'Code Group',
	kind: 'options',
	in: 'body',
	options: codeGroups('First group of activity codes', 'Second group of activity codes'),
	default: 'cod_act1',
	required: true,
});

/** An IPv4 address of the firewall allow-list. */
export const ipAddress = shared({
	name: 'ip',
	displayName: 'IP Address',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: '203.0.113.10',
	pattern: '^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$',
	patternHint: 'an IPv4 address such as 203.0.113.10',
});

/** On update (edit_*) a field is offered but not required, and described as the new value. */
const profileField = (
	forUpdate: boolean,
	param: ParamDef,
	createDescription: string,
	updateDescription: string,
): ParamDef =>
	merge(param, {
		...(forUpdate ? { alwaysShow: true } : { required: true }),
		description: forUpdate ? updateDescription : createDescription,
	});

/** Fields shared by create_agent and edit_agent (body). */
export const agentProfileFields = (forUpdate: boolean): ParamDef[] => [
	profileField(
		forUpdate,
		{ name: 'agent_dni', displayName: 'Agent Document Number', kind: 'string', in: 'body' },
		'Personal identification number of the agent.',
		'New personal identification number of the agent.',
	),
	profileField(
		forUpdate,
		{ name: 'agent_name', displayName: 'Agent Name', kind: 'string', in: 'body' },
		'Full name of the agent.',
		'New full name of the agent.',
	),
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
		// create_agent: "“agent_pass”: “” puede permanecer vacío y el sistema asignará una contraseña
		// aleatoria". edit_agent says the same, but on an update an empty field must not reset a
		// password, so there an empty value is not sent.
		...(forUpdate
			? {
					description:
						'New password for the agent. Left empty, no password is sent, so the current one is kept (wolkvox assigns a random one to an explicitly empty agent_pass, which the node does not send on an update). Must contain an uppercase letter, a lowercase letter, a digit and one of !#%&*@.',
				}
			: {
					sendEmpty: true,
					description:
						'Password for the agent. Leave empty to let wolkvox generate a random one (sent as an empty agent_pass, as wolkvox documents); the answer returns it. Must contain an uppercase letter, a lowercase letter, a digit and one of !#%&*@.',
				}),
		pattern: '^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[!#%&*@]).+$',
		patternHint:
			'at least one uppercase letter, one lowercase letter, one digit and one of the characters !#%&*@',
	},
];

/** Fields shared by create_skill and edit_skill (body). */
export const skillProfileFields = (forUpdate: boolean): ParamDef[] => [
	profileField(
		forUpdate,
		{ name: 'skill_name', displayName: 'Skill Name', kind: 'string', in: 'body' },
		'Name of the skill (agent group).',
		'New name of the skill (agent group).',
	),
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

/** A yes/no flag of an activity code (body). */
const codeFlag = (name: string, displayName: string, description: string): ParamDef => ({
	name,
	displayName,
	kind: 'options',
	in: 'body',
	options: YES_NO,
	description,
});

/** Fields shared by create_cod_act and edit_cod_act (body). */
export const activityCodeFields = (forUpdate: boolean): ParamDef[] => [
	codeGroup({ description: 'Activity code group the code belongs to.' }),
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
	codeFlag(
		'hit',
		'Counts as Hit',
		'Whether interactions coded with it count as a hit (an effective contact that met its goal).',
	),
	codeFlag(
		'rpc',
		'Right Party Contact',
		'Whether the code marks a call answered by the intended contact. wolkvox assumes no when not sent.',
	),
	codeFlag('chat', 'Available in Chat', 'Whether agents can use the code on chat channels.'),
	codeFlag(
		'studio',
		'Available in Studio',
		'Whether the code can be used in wolkvox Studio flows.',
	),
	codeFlag('voice', 'Available in Voice', 'Whether agents can use the code on voice channels.'),
	codeFlag(
		'interactions',
		'Available in Interactions',
		'Whether the code can be used on interaction channels such as Facebook, Instagram and email.',
	),
];

// ------------------------------------------------------------------------------------------------
// Agent control (agentbox)

/** The agent whose wolkvox Agent session a call controls. */
export const controlledAgent = shared(
	agentId({
		description:
			'Numeric agent ID (extension), e.g. 1001, whose wolkvox Agent session is controlled.',
	}),
);

/** The disposition of a call: both activity codes and the comment (query). */
export const dispositionParams = (secondRequired: boolean): ParamDef[] => [
	activityCode({ description: 'Disposition code from activity code group 1.' }),
	merge(activityCode({ name: 'cod_act_2', displayName: 'Activity Code 2' }), {
		required: secondRequired ? true : undefined,
		description: secondRequired
			? 'Disposition code from activity code group 2. Send it together with the first code; do not leave it empty.'
			: 'Disposition code from activity code group 2. Omit it when the operation does not use a second code.',
	}),
	{
		name: 'comments',
		displayName: 'Comments',
		kind: 'string',
		in: 'query',
		alwaysShow: true,
		description: 'Agent comment stored with the disposition.',
	},
];

/** The campaign record a recall is for: its predictive campaign and customer (query). */
export const recallRecord = (): ParamDef[] => [
	campaignId({
		name: 'id_camp',
		description: 'Predictive campaign that holds the customer record.',
	}),
	customerId({
		name: 'id_customer',
		in: 'query',
		required: true,
		description: 'Identification of the customer in the campaign.',
	}),
];

export const recallStyle = shared({
	name: 'recall_style',
	displayName: 'Recall Style',
	kind: 'options',
	in: 'query',
	options: [
		{
			name: 'Automatic',
			value: 'auto',
			description: 'The campaign dials the customer at the scheduled time',
		},
		{ name: 'Manual', value: 'manual', description: 'The agent makes the call back by hand' },
	],
	default: 'auto',
	required: true,
});

export const recallName = shared({
	name: 'name_recall',
	displayName: 'Customer Name',
	kind: 'string',
	in: 'query',
	description:
		'Customer name for the recall. It only fills the name when the campaign record has none; it never replaces an existing one.',
});

// ------------------------------------------------------------------------------------------------
// WhatsApp templates

export const templateName = shared({
	name: 'name',
	displayName: 'Template Name',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: 'order_update_1',
});

/** The name of a template being created. */
export const newTemplateName = shared(
	templateName({
		description:
			'Unique name of the new template across the operation: lowercase letters, digits and underscores, no spaces.',
		pattern: '^[a-z0-9_]+$',
		patternHint: 'lowercase letters, digits and underscores only',
	}),
);

export const templateLanguage = shared({
	name: 'language',
	displayName: 'Language',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: 'en_US',
	description: 'Language code of the template, one of those Meta supports (e.g. es, es_MX, en_US).',
});

/** The one category an operation creates templates in. */
export const templateCategory = (label: string, value: string): ParamDef => ({
	name: 'category',
	displayName: 'Category',
	kind: 'options',
	in: 'body',
	options: [{ name: label, value }],
	default: value,
	required: true,
	description: `Template category; this operation only accepts ${value}.`,
});

export const templateComponents = shared({
	name: 'components',
	displayName: 'Components',
	kind: 'json',
	in: 'body',
	required: true,
});

// ------------------------------------------------------------------------------------------------
// CRM: parameters are mostly text given as name, label, description (+ other fields)

type TextParam = (
	name: string,
	displayName: string,
	description: string,
	extra?: Overrides<ParamDef>,
) => ParamDef;

const text =
	(where: ParamLocation): TextParam =>
	(name, displayName, description, extra = {}) =>
		merge({ name, displayName, kind: 'string', in: where, description }, extra);

/** A text parameter of the JSON body. */
export const bodyText = text('body');

/** A text parameter of the multipart form. */
export const formText = text('form');

/** A value inside the body object `fields` (CRM activities, obligations, managements). */
export const fieldsText: TextParam = (name, displayName, description, extra = {}) =>
	bodyText(name, displayName, description, { inObject: 'fields', ...extra });

export const crmModule = (
	description = 'Name of the CRM module, e.g. contacts, companies, or a custom module.',
): ParamDef =>
	bodyText('module', 'Module', description, { required: true, placeholder: 'contacts' });

/** The field values of one CRM record, as a JSON object. */
export const crmFieldsJson = (description: string): ParamDef =>
	bodyText('fields', 'Fields', description, {
		kind: 'json',
		required: true,
		placeholder: '{"namecontact": "Harper Lincoln", "emailcontact": "harper@example.com"}',
	});

export const crmRecordId = (name: 'wolkvox-id' | 'wolkvox_id', description: string): ParamDef =>
	bodyText(name, 'Record ID', description, {
		required: true,
		placeholder: '65d8b6195befbbd25409bb13',
	});

/** A CRM date, sent as YYYY-MM-DD HH:MM:SS (`sql`) or YYYY-MM-DD HH:MM (`sqlMinutes`). */
export const crmDate = (
	name: string,
	displayName: string,
	description: string,
	format: 'sql' | 'sqlMinutes' = 'sql',
): ParamDef =>
	bodyText(name, displayName, description, { kind: 'date', required: true, dateFormat: format });

/** The date range of CRM reports. */
export const crmReportDates = (): ParamDef[] => [
	crmDate(
		'dateStart',
		'Start Date',
		'First second of the range, e.g. 2024-01-05T08:00:00, sent as YYYY-MM-DD HH:MM:SS.',
	),
	crmDate(
		'dateEnd',
		'End Date',
		'Last second of the range, e.g. 2024-01-05T17:59:59, sent as YYYY-MM-DD HH:MM:SS.',
	),
];

/** The field/value pair of CRM queries; the field is free text or one of `fieldOptions`. */
export const crmSearch = (
	fieldDescription: string,
	valueDescription: string,
	fieldOptions?: string[],
): ParamDef[] => [
	fieldOptions
		? bodyText('field', 'Search Field', fieldDescription, {
				kind: 'options',
				required: true,
				options: fieldOptions.map((v) => ({ name: v, value: v })),
			})
		: bodyText('field', 'Search Field', fieldDescription, {
				required: true,
				placeholder: 'wolkvox_id',
			}),
	bodyText('value', 'Search Value', valueDescription, { required: true }),
];

/** Binary files sent as base64 in the JSON body. */
export const crmAttachments = (extra: Overrides<ParamDef> = {}): ParamDef =>
	binaryInputs({
		name: 'attachments',
		in: 'body',
		description:
			"Binary properties of the input item to attach (comma-separated); each is sent as a base64 link that downloads under its file name (images with a preview), like the CRM's examples.",
		...extra,
	});

/** Optional files of a case, from binary properties (multipart form). */
export const caseFile = (): ParamDef => ({
	name: 'file',
	displayName: 'Input Binary Field',
	kind: 'binary',
	in: 'form',
	description: 'Binary property of the input item to attach (several: comma-separated).',
});

/** Fields of an activity (call, meeting, task) on a CRM record. */
export function activityParams(type: 'call' | 'meet' | 'task'): ParamDef[] {
	const params: ParamDef[] = [
		fieldsText('name', 'Name', 'Name of the activity.', { required: true }),
		fieldsText(
			'name_module',
			'Module',
			'Module of the record the activity belongs to, e.g. cases or contacts.',
			{ required: true, placeholder: 'cases' },
		),
		fieldsText('id_record', 'Record ID', 'wolkvox_id of the record the activity belongs to.', {
			required: true,
		}),
		fieldsText('status', 'Status', 'Status of the activity.', {
			alwaysShow: true,
			default: 'created',
		}),
		fieldsText('priority', 'Priority', 'Priority of the activity.', {
			kind: 'options',
			alwaysShow: true,
			default: 'normal',
			options: [
				{ name: 'High', value: 'high' },
				{ name: 'Normal', value: 'normal' },
				{ name: 'Low', value: 'low' },
			],
		}),
		fieldsText(
			'completion_date',
			'Due Date',
			'When the activity is due, sent as YYYY-MM-DD HH:MM:SS.',
			{ kind: 'date', dateFormat: 'sql' },
		),
		fieldsText('remember', 'Remind', 'Whether to set a reminder.', { kind: 'boolean' }),
		fieldsText('reminder_date', 'Reminder Date', 'When to remind, sent as YYYY-MM-DD HH:MM:SS.', {
			kind: 'date',
			dateFormat: 'sql',
		}),
		fieldsText('description', 'Description', 'Text of the activity.'),
		fieldsText(
			'wolkvox_owner',
			'Owner',
			'CRM user who owns the activity (their wolkvox e-mail, e.g. ADMIN_@operation).',
		),
	];
	if (type === 'call') {
		params.push(
			fieldsText('location', 'Location', 'Where the activity takes place.'),
			fieldsText(
				'phone',
				'Phone',
				'Number to call; "+57 3001234567" also sets the country code. Sent as {type: "telephone", country, code, value}.',
				{ crmType: 'phone', countryFrom: 'phone.country' },
			),
			// Named after where it goes (fields.phone.country); the node nests it into `phone`.
			fieldsText(
				'phone.country',
				'Phone Country',
				'Country of the phone number as the CRM names it, e.g. COLOMBIA. Sent as phone.country.',
				{ in: 'node', placeholder: 'COLOMBIA' },
			),
		);
	}
	if (type === 'meet') {
		params.push(
			fieldsText('location', 'Location', 'Where the meeting takes place.'),
			fieldsText(
				'start_date',
				'Start Date',
				'When the meeting starts, sent as YYYY-MM-DD HH:MM:SS.',
				{ kind: 'date', dateFormat: 'sql' },
			),
			fieldsText(
				'participants',
				'Participants',
				'CRM users invited (their wolkvox e-mails). Sent as {type: "participant", value: [...]}.',
				{ kind: 'list', crmType: 'participant' },
			),
		);
	}
	if (type === 'task')
		params.push(
			fieldsText('wolkvox_usuario_creacion', 'Created By', 'CRM user recorded as the creator.'),
		);
	return params;
}

/** Fields of a new case, as multipart form fields or in a JSON body. */
export function caseFields(where: 'form' | 'body'): ParamDef[] {
	const make = text(where);
	return [
		make(
			'case-type',
			'Case Type',
			'Request, Complaints, Claims, Suggestions, or a case type created in the CRM.',
			{ required: true, default: 'Request' },
		),
		make(
			'responsible',
			'Responsible',
			'CRM user responsible for the case (their wolkvox e-mail, e.g. user@operation).',
			{ required: true },
		),
		make('owner', 'Owner', 'CRM user who owns the case (their wolkvox e-mail).', {
			required: true,
		}),
		make('contact', 'Contact', 'E-mail of an existing contact of the CRM.', { required: true }),
		make('description', 'Description', 'Description of the case.', { required: true }),
		make('status', 'Status', 'A status set up for the case type, e.g. open.', { required: true }),
		make('priority', 'Priority', 'A priority set up for the case type, e.g. low.', {
			required: true,
		}),
		make(
			'form',
			'Custom Fields',
			'Custom fields of the case as a JSON object: field name and value.',
			{ kind: 'json', placeholder: '{"Category": "Sales"}' },
		),
	];
}

/** Balance fields of a collections obligation (create and update). */
export const obligationFields = (): ParamDef[] => [
	fieldsText('total_balance', 'Total Balance', 'Total balance owed.'),
	fieldsText(
		'portfolio_type',
		'Portfolio Type',
		'Portfolio type (a value of its list in the CRM).',
	),
	fieldsText('last_pay', 'Last Payment', 'Amount of the last payment.'),
	fieldsText(
		'last_pay_date',
		'Last Payment Date',
		'Date of the last payment, as the CRM shows it (DD-MM-YYYY).',
	),
	fieldsText('expiring_date', 'Due Date', 'Due date (DD-MM-YYYY).'),
	fieldsText('days_delay', 'Days Overdue', 'Days in arrears.'),
	fieldsText('form', 'Custom Fields', 'Extra obligation fields as a JSON list of {name, value}.', {
		kind: 'json',
		placeholder: '[{"name": "Titulacion", "value": "20000"}]',
	}),
];
