import { bisect, DateWindow, exceedsLimit, rangeSeconds, splitRange } from '../../core/dateWindows';
import { epochToWall, wallToEpoch, WolkvoxValidationError } from '../../core/dates';

const DAY = 86400;

function length(w: DateWindow): number {
	return wallToEpoch(w.end) - wallToEpoch(w.start) + 1;
}

/**
 * Why the windows fail to tile [start, end] (in order, adjacent, no gap, no overlap), or null.
 * Plain loops with one final expect keep the property test fast on thousands of windows.
 */
function coverProblem(windows: DateWindow[], start: string, end: string): string | null {
	if (windows.length === 0) return 'no windows';
	if (windows[0].start !== start) return `first window starts at ${windows[0].start}`;
	if (windows[windows.length - 1].end !== end)
		return `last window ends at ${windows[windows.length - 1].end}`;
	let total = 0;
	for (let i = 0; i < windows.length; i++) {
		const w = windows[i];
		if (length(w) < 1) return `window ${i} is empty: ${w.start}..${w.end}`;
		if (i > 0 && wallToEpoch(w.start) !== wallToEpoch(windows[i - 1].end) + 1) {
			return `gap or overlap before window ${i}: ${windows[i - 1].end} -> ${w.start}`;
		}
		total += length(w);
	}
	if (total !== rangeSeconds(start, end)) return `lengths sum to ${total}`;
	return null;
}

function expectExactCover(windows: DateWindow[], start: string, end: string): void {
	expect(coverProblem(windows, start, end)).toBeNull();
}

