/**
 * Entry point of the node's execution: opens the session, picks how to run the operation (a table
 * by strategy), routes each item's result to Success, Maintenance or an error, adds the summary.
 */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { EndpointDef } from '../../../core/catalog';
import { MaintenanceTimeout, NotSent } from '../../../core/failures';
import { stopReport } from '../../../core/reports';
import type { Session } from '../../../core/transport';
import { openSession } from '../../shared/session';
import {
	errorItem,
	maintenanceItem,
	nodeError,
	summaryItem,
	type Attempted,
} from '../../shared/outcomes';
import { selectedEndpoint, type NodeVersion } from '../descriptions/resources';
import { buildApiRequest, executeApiRequest } from './apiRequest';
import { executeBulk } from './bulk';
import { executeCatalogItem, newTotals, type RunTotals } from './catalogItem';
import { readRunOptions, type RunOptions } from './runOptions';
import { answerAsTool, runsAsTool } from './tool';

/** Runs one input item; its error is routed by the caller. */
type ItemHandler = (itemIndex: number) => Promise<INodeExecutionData[]>;

interface Run {
	ctx: IExecuteFunctions;
	session: Session;
	options: RunOptions;
	totals: RunTotals;
}

/** How each kind of operation runs: per item (queries, actions, API Request) or all items at once (bulk). */
const RUNNERS = {
	apiRequest: (run: Run) =>
		runPerItem(
			run,
			(i) => executeApiRequest(run.ctx, run.session, i),
			(i) => {
				const { method, file, api } = buildApiRequest(run.ctx, i);
				return { method, file, api };
			},
		),
	catalog: (run: Run, endpoint: EndpointDef) =>
		runPerItem(
			run,
			(i) => executeCatalogItem(run.ctx, run.session, endpoint, i, run.totals),
			() => ({ method: endpoint.method, file: endpoint.file, api: endpoint.api }),
		),
	bulk: (run: Run, endpoint: EndpointDef) =>
		executeBulk(run.ctx, run.session, endpoint, run.options.maintenanceToOutput, run.totals),
};

/** The endpoint the node is set to (resource, report group and operation are not per item). */
function currentEndpoint(ctx: IExecuteFunctions): EndpointDef {
	const version: NodeVersion = ctx.getNode().typeVersion >= 2 ? 2 : 1;
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const group =
		version === 1 && resource === 'report'
			? (ctx.getNodeParameter('reportGroup', 0) as string)
			: undefined;
	const endpoint = selectedEndpoint(version, resource, operation, group);
	if (!endpoint) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Unknown operation "${operation}" of resource "${resource}"`,
		);
	}
	return endpoint;
}

export async function route(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	if (!runsAsTool(ctx)) return await execute(ctx);
	const isApiRequest = (ctx.getNodeParameter('resource', 0) as string) === 'apiRequest';
	const operation = isApiRequest ? 'API Request' : currentEndpoint(ctx).name;
	return await answerAsTool(ctx, operation, async () => await execute(ctx));
}

async function execute(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const options = readRunOptions(ctx);
	const isApiRequest = (ctx.getNodeParameter('resource', 0) as string) === 'apiRequest';
	const endpoint = isApiRequest ? undefined : currentEndpoint(ctx);
	const session = await openSession(
		ctx,
		options.settings,
		endpoint?.service === 'crm' ? 'crm' : 'v2',
	);
	const run: Run = { ctx, session, options, totals: newTotals() };
	const outputs = !endpoint
		? await RUNNERS.apiRequest(run)
		: endpoint.strategy === 'bulk'
			? await RUNNERS.bulk(run, endpoint)
			: await RUNNERS.catalog(run, endpoint);
	if (options.summary) {
		outputs[0].push(summaryItem({ ...session.stats, ...run.totals }, ctx.getInputData().length));
	}
	return outputs;
}

type Result =
	| { kind: 'ok'; items: INodeExecutionData[] }
	| { kind: 'maintenance'; error: MaintenanceTimeout }
	| { kind: 'error'; error: Error };

/**
 * Runs every input item concurrently (the token gate keeps 2 requests in flight) and routes each
 * result: records to Success, maintenance timeouts to Maintenance, errors to continueOnFail items
 * or to one error that says which items completed before it.
 */
async function runPerItem(
	{ ctx, session, options }: Run,
	handler: ItemHandler,
	attempted: (itemIndex: number) => Attempted,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const continueOnFail = ctx.continueOnFail();
	const results = await Promise.all(
		items.map(
			async (_item, i): Promise<Result> =>
				await handler(i).then(
					(out): Result => ({ kind: 'ok', items: out }),
					(error: Error): Result => {
						if (error instanceof MaintenanceTimeout && options.maintenanceToOutput) {
							return { kind: 'maintenance', error };
						}
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
		else if (result.kind === 'maintenance') {
			maintenance.push(maintenanceItem(items[i], i, attempted(i), result.error));
		} else if (continueOnFail) success.push(errorItem(result.error, session.secret, i));
	});

	// The error that stopped the node; a NotSent one only when nothing else failed (an earlier node
	// of this execution spent the quota or lost the token): never a silent empty output.
	const isError = (r: Result) => r.kind === 'error';
	const firstFailure = results.findIndex((r) => isError(r) && !(r.error instanceof NotSent));
	const failed = firstFailure >= 0 ? firstFailure : results.findIndex(isError);
	if (failed >= 0 && !continueOnFail) {
		const done = results.flatMap((r, i) => (r.kind === 'ok' ? [i] : []));
		const notSent = results.flatMap((r, i) =>
			r.kind === 'error' && r.error instanceof NotSent ? [i] : [],
		);
		const { error } = results[failed] as { error: Error };
		throw nodeError(ctx.getNode(), error, session.secret, failed, stopReport(done, notSent));
	}
	return [success, maintenance];
}
