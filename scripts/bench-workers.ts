/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * npm run bench:workers  (ts-node --transpile-only scripts/bench-workers.ts [options])
 *
 * Issue 15, workers sharing one token: n8n 2.41.1 in queue mode (test/e2e/queue.ts: Redis,
 * PostgreSQL, one main, N workers with --concurrency 10), the same fixed load for each N: 40 webhook
 * calls at once, each pulling 5 CDR windows through the Wolkvox node (Split Out -> Get Call Detail),
 * 200 cdr_1 requests, against the simulator (100 ms per answer, at most 2 requests in flight per
 * token, 403 "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN" beyond). Each worker process
 * has its own copy of the node's gate, so N workers can put 2N requests in flight.
 *
 * Measured from the simulator's request log: simultaneous-limit 403s per 1,000 requests sent and
 * throughput (answered requests per second from the first request to the last answer, next to the
 * physical limit 2 / latency); from PostgreSQL: executions that failed, records lost or doubled
 * (against the seeded dataset). Writes "## Queue mode: workers sharing one token (npm run
 * bench:workers)" of BENCHMARKS.md, one sub-table per --label (other labels' tables are kept), so
 * a run before and a run after a node change stay side by side.
 *
 * Options: --workers 1,2,4 (default; 1 worker is the single-process reference)  --executions 40
 *          --windows 5 (requests per execution)  --latency 100 (ms)  --concurrency 10
 *          --label <text> (default: "node at <git HEAD>")  --no-write
 * Exits non-zero if an execution failed or a record was lost or doubled.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { exitOnSignals, provisionWithProgress, settled, waitFor } from '../test/e2e/n8n';
import {
	CdrLoad,
	QueueCluster,
	cdrLoadBody,
	cdrWebhookWorkflow,
	requestFigures,
	tallyCdr,
} from '../test/e2e/queue';
import { SIM_TOKEN, startSimulator, wolkvoxCredential } from '../test/e2e/wolkvox';
import { cliOption, markdownTable, recordSection } from './benchmarks-file';

const ROOT = path.join(__dirname, '..');
const SECTION = '## Queue mode: workers sharing one token (npm run bench:workers)';
const args = process.argv.slice(2);

const WORKER_COUNTS = cliOption('workers', '1,2,4')
	.split(',')
	.map((n) => Number(n.trim()))
	.filter((n) => n > 0);
const LATENCY_MS = Number(cliOption('latency', '100'));
const CONCURRENCY = Number(cliOption('concurrency', '10'));
const LOAD: CdrLoad = {
	executions: Number(cliOption('executions', '40')),
	windowsPerExecution: Number(cliOption('windows', '5')),
	windowHours: 5,
};
const HEAD = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
	cwd: ROOT,
	encoding: 'utf8',
}).stdout.trim();
const LABEL = cliOption('label', `node at ${HEAD || 'unknown commit'}`);
const WEBHOOK_PATH = 'wolkvox-bench-workers';
const LIMIT_PER_SECOND = 2000 / LATENCY_MS;

interface Row {
	workers: number;
	executions: number;
	failed: number;
	requests: number;
	answered: number;
	limit403: number;
	per1000: number;
	perSecond: number;
	spanMs: number;
	wallMs: number;
	expected: number;
	lost: number;
	doubled: number;
	perWorker: string;
}

const n = (v: number) => v.toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(rows: Row[]): string {
	return markdownTable([
		[
			'Workers',
			'Executions ok',
			'Requests sent',
			'Simultaneous-limit 403s',
			'403s per 1,000 requests sent',
			'Throughput (answered req/s)',
			'vs limit (2 / latency)',
			'Requests: first to last answer',
			'Executions: first created to last stopped',
			'Records lost / doubled',
			'Executions per worker',
		],
		...rows.map((r) => [
			String(r.workers),
			`${r.executions - r.failed} / ${r.executions}`,
			n(r.requests),
			n(r.limit403),
			r.per1000.toFixed(0),
			r.perSecond.toFixed(1),
			`${((r.perSecond / LIMIT_PER_SECOND) * 100).toFixed(0)} %`,
			sec(r.spanMs),
			sec(r.wallMs),
			`${r.lost} / ${r.doubled} (of ${n(r.expected)})`,
			r.perWorker,
		]),
	]);
}

