/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The simulator learns every endpoint of the catalog: right method, required parameters where they
 * travel (400 SOME PARAMETERS ARE REQUIRED like wolkvox), date ranges, upload limits, and an answer
 * shaped like the vendor's example (test/simulator/examples.json, see scripts/extract-examples.ts).
 * Hand-written handlers in server.ts keep priority: entries already registered are left alone.
 */
import * as fs from 'fs';
import * as path from 'path';

import { ENDPOINTS, type EndpointDef, type ParamDef } from '../../core/catalog';
import {
	badRequest,
	checkRange,
	envelope,
	MAX_DAYS,
	type Handler,
	type SimAnswer,
	type SimRequest,
	type WolkvoxSimulator,
} from './server';

/** The node's catalog: every endpoint the simulator answers. */
export const CATALOG: EndpointDef[] = ENDPOINTS.filter((e) => e.service !== 'crm'); // the CRM has its own simulator (crm.ts)

export interface Example {
	method: string;
	status: number;
	body: unknown;
}

/** `file.api` as the simulator dispatches it (ListenVox: `listenvox.`). */
export const simKey = (def: Pick<EndpointDef, 'file' | 'api'>): string =>
	`${def.file}.${def.api ?? ''}`;

let examplesCache: Record<string, Example> | undefined;
export function loadExamples(): Record<string, Example> {
	examplesCache ??= JSON.parse(
		fs.readFileSync(path.join(__dirname, 'examples.json'), 'utf8'),
	) as Record<string, Example>;
	return examplesCache;
}

export const DEFAULT_STATUS: Record<string, number> = {
	GET: 200,
	POST: 201,
	PUT: 202,
	DELETE: 202,
};
export const STORAGE_FILE_COUNT = 25;

export const methodNotAllowed = (): SimAnswer => ({
	status: 405,
	body: { code: '405', error: 'Method Not Allowed', msg: 'METHOD NOT ALLOWED' },
});
export const tooManyRecords = (limit: number): SimAnswer =>
	badRequest(`THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS ${limit}`);

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

function present(v: unknown): boolean {
	if (v === undefined || v === null) return false;
	if (typeof v === 'string') return v.trim() !== '';
	if (Array.isArray(v)) return v.length > 0;
	return true;
}

/**
 * The value of a parameter where it travels. GET body parameters arrive as query parameters (n8n
 * drops GET bodies, so the node sends them in the query string).
 */
export function paramValue(
	req: SimRequest,
	param: Pick<ParamDef, 'name' | 'in' | 'singleName'>,
	method: string,
): unknown {
	switch (param.in) {
		case 'query':
			return req.query[param.name];
		case 'body': {
			const fromBody = isObject(req.body) ? req.body[param.name] : undefined;
			if (present(fromBody) || method !== 'GET') return fromBody;
			return req.query[param.name];
		}
		case 'form': {
			// upload_files: one file as `file` (singleName), one or more as `file[]`
			const field = req.form?.find(
				(f) => f.name === param.name || (param.singleName && f.name === param.singleName),
			);
			if (!field) return undefined;
			return field.fileName !== undefined ? (field.size > 0 ? field : undefined) : field.value;
		}
	}
	return undefined; // 'node' parameters steer the node and are never sent
}

/** The records of an array body (or of its `wrapIn` key); undefined when the shape is wrong. */
function recordsOf(def: EndpointDef, req: SimRequest): unknown[] | undefined {
	const records = def.records!;
	if (!records.wrapIn) return Array.isArray(req.body) ? req.body : undefined;
	const value = isObject(req.body) ? req.body[records.wrapIn] : undefined;
	if (Array.isArray(value)) return value;
	if (typeof value === 'string' && value.trim() !== '') {
		return value
			.split(records.join ?? ',')
			.map((v) => v.trim())
			.filter(Boolean);
	}
	return undefined;
}

/** 400 SOME PARAMETERS ARE REQUIRED when a required parameter or the records are missing. */
function checkRequired(def: EndpointDef, req: SimRequest): SimAnswer | undefined {
	for (const param of def.params) {
		if (param.required && !present(paramValue(req, param, def.method))) return badRequest();
	}
	if (!def.records) return undefined;
	const records = recordsOf(def, req);
	if (!records || records.length === 0) return badRequest();
	const required = def.records.fields.filter((f) => f.required);
	for (const record of records) {
		if (isObject(record)) {
			if (required.some((f) => !present(record[f.name]))) return badRequest();
		} else if (!present(record)) {
			return badRequest();
		}
	}
	return undefined;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
	const keys = dotted.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (!isObject(node[key])) node[key] = {};
		node = node[key] as Record<string, unknown>;
	}
	node[keys[keys.length - 1]] = value;
}

function exampleAnswer(def: EndpointDef, example: Example | undefined): SimAnswer {
	if (!example) {
		const status = DEFAULT_STATUS[def.method] ?? 200;
		return def.method === 'GET'
			? envelope(status, '1 records were found', [])
			: envelope(status, 'The request has been processed successfully');
	}
	return { status: example.status || DEFAULT_STATUS[def.method] || 200, body: clone(example.body) };
}

