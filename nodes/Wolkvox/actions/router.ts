import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { MaintenanceTimeout, NotSent, redact } from '../transport/errors';
import { openSession, type WolkvoxSession } from '../transport/request';
import { buildApiRequest, executeApiRequest } from './apiRequest';
import { executeBulk } from './bulk';
import { currentEndpoint, executeCatalogItem, newTotals } from './catalogOperation';
import { readRunOptions, type RunOptions } from './options';

export type ItemHandler = (
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	itemIndex: number,
) => Promise<INodeExecutionData[]>;

/** What an item was about to do, for the Maintenance output. */
export type Attempted = (ctx: IExecuteFunctions, itemIndex: number) => IDataObject;

type Result =
	| { kind: 'ok'; items: INodeExecutionData[] }
	| { kind: 'maintenance'; error: MaintenanceTimeout }
	| { kind: 'error'; error: Error };

function listIndexes(indexes: number[]): string {
	if (indexes.length === 0) return 'none';
	return indexes.length > 30
		? `${indexes.slice(0, 30).join(', ')} ... (${indexes.length} in all)`
		: indexes.join(', ');
}

/** Entry point of the node: picks the operation, runs it, adds the optional summary item. */
export async function route(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const run = readRunOptions(ctx);
	const isApiRequest = (ctx.getNodeParameter('resource', 0) as string) === 'apiRequest';
	const service = !isApiRequest && currentEndpoint(ctx).service === 'crm' ? 'crm' : 'v2';
	const session = await openSession(ctx, run.settings, service);
	const totals = newTotals();
	let outputs: INodeExecutionData[][];
	if (isApiRequest) {
		outputs = await runPerItem(ctx, session, run, executeApiRequest, (c, i) => {
			const { method, file, api } = buildApiRequest(c, i);
			return { method, file, api };
		});
	} else {
		const endpoint = currentEndpoint(ctx);
		const attempted = () => ({ method: endpoint.method, file: endpoint.file, api: endpoint.api });
		outputs = endpoint.records
			? await executeBulk(ctx, session, endpoint, run.maintenanceToOutput, totals)
			: await runPerItem(
					ctx,
					session,
					run,
					(c, s, i) => executeCatalogItem(c, s, endpoint, i, totals),
					attempted,
				);
	}
	if (run.summary) {
		const { windows, bisections, continuations, rows, batches } = totals;
		outputs[0].push({
			json: {
				wolkvox: {
					summary: true,
					...session.stats,
					windows,
					bisections,
					continuations,
					rows,
					batches,
				},
			},
			pairedItem: ctx.getInputData().map((_item, item) => ({ item })),
		});
	}
	return outputs;
}

/**
 * Runs every input item concurrently (the token gate keeps 2 requests in flight) and routes each
 * result: records to Success, maintenance timeouts to Maintenance, errors to continueOnFail items
 * or to one error that says which items completed before it.
 */
async function runPerItem(
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	run: RunOptions,
	handler: ItemHandler,
	attempted: Attempted,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const continueOnFail = ctx.continueOnFail();

	const results = await Promise.all(
		items.map(
			async (_item, i): Promise<Result> =>
				await handler(ctx, session, i).then(
					(out): Result => ({ kind: 'ok', items: out }),
					(error: Error): Result => {
						if (error instanceof MaintenanceTimeout && run.maintenanceToOutput)
							return { kind: 'maintenance', error };
						// Without continueOnFail the node stops: items not sent yet must not be sent.
						if (!continueOnFail) session.halted = true;
						return { kind: 'error', error };
					},
				),
		),
	);
	// A stopped execution ends here, not as per-item errors.
	if (session.signal?.aborted)
		throw new NodeOperationError(ctx.getNode(), 'The execution was cancelled');

	const success: INodeExecutionData[] = [];
	const maintenance: INodeExecutionData[] = [];
	results.forEach((result, i) => {
		// One item's pull can be 250,000 rows: push(...rows) would overflow the call stack.
		if (result.kind === 'ok') for (const item of result.items) success.push(item);
		else if (result.kind === 'maintenance')
			maintenance.push(maintenanceItem(ctx, attempted, i, result.error));
		else if (continueOnFail) success.push(errorItem(session, result.error, i));
	});

	const failed = results.findIndex((r) => r.kind === 'error' && !(r.error instanceof NotSent));
	if (failed >= 0 && !continueOnFail) throw stopError(ctx, session, results, failed);
	return [success, maintenance];
}

function maintenanceItem(
	ctx: IExecuteFunctions,
	attempted: Attempted,
	i: number,
	error: MaintenanceTimeout,
): INodeExecutionData {
	const input = ctx.getInputData()[i];
	return {
		json: {
			...input.json,
			wolkvox: {
				maintenance: true,
				attempted: attempted(ctx, i),
				attempts: error.attempts,
				waitedMs: error.waitedMs,
				at: new Date().toISOString(),
			},
		},
		...(input.binary ? { binary: input.binary } : {}),
		pairedItem: { item: i },
	};
}

/**
 * json keys stay {error, message}: n8n routes an item to the error output ("On Error: Continue
 * (using error output)") only when its json has no other keys (1.x: exactly these; 2.x: a subset of
 * error/message/details). `item.error` would route too, but n8n then keeps only {error}.
 */
function errorItem(session: WolkvoxSession, error: Error, i: number): INodeExecutionData {
	const description = (error as NodeApiError).description;
	return {
		json: {
			error: redact(error.message, session.secret),
			...(description ? { message: redact(description, session.secret) } : {}),
		},
		pairedItem: { item: i },
	};
}

function stopError(
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	results: Result[],
	failed: number,
): Error {
	const done = results.flatMap((r, i) => (r.kind === 'ok' ? [i] : []));
	const notSent = results.flatMap((r, i) =>
		r.kind === 'error' && r.error instanceof NotSent ? [i] : [],
	);
	const { error } = results[failed] as { error: Error };
	const summary = `Items completed before the stop: ${listIndexes(done)}. Items not sent: ${listIndexes(notSent)}.`;
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.description = [error.description, summary].filter(Boolean).join(' ');
		return error;
	}
	return new NodeOperationError(ctx.getNode(), redact(error.message, session.secret), {
		itemIndex: failed,
		description: summary,
	});
}
