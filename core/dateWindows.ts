/**
 * Date windows for wolkvox report queries. wolkvox treats both `date_ini` and `date_end` as
 * inclusive to the second, so a window is the closed interval [start, end] and the next window
 * starts one second after the previous end. That way every second belongs to exactly one window
 * and no row is fetched twice or skipped.
 *
 * All arithmetic runs on the naive wall-time timeline of `dates.ts` (no timezone): wolkvox
 * compares wall times, so a DST change does not alter how many seconds a window spans.
 */
import { wallToEpoch, WolkvoxValidationError } from './dates';

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
