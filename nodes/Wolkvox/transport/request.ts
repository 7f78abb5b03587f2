import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	backoffDelay,
	CONCURRENCY_BACKOFF,
	MAX_TRANSIENT_RETRIES,
	parseRetryAfter,
	TRANSIENT_BACKOFF,
} from './backoff';
import { resolveBaseUrl, resolveCrmBaseUrl } from './baseUrl';
import { classify, type Outcome } from './classify';
import { apiError, CallBudgetReached, MaintenanceTimeout, NotSent, redact } from './errors';
import { BudgetExhausted, gateFor, type TokenGate } from './gate';
import { encodeMultipart, type MultipartPart } from './multipart';
import { pause } from './pause';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface TransportSettings {
	/** Longest total wait (maintenance, retries) for one request before giving up. */
	budgetMs: number;
	/** A 404 "no data" answer: an empty result, or an error. */
	notFound: 'empty' | 'error';
	timeoutMs: number;
	/** Stop before sending call number maxCalls + 1 (0 = no limit). */
	maxCalls: number;
}

export const DEFAULT_SETTINGS: TransportSettings = {
	budgetMs: 10 * 60 * 1000,
	notFound: 'empty',
	timeoutMs: 70 * 1000,
	maxCalls: 0,
};

/** What one execution spent: reported in the output, checked against maxCalls. */
export interface CallStats {
	calls: number;
	retries: number;
	waitedMs: number;
	maintenanceAnswers: number;
}

/** Which wolkvox product a session talks to: the contact-center API v2 or the CRM. */
export type Service = 'v2' | 'crm';

interface ServiceProfile {
	credential: 'wolkvoxApi' | 'wolkvoxCrmApi';
	resolve: (credentials: IDataObject) => string;
	/** Names the product and the credential in error messages. */
	product: string;
	tokenHelp: string;
	quotaHelp: string;
}

const SERVICES: Record<Service, ServiceProfile> = {
	v2: {
		credential: 'wolkvoxApi',
		resolve: resolveBaseUrl,
		product: 'wolkvox',
		tokenHelp:
			'Check the Token of the Wolkvox API credential (wolkvox Manager > Configuration > Integrations > Tokens).',
		quotaHelp:
			'The quota is licenses x 1,000 calls a day and resets daily; the Token Info operation shows the usage.',
	},
	crm: {
		credential: 'wolkvoxCrmApi',
		resolve: resolveCrmBaseUrl,
		product: 'wolkvox CRM',
		tokenHelp:
			'Check the Token and the Operation Name of the Wolkvox CRM API credential (the token is generated inside the CRM).',
		quotaHelp:
			'The CRM Token > Get Info operation shows the usage and hours_to_restart_count, the hours until the count restarts.',
	},
};

export interface WolkvoxSession {
	ctx: RequestContext;
	service: Service;
	/** CRM: the operation name sent with every request. */
	crmOperation?: string;
	baseUrl: string;
	/** Kept only to scrub it out of every message. */
	secret: string;
	gate: TokenGate;
	settings: TransportSettings;
	stats: CallStats;
	signal?: AbortSignal;
	/** Set when the node stops at an error: requests not sent yet are not sent. */
	halted?: boolean;
}

export interface WolkvoxRequest {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
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

export interface WolkvoxAnswer {
	status: number;
	body: unknown;
	noData: boolean;
	attempts: number;
	waitedMs: number;
}

export async function openSession(
	ctx: RequestContext,
	settings: Partial<TransportSettings> = {},
	service: Service = 'v2',
): Promise<WolkvoxSession> {
	const profile = SERVICES[service];
	const credentials = await ctx.getCredentials(profile.credential);
	const secret = String(credentials.token ?? '');
	let baseUrl: string;
	try {
		baseUrl = profile.resolve(credentials);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), redact((error as Error).message, secret));
	}
	const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
	const crmOperation = service === 'crm' ? String(credentials.operation ?? '').trim() : undefined;
	if (service === 'crm' && !crmOperation) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Credential field "Operation Name" is empty: fill in the name of your CRM operation (e.g. modulodeprueba).',
		);
	}
	return {
		ctx,
		service,
		crmOperation,
		baseUrl,
		secret,
		gate: gateFor(baseUrl, secret),
		settings: { ...DEFAULT_SETTINGS, ...settings },
		stats: { calls: 0, retries: 0, waitedMs: 0, maintenanceAnswers: 0 },
		signal,
	};
}

export function requestPath(req: WolkvoxRequest): string {
	return req.path ?? `/api/v2/${req.file}.php`;
}

