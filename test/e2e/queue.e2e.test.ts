/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Issue 15, n8n's queue mode: n8n 2.41.1 as one main + 2 workers (`n8n worker --concurrency=10`),
 * Redis and PostgreSQL on loopback ports (test/e2e/queue.ts), the package installed as a community
 * package on all three, against the project's simulator. Run by `npm run test:queue` (not part of
 * `npm run test:e2e`: jest.e2e.config.js ignores this file).
 *
 * (1) 50 executions started together through a production webhook, each pulling 4 CDR windows
 *     (Split Out -> Wolkvox, Get Call Detail): 200 cdr_1 requests from two worker processes that
 *     each keep their own "2 in flight" gate, 200 ms per answer, and a 20 s maintenance window
 *     opened once a third of the windows have been answered. Every execution must succeed, every
 *     record of the simulator's dataset in the 1,000 hours asked for must arrive exactly once (none
 *     lost, none doubled, checked against the seeded dataset the simulator serves), and each record
 *     in the execution that asked for its window. Prints the simulator's simultaneous-limit 403s,
 *     maintenance answers and how long the executions took.
 * (2) The Wolkvox Trigger active in queue mode (polls on the main, executions on the workers): every
 *     new call emitted exactly once across batches added between polls, idle polls that re-read the
 *     overlap, and a restart of the main with a call added while it was down.
 */
import { CdrDataset, SMALL_CDR, wallToSec } from '../simulator/data';
import {
	PROVISION_TIMEOUT_MS,
	StoredExecution,
	WorkflowFixture,
	connect,
	isPackageBuilt,
	makeId,
	nodeOutputJson,
	provision,
	settled,
	sleep,
	splitOutNode,
	waitFor,
	webhookNode,
} from './n8n';
import { QueueCluster } from './queue';
import {
	POLL_EVERY_MS,
	SIM_TOKEN,
	Simulator,
	TRIGGER_NODE_NAME,
	TRIGGER_RECEIVED_NAME,
	WOLKVOX_NODE_NAME,
	cdrCall,
	simulatorExists,
	startSimulator,
	triggerWorkflow,
	utcWall,
	wolkvoxCredential,
	wolkvoxOperationNode,
} from './wolkvox';

const ready = isPackageBuilt() && simulatorExists();
const describeIfReady = ready ? describe : describe.skip;

const WORKERS = 2;
const CONCURRENCY = 10;
const EXECUTIONS = 50;
const WINDOWS_PER_EXECUTION = 4;
const WINDOW_HOURS = 5;
const LATENCY_MS = 200;
const MAINTENANCE_MS = 20_000;
const WEBHOOK_PATH = 'wolkvox-queue-cdr';
const LIMIT_MSG = 'SIMULTANEOUS REQUESTS';
const MAINTENANCE_MSG = 'cannot be consumed';

/** "2024-01-01T05:00:00" for the node's date fields (timezone UTC, the simulator's wall time). */
const isoWall = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 19);

interface Window {
	from: string;
	to: string;
}

/** Execution k asks for windows 4k..4k+3: consecutive 5-hour blocks from the dataset's start. */
function windowsOf(k: number): Window[] {
	const start = wallToSec(SMALL_CDR.start);
	return Array.from({ length: WINDOWS_PER_EXECUTION }, (_, j) => {
		const block = k * WINDOWS_PER_EXECUTION + j;
		const from = start + block * WINDOW_HOURS * 3600;
		return { from: isoWall(from), to: isoWall(from + WINDOW_HOURS * 3600 - 1) };
	});
}

/** Webhook -> Split Out (body.windows) -> Wolkvox (Report > Calls > Get Call Detail, UTC). */
function cdrWebhookWorkflow(credential: { id: string; name: string }): WorkflowFixture {
	const webhook = webhookNode(WEBHOOK_PATH);
	const split = splitOutNode('body.windows');
	const wolkvox = wolkvoxOperationNode(
		{
			resource: 'report',
			reportGroup: 'calls',
			operation: 'getCallDetail',
			date_ini: '={{ $json.from }}',
			date_end: '={{ $json.to }}',
			options: { timezone: 'UTC' },
		},
		credential,
	);
	const connections: Record<string, any> = {};
	connect(connections, webhook.name, split.name);
	connect(connections, split.name, wolkvox.name);
	return {
		id: makeId('wfq'),
		name: 'wolkvox queue mode: CDR windows per webhook call',
		nodes: [webhook, split, wolkvox],
		connections,
		active: false,
		settings: { executionOrder: 'v1', timezone: 'UTC' },
	};
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : NaN);

