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
import {
	PROVISION_TIMEOUT_MS,
	StoredExecution,
	WorkflowFixture,
	nodeOutputJson,
	provision,
	settled,
	sleep,
	waitFor,
} from './n8n';
import {
	CdrLoad,
	QueueCluster,
	cdrLoadBody,
	cdrWebhookWorkflow,
	requestFigures,
	tallyCdr,
} from './queue';
import {
	POLL_EVERY_MS,
	SIM_TOKEN,
	Simulator,
	TRIGGER_NODE_NAME,
	TRIGGER_RECEIVED_NAME,
	WOLKVOX_NODE_NAME,
	cdrCall,
	startSimulator,
	triggerWorkflow,
	requireBuildAndSimulator,
	utcWall,
	wolkvoxCredential,
} from './wolkvox';

requireBuildAndSimulator();

const WORKERS = 2;
const CONCURRENCY = 10;
/** 50 calls x 4 windows of 5 hours: 1,000 hours of the simulator's dataset, 200 cdr_1 requests */
const LOAD: CdrLoad = { executions: 50, windowsPerExecution: 4, windowHours: 5 };
const LATENCY_MS = 200;
const MAINTENANCE_MS = 20_000;
const WEBHOOK_PATH = 'wolkvox-queue-cdr';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : NaN);

