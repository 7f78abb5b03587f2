/**
 * The request loop as data: given what wolkvox answered and what the request has spent so far,
 * `nextStep` says whether to return, wait and send again, or fail (with the words to show). Pure.
 */
import {
	backoffDelay,
	CONCURRENCY_BACKOFF,
	MAX_TRANSIENT_RETRIES,
	TRANSIENT_BACKOFF,
} from './backoff';
import { httpStatusText, type Outcome } from './classify';
import { WolkvoxFailure } from './failures';

/** Which wolkvox product a session talks to: the contact-center API v2 or the CRM. */
export type Service = 'v2' | 'crm';

export interface ServiceProfile {
	credential: 'wolkvoxApi' | 'wolkvoxCrmApi';
	/** Names the product and the credential in error messages. */
	product: string;
	tokenHelp: string;
	quotaHelp: string;
}

export const SERVICES: Record<Service, ServiceProfile> = {
	v2: {
		credential: 'wolkvoxApi',
		product: 'wolkvox',
		tokenHelp:
			'Check the Token of the Wolkvox API credential (wolkvox Manager > Configuration > Integrations > Tokens).',
		quotaHelp:
			'The quota is licenses x 1,000 calls a day and resets daily; the Token Info operation shows the usage.',
	},
	crm: {
		credential: 'wolkvoxCrmApi',
		product: 'wolkvox CRM',
		tokenHelp:
			'Check the Token and the Operation Name of the Wolkvox CRM API credential (the token is generated inside the CRM).',
		quotaHelp:
			'The CRM Token > Get Info operation shows the usage and hours_to_restart_count, the hours until the count restarts.',
	},
};

/** What one request has spent so far. */
export interface Counters {
	attempts: number;
	waitedMs: number;
	transientRetries: number;
	concurrencyRetries: number;
}

export const newCounters = (): Counters => ({
	attempts: 0,
	waitedMs: 0,
	transientRetries: 0,
	concurrencyRetries: 0,
});

export interface StepSettings {
	budgetMs: number;
	notFound: 'empty' | 'error';
	/** GET or a read-only POST: safe to repeat, and a 404 means "no data". */
	isQuery: boolean;
	profile: ServiceProfile;
	/** The request as shown in error descriptions (`describeRequest`). */
	sent: string;
	random?: () => number;
}

/** One classified answer: the outcome and the HTTP status (none when the connection failed). */
export interface Reply {
	outcome: Outcome;
	status?: number;
}

export type Step =
	| { do: 'return'; noData: boolean }
	/** wolkvox is in maintenance: the token's gate decides when to ask again. */
	| { do: 'maintenance' }
	| { do: 'wait'; ms: number; retry: 'transientRetries' | 'concurrencyRetries' }
	| { do: 'fail'; failure: WolkvoxFailure };

type Guidance = (o: Outcome, p: ServiceProfile, status?: number) => [string, string];

/** wolkvox's answer says the caller's IP is not allowed (the allow-list), not merely "refused". */
const POINTS_TO_ALLOW_LIST =
	/\bIP\b.*\b(NOT ALLOWED|DENIED|NOT AUTHORI[SZ]ED|BLOCKED)\b|\b(NOT ALLOWED|DENIED)\b.*\bIP\b|ALLOW-?LIST|WHITE-?LIST/i;

/** wolkvox's words, or the HTTP status when the answer has none. */
const said = (o: Outcome, status: number | undefined, fallback: string) =>
	o.message || (status ? httpStatusText(status) : fallback);

const GUIDANCE: Record<
	'quota' | 'auth' | 'badRequest' | 'rejected' | 'noData' | 'tooLarge',
	Guidance
