/** Paged lists: "Return All" or up to a limit, by cursor (Storage) or by page number (CRM). */
import type { IDataObject } from 'n8n-workflow';

import type { EndpointDef } from './catalog';
import { listRows, readPath } from './records';
import type { WolkvoxRequest } from './request';
import { callWolkvox, type Session } from './transport';

/** wolkvox answered a page cursor it had answered before: reading on would never end. */
export class RepeatedPage extends Error {
	constructor(cursor: string, rows: number) {
		super(
			`wolkvox answered the page cursor "${cursor.slice(0, 40)}" a second time, so reading on would repeat the same pages forever. Stopped after ${rows.toLocaleString('en-US')} rows`,
		);
	}
}

/** Rows of each page, in order, once. */
export type OnRows = (rows: IDataObject[]) => void;

interface PageRun {
	session: Session;
	endpoint: EndpointDef;
	first: WolkvoxRequest;
	/** Rows wanted at most (Infinity: Return All). */
	limit: number;
	emit: OnRows;
}

/** Reads pages until the last one or `limit` rows (Infinity: Return All). */
export async function fetchPages(run: PageRun): Promise<void> {
	if (run.endpoint.paging?.style === 'page') {
		await fetchNumberedPages({ ...run, limit: Math.max(1, run.limit) });
	} else {
		await fetchCursorPages(run);
	}
}

async function fetchCursorPages({ session, endpoint, first, limit, emit }: PageRun): Promise<void> {
	const paging = endpoint.paging!;
	let req = first;
	let count = 0;
	const cursors = new Set<string>();
	for (;;) {
		const answer = await callWolkvox(session, req);
		const rows = answer.noData ? [] : listRows(answer.body, endpoint.dataPath);
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
		) {
			return;
		}
		// A cursor seen before would read the same pages forever, each call against the quota.
		if (cursors.has(String(cursor))) throw new RepeatedPage(String(cursor), count);
		cursors.add(String(cursor));
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
 * the limit asks for fewer rows). Stops at a short or empty page, at the announced total of pages,
 * or at the limit. The page size never changes between pages, so no row is skipped or read twice.
 */
async function fetchNumberedPages({
	session,
	endpoint,
	first,
	limit,
	emit,
}: PageRun): Promise<void> {
	const paging = endpoint.paging!;
	const size = Math.min(paging.maxPageSize ?? 250, limit);
	let count = 0;
	for (let page = 1; ; page++) {
		const pageParams: IDataObject = {
			[paging.requestParam]: page,
			...(paging.sizeParam ? { [paging.sizeParam]: size } : {}),
		};
		const req = { ...first, body: { ...((first.body as IDataObject) ?? {}), ...pageParams } };
		const answer = await callWolkvox(session, req);
		const pageRows = answer.noData ? [] : listRows(answer.body, endpoint.dataPath);
		// Empty objects are not records; the page is short only by what wolkvox sent, though.
		const rows = pageRows.filter((row) => Object.keys(row).length > 0);
		const take = rows.slice(0, Math.max(0, limit - count));
		emit(take);
		count += take.length;
		const total = Number(readPath(answer.body, paging.responsePath));
		if (
			count >= limit ||
			pageRows.length < size ||
			(Number.isFinite(total) && total > 0 && page >= total)
		) {
			return;
		}
	}
}
