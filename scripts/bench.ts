/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * npm run bench  (npx ts-node --transpile-only scripts/bench.ts)
 *
 * Large jobs, issue 4 "No data lost on large jobs":
 *  (a) 90-day cdr_1 over the LARGE_CDR dataset (250,000 rows, two 70,000-row bursts) through the
 *      Wolkvox node in n8n-core's real WorkflowExecute, against the simulator, side by side with
 *      what people do without it, sent with plain fetch to the same simulator: one 90-day request
 *      (the HTTP Request node), 31-day windows by hand, and fixed 6-hour windows.
 *  (b) 50,000 records into a campaign: the node's batches vs one call per record.
 *  (c) 388,800 uniform rows (one every 20 s over 90 days) returned oldest first, newest first and
 *      in no order: the node's calls against the minimum.
 *
 * The simulator runs in a child process, so the peak RSS measured here is the node's (n8n engine,
 * node, 250,000 output items), not the simulator's. Prints a table and writes the section
 * "## Large jobs (npm run bench)" of BENCHMARKS.md (other sections are kept).
 * Exits non-zero if the node loses or duplicates a row or a record.
 *
 * Options: --per-item <n> records sent one per call for the comparison (default 2000, the time is
 * extrapolated to 50,000; --per-item 50000 sends them all), --no-write (leave BENCHMARKS.md alone).
 */
import { spawn, type ChildProcess } from 'child_process';
import * as os from 'os';
import * as path from 'path';

import type { runNode as RunNode } from '../test/harness/engine';
import { CdrDataset, LARGE_CDR, secToWall, wallToSec, type CdrSpec } from '../test/simulator/data';
import { DEFAULT_TOKEN, ROW_CAP, WolkvoxSimulator } from '../test/simulator/server';
import { markdownTable, recordSection } from './benchmarks-file';

/** The node's parameters for the 90-day call detail pulls (a) and (c). */
const CDR_90_DAYS = {
	resource: 'report',
	reportGroup: 'calls',
	operation: 'getCallDetail',
	date_ini: '2024-01-01T00:00:00',
	date_end: '2024-03-30T23:59:59',
};

const ROOT = path.join(__dirname, '..');
const SECTION = '## Large jobs (npm run bench)';
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};

const RANGE = { start: '20240101000000', end: '20240330235959' }; // LARGE_CDR: 90 days
const DAYS = 90;
const RECORDS = 50000;
const PER_ITEM = Math.min(RECORDS, arg('per-item', 2000));
const CAMPAIGN = '12';
const UPLOAD_LIMIT = 10000;
const MAX_DAYS = 31;
/** max(ceil(days / 31), ceil(rows / 60,000)): no client can do with fewer calls. */
let MIN_CALLS = 0;

// ---------------------------------------------------------------------------------------------
// The simulator, in its own process

if (args.includes('--simulator-child')) {
	const sim = new WolkvoxSimulator({ cdr: LARGE_CDR, latencyMs: 5, tokenLimit: 1000000 });
	void sim
		.start()
		.then((url) => process.stdout.write(`${JSON.stringify({ url, rows: sim.cdr.size })}\n`));
	process.on('SIGTERM', () => void sim.stop().then(() => process.exit(0)));
} else {
	void main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}

async function startSimulator(): Promise<{ child: ChildProcess; url: string }> {
	const child = spawn(
		process.execPath,
		['-r', 'ts-node/register/transpile-only', __filename, '--simulator-child'],
		{
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'inherit'],
			env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
		},
	);
	const url = await new Promise<string>((resolve, reject) => {
		let buffer = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			const line = buffer.split('\n').find((l) => l.startsWith('{'));
			if (line) resolve((JSON.parse(line) as { url: string }).url);
		});
		child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
	});
	return { child, url };
}

let SIM = '';
async function control(name: string, body: unknown = {}): Promise<any> {
	const response = await fetch(`${SIM}/__control/${name}`, {
		method: 'POST',
		body: JSON.stringify(body),
		headers: { 'content-type': 'application/json' },
	});
	return response.json();
}
/** Clean log, counters and campaigns; the dataset stays. */
const reset = () => control('reset', { tokenLimit: 1000000 });
const requestCount = async () => ((await control('stats')) as { requests: number }).requests;

