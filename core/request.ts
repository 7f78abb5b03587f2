/** One wolkvox request as data, and the HTTP call it becomes. */
import type { IDataObject } from 'n8n-workflow';

import type { HttpMethod } from './catalog';
import { encodeMultipart, type MultipartPart } from './multipart';
import { clip, ECHO_LIMIT } from './reports';

export interface WolkvoxRequest {
	method: HttpMethod;
	/** PHP file under /api/v2/ (reports_manager ...), ignored when `path` is set. */
	file: string;
	api?: string | null;
	path?: string;
	qs?: IDataObject;
	/** JSON body (object or array). Not sent with GET: n8n drops GET bodies. */
	body?: unknown;
	multipart?: MultipartPart[];
	/** A POST that only reads (CRM queries): retried like a GET, and a 404 means "no data". */
	readOnly?: boolean;
}

/** What the adapter hands to n8n's request helper (plus the credential and the abort signal). */
export interface HttpCall {
	method: HttpMethod;
	url: string;
	qs: IDataObject;
	headers: Record<string, string>;
	body?: string | Buffer;
	timeoutMs: number;
}

function requestPath(req: WolkvoxRequest): string {
	return req.path ?? `/api/v2/${req.file}.php`;
}

/** Requests that may be repeated after an unclear answer, and whose 404 means "no data". */
export function isQuery(req: WolkvoxRequest): boolean {
	return req.method === 'GET' || req.readOnly === true;
}

/** A JSON body as echoed in messages: long strings clipped inside, the whole at most 400 characters. */
function bodyEcho(body: unknown): string {
	const json = JSON.stringify(body, (_key, value: unknown) =>
		typeof value === 'string' ? clip(value) : value,
	);
	return clip(json ?? '', 2 * ECHO_LIMIT);
}

/** "GET /api/v2/x.php?api=y&a=b" plus a short body summary, for error descriptions (values clipped). */
export function describeRequest(req: WolkvoxRequest): string {
	const pairs = Object.entries({ ...(req.api ? { api: req.api } : {}), ...(req.qs ?? {}) }).map(
		([key, value]) => {
			const text = String(value);
			const shown = new URLSearchParams([[key, text.slice(0, ECHO_LIMIT)]]).toString();
			return `${shown}${clip(text).slice(ECHO_LIMIT)}`;
		},
	);
	let text = `${req.method} ${requestPath(req)}${pairs.length ? `?${pairs.join('&')}` : ''}`;
	if (Array.isArray(req.body)) text += ` with a body of ${req.body.length} record(s)`;
	else if (req.body !== undefined) text += ` with body ${bodyEcho(req.body)}`;
	if (req.multipart)
		text += ` with form fields ${req.multipart.map((part) => part.name).join(', ')}`;
	return text;
}

/** CRM: the operation name travels with every request (form field, JSON body or query). */
export function withCrmOperation(
	req: WolkvoxRequest,
	operation: string | undefined,
): WolkvoxRequest {
	const key = 'operation';
	if (!operation) return req;
	if (req.multipart) {
		return req.multipart.some((p) => p.name === key)
			? req
			: { ...req, multipart: [{ name: key, value: operation }, ...req.multipart] };
	}
	if (req.body !== null && typeof req.body === 'object' && !Array.isArray(req.body)) {
		return { ...req, body: { operation, ...(req.body as IDataObject) } };
	}
	return { ...req, qs: { operation, ...(req.qs ?? {}) } };
}

/** The HTTP call for `req` on `baseUrl`: query with `api=`, JSON or multipart body (never with GET). */
export function toHttpCall(baseUrl: string, req: WolkvoxRequest, timeoutMs: number): HttpCall {
	const call: HttpCall = {
		method: req.method,
		url: `${baseUrl}${requestPath(req)}`,
		qs: { ...(req.api ? { api: req.api } : {}), ...(req.qs ?? {}) },
		headers: { Accept: 'application/json' },
		timeoutMs,
	};
	if (req.multipart) {
		const { body, contentType } = encodeMultipart(req.multipart);
		call.body = body;
		call.headers['Content-Type'] = contentType;
	} else if (req.body !== undefined && req.method !== 'GET') {
		call.body = JSON.stringify(req.body);
		call.headers['Content-Type'] = 'application/json';
	}
	return call;
}