describe('real n8n 2.41.1 in queue mode: main + 2 workers, Redis, PostgreSQL', () => {
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
		cdrWorkflow = cdrWebhookWorkflow(cred(), WEBHOOK_PATH);
		await cluster.main.importWorkflow(cdrWorkflow);
		await cluster.main.activateWorkflow(cdrWorkflow.id);
		await Promise.all([cluster.startMain(), cluster.startWorkers()]);
		await cluster.waitForWebhook(WEBHOOK_PATH);
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

			// 50 webhook calls at once.
			const statuses = await Promise.all(
				Array.from({ length: LOAD.executions }, (_, k) =>
					c.postWebhook(WEBHOOK_PATH, cdrLoadBody(LOAD, k)),
				),
			);
			mark(`${LOAD.executions} webhook calls answered: ${[...new Set(statuses)].join(', ')}`);
			expect(statuses).toEqual(Array(LOAD.executions).fill(200));

			// The maintenance window opens once a third of the windows have been answered.
			const requests = LOAD.executions * LOAD.windowsPerExecution;
			const third = Math.ceil(requests / 3);
			await waitFor(
				`${third} answered windows`,
				180_000,
				async () => requestFigures(await s.control('log'), LATENCY_MS).answered >= third,
				context,
				100,
			);
			await s.control('maintenance', { fromMs: 0, toMs: MAINTENANCE_MS });
			const windowOpened = Date.now();
			mark(`maintenance window opened for ${MAINTENANCE_MS / 1000} s`);

			const executions = await waitFor(
				`${LOAD.executions} settled executions`,
				8 * 60_000,
				async () => {
					const list = await c.main.readExecutions(cdrWorkflow.id);
					return list.length >= LOAD.executions && list.every(settled) ? list : undefined;
				},
				context,
				2_000,
			);
			mark(`${executions.length} executions settled`);

			// What wolkvox (the simulator) saw.
			const log = (await s.control('log')) as any[];
			const stats = await s.control('stats');
			const figures = requestFigures(log, LATENCY_MS);
			const ok = (r: any) => r.status === 200 || r.status === 404;
			const okBefore = log.filter((r) => ok(r) && r.at < windowOpened).length;
			const okAfter = log.filter((r) => ok(r) && r.at >= windowOpened + MAINTENANCE_MS).length;

			// Which worker ran what (each worker logs "Worker started execution <id>").
			const byWorker = new Map<number, number>();
			for (const e of executions)
				byWorker.set(c.workerOf(e.id), (byWorker.get(c.workerOf(e.id)) ?? 0) + 1);
			// Every record against the dataset the simulator serves.
			const tally = tallyCdr(LOAD, executions);
			const failed = executions.filter((e) => e.status !== 'success');

			const started = Math.min(...executions.map((e) => ms(e.createdAt ?? e.startedAt)));
			const stopped = Math.max(...executions.map((e) => ms(e.stoppedAt)));
			const durations = executions
				.map((e) => ms(e.stoppedAt) - ms(e.startedAt))
				.sort((a, b) => a - b);
			const report = [
				`queue mode, ${WORKERS} workers x concurrency ${CONCURRENCY}, ${LATENCY_MS} ms per answer, ${MAINTENANCE_MS / 1000} s maintenance`,
				...marks,
				`executions: ${executions.length} (${executions.length - failed.length} success, ${failed.length} other: ${failed.map((e) => `${e.id}=${e.status}`).join(', ') || '-'})`,
				`executions per worker: ${[...byWorker].map(([w, n]) => `${w < 0 ? 'none (main?)' : `worker ${w + 1}`}: ${n}`).join(', ')}`,
				`records: expected ${tally.expected}, received ${tally.received}, lost ${tally.lost.length}, doubled ${tally.doubled.length}, unexpected ${tally.unexpected.length}, in the wrong execution ${tally.misplaced.length}`,
				`wolkvox requests: ${figures.requests} (answered ${figures.answered}: ${okBefore} before the window, ${okAfter} after it), simultaneous-limit 403s: ${figures.limit403} (simulator counter ${stats.concurrencyRejections}), maintenance 403s: ${figures.maintenance403}, other: ${JSON.stringify(figures.other)}, peak in flight ${stats.peakInFlight}`,
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
			expect(figures.maintenance403).toBeGreaterThan(0);
			expect(byWorker.get(-1) ?? 0).toBe(0);
			expect([...byWorker.keys()].sort()).toEqual([0, 1]);
			// The product: every execution succeeded, every record exactly once, in its execution.
			expect(executions).toHaveLength(LOAD.executions);
			expect(failed.map((e) => `${e.id}: ${e.status}`)).toEqual([]);
			expect(tally.ks).toEqual(Array.from({ length: LOAD.executions }, (_, k) => k));
			expect(tally.lost).toEqual([]);
			expect(tally.doubled).toEqual([]);
			expect(tally.unexpected).toEqual([]);
			expect(tally.misplaced).toEqual([]);
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
			// the log once every poll in it is answered (a poll in flight shows status 0 until then)
			const cdrPolls = async () => (await s.answeredLog()).filter((r) => r.api === 'cdr_1');
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
			let emitted = 0;
			/** Adds calls dated now, waits for the one more execution they start, returns it. */
			const batchExecution = async (
				ids: string[],
				what: string,
				afterAdding: () => Promise<unknown> = async () => undefined,
			) => {
				await s.control('cdr', { rows: ids.map((id) => cdrCall(id, utcWall(Date.now()))) });
				mark(`added ${ids.join(', ')}`);
				await afterAdding();
				const execution = (await settledExecutions(++emitted, what))[emitted - 1];
				mark(
					`execution ${execution.id} (${execution.status}, worker ${c.workerOf(execution.id) + 1}): ${connIds(execution).join(', ')}`,
				);
				return execution;
			};
			const pollsAfter = async (count: number, what: string) => {
				const before = (await cdrPolls()).length;
				await waitFor(
					what,
					(count + 2) * POLL_EVERY_MS,
					async () => (await cdrPolls()).length >= before + count,
					context,
				);
				await sleep(2_000); // an execution those polls would start is saved within this
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
			const execA = await batchExecution(batchA, 'the execution of batch A');
			await pollsAfter(2, 'two more polls');
			expect((await executions()).map((e) => e.id)).toEqual([execA.id]);

			// Batch B -> one more execution.
			const batchB = ['QB1', 'QB2'];
			await batchExecution(batchB, 'the execution of batch B');

			// Restart of the main, a call arriving while it is down.
			mark(`main stopped (${seconds(await c.stopMain())})`);
			const batchC = ['QC1'];
			await batchExecution(batchC, 'the execution of batch C (after the restart)', async () => {
				await c.startMain();
				mark('main up again');
			});

			// Batch D after the restart, then one more poll.
			const batchD = ['QD1', 'QD2'];
			await batchExecution(batchD, 'the execution of batch D');
			await pollsAfter(1, 'one more poll');

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