// ---------------------------------------------------------------------------------------------
// Measuring

/** Peak RSS sampled every 20 ms while `fn` runs (and once at its end). */
async function withPeakRss<T>(
	fn: () => Promise<T>,
): Promise<{ value: T; peak: number; before: number; ms: number }> {
	const before = process.memoryUsage.rss();
	let peak = before;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, 20);
	const started = Date.now();
	try {
		const value = await fn();
		peak = Math.max(peak, process.memoryUsage.rss());
		return { value, peak, before, ms: Date.now() - started };
	} finally {
		clearInterval(timer);
	}
}

/** Tallies rows against the ground truth (conn_id "C00001234" is row 1234 of the dataset). */
class Tally {
	readonly seen: Uint8Array;
	returned = 0;
	duplicates = 0;
	wrong = 0;

	constructor(readonly truth: CdrDataset) {
		this.seen = new Uint8Array(truth.size);
	}

	add(row: { conn_id?: unknown; date?: unknown }): void {
		this.returned++;
		const index = Number(String(row.conn_id).slice(1));
		if (
			!(index >= 0 && index < this.truth.size) ||
			wallToSec(String(row.date).replace(/\D/g, '')) !== this.truth.times[index]
		) {
			this.wrong++;
			return;
		}
		if (this.seen[index]++) this.duplicates++;
	}

	get missing(): number {
		let n = 0;
		for (let i = 0; i < this.truth.size; i++) if (!this.seen[i]) n++;
		return n;
	}
}

interface PullFigures {
	label: string;
	calls: number;
	returned: number;
	unique: number;
	missing: number;
	duplicates: number;
	wrong: number;
	cappedAnswers: number;
	rejected: string;
	ms: number;
	peakRss?: number;
	baseRss?: number;
}

function pullFigures(
	label: string,
	tally: Tally,
	calls: number,
	ms: number,
	cappedAnswers: number,
	rejected = '',
): PullFigures {
	const missing = tally.missing;
	return {
		label,
		calls,
		returned: tally.returned,
		unique: tally.truth.size - missing,
		missing,
		duplicates: tally.duplicates,
		wrong: tally.wrong,
		cappedAnswers,
		rejected,
		ms,
	};
}

// ---------------------------------------------------------------------------------------------
// (a) 90-day CDR pull

async function nodePull(
	runNode: typeof RunNode,
	url: string,
	truth: CdrDataset,
): Promise<PullFigures> {
	await reset();
	const tally = new Tally(truth);
	let summary: any = {};
	const run = await withPeakRss(async () => {
		const result = await runNode({
			parameters: { ...CDR_90_DAYS, options: { summary: true } },
			credentials: { token: DEFAULT_TOKEN, baseUrl: url },
		});
		if (result.error)
			throw new Error(`the node failed: ${result.error.message} ${result.error.description ?? ''}`);
		for (const item of result.outputs[0]) {
			if ((item.json.wolkvox as any)?.summary) summary = item.json.wolkvox;
			else tally.add(item.json);
		}
		return result;
	});
	const log = (await control('log')) as Array<{ rows?: number }>;
	const figures = pullFigures(
		'Wolkvox node (one stream of calls of at most 31 days, continued at the cap)',
		tally,
		summary.calls,
		run.ms,
		log.filter((r) => r.rows === ROW_CAP).length,
	);
	figures.peakRss = run.peak;
	figures.baseRss = run.before;
	if (summary.calls !== log.length)
		throw new Error(`summary says ${summary.calls} calls, the simulator saw ${log.length}`);
	return figures;
}

/** One GET with fetch; rows tallied as they are parsed. */
async function getCdr(
	url: string,
	from: string,
	to: string,
	tally: Tally,
): Promise<{ status: number; rows: number; msg: string }> {
	const response = await fetch(
		`${url}/api/v2/reports_manager.php?api=cdr_1&date_ini=${from}&date_end=${to}`,
		{ headers: { 'wolkvox-token': DEFAULT_TOKEN } },
	);
	const body = (await response.json()) as { msg?: string; data?: Array<Record<string, string>> };
	const rows = response.status === 200 && Array.isArray(body.data) ? body.data : [];
	for (const row of rows) tally.add(row);
	return { status: response.status, rows: rows.length, msg: String(body.msg ?? '') };
}

