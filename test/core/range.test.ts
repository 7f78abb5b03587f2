/**
 * Range pulls as one stream (core/rangeFetch.ts) against the simulator over real HTTP: every row
 * once (compared with the simulator's dataset, not with what the code says), the calls each kind
 * of data costs (dense, sparse, ascending, newest first, no order), and the loss guard.
 * wolkvox's `date_end` is inclusive to the second: a window is [start, end], the next starts at end + 1.
 */
import type { IDataObject } from 'n8n-workflow';

import { findEndpoint, type EndpointDef } from '../../core/catalog';
import { CallBudgetReached, WolkvoxFailure } from '../../core/failures';
import type { DateWindow } from '../../core/dateWindows';
import {
	fetchRange,
	MIN_WINDOW_SECONDS,
	newProgress,
	UnsplittableWindow,
} from '../../core/rangeFetch';
import { missingParts, rangeReport } from '../../core/reports';
import type { WolkvoxRequest } from '../../core/request';
import { coreSession } from '../harness/core';
import { checkAgainstGroundTruth, noLoss } from '../harness/groundTruth';
import { freshToken } from '../harness/params';
import { useSimulator } from '../harness/simulator';
import {
	CdrDataset,
	LARGE_CDR,
	secToWall,
	SMALL_CDR,
	wallToSec,
	type CdrSpec,
} from '../simulator/data';

const { sim } = useSimulator();
/** The row cap of most tests: wolkvox's 60,000 scaled down a hundredfold (the same logic, little data). */
const CAP = 600;
const CDR = findEndpoint('report', 'calls', 'getCallDetail')!;
const BASE: WolkvoxRequest = { method: 'GET', file: 'reports_manager', api: 'cdr_1', qs: {} };

/** The CDR endpoint with a smaller row cap (the simulator cuts at the same number): fast tests. */
function withCap(cap: number): EndpointDef {
	sim.rowCap = cap;
	return { ...CDR, rowCap: cap };
}

async function pull(range: DateWindow, endpoint: EndpointDef = CDR, token = freshToken(sim)) {
	const session = coreSession({ baseUrl: sim.url, token });
	const rows: IDataObject[] = [];
	const chunks: DateWindow[] = [];
	const progress = newProgress();
	const error = await fetchRange(
		session,
		endpoint,
		BASE,
		range,
		(r, window) => {
			for (const row of r) rows.push(row);
			chunks.push(window);
		},
		progress,
	).then(
		() => undefined,
		(e: Error) => e,
	);
	const requests = sim.requests({ api: 'cdr_1' });
	return { rows, chunks, progress, error, requests, calls: session.stats.calls, session };
}

const seconds = (q: Record<string, string>) => wallToSec(q.date_end) - wallToSec(q.date_ini) + 1;
const inOrder = (rows: IDataObject[]) =>
	rows.every((r, i) => i === 0 || String(r.date) >= String(rows[i - 1].date));
const minimumCalls = (rows: number, cap: number, days: number, maxDays = 31) =>
	Math.max(Math.ceil(rows / cap), Math.ceil(days / maxDays));

/** 90 days with one row every `every` seconds: the "uniform dense data". */
const uniform = (every: number): CdrSpec => ({
	start: '20240101000000',
	days: 90,
	baseRows: 0,
	bursts: [],
	seed: 1,
	everySeconds: every,
});
const NINETY_DAYS = { start: '20240101000000', end: '20240330235959' };

