/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Issue 4, "No data lost on large jobs", through n8n-core's real WorkflowExecute against the
 * simulator (real HTTP): date windows, continuation/halving of capped windows, the loss error,
 * bulk batching with partial failures, maintenance mid-pull, the call budget and the daily quota.
 *
 * wolkvox's `date_end` is inclusive to the second (the simulator returns rows with
 * date_ini <= date <= date_end), so the node's windows are closed intervals [start, end] and the
 * next window starts one second after the previous end.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { MIN_WINDOW_SECONDS } from '../../core/rangeFetch';
import { bisect, splitRange, type DateWindow } from '../../core/dateWindows';
import { runNode, type RunNodeResult } from '../harness/engine';
import { freshToken } from '../harness/params';
import { useSimulator } from '../harness/simulator';
import {
	CdrDataset,
	LARGE_CDR,
	rng,
	secToWall,
	SMALL_CDR,
	wallToSec,
	type CdrSpec,
} from '../simulator/data';
import {
	envelope,
	type Handler,
	MAINTENANCE_BODY,
	ROW_CAP,
	type SimAnswer,
} from '../simulator/server';

const { sim, credentials } = useSimulator();

let large: CdrDataset;
let small: CdrDataset;
let cdrHandler: Handler;
let addRecordHandler: Handler | undefined;

beforeAll(() => {
	large = new CdrDataset(LARGE_CDR);
	small = new CdrDataset(SMALL_CDR);
	cdrHandler = sim.handlers.get('reports_manager.cdr_1')!;
	addRecordHandler = sim.handlers.get('campaign.add_record');
});

afterEach(() => {
	sim.handlers.set('reports_manager.cdr_1', cdrHandler);
	if (addRecordHandler) sim.handlers.set('campaign.add_record', addRecordHandler);
});

// ---------------------------------------------------------------------------------------------
// Helpers

const LARGE_START = '2024-01-01T00:00:00';
const LARGE_END = '2024-03-30T23:59:59'; // 90 days: the whole LARGE_CDR dataset

const cdr = (date_ini: string, date_end: string, options: IDataObject = {}): IDataObject => ({
	resource: 'report',
	reportGroup: 'calls',
	operation: 'getCallDetail',
	date_ini,
	date_end,
	options: { summary: true, ...options },
});

const isSummary = (item: INodeExecutionData) =>
	(item.json.wolkvox as IDataObject | undefined)?.summary === true;
const rowsOf = (result: RunNodeResult) =>
	result.outputs[0].filter((i) => !isSummary(i) && i.json.error === undefined);
const errorsOf = (result: RunNodeResult) =>
	result.outputs[0].filter((i) => i.json.error !== undefined);
/**
 * An error item's facts (continue on fail). Its json is only {error, message} (the shape n8n routes
 * to the error output on 1.x and 2.x), so they are read back from the message and pairedItem.
 */
const info = (item: INodeExecutionData): IDataObject => {
	const message = String(item.json.message ?? '');
	const fetched = /\((\d+) rows\)/.exec(message);
	return {
		report: message,
		notFetched: /Not fetched: (\d{14} to \d{14})\./.exec(message)?.[1],
		fetchedRows: fetched ? Number(fetched[1]) : /Fetched: nothing/.test(message) ? 0 : undefined,
		batch: Number(/Failed: batch (\d+)/.exec(message)?.[1]) || undefined,
		itemIndexes: ([] as Array<{ item: number }>)
			.concat((item.pairedItem as any) ?? [])
			.map((p) => p.item),
	};
};
const summaryOf = (result: RunNodeResult) =>
	result.outputs[0].find(isSummary)?.json.wolkvox as IDataObject;

const s14 = (iso: string) => iso.replace(/\D/g, '');
const display = (s: string) =>
	`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`;
const rowSec = (row: IDataObject) => wallToSec(String(row.date).replace(/\D/g, ''));
const cdrRequests = () => sim.requests({ api: 'cdr_1' });