/** The section's current sub-tables ("### <label>" blocks), to keep the other labels' figures. */
function existingSubsections(): Map<string, string> {
	const file = path.join(ROOT, 'BENCHMARKS.md');
	const out = new Map<string, string>();
	if (!fs.existsSync(file)) return out;
	const text = fs.readFileSync(file, 'utf8');
	const start = text.indexOf(SECTION);
	if (start < 0) return out;
	const rest = text.slice(start + SECTION.length);
	const end = rest.search(/\n## /);
	const body = end < 0 ? rest : rest.slice(0, end);
	for (const block of body.split(/\n(?=### )/).slice(1)) {
		const label = block.slice(4, block.indexOf('\n')).trim();
		out.set(label, block.trim());
	}
	return out;
}

async function main(): Promise<void> {
	exitOnSignals();
	const log = (line: string) => console.log(line);
	await provisionWithProgress('v2', log);
	const load = os.loadavg()[0].toFixed(1);
	const sim = await startSimulator(['--latency', String(LATENCY_MS)]);
	let cluster: QueueCluster | undefined;
	const rows: Row[] = [];
	try {
		cluster = await QueueCluster.start({ concurrency: CONCURRENCY, log });
		const cred = wolkvoxCredential(sim.url, SIM_TOKEN, 'wvCredBench');
		const wf = cdrWebhookWorkflow(cred, WEBHOOK_PATH);
		await cluster.main.importCredentials(cred);
		await cluster.main.importWorkflow(wf);
		await cluster.main.activateWorkflow(wf.id);
		await cluster.startMain();
		await cluster.waitForWebhook(WEBHOOK_PATH);
		log(`main up at ${cluster.server!.url}`);

		for (const workers of WORKER_COUNTS) {
			await cluster.startWorkers(workers, CONCURRENCY);
			const before = new Set((await cluster.main.readExecutions(wf.id)).map((e) => e.id));
			await sim.control('reset', { latencyMs: LATENCY_MS });
			log(
				`${workers} worker(s): ${LOAD.executions} webhook calls x ${LOAD.windowsPerExecution} requests...`,
			);
			const statuses = await Promise.all(
				Array.from({ length: LOAD.executions }, (_, k) =>
					cluster!.postWebhook(WEBHOOK_PATH, cdrLoadBody(LOAD, k)),
				),
			);
			if (statuses.some((s) => s !== 200))
				throw new Error(`webhook answered ${[...new Set(statuses)].join(', ')}`);
			const executions = await waitFor(
				`${LOAD.executions} settled executions`,
				15 * 60_000,
				async () => {
					const list = (await cluster!.main.readExecutions(wf.id)).filter((e) => !before.has(e.id));
					return list.length >= LOAD.executions && list.every(settled) ? list : undefined;
				},
				() => cluster!.server!.log().split('\n').slice(-20).join('\n'),
				2_000,
			);
			const simLog = (await sim.control('log')) as any[];
			const figures = requestFigures(simLog, LATENCY_MS);
			const tally = tallyCdr(LOAD, executions);
			const ms = (iso?: string | null) => (iso ? new Date(iso).getTime() : NaN);
			const perWorker = new Map<number, number>();
			for (const e of executions) {
				const w = cluster.workerOf(e.id);
				perWorker.set(w, (perWorker.get(w) ?? 0) + 1);
			}
			const row: Row = {
				workers,
				executions: executions.length,
				failed: executions.filter((e) => e.status !== 'success').length,
				requests: figures.requests,
				answered: figures.answered,
				limit403: figures.limit403,
				per1000: figures.requests > 0 ? (figures.limit403 * 1000) / figures.requests : 0,
				perSecond: figures.perSecond,
				spanMs: figures.spanMs,
				wallMs:
					Math.max(...executions.map((e) => ms(e.stoppedAt))) -
					Math.min(...executions.map((e) => ms(e.createdAt ?? e.startedAt))),
				expected: tally.expected,
				lost: tally.lost.length,
				doubled: tally.doubled.length,
				perWorker: [...perWorker.values()].sort((a, b) => b - a).join(' / '),
			};
			rows.push(row);
			log(table([row]));
			await cluster.stopWorkers();
		}
	} finally {
		await cluster?.stop();
		await sim.stop();
	}

	const subsections = existingSubsections(); // a label measured again keeps its place
	subsections.set(
		LABEL,
		[
			`### ${LABEL}`,
			'',
			table(rows),
			'',
			`Command: \`npm run bench:workers -- --workers ${WORKER_COUNTS.join(',')} --executions ${LOAD.executions} --windows ${LOAD.windowsPerExecution} --latency ${LATENCY_MS} --concurrency ${CONCURRENCY}${args.includes('--label') ? ` --label "${LABEL}"` : ''}\`. ` +
				`Measured ${new Date().toISOString().slice(0, 10)} at commit ${HEAD}, Node ${process.version} (n8n on Node 24), ${os.cpus().length} CPUs, load average ${load} when it started ` +
				'(times grow with the load).',
		].join('\n'),
	);
	const markdown = [
		SECTION,
		'',
		`n8n 2.41.1 in queue mode (\`EXECUTIONS_MODE=queue\`, Redis, PostgreSQL): one main and N workers (\`n8n worker --concurrency=${CONCURRENCY}\`), ` +
			`the package installed on each. Load: ${LOAD.executions} production-webhook calls sent at once, each pulling ${LOAD.windowsPerExecution} CDR windows ` +
			`(Split Out -> Wolkvox node version 2, Report: Calls > Get Call Detail), ${LOAD.executions * LOAD.windowsPerExecution} cdr_1 requests in all, ` +
			`against the simulator: ${LATENCY_MS} ms per answer, at most 2 requests in flight per token (more: 403 "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN"), ` +
			`so the physical limit is 2 / ${LATENCY_MS} ms = ${LIMIT_PER_SECOND} requests/s. ` +
			'403s, requests and throughput are counted by the simulator; "throughput" is answered requests (200/404) per second from the first request to the last answer. ' +
			'"Records lost / doubled" compares the executions\' output (read from PostgreSQL) with the seeded dataset the simulator serves. ' +
			'One sub-table per label: a run with another `--label` adds its own and keeps these.',
		'',
		...[...subsections.values()].map((text) => `${text}\n`),
	].join('\n');

	console.log(`\n${table(rows)}`);
	if (!args.includes('--no-write')) {
		recordSection(SECTION, markdown);
		console.log('\nWritten to BENCHMARKS.md');
	}
	if (rows.some((r) => r.failed > 0 || r.lost > 0 || r.doubled > 0)) {
		console.error('FAIL: executions failed or records were lost or doubled');
		process.exitCode = 1;
	}
}

void main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
