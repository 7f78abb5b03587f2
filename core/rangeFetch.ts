/**
 * Every row of a date range as one stream of calls. Each call asks for at most the endpoint's
 * limit (31 days) from where the previous one stopped; an answer cut at the row cap (wolkvox cuts
 * silently) moves the stream to its last complete second, across window boundaries, so a dense
 * range costs about rows / cap calls and a sparse one days / limit. Answers sorted newest first
 * are continued backwards from their earliest complete second; answers in no order are halved.
 */
import type { IDataObject } from 'n8n-workflow';

import type { EndpointDef } from './catalog';
import { epochToWall, shiftWall, toS14, wallToEpoch } from './dates';
import type { DateWindow } from './dateWindows';
import { listRows } from './records';
import type { WolkvoxRequest } from './request';
import type { TokenGate } from './gate';
import { callWolkvox, type Session } from './transport';

/** Below this a window that still hits the row cap cannot be split any further. */
export const MIN_WINDOW_SECONDS = 60;

export interface RangeProgress {
	/** Calls asked (each one window). */
	windows: number;
	bisections: number;
	continuations: number;
	rows: number;
	/** What is fetched completely: disjoint windows, sorted, adjacent ones merged. */
	done: DateWindow[];
}

export const newProgress = (): RangeProgress => ({
	windows: 0,
	bisections: 0,
	continuations: 0,
	rows: 0,
	done: [],
});

/** A window still at the cap that cannot be split: fetching it would lose rows silently. */
export class UnsplittableWindow extends Error {
	constructor(
		readonly window: DateWindow,
		readonly cap: number,
	) {
		super(
			`More than ${cap.toLocaleString('en-US')} rows fall between ${window.start} and ${window.end}, a window too short to split again: wolkvox would cut the rest off silently, so nothing was returned for it`,
		);
	}
}

type Order = 'ascending' | 'descending' | 'none';

/**
 * How wolkvox sorted an endpoint's rows the last time this token asked (kept with the token's
 * gate, for this process): where the next pull starts its stream.
 */
const learnedOrders = new WeakMap<TokenGate, Map<string, Order>>();

/**
 * The order of an answer's rows by their date: undefined when fewer than two distinct seconds
 * (no information), 'none' when unsorted, undated, or dated outside the window asked.
 */
function orderOf(dates: string[], window: DateWindow): Order | undefined {
	let up = true;
	let down = true;
	for (let i = 0; i < dates.length; i++) {
		const at = dates[i];
		if (at === '' || at < window.start || at > window.end) return 'none';
		if (i > 0 && at < dates[i - 1]) up = false;
		if (i > 0 && at > dates[i - 1]) down = false;
	}
	if (up && down) return undefined;
	return up ? 'ascending' : down ? 'descending' : 'none';
}

/** Windows still to fetch, sorted and disjoint; the stream takes from the front or the back. */
class Pending {
	constructor(private readonly windows: DateWindow[]) {}

	get empty(): boolean {
		return this.windows.length === 0;
	}

	/** The next window to ask: at most `span` seconds from the front (or the back). */
	next(span: number, backward: boolean): DateWindow {
		const p = backward ? this.windows[this.windows.length - 1] : this.windows[0];
		const start = wallToEpoch(p.start);
		const end = wallToEpoch(p.end);
		return backward
			? { start: epochToWall(Math.max(start, end - span + 1)), end: p.end }
			: { start: p.start, end: epochToWall(Math.min(end, start + span - 1)) };
	}

	/** `part` (the front or back of a pending window) is fetched. */
	settle(part: DateWindow): void {
		const i = this.windows.findIndex((w) => w.start <= part.start && part.end <= w.end);
		const w = this.windows[i];
		const before = part.start > w.start ? [{ start: w.start, end: shiftWall(part.start, -1) }] : [];
		const after = part.end < w.end ? [{ start: shiftWall(part.end, 1), end: w.end }] : [];
		this.windows.splice(i, 1, ...before, ...after);
	}
}

