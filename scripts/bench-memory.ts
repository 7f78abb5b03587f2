/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * npm run bench:memory  (ts-node --transpile-only scripts/bench-memory.ts [--no-write])
 *
 * Issue 15, memory of a big pull in real n8n 2.41.1: a 90-day cdr_1 pull of the simulator's large
 * dataset (250,000 rows, 5 calls: 31-day windows and continuations at the 60,000-row cap) through
 * the Wolkvox node (Report > Calls > Get Call Detail, default options), started by a production
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
	WorkflowFixture,
	connect,
	makeId,
	provisionWithProgress,
	settled,
	sleep,
	waitFor,
	waitForWebhook,
	webhookNode,
} from '../test/e2e/n8n';
import { requestFigures } from '../test/e2e/queue';
import {
	SIM_TOKEN,
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
			resource: 'report',
			reportGroup: 'calls',
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

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Figures {
	label: string;
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
		const server = await n8n.startServer();
		for (const path of ['memory-warm', 'memory-saved', 'memory-unsaved'])
			await waitForWebhook(server, path);
		const pid = server.pid;
		const post = async (path: string) => {
			const res = await fetch(`${server.url}/webhook/${path}`, {
				method: 'POST',
				body: '{}',
				headers: { 'content-type': 'application/json' },
			});
			await res.text();
			if (res.status !== 200) throw new Error(`webhook ${path}: HTTP ${res.status}`);
		};
		const finished = (wf: WorkflowFixture, count: number, withData = false) =>
			waitFor(
				`execution of ${wf.name}`,
				10 * 60_000,
				async () => {
					const list = await n8n.readExecutions(wf.id, 120_000, withData);
					return list.length >= count && list.every(settled) ? list : undefined;
				},
				() => server.log().split('\n').slice(-20).join('\n'),
				1_000,
			);

		// Warm-up: loads the node's code, opens the connection pools.
		await post('memory-warm');
		await finished(warm, 1);

		for (const [label, wf, saveData] of [
			['n8n saves the execution (default)', saved, true],
			['execution data not saved (saveDataSuccessExecution: none)', unsaved, false],
		] as Array<[string, WorkflowFixture, boolean]>) {
			await sim.control('reset', {});
			await sleep(5_000);
			const idleSampler = sampler(pid);
			await sleep(5_000);
			idleSampler.stop();
			const idle = median(idleSampler.samples);
			const hwmBefore = memoryOf(pid).hwm;
			const running = sampler(pid);
			const t0 = Date.now();
			log(`${label}: idle RSS ${(idle / MB).toFixed(0)} MB; pulling...`);
			await post(wf === saved ? 'memory-saved' : 'memory-unsaved');
			// poll the status only: reading 250,000 rows back every second would load this machine
			const [execution] = await finished(wf, 1);
			const ms = Date.now() - t0;
			await sleep(3_000); // what is freed after the save stays out of the peak anyway
			running.stop();
			const hwmAfter = memoryOf(pid).hwm;
			const figures = requestFigures(await sim.control('log'), 5);
			const served = ((await sim.control('log')) as any[]).reduce(
				(sum, r) => sum + (r.rows ?? 0),
				0,
			);
			let itemsSaved: number | undefined;
			if (saveData) {
				const [withData] = await n8n.readExecutions(wf.id, 300_000, true);
				itemsSaved = withData.runData['Wolkvox']?.[0]?.data?.main?.[0]?.length;
			}
			const row: Figures = {
				label,
				idle,
				peak: Math.max(...running.samples),
				hwmBefore,
				hwmAfter,
				ms,
				calls: figures.requests,
				rowsServed: served,
				itemsSaved,
				status: execution.status,
			};
			rows.push(row);
			log(table([row], jsonBytes));
		}
		await server.stop();
	} finally {
		await n8n.dispose();
		await sim.stop();
	}

	const markdown = [
		SECTION,
		'',
		`A 90-day call-detail pull (cdr_1, ${RANGE.from} to ${RANGE.to}) of the simulator's large dataset (${truth.size.toLocaleString('en-US')} rows, two 70,000-row bursts) ` +
			'through the Wolkvox node (Report > Calls > Get Call Detail, default options) in real n8n 2.41.1: `n8n start` (regular mode, SQLite), the workflow started by a production webhook, ' +
			'so the execution runs in that n8n process. The simulator runs in another process. ' +
			'RSS is the n8n process\'s VmRSS sampled every 50 ms from /proc; "idle" is its median over 5 s before the pull (after a warm-up execution); ' +
			'"peak" is the highest sample from the webhook call until 3 s after the execution was saved; VmHWM is the kernel\'s high-water mark of the process. ' +
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
			(r) => r.status !== 'success' || (r.itemsSaved !== undefined && r.itemsSaved !== truth.size),
		)
	) {
		console.error('FAIL: the pull did not succeed with every row');
		process.exitCode = 1;
	}
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
