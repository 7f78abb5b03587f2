/** Waiting policy: exponential growth, a cap per wait and jitter. Pure. */
export interface BackoffPolicy {
	/** First wait's ceiling. */
	baseMs: number;
	/** No single wait is longer than this. */
	capMs: number;
	/**
	 * Jitter is drawn over [floorMs, ceiling]: full jitter above a floor, so that one shared
	 * maintenance probe neither hammers the server nor sleeps long after the window closes.
	 */
	floorMs: number;
}

/**
 * Maintenance probes: one every 2.5-3 s per token once the window is established. With the (up to
 * 2) calls that were in flight when it opened, a 20 s window sees at most 10 requests (<= 0.5/s)
 * and the first success comes at most ~3 s after it ends. (A 1.5 s floor gave 11 on average.)
 */
export const MAINTENANCE_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 3000, floorMs: 2500 };
/** "More than 2 requests in flight" from another client on the same token: short waits. */
export const CONCURRENCY_BACKOFF: BackoffPolicy = { baseMs: 250, capMs: 2000, floorMs: 0 };
/** 5xx, resets, timeouts, broken bodies on requests that are safe to repeat. */
export const TRANSIENT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 10000, floorMs: 0 };
/** Transient failures are retried at most this many times (maintenance is bounded by the budget). */
export const MAX_TRANSIENT_RETRIES = 4;

export function backoffDelay(
	attempt: number,
	policy: BackoffPolicy,
	random: () => number = Math.random,
): number {
	const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
	const floor = Math.min(policy.floorMs, ceiling);
	return Math.round(floor + random() * (ceiling - floor));
}

/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(Array.isArray(value) ? value[0] : value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const at = Date.parse(text);
	return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
