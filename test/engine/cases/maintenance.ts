/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * wolkvox's maintenance window (403 "The APIs cannot be consumed at this time"): the node waits on
 * one shared gate with a single probe, retries, and when the window outlasts the budget routes the
 * item to the Maintenance output (or fails when told to). Cancelling ends a wait promptly.
 */
import { runNode } from '../../harness/engine';
import { addEchoHandler, echo, freshToken, jsons, refItems } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';
import { envelope, MAINTENANCE_BODY } from '../../simulator/server';

const { sim, credentials } = useSimulator();

beforeEach(() => addEchoHandler(sim));
afterEach(() => {
	sim.latencyMs = 5;
});

const isMaintenanceAnswer = (r: { status: number; msg: string }) =>
	r.status === 403 && r.msg === MAINTENANCE_BODY.msg;

test('3 s maintenance starting mid-run, then recovery: every item succeeds exactly once, one shared probe', async () => {
	const token = freshToken(sim);
	sim.latencyMs = 20;
	// The window opens right after the 6th item is served (mid-run) and lasts 3 s.
	let windowFrom = Infinity;
	let windowTo = Infinity;
	let served = 0;
	sim.handlers.set('information.echo', (_s, req) => {
		if (++served === 6) {
			sim.scheduleMaintenance(0, 3000);
			[windowFrom, windowTo] = [sim.windows[0].from, sim.windows[0].to];
		}
		return envelope(200, '1 records were found', [{ ...req.query, method: req.method }]);
	});

	const items = refItems(30);
	const result = await runNode({
		parameters: echo({ retryBudgetSeconds: 30 }),
		items,
		credentials: credentials(token),
	});

	expect(result.error).toBeUndefined();
	expect(result.outputs[1]).toEqual([]);
	// One output item per input item, none missing, none twice, each paired with its input.
	const out = result.outputs[0];
	expect(out.map((i) => i.json.ref).sort()).toEqual(items.map((i) => i.ref).sort());
	for (const item of out)
		expect(item.pairedItem).toEqual({ item: Number(String(item.json.ref).slice(1)) });
	// wolkvox served each item once.
	const servedRefs = sim.log.filter((r) => r.status === 200).map((r) => r.query.ref);
	expect(servedRefs.sort()).toEqual(items.map((i) => i.ref).sort());

	// The window really hit the run: some items were served before it, the rest after it.
	const during = sim.log.filter((r) => r.at >= windowFrom && r.at < windowTo);
	expect(sim.log.some((r) => r.status === 200 && r.at < windowFrom)).toBe(true);
	expect(during.length).toBeGreaterThan(0);
	expect(during.every(isMaintenanceAnswer)).toBe(true);
	// Not one request per waiting item: the 2 in flight when it starts, then one probe every 2.5-3 s.
	expect(during.length).toBeLessThanOrEqual(2 + 3);
	expect(sim.log.filter((r) => r.at >= windowTo).every((r) => r.status === 200)).toBe(true);
});

test('maintenance longer than the budget: items leave through the Maintenance output with pairedItem and wolkvox metadata', async () => {
	const token = freshToken(sim);
	sim.maintenance = true;
	const items = [
		{ ref: 'r0', customer: 'Ana' },
		{ ref: 'r1', customer: 'Bruno' },
		{ ref: 'r2', customer: 'Carla' },
	];
	const result = await runNode({
		parameters: echo({ retryBudgetSeconds: 2 }),
		items,
		credentials: credentials(token),
	});

	expect(result.error).toBeUndefined();
	expect(result.outputs[0]).toEqual([]);
	const maintenance = result.outputs[1];
	expect(maintenance).toHaveLength(3);
	maintenance.forEach((item, i) => {
		expect(item.pairedItem).toEqual({ item: i });
		expect(item.json).toEqual({
			...items[i],
			wolkvox: {
				maintenance: true,
				attempted: { method: 'GET', file: 'information', api: 'echo' },
				attempts: expect.any(Number),
				waitedMs: expect.any(Number),
				at: expect.any(String),
			},
		});
		const meta = item.json.wolkvox as { waitedMs: number };
		expect(meta.waitedMs).toBeGreaterThanOrEqual(1500);
	});
	// attempts is what each item really sent: together exactly what wolkvox received.
	const attempts = maintenance.map((i) => (i.json.wolkvox as { attempts: number }).attempts);
	expect(attempts.reduce((a, b) => a + b, 0)).toBe(sim.log.length);
	expect(sim.log.every(isMaintenanceAnswer)).toBe(true);
	// Within the 2 s budget: the 2 first requests and at most one probe per item slot.
	expect(sim.log.length).toBeLessThanOrEqual(3 + 2);
});