/** "GET /api/v2/x.php?api=y&a=b" plus a short body summary, for error descriptions. */
export function describeRequest(req: WolkvoxRequest): string {
	const query = new URLSearchParams();
	if (req.api) query.set('api', req.api);
	for (const [key, value] of Object.entries(req.qs ?? {})) query.set(key, String(value));
	const qs = query.toString();
	let text = `${req.method} ${requestPath(req)}${qs ? `?${qs}` : ''}`;
	if (Array.isArray(req.body)) text += ` with a body of ${req.body.length} record(s)`;
	else if (req.body !== undefined) text += ` with body ${JSON.stringify(req.body).slice(0, 400)}`;
	if (req.multipart)
		text += ` with form fields ${req.multipart.map((part) => part.name).join(', ')}`;
	return text;
}

function parseBody(raw: unknown): unknown {
	if (typeof raw !== 'string') return raw ?? undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

function isAbort(session: WolkvoxSession, error: unknown): boolean {
	return session.signal?.aborted === true || (error as Error)?.name === 'AbortError';
}

/** CRM: the operation name travels with every request (form field, JSON body or query). */
function withCrmOperation(session: WolkvoxSession, req: WolkvoxRequest): WolkvoxRequest {
	const operation = session.crmOperation;
	const key = 'operation';
	if (!operation) return req;
	if (req.multipart)
		return req.multipart.some((p) => p.name === key)
			? req
			: { ...req, multipart: [{ name: key, value: operation }, ...req.multipart] };
	if (req.body !== null && typeof req.body === 'object' && !Array.isArray(req.body))
		return { ...req, body: { operation, ...(req.body as IDataObject) } };
	return { ...req, qs: { operation, ...(req.qs ?? {}) } };
}

async function send(session: WolkvoxSession, original: WolkvoxRequest) {
	const req = withCrmOperation(session, original);
	const options: IHttpRequestOptions = {
		method: req.method,
		url: `${session.baseUrl}${requestPath(req)}`,
		qs: { ...(req.api ? { api: req.api } : {}), ...(req.qs ?? {}) },
		headers: { Accept: 'application/json' },
		encoding: 'text',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: session.settings.timeoutMs,
		abortSignal: session.signal,
	};
	if (req.multipart) {
		const { body, contentType } = encodeMultipart(req.multipart);
		options.body = body;
		options.headers!['Content-Type'] = contentType;
	} else if (req.body !== undefined && req.method !== 'GET') {
		options.body = JSON.stringify(req.body);
		options.headers!['Content-Type'] = 'application/json';
	}
	return (await session.ctx.helpers.httpRequestWithAuthentication.call(
		session.ctx,
		SERVICES[session.service].credential,
		options,
	)) as { statusCode: number; body: unknown; headers: IDataObject };
}

type Guidance = (o: Outcome, p: ServiceProfile) => [string, string];
const GUIDANCE: Partial<Record<Outcome['kind'], Guidance>> = {
	quota: (o, p) => [
		`The ${p.product} token has used up its daily quota (${p.credential === 'wolkvoxApi' ? 'TOKEN LIMIT EXCEEDED' : o.message || 'quota spent'})`,
		`Nothing was retried. ${p.quotaHelp}`,
	],
	auth: (o, p) => [
		`${p.product} did not accept the token (${o.message || 'unauthorised'})`,
		`${p.tokenHelp} Nothing was retried.`,
	],
	badRequest: (o, p) => [`${p.product} rejected the request: ${o.message || 'bad request'}`, ''],
	rejected: (o, p) => [
		`${p.product} refused the request: ${o.message || 'no message'}`,
		p.credential === 'wolkvoxCrmApi'
			? 'Check the values sent (module, field and user names must exist in the CRM) and the Operation Name of the credential.'
			: "If the token is valid, n8n's IP address may be missing from the server's allow-list.",
	],
	noData: (o, p) => [
		`${p.product} found no data (${o.message || '404'})`,
		'Set "No Data (404)" to "Return Nothing" to get an empty result instead.',
	],
};

/**
 * Sends one wolkvox request through the token's gate and classifies the answer: returns on
 * success/no data, waits and retries through maintenance, the in-flight limit and (for GET)
 * transient failures, and throws a clear NodeApiError for everything else.
 */
export async function wolkvoxRequest(
	session: WolkvoxSession,
	req: WolkvoxRequest,
	itemIndex = 0,
): Promise<WolkvoxAnswer> {
	const { ctx, gate, settings, stats, signal } = session;
	const profile = SERVICES[session.service];
	const isQuery = req.method === 'GET' || req.readOnly === true;
	const waited = { ms: 0 };
	let attempts = 0;
	let transientRetries = 0;
	let concurrencyRetries = 0;
	let kind = '';
	const fail = (message: string, description: string, httpCode?: number) =>
		apiError(ctx.getNode(), session.secret, itemIndex, message, description, httpCode, kind);
	const wait = async (ms: number) => {
		const start = Date.now();
		await pause(Math.min(ms, settings.budgetMs - waited.ms), signal);
		waited.ms += Date.now() - start;
		stats.waitedMs += Date.now() - start;
		stats.retries++;
	};

	for (;;) {
		const before = waited.ms;
		const probe = await gate
			.passMaintenance(waited, settings.budgetMs, signal)
			.catch((error: Error) => error);
		stats.waitedMs += waited.ms - before;
		if (probe instanceof BudgetExhausted) throw new MaintenanceTimeout(attempts, waited.ms);
		if (probe instanceof Error) throw probe;

		try {
			if (session.halted) throw new NotSent();
			if (settings.maxCalls > 0 && stats.calls >= settings.maxCalls)
				throw new CallBudgetReached(settings.maxCalls);
			await gate.acquire(signal);
			if (session.halted) {
				gate.release();
				throw new NotSent();
			}
			// Maintenance began while this request queued for a slot: it waits with the others
			// instead of sending (else every queued item would hit the server once).
			if (gate.heldBack(probe)) {
				gate.release();
				continue;
			}
			attempts++;
			stats.calls++;
			const sent = await send(session, req).then(
				(answer) => ({ answer }),
				(error: Error) => ({ error }),
			);
			gate.release();
			if ('error' in sent && isAbort(session, sent.error)) throw sent.error;
			const response = 'answer' in sent ? sent.answer : undefined;
			const networkError = 'error' in sent ? sent.error : undefined;

			const body = response ? parseBody(response.body) : undefined;
			const outcome: Outcome = response
				? classify(response.statusCode, body, isQuery)
				: { kind: 'transient', message: networkError?.message ?? 'no answer' };

			if (outcome.kind === 'maintenance') {
				stats.maintenanceAnswers++;
				const delay = gate.closeForMaintenance(
					parseRetryAfter(response?.headers?.['retry-after'], Date.now()),
				);
				ctx.logger.debug(
					redact(
						`wolkvox maintenance on ${describeRequest(req)}: next probe in ${delay} ms`,
						session.secret,
					),
				);
				continue;
			}
			if (response) gate.open();
			kind = outcome.kind;

			switch (outcome.kind) {
				case 'success':
					return {
						status: response!.statusCode,
						body,
						noData: false,
						attempts,
						waitedMs: waited.ms,
					};
				case 'noData':
					if (settings.notFound === 'error') {
						const [message, description] = GUIDANCE.noData!(outcome, profile);
						throw fail(message, `${description} Sent: ${describeRequest(req)}`, 404);
					}
					return {
						status: response!.statusCode,
						body,
						noData: true,
						attempts,
						waitedMs: waited.ms,
					};
				case 'concurrency':
					if (waited.ms < settings.budgetMs) {
						await wait(backoffDelay(concurrencyRetries++, CONCURRENCY_BACKOFF));
						continue;
					}
					throw fail(
						'wolkvox kept answering that the token has too many requests in flight',
						`Another client is using the same token heavily. Waited ${Math.round(waited.ms / 1000)} s. Sent: ${describeRequest(req)}`,
						403,
					);
				case 'transient':
					if (
						isQuery &&
						transientRetries < MAX_TRANSIENT_RETRIES &&
						waited.ms < settings.budgetMs
					) {
						await wait(backoffDelay(transientRetries++, TRANSIENT_BACKOFF));
						continue;
					}
					throw fail(
						`wolkvox did not answer properly: ${outcome.message}`,
						isQuery
							? `Tried ${attempts} time(s). Sent: ${describeRequest(req)}`
							: `The request may or may not have been applied by wolkvox; it was not repeated to avoid doing it twice. Check in wolkvox before running it again. Sent: ${describeRequest(req)}`,
						response?.statusCode,
					);
				default: {
					const [message, advice] = GUIDANCE[outcome.kind]!(outcome, profile);
					throw fail(
						message,
						`${advice} Sent: ${describeRequest(req)}`.trim(),
						response?.statusCode,
					);
				}
			}
		} finally {
			gate.endProbe(probe);
		}
	}
}
