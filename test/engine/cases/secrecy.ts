/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The token never leaves the node: not in output items (Success, Maintenance, error items), error
 * messages or descriptions, nor in what n8n and the node log — also when wolkvox echoes it back
 * and when the user typed it into a query parameter or the body by mistake.
 */
import { runNode, type RunNodeResult } from '../../harness/engine';
import { addEchoHandler, apiRequest, echo, refItems } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';
import { badRequest, envelope, MAINTENANCE_BODY } from '../../simulator/server';

const { sim, credentials } = useSimulator();

const SECRET = 'Zq7-SeCrEt-wolkvox-token-4f9c2e81';

beforeEach(() => {
	addEchoHandler(sim);
	sim.addToken(SECRET, 100000);
	// A careless server that repeats the parameters it did not like, token included.
	sim.handlers.set('information.picky', (_s, req) =>
		badRequest(`INVALID PARAMETERS ${JSON.stringify(req.query)}`),
	);
});

/** Every place a user or an operator can read. */
function exposed(
	result: RunNodeResult,
	options: { userTypedIt?: boolean } = {},
): Record<string, string> {
	const error = result.error as any;
	const places: Record<string, string> = {
		outputs: JSON.stringify(result.outputs),
		'error message': String(error?.message ?? ''),
		'error description': String(error?.description ?? ''),
		'error messages': JSON.stringify(error?.messages ?? []),
		'error response': JSON.stringify(error?.errorResponse ?? {}),
		'error context': JSON.stringify(error?.context ?? {}),
		logs: result.logs.join('\n'),
	};
	if (options.userTypedIt) {
		// The token typed into a node parameter is in the node's parameters, and n8n itself logs the
		// node (parameters included) with a workflow error: that is the user's text, not a leak by
		// the node. Everything else must still be clean.
		places.logs = result.logs.filter((line) => !line.includes('"parameters":')).join('\n');
	} else {
		places['whole run data'] = JSON.stringify(result.run.data.resultData);
	}
	return places;
}

function expectNoSecret(result: RunNodeResult, options: { userTypedIt?: boolean } = {}) {
	for (const [where, text] of Object.entries(exposed(result, options))) {
		expect({ where, leaks: text.includes(SECRET) }).toEqual({ where, leaks: false });
	}
}

const tokenCreds = () => credentials(SECRET);

test('success: the token went in the header and nowhere else', async () => {
	const result = await runNode({
		parameters: apiRequest({ api: 'agents', options: { output: 'whole' } }),
		credentials: tokenCreds(),
	});
	expect(result.error).toBeUndefined();
	expect(sim.log[0].token).toBe(SECRET);
	expect(result.outputs[0]).toHaveLength(1);
	expectNoSecret(result);
});

test('a success with the token typed into a query parameter by mistake', async () => {
	const result = await runNode({
		parameters: apiRequest({ api: 'agents', query: { token: SECRET } }),
		credentials: tokenCreds(),
	});
	expect(result.error).toBeUndefined();
	expect(sim.log[0].query.token).toBe(SECRET); // it was sent, as the user asked
	expect(result.outputs[0]).toHaveLength(12);
	expectNoSecret(result, { userTypedIt: true });
});

test('a 400 whose message echoes the token the user put in a query parameter', async () => {
	const result = await runNode({
		parameters: apiRequest({ api: 'picky', query: { wolkvox_token: SECRET } }),
		credentials: tokenCreds(),
	});
	expect(sim.log[0].msg).toContain(SECRET); // wolkvox really echoed it
	expect(result.error?.message).toMatch(
		/^wolkvox rejected the request: INVALID PARAMETERS .*\*\*\*/,
	);
	expect(result.error?.description).toContain('wolkvox_token=***');
	expectNoSecret(result, { userTypedIt: true });
});

test('the same with continueOnFail: the error item is clean', async () => {
	const result = await runNode({
		parameters: apiRequest({ api: 'picky', query: { wolkvox_token: SECRET } }),
		credentials: tokenCreds(),
		onError: 'continueRegularOutput',
	});
	expect(result.error).toBeUndefined();
	expect(result.outputs[0][0].json.error).toMatch(/\*\*\*/);
	expectNoSecret(result, { userTypedIt: true });
});

test('an error item on the error output is clean', async () => {
	const result = await runNode({
		parameters: apiRequest({ api: 'picky', query: { wolkvox_token: SECRET } }),
		credentials: tokenCreds(),
		onError: 'continueErrorOutput',
	});
	expect(result.outputs[2]).toHaveLength(1);
	expectNoSecret(result, { userTypedIt: true });
});

