/**
 * The wire comparison: each catalog operation is given the values of its collection example and
 * run through the real node; the request the simulator received is compared with the example
 * request (method, path, query, JSON body, form fields).
 *
 * Normalisation (each is a rule, not a guess):
 * - a Postman variable (`{{date_ini}}`) is "some value": the node is given a valid sample and any
 *   value on the wire matches;
 * - a redacted value (`65xx`, `192.xxx.x.xxx`) is "some value" where the node validates it
 *   (integers, dates, options, patterns), else it is sent and compared as it is;
 * - a blank example value (`""`) of an optional parameter means "not set": the node is not given
 *   it and the key may be missing on the wire; a required one gets a sample value;
 * - dates compare as the wall time they name (`2024-05-23 00:00` = `20240523000000`);
 * - the CRM `operation` comes from the credential: its value is not compared;
 * - form fields carry no values in the collection: names and file-ness are compared.
 * Numbers and strings are not normalised: `1` and `"1"` are a difference.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { LoggedRequest } from '../simulator/server';
import { fieldName, type EndpointDef, type ParamDef } from './catalog';
import { isVariable, type CollectionRequest, type FormField } from './collection';
import type { Difference } from './compare';
import { keyOf } from './match';

export type WireKind =
	| 'wire-not-sent'
	| 'wire-method'
	| 'wire-path'
	| 'wire-query-missing'
	| 'wire-query-extra'
	| 'wire-query-value'
	| 'wire-body-missing'
	| 'wire-body-extra'
	| 'wire-body-value'
	| 'wire-form-missing'
	| 'wire-form-extra'
	| 'wire-form-kind';

/** Any value matches. */
export const ANY = Symbol('any value');
/** Not set: may be missing; when present, any value matches. */
export const UNSET = Symbol('not set');
type Expected = unknown;

export interface WireCase {
	/** Entry key, or `key with name="value"` for a documented value. */
	id: string;
	entry: EndpointDef;
	request: CollectionRequest;
	parameters: IDataObject;
	items: INodeExecutionData[];
	timezone?: string;
	expected: {
		method: string;
		path: string;
		query: Record<string, Expected>;
		body: Expected;
		form?: Array<{ name: string; file: boolean }>;
	};
	/** Parameters given a sample because the example had no usable value. */
	substituted: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);
const isBlank = (v: unknown): boolean =>
	v === undefined ||
	v === null ||
	(typeof v === 'string' && v.trim() === '') ||
	(Array.isArray(v) && v.every(isBlank));
const isRedacted = (v: unknown) => typeof v === 'string' && /xx/i.test(v);

export const RANGE = { start: '2024-05-01T08:00:00', end: '2024-05-01T08:10:00' };
const DATE = '2024-05-01T08:00:00';
/** Strings that satisfy the catalog's patterns (times, passwords, IPs, DTMF, template names). */
const PATTERN_SAMPLES = [
	'080000',
	'08:00:00',
	'Secret1!',
	'203.0.113.10',
	'12#',
	'order_update_1',
	'sample',
];

/** A valid value for a parameter whose example has none. */
function sample(entry: EndpointDef, p: ParamDef): unknown {
	if (entry.dateRange?.start === p.name) return RANGE.start;
	if (entry.dateRange?.end === p.name) return RANGE.end;
	switch (p.kind) {
		case 'integer':
			return '12';
		case 'options':
			return p.options!.find((o) => o.value !== '')!.value;
		case 'date':
			return DATE;
		case 'list':
			return 'a, b';
		case 'boolean':
			return true;
		case 'json':
			try {
				return JSON.parse(p.placeholder ?? '');
			} catch {
				return { key: 'value' };
			}
		case 'binary':
			return 'data';
		default: {
			if (!p.pattern) return 'sample';
			const re = new RegExp(p.pattern);
			const value = PATTERN_SAMPLES.find((s) => re.test(s));
			if (!value) throw new Error(`no sample for pattern ${p.pattern} of ${p.name}`);
			return value;
		}
	}
}