/**
 * Compares output rows with the simulator's ground truth for [from, to] (inclusive): the same
 * rows (by conn_id, which is the row's index), each exactly once, each the real row.
 */
function checkAgainstGroundTruth(
	rows: INodeExecutionData[],
	dataset: CdrDataset,
	from: string,
	to: string,
) {
	const [lo, hi] = dataset.range(wallToSec(s14(from)), wallToSec(s14(to)));
	const seen = new Uint8Array(dataset.size);
	let duplicates = 0;
	let outside = 0;
	let mismatched = 0;
	for (const { json } of rows) {
		const index = Number(String(json.conn_id).slice(1));
		if (!(index >= lo && index < hi)) outside++;
		else if (seen[index]++) duplicates++;
		if (rowSec(json) !== dataset.times[index]) mismatched++;
	}
	let missing = 0;
	for (let i = lo; i < hi; i++) if (!seen[i]) missing++;
	return { expected: hi - lo, returned: rows.length, missing, duplicates, outside, mismatched };
}

const noLoss = (expected: number) => ({
	expected,
	returned: expected,
	missing: 0,
	duplicates: 0,
	outside: 0,
	mismatched: 0,
});

/** A cdr_1 handler whose rows come back in a shuffled order (so continuation cannot be used). */
function shuffledCdr(seed = 99): Handler {
	return (s, req) => {
		const answer = cdrHandler(s, req) as SimAnswer & { body: { data?: unknown[] } };
		const data = answer.body?.data;
		if (Array.isArray(data)) {
			const random = rng(seed + data.length);
			for (let i = data.length - 1; i > 0; i--) {
				const j = Math.floor(random() * (i + 1));
				[data[i], data[j]] = [data[j], data[i]];
			}
		}
		return answer;
	};
}

/** The smallest window halving reaches around `at` (what a burst there ends up in). */
function leafWindow(from: string, to: string, maxDays: number, at: string): DateWindow {
	let window = splitRange(from, to, maxDays).find((w) => w.start <= at && at <= w.end)!;
	for (;;) {
		const halves = bisect(window, MIN_WINDOW_SECONDS);
		if (!halves) return window;
		window = halves[0].end >= at ? halves[0] : halves[1];
	}
}

const seconds = (w: { date_ini: string; date_end: string }) =>
	wallToSec(w.date_end) - wallToSec(w.date_ini) + 1;

// ---------------------------------------------------------------------------------------------
// Date windows

