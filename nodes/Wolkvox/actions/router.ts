import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { MaintenanceTimeout, NotSent, redact } from '../transport/errors';
import { openSession, type WolkvoxSession } from '../transport/request';
import { executeApiRequest, buildApiRequest } from './apiRequest';
import { readRunOptions } from './options';

export type ItemHandler = (
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	itemIndex: number,
) => Promise<INodeExecutionData[]>;

/** What an item was about to do, for the Maintenance output. */
export type Attempted = (ctx: IExecuteFunctions, itemIndex: number) => IDataObject;

export interface Operation {
	run: ItemHandler;
	attempted: Attempted;
}

const OPERATIONS: Record<string, Operation> = {
	'apiRequest.send': {
		run: executeApiRequest,
		attempted: (ctx, i) => {
			const { method, file, api } = buildApiRequest(ctx, i);
			return { method, file, api };
		},
	},
};

function operationFor(ctx: IExecuteFunctions): Operation {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const found = OPERATIONS[`${resource}.${operation}`];
	if (!found) throw new NodeOperationError(ctx.getNode(), `Unknown operation "${operation}" of resource "${resource}"`);
	return found;
}

type Result =
	| { kind: 'ok'; items: INodeExecutionData[] }
	| { kind: 'maintenance'; error: MaintenanceTimeout }
	| { kind: 'error'; error: Error };

function listIndexes(indexes: number[]): string {
	if (indexes.length === 0) return 'none';
	return indexes.length > 30 ? `${indexes.slice(0, 30).join(', ')} ... (${indexes.length} in all)` : indexes.join(', ');
}

/**
 * Runs every input item concurrently (the token gate keeps 2 requests in flight) and routes each
 * result: records to Success, maintenance timeouts to Maintenance, errors to continueOnFail items
 * or to one error that says which items completed before it.
 */
export async function route(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const op = operationFor(ctx);
	const run = readRunOptions(ctx);
	const session = await openSession(ctx, run.settings);
	const items = ctx.getInputData();
	const continueOnFail = ctx.continueOnFail();

	const results = await Promise.all(
		items.map(
			async (_item, i): Promise<Result> =>
				await op.run(ctx, session, i).then(
					(out): Result => ({ kind: 'ok', items: out }),
					(error: Error): Result => {
						if (error instanceof MaintenanceTimeout && run.maintenanceToOutput) return { kind: 'maintenance', error };
						// Without continueOnFail the node stops: items not sent yet must not be sent.
						if (!continueOnFail) session.halted = true;
						return { kind: 'error', error };
					},
				),
		),
	);
	// A stopped execution ends here, not as per-item errors.
	if (session.signal?.aborted) throw new NodeOperationError(ctx.getNode(), 'The execution was cancelled');

	const success: INodeExecutionData[] = [];
	const maintenance: INodeExecutionData[] = [];
	results.forEach((result, i) => {
		if (result.kind === 'ok') success.push(...result.items);
		else if (result.kind === 'maintenance') maintenance.push(maintenanceItem(ctx, op, i, result.error));
		else if (continueOnFail) success.push(errorItem(session, result.error, i));
	});

	const failed = results.findIndex((r) => r.kind === 'error' && !(r.error instanceof NotSent));
	if (failed >= 0 && !continueOnFail) throw stopError(ctx, session, results, failed);
	return [success, maintenance];
}

function maintenanceItem(ctx: IExecuteFunctions, op: Operation, i: number, error: MaintenanceTimeout): INodeExecutionData {
	const input = ctx.getInputData()[i];
	return {
		json: {
			...input.json,
			wolkvox: {
				maintenance: true,
				attempted: op.attempted(ctx, i),
				attempts: error.attempts,
				waitedMs: error.waitedMs,
				at: new Date().toISOString(),
			},
		},
		...(input.binary ? { binary: input.binary } : {}),
		pairedItem: { item: i },
	};
}

function errorItem(session: WolkvoxSession, error: Error, i: number): INodeExecutionData {
	const description = (error as NodeApiError).description;
	return {
		json: {
			error: redact(error.message, session.secret),
			...(description ? { description: redact(description, session.secret) } : {}),
		},
		pairedItem: { item: i },
	};
}

function stopError(ctx: IExecuteFunctions, session: WolkvoxSession, results: Result[], failed: number): Error {
	const done = results.flatMap((r, i) => (r.kind === 'ok' ? [i] : []));
	const notSent = results.flatMap((r, i) => (r.kind === 'error' && r.error instanceof NotSent ? [i] : []));
	const { error } = results[failed] as { error: Error };
	const summary = `Items completed before the stop: ${listIndexes(done)}. Items not sent: ${listIndexes(notSent)}.`;
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.description = [error.description, summary].filter(Boolean).join(' ');
		return error;
	}
	return new NodeOperationError(ctx.getNode(), redact(error.message, session.secret), { itemIndex: failed, description: summary });
}
