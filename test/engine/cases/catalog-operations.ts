/**
 * Every catalog operation, run through n8n's real engine against the simulator: the node is given
 * simple valid values for every parameter of the entry (required ones top-level, optional ones in
 * Additional Fields), and the request the simulator received must be exactly what the catalog says:
 * method, path, `api`, query parameters (dates as YYYYmmddHHiiss), JSON body or form fields.
 * The expected request is computed here from the catalog entry, not by the node's own code.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	ENDPOINTS as ALL_ENDPOINTS,
	endpointKey,
	RESOURCES as ALL_RESOURCES,
} from '../../../core/catalog';
import { fieldName } from '../../../nodes/Wolkvox/descriptions/fields';
import { build, receivedForm, sample, type Case } from '../../harness/catalogParams';
import { runNode } from '../../harness/engine';
import { useSimulator } from '../../harness/simulator';

const { sim, credentials } = useSimulator({ latencyMs: 0 });

// The contact-center API v2 and ListenVox; the CRM (service 'crm') has its own table in crm.test.ts.
const ENDPOINTS = ALL_ENDPOINTS.filter((e) => e.service !== 'crm');
const RESOURCES = ALL_RESOURCES.filter((r) => ENDPOINTS.some((e) => e.resource === r.value));

const CASES: Case[] = ENDPOINTS.flatMap((endpoint): Case[] => {
	const key = `${endpointKey(endpoint.resource, endpoint.group, endpoint.operation)} (${endpoint.method} ${endpoint.file}.${endpoint.api ?? ''})`;
	if (!endpoint.records) return [{ key, endpoint }];
	return [
		{ key: `${key} records from items`, endpoint, recordsFrom: 'items' },
		{ key: `${key} records from fields`, endpoint, recordsFrom: 'fields' },
	];
});

test('the table covers every catalog entry', () => {
	expect(new Set(CASES.map((c) => c.endpoint)).size).toBe(ENDPOINTS.length);
	expect(ENDPOINTS.length).toBe(243); // 242 v2 entries (the 243 requests; add_record's two variants are one) + ListenVox
});

// Version 2 (new nodes: a resource per report group, unique operation values, shared fields) and
// version 1 (saved workflows): the same request from the parameters of each.
describe.each([2, 1] as const)('node version %i', (version) => {
	describe.each(RESOURCES.map((r) => r.value))('%s', (resource) => {
		const cases = CASES.filter((c) => c.endpoint.resource === resource);
		test.each(cases.map((c) => [c.key, c] as const))('%s', async (_key, c) => {
			const { endpoint } = c;
			const { parameters, items, expected } = build(c, version);
			const result = await runNode({
				parameters,
				items,
				credentials: credentials(),
				typeVersion: version,
			});

			const sent = sim.log.map((e) => `${e.status} ${e.method} ${e.path}?api=${e.api} ${e.msg}`);
			expect({ error: result.error?.message, description: result.error?.description }).toEqual({
				error: undefined,
				description: undefined,
			});
			expect(sent).toHaveLength(1);
			const [received] = sim.log;
			expect(received.method).toBe(endpoint.method);
			expect(received.path).toBe(endpoint.path ?? `/api/v2/${endpoint.file}.php`);
			expect(received.api).toBe(endpoint.api ?? '');
			expect(received.query).toEqual(expected.query);
			expect(received.body).toEqual(expected.body);
			expect(receivedForm(received)).toEqual(expected.form);
			// the simulator accepted it: its method and required-parameter checks passed (404 = no data)
			const accepted = received.status === 404 || (received.status >= 200 && received.status < 300);
			expect({ accepted, status: received.status, msg: received.msg }).toEqual({
				accepted: true,
				status: received.status,
				msg: received.msg,
			});

			// the node produced output on its Success output, paired with the input item
			expect(result.outputs).toHaveLength(2);
			expect(result.outputs[1]).toEqual([]);
			if (received.status !== 404) {
				expect(result.outputs[0].length).toBeGreaterThan(0);
				for (const item of result.outputs[0]) expect(item.pairedItem).toBeDefined();
			}
		});
	});
});

describe('dates and timezones', () => {
	const cdr = ENDPOINTS.find((e) => e.api === 'cdr_1')!;
	const run = (parameters: IDataObject, timezone?: string) =>
		runNode({
			parameters: {
				resource: 'report',
				reportGroup: cdr.group,
				operation: cdr.operation,
				...parameters,
			},
			credentials: credentials(),
			timezone,
		});

	test("an instant (with offset) is converted into the operation's timezone", async () => {
		const result = await run({
			date_ini: '2024-05-01T13:00:00Z',
			date_end: '2024-05-01T18:30:00+00:00',
			options: { timezone: 'America/Bogota' },
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20240501080000', '20240501133000'],
		]);
	});

	test("without the option, the workflow's timezone is used", async () => {
		const result = await run(
			{ date_ini: '2024-05-01T13:00:00Z', date_end: '2024-05-01T14:00:00Z' },
			'Asia/Tokyo',
		);
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20240501220000', '20240501230000'],
		]);
	});

	test('a wall time without offset is sent as it is, in any timezone', async () => {
		const result = await run({
			date_ini: '2024-05-01T08:00:00',
			date_end: '20240501090000',
			options: { timezone: 'America/Bogota' },
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20240501080000', '20240501090000'],
		]);
	});

	test('an expression returning a Luxon DateTime is converted', async () => {
		const result = await run({
			date_ini: "={{ DateTime.fromISO('2024-05-01T13:00:00Z') }}",
			date_end: "={{ DateTime.fromISO('2024-05-01T13:00:00Z').plus({ hours: 2 }) }}",
			options: { timezone: 'America/Bogota' },
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20240501080000', '20240501100000'],
		]);
	});
});

describe('several input items', () => {
	test('records from several items go out in one array body', async () => {
		const addDnc = ENDPOINTS.find((e) => e.file === 'campaign' && e.api === 'add_dnc')!;
		const result = await runNode({
			parameters: { resource: addDnc.resource, operation: addDnc.operation, recordsFrom: 'items' },
			items: [{ telephone: '3001' }, { telephone: 3002, days_block: 5 }, { telephone: '3003' }],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log).toHaveLength(1);
		expect(sim.log[0].body).toEqual([
			{ telephone: '3001' },
			{ telephone: '3002', days_block: '5' },
			{ telephone: '3003' },
		]);
	});

	test('a query operation sends one request per item, each with its own values', async () => {
		const agentEvents = ENDPOINTS.find(
			(e) => e.group === 'agents' && e.params.some((p) => p.name === 'agent_id' && p.required),
		)!;
		const parameters: IDataObject = {
			resource: 'report',
			reportGroup: 'agents',
			operation: agentEvents.operation,
			options: { timezone: 'UTC' },
		};
		for (const p of agentEvents.params.filter((p) => p.required || p.alwaysShow)) {
			parameters[fieldName(p)] =
				p.name === 'agent_id'
					? { __rl: true, mode: 'id', value: '={{ $json.agent }}' }
					: (sample(agentEvents, p).input as IDataObject[string]);
		}
		const result = await runNode({
			parameters,
			items: [{ agent: '1001' }, { agent: '1002' }],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => e.query.agent_id).sort()).toEqual(['1001', '1002']);
	});
});
