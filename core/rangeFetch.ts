import type { IDataObject } from 'n8n-workflow';

import { epochToWall, wallToEpoch } from './dates';
import { bisect, splitRange, type DateWindow } from './dateWindows';
import type { EndpointDef } from './catalog';
import { extractRecords } from './records';
import type { WolkvoxRequest } from './request';
import { callWolkvox, type Session } from './transport';

/** Below this a window that still hits the row cap cannot be split any further. */
export const MIN_WINDOW_SECONDS = 60;

export interface RangeProgress {
	windows: number;
	bisections: number;
	continuations: number;
	rows: number;
	/** Windows fully fetched, in order. */
	done: DateWindow[];
}

/** A window still at the cap below the minimum size: fetching it would lose rows silently. */
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

/**
 * Fetches every row of [start, end]: consecutive windows the API accepts, and any window that
 * comes back with exactly the row cap (wolkvox truncates silently) is halved and fetched again.
 * `onRows` receives each window's rows in order, once; nothing is kept twice.
 */
export async function fetchRange(
	session: Session,
	endpoint: EndpointDef,
	base: WolkvoxRequest,
	range: { start: string; end: string },
	onRows: (rows: IDataObject[], window: DateWindow) => void,
	progress: RangeProgress,
): Promise<void> {
	const { start, end, maxDays } = endpoint.dateRange!;
	const cap = endpoint.rowCap;
	const pending = splitRange(range.start, range.end, maxDays);
	while (pending.length > 0) {
		const window = pending.shift()!;
		const req = { ...base, qs: { ...base.qs, [start]: window.start, [end]: window.end } };
		progress.windows++;
		const answer = await callWolkvox(session, req);
		const rows = answer.noData ? [] : extractRecords(answer.body, endpoint.dataPath);
		if (cap !== undefined && rows.length >= cap) {
			const cut = continuationPoint(rows, endpoint.dateField ?? 'date', window);
			if (cut) {
				// Keep the rows before the last second; that second (maybe cut off) is asked again.
				const kept = rows.filter((row) => toS14(row[endpoint.dateField ?? 'date']) < cut);
				const complete = { start: window.start, end: previousSecond(cut) };
				progress.continuations++;
				progress.rows += kept.length;
				// Counted as done: a stop before the rest is fetched must not report these rows as missing.
				progress.done.push(complete);
				onRows(kept, complete);
				pending.unshift({ start: cut, end: window.end });
				continue;
			}
			const halves = bisect(window, MIN_WINDOW_SECONDS);
			if (!halves) throw new UnsplittableWindow(window, cap);
			progress.bisections++;
			pending.unshift(...halves);
			continue;
		}
		progress.rows += rows.length;
		progress.done.push(window);
		onRows(rows, window);
	}
}

/** "2024-01-05 13:04:59" -> "20240105130459" ('' when it is not a date-time). */
function toS14(value: unknown): string {
	const digits = String(value ?? '').replace(/\D/g, '');
	return digits.length === 14 ? digits : '';
}

function previousSecond(s14: string): string {
	return epochToWall(wallToEpoch(s14) - 1);
}

/**
 * When a capped answer is sorted by its date column, the rows up to its last second are complete:
 * returns that second (the next window starts there). Undefined when the rows are not sorted, have
 * no dates, or all share the window's first second (then only halving can help).
 */
function continuationPoint(
	rows: IDataObject[],
	field: string,
	window: DateWindow,
): string | undefined {
	let previous = '';
	for (const row of rows) {
		const at = toS14(row[field]);
		if (at === '' || at < previous || at < window.start || at > window.end) return undefined;
		previous = at;
	}
	return previous > window.start ? previous : undefined;
}