function addDone(done: DateWindow[], window: DateWindow): void {
	done.push(window);
	done.sort((a, b) => (a.start < b.start ? -1 : 1));
	for (let i = done.length - 1; i > 0; i--) {
		if (shiftWall(done[i - 1].end, 1) === done[i].start) {
			done[i - 1] = { start: done[i - 1].start, end: done[i].end };
			done.splice(i, 1);
		}
	}
}

/**
 * Fetches every row of [start, end]. `onRows` receives each complete part's rows once, with the
 * window they complete; a capped window is never returned as if it were complete.
 *
 * `forward`: complete parts always grow from the range's start (newest-first answers are treated
 * like unordered ones: halved from the front). The trigger needs this: a poll may stop at its
 * budget, and only a complete part from the start lets its cursor move.
 */
export async function fetchRange(
	session: Session,
	endpoint: EndpointDef,
	base: WolkvoxRequest,
	range: DateWindow,
	onRows: (rows: IDataObject[], window: DateWindow) => void,
	progress: RangeProgress,
	{ forward = false }: { forward?: boolean } = {},
): Promise<void> {
	const { start, end, maxDays } = endpoint.dateRange!;
	const limit = Math.floor(maxDays * 86400);
	const cap = endpoint.rowCap;
	const field = endpoint.dateField ?? 'date';
	const learned = `${endpoint.file}.${endpoint.api}`;
	if (!learnedOrders.has(session.gate)) learnedOrders.set(session.gate, new Map());
	const learnedOrder = learnedOrders.get(session.gate)!;
	const pending = new Pending([{ ...range }]);
	// Unordered answers cannot be continued: windows are sized to the density seen instead (halved
	// after a capped answer, grown to ~90% of the cap after a complete one).
	let unorderedSpan = limit;
	const complete = (window: DateWindow, rows: IDataObject[]) => {
		pending.settle(window);
		// Counted as done before the rows are handed on: a stop in `onRows` keeps them reported.
		addDone(progress.done, window);
		progress.rows += rows.length;
		onRows(rows, window);
	};

	// How the stream treats an answer of `order`: continued (either way), or sized and halved.
	const continues = (order: Order | undefined) =>
		order === 'ascending' || (order === 'descending' && !forward);
	while (!pending.empty) {
		const mode = learnedOrder.get(learned);
		const span = mode === undefined || continues(mode) ? limit : Math.min(limit, unorderedSpan);
		const window = pending.next(span, mode === 'descending' && !forward);
		const seconds = wallToEpoch(window.end) - wallToEpoch(window.start) + 1;
		progress.windows++;
		const req = { ...base, qs: { ...base.qs, [start]: window.start, [end]: window.end } };
		const answer = await callWolkvox(session, req);
		const rows = answer.noData ? [] : listRows(answer.body, endpoint.dataPath);
		const dates = rows.map((row) => toS14(row[field]));
		const order = orderOf(dates, window);
		if (order) learnedOrder.set(learned, order);
		if (cap === undefined || rows.length < cap) {
			if (cap !== undefined && rows.length > 0) {
				unorderedSpan = Math.max(
					MIN_WINDOW_SECONDS,
					Math.floor((0.9 * cap * seconds) / rows.length),
				);
			}
			complete(window, rows);
			continue;
		}
		// Capped: only the part before (after, newest first) the last second returned is complete.
		const edge = dates[dates.length - 1];
		if (order === 'ascending' && edge > window.start) {
			progress.continuations++;
			complete(
				{ start: window.start, end: shiftWall(edge, -1) },
				rows.filter((_r, i) => dates[i] < edge),
			);
			continue;
		}
		if (order === 'descending' && edge < window.end && !forward) {
			progress.continuations++;
			complete(
				{ start: shiftWall(edge, 1), end: window.end },
				rows.filter((_r, i) => dates[i] > edge),
			);
			continue;
		}
		// All rows in one second: that second alone holds more than wolkvox returns per call.
		if (order === undefined && edge) throw new UnsplittableWindow({ start: edge, end: edge }, cap);
		// No order (or newest first, forward): ask the first half of the window next.
		if (seconds < MIN_WINDOW_SECONDS) throw new UnsplittableWindow(window, cap);
		progress.bisections++;
		unorderedSpan = Math.ceil(seconds / 2);
	}
}
