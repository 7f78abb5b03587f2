import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { findEndpoint, type EndpointDef } from '../catalog';
import { nestFields, simplify, type CrmFieldSpec } from '../helpers/crmValues';
import { epochToWall, wallToEpoch } from '../helpers/dates';
import { typeRecord } from '../helpers/typedOutput';
import { MaintenanceTimeout, NotSent, redact } from '../transport/errors';
import { wolkvoxRequest, type WolkvoxRequest, type WolkvoxSession } from '../transport/request';
import { attachInBody, formParts, placeParams, readValues } from './params';
import { fetchRange, type RangeProgress } from './rangeFetch';
import { extractRecords, readPath, wholeAnswer } from './records';

export interface CatalogOptions {
	output?: 'records' | 'whole';
	typedOutput?: boolean;
	timezone?: string;
	splitRange?: boolean;
	batchSize?: number;
	/** CRM: flatten nested values ({value, symbol} ...) to plain ones. */
	simplify?: boolean;
	/** CRM: how to nest the values of named fields. */
	fieldTypes?: { types?: CrmFieldSpec[] };
}

/** The "Field Types" option as specs (empty field names dropped). */
export function fieldTypeSpecs(options: CatalogOptions): CrmFieldSpec[] {
	return (options.fieldTypes?.types ?? [])
		.map((spec) => ({ ...spec, field: String(spec.field ?? '').trim() }))
		.filter((spec) => spec.field !== '');
}

/** A row as the item's json: CRM Simplify, then Typed Output. */
export function outputRow(row: IDataObject, options: CatalogOptions): IDataObject {
	const plain = options.simplify ? (simplify(row) as IDataObject) : row;
	return options.typedOutput ? (typeRecord(plain) as IDataObject) : plain;
}

/** The endpoint the node is set to (resource, report group and operation are not per item). */
export function currentEndpoint(ctx: IExecuteFunctions): EndpointDef {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const group =
		resource === 'report' ? (ctx.getNodeParameter('reportGroup', 0) as string) : undefined;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const endpoint = findEndpoint(resource, group, operation);
	if (!endpoint)
		throw new NodeOperationError(
			ctx.getNode(),
			`Unknown operation "${operation}" of resource "${resource}"`,
		);
	return endpoint;
}

export function catalogOptions(ctx: IExecuteFunctions, itemIndex: number): CatalogOptions {
	return ctx.getNodeParameter('options', itemIndex, {}) as CatalogOptions;
}

export function timeZoneOf(ctx: IExecuteFunctions, options: CatalogOptions): string {
	return options.timezone?.trim() || ctx.getTimezone();
}

/** Validates one item's parameters and builds its request (nothing is sent). */
export async function buildCatalogRequest(
	ctx: IExecuteFunctions,
	endpoint: EndpointDef,
	itemIndex: number,
) {
	const options = catalogOptions(ctx, itemIndex);
	const split = options.splitRange !== false && options.output !== 'whole';
	const values = readValues(ctx, endpoint.params, itemIndex, 'additionalFields');
	const built = placeParams(ctx, endpoint, values, itemIndex, timeZoneOf(ctx, options), split);
	if (endpoint.fixedBody) Object.assign(built.body, endpoint.fixedBody);
	if (
		endpoint.crmFields &&
		built.body[endpoint.crmFields] !== null &&
		typeof built.body[endpoint.crmFields] === 'object'
	) {
		built.body[endpoint.crmFields] = nestFields(
			built.body[endpoint.crmFields] as IDataObject,
			fieldTypeSpecs(options),
		);
	}
	if (built.attachments.length > 0) await attachInBody(ctx, built, itemIndex);
	const req: WolkvoxRequest = {
		method: endpoint.method,
		file: endpoint.file,
		api: endpoint.api,
		path: endpoint.path,
		qs: built.qs,
		body: Object.keys(built.body).length > 0 ? built.body : undefined,
		multipart: built.form.length > 0 ? await formParts(ctx, built.form, itemIndex) : undefined,
		readOnly: endpoint.readOnly,
	};
	return { req, range: split ? built.range : undefined, options };
}

export interface RunTotals extends RangeProgress {
	batches: number;
}

export const newTotals = (): RunTotals => ({
	windows: 0,
	bisections: 0,
	continuations: 0,
	rows: 0,
	done: [],
	batches: 0,
});

