/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Every outcome class of the transport, through n8n-core's real WorkflowExecute and real HTTP to
 * the simulator: what the simulator received, and what came out of the node.
 */
import type { IncomingMessage } from 'http';

import { resolveBaseUrl } from '../../../core/baseUrl';
import { runNode } from '../../harness/engine';
import {
	addEchoHandler,
	apiRequest,
	echo,
	freshToken,
	jsons,
	refItems,
} from '../../harness/params';
import { useSimulator } from '../../harness/simulator';
import { DEFAULT_TOKEN, envelope, MAINTENANCE_BODY } from '../../simulator/server';

const { sim, credentials } = useSimulator();

beforeEach(() => addEchoHandler(sim));

describe('request shape', () => {
	test('wolkvox-token header carries the credential token; URL is /api/v2/{file}.php?api=..&..', async () => {
		const urls: string[] = [];
		const listener = (req: IncomingMessage) => urls.push(req.url ?? '');
		(sim as any).server.on('request', listener);
		try {
			const result = await runNode({
				parameters: apiRequest({
					family: 'reports_manager',
					api: 'agent_1',
					query: { date_ini: '20240501000000', date_end: '20240501235959', agent_id: '1001' },
				}),
				credentials: credentials(),
			});
			expect(result.error).toBeUndefined();
			expect(jsons(result.outputs[0])).toEqual([
				expect.objectContaining({ agent_id: '1001', agent_name: 'Ana Ruiz' }),
			]);
		} finally {
			(sim as any).server.off('request', listener);
		}
		expect(sim.log).toHaveLength(1);
		const [req] = sim.log;
		expect(req.token).toBe(DEFAULT_TOKEN);
		expect(req.method).toBe('GET');
		expect(req.path).toBe('/api/v2/reports_manager.php');
		expect(req.api).toBe('agent_1');
		expect(req.query).toEqual({
			date_ini: '20240501000000',
			date_end: '20240501235959',
			agent_id: '1001',
		});
		// api= comes first, then the query parameters
		expect(urls).toEqual([
			'/api/v2/reports_manager.php?api=agent_1&date_ini=20240501000000&date_end=20240501235959&agent_id=1001',
		]);
	});

	test('a second credential sends its own token', async () => {
		const token = freshToken(sim);
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials(token),
		});
		expect(jsons(result.outputs[0])).toEqual([{ ref: 'r0', method: 'GET' }]);
		expect(sim.log.map((r) => r.token)).toEqual([token]);
	});

	test('custom family and a JSON body on POST', async () => {
		sim.handlers.set('campaign.thing_create', (_s, req) =>
			envelope(201, 'created', { id: '77', got: JSON.stringify(req.body) }),
		);
		const result = await runNode({
			parameters: apiRequest({
				family: 'custom',
				customFamily: 'campaign',
				api: 'thing_create',
				method: 'POST',
				body: [{ a: 1 }, { a: 2 }],
			}),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log[0].path).toBe('/api/v2/campaign.php');
		expect(sim.log[0].body).toEqual([{ a: 1 }, { a: 2 }]);
		expect(jsons(result.outputs[0])).toEqual([{ id: '77', got: '[{"a":1},{"a":2}]' }]);
		expect(result.outputs[0][0].pairedItem).toEqual({ item: 0 });
	});
});