/** Consecutive inclusive windows of `seconds` (the next starts one second after the previous end). */
function windows(seconds: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	const end = wallToSec(RANGE.end);
	for (let from = wallToSec(RANGE.start); from <= end; from += seconds)
		out.push([secToWall(from), secToWall(Math.min(from + seconds - 1, end))]);
	return out;
}

/** What a hand-written script does: the windows in order, `concurrency` at a time. */
async function windowedFetch(
	label: string,
	url: string,
	truth: CdrDataset,
	seconds: number,
	concurrency: number,
): Promise<PullFigures> {
	await reset();
	const tally = new Tally(truth);
	const queue = windows(seconds);
	let capped = 0;
	const rejected = new Set<string>();
	const started = Date.now();
	const worker = async () => {
		for (let w = queue.shift(); w; w = queue.shift()) {
			const answer = await getCdr(url, w[0], w[1], tally);
			if (answer.rows === ROW_CAP) capped++;
			if (answer.status !== 200 && answer.status !== 404)
				rejected.add(`${answer.status} ${answer.msg}`);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return pullFigures(
		label,
		tally,
		await requestCount(),
		Date.now() - started,
		capped,
		[...rejected].join('; '),
	);
}

async function singleRequest(url: string, truth: CdrDataset): Promise<PullFigures> {
	await reset();
	const tally = new Tally(truth);
	const started = Date.now();
	const answer = await getCdr(url, RANGE.start, RANGE.end, tally);
	const rejected = answer.status === 200 ? '' : `${answer.status} ${answer.msg}`;
	return pullFigures(
		'One 90-day request (HTTP Request node)',
		tally,
		await requestCount(),
		Date.now() - started,
		answer.rows === ROW_CAP ? 1 : 0,
		rejected,
	);
}

// ---------------------------------------------------------------------------------------------
// (b) 50,000 records into a campaign

interface LoadFigures {
	label: string;
	records: number;
	calls: number;
	stored: number;
	duplicates: number;
	ms: number;
	/** Time for all 50,000 (extrapolated when only a sample was sent). */
	msFor50k: number;
	extrapolated: boolean;
	peakRss?: number;
}

const lead = (i: number) => ({
	customer_id: String(1000000 + i),
	customer_name: `Lead ${i}`,
	tel1: `57300${String(i).padStart(7, '0')}`,
});

async function storedRecords(): Promise<{ stored: number; duplicates: number }> {
	const campaigns = (await control('campaign')) as Record<string, Array<{ customer_id: string }>>;
	const records = campaigns[CAMPAIGN] ?? [];
	return {
		stored: records.length,
		duplicates: records.length - new Set(records.map((r) => r.customer_id)).size,
	};
}

async function nodeLoad(runNode: typeof RunNode, url: string): Promise<LoadFigures> {
	await reset();
	const items = Array.from({ length: RECORDS }, (_, i) => lead(i));
	const run = await withPeakRss(() =>
		runNode({
			parameters: {
				resource: 'campaign',
				operation: 'addRecords',
				type_campaign: 'predictive',
				campaign_id: { __rl: true, mode: 'id', value: CAMPAIGN },
				options: { summary: true },
			},
			items,
			credentials: { token: DEFAULT_TOKEN, baseUrl: url },
		}),
	);
	if (run.value.error) throw new Error(`the node failed: ${run.value.error.message}`);
	const { stored, duplicates } = await storedRecords();
	return {
		label: `Wolkvox node (batches of ${UPLOAD_LIMIT.toLocaleString('en-US')})`,
		records: RECORDS,
		calls: await requestCount(),
		stored,
		duplicates,
		ms: run.ms,
		msFor50k: run.ms,
		extrapolated: false,
		peakRss: run.peak,
	};
}

/** One POST per record with fetch, 2 in flight (the token's limit). */
async function perItemLoad(url: string, count: number): Promise<LoadFigures> {
	await reset();
	let next = 0;
	const worker = async () => {
		for (let i = next++; i < count; i = next++) {
			const response = await fetch(
				`${url}/api/v2/campaign.php?api=add_record&type_campaign=predictive&campaign_id=${CAMPAIGN}`,
				{
					method: 'POST',
					headers: { 'wolkvox-token': DEFAULT_TOKEN, 'content-type': 'application/json' },
					body: JSON.stringify([lead(i)]),
				},
			);
			await response.text();
			if (response.status !== 201) throw new Error(`record ${i}: HTTP ${response.status}`);
		}
	};
	const started = Date.now();
	await Promise.all([worker(), worker()]);
	const ms = Date.now() - started;
	const { stored, duplicates } = await storedRecords();
	return {
		label: 'One call per record (fetch, 2 in flight)',
		records: count,
		calls: await requestCount(),
		stored,
		duplicates,
		ms,
		msFor50k: (ms * RECORDS) / count,
		extrapolated: count < RECORDS,
	};
}

// ---------------------------------------------------------------------------------------------
// Report

const n = (v: number) => v.toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const md = markdownTable;

// ---------------------------------------------------------------------------------------------
// (c) The same pull whatever order wolkvox returns rows in

/** The "uniform dense data": one row every 20 s over 90 days (388,800 rows). */
const UNIFORM: CdrSpec = {
	start: '20240101000000',
	days: 90,
	baseRows: 0,
	bursts: [],
	seed: 1,
	everySeconds: 20,
};

interface OrderFigures {
	order: string;
	pull: string;
	calls: number;
	minimum: number;
	returned: number;
	missing: number;
	duplicates: number;
	ms: number;
}

async function orderPulls(runNode: typeof RunNode, url: string): Promise<OrderFigures[]> {
	const truth = new CdrDataset(UNIFORM);
	const minimum = Math.max(Math.ceil(DAYS / MAX_DAYS), Math.ceil(truth.size / ROW_CAP));
	const figures: OrderFigures[] = [];
	const pullOnce = async (order: string, pull: string) => {
		await control('reset', { tokenLimit: 1000000, cdr: UNIFORM });
		await control('order', { order });
		const tally = new Tally(truth);
		const started = Date.now();
		const result = await runNode({
			parameters: CDR_90_DAYS,
			credentials: { token: DEFAULT_TOKEN, baseUrl: url },
		});
		if (result.error) throw new Error(`the node failed: ${result.error.message}`);
		for (const item of result.outputs[0]) tally.add(item.json);
		figures.push({
			order,
			pull,
			calls: await requestCount(),
			minimum,
			returned: tally.returned,
			missing: tally.missing,
			duplicates: tally.duplicates,
			ms: Date.now() - started,
		});
	};
	// The token has pulled this endpoint before (section (a), ascending): what a first pull after
	// wolkvox changed its order costs, then the next pull once the node has seen the order.
	await pullOnce('ascending', 'next pull');
	await pullOnce('descending', 'first pull in this order');
	await pullOnce('descending', 'next pull');
	await pullOnce('random', 'first pull in this order');
	await pullOnce('random', 'next pull');
	return figures;
}

function orderTable(rows: OrderFigures[]): string {
	return md([
		[
			'Rows come back',
			'Pull',
			'API calls',
			'Minimum',
			'Calls / minimum',
			'Rows returned',
			'Lost',
			'Duplicates',
			'Wall time',
		],
		...rows.map((r) => [
			r.order,
			r.pull,
			n(r.calls),
			n(r.minimum),
			`${(r.calls / r.minimum).toFixed(2)}x`,
			n(r.returned),
			n(r.missing),
			n(r.duplicates),
			sec(r.ms),
		]),
	]);
}

function pullTable(pulls: PullFigures[], total: number): string {
	return md([
		[
			'Approach',
			'API calls',
			'Rows returned',
			'Distinct rows',
			'Lost',
			'Duplicates',
			'Answers at the 60,000 cap',
			'Wall time',
			'Note',
		],
		...pulls.map((p) => [
			p.label,
			n(p.calls),
			n(p.returned),
			`${n(p.unique)} / ${n(total)}`,
			n(p.missing),
			n(p.duplicates),
			n(p.cappedAnswers),
			sec(p.ms),
			p.rejected
				? `rejected: ${p.rejected}`
				: p.cappedAnswers > 0 && p.missing > 0
					? 'silently truncated'
					: p.wrong > 0
						? `${p.wrong} rows not in the dataset`
						: '',
		]),
	]);
}

function loadTable(loads: LoadFigures[]): string {
	return md([
		[
			'Approach',
			'Records sent',
			'API calls',
			'Records stored',
			'Duplicates',
			'Wall time',
			'Calls for 50,000',
			'Wall time for 50,000',
		],
		...loads.map((l) => [
			l.label,
			n(l.records),
			n(l.calls),
			n(l.stored),
			n(l.duplicates),
			sec(l.ms),
			n(Math.ceil((l.calls * RECORDS) / l.records)),
			`${sec(l.msFor50k)}${l.extrapolated ? ' (extrapolated)' : ''}`,
		]),
	]);
}

async function main(): Promise<void> {
	// Under ts-node, require('.../Wolkvox.node') would find the codex Wolkvox.node.json before
	// Wolkvox.node.ts (Node tries .json before the .ts ts-node adds): look at .json last.
	const extensions = require.extensions as Record<string, unknown>;
	const jsonLoader = extensions['.json'];
	delete extensions['.json'];
	extensions['.json'] = jsonLoader;
	const { runNode } = require('../test/harness/engine') as { runNode: typeof RunNode };

	const load = os.loadavg()[0].toFixed(1);
	const { child, url } = await startSimulator();
	SIM = url;
	try {
		const truth = new CdrDataset(LARGE_CDR); // the same seeded rows the simulator serves
		const total = truth.size;
		MIN_CALLS = Math.max(Math.ceil(DAYS / MAX_DAYS), Math.ceil(total / ROW_CAP));
		console.log(
			`simulator ${url}: ${n(total)} CDR rows over ${DAYS} days; minimum calls max(ceil(${DAYS}/${MAX_DAYS}), ceil(${n(total)}/${n(ROW_CAP)})) = ${MIN_CALLS}`,
		);

		// Warm-up: loading n8n-core and compiling the node are not part of the figures.
		await reset();
		await runNode({
			parameters: {
				resource: 'report',
				reportGroup: 'calls',
				operation: 'getCallDetail',
				date_ini: '2024-01-01T00:00:00',
				date_end: '2024-01-01T00:59:59',
			},
			credentials: { token: DEFAULT_TOKEN, baseUrl: url },
		});

		console.log('(a) 90-day cdr_1: Wolkvox node...');
		const node = await nodePull(runNode, url, truth);
		console.log('(a) one 90-day request, 31-day windows, 6-hour windows (fetch)...');
		const single = await singleRequest(url, truth);
		const monthly = await windowedFetch(
			'31-day windows by hand (fetch, 1 at a time)',
			url,
			truth,
			MAX_DAYS * 86400,
			1,
		);
		const sixHours = await windowedFetch(
			'Fixed 6-hour windows (fetch, 2 in flight)',
			url,
			truth,
			6 * 3600,
			2,
		);
		const pulls = [node, single, monthly, sixHours];

		console.log(`(b) ${n(RECORDS)} records: Wolkvox node...`);
		const nodeLoaded = await nodeLoad(runNode, url);
		console.log(
			`(b) one call per record: ${n(PER_ITEM)} records${PER_ITEM < RECORDS ? ' (time extrapolated to 50,000)' : ''}...`,
		);
		const perItem = await perItemLoad(url, PER_ITEM);
		const loads = [nodeLoaded, perItem];

		console.log('(c) 388,800 uniform rows in ascending, newest-first and no order...');
		const orders = await orderPulls(runNode, url);
		const ordersOk = orders.every(
			(o) => o.missing === 0 && o.duplicates === 0 && o.returned === 388800,
		);

		const ratio = node.calls / MIN_CALLS;
		const nodeOk =
			node.missing === 0 && node.duplicates === 0 && node.wrong === 0 && node.returned === total;
		const loadOk = nodeLoaded.stored === RECORDS && nodeLoaded.duplicates === 0;
		const verdicts = [
			`rows returned ${n(node.returned)} of ${n(total)}, lost ${n(node.missing)}, duplicated ${n(node.duplicates)}: ${nodeOk ? 'met' : 'MISSED'}`,
			`API calls ${node.calls} vs minimum ${MIN_CALLS}: ${ratio.toFixed(2)}x (goal <= 1.25x): ${ratio <= 1.25 ? 'met' : 'MISSED'}`,
			`peak RSS ${mb(node.peakRss!)} (${mb(node.baseRss!)} before the run, sampled every 20 ms; the simulator runs in another process)`,
			`50,000 records: ${nodeLoaded.calls} calls (goal 5): ${nodeLoaded.calls === 5 ? 'met' : 'MISSED'}; stored ${n(nodeLoaded.stored)}, duplicates ${nodeLoaded.duplicates}: ${loadOk ? 'met' : 'MISSED'}`,
		];

		const markdown = [
			SECTION,
			'',
			`### (a) 90-day call detail (cdr_1), ${n(total)} rows`,
			'',
			`The seeded LARGE_CDR dataset: ${n(LARGE_CDR.baseRows)} rows spread over 90 days from 2024-01-01 plus two bursts of 70,000 rows (10 h on Jan 15, 6 h on Mar 1), ` +
				"so two 31-day windows hold more than 60,000 rows. The simulator applies wolkvox's limits (at most 31 days per call: 400; at most 60,000 rows per answer, the rest cut off silently), " +
				"5 ms latency per call, and runs in a child process. The node runs in n8n-core's real WorkflowExecute with default options; the other rows send the same GETs with fetch. " +
				'"Lost" and "Duplicates" are checked row by row against the dataset (conn_id and date).',
			'',
			pullTable(pulls, total),
			'',
			...verdicts.slice(0, 3).map((v) => `- ${v}`),
			`- minimum calls: max(ceil(${DAYS}/${MAX_DAYS}), ceil(${n(total)}/${n(ROW_CAP)})) = ${MIN_CALLS}`,
			'',
			`### (b) ${n(RECORDS)} records into a campaign (add_record)`,
			'',
			`The node takes ${n(RECORDS)} input items (one record each) and sends them in batches of at most ${n(UPLOAD_LIMIT)} (wolkvox's upload limit). ` +
				`The comparison sends one POST per record with fetch, 2 in flight (the token's limit)` +
				(PER_ITEM < RECORDS
					? `: ${n(PER_ITEM)} records were sent and the time is extrapolated linearly to ${n(RECORDS)} (\`--per-item 50000\` sends them all).`
					: '.'),
			'',
			loadTable(loads),
			'',
			`- ${verdicts[3]}`,
			`- peak RSS of the node's run: ${mb(nodeLoaded.peakRss!)}`,
			'',
			'### (c) The same pull whatever order wolkvox returns rows in',
			'',
			'Uniform dense data: one row every 20 s over 90 days (388,800 rows), returned by the simulator oldest first, newest first, or in no order (shuffled, then cut at 60,000). wolkvox does not document its order; the node reads it from each answer. Minimum: max(ceil(90/31), ceil(388,800/60,000)) = 7. Goal: <= 1.05x the minimum for oldest and newest first.',
			'',
			orderTable(orders),
			'',
			'- newest first, first pull: the first answer (the newest 60,000 rows of the first 31 days) shows the order, and the rest of those 31 days and the following 59 days are then two separate stretches, one call more than the minimum; from the next pull on the node starts at the end and needs the minimum',
			'- no order: nothing of a capped answer can be trusted, so a capped window is asked again at half its length and a complete one sets the next window to about 90% of the cap at the density it showed (plain halving would need 21 calls here)',
			`- every pull returned 388,800 rows, none lost or duplicated: ${ordersOk ? 'met' : 'MISSED'}`,
			'',
			`Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${load} when it started ` +
				'(times grow with the load; calls and rows do not).',
			'',
		].join('\n');

		console.log(`\n(a) 90-day cdr_1, ${n(total)} rows\n${pullTable(pulls, total)}\n`);
		for (const v of verdicts.slice(0, 3)) console.log(`node: ${v}`);
		console.log(`\n(b) ${n(RECORDS)} records into a campaign\n${loadTable(loads)}\n`);
		console.log(`node: ${verdicts[3]}`);
		console.log(`\n(c) 388,800 uniform rows by order\n${orderTable(orders)}\n`);
		if (!args.includes('--no-write')) {
			recordSection(SECTION, markdown);
			console.log('\nWritten to BENCHMARKS.md');
		}
		if (!nodeOk || !loadOk || !ordersOk) {
			console.error('FAIL: the node lost or duplicated rows or records');
			process.exitCode = 1;
		}
	} finally {
		child.kill('SIGTERM');
	}
}
