/**
 * One input item of a query or action operation, by the endpoint's strategy: a single call, a
 * paged list, or a date range pulled in windows. "Whole Response" is always a single call.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { EndpointDef } from '../../../core/catalog';
import { MaintenanceTimeout, NotSent } from '../../../core/failures';
import { fetchPages } from '../../../core/paging';
import { fetchRange, newProgress, type RangeProgress } from '../../../core/rangeFetch';
import { extractRecords, shapeRow, wholeAnswer } from '../../../core/records';
import { rangeReport } from '../../../core/reports';
import { callWolkvox, type Session } from '../../../core/transport';
import { errorItem, nodeError, recordItems } from '../../shared/outcomes';
import { buildItemRequest, type ItemRequest } from './itemRequest';

export interface RunTotals extends Omit<RangeProgress, 'done'> {
	batches: number;
}

export const newTotals = (): RunTotals => ({
	windows: 0,
	bisections: 0,
	continuations: 0,
	rows: 0,
	batches: 0,
});

interface ItemRun {
	ctx: IExecuteFunctions;
	session: Session;
	endpoint: EndpointDef;
	itemIndex: number;
	request: ItemRequest;
	totals: RunTotals;
	/** The item's output so far. */
	out: INodeExecutionData[];
	/** Adds rows to the item's output (shaped by the item's options). */
	emit: (rows: IDataObject[]) => void;
}

type Strategy = (run: ItemRun) => Promise<void>;

const single: Strategy = async ({ session, endpoint, request, emit }) => {
	const answer = await callWolkvox(session, request.req);
	if (!answer.noData) emit(extractRecords(answer.body, endpoint.dataPath));
};

const paged: Strategy = async ({ ctx, session, endpoint, itemIndex, request, emit }) => {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	await fetchPages({ session, endpoint, first: request.req, limit, emit });
};

/** A range pull that stops part-way (quota, call limit, loss guard) says what it fetched and what not. */
const range: Strategy = async (run) => {
	const { ctx, session, endpoint, itemIndex, request, totals, out, emit } = run;
	if (!request.range) return await single(run);
	const progress = newProgress();
	const failure = await fetchRange(
		session,
		endpoint,
		request.req,
		request.range,
		emit,
		progress,
	).then(
		() => undefined,
		(error: Error) => error,
	);
	totals.windows += progress.windows;
	totals.bisections += progress.bisections;
	totals.continuations += progress.continuations;
	totals.rows += progress.rows;
	if (!failure) return;
	// NotSent must reach the router as it is: it is not the cause of the stop, the other item's error is.
	if (
		failure instanceof MaintenanceTimeout ||
		failure instanceof NotSent ||
		session.signal?.aborted
	) {
		throw failure;
	}
	const report = rangeReport(request.range, progress.done, progress.rows, session.stats.calls);
	if (!ctx.continueOnFail())
		throw nodeError(ctx.getNode(), failure, session.secret, itemIndex, report);
	// Continue on Fail: the rows fetched before the stop are kept, followed by the error item.
	out.push(errorItem(failure, session.secret, itemIndex, report));
};

const STRATEGIES: Record<'single' | 'paged' | 'range', Strategy> = { single, paged, range };

/** Runs one item of a catalog query/action endpoint and returns its items. */
export async function executeCatalogItem(
	ctx: IExecuteFunctions,
	session: Session,
	endpoint: EndpointDef,
	itemIndex: number,
	totals: RunTotals,
): Promise<INodeExecutionData[]> {
	const request = await buildItemRequest(ctx, endpoint, itemIndex);
	if (request.options.output === 'whole') {
		const answer = await callWolkvox(session, request.req);
		return [recordItems(itemIndex)(wholeAnswer(answer.body))];
	}
	const out: INodeExecutionData[] = [];
	const item = recordItems(itemIndex);
	const emit = (rows: IDataObject[]) => {
		for (const row of rows) out.push(item(shapeRow(row, request.options)));
	};
	const strategy = STRATEGIES[endpoint.strategy as keyof typeof STRATEGIES];
	await strategy({ ctx, session, endpoint, itemIndex, request, totals, out, emit });
	return out;
}