/** Runs one item of a query/action endpoint: a single call, a windowed pull, or a paged list. */
export async function executeCatalogItem(
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	endpoint: EndpointDef,
	itemIndex: number,
	totals: RunTotals,
): Promise<INodeExecutionData[]> {
	const { req, range, options } = await buildCatalogRequest(ctx, endpoint, itemIndex);
	const pairedItem = { item: itemIndex };
	const out: INodeExecutionData[] = [];
	const emit = (rows: IDataObject[]) => {
		for (const row of rows) out.push({ json: outputRow(row, options), pairedItem });
	};

	if (options.output === 'whole') {
		const answer = await wolkvoxRequest(session, req, itemIndex);
		return [{ json: wholeAnswer(answer.body), pairedItem }];
	}
	if (endpoint.paging) {
		if (endpoint.paging.style === 'page')
			await fetchNumberedPages(ctx, session, endpoint, req, itemIndex, emit);
		else await fetchPages(ctx, session, endpoint, req, itemIndex, emit);
		return out;
	}
	if (!range) {
		const answer = await wolkvoxRequest(session, req, itemIndex);
		if (!answer.noData) emit(extractRecords(answer.body, endpoint.dataPath));
		return out;
	}

	const progress: RangeProgress = {
		windows: 0,
		bisections: 0,
		continuations: 0,
		rows: 0,
		done: [],
	};
	const failure = await fetchRange(session, endpoint, req, range, itemIndex, emit, progress).then(
		() => undefined,
		(error: Error) => error,
	);
	totals.windows += progress.windows;
	totals.bisections += progress.bisections;
	totals.continuations += progress.continuations;
	totals.rows += progress.rows;
	if (!failure) return out;
	// NotSent must reach the router as it is: it is not the cause of the stop, the other item's error is.
	if (
		failure instanceof MaintenanceTimeout ||
		failure instanceof NotSent ||
		session.signal?.aborted
	)
		throw failure;

	// Stopped part-way (quota, call limit, loss guard): say exactly what was fetched and what was not.
	const last = progress.done[progress.done.length - 1];
	const fetched = last ? `${range.start} to ${last.end} (${progress.rows} rows)` : 'nothing';
	const missing = last
		? `${epochToWall(wallToEpoch(last.end) + 1)} to ${range.end}`
		: `${range.start} to ${range.end}`;
	const report = `Fetched: ${fetched}. Not fetched: ${missing}. API calls used by this node so far: ${session.stats.calls}.`;
	if (ctx.continueOnFail()) {
		out.push({
			json: { error: redact(failure.message, session.secret), message: report },
			pairedItem,
		});
		return out;
	}
	if (failure instanceof NodeApiError || failure instanceof NodeOperationError) {
		failure.description = [failure.description, report].filter(Boolean).join(' ');
		throw failure;
	}
	throw new NodeOperationError(ctx.getNode(), redact(failure.message, session.secret), {
		itemIndex,
		description: report,
	});
}

/** Cursor paging ("Return All" or up to "Limit"). */
async function fetchPages(
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	endpoint: EndpointDef,
	first: WolkvoxRequest,
	itemIndex: number,
	emit: (rows: IDataObject[]) => void,
): Promise<void> {
	const paging = endpoint.paging!;
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	let req = first;
	let count = 0;
	for (;;) {
		const answer = await wolkvoxRequest(session, req, itemIndex);
		const rows = answer.noData ? [] : extractRecords(answer.body, endpoint.dataPath);
		const take = rows.slice(0, Math.max(0, limit - count));
		emit(take);
		count += take.length;
		const cursor = readPath(answer.body, paging.responsePath);
		if (
			count >= limit ||
			rows.length === 0 ||
			cursor === undefined ||
			cursor === null ||
			cursor === ''
		)
			return;
		const inQuery = paging.in === 'query' || endpoint.method === 'GET';
		req = inQuery
			? { ...req, qs: { ...req.qs, [paging.requestParam]: String(cursor) } }
			: {
					...req,
					body: { ...((req.body as IDataObject) ?? {}), [paging.requestParam]: cursor as string },
				};
	}
}

/**
 * Numbered pages (CRM): page 1, 2, ... of a constant size (at most the API's maximum; smaller when
 * "Limit" asks for fewer rows). Stops at a short or empty page, at the announced total of pages, or
 * at "Limit". The page size never changes between pages, so no row is skipped or read twice.
 */
async function fetchNumberedPages(
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	endpoint: EndpointDef,
	first: WolkvoxRequest,
	itemIndex: number,
	emit: (rows: IDataObject[]) => void,
): Promise<void> {
	const paging = endpoint.paging!;
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? Infinity
		: Math.max(1, ctx.getNodeParameter('limit', itemIndex, 50) as number);
	const max = paging.maxPageSize ?? 250;
	const size = Math.min(max, limit);
	let count = 0;
	for (let page = 1; ; page++) {
		const pageParams: IDataObject = {
			[paging.requestParam]: page,
			...(paging.sizeParam ? { [paging.sizeParam]: size } : {}),
		};
		const req: WolkvoxRequest = {
			...first,
			body: { ...((first.body as IDataObject) ?? {}), ...pageParams },
		};
		const answer = await wolkvoxRequest(session, req, itemIndex);
		const rows = answer.noData
			? []
			: extractRecords(answer.body, endpoint.dataPath).filter((row) => Object.keys(row).length > 0);
		const take = rows.slice(0, Math.max(0, limit - count));
		emit(take);
		count += take.length;
		const total = Number(readPath(answer.body, paging.responsePath));
		if (
			count >= limit ||
			rows.length < size ||
			(Number.isFinite(total) && total > 0 && page >= total)
		)
			return;
	}
}
