/**
 * What can go wrong, as plain errors: the core throws these, the n8n adapter turns them into
 * NodeApiError / NodeOperationError items or errors at the one place it routes outcomes.
 */
import type { OutcomeKind } from './classify';

/** A wolkvox answer (or the lack of one) that ends the request, with the words to show the user. */
export class WolkvoxFailure extends Error {
	constructor(
		readonly outcome: OutcomeKind,
		message: string,
		readonly description: string,
		readonly httpCode?: number,
	) {
		super(message);
		this.name = 'WolkvoxFailure';
	}
}

/** A value that cannot be sent: the message names the field and what is expected. Nothing was sent. */
export class InvalidInput extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InvalidInput';
	}
}

/** Maintenance lasted longer than the retry budget: the item goes to the Maintenance output. */
export class MaintenanceTimeout extends Error {
	constructor(
		readonly attempts: number,
		readonly waitedMs: number,
	) {
		super(
			`wolkvox stayed in maintenance for the whole retry budget (${Math.round(waitedMs / 1000)} s, ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`,
		);
	}
}

/** The execution's "max API calls" was reached before this request was sent. */
export class CallBudgetReached extends Error {
	constructor(readonly maxCalls: number) {
		super(`The limit of ${maxCalls} API calls for this execution was reached`);
	}
}

/**
 * Not sent: an earlier item failed and the node is stopping (no continueOnFail), or an earlier
 * request of this execution spent the quota or was refused its token (then nothing more can work).
 */
export class NotSent extends Error {
	readonly description?: string;

	/** The quota or token answer that stopped the execution, when that is why. */
	constructor(readonly earlier?: WolkvoxFailure) {
		super(
			earlier?.outcome === 'quota'
				? "Not sent: the token's daily quota ran out on an earlier request"
				: earlier
					? 'Not sent: wolkvox refused the token on an earlier request'
					: 'Not sent: the node stopped at an earlier error',
		);
		if (earlier)
			this.description = `The earlier answer: ${earlier.message}. ${earlier.description}`;
	}
}

/** Every text shown to users passes through here: the token never leaves the node. */
export function redact(text: string, secret: string): string {
	return secret.length >= 4 ? text.split(secret).join('***') : text;
}

/** Failures after which no further call on this token can succeed in this execution. */
export function stopsTheJob(error: unknown): boolean {
	if (error instanceof CallBudgetReached) return true;
	return error instanceof WolkvoxFailure && (error.outcome === 'quota' || error.outcome === 'auth');
}

/** Runs `fn`; returns its error instead of throwing (so callers can branch without try/catch). */
export function attempt<T>(fn: () => T): { value: T } | { error: Error } {
	try {
		return { value: fn() };
	} catch (error) {
		return { error: error as Error };
	}
}
