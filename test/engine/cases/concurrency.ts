/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * wolkvox allows 2 requests in flight per token. The node keeps to that across all items (and
 * across executions in one n8n process) while still running items concurrently, and rides out
 * another client holding the token's slots.
 */
import { runNode } from '../../harness/engine';
import { addEchoHandler, echo, freshToken, refItems } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';

const { sim, credentials } = useSimulator();

beforeEach(() => addEchoHandler(sim));
afterEach(() => {
	sim.latencyMs = 5;
});

const refsOf = (items: { json: { ref?: unknown } }[]) =>
	items.map((i) => String(i.json.ref)).sort();

test('20 items: never more than 2 in flight, no rejection, and really 2 at a time (not one by one)', async () => {
	const token = freshToken(sim);
	sim.latencyMs = 50;
	const items = refItems(20);
	const result = await runNode({ parameters: echo(), items, credentials: credentials(token) });

	expect(result.error).toBeUndefined();
	expect(refsOf(result.outputs[0])).toEqual(refsOf(items.map((json) => ({ json }))));
	expect(sim.log).toHaveLength(20);
	expect(sim.concurrencyRejections).toBe(0);
	expect(sim.peakInFlight).toBe(2);
	// Not one by one: most requests arrived while another one of ours was being answered (counted
	// by the simulator, so the check does not depend on how loaded the machine is).
	expect(sim.log.filter((r) => r.inFlight === 2).length).toBeGreaterThanOrEqual(8);
});

test('two executions at once on the same token share the 2 slots', async () => {
	const token = freshToken(sim);
	sim.latencyMs = 30;
	const [a, b] = await Promise.all([
		runNode({ parameters: echo(), items: refItems(10, 'a'), credentials: credentials(token) }),
		runNode({ parameters: echo(), items: refItems(10, 'b'), credentials: credentials(token) }),
	]);
	expect(a.error).toBeUndefined();
	expect(b.error).toBeUndefined();
	expect(a.outputs[0]).toHaveLength(10);
	expect(b.outputs[0]).toHaveLength(10);
	expect(sim.log).toHaveLength(20);
	expect(sim.peakInFlight).toBe(2);
	expect(sim.concurrencyRejections).toBe(0);
});

test('another client holding the slots (EXCEEDS ... SIMULTANEOUS answers): retried, every item succeeds once', async () => {
	const token = freshToken(sim);
	sim.addFault({
		api: 'echo',
		status: 403,
		times: 3,
		body: {
			code: '403',
			error: 'Forbidden',
			msg: 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)',
		},
	});
	const items = refItems(4);
	const result = await runNode({ parameters: echo(), items, credentials: credentials(token) });
	expect(result.error).toBeUndefined();
	expect(refsOf(result.outputs[0])).toEqual(['r0', 'r1', 'r2', 'r3']);
	expect(sim.log.filter((r) => r.status === 403)).toHaveLength(3);
	const served = sim.log.filter((r) => r.status === 200).map((r) => r.query.ref);
	expect(served.sort()).toEqual(['r0', 'r1', 'r2', 'r3']);
	// Short concurrency waits, not a maintenance window's probes.
	expect(result.logs.filter((l) => /maintenance/.test(l))).toEqual([]);
});

test('a real second client using both slots of the token: the node waits for them and succeeds', async () => {
	const token = freshToken(sim);
	sim.latencyMs = 600;
	// The other client: two slow calls with the same token, sent directly.
	const other = [1, 2].map(() =>
		fetch(`${sim.url}/api/v2/information.php?api=agents`, {
			headers: { 'wolkvox-token': token },
		}).then((r) => r.status),
	);
	await new Promise((r) => setTimeout(r, 50));
	const result = await runNode({
		parameters: echo(),
		items: refItems(1),
		credentials: credentials(token),
	});

	expect(await Promise.all(other)).toEqual([200, 200]);
	expect(result.error).toBeUndefined();
	expect(result.outputs[0].map((i) => i.json.ref)).toEqual(['r0']);
	const ours = sim.requests({ api: 'echo' });
	expect(ours.filter((r) => r.status === 403).length).toBeGreaterThanOrEqual(1);
	expect(ours.filter((r) => r.status === 200)).toHaveLength(1);
	expect(sim.concurrencyRejections).toBe(ours.length - 1);
});
