import type { EndpointDef, PagingDef, ParamDef } from './types';

/**
 * The wolkvox CRM (separate product, own host and token): `https://{crm_host}/server/API/v2/{group}/{op}.php`,
 * header Wolkvox-Token. Every request also carries the CRM operation name, taken from the
 * credential (the transport adds it). All requests are POST.
 */

type Group = 'custom' | 'cases' | 'collections' | 'token';

const crmPath = (group: Group, op: string) => `/server/API/v2/${group}/${op}.php`;

/** Queries page with `page` (1, 2, ...) and `limit` (at most 250 per page). */
const PAGED: PagingDef = {
	requestParam: 'page',
	in: 'body',
	responsePath: 'Total pages',
	style: 'page',
	sizeParam: 'limit',
	maxPageSize: 250,
};

/** Records per insert/update/delete-many call. The CRM documents 500 for massiveCollections only; the others use the same. */
export const CRM_UPLOAD_LIMIT = 500;

function entry(
	resource: string,
	group: Group,
	op: string,
	def: Omit<EndpointDef, 'resource' | 'file' | 'api' | 'path' | 'method' | 'service'>,
): EndpointDef {
	return {
		resource,
		file: `crm/${group}`,
		api: null,
		path: crmPath(group, op),
		method: 'POST',
		service: 'crm',
		...def,
	};
}

const body = (
	name: string,
	displayName: string,
	description: string,
	extra: Partial<ParamDef> = {},
): ParamDef => ({
	name,
	displayName,
	kind: 'string',
	in: 'body',
	description,
	...extra,
});

const moduleParam = (
	description = 'Name of the CRM module, e.g. contacts, companies, or a custom module.',
): ParamDef => body('module', 'Module', description, { required: true, placeholder: 'contacts' });

const fieldsJson = (description: string): ParamDef =>
	body('fields', 'Fields', description, {
		kind: 'json',
		required: true,
		placeholder: '{"namecontact": "Harper Lincoln", "emailcontact": "harper@example.com"}',
	});

const recordId = (name: 'wolkvox-id' | 'wolkvox_id', description: string): ParamDef =>
	body(name, 'Record ID', description, { required: true, placeholder: '65d8b6195befbbd25409bb13' });

const crmDate = (
	name: string,
	displayName: string,
	description: string,
	format: 'sql' | 'sqlMinutes' = 'sql',
): ParamDef =>
	body(name, displayName, description, { kind: 'date', required: true, dateFormat: format });

const search = (
	fieldDescription: string,
	valueDescription: string,
	fieldOptions?: string[],
): ParamDef[] => [
	fieldOptions
		? body('field', 'Search Field', fieldDescription, {
				kind: 'options',
				required: true,
				options: fieldOptions.map((v) => ({ name: v, value: v })),
			})
		: body('field', 'Search Field', fieldDescription, {
				required: true,
				placeholder: 'wolkvox_id',
			}),
	body('value', 'Search Value', valueDescription, { required: true }),
];

