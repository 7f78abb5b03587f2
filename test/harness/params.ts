/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/** Parameter builders for the API Request operation, and small helpers shared by engine tests. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { envelope, type WolkvoxSimulator } from '../simulator/server';

export interface ApiRequestParams {
	family?: string;
	customFamily?: string;
	api: string;
	method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
	query?: Record<string, string>;
	body?: unknown;
	options?: IDataObject;
}

/** Node parameters of Resource "API Request", Operation "Send Request". */
export function apiRequest(p: ApiRequestParams): IDataObject {
	const params: IDataObject = {
		resource: 'apiRequest',
		operation: 'send',
		family: p.family ?? 'information',
		api: p.api,
		method: p.method ?? 'GET',
	};
	if (p.customFamily) params.customFamily = p.customFamily;
	if (p.query)
		params.queryParameters = {
			parameter: Object.entries(p.query).map(([name, value]) => ({ name, value })),
		};
	if (p.body !== undefined) {
		params.sendBody = true;
		params.jsonBody = typeof p.body === 'string' ? p.body : JSON.stringify(p.body);
	}
	if (p.options) params.options = p.options;
	return params;
}

/**
 * `information.echo`: one record `{ref, method, ...query}` per request, so each input item's
 * result can be told apart (items send `ref={{ $json.ref }}`).
 */
export function addEchoHandler(sim: WolkvoxSimulator): void {
	sim.handlers.set('information.echo', (_s, req) =>
		envelope(200, '1 records were found', [{ ...req.query, method: req.method }]),
	);
}

/** Items `{ref: 'r0'}` ... */
export const refItems = (n: number, prefix = 'r') =>
	Array.from({ length: n }, (_, i) => ({ ref: `${prefix}${i}` }));

/** Echo request parameters: `ref` taken from the item by an n8n expression. */
export const echo = (options: IDataObject = {}, extra: Partial<ApiRequestParams> = {}) =>
	apiRequest({ api: 'echo', query: { ref: '={{ $json.ref }}' }, options, ...extra });

export const jsons = (items: INodeExecutionData[] | undefined) => (items ?? []).map((i) => i.json);

let tokenSeq = 0;
/**
 * A token of its own for one test: the node keeps one gate per (base URL, token) per process, so
 * a test that leaves the gate in maintenance must not slow the next one down.
 */
export function freshToken(sim: WolkvoxSimulator, limit = 100000, used = 0): string {
	const token = `tok-${process.pid}-${++tokenSeq}-${Math.random().toString(36).slice(2, 8)}`;
	sim.addToken(token, limit, used);
	return token;
}