describe('date windows and the 60,000-row cap', () => {
	test('90-day pull over 250,000 rows with two 70,000-row bursts: every row once, ground truth, minimum calls', async () => {
		sim.cdr = large;
		const token = freshToken(sim);
		const result = await runNode({
			parameters: cdr(LARGE_START, LARGE_END),
			credentials: credentials(token),
		});

		expect(result.error).toBeUndefined();
		const rows = rowsOf(result);
		expect(large.size).toBe(250000);
		expect(checkAgainstGroundTruth(rows, large, LARGE_START, LARGE_END)).toEqual(noLoss(250000));
		// Rows arrive in order.
		let ordered = true;
		for (let i = 1; i < rows.length; i++)
			if (String(rows[i].json.date) < String(rows[i - 1].json.date)) ordered = false;
		expect(ordered).toBe(true);

		// wolkvox accepted every window (none over 31 days), and each was at most 31 days long.
		const requests = cdrRequests();
		expect(requests.every((r) => r.status === 200)).toBe(true);
		expect(requests.every((r) => seconds(r.query as any) <= 31 * 86400)).toBe(true);
		// Two windows hit the cap (the bursts) and were continued from their last second.
		expect(requests.filter((r) => r.rows === ROW_CAP)).toHaveLength(2);
		const summary = summaryOf(result);
		expect(summary).toMatchObject({ calls: 5, rows: 250000, continuations: 2, bisections: 0 });
		// The minimum any client needs: max(ceil(90/31), ceil(250000/60000)) = 5.
		expect(summary.calls).toBeLessThanOrEqual(
			Math.ceil(1.25 * Math.max(Math.ceil(90 / 31), Math.ceil(250000 / 60000))),
		);
		expect(rows.every((r) => (r.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('rows exactly on a window boundary (23:59:59 and 00:00:00) appear once', async () => {
		sim.cdr = small;
		const token = freshToken(sim);
		const from = '2024-01-01T00:00:00';
		const to = '2024-02-14T23:59:59';
		const result = await runNode({ parameters: cdr(from, to), credentials: credentials(token) });

		expect(result.error).toBeUndefined();
		const windows = cdrRequests().map((r) => [r.query.date_ini, r.query.date_end]);
		expect(windows).toEqual([
			['20240101000000', '20240131235959'],
			['20240201000000', '20240214235959'],
		]);
		const rows = rowsOf(result);
		expect(checkAgainstGroundTruth(rows, small, from, to)).toEqual(noLoss(small.size));
		for (const at of ['20240131235959', '20240201000000']) {
			const [lo, hi] = small.range(wallToSec(at), wallToSec(at));
			expect(hi - lo).toBeGreaterThanOrEqual(1);
			const onBoundary = rows.filter((r) => r.json.date === display(at));
			expect(onBoundary.map((r) => r.json.conn_id).sort()).toEqual(
				Array.from({ length: hi - lo }, (_, k) => small.row(lo + k).conn_id).sort(),
			);
		}
	});

	test('splitting turned off: a 40-day range is a validation error naming the limit, nothing is sent', async () => {
		sim.cdr = small;
		const result = await runNode({
			parameters: cdr('2024-01-01T00:00:00', '2024-02-09T23:59:59', { splitRange: false }),
			credentials: credentials(freshToken(sim)),
		});
		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/31 day/);
		expect(result.error!.message).toMatch(/Split Long Ranges/);
		expect(sim.log).toHaveLength(0);
	});

	test('61,000 rows in 30 seconds, rows sorted: continuation from the last second fetches them all', async () => {
		const spec: CdrSpec = {
			start: '20240101000000',
			days: 45,
			baseRows: 3000,
			bursts: [{ at: '20240110120000', seconds: 30, rows: 61000 }],
			seed: 3,
		};
		sim.cdr = new CdrDataset(spec);
		const from = '2024-01-01T00:00:00';
		const to = '2024-02-14T23:59:59';
		const result = await runNode({
			parameters: cdr(from, to),
			credentials: credentials(freshToken(sim)),
		});

		expect(result.error).toBeUndefined();
		expect(checkAgainstGroundTruth(rowsOf(result), sim.cdr, from, to)).toEqual(noLoss(64000));
		expect(summaryOf(result)).toMatchObject({ continuations: 1, bisections: 0, calls: 3 });
	});

	test('more than 60,000 rows in one second: the loss error, nothing silently truncated', async () => {
		const dense = '20240110123456';
		// One hour of 3,000 rows plus 61,000 rows in one second. A short range keeps the test fast
		// (every capped answer is 60,000 rows); the path is the one a 90-day pull would take.
		const spec: CdrSpec = {
			start: '20240110120000',
			days: 1 / 24,
			baseRows: 3000,
			bursts: [{ at: dense, seconds: 1, rows: 61000 }],
			seed: 5,
		};
		sim.cdr = new CdrDataset(spec);
		const from = '2024-01-10T12:34:00';
		const to = '2024-01-10T12:35:59';
		const result = await runNode({
			parameters: cdr(from, to),
			credentials: credentials(freshToken(sim)),
		});

		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(
			/^More than 60,000 rows fall between 20240110123456 and 2024011012\d{4}, a window too short to split again: wolkvox would cut the rest off silently/,
		);
		expect(result.error!.description).toMatch(
			/Fetched: 20240110123400 to 20240110123455 \(\d+ rows\)\. Not fetched: 20240110123456 to 20240110123559\./,
		);
		expect(result.outputs).toEqual([]);
		// The capped answer was continued up to the dense second, then halved below the minimum.
		const requests = cdrRequests();
		expect(requests[1].query.date_ini).toBe(dense);
		const last = requests[requests.length - 1];
		expect(last.rows).toBe(ROW_CAP);
		expect(last.query.date_ini).toBe(dense);
		expect(seconds(last.query as any)).toBeLessThan(MIN_WINDOW_SECONDS);

		// With "continue on fail": the rows before the dense second, once, and an error item.
		const kept = await runNode({
			parameters: cdr(from, to),
			credentials: credentials(freshToken(sim)),
			onError: 'continueRegularOutput',
		});
		expect(kept.error).toBeUndefined();
		const rows = rowsOf(kept);
		const before = sim.cdr.range(wallToSec('20240110123400'), wallToSec(dense) - 1);
		expect(before[1] - before[0]).toBeGreaterThan(20);
		expect(checkAgainstGroundTruth(rows, sim.cdr, from, '2024-01-10T12:34:55')).toEqual(
			noLoss(before[1] - before[0]),
		);
		const [error] = errorsOf(kept);
		expect(error.json.error).toMatch(/More than 60,000 rows/);
		expect(info(error).notFetched).toBe('20240110123456 to 20240110123559');
		expect(info(error).fetchedRows).toBe(rows.length);
	});

	test('unsorted rows: capped windows are halved; 61,000 rows in 30 s inside a minimal window -> the loss error', async () => {
		const from = '2024-01-10T12:00:00';
		const to = '2024-01-10T12:09:59';
		// Put the 30-second burst inside the smallest window halving can reach there.
		const leaf = leafWindow(s14(from), s14(to), 31, '20240110120500');
		expect(wallToSec(leaf.end) - wallToSec(leaf.start) + 1).toBeGreaterThanOrEqual(30);
		const spec: CdrSpec = {
			start: '20240110000000',
			days: 1,
			baseRows: 3000,
			bursts: [{ at: leaf.start, seconds: 30, rows: 61000 }],
			seed: 9,
		};
		sim.cdr = new CdrDataset(spec);
		sim.handlers.set('reports_manager.cdr_1', shuffledCdr());

		const result = await runNode({
			parameters: cdr(from, to),
			credentials: credentials(freshToken(sim)),
		});
		expect(result.error).toBeDefined();
		expect(result.error!.message).toBe(
			`More than 60,000 rows fall between ${leaf.start} and ${leaf.end}, a window too short to split again: wolkvox would cut the rest off silently, so nothing was returned for it`,
		);
		expect(result.error!.description).toMatch(
			new RegExp(`Not fetched: ${leaf.start} to 20240110120959\\.`),
		);
		expect(result.outputs).toEqual([]);
		// The halving path: each capped window was asked again as its first half.
		const requests = cdrRequests();
		const capped = requests.filter((r) => r.rows === ROW_CAP);
		expect(capped.length).toBeGreaterThanOrEqual(4);
		for (let i = 1; i < capped.length; i++)
			expect(seconds(capped[i].query as any)).toBeLessThan(seconds(capped[i - 1].query as any));
		expect(requests[requests.length - 1].query).toEqual({
			date_ini: leaf.start,
			date_end: leaf.end,
		});
	});

	test('unsorted rows with a 61,000-row burst: recursive halving alone returns every row once', async () => {
		// Two days, 4,000 rows plus 61,000 between 08:00 and 12:00 on day 1: halved four levels deep.
		const spec: CdrSpec = {
			start: '20240101000000',
			days: 2,
			baseRows: 4000,
			bursts: [{ at: '20240101080000', seconds: 4 * 3600, rows: 61000 }],
			seed: 13,
		};
		sim.cdr = new CdrDataset(spec);
		sim.handlers.set('reports_manager.cdr_1', shuffledCdr());
		const from = '2024-01-01T00:00:00';
		const to = '2024-01-02T23:59:59';
		const result = await runNode({
			parameters: cdr(from, to),
			credentials: credentials(freshToken(sim)),
		});

		expect(result.error).toBeUndefined();
		expect(checkAgainstGroundTruth(rowsOf(result), sim.cdr, from, to)).toEqual(noLoss(65000));
		const summary = summaryOf(result);
		expect(summary.continuations).toBe(0);
		expect(summary.bisections).toBeGreaterThanOrEqual(3);
		// Every capped answer was discarded and asked again in halves: one call per window asked.
		expect(summary.calls).toBe(cdrRequests().length);
		expect(summary.calls).toBe(summary.windows);
		expect(cdrRequests().filter((r) => r.rows === ROW_CAP)).toHaveLength(
			summary.bisections as number,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Bulk batching

const CAMPAIGN = '12';
const addRecords = (options: IDataObject = {}): IDataObject => ({
	resource: 'campaign',
	operation: 'addRecords',
	type_campaign: 'predictive',
	campaign_id: { __rl: true, mode: 'id', value: CAMPAIGN },
	options,
});
const leads = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		customer_id: String(100000 + i),
		customer_name: `Lead ${i}`,
		tel1: `57300${String(i).padStart(7, '0')}`,
	}));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const addRecordRequests = () => sim.requests({ api: 'add_record' });

/** The simulator's add_record: enforces the 10,000-record limit and stores the records. */
function ensureAddRecordStorage(): void {
	if (addRecordHandler) return;
	sim.handlers.set('campaign.add_record', (s, req) => {
		const records = req.body as Array<Record<string, unknown>>;
		if (!Array.isArray(records) || records.length === 0)
			return {
				status: 400,
				body: { code: '400', error: 'Bad Request', msg: 'SOME PARAMETERS ARE REQUIRED' },
			};
		if (records.length > 10000)
			return {
				status: 400,
				body: {
					code: '400',
					error: 'Bad Request',
					msg: 'THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS 10000',
				},
			};
		const stored = s.campaigns.get(String(req.query.campaign_id)) ?? [];
		for (const record of records) stored.push(record);
		s.campaigns.set(String(req.query.campaign_id), stored);
		return envelope(201, 'All records has been added successfully', [
			{ total_registers: String(records.length) },
		]);
	});
}

/** Makes the Nth add_record call (1-based) answer 500. */
function failAddRecordCall(n: number): void {
	ensureAddRecordStorage();
	const inner = sim.handlers.get('campaign.add_record')!;
	let calls = 0;
	sim.handlers.set('campaign.add_record', (s, req) => {
		if (++calls === n - 1) s.addFault({ file: 'campaign', api: 'add_record', status: 500 });
		return inner(s, req);
	});
}

describe('bulk batching (campaign add_record)', () => {
	beforeEach(() => ensureAddRecordStorage());

	test('25,001 records -> 3 batches of 10,000 / 10,000 / 5,001, pairedItem and itemIndexes per batch', async () => {
		const items = leads(25001);
		const result = await runNode({
			parameters: addRecords({ summary: true }),
			items,
			credentials: credentials(freshToken(sim)),
		});

		expect(result.error).toBeUndefined();
		const requests = addRecordRequests();
		expect(requests.map((r) => (r.body as unknown[]).length)).toEqual([10000, 10000, 5001]);
		expect(
			requests.every(
				(r) => r.method === 'POST' && r.query.campaign_id === CAMPAIGN && r.status === 201,
			),
		).toBe(true);
		// wolkvox stored every record once, in order.
		expect(sim.campaigns.get(CAMPAIGN)!.map((r) => r.customer_id)).toEqual(
			items.map((i) => i.customer_id),
		);

		const batches = result.outputs[0].filter((i) => !isSummary(i));
		expect(batches).toHaveLength(3);
		const bounds = [
			[0, 10000],
			[10000, 20000],
			[20000, 25001],
		];
		batches.forEach((batch, b) => {
			const indexes = range(bounds[b][0], bounds[b][1]);
			const meta = batch.json.wolkvox as IDataObject;
			expect(meta).toMatchObject({ batch: b + 1, batches: 3, records: indexes.length });
			expect(meta.itemIndexes).toEqual(indexes);
			expect(batch.pairedItem).toEqual(indexes.map((item) => ({ item })));
			expect(batch.json.data).toEqual([{ total_registers: String(indexes.length) }]);
		});
		expect(summaryOf(result)).toMatchObject({ calls: 3, batches: 3 });
	});

	test('a failing batch in the middle, no continue on fail: the error lists what was accepted and not sent; batch 1 is not resent', async () => {
		failAddRecordCall(2);
		const result = await runNode({
			parameters: addRecords(),
			items: leads(25001),
			credentials: credentials(freshToken(sim)),
		});

		expect(result.error).toBeDefined();
		expect(result.error!.description).toContain(
			'Accepted batches: 1 (items 0-9999). Failed: batch 2 (items 10000-19999). Not sent: items 20000-25000. Accepted batches are not sent again.',
		);
		// A POST that failed with 500 may have been applied: not repeated.
		expect(result.error!.description).toMatch(/not repeated/);
		const requests = addRecordRequests();
		expect(requests.map((r) => [r.status, (r.body as unknown[]).length])).toEqual([
			[201, 10000],
			[500, 10000],
		]);
		expect(sim.campaigns.get(CAMPAIGN)).toHaveLength(10000);
	});

	test('a failing batch in the middle, continue on fail: batches 1 and 3 accepted, batch 2 an error item with its item indexes', async () => {
		failAddRecordCall(2);
		const result = await runNode({
			parameters: addRecords(),
			items: leads(25001),
			credentials: credentials(freshToken(sim)),
			onError: 'continueRegularOutput',
		});

		expect(result.error).toBeUndefined();
		const out = result.outputs[0];
		expect(out).toHaveLength(3);
		expect((out[0].json.wolkvox as IDataObject).itemIndexes).toEqual(range(0, 10000));
		expect(info(out[1])).toMatchObject({ batch: 2, itemIndexes: range(10000, 20000) });
		expect(info(out[1]).report).toBe(
			'Accepted batches: 1 (items 0-9999). Failed: batch 2 (items 10000-19999). Not sent: none. Accepted batches are not sent again.',
		);
		expect(out[1].json.error).toMatch(/wolkvox did not answer properly/);
		expect(out[1].pairedItem).toEqual(range(10000, 20000).map((item) => ({ item })));
		expect((out[2].json.wolkvox as IDataObject).itemIndexes).toEqual(range(20000, 25001));
		expect(out[2].pairedItem).toEqual(range(20000, 25001).map((item) => ({ item })));
		expect(addRecordRequests().map((r) => r.status)).toEqual([201, 500, 201]);
		expect(sim.campaigns.get(CAMPAIGN)).toHaveLength(15001);
	});
});

// ---------------------------------------------------------------------------------------------
// Maintenance, call budget, quota

describe('long pulls that meet maintenance, the call budget or the daily quota', () => {
	test('maintenance (~3 s) during a multi-window pull: waits, completes, nothing lost', async () => {
		sim.cdr = large;
		const token = freshToken(sim);
		let served = 0;
		sim.handlers.set('reports_manager.cdr_1', (s, req) => {
			if (++served === 2) s.scheduleMaintenance(0, 3000);
			return cdrHandler(s, req);
		});
		const result = await runNode({
			parameters: cdr(LARGE_START, LARGE_END, { retryBudgetSeconds: 60 }),
			credentials: credentials(token),
		});

		expect(result.error).toBeUndefined();
		expect(checkAgainstGroundTruth(rowsOf(result), large, LARGE_START, LARGE_END)).toEqual(
			noLoss(250000),
		);
		const requests = cdrRequests();
		const maintenance = requests.filter((r) => r.status === 403 && r.msg === MAINTENANCE_BODY.msg);
		expect(maintenance.length).toBeGreaterThanOrEqual(1);
		expect(requests.filter((r) => r.status === 200)).toHaveLength(5);
		expect(summaryOf(result)).toMatchObject({ calls: 5 + maintenance.length, rows: 250000 });
		expect(result.durationMs).toBeGreaterThanOrEqual(2500);
	});

	test('"Max API Calls" reached mid-pull: a clean stop that says what was fetched and what was not', async () => {
		sim.cdr = large;
		const token = freshToken(sim);
		const result = await runNode({
			parameters: cdr(LARGE_START, LARGE_END, { maxCalls: 3 }),
			credentials: credentials(token),
		});

		expect(result.error).toBeDefined();
		expect(result.error!.message).toBe('The limit of 3 API calls for this execution was reached');
		const requests = cdrRequests();
		expect(requests).toHaveLength(3); // nothing sent after the budget
		// Calls: January (capped, continued), its rest, February (capped, continued): the stop came
		// before the rest of February. The rows before February's last returned second were kept.
		expect(requests.map((r) => r.rows)).toEqual([ROW_CAP, expect.any(Number), ROW_CAP]);
		const february = large.lowerBound(wallToSec('20240201000000'));
		const cut = secToWall(large.times[february + ROW_CAP - 1]);
		expect(result.error!.description).toContain(
			`Fetched: 20240101000000 to ${secToWall(wallToSec(cut) - 1)} (${large.lowerBound(wallToSec(cut))} rows). Not fetched: ${cut} to 20240330235959. API calls used by this node so far: 3.`,
		);
	});

	test('TOKEN LIMIT EXCEEDED mid-pull: stops at once; the fetched part is reported, and output with continue on fail', async () => {
		sim.cdr = large;
		const token = freshToken(sim, 1);
		const result = await runNode({
			parameters: cdr(LARGE_START, LARGE_END),
			credentials: credentials(token),
		});

		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/TOKEN LIMIT EXCEEDED/);
		expect(result.error!.description).toMatch(/Nothing was retried/);
		expect(result.error!.description).toMatch(
			/Fetched: 20240101000000 to \d{14} \(\d+ rows\)\. Not fetched: \d{14} to 20240330235959\./,
		);
		// One call served (January, capped: its rows before the last second kept), the second refused, no retry.
		expect(cdrRequests().map((r) => r.status)).toEqual([200, 403]);
		const cut = secToWall(large.times[ROW_CAP - 1]);
		expect(result.error!.description).toContain(
			`Fetched: 20240101000000 to ${secToWall(wallToSec(cut) - 1)} (${large.lowerBound(wallToSec(cut))} rows). Not fetched: ${cut} to 20240330235959.`,
		);

		sim.log.length = 0;
		const token2 = freshToken(sim, 3);
		const kept = await runNode({
			parameters: cdr(LARGE_START, LARGE_END),
			credentials: credentials(token2),
			onError: 'continueRegularOutput',
		});
		expect(kept.error).toBeUndefined();
		const [error] = errorsOf(kept);
		expect(error.json.error).toMatch(/TOKEN LIMIT EXCEEDED/);
		const notFetched = /^(\d{14}) to 20240330235959$/.exec(String(info(error).notFetched))!;
		expect(notFetched).not.toBeNull();
		const rows = rowsOf(kept);
		const lastFetched = secToWall(wallToSec(notFetched[1]) - 1);
		// Exactly the rows before the first missing second, each once.
		expect(checkAgainstGroundTruth(rows, large, LARGE_START, lastFetched)).toEqual(
			noLoss(large.lowerBound(wallToSec(notFetched[1]))),
		);
		expect(info(error).fetchedRows).toBe(rows.length);
		expect(summaryOf(kept)).toMatchObject({ calls: 4, rows: rows.length });
	});
});