describe('resolveBaseUrl (the credential fields -> the host)', () => {
	test('Server builds https://wv{4 digits}.wolkvox.com', () => {
		expect(resolveBaseUrl({ server: '0032' })).toBe('https://wv0032.wolkvox.com');
		expect(resolveBaseUrl({ server: ' 32 ' })).toBe('https://wv0032.wolkvox.com');
		expect(resolveBaseUrl({ server: '0032', baseUrl: '' })).toBe('https://wv0032.wolkvox.com');
	});

	test('a bad Server names the field', () => {
		expect(() => resolveBaseUrl({ server: '' })).toThrow(/"Server".*4-digit/);
		expect(() => resolveBaseUrl({ server: 'wv0032' })).toThrow(/"Server"/);
		expect(() => resolveBaseUrl({ server: '12345' })).toThrow(/"Server"/);
	});

	test('an override wins and is reduced to scheme://host[:port]', () => {
		expect(resolveBaseUrl({ server: '0032', baseUrl: 'http://127.0.0.1:4010' })).toBe(
			'http://127.0.0.1:4010',
		);
		expect(resolveBaseUrl({ baseUrl: 'https://proxy.example.com/' })).toBe(
			'https://proxy.example.com',
		);
	});

	test.each([
		['https://wv0032.wolkvox.com/api/v2', /"Base URL Override".*no path/],
		['https://wv0032.wolkvox.com/../etc', /"Base URL Override".*no path/],
		['https://wv0032.wolkvox.com/?api=x', /"Base URL Override".*no query/],
		['https://wv0032.wolkvox.com/#x', /"Base URL Override".*no query or fragment/],
		['https://user:pass@wv0032.wolkvox.com', /"Base URL Override".*no user or password/],
		['ftp://wv0032.wolkvox.com', /"Base URL Override".*use http or https/],
		['wv0032.wolkvox.com', /"Base URL Override" must be a URL/],
	])('override %s is rejected naming the field', (baseUrl, message) => {
		expect(() => resolveBaseUrl({ baseUrl })).toThrow(message);
	});

	test('an invalid override stops the node before anything is sent', async () => {
		const result = await runNode({
			parameters: echo(),
			items: refItems(2),
			credentials: { token: DEFAULT_TOKEN, baseUrl: `${sim.url}/api/v2` },
		});
		expect(result.error?.message).toMatch(/"Base URL Override" is not accepted: no path/);
		expect(sim.log).toHaveLength(0);
	});
});

describe('success', () => {
	test('200 envelope: one item per record of data, pairedItem set', async () => {
		const result = await runNode({
			parameters: apiRequest({ api: 'agents' }),
			items: [{ a: 1 }],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs[0]).toHaveLength(12);
		expect(result.outputs[0].every((i) => (i.pairedItem as any).item === 0)).toBe(true);
		expect(result.outputs[0][0].json).toEqual(
			expect.objectContaining({ agent_id: '1001', agent_name: 'Ana Ruiz' }),
		);
		expect(result.outputs[1]).toEqual([]);
	});

	test('200 with a numeric code, "Whole Response" output', async () => {
		sim.handlers.set('information.numeric', () => ({
			status: 200,
			body: { code: 200, error: null, msg: '1 records were found', data: [{ x: '1' }] },
		}));
		const result = await runNode({
			parameters: apiRequest({ api: 'numeric', options: { output: 'whole' } }),
			credentials: credentials(),
		});
		expect(jsons(result.outputs[0])).toEqual([
			{ code: 200, error: null, msg: '1 records were found', data: [{ x: '1' }] },
		]);
	});

	test('201 (create) returns the created record', async () => {
		sim.handlers.set('campaign.add_thing', (_s, req) =>
			envelope(201, 'Record created', { id: '501', name: (req.body as any).name }),
		);
		const result = await runNode({
			parameters: apiRequest({
				family: 'campaign',
				api: 'add_thing',
				method: 'POST',
				body: { name: 'Ana' },
			}),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0])).toEqual([{ id: '501', name: 'Ana' }]);
		expect(sim.requests({ api: 'add_thing' })).toHaveLength(1);
	});

	test('202 (update) without data returns the envelope', async () => {
		sim.handlers.set('campaign.update_thing', () => envelope(202, 'Record updated'));
		const result = await runNode({
			parameters: apiRequest({
				family: 'campaign',
				api: 'update_thing',
				method: 'PUT',
				body: { id: '501' },
			}),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0])).toEqual([{ code: '202', error: null, msg: 'Record updated' }]);
		expect(sim.log[0].method).toBe('PUT');
	});

	test('a bare array (real_time campaigns) gives one item per element', async () => {
		sim.handlers.set('real_time.campaigns', () => ({
			status: 200,
			body: [
				{ campaign_id: '9001', campaign_name: 'Cobranza', status: 'Active' },
				{ campaign_id: '9002', campaign_name: 'Ventas', status: 'Paused' },
			],
		}));
		const result = await runNode({
			parameters: apiRequest({ family: 'real_time', api: 'campaigns' }),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0]).map((r) => r.campaign_id)).toEqual(['9001', '9002']);
	});
});

