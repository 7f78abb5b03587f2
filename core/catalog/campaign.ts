import { family, ROW_CAP, UPLOAD_LIMIT } from './factories';
import {
	activityCode,
	agentId,
	AMD_COUNTRIES,
	campaignId,
	campaignType,
	customerId,
	dateParams,
	dateRange,
	onlyResult,
	optional,
	skillId,
	telephone,
	YES_NO,
} from './params';
import type { EndpointDef, ParamDef } from './types';

/**
 * Campaigns (campaign.php): create, edit, start/stop, load and remove records, code or
 * reschedule records, filters, exports and campaign deletion.
 * Campaign times are the operation's local time (Colombia, GMT-5).
 */

const campaign = family({ resource: 'campaign', file: 'campaign' });

const RECORD_CUSTOMER = 'Customer ID of the record, as loaded into the campaign.';

const HHMMSS = '^([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]$';
const HH_MM_SS = '^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$';

/** Fields 1..n, each made by `field(i)`. */
const numbered = (n: number, field: (i: number) => ParamDef): ParamDef[] =>
	Array.from({ length: n }, (_, k) => field(k + 1));

/** Record fields opt1..opt12: opt1-opt6 hold up to 100 characters, opt7-opt12 up to 200. */
const recordOptFields = (): ParamDef[] =>
	numbered(12, (i) => {
		const max = i <= 6 ? 100 : 200;
		return {
			name: `opt${i}`,
			displayName: `Optional Field ${i}`,
			kind: 'string',
			in: 'body',
			description: `Extra information about the record (at most ${max} characters, spaces included).`,
			pattern: `^[\\s\\S]{0,${max}}$`,
			patternHint: `At most ${max} characters`,
		};
	});

/** Record phone fields tel1..tel10. */
const recordPhoneFields = (): ParamDef[] =>
	numbered(10, (i) => ({
		name: `tel${i}`,
		displayName: `Phone ${i}`,
		kind: 'string',
		in: 'body',
		description:
			i === 1 ? 'Main phone number of the customer.' : `Phone number ${i} of the customer.`,
	}));

/** Titles of the 12 optional columns of a new campaign (create_campaign body opt1..opt12). */
const campaignLabelFields = (): ParamDef[] =>
	numbered(12, (i) => ({
		name: `opt${i}`,
		displayName: `Optional Field ${i} Label`,
		kind: 'string',
		in: 'body',
		description: `Title of the extra customer column opt${i} of the campaign.`,
	}));