/** How a user types the example value into the node's field. */
function toInput(p: ParamDef, value: unknown): unknown {
	if (p.crmType && isObject(value)) {
		// the node's field takes the plain value and nests it: "+57 3000000001", "a, b"
		if (p.crmType === 'phone') return `${value.code ? `+${value.code} ` : ''}${value.value}`;
		return Array.isArray(value.value) ? value.value.join(', ') : String(value.value);
	}
	switch (p.kind) {
		case 'integer':
			return p.lookup ? { __rl: true, mode: 'id', value: String(value) } : String(value);
		case 'boolean':
			return value === true || value === 'true';
		case 'list':
			return Array.isArray(value) ? value.map(String).join(', ') : String(value);
		case 'json':
			return typeof value === 'string' ? value : JSON.stringify(value);
		default:
			return typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
}

const validated = (p: ParamDef) =>
	['integer', 'date', 'options'].includes(p.kind) || p.pattern !== undefined;

/** A CRM attachment of the example: `<a href='data:{mime};base64,{data}' download='{name}'>...`. */
function attachmentFile(value: unknown) {
	const text = Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '');
	const m = /data:([^;'"]+);base64,([A-Za-z0-9+/=]+)/.exec(text);
	if (!m) return undefined;
	const name = /download='([^']*)'/.exec(text)?.[1] ?? /alt='([^']*)'/.exec(text)?.[1];
	return { data: m[2], mimeType: m[1], fileName: name ?? 'file' };
}

const FILE = {
	data: Buffer.from('RIFF....WAVEfmt sample audio').toString('base64'),
	mimeType: 'audio/wav',
	fileName: 'call.wav',
};

/** One documented value instead of the example's: a query or body value, or the form fields. */
export type Override =
	| { where: 'query' | 'body'; name: string; value: unknown }
	| { where: 'form'; fields: FormField[] };

const overrideLabel = (o: Override) =>
	o.where === 'form'
		? `form ${o.fields.map((f) => `${f.key} (${f.type})`).join(', ')}`
		: `${o.name}=${JSON.stringify(o.value)}`;

/**
 * The node parameters and input items that carry the example's values, and the request the
 * example says must go out. `override` replaces one example value (documented values).
 */
export function buildCase(
	entry: EndpointDef,
	request: CollectionRequest,
	override?: Override,
): WireCase {
	const query: Record<string, unknown> = Object.fromEntries(
		request.query.map((q) => [q.name, q.example]),
	);
	let body: unknown =
		request.body.kind === 'json' ? structuredClone(request.body.value) : undefined;
	const exact = new Set<string>(); // values an override sets: blank means blank
	let form = request.body.kind === 'form' ? request.body.fields : [];
	if (override?.where === 'form') form = override.fields;
	else if (override) {
		if (override.where === 'query') query[override.name] = override.value;
		else {
			if (!isObject(body)) body = {};
			(body as Record<string, unknown>)[override.name] = override.value;
		}
		exact.add(override.name);
	}
	const bodyObject = isObject(body) ? body : {};

	const parameters: IDataObject = { resource: entry.resource, operation: entry.operation };
	if (entry.group) parameters.reportGroup = entry.group;
	const additional: IDataObject = {};
	const substituted: string[] = [];
	const binary: INodeExecutionData['binary'] = { data: { ...FILE } };
	// what the example's values become on the wire (ANY / UNSET where the value is not comparable)
	const expQuery: Record<string, Expected> = { ...query };
	const expBody: Expected = structuredClone(body);
	const setExpected = (p: ParamDef, value: Expected) => {
		if (p.name in expQuery) expQuery[p.name] = value;
		const target = p.inObject ? (expBody as Record<string, unknown>)?.[p.inObject] : expBody;
		if (isObject(target) && p.name in target) target[p.name] = value;
	};

	const give = (p: ParamDef, input: unknown) => {
		if (p.required || p.alwaysShow) parameters[fieldName(p)] = input as IDataObject[string];
		else additional[fieldName(p)] = input as IDataObject[string];
	};
	const attachmentKey = (container: unknown) =>
		isObject(container)
			? Object.keys(container).find((k) => attachmentFile(container[k]) !== undefined)
			: undefined;

	for (const p of entry.params) {
		if (entry.paging?.requestParam === p.name && !(p.name in query) && !(p.name in bodyObject))
			continue;
		if (p.kind === 'binary') {
			const source = p.inObject ? bodyObject[p.inObject] : bodyObject;
			const key = p.keyFrom ? attachmentKey(source) : p.name;
			const file = key && isObject(source) ? attachmentFile(source[key]) : undefined;
			if (file) binary.data = file;
			// as many files as the example's form has fields of this name (storage: file[] twice)
			const count = form.filter((f) => f.key === p.name).length;
			for (let i = 2; i <= count; i++) binary[`data${i}`] = { ...FILE, fileName: `call${i}.wav` };
			const names = [
				'data',
				...Array.from({ length: Math.max(0, count - 1) }, (_, i) => `data${i + 2}`),
			];
			if (file !== undefined || count > 0 || p.required) give(p, names.join(', '));
			continue;
		}
		if (p.in === 'node') {
			// a node-only value named by where it ends up (`phone.country` inside `fields`), or the
			// name of the field holding the attachments
			const container = p.inObject ? bodyObject[p.inObject] : bodyObject;
			const nested = p.name
				.split('.')
				.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), container);
			const files = entry.params.find((q) => q.keyFrom === p.name);
			const key = files
				? attachmentKey(files.inObject ? bodyObject[files.inObject] : bodyObject)
				: undefined;
			if (key) give(p, key);
			else if (p.name.includes('.') && nested !== undefined && !isBlank(nested))
				give(p, toInput(p, nested));
			else if (p.required) {
				give(p, toInput(p, sample(entry, p)));
				substituted.push(p.name);
			}
			continue;
		}
		const container = p.inObject ? bodyObject[p.inObject] : bodyObject;
		const present =
			p.name in query
				? { value: query[p.name] }
				: isObject(container) && p.name in container
					? { value: container[p.name] }
					: form.some((f) => f.key === p.name)
						? { value: undefined } // a form field: no value in the collection
						: undefined;
		let value = present?.value;
		if (p.kind === 'json' && p.name === 'fields' && isObject(value)) {
			// the attachments field is filled from the binary files, not from the JSON
			const key = attachmentKey(value);
			if (key && entry.params.some((q) => q.keyFrom)) {
				value = { ...value };
				delete (value as Record<string, unknown>)[key];
			}
		}
		const blankMeansBlank = exact.has(p.name);
		if (present && p.in === 'form' && present.value === undefined) {
			// the example sends the field; the collection keeps no form values
			give(p, toInput(p, sample(entry, p)));
			substituted.push(p.name);
			continue;
		}
		if (!present) {
			if (p.required) {
				give(p, toInput(p, sample(entry, p)));
				substituted.push(p.name);
			}
			continue;
		}
		if (blankMeansBlank) {
			give(p, toInput(p, value));
			continue;
		}
		if (isBlank(value) && !isVariable(value)) {
			if (p.required) {
				give(p, toInput(p, sample(entry, p)));
				substituted.push(p.name);
				setExpected(p, ANY);
			} else setExpected(p, UNSET);
			continue;
		}
		if (isVariable(value) || (isRedacted(value) && validated(p))) {
			give(p, toInput(p, sample(entry, p)));
			substituted.push(p.name);
			setExpected(p, ANY);
			continue;
		}
		give(p, toInput(p, value));
	}
	if (Object.keys(additional).length > 0) parameters.additionalFields = additional;

	// Records: the example's array (the body, or its `wrapIn` property) becomes the input items.
	let items: INodeExecutionData[] = [{ json: {}, binary }];
	const records = entry.records;
	if (records) {
		const list = records.wrapIn ? bodyObject[records.wrapIn] : body;
		const values = Array.isArray(list)
			? list
			: records.join && typeof list === 'string'
				? list.split(records.join)
				: list === undefined
					? []
					: [list];
		items = values.map((v) => ({
			json: records.valueField ? { [records.valueField]: v as string } : (v as IDataObject),
		}));
		if (!records.itemsOnly) parameters.recordsFrom = 'items';
	}

	const options: IDataObject = {};
	const dates = [...entry.params, ...(entry.records?.fields ?? [])].some((p) => p.kind === 'date');
	if (dates) options.timezone = 'UTC';
	if (Object.keys(options).length > 0) parameters.options = options;
	if (entry.paging) {
		parameters.returnAll = false;
		const limit = Number(bodyObject.limit ?? query.limit);
		parameters.limit = Number.isFinite(limit) && limit > 0 ? limit : 1;
	}
	if (entry.service === 'crm') {
		if ('operation' in expQuery) expQuery.operation = ANY;
		if (isObject(expBody) && 'operation' in expBody) expBody.operation = ANY;
	}
	return {
		id: override ? `${keyOf(entry)} with ${overrideLabel(override)}` : keyOf(entry),
		entry,
		request,
		parameters,
		items,
		timezone: dates ? 'UTC' : undefined,
		expected: {
			method: request.method,
			path: request.path,
			query: expQuery,
			body: expBody,
			form:
				request.body.kind === 'form' || override?.where === 'form'
					? form.map((f) => ({ name: f.key, file: f.type === 'file' }))
					: undefined,
		},
		substituted,
	};
}