describe('no data (404)', () => {
	const noMatch = () =>
		apiRequest({
			family: 'reports_manager',
			api: 'agent_1',
			query: { date_ini: '20240501000000', date_end: '20240501235959', agent_id: '9999' },
		});

	test('a 404 from a query gives no items, not an error; nothing is retried', async () => {
		const result = await runNode({ parameters: noMatch(), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(result.outputs[0]).toEqual([]);
		expect(result.outputs[1]).toEqual([]);
		expect(sim.log.map((r) => r.status)).toEqual([404]);
	});

	test('with "No Data (404)" = Fail it is an error', async () => {
		const parameters = { ...noMatch(), options: { notFound: 'error' } };
		const result = await runNode({ parameters, credentials: credentials() });
		expect(result.error?.message).toMatch(/wolkvox found no data/);
		expect(result.error?.description).toMatch(
			/Sent: GET \/api\/v2\/reports_manager\.php\?api=agent_1/,
		);
		expect(sim.log).toHaveLength(1);
	});
});

describe('errors that must not be retried', () => {
	test('TOKEN LIMIT EXCEEDED: clear quota error, exactly one request', async () => {
		const token = freshToken(sim, 50, 50);
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials(token),
		});
		expect(result.error?.message).toMatch(/daily quota/);
		expect(result.error?.description).toMatch(/Nothing was retried/);
		expect(sim.log).toHaveLength(1);
		expect(sim.log[0].msg).toBe('TOKEN LIMIT EXCEEDED');
	});

	test('TOKEN LIMIT EXCEEDED with 10 items: no retry storm (at most the 2 in flight), the rest not sent', async () => {
		const token = freshToken(sim, 50, 50);
		const result = await runNode({
			parameters: echo(),
			items: refItems(10),
			credentials: credentials(token),
		});
		expect(result.error?.message).toMatch(/daily quota/);
		expect(sim.log.length).toBeLessThanOrEqual(2);
		expect(result.error?.description).toMatch(/Items not sent: (\d+, )+\d+/);
	});

	test('PLEASE VALIDATE TOKEN: clear credential error, one request', async () => {
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials('not-a-known-token'),
		});
		expect(result.error?.message).toMatch(
			/wolkvox did not accept the token \(PLEASE VALIDATE TOKEN\)/,
		);
		expect(result.error?.description).toMatch(/Check the Token of the Wolkvox API credential/);
		expect(sim.log).toHaveLength(1);
	});

	test('401 (no token): clear credential error, one request', async () => {
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials(''),
		});
		expect(sim.log.map((r) => [r.status, r.msg])).toEqual([
			[401, 'PLEASE ENTER THE WOLKVOX-TOKEN'],
		]);
		expect(result.error?.message).toMatch(
			/wolkvox did not accept the token \(PLEASE ENTER THE WOLKVOX-TOKEN\)/,
		);
		expect(result.error?.description).toMatch(/Check the Token/);
	});

	test('400 SOME PARAMETERS ARE REQUIRED: wolkvox message plus what was sent, no retry', async () => {
		const result = await runNode({
			parameters: apiRequest({
				family: 'reports_manager',
				api: 'agent_1',
				query: { agent_id: '1001' },
			}),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe(
			'wolkvox rejected the request: SOME PARAMETERS ARE REQUIRED',
		);
		expect(result.error?.description).toContain(
			'Sent: GET /api/v2/reports_manager.php?api=agent_1&agent_id=1001',
		);
		expect(sim.log).toHaveLength(1);
	});

	test('400 unknown api on POST: message and the body that was sent', async () => {
		const result = await runNode({
			parameters: apiRequest({
				family: 'campaign',
				api: 'no_such_api',
				method: 'POST',
				body: { campaign_id: '9001' },
			}),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe(
			'wolkvox rejected the request: THE API YOU WANT TO CONSULT DOES NOT EXIST',
		);
		expect(result.error?.description).toContain(
			'Sent: POST /api/v2/campaign.php?api=no_such_api with body {"campaign_id":"9001"}',
		);
		expect(sim.log).toHaveLength(1);
	});

	test('HTTP 200 whose envelope carries an error code (add_ip 406) is an error', async () => {
		sim.handlers.set('configuration.add_ip', () => envelope(406, 'INVALID IP', undefined, 200));
		const result = await runNode({
			parameters: apiRequest({
				family: 'configuration',
				api: 'add_ip',
				method: 'POST',
				body: { ip: '999.1.1.1' },
			}),
			credentials: credentials(),
		});
		expect(result.error?.message).toMatch(/wolkvox refused the request: INVALID IP/);
		expect(sim.log).toHaveLength(1);
	});
});

describe('waits and retries', () => {
	test('maintenance 403 with Retry-After: waits that long, retries, succeeds once', async () => {
		const token = freshToken(sim);
		sim.addFault({
			api: 'echo',
			status: 403,
			body: MAINTENANCE_BODY,
			headers: { 'Retry-After': '1' },
		});
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials(token),
		});
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0])).toEqual([{ ref: 'r0', method: 'GET' }]);
		expect(sim.log.map((r) => r.status)).toEqual([403, 200]);
		expect(sim.log[1].at - sim.log[0].at).toBeGreaterThanOrEqual(950);
		// The probe was planned for Retry-After's 1 s, not the usual 2.5-3 s probe interval.
		expect(result.logs.filter((l) => /next probe in/.test(l))).toEqual([
			expect.stringMatching(/next probe in 1000 ms/),
		]);
	});

	test('EXCEEDS SIMULTANEOUS 403: short wait, retried, succeeds', async () => {
		sim.addFault({
			api: 'echo',
			status: 403,
			times: 2,
			body: {
				code: '403',
				error: 'Forbidden',
				msg: 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)',
			},
		});
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0])).toEqual([{ ref: 'r0', method: 'GET' }]);
		expect(sim.log.map((r) => r.status)).toEqual([403, 403, 200]);
		// Short concurrency waits (0-250 ms, then 0-500 ms), not a maintenance window's probes.
		expect(result.logs.filter((l) => /maintenance/.test(l))).toEqual([]);
	});

	test.each([
		['500', { status: 500 }],
		['502 HTML', { status: 502, body: '<html>Bad Gateway</html>' }],
		['connection reset', { kind: 'reset' as const }],
		['non-JSON 200 body', { kind: 'nonjson' as const }],
	])('GET %s: retried and succeeds', async (_name, fault) => {
		sim.addFault({ api: 'echo', ...fault });
		jest.spyOn(Math, 'random').mockReturnValue(0.1); // a short backoff (100 ms) keeps the suite fast
		const result = await runNode({
			parameters: echo(),
			items: refItems(1),
			credentials: credentials(),
		}).finally(() => jest.restoreAllMocks());
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0])).toEqual([{ ref: 'r0', method: 'GET' }]);
		expect(sim.log).toHaveLength(2);
		expect(sim.log[1].status).toBe(200);
	});

	test('GET 5xx that never ends: gives up after the transient retries with the last answer', async () => {
		sim.addFault({ api: 'echo', status: 503, times: 100 });
		jest.spyOn(Math, 'random').mockReturnValue(0); // no jitter: immediate retries
		try {
			const result = await runNode({
				parameters: echo(),
				items: refItems(1),
				credentials: credentials(),
			});
			expect(result.error?.message).toMatch(/wolkvox did not answer properly/);
			expect(result.error?.description).toMatch(/Tried 5 time\(s\)/);
			expect(sim.log).toHaveLength(5);
		} finally {
			jest.restoreAllMocks();
		}
	});

	test.each([
		['500', { status: 500 }],
		['connection reset', { kind: 'reset' as const }],
		['non-JSON 200 body', { kind: 'nonjson' as const }],
	])(
		'POST %s (applied by the server): one request only, "may or may not have been applied"',
		async (_name, fault) => {
			let applied = 0;
			sim.handlers.set('campaign.add_thing', () => {
				applied++;
				return envelope(201, 'Record created', { id: String(applied) });
			});
			sim.addFault({ api: 'add_thing', apply: true, ...fault });
			const result = await runNode({
				parameters: apiRequest({
					family: 'campaign',
					api: 'add_thing',
					method: 'POST',
					body: { name: 'Ana' },
				}),
				credentials: credentials(),
			});
			expect(sim.log).toHaveLength(1);
			expect(applied).toBe(1);
			expect(result.error?.message).toMatch(/wolkvox did not answer properly/);
			expect(result.error?.description).toMatch(/may or may not have been applied/);
			expect(result.error?.description).toContain(
				'Sent: POST /api/v2/campaign.php?api=add_thing with body {"name":"Ana"}',
			);
		},
	);

	test('GET hang with a 1 s timeout: times out, retried, succeeds', async () => {
		sim.addFault({ api: 'echo', kind: 'hang' });
		const result = await runNode({
			parameters: echo({ timeoutSeconds: 1 }),
			items: refItems(1),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(jsons(result.outputs[0])).toEqual([{ ref: 'r0', method: 'GET' }]);
		expect(sim.log.map((r) => r.status)).toEqual([-2, 200]);
		// The hang was cut after the 1 s timeout (without it the test would outlast Jest's timeout).
		expect(result.durationMs).toBeGreaterThanOrEqual(950);
	});

	test('POST hang with a 1 s timeout: one request, error says it may or may not have been applied', async () => {
		sim.handlers.set('campaign.add_thing', () => envelope(201, 'Record created', { id: '1' }));
		sim.addFault({ api: 'add_thing', kind: 'hang' });
		const result = await runNode({
			parameters: apiRequest({
				family: 'campaign',
				api: 'add_thing',
				method: 'POST',
				body: { name: 'Ana' },
				options: { timeoutSeconds: 1 },
			}),
			credentials: credentials(),
		});
		expect(sim.log).toHaveLength(1);
		expect(result.error?.message).toMatch(/wolkvox did not answer properly/);
		expect(result.error?.description).toMatch(/may or may not have been applied/);
	});
});