export const campaignEndpoints: EndpointDef[] = [
	campaign('add_dnc', 'addDncNumbers', {
		name: 'Add DNC Numbers',
		action: 'Add numbers to the do-not-call list for a number of days',
		description:
			'Blocks phone numbers for a set number of days; returns how many were added and rejected.',
		method: 'POST',
		strategy: 'bulk',
		records: {
			uploadLimit: UPLOAD_LIMIT,
			fields: [
				telephone({
					displayName: 'Phone Number',
					description: 'Phone number to block.',
					placeholder: '573000000010',
				}),
				{
					name: 'days_block',
					displayName: 'Days Blocked',
					kind: 'integer',
					in: 'body',
					description: 'How many days the number stays on the do-not-call list.',
					placeholder: '30',
				},
			],
		},
	}),
	campaign('add_record', 'addRecords', {
		name: 'Add Records',
		action: 'Add records to a campaign',
		description:
			'Loads customer records (contact data, up to 10 phones) into a predictive or preview campaign.',
		method: 'POST',
		params: [
			campaignType({
				description:
					'Type of the campaign. Some record fields apply to only one type (see each field).',
			}),
			campaignId(),
			{
				name: 'campaign_status',
				displayName: 'Campaign Status',
				kind: 'options',
				in: 'query',
				alwaysShow: true,
				description:
					'Predictive campaigns only (the vendor sends it on every predictive load): the state of the campaign, start or stop. Leave empty for preview campaigns.',
				options: [
					{ name: 'None (Preview Campaigns)', value: '' },
					{ name: 'Start', value: 'start' },
					{ name: 'Stop', value: 'stop' },
				],
				default: '',
			},
		],
		strategy: 'bulk',
		records: {
			uploadLimit: UPLOAD_LIMIT,
			fields: [
				{
					name: 'customer_name',
					displayName: 'First Name',
					kind: 'string',
					in: 'body',
					description: 'First name of the customer.',
				},
				{
					name: 'customer_last_name',
					displayName: 'Last Name',
					kind: 'string',
					in: 'body',
					description: 'Last name of the customer.',
				},
				{
					name: 'id_type',
					displayName: 'ID Type',
					kind: 'string',
					in: 'body',
					description: 'Type of identity document, e.g. CC.',
					placeholder: 'CC',
				},
				customerId({
					description:
						'Identity number of the customer; later used to find, code, reschedule or remove the record.',
				}),
				{
					name: 'age',
					displayName: 'Age',
					kind: 'integer',
					in: 'body',
					description: 'Age of the customer in years.',
				},
				{
					name: 'gender',
					displayName: 'Gender',
					kind: 'string',
					in: 'body',
					description: 'Gender of the customer, e.g. M or F.',
				},
				{
					name: 'country',
					displayName: 'Country',
					kind: 'string',
					in: 'body',
					description: 'Country of residence.',
				},
				{
					name: 'state',
					displayName: 'State',
					kind: 'string',
					in: 'body',
					description: 'State or department of residence.',
				},
				{
					name: 'city',
					displayName: 'City',
					kind: 'string',
					in: 'body',
					description: 'City of residence.',
				},
				{
					name: 'zone',
					displayName: 'Zone',
					kind: 'string',
					in: 'body',
					description: 'Zone or district of residence.',
				},
				{
					name: 'address',
					displayName: 'Address',
					kind: 'string',
					in: 'body',
					description: 'Postal address.',
				},
				...recordOptFields(),
				...recordPhoneFields(),
				{
					name: 'tel_extra',
					displayName: 'Extra Phone',
					kind: 'string',
					in: 'body',
					description: 'Additional phone number. Documented for predictive campaigns.',
				},
				{
					name: 'email',
					displayName: 'Email',
					kind: 'string',
					in: 'body',
					description: 'E-mail address of the customer. Documented for predictive campaigns.',
				},
				{
					name: 'recall_date',
					displayName: 'Recall Date',
					kind: 'date',
					in: 'body',
					description: 'When to call the customer back. Predictive campaigns only.',
				},
				{
					name: 'recall_telephone',
					displayName: 'Recall Phone',
					kind: 'string',
					in: 'body',
					description: 'Phone number to use for the callback. Predictive campaigns only.',
				},
				optional(
					agentId({
						in: 'body',
						description: 'Agent who gets this record. Preview campaigns only.',
					}),
				),
			],
		},
	}),
	campaign('clear_campaign', 'clearRecords', {
		name: 'Clear Records',
		action: 'Delete all records of a campaign',
		description:
			'Destructive: deletes all records of a campaign (or those with one result), keeping settings.',
		method: 'DELETE',
		params: [campaignType(), campaignId(), onlyResult()],
		destructive: true,
	}),
	campaign('create_campaign', 'create', {
		name: 'Create Campaign',
		action: 'Create a campaign',
		description:
			'Creates a predictive or preview campaign with skill, hours and AMD profile; returns its ID.',
		method: 'POST',
		params: [
			campaignType(),
			{
				name: 'campaign_name',
				displayName: 'Campaign Name',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Name of the new campaign.',
			},
			{
				name: 'campaign_description',
				displayName: 'Description',
				kind: 'string',
				in: 'body',
				description: 'Description of the campaign.',
			},
			skillId({
				in: 'body',
				description: 'ID of the skill (agent group) that works the campaign.',
			}),
			{
				name: 'start_time',
				displayName: 'Start Time',
				kind: 'string',
				in: 'body',
				description:
					'Daily dialing start time as HHMMSS, e.g. 080000. Predictive campaigns only (preview campaigns have no schedule).',
				placeholder: '080000',
				pattern: HHMMSS,
				patternHint: 'Use HHMMSS (24-hour), e.g. 080000',
			},
			{
				name: 'end_time',
				displayName: 'End Time',
				kind: 'string',
				in: 'body',
				description: 'Daily dialing end time as HHMMSS, e.g. 180000. Predictive campaigns only.',
				placeholder: '180000',
				pattern: HHMMSS,
				patternHint: 'Use HHMMSS (24-hour), e.g. 180000',
			},
			...campaignLabelFields(),
			{
				name: 'amd',
				displayName: 'AMD Country Profile',
				kind: 'options',
				in: 'body',
				description:
					'Answering machine detection tuned for the country of the customers. Predictive campaigns only; when omitted the default AMD is used.',
				options: AMD_COUNTRIES,
			},
			{
				name: 'enable_edition',
				displayName: 'Enable Editing',
				kind: 'options',
				in: 'body',
				description: 'Whether the campaign can be edited.',
				options: YES_NO,
			},
		],
	}),
	campaign('codify', 'codifyRecord', {
		name: 'Codify Record',
		action: 'Code a campaign record',
		description:
			"Sets a record's activity code and comment from outside wolkvox, so the dialer skips it.",
		method: 'PUT',
		params: [
			campaignType(),
			campaignId(),
			customerId({ required: true, description: RECORD_CUSTOMER }),
			activityCode({
				in: 'body',
				description: 'Primary activity (disposition) code for the record, e.g. 002.',
			}),
			optional(
				activityCode({
					name: 'cod_act_2',
					displayName: 'Second Activity Code',
					in: 'body',
					description:
						'Secondary activity code; only when the second coding level is enabled in wolkvox Manager.',
				}),
			),
			{
				name: 'comment',
				displayName: 'Comment',
				kind: 'string',
				in: 'body',
				description: 'Closing comment of the interaction.',
			},
		],
	}),
	campaign('detail', 'getRecordDetail', {
		name: 'Get Record Detail',
		action: 'Get the worked records of a campaign',
		description:
			'Worked records of a campaign in a period with agent, call count, result, codes, comments.',
		method: 'GET',
		params: [
			campaignType(),
			campaignId(),
			...dateParams(),
			{
				name: 'detail',
				displayName: 'Detail',
				kind: 'options',
				in: 'query',
				default: 'default',
				description: 'Which worked records to include.',
				options: [
					{
						name: 'Default',
						value: 'default',
						description: 'Only records that have a call ID (a phone attempt)',
					},
					{
						name: 'All',
						value: 'all',
						description: 'Every worked record, with or without a call ID',
					},
				],
			},
		],
		strategy: 'range',
		dateRange: dateRange(),
		rowCap: ROW_CAP,
	}),
	campaign('recall', 'scheduleRecall', {
		name: 'Schedule Recall',
		action: 'Reschedule a call to a record',
		description:
			'Schedules a callback for a predictive campaign record at a given date and phone number.',
		method: 'PUT',
		params: [
			campaignId(),
			optional(
				campaignType({
					default: undefined,
					description:
						'Type of the campaign. Listed in the documentation but not sent in the vendor example.',
				}),
			),
			customerId({ required: true, description: RECORD_CUSTOMER }),
			{
				name: 'recall_date',
				displayName: 'Recall Date',
				kind: 'date',
				in: 'body',
				required: true,
				description: 'When to call the customer back, in the operation timezone.',
			},
			{
				name: 'recall_telephone',
				displayName: 'Recall Phone',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Phone number to call back.',
			},
		],
	}),
	campaign('remove_record', 'removeRecords', {
		name: 'Remove Records',
		action: 'Remove records from a campaign',
		description:
			'Destructive: deletes campaign records by customer ID, optionally only one result.',
		method: 'DELETE',
		params: [campaignType(), campaignId(), onlyResult()],
		strategy: 'bulk',
		records: {
			uploadLimit: UPLOAD_LIMIT,
			wrapIn: 'customer_id',
			valueField: 'customer_id',
			join: ',',
			fields: [
				customerId({
					required: true,
					description:
						'Customer ID of a record to delete (numeric or alphanumeric), as loaded into the campaign.',
					hint: 'Deleted records also leave the attempt history of the reports, unless they were answered',
				}),
			],
		},
		destructive: true,
	}),
	campaign('speed', 'setSpeed', {
		name: 'Set Speed',
		action: 'Set the dialing speed of a campaign',
		description: 'Changes how fast the dialer works a campaign, from 0 to 100.',
		method: 'PUT',
		params: [
			campaignId(),
			{
				name: 'speed',
				displayName: 'Speed',
				kind: 'integer',
				in: 'body',
				required: true,
				description: 'Dialing speed, a whole number from 0 to 100.',
				placeholder: '100',
			},
		],
	}),
	campaign('start', 'start', {
		name: 'Start Campaign',
		action: 'Start a campaign',
		description: 'Starts (activates) a campaign so the dialer begins working its records.',
		method: 'PUT',
		params: [campaignId()],
	}),
	campaign('stop', 'stop', {
		name: 'Stop Campaign',
		action: 'Stop a campaign',
		description: 'Stops (pauses) a running campaign; its records are kept.',
		method: 'PUT',
		params: [campaignId()],
	}),
	campaign('find_record', 'findRecords', {
		name: 'Find Records',
		action: 'Find records in campaigns',
		description:
			'Finds campaign records by campaign, customer phone or customer ID, with result and call ID.',
		method: 'GET',
		params: [
			campaignId({ required: false, alwaysShow: true, description: 'Only search this campaign.' }),
			{
				name: 'customer_phone',
				displayName: 'Customer Phone',
				kind: 'string',
				in: 'query',
				alwaysShow: true,
				description: 'Phone number of the customer.',
			},
			customerId({ in: 'query', alwaysShow: true, description: RECORD_CUSTOMER }),
		],
		rowCap: ROW_CAP,
	}),
	campaign('delete_campaign', 'delete', {
		name: 'Delete Campaigns',
		action: 'Delete campaigns',
		description: 'Destructive: deletes one campaign, or several at once (Campaign IDs).',
		method: 'DELETE',
		params: [
			campaignType(),
			campaignId({
				required: false,
				alwaysShow: true,
				description:
					'ID of a single campaign to delete (sent in the URL). Use Campaign IDs to delete several.',
			}),
			{
				name: 'campaign_ids',
				displayName: 'Campaign IDs',
				kind: 'list',
				in: 'body',
				alwaysShow: true,
				description: 'IDs of the campaigns to delete, e.g. 23910, 23911 (sent as a JSON array).',
				placeholder: '23910, 23911',
			},
		],
		destructive: true,
	}),
	campaign('campaign_filter', 'setFilter', {
		name: 'Set Filter',
		action: 'Set the record filter of a campaign',
		description:
			"Turns a campaign's record filter on or off and sets its conditions; returns pending records.",
		method: 'PUT',
		params: [
			campaignType(),
			campaignId(),
			{
				name: 'filter_active',
				displayName: 'Filter Active',
				kind: 'options',
				in: 'body',
				alwaysShow: true,
				default: 'yes',
				description: 'Whether the filter is applied.',
				options: YES_NO,
			},
			{
				name: 'connector',
				displayName: 'Combine Conditions With',
				kind: 'options',
				in: 'body',
				default: 'and',
				description: 'How the conditions are combined; AND when omitted.',
				options: [
					{ name: 'AND (All Conditions)', value: 'and' },
					{ name: 'OR (Any Condition)', value: 'or' },
				],
			},
			{
				name: 'filters',
				displayName: 'Conditions',
				kind: 'json',
				in: 'body',
				alwaysShow: true,
				description:
					'Array of {field, operator, value}. field: customer_name, customer_last_name, id_type, customer_id, age, gender, country, state, city, zone, address, opt1-opt12, tel1-tel10, tel_extra, email or result. operator: <, >, >=, <=, !=, =, is or like.',
				placeholder: '[{"field": "city", "operator": "=", "value": "Bogota"}]',
			},
		],
	}),
	campaign('campaign_15', 'exportRecords', {
		name: 'Export Records',
		action: 'Export all records of a campaign',
		description: 'Every record of a campaign, worked or not, as in the wolkvox Manager export.',
		method: 'GET',
		params: [campaignId()],
		// Rows come in `records` (next to `total_records` and `campaign_id`), not in `data`.
		dataPath: 'records',
		rowCap: ROW_CAP,
	}),
	campaign('recall_records', 'redialRecords', {
		name: 'Redial Records',
		action: 'Mark campaign records for redial',
		description:
			'Resets predictive campaign records with a given result or code to CLEAN, to call them again.',
		method: 'PUT',
		params: [
			campaignId(),
			{
				name: 'field',
				displayName: 'Match On',
				kind: 'options',
				in: 'body',
				required: true,
				default: 'Cod_Machine',
				description: 'Column used to pick the records to redial.',
				options: [
					{
						name: 'Dialer Result',
						value: 'Cod_Machine',
						description: 'The result set by the dialer, e.g. NO-ANSWER',
					},
					{
						name: 'Activity Code 1',
						value: 'cod_rslt1',
						description: 'The primary activity code of the record',
					},
					{
						name: 'Activity Code 2',
						value: 'cod_rslt2',
						description: 'The secondary activity code of the record',
					},
				],
			},
			{
				name: 'value',
				displayName: 'Value',
				kind: 'string',
				in: 'body',
				required: true,
				description:
					'For Dialer Result one of NO-ANSWER, ANSWER-MACHINE, ABANDON, BUSY, CONGESTION, UNKNOWN, FAILED, DO-NOT-CALL, NOT-AVAILABLE, RPC, WRONG PERSON CONTACT (RPC), MAILBOX, FAX, WRONG NUMBER, NA, ANSWER; for an activity code, the code ID.',
				placeholder: 'NO-ANSWER',
			},
		],
	}),
	campaign('edit_campaign', 'update', {
		name: 'Update Campaign',
		action: 'Update a campaign',
		description:
			"Changes a campaign's settings (name, type, hours, skill, AMD, dial order...); only fields sent.",
		method: 'PUT',
		params: [
			campaignId(),
			{
				name: 'campaign_name',
				displayName: 'Campaign Name',
				kind: 'string',
				in: 'body',
				description: 'New name of the campaign.',
			},
			{
				name: 'campaign_description',
				displayName: 'Description',
				kind: 'string',
				in: 'body',
				description: 'New description of the campaign.',
			},
			{
				name: 'type_camp',
				displayName: 'Campaign Type',
				kind: 'options',
				in: 'body',
				description: 'New type of the campaign.',
				options: [
					{ name: 'Predictive', value: 'Predictive' },
					{ name: 'Preview', value: 'Preview' },
				],
			},
			{
				name: 'enable_edition',
				displayName: 'Agents Can Edit',
				kind: 'options',
				in: 'body',
				description: 'Whether agents may edit the record information.',
				options: YES_NO,
			},
			{
				name: 'start_time',
				displayName: 'Start Time',
				kind: 'string',
				in: 'body',
				description: 'Daily dialing start time as HH:MM:SS, e.g. 08:00:00.',
				placeholder: '08:00:00',
				pattern: HH_MM_SS,
				patternHint: 'Use HH:MM:SS (24-hour), e.g. 08:00:00',
			},
			{
				name: 'end_time',
				displayName: 'End Time',
				kind: 'string',
				in: 'body',
				description: 'Daily dialing end time as HH:MM:SS, after the start time, e.g. 18:00:00.',
				placeholder: '18:00:00',
				pattern: HH_MM_SS,
				patternHint: 'Use HH:MM:SS (24-hour), e.g. 18:00:00',
			},
			optional(
				skillId({
					in: 'body',
					allowWords: ['VAGENT'],
					description:
						'ID of the skill (agent group) that works the campaign, or VAGENT for a virtual agent.',
				}),
			),
			{
				name: 'amd_conf',
				displayName: 'AMD Configuration',
				kind: 'options',
				in: 'body',
				description: 'Answering machine detection: default, none, or a country profile.',
				options: [
					{ name: 'Default', value: 'default' },
					{ name: 'None (Disabled)', value: 'none' },
					...AMD_COUNTRIES,
				],
			},
			{
				name: 'turbo_dial',
				displayName: 'Turbo Dial',
				kind: 'options',
				in: 'body',
				description: 'Whether Turbo Dial (faster dialing) is on.',
				options: YES_NO,
			},
			{
				name: 'routing_recall',
				displayName: 'Disable Recall Routing',
				kind: 'options',
				in: 'body',
				description: 'Yes turns off routing of recalls; No leaves it on.',
				options: YES_NO,
			},
			{
				name: 'camp_dial_order',
				displayName: 'Dial Order',
				kind: 'options',
				in: 'body',
				description: 'Order in which records are dialed.',
				options: [
					{ name: 'Linear', value: 'linear', description: 'In list order' },
					{
						name: 'Zigzag',
						value: 'zigzag',
						description: 'First, last, second, second to last, and so on',
					},
					{ name: 'Random', value: 'random', description: 'In random order' },
				],
			},
			{
				name: 'optional_labels',
				displayName: 'Optional Field Labels',
				kind: 'json',
				in: 'body',
				description: 'Object of new titles for the optional columns, keys opt0 to opt12.',
				placeholder: '{"opt1": "Plan", "opt5": "Due date"}',
			},
		],
	}),
];
