/**
 * Date windows for wolkvox report queries. wolkvox treats both `date_ini` and `date_end` as
 * inclusive to the second, so a window is the closed interval [start, end] and the next window
 * starts one second after the previous end. That way every second belongs to exactly one window
 * and no row is fetched twice or skipped.
 *
 * All arithmetic runs on the naive wall-time timeline of `dates.ts` (no timezone): wolkvox
 * compares wall times, so a DST change does not alter how many seconds a window spans.
 */
import { epochToWall, wallToEpoch, WolkvoxValidationError } from './dates';

export interface DateWindow {
	/** First second of the window, `YYYYmmddHHiiss`. */
	start: string;
	/** Last second of the window (inclusive), `YYYYmmddHHiiss`. */
	end: string;
}

const DAY = 86400;

/** Epoch seconds of both ends, rejecting a range that ends before it starts. */
function bounds(startS14: string, endS14: string): [number, number] {
	const start = wallToEpoch(startS14);
	const end = wallToEpoch(endS14);
	if (end < start) {
		throw new WolkvoxValidationError(
			`End date ${endS14} is before start date ${startS14}`,
			'date_end',
		);
	}
	return [start, end];
}

/** Whole seconds in `maxDays` days; fractional days (0.25 = 6 hours) are allowed. */
function spanSeconds(maxDays: number): number {
	const span = Math.floor(maxDays * DAY);
	if (!Number.isFinite(span) || span < 1) {
		throw new RangeError(`maxDays must be a positive number of days; got ${maxDays}`);
	}
	return span;
}

/** Number of seconds the inclusive range covers: equal start and end is 1 second. */
export function rangeSeconds(startS14: string, endS14: string): number {
	const [start, end] = bounds(startS14, endS14);
	return end - start + 1;
}

/**
 * True when the inclusive range covers more than `maxDays * 86400` seconds.
 * Rule: a range is within the limit iff it covers at most maxDays whole days of seconds, so
 * 2024-01-01 00:00:00 .. 2024-01-31 23:59:59 (exactly 31 days) is allowed for maxDays = 31, and
 * one more second (.. 2024-02-01 00:00:00) exceeds it. This is conservative: a range that a looser
 * "end - start <= 31 days" rule would accept by one second gets split instead of risking a reject.
 */
export function exceedsLimit(startS14: string, endS14: string, maxDays: number): boolean {
	return rangeSeconds(startS14, endS14) > spanSeconds(maxDays);
}

/**
 * Consecutive inclusive windows covering [start, end], each at most `maxDays` days long
 * (a full window ends at start + maxDays * 86400 - 1). Only the last window may be shorter.
 */
export function splitRange(startS14: string, endS14: string, maxDays: number): DateWindow[] {
	const [start, end] = bounds(startS14, endS14);
	const span = spanSeconds(maxDays);
	const windows: DateWindow[] = [];
	for (let from = start; from <= end; ) {
		const to = Math.min(from + span - 1, end);
		windows.push({ start: epochToWall(from), end: epochToWall(to) });
		from = to + 1;
	}
	return windows;
}

/**
 * Halves an inclusive window on a whole second, for re-querying a window whose result hit
 * wolkvox's row cap. For odd lengths the first half gets the extra second. Returns null when the
 * window is shorter than `minSeconds` (or is a single second, which cannot be split).
 */
export function bisect(window: DateWindow, minSeconds = 60): [DateWindow, DateWindow] | null {
	const [start, end] = bounds(window.start, window.end);
	const length = end - start + 1;
	if (length < 2 || length < minSeconds) return null;
	const firstEnd = start + Math.ceil(length / 2) - 1;
	return [
		{ start: window.start, end: epochToWall(firstEnd) },
		{ start: epochToWall(firstEnd + 1), end: window.end },
	];
}
