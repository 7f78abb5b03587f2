/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Issue 6, the Wolkvox Trigger in real n8n: an active workflow (Wolkvox Trigger, New Call Record ->
 * No Operation) under `n8n start`, polling the project's simulator, with calls added to the
 * simulator while n8n runs; the executions n8n saves are read from its database.
 *
 * Poll Times: n8n refuses sub-minute crons (2.x: the seconds field must be one number; 1.x: no `*`
 * in it), so the workflow has six Poll Times items, custom crons `0 * * * * *`, `10 * * * * *` ...
 * `50 * * * * *`: a poll every 10 seconds. The trigger's Minimum Interval is 0 (every tick polls)
 * and its timezone UTC, the timezone in which the test dates the calls it adds (the simulator's
 * dates are wall times).
 *
 * What must happen, in order:
 *   activation           the activation poll stores "now" as the start (no API call, no execution);
 *                        calls dated before it never show up
 *   first poll(s)        cdr_1 asked from the activation on, nothing new -> no execution
 *   batch A added        the next poll -> exactly one execution with exactly A (by conn_id)
 *   two more polls       they re-read A (the overlap) -> no execution
 *   batch B added        the next poll -> exactly one more execution with exactly B
 *   after stopping n8n   2 executions in all (mode trigger, success); every call once; none of the history
 */
import {
	N8nInstance,
	N8nServer,
	PROVISION_TIMEOUT_MS,
	StoredExecution,
	nodeOutputJson,
	provision,
	selectedVersions,
	settled,
	sleep,
	waitFor,
} from './n8n';
import {
	POLL_EVERY_MS,
	Simulator,
	SIM_TOKEN,
	TRIGGER_NODE_NAME,
	TRIGGER_RECEIVED_NAME,
	cdrCall as call,
	startSimulator,
	triggerWorkflow,
	utcWall,
	wolkvoxCredential,
	requireBuildAndSimulator,
} from './wolkvox';

const TRIGGER = TRIGGER_NODE_NAME;
const RECEIVED = TRIGGER_RECEIVED_NAME;

requireBuildAndSimulator();

const connIds = (execution: StoredExecution, node = TRIGGER) =>
	nodeOutputJson(execution, node, 0).map((json) => String(json.conn_id));