describe('dense and sparse ranges', () => {
	// LARGE_CDR at a tenth (2,500 rows, cap 600): the same shape as the benchmark's 250,000 rows.
	test('90 days, 2,500 rows with two 700-row bursts (cap 600): every row once, in order, the minimum of calls', async () => {
		const large = new CdrDataset({
			...LARGE_CDR,
			baseRows: 1100,
			bursts: LARGE_CDR.bursts.map((b) => ({ ...b, rows: 700 })),
		});
		sim.cdr = large;
		const { rows, error, requests, progress, calls } = await pull(NINETY_DAYS, withCap(CAP));
		expect(error).toBeUndefined();
		expect(large.size).toBe(2500);
		expect(checkAgainstGroundTruth(rows, large, NINETY_DAYS.start, NINETY_DAYS.end)).toEqual(
			noLoss(2500),
		);
		expect(inOrder(rows)).toBe(true);
		expect(requests.every((r) => r.status === 200 && seconds(r.query) <= 31 * 86400)).toBe(true);
		// ceil(2,500 / 600) = 5: each capped answer continues from its last second, across the 31-day marks.
		expect(calls).toBe(minimumCalls(2500, CAP, 90));
		expect(progress).toMatchObject({ windows: 5, bisections: 0, rows: 2500, continuations: 4 });
		expect(requests.filter((r) => r.rows === CAP)).toHaveLength(4);
	});

	test('uniform dense data, ascending (3,888 rows, cap 600): ceil(rows / cap) = 7 calls, each from the last complete second', async () => {
		const data = new CdrDataset(uniform(2000));
		sim.cdr = data;
		const endpoint = withCap(CAP);
		const { rows, error, requests } = await pull(NINETY_DAYS, endpoint);
		expect(error).toBeUndefined();
		expect(checkAgainstGroundTruth(rows, data, NINETY_DAYS.start, NINETY_DAYS.end)).toEqual(
			noLoss(3888),
		);
		expect(inOrder(rows)).toBe(true);
		expect(requests).toHaveLength(7);
		expect(requests.length).toBe(minimumCalls(3888, CAP, 90));
		// Each call starts at the second the previous one could not finish, and asks 31 days at most.
		for (let i = 1; i < requests.length; i++) {
			const previousLast = String(rows[CAP * i - i - 0]?.date ?? '').replace(/\D/g, '');
			expect(requests[i].query.date_ini).toBe(previousLast);
			expect(seconds(requests[i].query)).toBeLessThanOrEqual(31 * 86400);
		}
	});

	test('uniform dense data, newest first: continued backwards from the earliest complete second; one extra call the first time, the minimum once the token has seen the order', async () => {
		const data = new CdrDataset(uniform(2000));
		sim.cdr = data;
		sim.cdrOrder = 'descending';
		const endpoint = withCap(CAP);
		const token = freshToken(sim);
		const first = await pull(NINETY_DAYS, endpoint, token);
		expect(first.error).toBeUndefined();
		expect(checkAgainstGroundTruth(first.rows, data, NINETY_DAYS.start, NINETY_DAYS.end)).toEqual(
			noLoss(3888),
		);
		// The first answer (January, newest first) reveals the order; January's rest and the other
		// 59 days are then two separate stretches: 1 + 2 + 5 calls.
		expect(first.requests).toHaveLength(minimumCalls(3888, CAP, 90) + 1);
		expect(first.progress.continuations).toBe(first.requests.filter((r) => r.rows === CAP).length);

		sim.log.length = 0;
		const again = await pull(NINETY_DAYS, endpoint, token);
		expect(checkAgainstGroundTruth(again.rows, data, NINETY_DAYS.start, NINETY_DAYS.end)).toEqual(
			noLoss(3888),
		);
		expect(again.requests).toHaveLength(minimumCalls(3888, CAP, 90));
		// Backwards from the end: the first call asks the last 31 days.
		expect(again.requests[0].query).toEqual({
			date_ini: '20240229000000',
			date_end: '20240330235959',
		});
	});

	test('sparse data: ceil(days / 31) calls; rows exactly on a window boundary (23:59:59 and 00:00:00) appear once', async () => {
		const small = new CdrDataset(SMALL_CDR);
		sim.cdr = small;
		const range = { start: '20240101000000', end: '20240214235959' };
		const { rows, error, requests, chunks } = await pull(range);
		expect(error).toBeUndefined();
		expect(requests.map((r) => [r.query.date_ini, r.query.date_end])).toEqual([
			['20240101000000', '20240131235959'],
			['20240201000000', '20240214235959'],
		]);
		expect(chunks).toEqual([
			{ start: '20240101000000', end: '20240131235959' },
			{ start: '20240201000000', end: '20240214235959' },
		]);
		expect(checkAgainstGroundTruth(rows, small, range.start, range.end)).toEqual(
			noLoss(small.size),
		);
		for (const at of ['20240131235959', '20240201000000']) {
			const [lo, hi] = small.range(wallToSec(at), wallToSec(at));
			expect(hi - lo).toBeGreaterThanOrEqual(1);
			const display = `${at.slice(0, 4)}-${at.slice(4, 6)}-${at.slice(6, 8)} ${at.slice(8, 10)}:${at.slice(10, 12)}:${at.slice(12, 14)}`;
			expect(
				rows
					.filter((r) => r.date === display)
					.map((r) => r.conn_id)
					.sort(),
			).toEqual(Array.from({ length: hi - lo }, (_, k) => small.row(lo + k).conn_id).sort());
		}
	});

	// The one test at wolkvox's real cap (the catalog's 60,000 and the simulator's cut agree).
	test('61,000 rows in 30 seconds, rows sorted (60,000 cap): continued from the last second, nothing fetched twice', async () => {
		const spec: CdrSpec = {
			start: '20240101000000',
			days: 45,
			baseRows: 3000,
			bursts: [{ at: '20240110120000', seconds: 30, rows: 61000 }],
			seed: 3,
		};
		sim.cdr = new CdrDataset(spec);
		const range = { start: '20240101000000', end: '20240214235959' };
		const { rows, error, progress, requests } = await pull(range);
		expect(error).toBeUndefined();
		expect(checkAgainstGroundTruth(rows, sim.cdr, range.start, range.end)).toEqual(noLoss(64000));
		// One capped answer continued; the next call reaches 31 days past the cut, the third ends the range.
		expect(progress).toMatchObject({ continuations: 1, bisections: 0, windows: 3 });
		expect(seconds(requests[1].query)).toBe(31 * 86400);
		// Rows returned by wolkvox in all: 64,000 plus the cut second's rows asked again, no more.
		const returned = requests.reduce((n, r) => n + (r.rows ?? 0), 0);
		const cut = requests[1].query.date_ini;
		const [lo, hi] = sim.cdr.range(wallToSec(cut), wallToSec(cut));
		expect(returned - 64000).toBeLessThanOrEqual(hi - lo);
	});
});

