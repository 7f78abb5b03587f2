/**
 * The endpoint catalog is data: one `EndpointDef` per wolkvox endpoint. The node's resources,
 * operations and fields, request building, validation and the simulator are all derived from it.
 * Types only: nothing here imports n8n.
 */

/**
 * Where a parameter travels. `form` = a multipart form field (ListenVox, uploads); `node` = not
 * sent, read by the node (e.g. the name of the CRM field that receives attachments).
 */
export type ParamLocation = 'query' | 'body' | 'form' | 'node';

/**
 * How a parameter is edited and validated.
 * - string:   free text (optional `pattern` + `patternHint` validate it)
 * - integer:  digits only (an id, a count); sent as a string unless `sendAsNumber`
 * - options:  one of `options` (wolkvox enumerations)
 * - date:     n8n date-time, sent as wolkvox's `YYYYmmddHHiiss` in the operation's timezone
 * - list:     several values (comma-separated or an array expression); sent as a JSON array,
 *             or joined with `join` when wolkvox wants one comma-separated string
 * - json:     a JSON value (nested objects/arrays such as WhatsApp template components)
 * - binary:   names of binary properties of the input item, sent as multipart file(s); in a JSON
 *             body (CRM attachments) as a list of base64 data strings
 * - boolean:  a switch, sent as JSON true/false
 */
export type ParamKind =
	| 'string'
	| 'integer'
	| 'options'
	| 'date'
	| 'list'
	| 'json'
	| 'binary'
	| 'boolean';

/** How the CRM nests a field value (see core/crmValues.ts). */
export type CrmFieldType =
	| 'currency'
	| 'phone'
	| 'address'
	| 'table'
	| 'search'
	| 'relationship'
	| 'participant';

/** Lists the API can enumerate: offered as a resource locator (pick from list / by ID). */
export type LookupKind =
	| 'agents'
	| 'skills'
	| 'campaigns'
	| 'connectors'
	| 'activityCodes'
	| 'routingPoints';

export interface ParamOption {
	name: string;
	value: string;
	description?: string;
}

export interface ParamDef {
	/** Wire name exactly as wolkvox expects it (`date_ini`, `campaign_id`, `file[]`). */
	name: string;
	/** English label shown in the editor. */
	displayName: string;
	kind: ParamKind;
	in: ParamLocation;
	required?: boolean;
	/** English, one short sentence: what the value means and its format (with an example). */
	description?: string;
	/**
	 * English, shown under the field in the editor: limits and details (the longest range, what
	 * happens to a longer one, what wolkvox refuses), kept out of the operation's description.
	 */
	hint?: string;
	default?: string | number;
	placeholder?: string;
	options?: ParamOption[];
	/** integer/string: extra literal words accepted besides digits, e.g. ['all'] for skill_id. */
	allowWords?: string[];
	/** string: a regular expression the value must match, and how to explain it in the error. */
	pattern?: string;
	patternHint?: string;
	/** list: send as one string joined with this separator instead of a JSON array. */
	join?: string;
	/** integer: send as a JSON number instead of a string (only where wolkvox wants a number). */
	sendAsNumber?: boolean;
	lookup?: LookupKind;
	/** Optional parameters go into an "Additional Fields" collection unless this is true. */
	alwaysShow?: boolean;
	/** body: placed inside this object of the JSON body (CRM `fields`) instead of at its top level. */
	inObject?: string;
	/** date: `sql` sends "YYYY-MM-DD HH:MM:SS" (CRM) instead of YYYYmmddHHiiss; `sqlMinutes` "YYYY-MM-DD HH:MM". */
	dateFormat?: 'sql' | 'sqlMinutes';
	/** CRM: the plain value is sent in the CRM's nested shape of this field type. */
	crmType?: CrmFieldType;
	/** binary in a JSON body: the key is the value of this (`node`) parameter instead of `name`. */
	keyFrom?: string;
	/**
	 * body, optional: an empty (or absent) value is sent as "" instead of being left out, where
	 * wolkvox gives "" a meaning (create_agent agent_pass "" = a random password).
	 */
	sendEmpty?: boolean;
	/**
	 * binary in a form: a single file goes out under this name instead of `name` (storage
	 * upload_files: one file is `file`, several are `file[]`).
	 */
	singleName?: string;
	/** crmType phone: the phone's `country` is the value of this (`node`) parameter. */
	countryFrom?: string;
}