> = {
	quota: (o, p) => [
		`The ${p.product} token has used up its ${p.credential === 'wolkvoxApi' ? 'daily ' : ''}quota (${p.credential === 'wolkvoxApi' ? 'TOKEN LIMIT EXCEEDED' : o.message || 'quota spent'})`,
		`Nothing was retried, and no further request is sent with this credential in this execution. ${p.quotaHelp}`,
	],
	auth: (o, p) => [
		`${p.product} did not accept the token (${o.message || 'unauthorised'})`,
		`${p.tokenHelp} Nothing was retried, and no further request is sent with this credential in this execution.`,
	],
	badRequest: (o, p) => [`${p.product} rejected the request: ${o.message || 'bad request'}`, ''],
	rejected: (o, p, status) => [
		`${p.product} refused the request: ${said(o, status, 'no message')}`,
		p.credential === 'wolkvoxCrmApi'
			? 'Check the values sent (module, field and user names must exist in the CRM) and the Operation Name of the credential.'
			: POINTS_TO_ALLOW_LIST.test(o.message)
				? "n8n's IP address is not on the server's allow-list: add it in wolkvox Manager (Configuration > IPs) or with the Configuration > Add Allowed IP operation."
				: '',
	],
	noData: (o, p) => [
		`${p.product} found no data (${o.message || '404'})`,
		'Set "No Data (404)" to "Return Nothing" to get an empty result instead.',
	],
	tooLarge: (o, p, status) =>
		status !== 413
			? [
					`${p.product} refused the request as too long (${said(o, status, 'HTTP 414')})`,
					'The address with its query parameters is too long: send shorter values, or fewer per request (split a long list over several items). Nothing was applied.',
				]
			: [
					`${p.product} refused the request as too large (${said(o, status, 'HTTP 413')})`,
					'The body is too large: send fewer records per call (option Batch Size) or smaller files. Nothing was applied.',
				],
};

export function nextStep(reply: Reply, counters: Counters, settings: StepSettings): Step {
	const { outcome, status } = reply;
	const sent = `Sent: ${settings.sent}`;
	const fail = (message: string, description: string, httpCode?: number): Step => ({
		do: 'fail',
		failure: new WolkvoxFailure(outcome.kind, message, description.trim(), httpCode),
	});
	const left = settings.budgetMs - counters.waitedMs;
	const wait = (ms: number, retry: 'transientRetries' | 'concurrencyRetries'): Step => ({
		do: 'wait',
		ms: Math.min(ms, left),
		retry,
	});

	switch (outcome.kind) {
		case 'success':
			return { do: 'return', noData: false };
		case 'maintenance':
			return { do: 'maintenance' };
		case 'noData': {
			if (settings.notFound !== 'error') return { do: 'return', noData: true };
			const [message, description] = GUIDANCE.noData(outcome, settings.profile);
			return fail(message, `${description} ${sent}`, 404);
		}
		case 'concurrency':
			if (left > 0) {
				const ms = backoffDelay(counters.concurrencyRetries, CONCURRENCY_BACKOFF, settings.random);
				return wait(ms, 'concurrencyRetries');
			}
			return fail(
				`${settings.profile.product} kept answering that the token has too many requests in flight`,
				`Another client is using the same token heavily. Waited ${Math.round(counters.waitedMs / 1000)} s. ${sent}`,
				403,
			);
		case 'transient':
			if (settings.isQuery && counters.transientRetries < MAX_TRANSIENT_RETRIES && left > 0) {
				const ms = backoffDelay(counters.transientRetries, TRANSIENT_BACKOFF, settings.random);
				return wait(ms, 'transientRetries');
			}
			return fail(
				`wolkvox did not answer properly: ${outcome.message}`,
				settings.isQuery
					? `Tried ${counters.attempts} time(s). ${sent}`
					: `The request may or may not have been applied by wolkvox; it was not repeated to avoid doing it twice. Check in wolkvox before running it again. ${sent}`,
				status,
			);
		default: {
			const [message, advice] = GUIDANCE[outcome.kind](outcome, settings.profile, status);
			return fail(message, `${advice} ${sent}`, status);
		}
	}
}