describe.each(selectedVersions())('real n8n %s: Wolkvox Trigger in an active workflow', (key) => {
	let n8n: N8nInstance;
	let sim: Simulator;
	let server: N8nServer | undefined;

	beforeAll(async () => {
		await provision(key);
	}, PROVISION_TIMEOUT_MS); // first run on a fresh machine installs n8n (minutes)

	afterAll(async () => {
		await server?.stop(5_000);
		await n8n?.dispose();
		await sim?.stop();
	});

	it(
		'polls every 10 s; calls added to wolkvox become one execution per batch, each call once',
		async () => {
			const t0 = Date.now();
			const marks: string[] = [];
			const mark = (what: string) =>
				marks.push(`${((Date.now() - t0) / 1000).toFixed(1)} s  ${what}`);

			sim = await startSimulator();
			// Calls from before the activation: in the overlap the polls re-read, but before the start.
			const history = [
				call('HIST1', utcWall(Date.now() - 120_000)),
				call('HIST2', utcWall(Date.now() - 30_000)),
			];
			await sim.control('cdr', { rows: history });

			n8n = await N8nInstance.create(key, { installPackage: true, packageMode: 'tarball' });
			const cred = wolkvoxCredential(sim.url, SIM_TOKEN, 'wvCredTrig');
			await n8n.importCredentials(cred);
			const wf = triggerWorkflow(`wolkvox trigger e2e ${key}`, cred);
			await n8n.importWorkflow(wf);
			await n8n.activateWorkflow(wf.id);
			mark(`imported and activated workflow ${wf.id}`);

			const spawnedAt = Date.now();
			server = await n8n.startServer();
			mark('n8n start is up');
			const context = () =>
				`${marks.join('\n')}\n--- n8n log (tail) ---\n${server!.log().split('\n').slice(-40).join('\n')}`;

			// the log once every poll in it is answered (a poll in flight shows status 0 until then)
			const cdrPolls = async () => (await sim.answeredLog()).filter((r) => r.api === 'cdr_1');
			const executions = () => n8n.readExecutions(wf.id);

			// The activation poll only stores where to start: no API call; the first tick asks from there on.
			const first = await waitFor(
				'the first cdr_1 poll',
				3 * POLL_EVERY_MS,
				async () => (await cdrPolls())[0],
				context,
			);
			mark(`first poll: ${first.query.date_ini} - ${first.query.date_end} -> HTTP ${first.status}`);
			expect(first.status).toBe(404); // wolkvox: no records in the window (history is before it)
			// The window starts at the activation (the activation poll's "now"), not before.
			expect(first.query.date_ini >= utcWall(spawnedAt - 1_000).replace(/\D/g, '')).toBe(true);
			expect(first.query.date_ini <= first.query.date_end).toBe(true);
			expect(await executions()).toEqual([]);

			// Batch A.
			const batchA = ['A1', 'A2', 'A3'];
			await sim.control('cdr', { rows: batchA.map((id) => call(id, utcWall(Date.now()))) });
			const afterA = (await cdrPolls()).length;
			const [execA] = await waitFor(
				'the execution of batch A',
				3 * POLL_EVERY_MS,
				async () => {
					const list = await executions();
					return list.length > 0 && list.every(settled) ? list : undefined;
				},
				context,
			);
			mark(`execution ${execA.id} (${execA.mode}, ${execA.status}): ${connIds(execA).join(', ')}`);
			expect(execA).toMatchObject({ mode: 'trigger', status: 'success' });
			expect(connIds(execA)).toEqual(batchA);
			expect(nodeOutputJson(execA, RECEIVED).map((json) => json.conn_id)).toEqual(batchA);
			expect(nodeOutputJson(execA, TRIGGER)[0].wolkvox).toMatchObject({
				event: 'newCall',
				source: 'cdr_1',
				key: 'A1',
				timezone: 'UTC',
			});

			// Two more polls re-read batch A (the overlap): nothing new, no execution.
			const pollsA = await waitFor(
				'two more polls',
				4 * POLL_EVERY_MS,
				async () => {
					const polls = await cdrPolls();
					return polls.length >= afterA + 3 ? polls : undefined;
				},
				context,
			);
			await sleep(2_000); // an execution those polls would start is saved within this
			const reread = pollsA.slice(-2);
			mark(`idle polls returned ${reread.map((p) => p.rows ?? 0).join(', ')} row(s)`);
			for (const p of reread) expect(p.rows).toBe(batchA.length); // A again (wolkvox answered them), deduplicated
			expect((await executions()).map((e) => e.id)).toEqual([execA.id]);

			// Batch B: one more execution with only B.
			const batchB = ['B1', 'B2'];
			await sim.control('cdr', { rows: batchB.map((id) => call(id, utcWall(Date.now()))) });
			const list = await waitFor(
				'the execution of batch B',
				3 * POLL_EVERY_MS,
				async () => {
					const found = await executions();
					return found.length > 1 && found.every(settled) ? found : undefined;
				},
				context,
			);
			const execB = list[1];
			mark(`execution ${execB.id} (${execB.mode}, ${execB.status}): ${connIds(execB).join(', ')}`);
			expect(execB).toMatchObject({ mode: 'trigger', status: 'success' });
			expect(connIds(execB)).toEqual(batchB);

			// One more poll, then stop n8n: still exactly these two executions.
			const before = (await cdrPolls()).length;
			await waitFor(
				'one more poll',
				3 * POLL_EVERY_MS,
				async () => (await cdrPolls()).length > before,
				context,
			);
			await sleep(2_000);
			const stopMs = await server.stop();
			mark(`n8n stopped (${stopMs} ms)`);
			const all = await executions();
			expect(all.map((e) => [e.mode, e.status])).toEqual([
				['trigger', 'success'],
				['trigger', 'success'],
			]);
			const emitted = all.flatMap((e) => connIds(e));
			expect(emitted).toEqual([...batchA, ...batchB]); // each once, none of the history
			const polls = await cdrPolls();
			expect(polls.every((p) => p.status === 200 || p.status === 404)).toBe(true);
			mark(`${polls.length} cdr_1 polls in all, ${all.length} executions`);
			console.log(`n8n ${n8n.install.version}: Wolkvox Trigger e2e\n${marks.join('\n')}`);
		},
		// a deadline, not a wait: the polls take about a minute, but the four n8n commands before
		// them (install, import, activate, start) took 3 min on 2 busy cores (240 s in all once)
		10 * 60_000,
	);
});