/** `20240523000000`, `2024-05-23 00:00`, `2024-05-23 00:00:00` as one wall time; else undefined. */
function wallTime(v: unknown): string | undefined {
	if (typeof v !== 'string') return undefined;
	if (/^\d{14}$/.test(v)) return v;
	const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v.trim());
	return m ? `${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6] ?? '00'}` : undefined;
}

const show = (v: unknown): string => {
	if (v === ANY) return '(any value)';
	if (v === UNSET) return '(not set)';
	if (v === undefined) return '(nothing)';
	const text = JSON.stringify(v);
	return text.length > 160
		? `${text.slice(0, 100)}...${text.slice(-50)} (${text.length} chars)`
		: text;
};

function compareValue(
	expected: Expected,
	actual: unknown,
	path: string,
	diff: (kind: WireKind, name: string, node: string, collection: string) => void,
	where: 'body' | 'query',
): void {
	if (expected === ANY || expected === UNSET || isVariable(expected)) return;
	if (isObject(expected) && isObject(actual)) {
		for (const [k, v] of Object.entries(expected)) {
			const sub = path ? `${path}.${k}` : k;
			if (!(k in actual)) {
				if (v !== UNSET) diff(`wire-${where}-missing`, sub, '(not sent)', show(v));
			} else compareValue(v, actual[k], sub, diff, where);
		}
		for (const k of Object.keys(actual))
			if (!(k in expected))
				diff(
					`wire-${where}-extra`,
					path ? `${path}.${k}` : k,
					show(actual[k]),
					'(not in the example)',
				);
		return;
	}
	if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
		expected.forEach((v, i) => compareValue(v, actual[i], `${path}[${i}]`, diff, where));
		return;
	}
	const same =
		expected === actual ||
		(wallTime(expected) !== undefined && wallTime(expected) === wallTime(actual));
	if (!same) diff(`wire-${where}-value`, path, show(actual), show(expected));
}

