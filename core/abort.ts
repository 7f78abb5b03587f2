/**
 * Cancellation without timers: the core never sleeps by itself (the adapter injects n8n's `sleep`),
 * but every wait must end as soon as the execution is stopped.
 */
function abortReason(signal: AbortSignal): Error {
	const reason: unknown = signal.reason;
	return reason instanceof Error ? reason : new Error('The execution was cancelled');
}

/**
 * Resolves when `promise` settles, rejects as soon as `signal` aborts. Also covers n8n 1.x, whose
 * `sleep` ignores the signal, so a stopped execution never sits out a long wait.
 */
export async function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
	if (!signal) return await promise;
	if (signal.aborted) throw abortReason(signal);
	let onAbort = (): void => {};
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => reject(abortReason(signal));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		return await Promise.race([promise, aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}

/** Waits `ms` (the adapter's timer), or less when the execution is cancelled (then rejects). */
export type Pause = (ms: number, signal?: AbortSignal) => Promise<void>;