/** campaign add_record: stores the records per campaign and answers how many were added. */
function addRecords(sim: WolkvoxSimulator, req: SimRequest): SimAnswer {
	const records = (req.body as unknown[]).map((r) => (isObject(r) ? { ...r } : { value: r }));
	const campaignId = String(req.query.campaign_id);
	const stored = sim.campaigns.get(campaignId) ?? [];
	stored.push(...records);
	sim.campaigns.set(campaignId, stored);
	return envelope(201, 'All records has been added successfully', [
		{ total_registers: String(records.length) },
	]);
}

/** A deterministic folder of STORAGE_FILE_COUNT files. */
export function storageFiles(
	template: Record<string, unknown> = {},
): Array<Record<string, string>> {
	const kinds = [
		['png', 'image/png'],
		['pdf', 'application/pdf'],
		['wav', 'audio/wav'],
		['csv', 'text/csv'],
		['mp3', 'audio/mpeg'],
	];
	return Array.from({ length: STORAGE_FILE_COUNT }, (_, i) => {
		const [ext, contentType] = kinds[i % kinds.length];
		const name = `file_${String(i + 1).padStart(2, '0')}.${ext}`;
		const row: Record<string, string> = {};
		for (const key of Object.keys(template)) row[key] = String(template[key] ?? '');
		return Object.assign(row, {
			name,
			file_name: name,
			contentType,
			id: `wvox-sim/${name}/${1714557600000000 + i * 1000}`,
			updated: `2024-05-${String((i % 28) + 1).padStart(2, '0')} 10:00:00`,
			isDirectory: 'false',
			size: ((i + 1) * 0.01).toFixed(2),
		});
	});
}

export const pageToken = (offset: number): string =>
	Buffer.from(`offset:${offset}`).toString('base64');
function pageOffset(token: string): number | undefined {
	const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
	return match ? Number(match[1]) : undefined;
}

/** storage list_files: cursor paging with `limit` and `page_token`. */
function listFiles(def: EndpointDef, req: SimRequest, example: Example | undefined): SimAnswer {
	const paging = def.paging!;
	const limitRaw = paramValue(req, { name: 'limit', in: 'body' }, def.method);
	const limit = present(limitRaw) ? Number(limitRaw) : 150;
	if (!Number.isInteger(limit) || limit < 1)
		return badRequest('THE LIMIT MUST BE A POSITIVE INTEGER');
	const token = paramValue(req, { name: paging.requestParam, in: paging.in }, def.method);
	let offset = 0;
	if (present(token)) {
		const decoded = pageOffset(String(token));
		if (decoded === undefined || decoded > STORAGE_FILE_COUNT)
			return badRequest('INVALID PAGE TOKEN');
		offset = decoded;
	}
	const base = isObject(example?.body) ? (example!.body as Record<string, unknown>) : {};
	const items = (base.data as { items?: unknown[] } | undefined)?.items;
	const files = storageFiles(isObject(items?.[0]) ? (items![0] as Record<string, unknown>) : {});
	const page = files.slice(offset, offset + limit);
	const next = offset + limit < files.length ? pageToken(offset + limit) : null;
	const body: Record<string, unknown> = {
		code: '200',
		error: null,
		msg: 'OK',
		data: { items: page, pagination: { limit: String(limit) } },
	};
	setPath(body, paging.responsePath, next);
	return { status: 200, body };
}

export function catalogHandler(def: EndpointDef, example: Example | undefined): Handler {
	const key = simKey(def);
	return (sim, req) => {
		if (req.method !== def.method) return methodNotAllowed();
		const missing = checkRequired(def, req);
		if (missing) return missing;
		if (def.dateRange) {
			const { start, end, maxDays } = def.dateRange;
			const param = (name: string) =>
				def.params.find((p) => p.name === name) ?? { name, in: 'query' as const };
			const range = checkRange(
				{
					date_ini: String(paramValue(req, param(start), def.method) ?? ''),
					date_end: String(paramValue(req, param(end), def.method) ?? ''),
				},
				maxDays || MAX_DAYS,
			);
			if (!Array.isArray(range)) return range;
		}
		if (def.records) {
			const count = recordsOf(def, req)?.length ?? 0;
			if (count > def.records.uploadLimit) return tooManyRecords(def.records.uploadLimit);
		}
		if (key === 'campaign.add_record') return addRecords(sim, req);
		if (key === 'wolkvox_storage.list_files' && def.paging) return listFiles(def, req, example);
		return exampleAnswer(def, example);
	};
}

/** Registers a handler for every catalog entry that has no hand-written one; returns the keys added. */
export function registerCatalogHandlers(sim: WolkvoxSimulator): string[] {
	const examples = loadExamples();
	const added: string[] = [];
	for (const def of CATALOG) {
		const key = simKey(def);
		if (sim.handlers.has(key)) continue;
		sim.handlers.set(key, catalogHandler(def, examples[key]));
		added.push(key);
	}
	return added;
}