test('quota spent', async () => {
	sim.addToken(SECRET, 10, 10);
	const result = await runNode({
		parameters: echo(),
		items: refItems(2),
		credentials: tokenCreds(),
	});
	expect(result.error?.message).toMatch(/daily quota/);
	expectNoSecret(result);
});

test('invalid token', async () => {
	sim.tokens.delete(SECRET);
	const result = await runNode({
		parameters: echo(),
		items: refItems(1),
		credentials: tokenCreds(),
	});
	expect(result.error?.message).toMatch(/did not accept the token/);
	expectNoSecret(result);
});

test('maintenance to the Maintenance output, token typed into a query parameter: items and logs are clean', async () => {
	sim.maintenance = true;
	const result = await runNode({
		parameters: apiRequest({
			api: 'echo',
			query: { ref: '={{ $json.ref }}', token: SECRET },
			options: { retryBudgetSeconds: 1 },
		}),
		items: refItems(2),
		credentials: tokenCreds(),
	});
	expect(result.outputs[1]).toHaveLength(2);
	expect(result.logs.some((line) => line.includes('wolkvox maintenance on'))).toBe(true);
	expectNoSecret(result, { userTypedIt: true });
});

test('POST reset with the token in the body by mistake: the "may or may not" error is clean', async () => {
	sim.handlers.set('campaign.add_thing', () => envelope(201, 'Record created', { id: '1' }));
	sim.addFault({ api: 'add_thing', kind: 'reset' });
	const result = await runNode({
		parameters: apiRequest({
			family: 'campaign',
			api: 'add_thing',
			method: 'POST',
			body: { note: `token ${SECRET}` },
		}),
		credentials: tokenCreds(),
	});
	expect(result.error?.description).toMatch(/may or may not have been applied/);
	expect(result.error?.description).toContain('"note":"token ***"');
	expectNoSecret(result, { userTypedIt: true });
});

test('GET timeouts and 5xx, retried to success', async () => {
	sim.addFault({ api: 'echo', kind: 'hang' });
	sim.addFault({ api: 'echo', status: 502, body: `<html>upstream said ${SECRET}</html>` });
	jest.spyOn(Math, 'random').mockReturnValue(0.1);
	const result = await runNode({
		parameters: echo({ timeoutSeconds: 1 }),
		items: refItems(1),
		credentials: tokenCreds(),
	}).finally(() => jest.restoreAllMocks());
	expect(result.error).toBeUndefined();
	expect(sim.log.map((r) => r.status)).toEqual([-2, 502, 200]);
	expectNoSecret(result);
});

test('GET 5xx until it gives up, with the token echoed in the body', async () => {
	sim.addFault({
		api: 'echo',
		status: 500,
		times: 10,
		body: { code: '500', error: 'Error', msg: `FATAL near '${SECRET}'` },
	});
	jest.spyOn(Math, 'random').mockReturnValue(0);
	const result = await runNode({
		parameters: echo(),
		items: refItems(1),
		credentials: tokenCreds(),
	}).finally(() => jest.restoreAllMocks());
	expect(result.error?.message).toMatch(/did not answer properly: FATAL near '\*\*\*'/);
	expectNoSecret(result);
});

test('a credential with the token pasted into Base URL Override or Server', async () => {
	const a = await runNode({
		parameters: echo(),
		items: refItems(1),
		credentials: { token: SECRET, baseUrl: `${sim.url}/?token=${SECRET}` },
	});
	expect(a.error?.message).toMatch(/"Base URL Override" is not accepted/);
	expectNoSecret(a);
	const b = await runNode({
		parameters: echo(),
		items: refItems(1),
		credentials: { token: SECRET, server: SECRET },
	});
	expect(b.error?.message).toMatch(/"Server" must be/);
	expectNoSecret(b);
	expect(sim.log).toHaveLength(0);
});

test('the check itself works: a run that does expose the token is caught', async () => {
	// wolkvox data that contains the token (the user's own data) shows up in the output as is.
	sim.handlers.set('information.leaky', () => envelope(200, 'ok', [{ note: SECRET }]));
	const result = await runNode({
		parameters: apiRequest({ api: 'leaky' }),
		credentials: tokenCreds(),
	});
	expect(exposed(result).outputs).toContain(SECRET);
});

test('maintenance answers with Retry-After (logged waits) stay clean', async () => {
	sim.addFault({
		api: 'echo',
		status: 403,
		body: MAINTENANCE_BODY,
		headers: { 'Retry-After': '1' },
	});
	const result = await runNode({
		parameters: echo(),
		items: refItems(1),
		credentials: tokenCreds(),
	});
	expect(result.outputs[0]).toHaveLength(1);
	expectNoSecret(result);
});
