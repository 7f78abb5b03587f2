import { BatchEntry, groupAndBatch } from '../../core/batching';

function entries(keys: string[]): Array<BatchEntry<{ n: number }>> {
	return keys.map((groupKey, itemIndex) => ({ itemIndex, groupKey, record: { n: itemIndex } }));
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from }, (_, i) => from + i);
}

describe('groupAndBatch', () => {
	it('returns no batches for no entries', () => {
		expect(groupAndBatch([], 10)).toEqual([]);
	});

	it('keeps a small single group in one batch, in input order', () => {
		expect(groupAndBatch(entries(['a', 'a', 'a']), 10)).toEqual([
			{ groupKey: 'a', records: [{ n: 0 }, { n: 1 }, { n: 2 }], itemIndexes: [0, 1, 2] },
		]);
	});

	it('splits 25,001 records with limit 10,000 into 10,000 + 10,000 + 5,001', () => {
		const input = entries(Array.from({ length: 25001 }, () => '7224'));
		const batches = groupAndBatch(input, 10000);
		expect(batches).toHaveLength(3);
		expect(batches.map((b) => b.records.length)).toEqual([10000, 10000, 5001]);
		expect(batches[0].itemIndexes).toEqual(range(0, 10000));
		expect(batches[1].itemIndexes).toEqual(range(10000, 20000));
		expect(batches[2].itemIndexes).toEqual(range(20000, 25001));
		expect(batches[2].records[5000]).toEqual({ n: 25000 });
		for (const b of batches) {
			expect(b.groupKey).toBe('7224');
			expect(b.records.map((r) => r.n)).toEqual(b.itemIndexes);
		}
	});

	it('leaves a 1-record tail batch (20,001 records)', () => {
		const batches = groupAndBatch(entries(Array(20001).fill('7224')), 10000);
		expect(batches.map((b) => b.records.length)).toEqual([10000, 10000, 1]);
		expect(batches[2].itemIndexes).toEqual([20000]);
	});

	it('puts exactly limit records in one batch', () => {
		expect(groupAndBatch(entries(Array(5).fill('a')), 5)).toHaveLength(1);
		expect(groupAndBatch(entries(Array(6).fill('a')), 5)).toHaveLength(2);
	});

	it('groups interleaved keys in order of first appearance, keeping order inside groups', () => {
		const batches = groupAndBatch(entries(['A', 'B', 'A', 'C', 'B', 'A', 'A']), 2);
		expect(batches.map((b) => [b.groupKey, b.itemIndexes])).toEqual([
			['A', [0, 2]],
			['A', [5, 6]],
			['B', [1, 4]],
			['C', [3]],
		]);
		for (const b of batches) expect(b.records.map((r) => r.n)).toEqual(b.itemIndexes);
	});

	it('keeps non-contiguous item indexes (items without a record are skipped upstream)', () => {
		const input: Array<BatchEntry<string>> = [
			{ itemIndex: 3, groupKey: 'x', record: 'r3' },
			{ itemIndex: 7, groupKey: 'y', record: 'r7' },
			{ itemIndex: 9, groupKey: 'x', record: 'r9' },
		];
		expect(groupAndBatch(input, 10000)).toEqual([
			{ groupKey: 'x', records: ['r3', 'r9'], itemIndexes: [3, 9] },
			{ groupKey: 'y', records: ['r7'], itemIndexes: [7] },
		]);
	});

	it('treats group keys as exact strings', () => {
		const batches = groupAndBatch(entries(['1', '01', '1 ', '1']), 10);
		expect(batches.map((b) => [b.groupKey, b.itemIndexes])).toEqual([
			['1', [0, 3]],
			['01', [1]],
			['1 ', [2]],
		]);
	});

	it('makes one batch per record with limit 1', () => {
		const batches = groupAndBatch(entries(['a', 'b', 'a']), 1);
		expect(batches.map((b) => [b.groupKey, b.itemIndexes])).toEqual([
			['a', [0]],
			['a', [2]],
			['b', [1]],
		]);
	});

	it('accounts for every entry exactly once', () => {
		const keys = Array.from({ length: 1000 }, (_, i) => `g${(i * 7) % 13}`);
		const batches = groupAndBatch(entries(keys), 17);
		const all = batches.flatMap((b) => b.itemIndexes).sort((x, y) => x - y);
		expect(all).toEqual(range(0, 1000));
		expect(batches.every((b) => b.records.length >= 1 && b.records.length <= 17)).toBe(true);
	});

	it('does not mutate the input', () => {
		const input = entries(['a', 'b', 'a']);
		const copy = JSON.parse(JSON.stringify(input));
		groupAndBatch(input, 1);
		expect(input).toEqual(copy);
	});

	it.each([0, -1, 1.5, NaN, Infinity])('throws on limit %p', (limit) => {
		expect(() => groupAndBatch(entries(['a']), limit)).toThrow(RangeError);
	});
});
