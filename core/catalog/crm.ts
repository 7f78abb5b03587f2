import { crm } from './factories';
import {
	activityParams,
	bodyText,
	caseFields,
	caseFile,
	CASE_SEARCH_FIELDS,
	crmAttachments,
	crmDate,
	crmFieldsJson,
	crmModule,
	crmRecordId,
	crmReportDates,
	crmSearch,
	formText,
	obligationFields,
} from './params';
import type { EndpointDef, PagingDef } from './types';

/**
 * The wolkvox CRM (separate product, own host and token): `https://{crm_host}/server/API/v2/{group}/{op}.php`,
 * header Wolkvox-Token. Every request also carries the CRM operation name, taken from the
 * credential (the transport adds it). All requests are POST.
 */

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

const record = crm('crmRecord', 'custom');
const activity = crm('crmActivity', 'custom');
const crmCase = crm('crmCase', 'cases');
const collection = crm('crmCollection', 'collections');
const token = crm('crmToken', 'token');

// ------------------------------------------------------------------------------------------------
// Records of modules (custom)

const recordEndpoints: EndpointDef[] = [
	record('insert', 'create', {
		name: 'Create',
		action: 'Create a record in a CRM module',
		description: 'Inserts one record in a CRM module and returns its wolkvox_id.',
		params: [
			crmModule(),
			crmFieldsJson('The record: field names of the module and their values, as a JSON object.'),
		],
		crmFields: 'fields',
	}),
	record('insertAttach', 'createWithAttachments', {
		name: 'Create With Attachments',
		action: 'Create a record with attachments in a CRM module',
		description:
			"Inserts one record with the input item's files as attachments; returns its wolkvox_id.",
		params: [
			crmModule(),
			crmFieldsJson(
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
			crmAttachments({ inObject: 'fields', keyFrom: 'attachmentField' }),
		],
		crmFields: 'fields',
	}),
	record('query', 'search', {
		name: 'Search',
		action: 'Search records of a CRM module by a field',
		description:
			'Finds the records of a CRM module whose field equals a value, e.g. a phone number.',
		params: [
			crmModule(),
			...crmSearch(
				'Field of the module to filter on, e.g. wolkvox_id or a field name of the module.',
				'The value the field must equal, e.g. an email address or a phone number as stored in the CRM.',
			),
		],
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
	record('queryDates', 'searchByDates', {
		name: 'Search by Dates',
		action: 'Search records of a CRM module created in a date range',
		description: 'Finds the records of a CRM module created between two dates.',
		params: [
			crmModule(),
			crmDate(
				'from',
				'From',
				'First minute of the range, e.g. 2024-01-05T08:00, sent as YYYY-MM-DD HH:MM in the CRM timezone.',
				'sqlMinutes',
			),
			crmDate(
				'to',
				'To',
				'Last minute of the range, e.g. 2024-01-05T17:59, sent as YYYY-MM-DD HH:MM.',
				'sqlMinutes',
			),
		],
		fixedBody: { date: true },
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
	record('update', 'update', {
		name: 'Update',
		action: 'Update a record of a CRM module',
		description: 'Changes fields of one record of a CRM module, found by its wolkvox_id.',
		params: [
			crmModule(),
			crmRecordId('wolkvox-id', 'wolkvox_id of the record to change.'),
			crmFieldsJson('The fields to change and their new values, as a JSON object.'),
		],
		crmFields: 'fields',
	}),
	record('insertMany', 'createMany', {
		name: 'Create Many',
		action: 'Create many records in a CRM module',
		description: `Inserts every input item as a record of the module, in batches of up to ${CRM_UPLOAD_LIMIT}.`,
		params: [crmModule()],
		strategy: 'bulk',
		records: { fields: [], uploadLimit: CRM_UPLOAD_LIMIT, wrapIn: 'fields', itemsOnly: true },
	}),
	record('updateMany', 'updateMany', {
		name: 'Update Many',
		action: 'Update many records of a CRM module',
		description: `Updates a record per input item (by its wolkvox-id), in batches of up to ${CRM_UPLOAD_LIMIT}.`,
		params: [crmModule()],
		strategy: 'bulk',
		records: {
			fields: [],
			uploadLimit: CRM_UPLOAD_LIMIT,
			wrapIn: 'fields',
			itemsOnly: true,
			idKey: 'wolkvox-id',
		},
	}),
	record('delete', 'delete', {
		name: 'Delete',
		action: 'Delete records of a CRM module',
		description: `Deletes the records whose IDs the input items give, ${CRM_UPLOAD_LIMIT} per call. Cannot be undone.`,
		params: [crmModule()],
		strategy: 'bulk',
		records: {
			fields: [
				bodyText('wolkvox-id', 'Record ID', 'wolkvox_id of the record to delete.', {
					required: true,
				}),
			],
			uploadLimit: CRM_UPLOAD_LIMIT,
			wrapIn: 'wolkvox-id',
			valueField: 'wolkvox-id',
			multipleFlag: 'multiple',
			idKey: 'wolkvox-id',
		},
		destructive: true,
	}),
	record('reports', 'getReport', {
		name: 'Get Report',
		action: 'Get the rows of a CRM report',
		description: 'Rows of a report set up in the CRM, for a date range.',
		params: [
			bodyText('name', 'Report Name', 'Name of the report exactly as it was set up in the CRM.', {
				required: true,
			}),
			...crmReportDates(),
		],
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
];

// ------------------------------------------------------------------------------------------------
// Activities (calls, meetings, tasks) on records

const activityEndpoints: EndpointDef[] = (
	[
		['call', 'createCall', 'Create Call', 'a call'],
		['meet', 'createMeeting', 'Create Meeting', 'a meeting'],
		['task', 'createTask', 'Create Task', 'a task'],
	] as const
).map(([type, operation, name, what]) =>
	activity('insert', operation, {
		name,
		action: `Create ${what} activity on a CRM record`,
		description: `Adds ${what} activity to a CRM record; returns the activity's wolkvox_id.`,
		params: activityParams(type),
		fixedBody: { module: 'wolkvox_activities', type },
	}),
);

// ------------------------------------------------------------------------------------------------
// Cases

const caseEndpoints: EndpointDef[] = [
	crmCase('insert', 'create', {
		name: 'Create',
		action: 'Create a CRM case',
		description:
			'Creates a case (request, complaint, claim, suggestion...); returns its ID and case number.',
		params: [
			...caseFields('form'),
			formText(
				'solution',
				'Solution',
				'Required when the status is a closed one: how the case was solved.',
			),
			caseFile(),
		],
	}),
	crmCase('queryCases', 'search', {
		name: 'Search',
		action: 'Search CRM cases by a field',
		description: 'Finds CRM cases by status, type, contact, responsible, owner and more.',
		params: crmSearch(
			'Case field to filter on.',
			'The value, e.g. Request for the case type, or a status name.',
			CASE_SEARCH_FIELDS,
		),
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
	crmCase('update', 'update', {
		name: 'Update',
		action: 'Update a CRM case',
		description:
			"Changes a case's responsible and status, optionally type, priority, solution and files.",
		params: [
			formText('wolkvox-id', 'Case ID', 'wolkvox_id of the case.', { required: true }),
			formText(
				'responsible',
				'Responsible',
				'CRM user responsible for the case (their wolkvox e-mail).',
				{ required: true },
			),
			formText('status', 'Status', 'New status of the case.', { required: true }),
			formText(
				'case-type',
				'Case Type',
				'Request, Complaints, Claims, Suggestions, or a custom case type.',
			),
			formText('priority', 'Priority', 'A priority set up for the case type.'),
			formText('solution', 'Solution', 'Required when the status is a closed one.'),
			formText('form', 'Custom Fields', 'Custom fields of the case as a JSON object.', {
				kind: 'json',
				placeholder: '{"Category": "Sales"}',
			}),
			caseFile(),
		],
	}),
	crmCase('insertAttach', 'createWithAttachments', {
		name: 'Create With Attachments',
		action: 'Create a CRM case with attachments',
		description:
			"Creates a case with the input item's files as attachments; returns its ID and number.",
		params: [
			// wolkvox's page for this request lists `form` as required, its Create page does not.
			...caseFields('body').map((p) =>
				p.name === 'form'
					? {
							...p,
							hint: "wolkvox's page for this request lists it as required (its Create page does not); fill it if the CRM answers 400 naming form",
						}
					: p,
			),
			crmAttachments(),
		],
	}),
	crmCase('updateCaseAttachment', 'updateWithAttachments', {
		name: 'Update With Attachments',
		action: 'Update a CRM case and its attachments',
		description:
			"Changes a case's responsible and status and sets its attachments from input files.",
		params: [
			crmRecordId('wolkvox-id', 'wolkvox_id of the case.'),
			bodyText(
				'responsible',
				'Responsible',
				'CRM user responsible for the case (their wolkvox e-mail).',
				{ required: true },
			),
			bodyText('status', 'Status', 'Status of the case.', { required: true }),
			crmAttachments(),
		],
	}),
	crmCase('listHistoryNote', 'getNoteHistory', {
		name: 'Get Note History',
		action: 'List the note history of CRM cases',
		description:
			'Cases matching a field, each with its notes, status, priority, contact and company.',
		params: crmSearch(
			'Case field to filter on, e.g. type case.',
			'The value, e.g. Request.',
			CASE_SEARCH_FIELDS,
		),
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
];

// ------------------------------------------------------------------------------------------------
// Collections: obligations, managements (gestiones), massive load, reports

const MANAGEMENT_FIELDS: Array<[string, string, string]> = [
	['tipifycation_code', 'Typification Code', 'Code of the typification, as set up in the CRM.'],
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
	collection('insertObligation', 'createObligation', {
		name: 'Create Obligation',
		action: 'Add an obligation to a collections record',
		description:
			'Adds a payment obligation to a record of the collections module; returns its wolkvox_id.',
		params: [
			crmRecordId('wolkvox_id', 'wolkvox_id of the collections record.'),
			bodyText('id', 'Obligation ID', 'Code of the obligation in the record, e.g. 001-0000003.', {
				required: true,
				inObject: 'fields',
			}),
			bodyText(
				'name',
				'Obligation Name',
				'Name of the obligation, e.g. Payment agreement. Cannot be changed later.',
				{ required: true, inObject: 'fields' },
			),
			...obligationFields(),
		],
	}),
	collection('queryObligation', 'getObligation', {
		name: 'Get Obligation',
		action: 'Get an obligation of a collections record',
		description:
			'An obligation of a collections record with its balances, dates and custom fields.',
		params: [
			bodyText('obligation', 'Obligation ID', 'Code of the obligation, e.g. 001-0000003.', {
				required: true,
			}),
			crmRecordId('wolkvox_id', 'wolkvox_id of the collections record.'),
		],
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
	collection('updateObligation', 'updateObligation', {
		name: 'Update Obligation',
		action: 'Update an obligation of a collections record',
		description: 'Changes balances, dates, portfolio type or custom fields of an obligation.',
		params: [
			crmRecordId('wolkvox_id', 'wolkvox_id of the collections record.'),
			// wolkvox's example and table for this request show only Total Balance, Portfolio Type and
			// Custom Fields; the other fields are documented for Create Obligation, which sends the same.
			bodyText('obligation', 'Obligation ID', 'Code of the obligation, e.g. 001-0000003.', {
				required: true,
				hint: 'Its name cannot change. wolkvox documents only Total Balance, Portfolio Type and Custom Fields here; the others are sent as in Create Obligation',
			}),
			...obligationFields(),
		],
	}),
	collection('insertGestion', 'createManagement', {
		name: 'Create Management',
		action: 'Log a collection management on a record',
		description:
			'Logs a collection management (contact attempt, typification) on a collections record.',
		params: [
			bodyText('wolkvox_idRecord', 'Record ID', 'wolkvox_id of the collections record.', {
				required: true,
				inObject: 'fields',
			}),
			// "Los campos obligatorios son: “tipifycation_code”, “tipifycation_desc”, “module” y
			// “wolkvox_idRecord”"; the example omits tipifycation_code (kept optional).
			bodyText('module', 'Module', 'CRM module of the record.', {
				required: true,
				default: 'collections',
				inObject: 'fields',
			}),
			...MANAGEMENT_FIELDS.map(([name, displayName, description]) =>
				bodyText(name, displayName, description, {
					inObject: 'fields',
					...(name === 'tipifycation_desc' ? { required: true } : {}),
					...(name === 'tipifycation_code'
						? {
								hint: "wolkvox's note lists it as mandatory, but its example request omits it; fill it if the CRM asks for it",
							}
						: {}),
				}),
			),
		],
	}),
	collection('queryGestion', 'searchManagements', {
		name: 'Search Managements',
		action: 'Search collection managements by a field',
		description: 'Finds collection managements by a field, e.g. id_customer.',
		params: crmSearch(
			'Management field to filter on, e.g. id_customer.',
			'The value the field must have.',
		),
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
	collection('massiveCollections', 'createMany', {
		name: 'Create or Update Many',
		action: 'Load many collections records with their obligations',
		description:
			'Loads each input item as a customer file with obligations; one empty required value fails the batch.',
		params: [],
		strategy: 'bulk',
		records: {
			fields: [],
			uploadLimit: CRM_UPLOAD_LIMIT,
			wrapIn: 'collections',
			itemsOnly: true,
		},
	}),
	collection('reportsCollection', 'getReport', {
		name: 'Get Report',
		action: 'Get the rows of a collections report',
		description: 'Rows of a report of the collections module, for a date range.',
		params: [
			bodyText('name', 'Report Name', 'Name of the report in the Reports module.', {
				required: true,
			}),
			...crmReportDates(),
		],
		strategy: 'paged',
		paging: PAGED,
		readOnly: true,
	}),
];

const tokenEndpoints: EndpointDef[] = [
	token('tokenInformation', 'getInfo', {
		name: 'Get Info',
		action: 'Get CRM token usage',
		description:
			"The CRM token's daily limit, calls used today, calls left and hours until the count restarts.",
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