/**
 * The differences between what the node sent and the example. `explained` are names the static
 * comparison already lists for this entry (missing / extra / location): not repeated here.
 */
export function compareWire(
	c: WireCase,
	sent: LoggedRequest | undefined,
	error: string | undefined,
	explained: Set<string>,
): Difference[] {
	const out: Difference[] = [];
	const covered = (name: string) => {
		const bare = name.replace(/^\[\d+\]\.?/, '');
		return [...explained].some(
			(s) => bare === s || bare.startsWith(`${s}.`) || bare.startsWith(`${s}[`),
		);
	};
	const diff = (kind: WireKind, name: string, node: string, collection: string) => {
		if (name && covered(name)) return;
		const d = { entry: c.id, kind, name, catalog: node, collection };
		if (!out.some((x) => x.kind === d.kind && x.name === d.name)) out.push(d);
	};
	if (!sent) {
		diff('wire-not-sent', '', error ?? 'no request and no error', 'the example request');
		return out;
	}
	if (sent.method !== c.expected.method) diff('wire-method', '', sent.method, c.expected.method);
	if (sent.path !== c.expected.path) diff('wire-path', '', sent.path, c.expected.path);
	// (the simulator logs the CRM operation's file name as `api`; the CRM has no api= parameter)
	if (c.request.service === 'v2' && sent.api !== c.request.api)
		diff('wire-query-value', 'api', sent.api, String(c.request.api));
	compareValue(c.expected.query, sent.query, '', diff, 'query');
	if (c.expected.form) {
		const got = sent.form ?? [];
		for (const f of c.expected.form) {
			const part = got.find((g) => g.name === f.name);
			if (!part) diff('wire-form-missing', f.name, '(not sent)', f.file ? 'file' : 'text');
			else if ((part.fileName !== undefined) !== f.file)
				diff(
					'wire-form-kind',
					f.name,
					part.fileName !== undefined ? 'file' : 'text',
					f.file ? 'file' : 'text',
				);
		}
		for (const g of got)
			if (!c.expected.form.some((f) => f.name === g.name))
				diff(
					'wire-form-extra',
					g.name,
					g.fileName !== undefined ? 'file' : 'text',
					'(not in the example)',
				);
	} else if (sent.form) {
		for (const g of sent.form)
			diff('wire-form-extra', g.name, 'form field', '(the example sends no form)');
	}
	const expectedBody = c.expected.body;
	if (expectedBody === undefined && sent.body !== undefined) {
		if (isObject(sent.body))
			for (const [k, v] of Object.entries(sent.body))
				diff('wire-body-extra', k, show(v), '(the example sends no body)');
		else diff('wire-body-extra', '', show(sent.body), '(the example sends no body)');
	} else if (expectedBody !== undefined) {
		if (sent.body === undefined && isObject(expectedBody)) {
			for (const [k, v] of Object.entries(expectedBody))
				if (v !== UNSET) diff('wire-body-missing', k, '(not sent)', show(v));
		} else compareValue(expectedBody, sent.body, '', diff, 'body');
	}
	return out;
}

