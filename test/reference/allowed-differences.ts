/**
 * Every known difference between the catalog (and what the node sends) and the vendor's collection,
 * each with its reason. The reference tests fail on a difference that is not listed here AND on an
 * entry here that no longer matches a difference, so this list is always the current truth.
 *
 * - `bug: true` + `fix`: the node is wrong; after the fix the test fails until the entry is removed.
 * - `check`: nobody can settle it without a live server; README "Known uncertainties" says how a
 *   user checks it.
 * - neither: the collection is inconsistent (a table copied from another request, a typo, a
 *   Postman variable used as a name) or the node differs on purpose; the reason says which and why.
 */

export interface AllowedDifference {
	/** Catalog entry key(s): resource[.reportGroup].operation. */
	entry: string | string[];
	/** A StaticKind (compare.ts) or a WireKind (wire.ts). */
	kind: string;
	/** Parameter name(s) ('' for method, path and not-sent); keys in an object: `fields.status`. */
	name: string | string[];
	/** Why it is accepted, quoting the documentation where it decides. */
	reason: string;
	bug?: true;
	/** The exact change: file, field, old -> new, and the documentation that says so. */
	fix?: string;
	/** How a user can check it against a live server. */
	check?: string;
}

const COPIED_TABLE = (from: string, example: string) =>
	`collection inconsistent: the Request table is copied from ${from}; the example request sends ${example}, which the catalog follows`;

