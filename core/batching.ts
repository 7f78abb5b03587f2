/**
 * Groups per-item records into upload batches. wolkvox accepts at most 10,000 records per call
 * and each call targets one group (e.g. one campaign), so items are grouped by key and each group
 * is cut into batches of at most `limit` records.
 */

export interface BatchEntry<T> {
	/** Index of the n8n input item that produced the record. */
	itemIndex: number;
	/** Records with the same key go in the same call (e.g. the campaign id). */
	groupKey: string;
	record: T;
}

export interface Batch<T> {
	groupKey: string;
	records: T[];
	/** Parallel to `records`: itemIndexes[i] is the item that contributed records[i]. */
	itemIndexes: number[];
}

/**
 * Groups entries by `groupKey` (groups in order of first appearance, input order kept inside a
 * group) and splits each group into batches of at most `limit` records. All batches of a group
 * come before the next group's, so results can be mapped back to items in order.
 */
export function groupAndBatch<T>(entries: Array<BatchEntry<T>>, limit: number): Array<Batch<T>> {
	if (!Number.isInteger(limit) || limit < 1) {
		throw new RangeError(`Batch limit must be a whole number of at least 1; got ${limit}`);
	}
	const groups = new Map<string, Array<BatchEntry<T>>>();
	for (const entry of entries) {
		const group = groups.get(entry.groupKey);
		if (group) group.push(entry);
		else groups.set(entry.groupKey, [entry]);
	}

	const batches: Array<Batch<T>> = [];
	for (const [groupKey, group] of groups) {
		for (let i = 0; i < group.length; i += limit) {
			const slice = group.slice(i, i + limit);
			batches.push({
				groupKey,
				records: slice.map((e) => e.record),
				itemIndexes: slice.map((e) => e.itemIndex),
			});
		}
	}
	return batches;
}
