import { backoffDelay, MAINTENANCE_BACKOFF } from './backoff';
import { untilAborted, type Pause } from './abort';
import { hash53 } from './hash';

/** wolkvox answers 403 when a token has more than this many requests in flight. */
export const MAX_IN_FLIGHT = 2;
/** Shortest wait between two maintenance probes, whatever Retry-After says. */
export const MIN_PROBE_INTERVAL_MS = 1000;

/**
 * Sharing the token with other processes (n8n's queue-mode workers, other clients): after an
 * "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS" answer this process halves its share of the limit,
 * and wins it back a little with every answered request (additive increase, multiplicative
 * decrease). Below one request in flight it paces: a slot stays empty for a while after each
 * request, so N processes settle at about 2 in flight together, without any shared state.
 */
export const AIMD = { minShare: 0.25, increase: 0.05 } as const;

export class BudgetExhausted extends Error {}

/**
 * One per token (per n8n process): keeps at most 2 requests in flight and, while wolkvox is in
 * maintenance, holds every request back so that a single probe at a time asks the server.
 */
export class TokenGate {
	private inFlight = 0;

	private readonly slotWaiters: Array<() => void> = [];

	private maintenance = false;

	private blockedUntil = 0;

	/** Id of the request probing wolkvox during maintenance (0: none). */
	private probing = 0;

	private probes = 0;

	private probeSettled: Promise<void> = Promise.resolve();

	private settleProbe: () => void = () => {};

	private attempt = 0;

	/** This process's share of the token's in-flight limit (AIMD, see above). */
	private share: number;

	constructor(
		private readonly pause: Pause,
		readonly limit = MAX_IN_FLIGHT,
		/** Off: a fixed limit, whatever other processes do (kept to measure the difference). */
		private readonly adaptive = true,
	) {
		this.share = limit;
	}

	/** Requests this process lets out at once now: at least one, at most the token's limit. */
	get capacity(): number {
		return Math.max(1, Math.floor(this.share));
	}

	/** Current share (tests, benchmarks). */
	get inFlightShare(): number {
		return this.share;
	}

	/** wolkvox answered that the token had too many requests in flight: halve this process's share. */
	tooManyInFlight(): void {
		if (this.adaptive) this.share = Math.max(AIMD.minShare, this.share / 2);
	}

	/** An answered request: win a little of the share back. */
	answered(): void {
		if (this.adaptive) this.share = Math.min(this.limit, this.share + AIMD.increase);
	}

	/**
	 * Waits while the gate is closed for maintenance. Returns the caller's probe id when it is the one
	 * request allowed through to ask wolkvox, else 0. Adds the time waited to `waited.ms`; throws
	 * BudgetExhausted past `budgetMs`.
	 */
	async passMaintenance(
		waited: { ms: number },
		budgetMs: number,
		signal?: AbortSignal,
	): Promise<number> {
		while (this.maintenance) {
			const start = Date.now();
			// A probe that is due goes out even on a spent budget (e.g. 0 s): otherwise nothing would
			// ever reopen a gate that a maintenance answer closed.
			if (start >= this.blockedUntil && !this.probing) {
				this.probing = ++this.probes;
				this.probeSettled = new Promise((resolve) => (this.settleProbe = resolve));
				return this.probing;
			}
			const left = budgetMs - waited.ms;
			if (left <= 0) throw new BudgetExhausted();
			if (start < this.blockedUntil) {
				await this.pause(Math.min(this.blockedUntil - start, left), signal);
			} else {
				// Short slices: a long-running probe must not let a waiter overrun its budget.
				await untilAborted(
					Promise.race([this.probeSettled, this.pause(Math.min(left, 500), signal)]),
					signal,
				);
			}
			waited.ms += Date.now() - start;
		}
		return 0;
	}

	/** True while maintenance holds requests back and `probe` is not the one allowed through. */
	heldBack(probe: number): boolean {
		return this.maintenance && (probe === 0 || this.probing !== probe);
	}

	/** A maintenance answer: close the gate until the next probe time. Returns that wait. */
	closeForMaintenance(retryAfterMs?: number): number {
		// Retry-After 0 (or a past date) must not turn the probe into a busy loop.
		const delay =
			retryAfterMs !== undefined
				? Math.max(retryAfterMs, MIN_PROBE_INTERVAL_MS)
				: backoffDelay(this.attempt++, MAINTENANCE_BACKOFF);
		this.maintenance = true;
		this.blockedUntil = Math.max(this.blockedUntil, Date.now() + delay);
		this.endProbe(this.probing);
		return delay;
	}

	/** Any answer other than maintenance: wolkvox is serving again. */
	open(): void {
		if (!this.maintenance) return;
		this.maintenance = false;
		this.attempt = 0;
		this.blockedUntil = 0;
		this.endProbe(this.probing);
	}

	/** Probe `id` is over (answered, cancelled, failed): let waiters look at the gate again. */
	endProbe(id: number): void {
		if (id === 0 || this.probing !== id) return;
		this.probing = 0;
		this.settleProbe();
	}

	async acquire(signal?: AbortSignal): Promise<void> {
		if (this.inFlight < this.capacity && this.slotWaiters.length === 0) {
			this.inFlight++;
			return;
		}
		let granted = (): void => {};
		const turn = new Promise<void>((resolve) => {
			granted = resolve;
			this.slotWaiters.push(resolve);
		});
		const cancelled = await untilAborted(turn, signal).then(
			() => undefined,
			(error: Error) => error,
		);
		if (cancelled) {
			const index = this.slotWaiters.indexOf(granted);
			if (index >= 0) this.slotWaiters.splice(index, 1);
			else this.release(); // the slot was handed over just as we were cancelled
			throw cancelled;
		}
		// grant() counted the slot for us.
	}

	/**
	 * The request that held a slot is over. Below a share of one, the slot stays empty for a while
	 * (`heldMs` × (1 / share − 1)), so that this process keeps about `share` requests in flight.
	 */
	release(heldMs = 0): void {
		const free = () => {
			this.inFlight--;
			this.grant();
		};
		const rest = this.share < 1 && heldMs > 0 ? Math.round(heldMs * (1 / this.share - 1)) : 0;
		if (rest > 0) void this.pause(rest).then(free, free);
		else free();
	}

	private grant(): void {
		while (this.inFlight < this.capacity && this.slotWaiters.length > 0) {
			this.inFlight++;
			this.slotWaiters.shift()!();
		}
	}
}

const gates = new Map<string, TokenGate>();

/** The process-wide gate of a token (the first caller's `pause` serves every later one). */
export function gateFor(baseUrl: string, token: string, pause: Pause): TokenGate {
	const key = hash53(`${baseUrl}\n${token}`); // the map key must not be the token itself
	let gate = gates.get(key);
	if (!gate) {
		gate = new TokenGate(pause);
		gates.set(key, gate);
	}
	return gate;
}