const CASE_SEARCH_FIELDS = [
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

const attachmentsParam = (extra: Partial<ParamDef> = {}): ParamDef => ({
	name: 'attachments',
	displayName: 'Input Binary Fields',
	kind: 'binary',
	in: 'body',
	required: true,
	default: 'data',
	description:
		'Binary properties of the input item to attach (comma-separated); each is sent as base64 like the CRM expects.',
	...extra,
});

// ------------------------------------------------------------------------------------------------
// Records of modules (custom)

const recordEndpoints: EndpointDef[] = [
	entry('crmRecord', 'custom', 'insert', {
		operation: 'create',
		name: 'Create',
		action: 'Create a record in a CRM module',
		description:
			'Inserts one record in a CRM module. Values of address, currency, phone, relationship, search and table fields are nested per the "Field Types" option. Returns the new wolkvox_id.',
		params: [
			moduleParam(),
			fieldsJson('The record: field names of the module and their values, as a JSON object.'),
		],
		crmFields: 'fields',
	}),
	entry('crmRecord', 'custom', 'insertAttach', {
		operation: 'createWithAttachments',
		name: 'Create With Attachments',
		action: 'Create a record with attachments in a CRM module',
		description:
			'Inserts one record whose attachments field receives the binary files of the input item (sent as base64). Returns the new wolkvox_id.',
		params: [
			moduleParam(),
			fieldsJson(
				'The record: field names of the module and their values, as a JSON object (without the attachments).',
			),
			{
				name: 'attachmentField',
				displayName: 'Attachments Field',
				kind: 'string',
				in: 'node',
				required: true,
				default: 'Adjuntos',
				description:
					'Name of the attachments field of the module, exactly as it was created in the CRM.',
			},
			attachmentsParam({ inObject: 'fields', keyFrom: 'attachmentField' }),
		],
		crmFields: 'fields',
	}),
	entry('crmRecord', 'custom', 'query', {
		operation: 'search',
		name: 'Search',
		action: 'Search records of a CRM module by a field',
		description:
			'Finds the records of a module whose field has the given value. Pages of up to 250 records; "Return All" reads every page.',
		params: [
			moduleParam(),
			...search(
				'Field of the module to filter on, e.g. wolkvox_id or a field name of the module.',
				'The value the field must have.',
			),
		],
		paging: PAGED,
		readOnly: true,
	}),
	entry('crmRecord', 'custom', 'queryDates', {
		operation: 'searchByDates',
		name: 'Search by Dates',
		action: 'Search records of a CRM module created in a date range',
		description:
			'Finds the records of a module created between two dates (minutes precision). Pages of up to 250 records; "Return All" reads every page.',
		params: [
			moduleParam(),
			crmDate(
				'from',
				'From',
				'Start of the range, sent as YYYY-MM-DD HH:MM in the CRM operation timezone.',
				'sqlMinutes',
			),
			crmDate('to', 'To', 'End of the range, sent as YYYY-MM-DD HH:MM.', 'sqlMinutes'),
		],
		fixedBody: { date: true },
		paging: PAGED,
		readOnly: true,
	}),
	entry('crmRecord', 'custom', 'update', {
		operation: 'update',
		name: 'Update',
		action: 'Update a record of a CRM module',
		description:
			'Changes fields of one record, found by its wolkvox_id. Nested field types as in Create.',
		params: [
			moduleParam(),
			recordId('wolkvox-id', 'wolkvox_id of the record to change.'),
			fieldsJson('The fields to change and their new values, as a JSON object.'),
		],
		crmFields: 'fields',
	}),
	entry('crmRecord', 'custom', 'insertMany', {
		operation: 'createMany',
		name: 'Create Many',
		action: 'Create many records in a CRM module',
		description: `Inserts every input item as one record of the module (its fields as they are), in batches of up to ${CRM_UPLOAD_LIMIT}. Nested field types as in Create.`,
		params: [moduleParam()],
		records: { fields: [], uploadLimit: CRM_UPLOAD_LIMIT, wrapIn: 'fields', itemsOnly: true },
	}),
	entry('crmRecord', 'custom', 'updateMany', {
		operation: 'updateMany',
		name: 'Update Many',
		action: 'Update many records of a CRM module',
		description: `Updates every input item as one record: each needs its wolkvox-id (or wolkvox_id, as Search returns it) and the fields to change. Batches of up to ${CRM_UPLOAD_LIMIT}.`,
		params: [moduleParam()],
		records: {
			fields: [],
			uploadLimit: CRM_UPLOAD_LIMIT,
			wrapIn: 'fields',
			itemsOnly: true,
			idKey: 'wolkvox-id',
		},
	}),
	entry('crmRecord', 'custom', 'delete', {
		operation: 'delete',
		name: 'Delete',
		action: 'Delete records of a CRM module',
		description: `Deletes the records whose IDs the input items give (one per item), in batches of up to ${CRM_UPLOAD_LIMIT}. Destructive: cannot be undone.`,
		params: [moduleParam()],
		records: {
			fields: [
				{
					name: 'wolkvox-id',
					displayName: 'Record ID',
					kind: 'string',
					in: 'body',
					required: true,
					description: 'wolkvox_id of the record to delete.',
				},
			],
			uploadLimit: CRM_UPLOAD_LIMIT,
			wrapIn: 'wolkvox-id',
			valueField: 'wolkvox-id',
			multipleFlag: 'multiple',
			idKey: 'wolkvox-id',
		},
		destructive: true,
	}),
	entry('crmRecord', 'custom', 'reports', {
		operation: 'getReport',
		name: 'Get Report',
		action: 'Get the rows of a CRM report',
		description:
			'Returns the rows of a report already set up in the CRM, for a date range. Pages of up to 250 rows; "Return All" reads every page.',
		params: [
			body('name', 'Report Name', 'Name of the report exactly as it was set up in the CRM.', {
				required: true,
			}),
			crmDate('dateStart', 'Start Date', 'Start of the range, sent as YYYY-MM-DD HH:MM:SS.'),
			crmDate('dateEnd', 'End Date', 'End of the range, sent as YYYY-MM-DD HH:MM:SS.'),
		],
		paging: PAGED,
		readOnly: true,
	}),
];

// ------------------------------------------------------------------------------------------------
// Activities (calls, meetings, tasks) on records

function activityParams(type: 'call' | 'meet' | 'task'): ParamDef[] {
	const field = (
		name: string,
		displayName: string,
		description: string,
		extra: Partial<ParamDef> = {},
	) => body(name, displayName, description, { inObject: 'fields', ...extra });
	const params: ParamDef[] = [
		field('name', 'Name', 'Name of the activity.', { required: true }),
		field(
			'name_module',
			'Module',
			'Module of the record the activity belongs to, e.g. cases or contacts.',
			{ required: true, placeholder: 'cases' },
		),
		field('id_record', 'Record ID', 'wolkvox_id of the record the activity belongs to.', {
			required: true,
		}),
		field('status', 'Status', 'Status of the activity.', { alwaysShow: true, default: 'created' }),
		field('priority', 'Priority', 'Priority of the activity.', {
			kind: 'options',
			alwaysShow: true,
			default: 'normal',
			options: [
				{ name: 'High', value: 'high' },
				{ name: 'Normal', value: 'normal' },
				{ name: 'Low', value: 'low' },
			],
		}),
		field('completion_date', 'Due Date', 'When the activity is due, sent as YYYY-MM-DD HH:MM:SS.', {
			kind: 'date',
			dateFormat: 'sql',
		}),
		field('remember', 'Remind', 'Whether to set a reminder.', { kind: 'boolean' }),
		field('reminder_date', 'Reminder Date', 'When to remind, sent as YYYY-MM-DD HH:MM:SS.', {
			kind: 'date',
			dateFormat: 'sql',
		}),
		field('description', 'Description', 'Text of the activity.'),
		field(
			'wolkvox_owner',
			'Owner',
			'CRM user who owns the activity (their wolkvox e-mail, e.g. ADMIN_@operation).',
		),
	];
	if (type === 'call') {
		params.push(
			field('location', 'Location', 'Where the activity takes place.'),
			field(
				'phone',
				'Phone',
				'Number to call; "+57 3001234567" also sets the country code. Sent as {type: "telephone", code, value}.',
				{ crmType: 'phone' },
			),
		);
	}
	if (type === 'meet') {
		params.push(
			field('location', 'Location', 'Where the meeting takes place.'),
			field('start_date', 'Start Date', 'When the meeting starts, sent as YYYY-MM-DD HH:MM:SS.', {
				kind: 'date',
				dateFormat: 'sql',
			}),
			field(
				'participants',
				'Participants',
				'CRM users invited (their wolkvox e-mails). Sent as {type: "participant", value: [...]}.',
				{ kind: 'list', crmType: 'participant' },
			),
		);
	}
	if (type === 'task')
		params.push(
			field('wolkvox_usuario_creacion', 'Created By', 'CRM user recorded as the creator.'),
		);
	return params;
}

const activityEndpoints: EndpointDef[] = (
	[
		['call', 'createCall', 'Create Call', 'a call'],
		['meet', 'createMeeting', 'Create Meeting', 'a meeting'],
		['task', 'createTask', 'Create Task', 'a task'],
	] as const
).map(([type, operation, name, what]) =>
	entry('crmActivity', 'custom', 'insert', {
		operation,
		name,
		action: `Create ${what} activity on a CRM record`,
		description: `Adds ${what} to the activities of a CRM record (module wolkvox_activities, type ${type}). Returns the wolkvox_id of the activity.`,
		params: activityParams(type),
		fixedBody: { module: 'wolkvox_activities', type },
	}),
);

// ------------------------------------------------------------------------------------------------
// Cases

const form = (
	name: string,
	displayName: string,
	description: string,
	extra: Partial<ParamDef> = {},
): ParamDef => ({
	name,
	displayName,
	kind: 'string',
	in: 'form',
	description,
	...extra,
});

function caseFields(where: 'form' | 'body'): ParamDef[] {
	const make = where === 'form' ? form : body;
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

const caseEndpoints: EndpointDef[] = [
	entry('crmCase', 'cases', 'insert', {
		operation: 'create',
		name: 'Create',
		action: 'Create a CRM case',
		description:
			'Creates a case (request, complaint, claim, suggestion or a custom type). Optional files from binary properties. Returns the wolkvox_id and the prefixed case number.',
		params: [
			...caseFields('form'),
			form(
				'solution',
				'Solution',
				'Required when the status is a closed one: how the case was solved.',
			),
			{
				name: 'file',
				displayName: 'Input Binary Field',
				kind: 'binary',
				in: 'form',
				description: 'Binary property of the input item to attach (several: comma-separated).',
			},
		],
	}),
	entry('crmCase', 'cases', 'queryCases', {
		operation: 'search',
		name: 'Search',
		action: 'Search CRM cases by a field',
		description:
			'Finds cases by status, type, contact, responsible, owner and more. Pages of up to 250 cases; "Return All" reads every page.',
		params: search(
			'Case field to filter on.',
			'The value, e.g. Request for the case type, or a status name.',
			CASE_SEARCH_FIELDS,
		),
		paging: PAGED,
		readOnly: true,
	}),
	entry('crmCase', 'cases', 'update', {
		operation: 'update',
		name: 'Update',
		action: 'Update a CRM case',
		description:
			'Changes a case found by its wolkvox_id: responsible, status and optionally type, priority, solution, custom fields and files.',
		params: [
			{ ...form('wolkvox-id', 'Case ID', 'wolkvox_id of the case.'), required: true },
			form(
				'responsible',
				'Responsible',
				'CRM user responsible for the case (their wolkvox e-mail).',
				{ required: true },
			),
			form('status', 'Status', 'New status of the case.', { required: true }),
			form(
				'case-type',
				'Case Type',
				'Request, Complaints, Claims, Suggestions, or a custom case type.',
			),
			form('priority', 'Priority', 'A priority set up for the case type.'),
			form('solution', 'Solution', 'Required when the status is a closed one.'),
			form('form', 'Custom Fields', 'Custom fields of the case as a JSON object.', {
				kind: 'json',
				placeholder: '{"Category": "Sales"}',
			}),
			{
				name: 'file',
				displayName: 'Input Binary Field',
				kind: 'binary',
				in: 'form',
				description: 'Binary property of the input item to attach (several: comma-separated).',
			},
		],
	}),
	entry('crmCase', 'cases', 'insertAttach', {
		operation: 'createWithAttachments',
		name: 'Create With Attachments',
		action: 'Create a CRM case with attachments',
		description:
			'Creates a case whose attachments are the binary files of the input item, sent as base64. Returns the wolkvox_id and the prefixed case number.',
		params: [...caseFields('body'), attachmentsParam()],
	}),
	entry('crmCase', 'cases', 'updateCaseAttachment', {
		operation: 'updateWithAttachments',
		name: 'Update With Attachments',
		action: 'Update a CRM case and its attachments',
		description:
			'Changes the responsible and status of a case and sets its attachments from the binary files of the input item (base64).',
		params: [
			recordId('wolkvox-id', 'wolkvox_id of the case.'),
			body(
				'responsible',
				'Responsible',
				'CRM user responsible for the case (their wolkvox e-mail).',
				{ required: true },
			),
			body('status', 'Status', 'Status of the case.', { required: true }),
			attachmentsParam(),
		],
	}),
	entry('crmCase', 'cases', 'listHistoryNote', {
		operation: 'getNoteHistory',
		name: 'Get Note History',
		action: 'List the note history of CRM cases',
		description:
			'Lists the cases matching a field, each with its notes, status, priority, contact and company. Pages of up to 250; "Return All" reads every page.',
		params: search(
			'Case field to filter on, e.g. type case.',
			'The value, e.g. Request.',
			CASE_SEARCH_FIELDS,
		),
		paging: PAGED,
		readOnly: true,
	}),
];

// ------------------------------------------------------------------------------------------------
// Collections: obligations, managements (gestiones), massive load, reports

const obligationFields = (): ParamDef[] => {
	const field = (
		name: string,
		displayName: string,
		description: string,
		extra: Partial<ParamDef> = {},
	) => body(name, displayName, description, { inObject: 'fields', ...extra });
	return [
		field('total_balance', 'Total Balance', 'Total balance owed.'),
		field('portfolio_type', 'Portfolio Type', 'Portfolio type (a value of its list in the CRM).'),
		field('last_pay', 'Last Payment', 'Amount of the last payment.'),
		field(
			'last_pay_date',
			'Last Payment Date',
			'Date of the last payment, as the CRM shows it (DD-MM-YYYY).',
		),
		field('expiring_date', 'Due Date', 'Due date (DD-MM-YYYY).'),
		field('days_delay', 'Days Overdue', 'Days in arrears.'),
		field('form', 'Custom Fields', 'Extra obligation fields as a JSON list of {name, value}.', {
			kind: 'json',
			placeholder: '[{"name": "Titulacion", "value": "20000"}]',
		}),
	];
};

const MANAGEMENT_FIELDS: Array<[string, string, string]> = [
	['tipifycation_code', 'Typification Code', 'Code of the typification.'],
	['tipifycation_desc', 'Typification', 'Description of the typification.'],
	['id_customer', 'Customer ID', 'Identification number of the customer.'],
	['customer_id', 'Other Customer ID', 'Additional identification of the customer.'],
	['wolkvox_phoneCall', 'Phone (Contact Center)', 'Phone number in the wolkvox contact center.'],
	['wolkvox_CrmPhoneCall', 'Phone (CRM)', 'Phone number of the call in the CRM.'],
	['wolkvox_idCall', 'Call ID', 'ID of the call.'],
	['client_name', 'Customer First Name', 'First name of the customer.'],
	['client_lastname', 'Customer Last Name', 'Last name of the customer.'],
	['client_type_document', 'Customer Document Type', 'Type of identity document of the customer.'],
	['client_telephone', 'Customer Phone', 'Phone of the customer.'],
	['agent_name', 'Agent Name', 'Name of the agent who handled it.'],
	['agent_id', 'Agent Extension', 'Extension of the agent.'],
	['type_interaction', 'Interaction Type', 'Channel of the interaction.'],
	['time', 'Interaction Time', 'Duration of the interaction.'],
	['date', 'Interaction Date', 'Date of the interaction.'],
	['campaign_id', 'Campaign ID', 'ID of the campaign.'],
	['tipification_description', 'Typification Notes', 'Notes about the typification.'],
	[
		'wolkvox_idCustomer',
		'Contact Center Customer ID',
		'ID of the customer in the wolkvox contact center.',
	],
	['obligation', 'Obligation', 'Reference name of the obligation.'],
];

const collectionEndpoints: EndpointDef[] = [
	entry('crmCollection', 'collections', 'insertObligation', {
		operation: 'createObligation',
		name: 'Create Obligation',
		action: 'Add an obligation to a collections record',
		description:
			'Adds a payment obligation to a record of the collections module. Returns the wolkvox_id.',
		params: [
			recordId('wolkvox_id', 'wolkvox_id of the collections record.'),
			body('id', 'Obligation ID', 'Code of the obligation in the record, e.g. 001-0000003.', {
				required: true,
				inObject: 'fields',
			}),
			body(
				'name',
				'Obligation Name',
				'Name of the obligation, e.g. Payment agreement. Cannot be changed later.',
				{ required: true, inObject: 'fields' },
			),
			...obligationFields(),
		],
	}),
	entry('crmCollection', 'collections', 'queryObligation', {
		operation: 'getObligation',
		name: 'Get Obligation',
		action: 'Get an obligation of a collections record',
		description:
			'Returns an obligation of a collections record with its balances, dates and custom fields. Pages of up to 250; "Return All" reads every page.',
		params: [
			body('obligation', 'Obligation ID', 'Code of the obligation, e.g. 001-0000003.', {
				required: true,
			}),
			recordId('wolkvox_id', 'wolkvox_id of the collections record.'),
		],
		paging: PAGED,
		readOnly: true,
	}),
	entry('crmCollection', 'collections', 'updateObligation', {
		operation: 'updateObligation',
		name: 'Update Obligation',
		action: 'Update an obligation of a collections record',
		description:
			'Changes balances, dates, portfolio type or custom fields of an obligation (its name cannot change).',
		params: [
			recordId('wolkvox_id', 'wolkvox_id of the collections record.'),
			body('obligation', 'Obligation ID', 'Code of the obligation, e.g. 001-0000003.', {
				required: true,
			}),
			...obligationFields(),
		],
	}),
	entry('crmCollection', 'collections', 'insertGestion', {
		operation: 'createManagement',
		name: 'Create Management',
		action: 'Log a collection management on a record',
		description:
			'Logs a collection management (contact attempt, typification) on a record of the collections module. Returns the wolkvox_id.',
		params: [
			body('wolkvox_idRecord', 'Record ID', 'wolkvox_id of the collections record.', {
				required: true,
				inObject: 'fields',
			}),
			body('module', 'Module', 'CRM module of the record.', {
				alwaysShow: true,
				default: 'collections',
				inObject: 'fields',
			}),
			...MANAGEMENT_FIELDS.map(([name, displayName, description]) =>
				body(name, displayName, description, { inObject: 'fields' }),
			),
		],
	}),
	entry('crmCollection', 'collections', 'queryGestion', {
		operation: 'searchManagements',
		name: 'Search Managements',
		action: 'Search collection managements by a field',
		description:
			'Finds collection managements by a field, e.g. id_customer. Pages of up to 250; "Return All" reads every page.',
		params: search(
			'Management field to filter on, e.g. id_customer.',
			'The value the field must have.',
		),
		paging: PAGED,
		readOnly: true,
	}),
	entry('crmCollection', 'collections', 'massiveCollections', {
		operation: 'createMany',
		name: 'Create or Update Many',
		action: 'Load many collections records with their obligations',
		description:
			'Each input item is one customer file (Identification, Name, Email, Telephone, Address, custom fields) with its Obligations list; existing files are updated. Batches of up to 500, the CRM limit. An empty required value fails the whole batch.',
		params: [],
		records: { fields: [], uploadLimit: 500, wrapIn: 'collections', itemsOnly: true },
	}),
	entry('crmCollection', 'collections', 'reportsCollection', {
		operation: 'getReport',
		name: 'Get Report',
		action: 'Get the rows of a collections report',
		description:
			'Returns the rows of a report of the collections module for a date range. Pages of up to 250; "Return All" reads every page.',
		params: [
			body('name', 'Report Name', 'Name of the report in the Reports module.', { required: true }),
			crmDate('dateStart', 'Start Date', 'Start of the range, sent as YYYY-MM-DD HH:MM:SS.'),
			crmDate('dateEnd', 'End Date', 'End of the range, sent as YYYY-MM-DD HH:MM:SS.'),
		],
		paging: PAGED,
		readOnly: true,
	}),
];

const tokenEndpoints: EndpointDef[] = [
	entry('crmToken', 'token', 'tokenInformation', {
		operation: 'getInfo',
		name: 'Get Info',
		action: 'Get CRM token usage',
		description:
			'Returns the CRM token description, its daily limit, the calls used today, the calls left and hours_to_restart_count (hours until the count restarts).',
		params: [],
		readOnly: true,
	}),
];

export const crmEndpoints: EndpointDef[] = [
	...recordEndpoints,
	...activityEndpoints,
	...caseEndpoints,
	...collectionEndpoints,
	...tokenEndpoints,
];

export const CRM_RESOURCES = [
	{
		name: 'CRM Record',
		value: 'crmRecord',
		description:
			'Records of the modules of the wolkvox CRM: create, search, update, delete, reports',
	},
	{
		name: 'CRM Activity',
		value: 'crmActivity',
		description: 'Calls, meetings and tasks on records of the wolkvox CRM',
	},
	{
		name: 'CRM Case',
		value: 'crmCase',
		description: 'Cases of the wolkvox CRM, their attachments and note history',
	},
	{
		name: 'CRM Collection',
		value: 'crmCollection',
		description:
			'Collections module of the wolkvox CRM: obligations, managements, bulk loads, reports',
	},
	{ name: 'CRM Token', value: 'crmToken', description: 'Usage of the wolkvox CRM token' },
];

export const CRM_RESOURCE_VALUES = CRM_RESOURCES.map((r) => r.value);