describeIfReady('real n8n 2.41.1 in queue mode: main + 2 workers, Redis, PostgreSQL', () => {
	let cluster: QueueCluster | undefined;
	let sim: Simulator | undefined;
	const cred = () => wolkvoxCredential(sim!.url, SIM_TOKEN, 'wvCredQueue');
	let cdrWorkflow: WorkflowFixture;

	beforeAll(async () => {
		await provision('v2');
		sim = await startSimulator(['--latency', String(LATENCY_MS)]);
		const started = Date.now();
		cluster = await QueueCluster.start({
			workers: WORKERS,
			concurrency: CONCURRENCY,
			log: (line) => console.log(line),
		});
		await cluster.main.importCredentials(cred());
		cdrWorkflow = cdrWebhookWorkflow(cred());
		await cluster.main.importWorkflow(cdrWorkflow);
		await cluster.main.activateWorkflow(cdrWorkflow.id);
		await Promise.all([cluster.startMain(), cluster.startWorkers()]);
		console.log(
			`queue mode up in ${seconds(Date.now() - started)}: main ${cluster.server!.url}, ${cluster.workers.length} workers x concurrency ${CONCURRENCY}`,
		);
	}, PROVISION_TIMEOUT_MS);

	afterAll(async () => {
		await cluster?.stop();
		await sim?.stop();
	}, 120_000);

	it(
		'50 webhook executions at once, 4 CDR windows each, 20 s maintenance in the middle: all succeed, every record exactly once',
		async () => {
			const c = cluster!;
			const s = sim!;
			await s.control('reset', { latencyMs: LATENCY_MS });
			const marks: string[] = [];
			const t0 = Date.now();
			const mark = (what: string) => marks.push(`${seconds(Date.now() - t0)}  ${what}`);
			const context = () =>
				`${marks.join('\n')}\n--- main log (tail) ---\n${c.server!.log().split('\n').slice(-30).join('\n')}`;

			// Ground truth: the seeded dataset the simulator serves, over the 1,000 hours asked for.
			const truth = new CdrDataset(SMALL_CDR);
			const first = wallToSec(SMALL_CDR.start);
			const last = first + EXECUTIONS * WINDOWS_PER_EXECUTION * WINDOW_HOURS * 3600 - 1;
			const [lo, hi] = truth.range(first, last);
			const expected = new Map<string, number>(); // conn_id -> execution index that asks for it
			for (let i = lo; i < hi; i++) {
				const k = Math.floor(
					(truth.times[i] - first) / (WINDOWS_PER_EXECUTION * WINDOW_HOURS * 3600),
				);
				expected.set(truth.row(i).conn_id, k);
			}

			// 50 webhook calls at once.
			const statuses = await Promise.all(
				Array.from({ length: EXECUTIONS }, (_, k) =>
					c.postWebhook(WEBHOOK_PATH, { k, windows: windowsOf(k) }),
				),
			);
			mark(`${EXECUTIONS} webhook calls answered: ${[...new Set(statuses)].join(', ')}`);
			expect(statuses).toEqual(Array(EXECUTIONS).fill(200));

			// The maintenance window opens once a third of the windows have been answered.
			const answered = (log: any[]) =>
				log.filter((r) => r.api === 'cdr_1' && (r.status === 200 || r.status === 404)).length;
			const third = Math.ceil((EXECUTIONS * WINDOWS_PER_EXECUTION) / 3);
			await waitFor(
				`${third} answered windows`,
				180_000,
				async () => answered(await s.control('log')) >= third,
				context,
				100,
			);
			await s.control('maintenance', { fromMs: 0, toMs: MAINTENANCE_MS });
			const windowOpened = Date.now();
			mark(`maintenance window opened for ${MAINTENANCE_MS / 1000} s`);

			const executions = await waitFor(
				`${EXECUTIONS} settled executions`,
				8 * 60_000,
				async () => {
					const list = await c.main.readExecutions(cdrWorkflow.id);
					return list.length >= EXECUTIONS && list.every(settled) ? list : undefined;
				},
				context,
				2_000,
			);
			mark(`${executions.length} executions settled`);

			// What wolkvox (the simulator) saw.
			const log = (await s.control('log')) as any[];
			const stats = await s.control('stats');
			const limit403 = log.filter((r) => r.status === 403 && r.msg.includes(LIMIT_MSG)).length;
			const maintenance403 = log.filter(
				(r) => r.status === 403 && r.msg.includes(MAINTENANCE_MSG),
			).length;
			const okBefore = log.filter(
				(r) => (r.status === 200 || r.status === 404) && r.at < windowOpened,
			).length;
			const okAfter = log.filter(
				(r) => (r.status === 200 || r.status === 404) && r.at >= windowOpened + MAINTENANCE_MS,
			).length;

			// Which worker ran what (each worker logs "Worker started execution <id>").
			const byWorker = new Map<number, number>();
			for (const e of executions)
				byWorker.set(c.workerOf(e.id), (byWorker.get(c.workerOf(e.id)) ?? 0) + 1);

			// Every record: which executions emitted it.
			const seen = new Map<string, string[]>(); // conn_id -> execution ids
			const misplaced: string[] = [];
			const bodies = new Map<string, number>();
			for (const e of executions) {
				const items = e.runData[WOLKVOX_NODE_NAME] ? nodeOutputJson(e, WOLKVOX_NODE_NAME, 0) : [];
				const k = e.runData['Webhook']?.[0]?.data?.main?.[0]?.[0]?.json?.body?.k;
				bodies.set(e.id, k);
				for (const row of items) {
					const id = String(row.conn_id);
					seen.set(id, [...(seen.get(id) ?? []), e.id]);
					if (expected.has(id) && expected.get(id) !== k)
						misplaced.push(`${id} in execution k=${k}`);
				}
			}
			const lost = [...expected.keys()].filter((id) => !seen.has(id));
			const doubled = [...seen].filter(([, ids]) => ids.length > 1).map(([id]) => id);
			const unexpected = [...seen.keys()].filter((id) => !expected.has(id));
			const failed = executions.filter((e) => e.status !== 'success');

			const started = Math.min(...executions.map((e) => ms(e.createdAt ?? e.startedAt)));
			const stopped = Math.max(...executions.map((e) => ms(e.stoppedAt)));
			const durations = executions
				.map((e) => ms(e.stoppedAt) - ms(e.startedAt))
				.sort((a, b) => a - b);
			const report = [
				`queue mode, ${WORKERS} workers x concurrency ${CONCURRENCY}, ${LATENCY_MS} ms per answer, ${MAINTENANCE_MS / 1000} s maintenance`,
				...marks,
				`executions: ${executions.length} (${executions.filter((e) => e.status === 'success').length} success, ${failed.length} other: ${failed.map((e) => `${e.id}=${e.status}`).join(', ') || '-'})`,
				`executions per worker: ${[...byWorker].map(([w, n]) => `${w < 0 ? 'none (main?)' : `worker ${w + 1}`}: ${n}`).join(', ')}`,
				`records: expected ${expected.size}, received ${[...seen.values()].reduce((n, ids) => n + ids.length, 0)}, lost ${lost.length}, doubled ${doubled.length}, unexpected ${unexpected.length}, in the wrong execution ${misplaced.length}`,
				`wolkvox requests: ${log.length} (answered ${answered(log)}; ${okBefore} before the window, ${okAfter} after it), simultaneous-limit 403s: ${limit403} (simulator counter ${stats.concurrencyRejections}), maintenance 403s: ${maintenance403}, peak in flight ${stats.peakInFlight}`,
				`executions took: first created -> last stopped ${seconds(stopped - started)}; each: median ${seconds(durations[Math.floor(durations.length / 2)])}, max ${seconds(durations[durations.length - 1])}`,
			];
			console.log(report.join('\n'));
			if (failed.length > 0)
				console.log(
					`first failed execution's error: ${JSON.stringify(failed[0].error ?? failed[0].runData[WOLKVOX_NODE_NAME]?.[0]?.error)?.slice(0, 1500)}`,
				);

			// The setup is what it claims: the window fell in the middle, both workers ran executions.
			expect(okBefore).toBeGreaterThan(0);
			expect(okAfter).toBeGreaterThan(0);
			expect(maintenance403).toBeGreaterThan(0);
			expect(byWorker.get(-1) ?? 0).toBe(0);
			expect([...byWorker.keys()].sort()).toEqual([0, 1]);
			// The product: every execution succeeded, every record exactly once, in its execution.
			expect(executions).toHaveLength(EXECUTIONS);
			expect(failed.map((e) => `${e.id}: ${e.status}`)).toEqual([]);
			expect([...bodies.values()].sort((a, b) => a - b)).toEqual(
				Array.from({ length: EXECUTIONS }, (_, k) => k),
			);
			expect(lost).toEqual([]);
			expect(doubled).toEqual([]);
			expect(unexpected).toEqual([]);
			expect(misplaced).toEqual([]);
		},
		12 * 60_000,
	);

	it(
		'Wolkvox Trigger active in queue mode: every new call exactly once across polls and a restart of the main',
		async () => {
			const c = cluster!;
			const s = sim!;
			await s.control('reset', { latencyMs: 50 });
			const t0 = Date.now();
			const marks: string[] = [];
			const mark = (what: string) => marks.push(`${seconds(Date.now() - t0)}  ${what}`);
			const context = () =>
				`${marks.join('\n')}\n--- main log (tail) ---\n${c.server?.log().split('\n').slice(-30).join('\n')}`;
			const cdrPolls = async (): Promise<any[]> =>
				((await s.control('log')) as any[]).filter((r) => r.api === 'cdr_1');
			const connIds = (e: StoredExecution) =>
				nodeOutputJson(e, TRIGGER_NODE_NAME, 0).map((json) => String(json.conn_id));

			// Calls from before the activation: never emitted.
			await s.control('cdr', {
				rows: [
					cdrCall('HIST1', utcWall(Date.now() - 120_000)),
					cdrCall('HIST2', utcWall(Date.now() - 30_000)),
				],
			});
			const wf = triggerWorkflow('wolkvox trigger in queue mode', cred());
			await c.main.importWorkflow(wf);
			await c.main.activateWorkflow(wf.id);
			// A running main does not notice a workflow published through the CLI: restart it.
			mark(`main stopped to activate the trigger (${seconds(await c.stopMain())})`);
			await c.startMain();
			mark('main up, trigger active');
			const executions = () => c.main.readExecutions(wf.id);
			/** Waits for `count` settled executions and returns them. */
			const settledExecutions = (count: number, what: string) =>
				waitFor(
					what,
					4 * POLL_EVERY_MS,
					async () => {
						const list = await executions();
						return list.length >= count && list.every(settled) ? list : undefined;
					},
					context,
				);
			const addBatch = async (ids: string[]) => {
				await s.control('cdr', { rows: ids.map((id) => cdrCall(id, utcWall(Date.now()))) });
				mark(`added ${ids.join(', ')}`);
			};

			const firstPoll = await waitFor(
				'the first cdr_1 poll',
				3 * POLL_EVERY_MS,
				async () => (await cdrPolls())[0],
				context,
			);
			mark(
				`first poll ${firstPoll.query.date_ini}-${firstPoll.query.date_end}: HTTP ${firstPoll.status}`,
			);
			expect(await executions()).toEqual([]);

			// Batch A -> one execution; two idle polls re-read it -> nothing more.
			const batchA = ['QA1', 'QA2', 'QA3'];
			await addBatch(batchA);
			const [execA] = await settledExecutions(1, 'the execution of batch A');
			mark(
				`execution ${execA.id} (${execA.status}, worker ${c.workerOf(execA.id) + 1}): ${connIds(execA).join(', ')}`,
			);
			const pollsAfterA = (await cdrPolls()).length;
			await waitFor(
				'two more polls',
				4 * POLL_EVERY_MS,
				async () => (await cdrPolls()).length >= pollsAfterA + 2,
				context,
			);
			await sleep(2_000); // an execution those polls would start is saved within this
			expect((await executions()).map((e) => e.id)).toEqual([execA.id]);

			// Batch B -> one more execution.
			const batchB = ['QB1', 'QB2'];
			await addBatch(batchB);
			const execB = (await settledExecutions(2, 'the execution of batch B'))[1];
			mark(
				`execution ${execB.id} (${execB.status}, worker ${c.workerOf(execB.id) + 1}): ${connIds(execB).join(', ')}`,
			);

			// Restart of the main, a call arriving while it is down.
			mark(`main stopped (${seconds(await c.stopMain())})`);
			const batchC = ['QC1'];
			await addBatch(batchC);
			await c.startMain();
			mark('main up again');
			const execC = (await settledExecutions(3, 'the execution of batch C (after the restart)'))[2];
			mark(
				`execution ${execC.id} (${execC.status}, worker ${c.workerOf(execC.id) + 1}): ${connIds(execC).join(', ')}`,
			);

			// Batch D after the restart, then one more poll.
			const batchD = ['QD1', 'QD2'];
			await addBatch(batchD);
			const execD = (await settledExecutions(4, 'the execution of batch D'))[3];
			mark(
				`execution ${execD.id} (${execD.status}, worker ${c.workerOf(execD.id) + 1}): ${connIds(execD).join(', ')}`,
			);
			const pollsNow = (await cdrPolls()).length;
			await waitFor(
				'one more poll',
				3 * POLL_EVERY_MS,
				async () => (await cdrPolls()).length > pollsNow,
				context,
			);
			await sleep(2_000);

			const all = await executions();
			const polls = await cdrPolls();
			mark(`${polls.length} cdr_1 polls, ${all.length} executions`);
			console.log(`Wolkvox Trigger in queue mode\n${marks.join('\n')}`);

			expect(polls.length).toBeGreaterThanOrEqual(3);
			expect(all.map((e) => [e.mode, e.status])).toEqual(Array(4).fill(['trigger', 'success']));
			// each execution ran on a worker, not on the main
			for (const e of all) expect(c.workerOf(e.id)).toBeGreaterThanOrEqual(0);
			expect(all.map(connIds)).toEqual([batchA, batchB, batchC, batchD]);
			expect(nodeOutputJson(execA, TRIGGER_RECEIVED_NAME).map((j) => j.conn_id)).toEqual(batchA);
		},
		8 * 60_000,
	);
});
