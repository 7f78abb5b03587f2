/** Compares rows a pull returned with the simulator's dataset: every row once, each the real row. */
import type { IDataObject } from 'n8n-workflow';

import { wallToSec, type CdrDataset } from '../simulator/data';

const s14 = (value: string) => value.replace(/\D/g, '');
const rowSec = (row: IDataObject) => wallToSec(s14(String(row.date)));

/** Rows (by conn_id, which is the row's index) against the dataset's rows in [from, to]. */
export function checkAgainstGroundTruth(
	rows: IDataObject[],
	dataset: CdrDataset,
	from: string,
	to: string,
) {
	const [lo, hi] = dataset.range(wallToSec(s14(from)), wallToSec(s14(to)));
	const seen = new Uint8Array(dataset.size);
	let duplicates = 0;
	let outside = 0;
	let mismatched = 0;
	for (const json of rows) {
		const index = Number(String(json.conn_id).slice(1));
		if (!(index >= lo && index < hi)) outside++;
		else if (seen[index]++) duplicates++;
		if (rowSec(json) !== dataset.times[index]) mismatched++;
	}
	let missing = 0;
	for (let i = lo; i < hi; i++) if (!seen[i]) missing++;
	return { expected: hi - lo, returned: rows.length, missing, duplicates, outside, mismatched };
}

export const noLoss = (expected: number) => ({
	expected,
	returned: expected,
	missing: 0,
	duplicates: 0,
	outside: 0,
	mismatched: 0,
});
