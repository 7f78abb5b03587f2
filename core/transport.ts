/**
 * The one way a request reaches wolkvox: through the token's gate (2 in flight, one probe during
 * maintenance), then `nextStep` decides what the answer means. The adapter injects the I/O
 * (n8n's request helper with the credential, n8n's sleep, its logger); nothing here knows n8n.
 */
import type { Pause } from './abort';
import { parseRetryAfter } from './backoff';
import { classify, type Outcome } from './classify';
import {
	CallBudgetReached,
	MaintenanceTimeout,
	NotSent,
	redact,
	stopsTheJob,
	type WolkvoxFailure,
} from './failures';
import { BudgetExhausted, gateFor, type TokenGate } from './gate';
import {
	newCounters,
	nextStep,
	SERVICES,
	type Counters,
	type Reply,
	type Service,
	type Step,
} from './policy';
import {
	describeRequest,
	isQuery,
	toHttpCall,
	withCrmOperation,
	type HttpCall,
	type WolkvoxRequest,
} from './request';

export interface TransportSettings {
	/** Longest total wait (maintenance, retries) for one request before giving up. */
	budgetMs: number;
	/** A 404 "no data" answer: an empty result, or an error. */
	notFound: 'empty' | 'error';
	timeoutMs: number;
	/** Stop before sending call number maxCalls + 1 (0 = no limit). */
	maxCalls: number;
}