/** Values the descriptions document that no example request shows, each run like an example. */
export const DOCUMENTED_VALUES: Array<{ entry: string; override: Override; quote: string }> = [
	{
		entry: 'campaign.update',
		override: { where: 'body', name: 'skill_id', value: 'VAGENT' },
		quote:
			'edit_campaign: "skill_id | ID del skill o cola de agentes asociada a la campaña. También acepta "VAGENT"."',
	},
	{
		entry: 'report.skills.getServiceLevelBySkill',
		override: { where: 'query', name: 'skill_id', value: 'all' },
		quote:
			'skill_1: "Esta API puede recibir el parámetro skill_id=all para obtener la data de todos los skills"',
	},
	{
		entry: 'realTime.getSkillStatus',
		override: { where: 'query', name: 'skill_id', value: 'all' },
		quote:
			'real_time skills: "Puede recibir el parámetro “all” para obtener la data de todos los skills"',
	},
	{
		entry: 'agent.changeStatus',
		override: { where: 'query', name: 'status', value: 'ready' },
		quote: 'change_status: "Para los estados predeterminados puedes enviar “ready” o “logout”"',
	},
	{
		entry: 'agent.changeStatus',
		override: { where: 'query', name: 'status', value: 'logout' },
		quote: 'change_status: "Para los estados predeterminados puedes enviar “ready” o “logout”"',
	},
	{
		entry: 'configuration.removeDoNotCallNumbers',
		override: { where: 'body', name: 'telephones', value: 'All' },
		quote:
			'remove_dnc: "El campo “telephones” puede recibir el parámetro “All” si deseas eliminar todos los registros DNC agregados previamente: { “telephones”: “All” }"',
	},
	{
		entry: 'storage.uploadFiles',
		override: { where: 'form', fields: [{ key: 'file', type: 'file' }] },
		quote:
			'upload_files: "Para cargar un solo archivo, el campo del formulario debe llamarse: file"',
	},
	{
		entry: 'configuration.createAgent',
		override: { where: 'body', name: 'agent_pass', value: '' },
		quote:
			'create_agent: "El campo para asignar una contraseña “agent_pass”: “” puede permanecer vacío y el sistema asignará una contraseña aleatoria."',
	},
	{
		entry: 'configuration.updateAgent',
		override: { where: 'body', name: 'agent_pass', value: '' },
		quote:
			'edit_agent: "El campo para asignar una contraseña “agent_pass”: “” puede permanecer vacío y el sistema asignará una contraseña aleatoria."',
	},
];
