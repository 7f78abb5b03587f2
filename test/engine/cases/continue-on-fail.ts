/**
 * n8n's "On Error" setting, through the real engine: continueRegularOutput gives paired error
 * items, continueErrorOutput routes them to the error output, and without it the node stops,
 * sends nothing more, and says which items completed and which were not sent.
 */
import { runNode } from '../../harness/engine';
import { addEchoHandler, apiRequest, freshToken, jsons, refItems } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';

const { sim, credentials } = useSimulator();

beforeEach(() => addEchoHandler(sim));
afterEach(() => {
	sim.latencyMs = 5;
});

/** Each item names its API: 'echo' succeeds, 'missing' is a 400 (unknown api). */
const perItemApi = () =>
	apiRequest({ api: '={{ $json.api }}', query: { ref: '={{ $json.ref }}' } });
const items = [
	{ ref: 'r0', api: 'echo' },
	{ ref: 'r1', api: 'echo' },
	{ ref: 'r2', api: 'missing' },
	{ ref: 'r3', api: 'echo' },
];

test('continueRegularOutput: failed items become error items with pairedItem, the others succeed', async () => {
	const result = await runNode({
		parameters: perItemApi(),
		items,
		credentials: credentials(),
		onError: 'continueRegularOutput',
	});
	expect(result.error).toBeUndefined();
	const out = result.outputs[0];
	expect(out).toHaveLength(4);
	expect(out.map((i) => i.pairedItem)).toEqual([
		{ item: 0 },
		{ item: 1 },
		{ item: 2 },
		{ item: 3 },
	]);
	expect(out[2].json).toEqual({
		error: 'wolkvox rejected the request: THE API YOU WANT TO CONSULT DOES NOT EXIST',
		message: 'Sent: GET /api/v2/information.php?api=missing&ref=r2',
	});
	expect(jsons([out[0], out[1], out[3]])).toEqual([
		{ ref: 'r0', method: 'GET' },
		{ ref: 'r1', method: 'GET' },
		{ ref: 'r3', method: 'GET' },
	]);
	// every item was sent once, the failing one included
	expect(sim.log.map((r) => r.query.ref).sort()).toEqual(['r0', 'r1', 'r2', 'r3']);
});

test('continueErrorOutput: failed items leave through the error output, paired', async () => {
	const result = await runNode({
		parameters: perItemApi(),
		items,
		credentials: credentials(),
		onError: 'continueErrorOutput',
	});
	expect(result.error).toBeUndefined();
	const [success, maintenance, errors] = result.outputs;
	expect(jsons(success).map((j) => j.ref)).toEqual(['r0', 'r1', 'r3']);
	expect(success.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 3 }]);
	expect(maintenance).toEqual([]);
	expect(errors).toHaveLength(1);
	expect(errors[0].pairedItem).toEqual({ item: 2 });
	expect(errors[0].json.error).toMatch(/THE API YOU WANT TO CONSULT DOES NOT EXIST/);
	expect(errors[0].json.message).toBe('Sent: GET /api/v2/information.php?api=missing&ref=r2');
	expect(errors[0].json.ref).toBe('r2'); // n8n merges the paired input item in
	expect(sim.log).toHaveLength(4);
});

test('continueRegularOutput: an invalid field fails only its item, and nothing is sent for it', async () => {
	const bad = [
		{ ref: 'r0', api: 'echo' },
		{ ref: 'r1', api: 'not valid!' },
	];
	const result = await runNode({
		parameters: perItemApi(),
		items: bad,
		credentials: credentials(),
		onError: 'continueRegularOutput',
	});
	expect(result.error).toBeUndefined();
	expect(result.outputs[0][1].json).toEqual({
		error: expect.stringMatching(/"API Name" must be the api= value/),
	});
	expect(result.outputs[0][1].pairedItem).toEqual({ item: 1 });
	expect(sim.log.map((r) => r.query.ref)).toEqual(['r0']);
});

