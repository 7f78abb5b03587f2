/**
 * The one place that turns outcomes into what n8n sees: Maintenance items, error items, and the
 * NodeApiError / NodeOperationError that stops the node for an item's failure. Every item path
 * (per item, range, paged, bulk, tool) goes through here, so they all say the same thing the same
 * way; only node-wide errors (credential fields, a cancelled run, trigger settings) are built where
 * they arise.
 */
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	IPairedItemData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	CallBudgetReached,
	InvalidInput,
	MaintenanceTimeout,
	NotSent,
	redact,
	WolkvoxFailure,
} from '../../core/failures';

/** What an item was about to do, shown on its Maintenance item. */
export type Attempted = IDataObject;

const paired = (items: number | number[]): IPairedItemData | IPairedItemData[] =>
	Array.isArray(items) ? items.map((item) => ({ item })) : { item: items };

/** The error's own description plus what the job reports about completed and unsent work. */
function withReport(description: string | undefined | null, report?: string): string {
	return [description, report].filter(Boolean).join(' ');
}

function descriptionOf(error: Error): string | undefined {
	const { description } = error as { description?: unknown };
	return typeof description === 'string' ? description : undefined;
}

/**
 * An input item that waited out the retry budget in a maintenance window: its original json and
 * binary data plus a `wolkvox` object, so a Wait node can loop it back unchanged.
 */
export function maintenanceItem(
	input: INodeExecutionData,
	itemIndex: number,
	attempted: Attempted,
	error: MaintenanceTimeout,
): INodeExecutionData {
	return {
		json: {
			...input.json,
			wolkvox: {
				maintenance: true,
				attempted,
				attempts: error.attempts,
				waitedMs: error.waitedMs,
				at: new Date().toISOString(),
			},
		},
		...(input.binary ? { binary: input.binary } : {}),
		pairedItem: { item: itemIndex },
	};
}

/**
 * json keys stay {error, message}: n8n routes an item to the error output ("On Error: Continue
 * (using error output)") only when its json has no other keys (1.x: exactly these; 2.x: a subset of
 * error/message/details). `item.error` would route too, but n8n then keeps only {error}.
 */
export function errorItem(
	error: Error,
	secret: string,
	items: number | number[],
	report?: string,
): INodeExecutionData {
	const message = withReport(descriptionOf(error), report);
	return {
		json: {
			error: redact(error.message, secret),
			...(message ? { message: redact(message, secret) } : {}),
		},
		pairedItem: paired(items),
	};
}

/** The core failure behind an error, for callers that answer differently per kind (AI agents). */
function outcomeOf(error: Error): string | undefined {
	if (error instanceof WolkvoxFailure) return error.outcome;
	// Not sent because an earlier call spent the quota or lost the token: the same answer for agents.
	if (error instanceof NotSent) return error.earlier?.outcome;
	if (error instanceof InvalidInput) return 'invalid';
	if (error instanceof MaintenanceTimeout) return 'maintenance';
	if (error instanceof CallBudgetReached) return 'callBudget';
	return undefined;
}

/** The error that stops the node, with the report of what completed appended to its description. */
export function nodeError(
	node: INode,
	error: Error,
	secret: string,
	itemIndex?: number,
	report?: string,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (report) error.description = withReport(error.description, report);
		return error;
	}
	const message = redact(error.message, secret);
	let converted: NodeApiError | NodeOperationError;
	if (error instanceof WolkvoxFailure) {
		const description = redact(withReport(error.description, report), secret);
		converted = new NodeApiError(
			node,
			{ message, description, httpCode: error.httpCode ?? null } as JsonObject,
			{
				message,
				description,
				httpCode: error.httpCode === undefined ? undefined : String(error.httpCode),
				itemIndex,
			},
		);
	} else {
		const description = withReport(descriptionOf(error), report);
		converted = new NodeOperationError(node, message, {
			itemIndex,
			...(description ? { description: redact(description, secret) } : {}),
		});
	}
	// Lets callers tell "stop everything" (quota, token) or "fix a value" from a failed request.
	const outcome = outcomeOf(error);
	if (outcome) converted.context.wolkvoxOutcome = outcome;
	if (error instanceof MaintenanceTimeout) converted.context.waitedMs = error.waitedMs;
	return converted;
}

/**
 * Rows, or a whole answer, as items paired with the input item they came from. The items of one
 * input item share one pairedItem: a 250,000-row pull keeps no 250,000 copies of it.
 */
export function recordItems(itemIndex: number): (json: IDataObject) => INodeExecutionData {
	const pairedItem = { item: itemIndex };
	return (json) => ({ json, pairedItem });
}

/** A bulk batch's answer: wolkvox's envelope plus the batch's facts, paired with all its items. */
export function batchItem(
	envelope: IDataObject,
	meta: IDataObject,
	itemIndexes: number[],
): INodeExecutionData {
	return { json: { ...envelope, wolkvox: meta }, pairedItem: paired(itemIndexes) };
}

/** The last item of "Add Summary Item": what the node spent, paired with every input item. */
export function summaryItem(summary: IDataObject, itemCount: number): INodeExecutionData {
	return {
		json: { wolkvox: { summary: true, ...summary } },
		pairedItem: Array.from({ length: itemCount }, (_item, item) => ({ item })),
	};
}