test('maintenance longer than the budget with "When Maintenance Outlasts the Budget" = Fail: an error', async () => {
	const token = freshToken(sim);
	sim.maintenance = true;
	const result = await runNode({
		parameters: echo({ retryBudgetSeconds: 1, onMaintenanceTimeout: 'fail' }),
		items: refItems(2),
		credentials: credentials(token),
	});
	expect(result.error?.message).toMatch(/stayed in maintenance for the whole retry budget/);
	expect(result.outputs).toEqual([]);
	expect(sim.log.every(isMaintenanceAnswer)).toBe(true);
});

test('maintenance with continueOnFail and Fail: an error item per input item, paired', async () => {
	const token = freshToken(sim);
	sim.maintenance = true;
	const result = await runNode({
		parameters: echo({ retryBudgetSeconds: 1, onMaintenanceTimeout: 'fail' }),
		items: refItems(2),
		credentials: credentials(token),
		onError: 'continueRegularOutput',
	});
	expect(result.error).toBeUndefined();
	expect(result.outputs[0].map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	expect(result.outputs[0].every((i) => /stayed in maintenance/.test(String(i.json.error)))).toBe(
		true,
	);
});

test('budget 0: the item goes to Maintenance at once, and a later run probes again and succeeds (the gate is not stuck)', async () => {
	const token = freshToken(sim);
	sim.addFault({
		api: 'echo',
		status: 403,
		body: MAINTENANCE_BODY,
		headers: { 'Retry-After': '1' },
	});
	const first = await runNode({
		parameters: echo({ retryBudgetSeconds: 0 }),
		items: refItems(1),
		credentials: credentials(token),
	});
	expect(first.outputs[1]).toHaveLength(1);
	expect((first.outputs[1][0].json.wolkvox as { attempts: number }).attempts).toBe(1);
	expect(sim.log).toHaveLength(1);

	await new Promise((r) => setTimeout(r, 1100)); // past the Retry-After
	const second = await runNode({
		parameters: echo({ retryBudgetSeconds: 0 }),
		items: refItems(1),
		credentials: credentials(token),
	});
	expect(second.outputs[1]).toEqual([]);
	expect(jsons(second.outputs[0])).toEqual([{ ref: 'r0', method: 'GET' }]);
	expect(sim.log.map((r) => r.status)).toEqual([403, 200]);
});

test('Retry-After 0 during maintenance does not turn into a request storm', async () => {
	const token = freshToken(sim);
	sim.addFault({
		api: 'echo',
		status: 403,
		body: MAINTENANCE_BODY,
		headers: { 'Retry-After': '0' },
		times: 1000,
	});
	const result = await runNode({
		parameters: echo({ retryBudgetSeconds: 2 }),
		items: refItems(3),
		credentials: credentials(token),
	});
	expect(result.outputs[1]).toHaveLength(3);
	// one probe per second at most, plus the first requests
	expect(sim.log.length).toBeLessThanOrEqual(3 + 3);
});

test('cancel during a maintenance wait ends the execution promptly and sends nothing more', async () => {
	const token = freshToken(sim);
	// wolkvox asks for a minute's wait: a run that sat the wait out instead of being interrupted by
	// the cancel would last over 60 s, far from the ~1 s of an interrupted one.
	sim.addFault({
		api: 'echo',
		status: 403,
		body: MAINTENANCE_BODY,
		headers: { 'Retry-After': '60' },
		times: 1000,
	});
	const result = await runNode({
		parameters: echo({ retryBudgetSeconds: 600 }),
		items: refItems(5),
		credentials: credentials(token),
		cancelAfterMs: 800,
	});
	expect(result.durationMs).toBeLessThan(30_000);
	expect(result.error?.message).toMatch(/cancel/i);
	expect(result.outputs[0] ?? []).toEqual([]);
	const sent = sim.log.length;
	expect(sent).toBeGreaterThan(0);
	expect(sent).toBeLessThanOrEqual(5);
	// The probe loop is gone: no request in the next probe interval (at most 3 s).
	await new Promise((r) => setTimeout(r, 3100));
	expect(sim.log).toHaveLength(sent);
});
