/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * npm run bench:memory  (ts-node --transpile-only scripts/bench-memory.ts [--no-write])
 *
 * Issue 15, memory of a big pull in real n8n 2.41.1: a 90-day cdr_1 pull of the simulator's large
 * dataset (250,000 rows, 5 calls: 31-day windows and continuations at the 60,000-row cap) through
 * the Wolkvox node (version 2, Report: Calls > Get Call Detail, default options), started by a production
 * webhook of `n8n start` (regular mode: the execution runs in that process). The simulator runs in
 * its own process.
 *
 * VmRSS of the n8n process is sampled from /proc/<pid>/status every 50 ms: its idle level (median
 * of 5 s after a small warm-up execution), its peak while the execution runs and is saved, and
 * VmHWM (the kernel's high-water mark) before and after. Twice: with n8n saving the execution's
 * data (its default) and with the workflow setting "Save successful production executions: Do not
 * save", which leaves what the node and the engine hold. Next to it the JSON size of the node's
 * output (the 250,000 rows as JSON, computed from the dataset the simulator serves).
 *
 * Writes "## Memory of a 250,000-row pull in real n8n (npm run bench:memory)" of BENCHMARKS.md.
 */
import * as fs from 'fs';
import * as os from 'os';

import { CdrDataset, LARGE_CDR } from '../test/simulator/data';
import {
	N8nInstance,
	N8nServer,
	WorkflowFixture,
	connect,
	makeId,
	provisionWithProgress,
	settled,
	sleep,
	waitFor,
	waitForWebhook,
	webhookNode,
	exitOnSignals,
} from '../test/e2e/n8n';
import { requestFigures } from '../test/e2e/queue';
import {
	SIM_TOKEN,
	Simulator,
	startSimulator,
	wolkvoxCredential,
	wolkvoxOperationNode,
} from '../test/e2e/wolkvox';
import { markdownTable, recordSection } from './benchmarks-file';

const SECTION = '## Memory of a 250,000-row pull in real n8n (npm run bench:memory)';
const args = process.argv.slice(2);
const RANGE = { from: '2024-01-01T00:00:00', to: '2024-03-30T23:59:59' };
const MB = 1024 * 1024;

function pullWorkflow(
	credential: { id: string; name: string },
	webhookPath: string,
	range: { from: string; to: string },
	saveData: boolean,
): WorkflowFixture {
	const webhook = webhookNode(webhookPath);
	const wolkvox = wolkvoxOperationNode(
		{
			resource: 'reportCalls',
			operation: 'getCallDetail',
			date_ini: range.from,
			date_end: range.to,
			options: { timezone: 'UTC' },
		},
		credential,
	);
	wolkvox.position = [220, 0];
	const connections: Record<string, any> = {};
	connect(connections, webhook.name, wolkvox.name);
	return {
		id: makeId('wfmem'),
		name: `memory: ${webhookPath}`,
		nodes: [webhook, wolkvox],
		connections,
		active: false,
		settings: {
			executionOrder: 'v1',
			timezone: 'UTC',
			...(saveData ? {} : { saveDataSuccessExecution: 'none' }),
		},
	};
}

/** VmRSS and VmHWM (bytes) of a process. */
function memoryOf(pid: number): { rss: number; hwm: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) =>
		Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
	return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Samples VmRSS every 50 ms until stopped. */
function sampler(pid: number) {
	const samples: number[] = [];
	const timer = setInterval(() => {
		try {
			samples.push(memoryOf(pid).rss);
		} catch {
			/* process gone */
		}
	}, 50);
	return {
		samples,
		stop: () => clearInterval(timer),
	};
}

/**
 * The live heap (MB, "after" size) of each full collection (Mark-Compact) that --trace-gc printed
 * for `pid` in `log` (the task runner's lines carry another pid), e.g.
 * `[1234:0x55d0c8]    81234 ms: Mark-Compact 812.4 (840.1) -> 455.2 (843.0) MB, ...`.
 */
function fullCollections(log: string, pid: number): number[] {
	const line = new RegExp(
		`^\\[${pid}:0x[0-9a-f]+\\]\\s+\\d+ ms: Mark-Compact[^\\d]*[\\d.]+ \\([\\d.]+\\) -> ([\\d.]+) \\(`,
		'gm',
	);
	return [...log.matchAll(line)].map((m) => Number(m[1]));
}

/** The heap in use (MB, "before" size, garbage included) at each collection of any kind for `pid`. */
function heapInUse(log: string, pid: number): number[] {
	const line = new RegExp(
		`^\\[${pid}:0x[0-9a-f]+\\]\\s+\\d+ ms: [A-Za-z -]+[^\\d]*([\\d.]+) \\([\\d.]+\\) -> `,
		'gm',
	);
	return [...log.matchAll(line)].map((m) => Number(m[1]));
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Figures {
	label: string;
	/** live V8 heap after the last full collection before the pull (MB) */
	heapBefore?: number;
	/** the most heap in use at any collection during the pull (MB, garbage included) */
	heapInUsePeak?: number;
	idle: number;
	peak: number;
	hwmBefore: number;
	hwmAfter: number;
	ms: number;
	calls: number;
	rowsServed: number;
	itemsSaved?: number;
	status: string;
}

async function main(): Promise<void> {
	exitOnSignals();
	const log = (line: string) => console.log(line);
	await provisionWithProgress('v2', log);
	const load = os.loadavg()[0].toFixed(1);

	// The node's output: the 250,000 rows as JSON (what "Whole JSON" of the items would be).
	const truth = new CdrDataset(LARGE_CDR);
	let jsonBytes = 2; // [ ]
	for (let i = 0; i < truth.size; i++)
		jsonBytes += Buffer.byteLength(JSON.stringify(truth.row(i))) + (i > 0 ? 1 : 0);
	log(
		`output: ${truth.size.toLocaleString('en-US')} rows, ${(jsonBytes / MB).toFixed(0)} MB as JSON`,
	);

	const sim = await startSimulator(['--large']);
	const n8n = await N8nInstance.create('v2', { installPackage: true, packageMode: 'tarball' });
	const rows: Figures[] = [];
	try {
		const cred = wolkvoxCredential(sim.url, SIM_TOKEN, 'wvCredMemory');
		await n8n.importCredentials(cred);
		const warm = pullWorkflow(
			cred,
			'memory-warm',
			{ from: '2024-01-02T00:00:00', to: '2024-01-02T00:59:59' },
			true,
		);
		const saved = pullWorkflow(cred, 'memory-saved', RANGE, true);
		const unsaved = pullWorkflow(cred, 'memory-unsaved', RANGE, false);
		await n8n.importWorkflow([warm, saved, unsaved]);
		for (const wf of [warm, saved, unsaved]) await n8n.activateWorkflow(wf.id);

		// One fresh n8n process per measured run, so that both start from the same idle state.
		for (const [label, wf, saveData] of [
			['n8n saves the execution (default)', saved, true],
			['execution data not saved (saveDataSuccessExecution: none)', unsaved, false],
		] as Array<[string, WorkflowFixture, boolean]>) {
			// --trace-gc: V8 prints every collection with the heap size before and after it
			const server = await n8n.startServer(180_000, {}, ['--trace-gc']);
			try {
				rows.push(await measure(n8n, server, sim, label, wf, saveData, warm, jsonBytes, log));
			} finally {
				await server.stop();
			}
		}
	} finally {
		await n8n.dispose();
		await sim.stop();
	}

	const markdown = [
		SECTION,
		'',
		`A 90-day call-detail pull (cdr_1, ${RANGE.from} to ${RANGE.to}) of the simulator's large dataset (${truth.size.toLocaleString('en-US')} rows, two 70,000-row bursts) ` +
			'through the Wolkvox node (version 2, Report: Calls > Get Call Detail, default options) in real n8n 2.41.1: `n8n start` (regular mode, SQLite), the workflow started by a production webhook, ' +
			'so the execution runs in that n8n process. The simulator runs in another process. ' +
			'RSS is the n8n process\'s VmRSS sampled every 50 ms from /proc; "idle" is its median over 5 s before the pull (after a warm-up execution); ' +
			'"peak" is the highest sample from the webhook call until 3 s after the execution was saved; VmHWM is the kernel\'s high-water mark of the process. ' +
			'RSS alone understates what a run holds: a freshly started n8n keeps the heap pages its start-up freed, and a run reuses them before RSS grows. ' +
			'So n8n also runs with `node --trace-gc`, and "live V8 heap before the pull" is the heap left by the last full collection (Mark-Compact) of that process before the pull; "heap in use at its highest" is the largest heap size V8 reported going into any collection from the webhook call until 3 s after the save (garbage included), with its growth over the live heap before. ' +
			'One fresh n8n process per run. ' +
			`The output's JSON size is the 250,000 rows serialized (${(jsonBytes / MB).toFixed(0)} MB).`,
		'',
		table(rows, jsonBytes),
		'',
		`Command: \`npm run bench:memory\`. Measured ${new Date().toISOString().slice(0, 10)}, n8n on Node 24, ${os.cpus().length} CPUs, load average ${load} when it started (times grow with the load).`,
		'',
	].join('\n');
	console.log(`\n${table(rows, jsonBytes)}`);
	if (!args.includes('--no-write')) {
		recordSection(SECTION, markdown);
		console.log('\nWritten to BENCHMARKS.md');
	}
	if (
		rows.some(
			(r) =>
				!r.status.startsWith('success') ||
				(r.itemsSaved !== undefined && r.itemsSaved !== truth.size),
		)
	) {
		console.error('FAIL: the pull did not succeed with every row');
		process.exitCode = 1;
	}
}

/** Warm-up, idle RSS, the pull, its peak RSS; in the given (fresh) n8n process. */
async function measure(
	n8n: N8nInstance,
	server: N8nServer,
	sim: Simulator,
	label: string,
	wf: WorkflowFixture,
	saveData: boolean,
	warm: WorkflowFixture,
	jsonBytes: number,
	log: (line: string) => void,
): Promise<Figures> {
	const pid = server.pid;
	const path = (w: WorkflowFixture) => w.nodes[0].parameters.path as string;
	for (const w of [warm, wf]) await waitForWebhook(server, path(w));
	const post = async (w: WorkflowFixture) => {
		const res = await fetch(`${server.url}/webhook/${path(w)}`, {
			method: 'POST',
			body: '{}',
			headers: { 'content-type': 'application/json' },
		});
		await res.text();
		if (res.status !== 200) throw new Error(`webhook ${path(w)}: HTTP ${res.status}`);
	};
	const context = () => server.log().split('\n').slice(-20).join('\n');
	const rowsServed = async () =>
		((await sim.control('log')) as any[]).reduce((sum, r) => sum + (r.rows ?? 0), 0);

	// Warm-up: loads the node's code, opens the connection pools.
	const warmedBefore = (await n8n.readExecutions(warm.id, 60_000, false)).length;
	await post(warm);
	await waitFor(
		'the warm-up execution',
		5 * 60_000,
		async () => {
			const list = await n8n.readExecutions(warm.id, 60_000, false);
			return list.length > warmedBefore && list.every(settled);
		},
		context,
		1_000,
	);
	await sim.control('reset', {});
	await sleep(5_000);
	const idleSampler = sampler(pid);
	await sleep(5_000);
	idleSampler.stop();
	const idle = median(idleSampler.samples);
	const hwmBefore = memoryOf(pid).hwm;

	const running = sampler(pid);
	const logFrom = server.log().length;
	const t0 = Date.now();
	log(`${label}: idle RSS ${(idle / MB).toFixed(0)} MB; pulling...`);
	const before = (await n8n.readExecutions(wf.id, 60_000, false)).map((e) => e.id);
	await post(wf);
	// Statuses only (reading 250,000 rows back every second would load the machine). Not saved:
	// at the end of a successful execution n8n soft-deletes its row (deletedAt set).
	const status = await waitFor(
		`the execution of ${wf.name}`,
		10 * 60_000,
		async () => {
			const [execution] = (await n8n.readExecutions(wf.id, 60_000, false)).filter(
				(e) => !before.includes(e.id),
			);
			if (execution?.deletedAt) return 'success (deleted: not saved)';
			return execution && settled(execution) ? execution.status : undefined;
		},
		context,
		1_000,
	);
	const ms = Date.now() - t0;
	await sleep(3_000); // the save and what follows it are part of the peak
	running.stop();
	const hwmAfter = memoryOf(pid).hwm;
	const fullGcBefore = fullCollections(server.log().slice(0, logFrom), pid);
	const figures = requestFigures(await sim.control('log'), 5);
	let itemsSaved: number | undefined;
	if (saveData) {
		const [withData] = (await n8n.readExecutions(wf.id, 300_000, true)).filter(
			(e) => !before.includes(e.id),
		);
		itemsSaved = withData.runData['Wolkvox']?.[0]?.data?.main?.[0]?.length;
	}
	const row: Figures = {
		label,
		heapBefore: fullGcBefore[fullGcBefore.length - 1],
		heapInUsePeak: Math.max(...heapInUse(server.log().slice(logFrom), pid)),
		idle,
		peak: Math.max(...running.samples),
		hwmBefore,
		hwmAfter,
		ms,
		calls: figures.requests,
		rowsServed: await rowsServed(),
		itemsSaved,
		status,
	};
	log(table([row], jsonBytes));
	return row;
}

function table(rows: Figures[], jsonBytes: number): string {
	const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
	const head = [
		'Run',
		'Execution',
		'Idle RSS',
		'Peak RSS',
		'Peak - idle',
		'(Peak - idle) / output JSON',
		'VmHWM before / after',
		'Live V8 heap before the pull',
		'V8 heap in use at its highest during the pull',
		'Wall time (webhook to saved)',
		'API calls',
		'Rows served',
		'Items saved',
	];
	const lines = rows.map((r) => [
		r.label,
		r.status,
		mb(r.idle),
		mb(r.peak),
		mb(r.peak - r.idle),
		`${((r.peak - r.idle) / jsonBytes).toFixed(1)} x (JSON ${mb(jsonBytes)})`,
		`${mb(r.hwmBefore)} / ${mb(r.hwmAfter)}`,
		r.heapBefore === undefined ? 'no full GC seen' : `${Math.round(r.heapBefore)} MB`,
		r.heapInUsePeak === undefined || !Number.isFinite(r.heapInUsePeak)
			? '-'
			: `${Math.round(r.heapInUsePeak)} MB` +
				(r.heapBefore === undefined ? '' : ` (+${Math.round(r.heapInUsePeak - r.heapBefore)} MB)`),
		`${(r.ms / 1000).toFixed(1)} s`,
		String(r.calls),
		r.rowsServed.toLocaleString('en-US'),
		r.itemsSaved === undefined ? '(not saved)' : r.itemsSaved.toLocaleString('en-US'),
	]);
	return markdownTable([head, ...lines]);
}

void main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