describe('answers in no order', () => {
	test('uniform dense data in no order: a capped answer halves the window, a complete one sizes the next to the density (10 calls for a minimum of 7, not 21)', async () => {
		const data = new CdrDataset(uniform(2000));
		sim.cdr = data;
		sim.cdrOrder = 'random';
		const { rows, error, requests, progress } = await pull(NINETY_DAYS, withCap(CAP));
		expect(error).toBeUndefined();
		expect(checkAgainstGroundTruth(rows, data, NINETY_DAYS.start, NINETY_DAYS.end)).toEqual(
			noLoss(3888),
		);
		// 31 days capped, 15.5 capped, 7.75 complete (335 rows: 43.2 a day), then ~12.5-day windows
		// (90% of the cap at that density) for the remaining 82.25 days: 3 + 7.
		const days = requests.map((r) => seconds(r.query) / 86400);
		expect(days.slice(0, 3)).toEqual([31, 15.5, 7.75]);
		expect(days[3]).toBeCloseTo(12.5, 1);
		expect(requests).toHaveLength(10);
		expect(progress).toMatchObject({ bisections: 2, continuations: 0 });
	});

	test('capped windows are halved; every row once (610-row burst in 4 hours, cap 600)', async () => {
		const spec: CdrSpec = {
			start: '20240101000000',
			days: 2,
			baseRows: 40,
			bursts: [{ at: '20240101080000', seconds: 4 * 3600, rows: 610 }],
			seed: 13,
		};
		sim.cdr = new CdrDataset(spec);
		sim.cdrOrder = 'random';
		const range = { start: '20240101000000', end: '20240102235959' };
		const { rows, error, progress, requests } = await pull(range, withCap(CAP));
		expect(error).toBeUndefined();
		expect(checkAgainstGroundTruth(rows, sim.cdr, range.start, range.end)).toEqual(noLoss(650));
		expect(progress.continuations).toBe(0);
		expect(progress.bisections).toBeGreaterThanOrEqual(3);
		// Every capped answer is discarded and asked again in halves: one call per window asked.
		expect(progress.windows).toBe(requests.length);
		expect(requests.filter((r) => r.rows === CAP)).toHaveLength(progress.bisections);
	});

	test('610 rows in 30 s inside a window halving cannot split again (cap 600): the loss error names it, nothing of it is returned', async () => {
		sim.cdrOrder = 'random';
		const range = { start: '20240110120000', end: '20240110120959' };
		// The 10-minute range halves to 300, 150, 75 s; a burst inside the first 75 s stays capped.
		sim.cdr = new CdrDataset({
			start: '20240110000000',
			days: 1,
			baseRows: 300,
			bursts: [{ at: '20240110120000', seconds: 30, rows: 610 }],
			seed: 9,
		});
		const { error, rows, requests, progress } = await pull(range, withCap(CAP));
		expect(error).toBeInstanceOf(UnsplittableWindow);
		const leaf = (error as UnsplittableWindow).window;
		expect(leaf.start).toBe('20240110120000');
		expect(wallToSec(leaf.end) - wallToSec(leaf.start) + 1).toBeLessThan(2 * MIN_WINDOW_SECONDS);
		expect(error!.message).toBe(
			`More than 600 rows fall between 20240110120000 and ${leaf.end}, a window too short to split again: wolkvox would cut the rest off silently, so nothing was returned for it`,
		);
		expect(rows).toEqual([]);
		expect(requests[requests.length - 1].query).toEqual({
			date_ini: leaf.start,
			date_end: leaf.end,
		});
		const capped = requests.filter((r) => r.rows === CAP);
		for (let i = 1; i < capped.length; i++)
			expect(seconds(capped[i].query)).toBeLessThan(seconds(capped[i - 1].query));
		expect(rangeReport(range, progress.done, progress.rows, requests.length)).toBe(
			`Fetched: nothing. Not fetched: 20240110120000 to 20240110120959. API calls used by this node so far: ${requests.length}.`,
		);
	});
});