/** Body that is an array of records (add_record, add_dnc ...): batched over input items. */
export interface RecordsBody {
	/** Fields of one record, for the "define below" mode; input items can also be the records. */
	fields: ParamDef[];
	/** At most this many records per call (wolkvox: 10,000 uploads per call). */
	uploadLimit: number;
	/**
	 * When set, the array is not the body itself but this property of a JSON object body
	 * (e.g. `telephones` in configuration add_dnc, `files` in storage delete_files). Records are
	 * then plain values taken from `valueField` of each record.
	 */
	wrapIn?: string;
	valueField?: string;
	/** When set, the list is sent as one string joined by this separator (remove_record ids). */
	join?: string;
	/**
	 * A batch whose only record is this word (in any case) sends the word itself instead of a
	 * list: remove_dnc `{"telephones": "All"}` empties the do-not-call list.
	 */
	allValue?: string;
	/** The records are the input items only (no "Fields Below" mode): CRM module records. */
	itemsOnly?: boolean;
	/** Body flag set to whether the batch holds more than one record (CRM delete `multiple`). */
	multipleFlag?: string;
	/** CRM: key of each record's ID (`wolkvox-id`); items from a search carry it as `wolkvox_id`. */
	idKey?: string;
}

export interface PagingDef {
	/** Request parameter (query or body, see `in`) that carries the cursor (or the page number). */
	requestParam: string;
	in: ParamLocation;
	/** Dotted path of the next cursor in the response; empty/absent means last page. */
	responsePath: string;
	/**
	 * `page`: numbered pages (CRM): `requestParam` = 1, 2, ... with `sizeParam` rows per page (at most
	 * `maxPageSize`); the last page is the one with fewer rows, or number `responsePath` (total pages).
	 */
	style?: 'cursor' | 'page';
	sizeParam?: string;
	maxPageSize?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * How one node item is executed:
 * - single: one request
 * - paged:  one request per page, following `paging`
 * - range:  the `dateRange` is fetched as one stream of calls of at most `maxDays` each, capped
 *           answers (`rowCap`) continued from their last complete second (core/rangeFetch.ts)
 * - bulk:   the input items are the `records`, sent in batches of at most `uploadLimit`
 */
export type Strategy = 'single' | 'paged' | 'range' | 'bulk';

/** The two date parameters of a range query and the longest range one call accepts (days). */
export interface DateRangeDef {
	start: string;
	end: string;
	maxDays: number;
}

export interface EndpointDef {
	/** Node resource value, e.g. 'report', 'campaign', 'whatsApp'. */
	resource: string;
	/** Report category (only for resource 'report'), e.g. 'calls', 'agents'. */
	group?: string;
	/** Operation value, unique within resource (+group); camelCase English, e.g. 'getCallDetail'. */
	operation: string;
	/** Operation label, e.g. 'Get Call Detail (CDR)'. */
	name: string;
	/** Sentence-case action shown in the node list, e.g. 'Get call detail records'. */
	action: string;
	/**
	 * English, for users and AI agents: what it returns or does, in one short sentence (at most 100
	 * characters; the editor's dropdown cuts longer ones). Limits go into the fields' hints.
	 */
	description: string;
	/** The PHP file under /api/v2/ (reports_manager ...), or 'listenvox'. */
	file: string;
	/** The `api=` value; null for ListenVox. */
	api: string | null;
	/** Full path when it is not /api/v2/{file}.php (ListenVox). */
	path?: string;
	method: HttpMethod;
	params: ParamDef[];
	/**
	 * How the node runs it; stated per entry, never guessed from the other fields. Goes with
	 * `records` (bulk), `paging` (paged) or `dateRange` (range); single has none of the three.
	 */
	strategy: Strategy;
	/** Array body built from records (bulk loads). */
	records?: RecordsBody;
	/** Date range parameters and the longest range one call accepts (days). */
	dateRange?: DateRangeDef;
	/** Rows one call returns at most before wolkvox cuts the rest silently. */
	rowCap?: number;
	/**
	 * Row column holding the row's date-time (default `date`). When a capped answer is sorted by it,
	 * the next call continues from the last second instead of halving the window.
	 */
	dateField?: string;
	/** Dotted path of the rows in the response when it is not `data`. */
	dataPath?: string;
	paging?: PagingDef;
	/** Deletes or disables something: the description says so. */
	destructive?: boolean;
	/** Does not count against the daily token quota (agentbox). */
	quotaFree?: boolean;
	/**
	 * `crm`: the wolkvox CRM (credential wolkvoxCrmApi, its host, `path` without `api=`; the CRM
	 * operation name of the credential is added to every request). Absent: contact-center API v2.
	 */
	service?: 'crm';
	/** A POST that only reads (CRM queries): may be retried, and a 404 means "no data". */
	readOnly?: boolean;
	/** Values always sent in the JSON body (CRM activities: module and type). */
	fixedBody?: Record<string, string | number | boolean>;
	/** CRM: the body object holding module field values; the "Field Types" option nests them. */
	crmFields?: string;
}
