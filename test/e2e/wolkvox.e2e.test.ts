/**
 * The Wolkvox node in real n8n (community-package install) against the project's simulator
 * (test/simulator/cli.ts on a free 127.0.0.1 port). Skipped until dist/ is built and the
 * simulator exists.
 */
import {
	N8nInstance,
	describeResult,
	linearWorkflow,
	nodeOutputJson,
	outputCounts,
	PROVISION_TIMEOUT_MS,
	provision,
	selectedVersions,
} from './n8n';
import {
	MAINTENANCE_OUTPUT,
	SIM_TOKEN,
	SUCCESS_OUTPUT,
	Simulator,
	WOLKVOX_NODE_NAME,
	startSimulator,
	wolkvoxApiRequestNode,
	wolkvoxCredential,
	wolkvoxWorkflow,
	requireBuildAndSimulator,
} from './wolkvox';
import { waitForRequests } from './examples';

requireBuildAndSimulator();

/** One day of the simulator's small CDR data set (2024-01-01 + 45 days). */
const DAY = { date_ini: '20240105000000', date_end: '20240105235959' };

describe.each(selectedVersions())('real n8n %s: Wolkvox node against the simulator', (key) => {
	let n8n: N8nInstance;
	let sim: Simulator;
	const cred = () => wolkvoxCredential(sim.url, SIM_TOKEN, 'wvCredSim');

	beforeAll(async () => {
		await provision(key);
		// latency makes the 2-in-flight limit observable
		sim = await startSimulator(['--latency', '150']);
		n8n = await N8nInstance.create(key, { installPackage: true, packageMode: 'tarball' });
		await n8n.importCredentials([
			cred(),
			wolkvoxCredential(sim.url, 'not-a-known-token', 'wvCredBad'),
		]);
	}, PROVISION_TIMEOUT_MS); // first run on a fresh machine installs n8n (minutes)

	afterAll(async () => {
		await n8n?.dispose();
		await sim?.stop();
	});

	beforeEach(async () => {
		await sim.control('reset', {});
	});

	it('returns one item per CDR row on the Success output', async () => {
		const run = await n8n.run(
			wolkvoxWorkflow(
				`cdr ${key}`,
				{ family: 'reports_manager', api: 'cdr_1', query: DAY },
				cred(),
			),
		);
		if (run.status !== 'success') throw new Error(describeResult(run));

		const log = await sim.answeredLog();
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({
			method: 'GET',
			file: 'reports_manager',
			api: 'cdr_1',
			query: DAY,
			status: 200,
			tokenPresent: true,
		});
		const rows = nodeOutputJson(run, WOLKVOX_NODE_NAME, SUCCESS_OUTPUT);
		expect(rows.length).toBe(log[0].rows);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows[0]).toEqual(
			expect.objectContaining({ conn_id: expect.any(String), agent_id: expect.any(String) }),
		);
		expect(outputCounts(run, WOLKVOX_NODE_NAME)[MAINTENANCE_OUTPUT] ?? 0).toBe(0);
	});

	it('rides out a maintenance window shorter than the retry budget', async () => {
		const wf = wolkvoxWorkflow(
			`window ${key}`,
			{
				api: 'cdr_1',
				query: DAY,
				options: { retryBudgetSeconds: 60, onMaintenanceTimeout: 'output' },
			},
			cred(),
		);
		await n8n.importWorkflow(wf);
		// Maintenance until 4 s after the first request arrives, however long `n8n execute` takes
		// to start (a window timed from before it was missed on busy cores).
		await sim.control('maintenance', { on: true });
		let done = false;
		const execution = n8n.execute(wf.id).finally(() => (done = true));
		const arrived = await waitForRequests(sim, 1, () => done);
		const endAt = arrived ? arrived[0].at + 4000 : Date.now();
		await sim.control('maintenance', {
			on: false,
			fromMs: 0,
			toMs: Math.max(0, endAt - Date.now()),
		});
		const run = await execution;
		if (run.status !== 'success') throw new Error(describeResult(run));

		const log = await sim.answeredLog();
		expect(log.length).toBeGreaterThanOrEqual(2);
		expect(log[0].status).toBe(403);
		expect(log[log.length - 1].status).toBe(200);
		expect(nodeOutputJson(run, WOLKVOX_NODE_NAME, SUCCESS_OUTPUT).length).toBe(
			log[log.length - 1].rows,
		);
		expect(outputCounts(run, WOLKVOX_NODE_NAME)[MAINTENANCE_OUTPUT] ?? 0).toBe(0);
	});

	it('sends the item to the Maintenance output when maintenance outlasts the budget', async () => {
		await sim.control('maintenance', { on: true });
		const run = await n8n.run(
			wolkvoxWorkflow(
				`maint out ${key}`,
				{
					api: 'cdr_1',
					query: DAY,
					options: { retryBudgetSeconds: 2, onMaintenanceTimeout: 'output' },
				},
				cred(),
			),
		);
		if (run.status !== 'success') throw new Error(describeResult(run));
		const counts = outputCounts(run, WOLKVOX_NODE_NAME);
		expect(counts[SUCCESS_OUTPUT] ?? 0).toBe(0);
		expect(counts[MAINTENANCE_OUTPUT]).toBe(1);
	});

	it("fails when maintenance outlasts the budget and the option is 'fail'", async () => {
		await sim.control('maintenance', { on: true });
		const run = await n8n.run(
			wolkvoxWorkflow(
				`maint fail ${key}`,
				{
					api: 'cdr_1',
					query: DAY,
					options: { retryBudgetSeconds: 2, onMaintenanceTimeout: 'fail' },
				},
				cred(),
			),
		);
		expect(run.timedOut).toBe(false);
		expect(run.status).toBe('error');
		expect(run.exitCode).not.toBe(0);
	});

	it('fails fast with an unknown token (no retry storm)', async () => {
		const bad = wolkvoxCredential(sim.url, 'not-a-known-token', 'wvCredBad');
		const run = await n8n.run(
			wolkvoxWorkflow(`bad token ${key}`, { api: 'cdr_1', query: DAY }, bad),
		);
		expect(run.status).toBe('error');
		const log = await sim.answeredLog();
		expect(log.length).toBeGreaterThanOrEqual(1);
		expect(log.length).toBeLessThanOrEqual(2);
		expect(log.every((r) => r.status === 403)).toBe(true);
	});

	it('keeps at most 2 requests in flight for 6 items and loses none', async () => {
		const wf = linearWorkflow(`six days ${key}`, [
			{
				id: 'e0000000-0000-4000-8000-000000000001',
				name: 'Days',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					mode: 'manual',
					assignments: {
						assignments: [{ id: 'd1', name: 'day', value: '={{ [1,2,3,4,5,6] }}', type: 'array' }],
					},
					options: {},
				},
			},
			{
				id: 'e0000000-0000-4000-8000-000000000002',
				name: 'One Item per Day',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				parameters: { fieldToSplitOut: 'day', include: 'noOtherFields', options: {} },
			},
			wolkvoxApiRequestNode(
				{
					api: 'cdr_1',
					query: {
						date_ini: "={{ '2024010' + $json.day + '000000' }}",
						date_end: "={{ '2024010' + $json.day + '235959' }}",
					},
				},
				cred(),
			),
		]);
		const run = await n8n.run(wf);
		if (run.status !== 'success') throw new Error(describeResult(run));

		const stats = await sim.control('stats');
		expect(stats.peakInFlight).toBeLessThanOrEqual(2);
		const log = await sim.answeredLog();
		const ok = log.filter((r) => r.status === 200);
		expect(new Set(ok.map((r) => r.query.date_ini)).size).toBe(6);
		const expectedRows = ok.reduce((n, r) => n + (r.rows ?? 0), 0);
		expect(nodeOutputJson(run, WOLKVOX_NODE_NAME, SUCCESS_OUTPUT).length).toBe(expectedRows);
	});
});