describe('the loss guard', () => {
	test('more than 600 rows in one second (cap 600): the loss error names that second at once; the rows before it are kept', async () => {
		const dense = '20240110123456';
		sim.cdr = new CdrDataset({
			start: '20240110120000',
			days: 1 / 24,
			baseRows: 3000,
			bursts: [{ at: dense, seconds: 1, rows: 610 }],
			seed: 5,
		});
		const range = { start: '20240110123400', end: '20240110123559' };
		const { error, rows, requests, progress } = await pull(range, withCap(CAP));
		expect(error!.message).toMatch(
			/^More than 600 rows fall between 20240110123456 and 20240110123456, a window too short to split again/,
		);
		// The capped answer was continued up to the dense second; its own answer (all 600 rows in
		// that second) ends the pull without halving: no split can fetch one second in parts.
		expect(requests.map((r) => r.query.date_ini)).toEqual(['20240110123400', dense]);
		expect(requests[1].rows).toBe(CAP);
		const before = sim.cdr.range(wallToSec('20240110123400'), wallToSec(dense) - 1);
		expect(before[1] - before[0]).toBeGreaterThan(20);
		expect(checkAgainstGroundTruth(rows, sim.cdr, range.start, '20240110123455')).toEqual(
			noLoss(before[1] - before[0]),
		);
		expect(rangeReport(range, progress.done, progress.rows, 2)).toBe(
			`Fetched: 20240110123400 to 20240110123455 (${rows.length} rows). Not fetched: 20240110123456 to 20240110123559. API calls used by this node so far: 2.`,
		);
	});
});