test('without continueOnFail the node fails; the description says which items completed and which were not sent, and those were not sent', async () => {
	sim.latencyMs = 40;
	const many = Array.from({ length: 8 }, (_, i) => ({
		ref: `r${i}`,
		api: i === 1 ? 'missing' : 'echo',
	}));
	const result = await runNode({
		parameters: perItemApi(),
		items: many,
		credentials: credentials(),
	});

	expect(result.error?.message).toBe(
		'wolkvox rejected the request: THE API YOU WANT TO CONSULT DOES NOT EXIST',
	);
	const description = result.error?.description ?? '';
	expect(description).toContain('Sent: GET /api/v2/information.php?api=missing&ref=r1');
	const match =
		/Items completed before the stop: ([\d, ]+|none)\. Items not sent: ([\d, ]+|none)\./.exec(
			description,
		);
	expect(match).not.toBeNull();
	const list = (text: string) => (text === 'none' ? [] : text.split(', ').map(Number));
	const done = list(match![1]);
	const notSent = list(match![2]);
	expect(done).toContain(0);
	expect(notSent.length).toBeGreaterThanOrEqual(4);
	expect(done).not.toContain(1);
	expect(notSent).not.toContain(1);

	// What the description says is what happened on the server.
	const received = new Map(sim.log.map((r) => [r.query.ref, r.status]));
	for (const i of done) expect(received.get(`r${i}`)).toBe(200);
	for (const i of notSent) expect(received.has(`r${i}`)).toBe(false);
	expect(received.get('r1')).toBe(400);
	// every item is either done, the failed one, or not sent
	expect([...done, 1, ...notSent].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});

describe('after a stop-worthy answer nothing more is sent, whatever the error mode (issue 12)', () => {
	test('continueErrorOutput, 10 items, the quota runs out after one call: no request after the refusal, the rest "not sent" with why', async () => {
		sim.latencyMs = 50; // the refusal comes back while the accepted call is still in flight
		const token = freshToken(sim, 1);
		const result = await runNode({
			parameters: apiRequest({ api: 'echo', query: { ref: '={{ $json.ref }}' } }),
			items: refItems(10),
			credentials: credentials(token),
			onError: 'continueErrorOutput',
		});
		expect(result.error).toBeUndefined();
		// Two in flight at most when the quota answer arrived; nothing after it.
		expect(sim.log.map((r) => r.status).sort()).toEqual([200, 403]);
		const [success, maintenance, errors] = result.outputs;
		expect(success).toHaveLength(1);
		expect(maintenance).toEqual([]);
		expect(errors).toHaveLength(9);
		const refused = errors.filter((e) => /TOKEN LIMIT EXCEEDED/.test(String(e.json.error)));
		expect(refused).toHaveLength(1);
		const notSent = errors.filter((e) => e !== refused[0]);
		expect(notSent).toHaveLength(8);
		for (const item of notSent) {
			expect(item.json.error).toBe(
				"Not sent: the token's daily quota ran out on an earlier request",
			);
			expect(String(item.json.message)).toMatch(
				/^The earlier answer: The wolkvox token has used up its daily quota \(TOKEN LIMIT EXCEEDED\)\. Nothing was retried, and no further request is sent/,
			);
		}
		expect(
			errors.map((e) => (e.pairedItem as { item: number }).item).sort((a, b) => a - b),
		).toEqual(
			Array.from({ length: 10 }, (_, i) => i).filter(
				(i) => i !== (success[0].pairedItem as { item: number }).item,
			),
		);
	});

	test('an invalid token stops the other items too (continueRegularOutput)', async () => {
		const result = await runNode({
			parameters: apiRequest({ api: 'echo', query: { ref: '={{ $json.ref }}' } }),
			items: refItems(6),
			credentials: credentials('no-such-token-1234'),
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.length).toBeLessThanOrEqual(2);
		const out = result.outputs[0];
		expect(out).toHaveLength(6);
		expect(out.filter((i) => /did not accept the token/.test(String(i.json.error))).length).toBe(
			sim.log.length,
		);
		expect(
			out.filter(
				(i) => i.json.error === 'Not sent: wolkvox refused the token on an earlier request',
			),
		).toHaveLength(6 - sim.log.length);
		expect(JSON.stringify(out)).not.toContain('no-such-token-1234');
	});

	test('Max API Calls holds when the items are sent side by side: no call past the limit', async () => {
		const result = await runNode({
			parameters: apiRequest({
				api: 'echo',
				query: { ref: '={{ $json.ref }}' },
				options: { maxCalls: 3 },
			}),
			items: refItems(10),
			credentials: credentials(freshToken(sim)),
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(sim.log).toHaveLength(3);
		const out = result.outputs[0];
		expect(out).toHaveLength(10);
		const served = out.filter((i) => i.json.method === 'GET');
		expect(served.map((i) => i.json.ref).sort()).toEqual(sim.log.map((r) => r.query.ref).sort());
		const refused = out.filter((i) => i.json.error !== undefined);
		expect(refused).toHaveLength(7);
		for (const item of refused)
			expect(String(item.json.error)).toMatch(/limit of 3 API calls for this execution/);
	});

	test('a later Wolkvox node of the same execution, without On Error, fails with the reason instead of an empty output', async () => {
		const result = await runNode({
			parameters: apiRequest({ api: 'echo', query: { ref: '={{ $json.ref }}' } }),
			items: refItems(3),
			credentials: credentials(freshToken(sim, 1)),
			onError: 'continueRegularOutput',
			next: { parameters: apiRequest({ api: 'echo', query: { ref: '={{ $json.ref }}_2' } }) },
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs[0]).toHaveLength(3);
		const sent = sim.log.length;
		expect(sent).toBeLessThanOrEqual(2);
		// The second node sends nothing and says why, instead of "success" with no items.
		expect(result.next?.error?.message).toBe(
			"Not sent: the token's daily quota ran out on an earlier request",
		);
		expect(result.next?.error?.description).toMatch(/TOKEN LIMIT EXCEEDED/);
		expect(sim.log).toHaveLength(sent);
		expect(sim.log.some((r) => String(r.query.ref).endsWith('_2'))).toBe(false);
	});
});
