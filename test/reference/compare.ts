/**
 * The static comparison of one catalog entry with its collection request(s): method, path, the
 * parameter names and where they travel (query, JSON body, record keys of array bodies, form
 * fields), and required vs optional where the Spanish description states it.
 *
 * Documented parameters come from two sources:
 * - the example request (query keys, body keys, form fields): name and location;
 * - the description: the names in the tables of its Request section and the names its sentences
 *   make a required/optional statement about: name only, in the URL if the text says so.
 * Keys nested inside a value (WhatsApp template components, CRM phone objects, the records of
 * free-form CRM bodies) are values of one parameter, not parameters.
 */
import type { EndpointDef, ParamDef } from './catalog';
import { label, type CollectionRequest } from './collection';
import { parseDescription, resolve, type RequirementState, type Statement } from './describe';
import { keyOf, type Pair } from './match';

export type Where = 'query' | 'body' | 'form' | 'record';

export type StaticKind =
	| 'method'
	| 'path'
	/** in the example request, not in the catalog */
	| 'missing'
	/** named only by the description (table or a required/optional sentence), not in the catalog */
	| 'missing-described'
	/** in the catalog, documented nowhere */
	| 'extra'
	/** documented in another place (query / body / form / record) */
	| 'location'
	/** the catalog's required flag contradicts what the description states */
	| 'required';

export interface Difference {
	entry: string;
	kind: string;
	/** Parameter name ('' for method and path). Keys inside a body object: `fields.status`. */
	name: string;
	catalog: string;
	collection: string;
}

export const differenceId = (d: { entry: string; kind: string; name: string }) =>
	`${d.entry} | ${d.kind} | ${d.name}`;

/** A parameter as the catalog sends it. */
export interface CatalogParam {
	name: string;
	where: Where;
	required: boolean;
	/** param: an entry parameter; record: a field of each record; list: the array of records
	 * (wrapIn); node-managed: paging, fixed body values, batch flags; credential: CRM operation. */
	origin: 'param' | 'record' | 'list' | 'node-managed' | 'credential';
	param?: ParamDef;
}

/** Records are the input items as they are (CRM module records): their keys are not compared. */
export const freeRecords = (e: EndpointDef) => !!e.records && e.records.fields.length === 0;

export function catalogParams(e: EndpointDef): CatalogParam[] {
	const out: CatalogParam[] = [];
	for (const p of e.params) {
		// `node`: read by the node, never sent; keyFrom: sent under a key the user names (inside a JSON object)
		if (p.in === 'node' || p.keyFrom) continue;
		out.push({
			name: p.inObject ? `${p.inObject}.${p.name}` : p.name,
			where: p.in as Where,
			required: !!p.required,
			origin: 'param',
			param: p,
		});
	}
	const records = e.records;
	if (records) {
		if (records.wrapIn) {
			const required = records.valueField
				? !!records.fields.find((f) => f.name === records.valueField)?.required
				: true;
			out.push({ name: records.wrapIn, where: 'body', required, origin: 'list' });
		}
		if (!records.valueField)
			for (const f of records.fields)
				out.push({
					name: f.name,
					where: 'record',
					required: !!f.required,
					origin: 'record',
					param: f,
				});
		if (records.multipleFlag)
			out.push({
				name: records.multipleFlag,
				where: 'body',
				required: false,
				origin: 'node-managed',
			});
	}
	if (e.paging) {
		const where = (e.method === 'GET' ? 'query' : e.paging.in) as Where;
		for (const name of [e.paging.requestParam, e.paging.sizeParam])
			if (name && !out.some((c) => c.name === name))
				out.push({ name, where, required: false, origin: 'node-managed' });
	}
	for (const name of Object.keys(e.fixedBody ?? {}))
		out.push({ name, where: 'body', required: false, origin: 'node-managed' });
	if (e.service === 'crm')
		out.push({ name: 'operation', where: 'body', required: true, origin: 'credential' });
	return out;
}

/** A parameter as the collection documents it. */
export interface DocParam {
	name: string;
	/** Where the example request(s) carry it; empty when only the description names it. */
	where: Set<Where>;
	/** The description says it goes in the URL. */
	url: boolean;
	statements: Statement[];
	/** Example values (one per request variant that has it). */
	examples: unknown[];
}