/** Deterministic PRNG (mulberry32) so failures are reproducible. */
function rng(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('rangeSeconds', () => {
	it('counts both ends', () => {
		expect(rangeSeconds('20240101000000', '20240101000000')).toBe(1);
		expect(rangeSeconds('20240101000000', '20240101000001')).toBe(2);
		expect(rangeSeconds('20240101000000', '20240101235959')).toBe(DAY);
	});

	it('counts the leap day and ignores DST', () => {
		expect(rangeSeconds('20240201000000', '20240229235959')).toBe(29 * DAY);
		expect(rangeSeconds('20240310000000', '20240310235959')).toBe(DAY);
	});

	it('rejects an end before the start', () => {
		expect(() => rangeSeconds('20240101000001', '20240101000000')).toThrow(WolkvoxValidationError);
	});

	it('rejects malformed dates', () => {
		expect(() => rangeSeconds('2024-01-01', '20240101000000')).toThrow(WolkvoxValidationError);
	});
});

describe('exceedsLimit', () => {
	it('allows exactly 31 days inclusive and rejects one more second', () => {
		expect(exceedsLimit('20240101000000', '20240131235959', 31)).toBe(false);
		expect(exceedsLimit('20240101000000', '20240201000000', 31)).toBe(true);
	});

	it('applies the same edge mid-day', () => {
		expect(exceedsLimit('20240115123000', '20240215122959', 31)).toBe(false);
		expect(exceedsLimit('20240115123000', '20240215123000', 31)).toBe(true);
	});

	it('handles the 1-day limit of skill_5', () => {
		expect(exceedsLimit('20240101000000', '20240101235959', 1)).toBe(false);
		expect(exceedsLimit('20240101000000', '20240102000000', 1)).toBe(true);
		expect(exceedsLimit('20240101000000', '20240101000000', 1)).toBe(false);
	});

	it('counts the leap day', () => {
		expect(exceedsLimit('20240201000000', '20240229235959', 28)).toBe(true);
		expect(exceedsLimit('20240201000000', '20240229235959', 29)).toBe(false);
		expect(exceedsLimit('20230201000000', '20230228235959', 28)).toBe(false);
	});

	it('is not fooled by DST (a March with a spring-forward is still 31 days)', () => {
		expect(exceedsLimit('20240301000000', '20240331235959', 31)).toBe(false);
	});

	it('rejects a bad limit and a reversed range', () => {
		expect(() => exceedsLimit('20240101000000', '20240102000000', 0)).toThrow(RangeError);
		expect(() => exceedsLimit('20240102000000', '20240101000000', 31)).toThrow(
			WolkvoxValidationError,
		);
	});
});

describe('splitRange', () => {
	it('returns the range itself when within the limit', () => {
		expect(splitRange('20240105080000', '20240110170000', 31)).toEqual([
			{ start: '20240105080000', end: '20240110170000' },
		]);
	});

	it('keeps exactly 31 days in one window', () => {
		expect(splitRange('20240101000000', '20240131235959', 31)).toEqual([
			{ start: '20240101000000', end: '20240131235959' },
		]);
	});

	it('puts the 31-days-plus-one-second range in two windows, the second 1 second long', () => {
		expect(splitRange('20240101000000', '20240201000000', 31)).toEqual([
			{ start: '20240101000000', end: '20240131235959' },
			{ start: '20240201000000', end: '20240201000000' },
		]);
	});

	it('handles a 1-second range', () => {
		expect(splitRange('20240101000000', '20240101000000', 31)).toEqual([
			{ start: '20240101000000', end: '20240101000000' },
		]);
	});

	it('splits a quarter across the leap day into 31-day windows', () => {
		const windows = splitRange('20240101000000', '20240331235959', 31);
		expect(windows).toEqual([
			{ start: '20240101000000', end: '20240131235959' },
			{ start: '20240201000000', end: '20240302235959' },
			{ start: '20240303000000', end: '20240331235959' },
		]);
		expectExactCover(windows, '20240101000000', '20240331235959');
	});

	it('crosses the year end', () => {
		expect(splitRange('20231220000000', '20240105000000', 10)).toEqual([
			{ start: '20231220000000', end: '20231229235959' },
			{ start: '20231230000000', end: '20240105000000' },
		]);
	});

	it('accepts fractional days (6-hour windows for big CDR pulls)', () => {
		expect(splitRange('20240101000000', '20240101235959', 0.25)).toEqual([
			{ start: '20240101000000', end: '20240101055959' },
			{ start: '20240101060000', end: '20240101115959' },
			{ start: '20240101120000', end: '20240101175959' },
			{ start: '20240101180000', end: '20240101235959' },
		]);
	});

	it('makes 1-second windows when the limit is one second', () => {
		const windows = splitRange('20240101235958', '20240102000001', 1 / DAY);
		expect(windows.map((w) => [w.start, w.end])).toEqual([
			['20240101235958', '20240101235958'],
			['20240101235959', '20240101235959'],
			['20240102000000', '20240102000000'],
			['20240102000001', '20240102000001'],
		]);
	});

	it.each([0, -1, NaN, Infinity, 1e-6])('rejects maxDays %p', (maxDays) => {
		expect(() => splitRange('20240101000000', '20240102000000', maxDays)).toThrow(RangeError);
	});

	it('rejects an end before the start, naming date_end', () => {
		try {
			splitRange('20240201000000', '20240101000000', 31);
			throw new Error('expected a throw');
		} catch (error) {
			expect(error).toBeInstanceOf(WolkvoxValidationError);
			expect((error as WolkvoxValidationError).field).toBe('date_end');
			expect((error as Error).message).toBe(
				'End date 20240101000000 is before start date 20240201000000',
			);
		}
	});
});

describe('bisect', () => {
	it('halves an even window', () => {
		expect(bisect({ start: '20240101000000', end: '20240101000059' })).toEqual([
			{ start: '20240101000000', end: '20240101000029' },
			{ start: '20240101000030', end: '20240101000059' },
		]);
	});

	it('gives the extra second of an odd window to the first half', () => {
		expect(bisect({ start: '20240101000000', end: '20240101000100' })).toEqual([
			{ start: '20240101000000', end: '20240101000030' },
			{ start: '20240101000031', end: '20240101000100' },
		]);
	});

	it('splits a 31-day window at a whole second across midnight', () => {
		const halves = bisect({ start: '20240101000000', end: '20240131235959' });
		expect(halves).toEqual([
			{ start: '20240101000000', end: '20240116115959' },
			{ start: '20240116120000', end: '20240131235959' },
		]);
	});

	it('returns null below minSeconds (default 60) and splits at exactly minSeconds', () => {
		expect(bisect({ start: '20240101000000', end: '20240101000058' })).toBeNull(); // 59 s
		expect(bisect({ start: '20240101000000', end: '20240101000059' })).not.toBeNull(); // 60 s
		expect(bisect({ start: '20240101000000', end: '20240101000009' }, 11)).toBeNull();
		expect(bisect({ start: '20240101000000', end: '20240101000009' }, 10)).not.toBeNull();
	});

	it('never splits a 1-second window', () => {
		expect(bisect({ start: '20240101000000', end: '20240101000000' }, 0)).toBeNull();
	});

	it('splits a 2-second window into two 1-second windows', () => {
		expect(bisect({ start: '20240101000000', end: '20240101000001' }, 1)).toEqual([
			{ start: '20240101000000', end: '20240101000000' },
			{ start: '20240101000001', end: '20240101000001' },
		]);
	});

	it('rejects a reversed window', () => {
		expect(() => bisect({ start: '20240101000001', end: '20240101000000' })).toThrow(
			WolkvoxValidationError,
		);
	});

	it('repeated bisection of an odd window covers every second exactly once', () => {
		const start = '20240229235000'; // straddles the leap day's midnight
		const end = epochToWall(wallToEpoch(start) + 1000); // 1001 seconds
		const leaves: DateWindow[] = [];
		const stack: DateWindow[] = [{ start, end }];
		while (stack.length) {
			const w = stack.pop() as DateWindow;
			const halves = bisect(w, 2);
			if (halves) stack.push(halves[1], halves[0]);
			else leaves.push(w);
		}
		expect(leaves).toHaveLength(1001);
		const seen = new Set<number>();
		for (const leaf of leaves) {
			expect(leaf.start).toBe(leaf.end);
			seen.add(wallToEpoch(leaf.start));
		}
		expect(seen.size).toBe(1001);
		expectExactCover(leaves, start, end);
	});
});

describe('coverProblem (the checker used below)', () => {
	it('detects gaps, overlaps, wrong ends and bad sums', () => {
		const a = { start: '20240101000000', end: '20240101000009' };
		const b = { start: '20240101000010', end: '20240101000019' };
		expect(coverProblem([a, b], a.start, b.end)).toBeNull();
		expect(coverProblem([a, { ...b, start: '20240101000011' }], a.start, b.end)).toMatch(/gap/);
		expect(coverProblem([a, { ...b, start: '20240101000009' }], a.start, b.end)).toMatch(/overlap/);
		expect(coverProblem([a, b], a.start, '20240101000020')).toMatch(/last window/);
		expect(coverProblem([b], a.start, b.end)).toMatch(/first window/);
		expect(coverProblem([], a.start, b.end)).toBe('no windows');
	});
});

describe('property: splitRange + random bisect tile the range exactly', () => {
	const random = rng(20240131);
	const stats = { multiWindow: 0, bisected: 0 };
	const base = wallToEpoch('20230101000000');
	const cases = Array.from({ length: 300 }, (_, i) => {
		const start = base + Math.floor(random() * 3 * 365 * DAY);
		// Mix tiny, day-scale and multi-month ranges.
		const scale = [10, DAY, 200 * DAY][i % 3];
		const end = start + Math.floor(random() * scale);
		// 1-minute windows only on short ranges, to keep the window count (and test time) small.
		const choices = scale > DAY ? [1, 31, 0.25, 7] : [1, 31, 0.25, 7, 1 / 1440];
		const maxDays = choices[Math.floor(random() * choices.length)];
		return { i, start: epochToWall(start), end: epochToWall(end), maxDays };
	});

	it.each(cases)('case $i: $start..$end by $maxDays days', ({ start, end, maxDays }) => {
		const windows = splitRange(start, end, maxDays);
		const span = Math.floor(maxDays * DAY);
		expectExactCover(windows, start, end);
		if (windows.length > 1) stats.multiWindow++;
		// Every window but the last is full; none exceeds the limit.
		const badSize = windows.findIndex((w, idx) =>
			idx < windows.length - 1 ? length(w) !== span : length(w) > span,
		);
		expect(badSize).toBe(-1);
		expect(windows.some((w) => exceedsLimit(w.start, w.end, maxDays))).toBe(false);

		// Bisect a random subset of windows a random number of times, as a row-cap retry would.
		const refined: DateWindow[] = [];
		const refine = (w: DateWindow, depth: number): void => {
			const halves = depth > 0 && random() < 0.7 ? bisect(w, 1 + Math.floor(random() * 120)) : null;
			if (!halves) {
				refined.push(w);
				return;
			}
			stats.bisected++;
			refine(halves[0], depth - 1);
			refine(halves[1], depth - 1);
		};
		for (const w of windows.slice(0, 50)) refine(w, 6);
		const lastCovered = refined[refined.length - 1].end;
		expectExactCover(refined, start, lastCovered);
	});

	it('exercised multi-window splits and bisection', () => {
		expect(stats.multiWindow).toBeGreaterThan(50);
		expect(stats.bisected).toBeGreaterThan(500);
	});
});
