/**
 * The words of partial outcomes: which items or batches completed, failed or were not sent, and
 * what part of a range was fetched. One place, so every path says it the same way.
 */
import { shiftWall } from './dates';
import type { DateWindow } from './dateWindows';

/** Longest run of one value that a message repeats back (a 1 MB value must not become a 1 MB error). */
export const ECHO_LIMIT = 200;

/** A user value as echoed in a message: at most ECHO_LIMIT characters, and how many were left out. */
export function clip(text: string, max = ECHO_LIMIT): string {
	if (text.length <= max) return text;
	return `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}

/** "0-9999, 12000" from sorted item indexes. */
export function itemRanges(indexes: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < indexes.length; i++) {
		let j = i;
		while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
		parts.push(i === j ? `${indexes[i]}` : `${indexes[i]}-${indexes[j]}`);
		i = j;
	}
	return parts.length > 0 ? parts.join(', ') : 'none';
}

/** "0, 1, 2" (or the first 30 and the count). */
function listIndexes(indexes: number[]): string {
	if (indexes.length === 0) return 'none';
	return indexes.length > 30
		? `${indexes.slice(0, 30).join(', ')} ... (${indexes.length} in all)`
		: indexes.join(', ');
}

/** The node stopped at an item's error: what completed before and what was never sent. */
export function stopReport(done: number[], notSent: number[]): string {
	return `Items completed before the stop: ${listIndexes(done)}. Items not sent: ${listIndexes(notSent)}.`;
}

/** The parts of `range` not covered by `done` (sorted, disjoint, inside `range`). */
export function missingParts(range: DateWindow, done: DateWindow[]): DateWindow[] {
	const missing: DateWindow[] = [];
	let from = range.start;
	for (const part of done) {
		if (part.start > from) missing.push({ start: from, end: shiftWall(part.start, -1) });
		if (part.end >= from) from = part.end < range.end ? shiftWall(part.end, 1) : '';
		if (from === '') break;
	}
	if (from !== '' && from <= range.end) missing.push({ start: from, end: range.end });
	return missing;
}

const spans = (windows: DateWindow[]) => windows.map((w) => `${w.start} to ${w.end}`).join(', ');

/** A range pull that stopped part-way: what was fetched, what was not, and the calls spent. */
export function rangeReport(
	range: DateWindow,
	done: DateWindow[],
	rows: number,
	calls: number,
): string {
	const fetched = done.length > 0 ? `${spans(done)} (${rows} rows)` : 'nothing';
	return `Fetched: ${fetched}. Not fetched: ${spans(missingParts(range, done))}. API calls used by this node so far: ${calls}.`;
}

/** A bulk job's failed batch: the batches accepted before it, this one, and the items not sent. */
export function batchReport(
	acceptedItems: number[],
	acceptedBatches: number,
	failedBatch: number,
	failedItems: number[],
	notSent: number[],
): string {
	const accepted = [...acceptedItems].sort((x, y) => x - y);
	return `Accepted batches: ${acceptedBatches} (items ${itemRanges(accepted)}). Failed: batch ${failedBatch} (items ${itemRanges(failedItems)}). Not sent: ${notSent.length > 0 ? `items ${itemRanges(notSent)}` : 'none'}. Accepted batches are not sent again.`;
}

/** Bulk validation stopped the job before anything was sent. */
export const invalidItemsReport = (items: number[]) =>
	`Nothing was sent. Items with invalid data: ${itemRanges(items)}.`;