/** Differences of the static comparison (test/core/reference.test.ts). */
export const STATIC_ALLOWED: AllowedDifference[] = [
	{
		entry: 'campaign.findRecords',
		kind: 'missing-described',
		name: 'customer_phoner',
		reason:
			'typo in the description: "No es necesario tener los dos campos {{customer_phoner}} y {{campaign_id}}" means customer_phone (the example query and the table say customer_phone)',
	},
	{
		entry: 'configuration.releaseLaw2300Protection',
		kind: 'missing-described',
		name: ['type_call', 'telephones'],
		reason: COPIED_TABLE('add_dnc (type_call, telephones)', 'nit, item, value and agent_id'),
	},
	{
		entry: 'configuration.deleteCopilotFile',
		kind: 'missing-described',
		name: 'file',
		reason: COPIED_TABLE('upload_file ("file | Campo tipo File")', '{"filename": ""}'),
	},
	{
		entry: 'configuration.uploadAudio',
		kind: 'missing',
		name: '{{file1}}',
		reason:
			'the example\'s form field is named by the Postman variable {{file1}}, not a field name; the table names the field "file", which the catalog sends',
		check:
			'Upload Audio with two binary properties at once, then Information > Get Audios: both files must be listed (every part is named "file"; a PHP server keeps only the last part of a repeated name without [])',
	},
	{
		entry: 'agent.hangUpCodeAndReady',
		kind: 'missing-described',
		name: 'cod_act_1',
		reason:
			'the table names the example\'s Postman variable {{cod_act_1}}; the query key is cod_act ("cod_act={{cod_act_1}}"), which the catalog sends',
	},
	{
		entry: 'agent.sendDtmf',
		kind: 'missing-described',
		name: 'dtmf_tones',
		reason:
			'the table names the example\'s Postman variable {{dtmf_tones}}; the query key is tones ("tones={{dtmf_tones}}"), which the catalog sends',
	},
	{
		entry: 'agent.setButtonVisibility',
		kind: 'missing-described',
		name: ['customer_phone', 'customer_id', 'customer_name'],
		reason: COPIED_TABLE(
			'dial (customer_phone, customer_id, customer_name)',
			'agent_id, display and button in the query',
		),
	},
	{
		entry: 'whatsApp.createMarketingTemplate',
		kind: 'missing-described',
		name: 'file_url',
		reason: COPIED_TABLE('upload_media (its second row is file_url)', 'name in the body'),
	},
	{
		entry: 'speechAnalytics.analyzeCall',
		kind: 'missing-described',
		name: ['date_ini', 'date_end'],
		reason: COPIED_TABLE('a report (api, date_ini, date_end)', 'conn_id and agent_id in the body'),
	},
	{
		entry: 'storage.uploadFiles',
		kind: 'missing-described',
		name: 'file',
		reason:
			'the table gives one parameter two names: "file" for a single file and "file[]" for several ("Para cargar un solo archivo, el campo del formulario debe llamarse: file"; "Para cargar varios archivos, los campos del formulario deben llamarse: file[]"); the catalog has one binary parameter file[] with singleName: \'file\', so one file goes out as file and several as file[] (the wire cases check both: the example with two file[] parts and the documented value "form file (file)")',
		check:
			'Storage > Upload Files once with one binary property and once with two, then Storage > List Files: every file must be listed (data.counts.total_received in the answer counts what the server read)',
	},
	{
		entry: 'crmCase.update',
		kind: 'required',
		name: ['case-type', 'priority'],
		reason:
			'collection inconsistent: cases/update repeats cases/insert\'s sentence "se requiere: operation, case-type, responsible, owner, contact, description, status y priority"; the example form sends only operation, wolkvox-id, responsible and status, so the catalog keeps case-type and priority optional (follows the example)',
	},
	{
		entry: 'crmCase.update',
		kind: 'missing-described',
		name: ['owner', 'contact', 'description'],
		reason:
			'collection inconsistent: the sentence is copied from cases/insert (see case-type above); neither the example nor the table of cases/update has owner, contact or description',
	},
	{
		entry: 'crmCase.createWithAttachments',
		kind: 'required',
		name: 'form',
		reason:
			'collection inconsistent across pages: insertAttach\'s sentence lists "form" as required (se requiere: ... "form", "status", "priority" y "attachments"), cases/insert (the same case without attachments) does not and its table calls it custom fields ("Son los campos personalizados"); both examples send a form. The catalog keeps Custom Fields optional so a case without custom fields can be created, and the operation description says so',
		check:
			'CRM Case > Create With Attachments with Custom Fields empty: the CRM either creates the case or answers 400 naming form',
	},
	{
		entry: 'crmCollection.createObligation',
		kind: 'missing',
		name: ['fields.last_type', 'fields.last_type_date'],
		reason:
			"documentation contradicts itself: the example body sends last_type / last_type_date, the table documents last_pay / last_pay_date and queryObligation's response example returns last_pay / last_pay_date; the catalog follows the table and the response (what the CRM stores)",
		check:
			'CRM Collection > Create Obligation with Last Payment Date set, then Get Obligation: last_pay_date must hold the value',
	},
	{
		entry: 'crmCollection.createObligation',
		kind: 'missing-described',
		name: 'wolkvox-id',
		reason:
			'the sentence says "se requiere: operation, wolkvox-id, y fields" while the example body and the table use wolkvox_id (underscore), which the catalog sends',
	},
	{
		entry: 'crmCollection.updateObligation',
		kind: 'extra',
		name: ['fields.last_pay', 'fields.last_pay_date', 'fields.expiring_date', 'fields.days_delay'],
		reason:
			"only insertObligation documents these obligation fields; updateObligation's example and table show total_balance, portfolio_type and form. Offered on purpose because both requests send the same `fields` object of an obligation and updating a payment is the common case; the operation description says they are documented only for Create Obligation",
		check:
			'CRM Collection > Update Obligation with Days Overdue set, then Get Obligation: days_delay must hold the new value',
	},
	{
		entry: 'crmCollection.createManagement',
		kind: 'required',
		name: 'fields.tipifycation_code',
		reason:
			'documentation contradicts itself: the note makes tipifycation_code mandatory ("Los campos obligatorios son: “tipifycation_code”, “tipifycation_desc”, “module” y “wolkvox_idRecord”") but the vendor\'s own example body omits it (and the table\'s example cell for it shows tipifycation_desc); the catalog follows the example and keeps it optional, and the field and operation descriptions say so (tipifycation_desc and module are required, as both the note and the sentence say)',
		check:
			'CRM Collection > Create Management without Typification Code: the CRM either stores the management or answers 400',
	},
	{
		entry: 'crmCollection.createManagement',
		kind: 'missing-described',
		name: 'wolkvox_id',
		reason:
			'the sentence "se requiere: operation, fields, wolkvox_id, ..." names wolkvox_id, which neither the example nor the table has; the record is fields.wolkvox_idRecord, which the catalog sends',
	},
	{
		entry: 'crmCollection.searchManagements',
		kind: 'missing-described',
		name: 'id_customer',
		reason:
			'the sentence "se requiere: operation, field y id_customer" names the example\'s search field ("field": "id_customer") instead of value; the example and the table send field and value, which the catalog sends',
	},
	{
		entry: 'crmToken.getInfo',
		kind: 'missing-described',
		name: 'operation_name',
		reason:
			'the table names the Postman variable {{operation_name}} of the query key operation ("?operation={{operation_name}}"), which the node sends from the credential',
	},
];

