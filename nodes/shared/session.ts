/**
 * The n8n side of the transport: the credential gives the host and the token, n8n's request helper
 * sends (and adds the token header), n8n's sleep waits, n8n's logger logs. The request loop itself
 * is in core/transport.ts.
 */
import type {
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { untilAborted } from '../../core/abort';
import { resolveBaseUrl, resolveCrmBaseUrl } from '../../core/baseUrl';
import { redact } from '../../core/failures';
import { SERVICES, type Service } from '../../core/policy';
import type { HttpCall } from '../../core/request';
import {
	newSession,
	type HttpReply,
	type Session,
	type TransportIO,
	type TransportSettings,
} from '../../core/transport';

type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** Waits `ms`, or less when the execution is cancelled (then rejects). */
async function pause(ms: number, signal?: AbortSignal): Promise<void> {
	if (ms <= 0) return;
	// A rejected sleep after cancellation is already handled by the race.
	const sleeping = sleep(ms, signal).catch(() => undefined);
	await untilAborted(sleeping, signal);
}

function transportIO(ctx: RequestContext, service: Service): TransportIO {
	const credential = SERVICES[service].credential;
	return {
		async send(call: HttpCall, signal?: AbortSignal): Promise<HttpReply> {
			const options: IHttpRequestOptions = {
				method: call.method,
				url: call.url,
				qs: call.qs,
				headers: call.headers,
				encoding: 'text',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: call.timeoutMs,
				abortSignal: signal,
				...(call.body !== undefined ? { body: call.body } : {}),
			};
			return (await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
				credential,
				options,
			)) as HttpReply;
		},
		pause,
		debug: (message) => ctx.logger.debug(message),
	};
}

/** A session on the node's credential: one per execution (its stats are the node's report). */
export async function openSession(
	ctx: RequestContext,
	settings: Partial<TransportSettings> = {},
	service: Service = 'v2',
): Promise<Session> {
	const credentials = await ctx.getCredentials(SERVICES[service].credential);
	const secret = String(credentials.token ?? '');
	let baseUrl: string;
	try {
		baseUrl = service === 'crm' ? resolveCrmBaseUrl(credentials) : resolveBaseUrl(credentials);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), redact((error as Error).message, secret));
	}
	const crmOperation = service === 'crm' ? String(credentials.operation ?? '').trim() : undefined;
	if (service === 'crm' && !crmOperation) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Credential field "Operation Name" is empty: fill in the name of your CRM operation (e.g. mycompany).',
		);
	}
	const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
	// A quota or token stop holds for the whole execution (every Wolkvox node of it on this token);
	// a poll or an editor lookup stops only itself.
	const runId = 'getInputData' in ctx ? ctx.getExecutionId() : undefined;
	return newSession({
		service,
		baseUrl,
		secret,
		crmOperation,
		settings,
		signal,
		runId,
		io: transportIO(ctx, service),
	});
}