export interface Documented {
	params: Map<string, DocParam>;
	/** Group statements of the description (all body fields / the rest). */
	allBody: Statement[];
	rest: Statement[];
	/** Objects of the body whose keys were read as parameters (`fields` of CRM activities). */
	containers: Set<string>;
	/** Keys nested inside example values: not parameters. */
	nested: Set<string>;
	/** Record keys of free-form records (not compared). */
	freeRecordKeys: Set<string>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

function collectKeys(value: unknown, into: Set<string>): void {
	if (Array.isArray(value)) value.forEach((v) => collectKeys(v, into));
	else if (isObject(value))
		for (const [k, v] of Object.entries(value)) {
			into.add(k);
			collectKeys(v, into);
		}
}

/** What one collection request documents, read in the light of the entry's shape. */
export function documented(e: EndpointDef, r: CollectionRequest): Documented {
	const doc: Documented = {
		params: new Map(),
		allBody: [],
		rest: [],
		containers: new Set(),
		nested: new Set(),
		freeRecordKeys: new Set(),
	};
	const add = (name: string, where: Where | undefined, example?: unknown) => {
		let p = doc.params.get(name);
		if (!p)
			doc.params.set(
				name,
				(p = { name, where: new Set(), url: false, statements: [], examples: [] }),
			);
		if (where) {
			p.where.add(where);
			p.examples.push(example);
		}
		return p;
	};
	// Objects whose keys are parameters (CRM activity `fields`), unless the object itself is one
	// (the JSON `fields` of CRM records, which also receives the attachments).
	const containers = new Set(
		e.params
			.filter((p) => p.inObject && !e.params.some((q) => q.name === p.inObject))
			.map((p) => p.inObject!),
	);
	const free = freeRecords(e);
	const recordKeys = (list: unknown[]) => {
		for (const item of list) {
			if (!isObject(item)) continue;
			for (const [k, v] of Object.entries(item)) {
				if (free) doc.freeRecordKeys.add(k);
				else add(k, 'record', v);
				collectKeys(v, doc.nested);
			}
		}
	};

	for (const q of r.query) add(q.name, 'query', q.example).url = true;
	if (r.body.kind === 'form') for (const f of r.body.fields) add(f.key, 'form', undefined);
	if (r.body.kind === 'json') {
		const value = r.body.value;
		if (Array.isArray(value)) recordKeys(value);
		else if (isObject(value)) {
			for (const [k, v] of Object.entries(value)) {
				if (containers.has(k) && isObject(v)) {
					doc.containers.add(k);
					for (const [sub, subValue] of Object.entries(v)) {
						add(`${k}.${sub}`, 'body', subValue);
						collectKeys(subValue, doc.nested);
					}
					continue;
				}
				add(k, 'body', v);
				if (e.records?.wrapIn === k && Array.isArray(v)) recordKeys(v);
				else collectKeys(v, doc.nested);
			}
		}
	}

	// The description: table names and names its sentences make statements about.
	const parsed = parseDescription(r.description);
	doc.allBody = parsed.allBody;
	doc.rest = parsed.rest;
	const target = (name: string) => {
		if (doc.params.has(name)) return doc.params.get(name);
		const inContainer = [...doc.params.values()].filter((p) => p.name.endsWith(`.${name}`));
		return inContainer.length === 1 ? inContainer[0] : undefined;
	};
	// Free-form records (CRM): a name the description adds describes the records' fields.
	const notAParameter = (name: string) =>
		doc.containers.has(name) || (doc.nested.has(name) && !doc.params.has(name)) || free;
	for (const name of parsed.urlKeys) {
		const known = target(name);
		if (known) known.url = true;
		else if (!notAParameter(name)) add(name, undefined).url = true;
	}
	for (const source of [parsed.table, parsed.prose]) {
		for (const described of source.values()) {
			const known = target(described.name);
			const fromTable = source === parsed.table;
			if (!known && notAParameter(described.name)) continue;
			// A sentence that only says "in the URL" about a name nothing else knows is no parameter.
			if (!known && !fromTable && described.statements.length === 0) continue;
			const p = known ?? add(described.name, undefined);
			p.url ||= described.url;
			p.statements.push(...described.statements);
		}
	}
	return doc;
}

/** add_record's two requests (predictive, preview) as one documentation. */
export function mergeDocumented(docs: Documented[]): Documented {
	if (docs.length === 1) return docs[0];
	const merged: Documented = {
		params: new Map(),
		allBody: docs.flatMap((d) => d.allBody),
		rest: docs.flatMap((d) => d.rest),
		containers: new Set(docs.flatMap((d) => [...d.containers])),
		nested: new Set(docs.flatMap((d) => [...d.nested])),
		freeRecordKeys: new Set(docs.flatMap((d) => [...d.freeRecordKeys])),
	};
	for (const doc of docs) {
		for (const p of doc.params.values()) {
			const m = merged.params.get(p.name);
			if (!m)
				merged.params.set(p.name, {
					...p,
					where: new Set(p.where),
					statements: [...p.statements],
					examples: [...p.examples],
				});
			else {
				p.where.forEach((w) => m.where.add(w));
				m.url ||= p.url;
				for (const s of p.statements)
					if (!m.statements.some((x) => x.evidence === s.evidence && x.state === s.state))
						m.statements.push(s);
				m.examples.push(...p.examples);
			}
		}
	}
	return merged;
}

/** required / optional / unknown for one documented parameter, with the words that say it. */
export function requirementOf(
	doc: Documented,
	p: DocParam,
): { state: RequirementState; evidence: string[] } {
	const own = [...p.statements];
	if (p.where.has('body') || p.where.size === 0) own.push(...doc.allBody);
	const bare = p.name.slice(p.name.indexOf('.') + 1);
	own.push(...doc.rest.filter((s) => !s.except?.includes(bare) && !s.except?.includes(p.name)));
	return resolve(own);
}

export interface EntryComparison {
	key: string;
	entry: EndpointDef;
	requests: CollectionRequest[];
	doc: Documented;
	differences: Difference[];
	/** Parameters named only by the description without a location: where they go is not compared. */
	unverifiedLocation: string[];
	/** Catalog parameters whose required flag was compared / could not be (description silent). */
	requiredCompared: number;
	requiredUnknown: number;
}

const whereText = (where: Set<Where>, url: boolean) =>
	where.size > 0 ? [...where].join('+') : url ? 'described, in the URL' : 'described (no location)';

export function compareEntry(pair: Pair): EntryComparison {
	const { entry, requests } = pair;
	const key = keyOf(entry);
	const differences: Difference[] = [];
	const diff = (kind: StaticKind, name: string, catalog: string, collection: string) =>
		differences.push({ entry: key, kind, name, catalog, collection });

	for (const r of requests) {
		if (r.method !== entry.method) diff('method', '', entry.method, `${r.method} (${label(r)})`);
		const path = entry.path ?? `/api/v2/${entry.file}.php`;
		if (r.path !== path) diff('path', '', path, r.path);
	}

	const doc = mergeDocumented(requests.map((r) => documented(entry, r)));
	const used = new Set<string>();
	const unverifiedLocation: string[] = [];
	let requiredCompared = 0;
	let requiredUnknown = 0;

	for (const c of catalogParams(entry)) {
		let d = doc.params.get(c.name);
		// `fields.tipifycation_code` is what a table names `tipifycation_code`
		if (!d && c.name.includes('.')) {
			const bare = doc.params.get(c.name.slice(c.name.indexOf('.') + 1));
			if (bare && bare.where.size === 0) d = bare;
		}
		if (c.origin === 'credential') {
			if (d) used.add(d.name);
			continue;
		}
		if (!d) {
			if (c.origin !== 'node-managed')
				diff('extra', c.name, `${c.where}${c.required ? ', required' : ''}`, 'not documented');
			continue;
		}
		used.add(d.name);
		if (d.where.size > 0) {
			if (!d.where.has(c.where)) diff('location', c.name, c.where, whereText(d.where, d.url));
		} else if (d.url) {
			if (c.where !== 'query') diff('location', c.name, c.where, 'described, in the URL');
		} else unverifiedLocation.push(c.name);
		if (c.origin === 'node-managed') continue;
		const requirement = requirementOf(doc, d);
		if (requirement.state === 'unknown') {
			requiredUnknown++;
			continue;
		}
		requiredCompared++;
		if ((requirement.state === 'required') !== c.required)
			diff(
				'required',
				c.name,
				c.required ? 'required' : 'optional',
				`${requirement.state}: ${requirement.evidence.join(' / ')}`,
			);
	}
	for (const d of doc.params.values()) {
		if (used.has(d.name)) continue;
		if (d.where.size > 0) diff('missing', d.name, 'not in the catalog', whereText(d.where, d.url));
		else
			diff(
				'missing-described',
				d.name,
				'not in the catalog',
				`${whereText(d.where, d.url)}${d.statements.length ? `; ${resolve(d.statements).state}: ${d.statements.map((s) => s.evidence).join(' / ')}` : ''}`,
			);
	}
	return {
		key,
		entry,
		requests,
		doc,
		differences,
		unverifiedLocation,
		requiredCompared,
		requiredUnknown,
	};
}
