import { sleep } from 'n8n-workflow';

function abortReason(signal: AbortSignal): Error {
	const reason: unknown = signal.reason;
	return reason instanceof Error ? reason : new Error('The execution was cancelled');
}

/**
 * Resolves when `promise` settles, rejects as soon as `signal` aborts. Also covers n8n 1.x,
 * whose `sleep` ignores the signal, so a stopped execution never sits out a long wait.
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

/** Waits `ms`, or less when the execution is cancelled (then rejects). */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
	if (ms <= 0) return;
	// A rejected sleep after cancellation is already handled by the race.
	const sleeping = sleep(ms, signal).catch(() => undefined);
	await untilAborted(sleeping, signal);
}
