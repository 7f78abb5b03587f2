/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The core without n8n: a core Session whose I/O is Node's own fetch (real HTTP to the simulator,
 * the token in the header like the credential sends it) and real timers. Core tests run the same
 * transport, range, paging, bulk and poll code the nodes run, minus n8n's engine around it.
 */
import type { Service } from '../../core/policy';
import type { HttpCall } from '../../core/request';
import { newSession, type Session, type TransportSettings } from '../../core/transport';

export interface CoreSessionOptions {
	baseUrl: string;
	token: string;
	settings?: Partial<TransportSettings>;
	service?: Service;
	crmOperation?: string;
	signal?: AbortSignal;
}

/** Waits `ms` with a real timer, or rejects as soon as `signal` aborts. */
export function realPause(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (ms <= 0) return resolve();
		if (signal?.aborted) return reject(new Error('The execution was cancelled'));
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(new Error('The execution was cancelled'));
		};
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

/** One HTTP call with fetch: the answer as text (the core parses it), status and headers. */
async function send(call: HttpCall, token: string, service: Service, signal?: AbortSignal) {
	const url = new URL(call.url);
	for (const [key, value] of Object.entries(call.qs)) url.searchParams.set(key, String(value));
	const timeout = AbortSignal.timeout(call.timeoutMs);
	const response = await fetch(url, {
		method: call.method,
		headers: { ...call.headers, [service === 'crm' ? 'Wolkvox-Token' : 'wolkvox-token']: token },
		body: call.body,
		signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
	});
	return {
		statusCode: response.status,
		body: await response.text(),
		headers: Object.fromEntries(response.headers),
	};
}

export interface CoreSession extends Session {
	/** What the core logged (debug), for secrecy checks. */
	logs: string[];
}

export function coreSession(options: CoreSessionOptions): CoreSession {
	const service = options.service ?? 'v2';
	const logs: string[] = [];
	const session = newSession({
		service,
		baseUrl: options.baseUrl,
		secret: options.token,
		crmOperation: options.crmOperation,
		settings: options.settings,
		signal: options.signal,
		io: {
			send: (call, signal) => send(call, options.token, service, signal),
			pause: realPause,
			debug: (message) => logs.push(message),
		},
	});
	return Object.assign(session, { logs });
}