const DEFAULT_SETTINGS: TransportSettings = {
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

export interface HttpReply {
	statusCode: number;
	body: unknown;
	headers?: Record<string, unknown>;
}

/** The I/O the adapter provides. `send` rejects on network errors (no answer). */
export interface TransportIO {
	send(call: HttpCall, signal?: AbortSignal): Promise<HttpReply>;
	pause: Pause;
	debug(message: string): void;
}

export interface Session {
	service: Service;
	baseUrl: string;
	/** CRM: the operation name sent with every request. */
	crmOperation?: string;
	/** Kept only to scrub it out of every message. */
	secret: string;
	gate: TokenGate;
	settings: TransportSettings;
	stats: CallStats;
	signal?: AbortSignal;
	/** The quota or token failure that ended this session's requests. */
	stopped?: WolkvoxFailure;
	/** Set when the node stops at an error: requests not sent yet are not sent. */
	halted?: boolean;
	/** The execution this session belongs to: a quota or token stop holds for all of it. */
	runId?: string;
	io: TransportIO;
}

/**
 * Quota and token failures per token and execution: after one, no request of the same execution
 * goes out on that token, whichever node or item asks (a few recent executions per token).
 */
const stops = new WeakMap<TokenGate, Map<string, WolkvoxFailure>>();
const RECENT_RUNS = 50;

function stopOf(session: Session): WolkvoxFailure | undefined {
	return stops.get(session.gate)?.get(session.runId ?? '') ?? session.stopped;
}

function stopAll(session: Session, failure: WolkvoxFailure): void {
	session.stopped = failure;
	if (session.runId === undefined) return;
	const runs = stops.get(session.gate) ?? new Map<string, WolkvoxFailure>();
	stops.set(session.gate, runs);
	runs.set(session.runId, failure);
	if (runs.size > RECENT_RUNS) runs.delete(runs.keys().next().value!);
}

export interface WolkvoxAnswer {
	status: number;
	body: unknown;
	noData: boolean;
	attempts: number;
	waitedMs: number;
}

export function newSession(args: {
	service: Service;
	baseUrl: string;
	secret: string;
	crmOperation?: string;
	settings?: Partial<TransportSettings>;
	signal?: AbortSignal;
	runId?: string;
	io: TransportIO;
}): Session {
	return {
		...args,
		gate: gateFor(args.baseUrl, args.secret, args.io.pause),
		settings: { ...DEFAULT_SETTINGS, ...args.settings },
		stats: { calls: 0, retries: 0, waitedMs: 0, maintenanceAnswers: 0 },
	};
}

/** A body that is not JSON (proxy page, cut-off answer) is `undefined`. */
function parseBody(raw: unknown): unknown {
	if (typeof raw !== 'string') return raw ?? undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

type Sent = Reply & { body?: unknown; headers?: Record<string, unknown> };

/**
 * Sends one wolkvox request and returns the answer (success or no data); waits and sends again
 * through maintenance, the in-flight limit and (for queries) transient failures; throws a
 * WolkvoxFailure with plain words for everything else.
 */
export async function callWolkvox(session: Session, req: WolkvoxRequest): Promise<WolkvoxAnswer> {
	const { gate } = session;
	const counters = newCounters();
	const settings = {
		...session.settings,
		isQuery: isQuery(req),
		profile: SERVICES[session.service],
		sent: describeRequest(req),
	};
	for (;;) {
		const probe = await passMaintenance(session, counters);
		try {
			const sent = await sendOnce(session, req, probe, counters);
			if (!sent) continue; // maintenance began while it queued: wait at the gate with the others
			const step = nextStep(sent, counters, settings);
			tellGate(session, sent, step, settings.sent);
			switch (step.do) {
				case 'maintenance':
					continue; // the gate decides when to ask again
				case 'fail':
					if (stopsTheJob(step.failure)) stopAll(session, step.failure);
					throw step.failure;
				case 'return': {
					const { attempts, waitedMs } = counters;
					return { status: sent.status!, body: sent.body, noData: step.noData, attempts, waitedMs };
				}
				case 'wait':
					await waitFor(session, counters, step.ms);
					counters[step.retry]++;
			}
		} finally {
			gate.endProbe(probe);
		}
	}
}

/**
 * What an answer tells the token's gate: a maintenance window began (close it until the next
 * probe) or is over (any other answer), and whether another process shares the token's limit.
 */
function tellGate(session: Session, sent: Sent, step: Step, described: string): void {
	const { gate } = session;
	if (step.do === 'maintenance') {
		session.stats.maintenanceAnswers++;
		const delay = gate.closeForMaintenance(
			parseRetryAfter(sent.headers?.['retry-after'], Date.now()),
		);
		session.io.debug(
			redact(`wolkvox maintenance on ${described}: next probe in ${delay} ms`, session.secret),
		);
		return;
	}
	if (sent.status !== undefined) gate.open();
	if (sent.outcome.kind === 'concurrency') gate.tooManyInFlight();
	else if (step.do === 'return') gate.answered();
}

/** Waits while the gate is closed for maintenance; the probe id when this request is the probe. */
async function passMaintenance(session: Session, counters: Counters): Promise<number> {
	const waited = { ms: counters.waitedMs };
	const probe = await session.gate
		.passMaintenance(waited, session.settings.budgetMs, session.signal)
		.catch((error: Error) => error);
	session.stats.waitedMs += waited.ms - counters.waitedMs;
	counters.waitedMs = waited.ms;
	if (probe instanceof BudgetExhausted) throw new MaintenanceTimeout(counters.attempts, waited.ms);
	if (probe instanceof Error) throw probe;
	return probe;
}

async function waitFor(session: Session, counters: Counters, ms: number): Promise<void> {
	const start = Date.now();
	await session.io.pause(ms, session.signal);
	const waited = Date.now() - start;
	counters.waitedMs += waited;
	session.stats.waitedMs += waited;
	session.stats.retries++;
}

/** One attempt through a free slot; undefined when maintenance holds it back. */
async function sendOnce(
	session: Session,
	req: WolkvoxRequest,
	probe: number,
	counters: Counters,
): Promise<Sent | undefined> {
	const { gate, settings, stats, signal } = session;
	const notSent = () =>
		stopOf(session) ? new NotSent(stopOf(session)) : session.halted ? new NotSent() : undefined;
	const overBudget = () =>
		settings.maxCalls > 0 && stats.calls >= settings.maxCalls
			? new CallBudgetReached(settings.maxCalls)
			: undefined;
	const refused = () => notSent() ?? overBudget();
	if (refused()) throw refused();
	await gate.acquire(signal);
	// Checked again: a stop may have come, or the other items (sent side by side) may have spent
	// the call budget, while this request waited for a slot.
	const stop = refused();
	if (stop || gate.heldBack(probe)) {
		gate.release();
		if (stop) throw stop;
		return undefined;
	}
	counters.attempts++;
	stats.calls++;
	const call = toHttpCall(
		session.baseUrl,
		withCrmOperation(req, session.crmOperation),
		settings.timeoutMs,
	);
	const sentAt = Date.now();
	const result = await session.io.send(call, signal).then(
		(reply) => ({ reply }),
		(error: Error) => ({ error }),
	);
	gate.release(Date.now() - sentAt);
	if ('error' in result) {
		if (signal?.aborted || result.error?.name === 'AbortError') throw result.error;
		const outcome: Outcome = { kind: 'transient', message: result.error?.message ?? 'no answer' };
		return { outcome };
	}
	const { statusCode, headers } = result.reply;
	const body = parseBody(result.reply.body);
	return { outcome: classify(statusCode, body, isQuery(req)), status: statusCode, body, headers };
}
