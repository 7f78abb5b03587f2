/** nextStep, table-driven: what the request loop does after each kind of answer. */
import { MAX_TRANSIENT_RETRIES } from '../../core/backoff';
import { classify, type OutcomeKind } from '../../core/classify';
import { WolkvoxFailure } from '../../core/failures';
import {
	newCounters,
	nextStep,
	SERVICES,
	type Counters,
	type StepSettings,
} from '../../core/policy';

const SENT = 'GET /api/v2/reports_manager.php?api=cdr_1';
const settings = (over: Partial<StepSettings> = {}): StepSettings => ({
	budgetMs: 600_000,
	notFound: 'empty',
	isQuery: true,
	profile: SERVICES.v2,
	sent: SENT,
	random: () => 0.5,
	...over,
});
const reply = (kind: OutcomeKind, message = '', status?: number) => ({
	outcome: { kind, message },
	status,
});
const counters = (over: Partial<Counters> = {}): Counters => ({ ...newCounters(), ...over });

function failure(step: ReturnType<typeof nextStep>): WolkvoxFailure {
	if (step.do !== 'fail') throw new Error(`expected a failure, got ${JSON.stringify(step)}`);
	return step.failure;
}

describe('nextStep', () => {
	test.each([
		['success', { do: 'return', noData: false }],
		['maintenance', { do: 'maintenance' }],
		['noData', { do: 'return', noData: true }],
	] as const)('%s -> %j', (kind, expected) => {
		expect(nextStep(reply(kind, '', 200), counters(), settings())).toEqual(expected);
	});

	test('no data fails when "No Data (404)" is Fail, and says how to get an empty result', () => {
		const f = failure(
			nextStep(reply('noData', 'NO DATA', 404), counters(), settings({ notFound: 'error' })),
		);
		expect([f.message, f.httpCode, f.outcome]).toEqual([
			'wolkvox found no data (NO DATA)',
			404,
			'noData',
		]);
		expect(f.description).toBe(
			`Set "No Data (404)" to "Return Nothing" to get an empty result instead. Sent: ${SENT}`,
		);
	});

	// CONCURRENCY_BACKOFF: 250 ms doubling to 2 s, full jitter (random 0.5 -> half the ceiling).
	test.each([
		[0, 125],
		[1, 250],
		[2, 500],
		[3, 1000],
		[10, 1000],
	])('in-flight 403 after %i retries waits %i ms', (retries, ms) => {
		const step = nextStep(
			reply('concurrency', 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS', 403),
			counters({ concurrencyRetries: retries }),
			settings(),
		);
		expect(step).toEqual({ do: 'wait', ms, retry: 'concurrencyRetries' });
	});

	test('a wait never runs past the budget; a spent budget fails with the time waited', () => {
		const near = nextStep(
			reply('concurrency', '', 403),
			counters({ waitedMs: 599_900, concurrencyRetries: 3 }),
			settings(),
		);
		expect(near).toEqual({ do: 'wait', ms: 100, retry: 'concurrencyRetries' });
		const f = failure(
			nextStep(reply('concurrency', '', 403), counters({ waitedMs: 600_000 }), settings()),
		);
		expect([f.message, f.httpCode]).toEqual([
			'wolkvox kept answering that the token has too many requests in flight',
			403,
		]);
		expect(f.description).toBe(
			`Another client is using the same token heavily. Waited 600 s. Sent: ${SENT}`,
		);
	});

	// TRANSIENT_BACKOFF: 1 s doubling to 10 s.
	test.each([
		[0, 500],
		[1, 1000],
		[2, 2000],
		[3, 4000],
	])('a query retries a transient failure (retry %i waits %i ms)', (retries, ms) => {
		const step = nextStep(
			reply('transient', 'socket hang up'),
			counters({ transientRetries: retries }),
			settings(),
		);
		expect(step).toEqual({ do: 'wait', ms, retry: 'transientRetries' });
	});

	test('a query stops after MAX_TRANSIENT_RETRIES and says how often it tried', () => {
		const f = failure(
			nextStep(
				reply('transient', 'HTTP 502', 502),
				counters({ transientRetries: MAX_TRANSIENT_RETRIES, attempts: 5 }),
				settings(),
			),
		);
		expect([f.message, f.description, f.httpCode]).toEqual([
			'wolkvox did not answer properly: HTTP 502',
			`Tried 5 time(s). Sent: ${SENT}`,
			502,
		]);
	});

	test('a write is never repeated after an unclear answer: "may or may not have been applied"', () => {
		const f = failure(
			nextStep(
				reply('transient', 'the answer was not JSON', 200),
				counters({ attempts: 1 }),
				settings({ isQuery: false, sent: 'POST /x' }),
			),
		);
		expect(f.description).toBe(
			'The request may or may not have been applied by wolkvox; it was not repeated to avoid doing it twice. Check in wolkvox before running it again. Sent: POST /x',
		);
	});

	test.each([
		[
			'quota',
			'v2',
			'TOKEN LIMIT EXCEEDED',
			'The wolkvox token has used up its daily quota (TOKEN LIMIT EXCEEDED)',
			'Nothing was retried, and no further request is sent with this credential in this execution. The quota is licenses x 1,000 calls a day and resets daily; the Token Info operation shows the usage.',
		],
		[
			'quota',
			'crm',
			'Limit reached',
			'The wolkvox CRM token has used up its quota (Limit reached)',
			'Nothing was retried, and no further request is sent with this credential in this execution. The CRM Token > Get Info operation shows the usage and hours_to_restart_count, the hours until the count restarts.',
		],
		[
			'auth',
			'v2',
			'PLEASE VALIDATE TOKEN',
			'wolkvox did not accept the token (PLEASE VALIDATE TOKEN)',
			'Check the Token of the Wolkvox API credential (wolkvox Manager > Configuration > Integrations > Tokens). Nothing was retried, and no further request is sent with this credential in this execution.',
		],
		[
			'badRequest',
			'v2',
			'SOME PARAMETERS ARE REQUIRED',
			'wolkvox rejected the request: SOME PARAMETERS ARE REQUIRED',
			'',
		],
		// A 403 without words names its status and guesses nothing (no allow-list hint).
		['rejected', 'v2', '', 'wolkvox refused the request: HTTP 403 Forbidden', ''],
		// The allow-list hint only when wolkvox's answer points to it.
		[
			'rejected',
			'v2',
			'IP NOT ALLOWED',
			'wolkvox refused the request: IP NOT ALLOWED',
			"n8n's IP address is not on the server's allow-list: add it in wolkvox Manager (Configuration > IPs) or with the Configuration > Add Allowed IP operation.",
		],
		[
			'rejected',
			'crm',
			'Forbidden',
			'wolkvox CRM refused the request: Forbidden',
			'Check the values sent (module, field and user names must exist in the CRM) and the Operation Name of the credential.',
		],
	] as const)(
		'%s (%s) fails at once with guidance',
		(kind, service, message, expectedMessage, advice) => {
			const f = failure(
				nextStep(reply(kind, message, 403), counters(), settings({ profile: SERVICES[service] })),
			);
			expect(f.message).toBe(expectedMessage);
			expect(f.description).toBe(`${advice} Sent: ${SENT}`.trim());
			expect([f.outcome, f.httpCode]).toEqual([kind, 403]);
		},
	);

	// issue 12: status-specific words, never a misleading hint
	test.each([
		[
			414,
			'wolkvox refused the request as too long (HTTP 414 URI Too Long)',
			'The address with its query parameters is too long: send shorter values, or fewer per request (split a long list over several items). Nothing was applied.',
		],
		[
			431,
			'wolkvox refused the request as too long (HTTP 431 Request Header Fields Too Large)',
			'The address with its query parameters is too long: send shorter values, or fewer per request (split a long list over several items). Nothing was applied.',
		],
		[
			413,
			'wolkvox refused the request as too large (HTTP 413 Payload Too Large)',
			'The body is too large: send fewer records per call (option Batch Size) or smaller files. Nothing was applied.',
		],
	])(
		'HTTP %i without words: "too long/large", how to shorten it, no retry',
		(status, message, advice) => {
			const outcome = classify(status, undefined, false);
			expect(outcome).toEqual({ kind: 'tooLarge', message: '' });
			const f = failure(nextStep({ outcome, status }, counters(), settings({ isQuery: false })));
			expect([f.message, f.description, f.httpCode]).toEqual([
				message,
				`${advice} Sent: ${SENT}`,
				status,
			]);
		},
	);

	test.each([
		[502, 'HTTP 502 Bad Gateway'],
		[503, 'HTTP 503 Service Unavailable'],
		[500, 'HTTP 500 Internal Server Error'],
		[599, 'HTTP 599'],
	])('a %i page without wolkvox words names the status', (status, words) => {
		const outcome = classify(status, undefined, false);
		expect(outcome).toEqual({ kind: 'transient', message: words });
		const f = failure(
			nextStep({ outcome, status }, counters({ attempts: 1 }), settings({ isQuery: false })),
		);
		expect(f.message).toBe(`wolkvox did not answer properly: ${words}`);
		expect(f.description).toMatch(/^The request may or may not have been applied by wolkvox/);
	});
});

describe('classify: 403 and 429 by their words', () => {
	const body = (msg: string) => ({ code: '403', error: 'Forbidden', msg });
	test.each([
		[403, 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)', 'concurrency'],
		[429, 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)', 'concurrency'],
		[429, '', 'concurrency'],
		[403, 'TOKEN LIMIT EXCEEDED', 'quota'],
		[429, 'TOKEN LIMIT EXCEEDED', 'quota'],
		[429, 'PLEASE VALIDATE TOKEN', 'auth'],
		[403, 'THIS SERVICE CANNOT BE CONSUMED AT THIS TIME', 'maintenance'],
		[403, 'IP NOT ALLOWED', 'rejected'],
	])('%i "%s" is %s', (status, msg, kind) => {
		expect(classify(status, body(msg), true).kind).toBe(kind);
	});
});