describe('one truthful error per outcome (issue 12)', () => {
	test('HTTP 414 without words: "too long", how to shorten it, no allow-list hint; a long value is echoed clipped', async () => {
		sim.addFault({ api: 'echo', status: 414, body: '' });
		const long = 'z'.repeat(5000);
		const result = await runNode({
			parameters: apiRequest({ api: 'echo', query: { ref: long } }),
			credentials: credentials(),
			onError: 'continueRegularOutput',
		});
		const [item] = result.outputs[0];
		expect(item.json.error).toBe('wolkvox refused the request as too long (HTTP 414 URI Too Long)');
		expect(String(item.json.message)).toMatch(
			/^The address with its query parameters is too long: send shorter values/,
		);
		expect(String(item.json.message)).toContain(`&ref=${'z'.repeat(200)}… (4,800 more characters)`);
		expect(String(item.json.message).length).toBeLessThan(700);
		expect(JSON.stringify(item.json)).not.toMatch(/allow-list/);
		expect(sim.log).toHaveLength(1); // not retried
	});

	test('a 502 page on a write: the status is named and the error says it may or may not have been applied', async () => {
		sim.handlers.set('campaign.add_thing', () => envelope(201, 'Record created', { id: '1' }));
		sim.addFault({
			api: 'add_thing',
			status: 502,
			body: '<html><h1>502 Bad Gateway</h1></html>',
			apply: true,
		});
		const result = await runNode({
			parameters: apiRequest({
				family: 'campaign',
				api: 'add_thing',
				method: 'POST',
				body: { name: 'Ana' },
			}),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('wolkvox did not answer properly: HTTP 502 Bad Gateway');
		expect(result.error?.description).toMatch(
			/^The request may or may not have been applied by wolkvox/,
		);
		expect(sim.log).toHaveLength(1);
	});
});

describe('API Request: a GET with a JSON body', () => {
	test('its keys go to the query as text (objects as JSON)', async () => {
		const result = await runNode({
			parameters: apiRequest({ api: 'echo', body: { ref: 'r7', n: 5, nested: { a: 1 } } }),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log[0].query).toEqual({ ref: 'r7', n: '5', nested: '{"a":1}' });
	});

	test('an "api" key cannot replace API Name: the error names the field, nothing is sent', async () => {
		const result = await runNode({
			parameters: apiRequest({ api: 'echo', body: { api: 'delete_everything' } }),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('Set the API in "API Name", not in "JSON Body"');
		expect(sim.log).toEqual([]);
	});
});