describe('long pulls that meet maintenance, the call budget or the daily quota', () => {
	const twentyFiveThousand = () =>
		new CdrDataset({
			...LARGE_CDR,
			baseRows: 1100,
			bursts: LARGE_CDR.bursts.map((b) => ({ ...b, rows: 700 })),
		});

	test('maintenance (~3 s) during a pull: waits, completes, nothing lost, no call repeated', async () => {
		const data = twentyFiveThousand();
		sim.cdr = data;
		const endpoint = withCap(CAP);
		const inner = sim.handlers.get('reports_manager.cdr_1')!;
		let served = 0;
		sim.handlers.set('reports_manager.cdr_1', (s, req) => {
			if (++served === 2) s.scheduleMaintenance(0, 3000);
			return inner(s, req);
		});
		const started = Date.now();
		const { rows, error, requests, session } = await pull(NINETY_DAYS, endpoint);
		sim.handlers.set('reports_manager.cdr_1', inner);
		expect(error).toBeUndefined();
		expect(checkAgainstGroundTruth(rows, data, NINETY_DAYS.start, NINETY_DAYS.end)).toEqual(
			noLoss(2500),
		);
		const maintenance = requests.filter((r) => r.status === 403);
		expect(maintenance.length).toBeGreaterThanOrEqual(1);
		expect(requests.filter((r) => r.status === 200)).toHaveLength(5);
		expect(session.stats).toMatchObject({
			calls: 5 + maintenance.length,
			maintenanceAnswers: maintenance.length,
		});
		expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
	});

	test('"Max API Calls" reached mid-pull: nothing sent after it; the report says what was fetched and what not', async () => {
		const data = twentyFiveThousand();
		sim.cdr = data;
		const endpoint = withCap(CAP);
		const session = coreSession({
			baseUrl: sim.url,
			token: freshToken(sim),
			settings: { maxCalls: 3 },
		});
		const rows: IDataObject[] = [];
		const progress = newProgress();
		const error = await fetchRange(
			session,
			endpoint,
			BASE,
			NINETY_DAYS,
			(r) => rows.push(...r),
			progress,
		).catch((e: Error) => e);
		expect(error).toBeInstanceOf(CallBudgetReached);
		expect((error as Error).message).toBe(
			'The limit of 3 API calls for this execution was reached',
		);
		const requests = sim.requests({ api: 'cdr_1' });
		expect(requests).toHaveLength(3);
		expect(requests.every((r) => r.rows === CAP)).toBe(true);
		// Three capped answers, each kept up to its last second: the third answer's last second is
		// where a fourth call would have started (its 600th row in the dataset).
		const third = data.lowerBound(wallToSec(requests[2].query.date_ini));
		const cut = data.times[third + CAP - 1];
		expect(checkAgainstGroundTruth(rows, data, NINETY_DAYS.start, secToWall(cut - 1))).toEqual(
			noLoss(data.lowerBound(cut)),
		);
		expect(rangeReport(NINETY_DAYS, progress.done, progress.rows, session.stats.calls)).toBe(
			`Fetched: 20240101000000 to ${secToWall(cut - 1)} (${rows.length} rows). Not fetched: ${secToWall(cut)} to 20240330235959. API calls used by this node so far: 3.`,
		);
	});

	test('TOKEN LIMIT EXCEEDED mid-pull: stops at once, no retry, the fetched part is reported', async () => {
		const data = twentyFiveThousand();
		sim.cdr = data;
		const endpoint = withCap(CAP);
		const { rows, error, requests, progress, calls } = await pull(
			NINETY_DAYS,
			endpoint,
			freshToken(sim, 1),
		);
		expect(error).toBeInstanceOf(WolkvoxFailure);
		expect((error as WolkvoxFailure).outcome).toBe('quota');
		expect(error!.message).toBe(
			'The wolkvox token has used up its daily quota (TOKEN LIMIT EXCEEDED)',
		);
		expect(requests.map((r) => r.status)).toEqual([200, 403]);
		expect(calls).toBe(2);
		const cut = secToWall(data.times[CAP - 1]);
		expect(
			checkAgainstGroundTruth(rows, data, NINETY_DAYS.start, secToWall(wallToSec(cut) - 1)),
		).toEqual(noLoss(data.lowerBound(wallToSec(cut))));
		expect(rangeReport(NINETY_DAYS, progress.done, progress.rows, calls)).toBe(
			`Fetched: 20240101000000 to ${secToWall(wallToSec(cut) - 1)} (${rows.length} rows). Not fetched: ${cut} to 20240330235959. API calls used by this node so far: 2.`,
		);
	});
});

describe('what a stopped pull reports', () => {
	test('missing parts are the complement of what is complete', () => {
		const range = { start: '20240101000000', end: '20240131235959' };
		expect(missingParts(range, [])).toEqual([range]);
		expect(missingParts(range, [range])).toEqual([]);
		expect(missingParts(range, [{ start: '20240101000000', end: '20240110235959' }])).toEqual([
			{ start: '20240111000000', end: '20240131235959' },
		]);
		expect(
			missingParts(range, [
				{ start: '20240105000000', end: '20240110235959' },
				{ start: '20240120000000', end: '20240131235959' },
			]),
		).toEqual([
			{ start: '20240101000000', end: '20240104235959' },
			{ start: '20240111000000', end: '20240119235959' },
		]);
	});
});