const CRM_QUERIES = [
	'crmRecord.search',
	'crmRecord.searchByDates',
	'crmCase.search',
	'crmCase.getNoteHistory',
	'crmCollection.getObligation',
	'crmCollection.searchManagements',
];

/** Differences of the wire comparison (test/engine/reference-wire.test.ts). */
export const WIRE_ALLOWED: AllowedDifference[] = [
	{
		entry: 'configuration.uploadAudio',
		kind: 'wire-form-extra',
		name: 'file',
		reason:
			'the counterpart of the static entry for {{file1}}: the example names its form field with a Postman variable, the table calls it "file", which the node sends',
	},
	{
		entry: 'whatsApp.listTemplates',
		kind: 'wire-query-extra',
		name: 'connector_id',
		reason:
			'documentation contradicts itself: the example is a GET with the JSON body {"connector_id": ""} and the page says "Tipo de petición: Método \'GET\'", while its text says "El consumo de esta API se realiza por método POST" (a sentence most pages share). The node keeps the example\'s method, GET; n8n\'s request helper deletes the body of every GET (@n8n/backend-network httpRequest: `if (axiosRequest.method.toUpperCase() === \'GET\') delete axiosRequest.data`), so connector_id travels in the query, a shape neither the example nor the text shows. The operation description says so and names the fallback',
		check:
			'WhatsApp > List Templates for a connector that has templates: an empty list or a 400 "SOME PARAMETERS ARE REQUIRED" means the server does not read connector_id from the query (then use API Request > Send Request with POST and a JSON body)',
	},
	{
		entry: 'whatsApp.listTemplates',
		kind: 'wire-body-missing',
		name: 'connector_id',
		reason:
			'see wire-query-extra connector_id: n8n sends no body with GET, so it travels in the query',
	},
	{
		entry: CRM_QUERIES,
		kind: 'wire-body-extra',
		name: ['page', 'limit'],
		reason:
			'the node reads CRM queries page by page ("Return All"/"Limit"); the tables document both as optional ("Campo opcional que permite paginar la respuesta de la API") although these examples leave them out',
	},
	{
		entry: 'crmRecord.getReport',
		kind: 'wire-body-value',
		name: ['page', 'limit'],
		reason:
			'the node sends page and limit as JSON numbers; custom/reports\' example sends strings ("limit": "2", "page": "1"); reportsCollection\'s example leaves both blank ("limit": , "page": ), so it says nothing',
		check:
			'CRM Record > Get Report with Limit 2 and Return All off: the output must have at most 2 rows (a CRM that ignored numeric paging would return the whole report)',
	},
	{
		entry: 'configuration.updateAgent with agent_pass=""',
		kind: 'wire-body-missing',
		name: 'agent_pass',
		reason:
			'edit_agent: "“agent_pass”: “” puede permanecer vacío y el sistema asignará una contraseña aleatoria"; the node leaves an empty password out on purpose (create_agent sends it, see sendEmpty), so that an empty or untouched Password field never resets an existing password; the field description says so ("Left empty, no password is sent, so the current one is kept")',
		check:
			'Configuration > Update Agent with only the name changed: the agent must still log in with the old password',
	},
];
