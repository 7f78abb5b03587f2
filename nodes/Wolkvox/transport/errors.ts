import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** Maintenance lasted longer than the retry budget: the item goes to the Maintenance output. */
export class MaintenanceTimeout extends Error {
	constructor(
		readonly attempts: number,
		readonly waitedMs: number,
	) {
		super(
			`wolkvox stayed in maintenance for the whole retry budget (${Math.round(waitedMs / 1000)} s, ${attempts} attempts)`,
		);
	}
}

/** The execution's "max API calls" was reached before this request was sent. */
export class CallBudgetReached extends Error {
	constructor(readonly maxCalls: number) {
		super(`The limit of ${maxCalls} API calls for this execution was reached`);
	}
}

/** Not sent: an earlier item failed and the node is stopping (no continueOnFail). */
export class NotSent extends Error {
	constructor() {
		super('Not sent: the node stopped at an earlier error');
	}
}

/** Every text shown to users passes through here: the token never leaves the node. */
export function redact(text: string, secret: string): string {
	return secret.length >= 4 ? text.split(secret).join('***') : text;
}

export function apiError(
	node: INode,
	secret: string,
	itemIndex: number,
	message: string,
	description: string,
	httpCode?: number,
	kind?: string,
): NodeApiError {
	const clean = { message: redact(message, secret), description: redact(description, secret) };
	const error = new NodeApiError(node, { ...clean, httpCode: httpCode ?? null } as JsonObject, {
		...clean,
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex,
	});
	// Lets bulk jobs tell "stop everything" (quota, token) from a failure of one batch.
	if (kind) error.context.wolkvoxOutcome = kind;
	return error;
}

/** Failures after which no further call on this token can succeed in this execution. */
export function stopsTheJob(error: unknown): boolean {
	if (error instanceof CallBudgetReached) return true;
	const outcome = (error as NodeApiError)?.context?.wolkvoxOutcome;
	return outcome === 'quota' || outcome === 'auth';
}
