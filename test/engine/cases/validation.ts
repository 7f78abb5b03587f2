/**
 * Validation before sending, through the real engine: per parameter kind a missing required value,
 * a malformed one and an out-of-range one make the node fail with a message that names the field
 * (display name and wire name) and says what is expected, and the simulator receives NOTHING.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import {
	ENDPOINTS as ALL_ENDPOINTS,
	type EndpointDef,
	type ParamDef,
	type ParamKind,
	type ParamLocation,
} from '../../../core/catalog';
import { fieldName, paramProperty } from '../../../nodes/Wolkvox/descriptions/fields';
import { build } from '../../harness/catalogParams';
import { runNode } from '../../harness/engine';
import { useSimulator } from '../../harness/simulator';

const { sim, credentials } = useSimulator({ latencyMs: 0 });

// The contact-center API v2 and ListenVox (the CRM's checks are in crm.test.ts).
const ENDPOINTS = ALL_ENDPOINTS.filter((e) => e.service !== 'crm');

const entry = (file: string, api: string | null) => {
	const found = ENDPOINTS.find((e) => e.file === file && e.api === api);
	if (!found) throw new Error(`no catalog entry ${file}.${api}`);
	return found;
};
const param = (endpoint: EndpointDef, name: string) =>
	[...endpoint.params, ...(endpoint.records?.fields ?? [])].find((p) => p.name === name)!;
const isEmptyDefault = (value: unknown) =>
	value === '' ||
	value === undefined ||
	(typeof value === 'object' && value !== null && (value as IDataObject).value === '');
const label = (p: ParamDef) => `"${p.displayName}" (${p.name})`;

/** Valid parameters for the entry (every parameter filled), as in the table-driven test. */
function valid(endpoint: EndpointDef, recordsFrom?: 'items' | 'fields') {
	const { parameters, items } = build({ key: '', endpoint, recordsFrom });
	return { parameters, items };
}

/** Sets (or, with `undefined`, removes) one parameter where the editor keeps it. */
function set(
	parameters: IDataObject,
	endpoint: EndpointDef,
	name: string,
	value: unknown,
): IDataObject {
	const p = param(endpoint, name);
	const isRecordField = endpoint.records?.fields.includes(p) ?? false;
	const top = p.required || p.alwaysShow;
	const collection = isRecordField ? 'recordFields' : 'additionalFields';
	const target = top
		? parameters
		: ((parameters[collection] as IDataObject) ?? (parameters[collection] = {}));
	if (value === undefined) delete target[fieldName(p)];
	else target[fieldName(p)] = value as IDataObject[string];
	return parameters;
}

async function expectRejected(
	endpoint: EndpointDef,
	change: (parameters: IDataObject) => void,
	expected: { field?: ParamDef; says: RegExp },
	options: { items?: INodeExecutionData[]; recordsFrom?: 'items' | 'fields' } = {},
) {
	const { parameters, items } = valid(endpoint, options.recordsFrom);
	change(parameters);
	const result = await runNode({
		parameters,
		items: options.items ?? items,
		credentials: credentials(),
	});
	expect(result.error).toBeDefined();
	const message = result.error!.message;
	if (expected.field) expect(message).toContain(label(expected.field));
	expect(message).toMatch(expected.says);
	expect(sim.log).toEqual([]); // NOTHING was sent
	return result;
}

// ------------------------------------------------------------------------------------------------
// Missing: the first entry with a required parameter of each kind and location, with it left out.

const requiredCases: Array<[string, EndpointDef, ParamDef]> = [];
{
	const seen = new Set<string>();
	for (const endpoint of ENDPOINTS) {
		for (const p of endpoint.params) {
			const key = `${p.kind} in ${p.in}${p.lookup ? ' (lookup)' : ''}`;
			if (!p.required || seen.has(key)) continue;
			seen.add(key);
			requiredCases.push([`${key}: ${endpoint.file}.${endpoint.api} ${p.name}`, endpoint, p]);
		}
	}
}

describe('missing required parameter', () => {
	test('there is a case for every kind the catalog has as required', () => {
		const kinds = new Set(requiredCases.map(([, , p]) => p.kind));
		for (const kind of ['string', 'integer', 'options', 'date', 'list', 'binary'] as ParamKind[])
			expect(kinds).toContain(kind);
		const places = new Set(requiredCases.map(([, , p]) => p.in));
		for (const where of ['query', 'body', 'form'] as ParamLocation[])
			expect(places).toContain(where);
	});

	test.each(requiredCases)('%s: left out', async (_name, endpoint, p) => {
		const { parameters, items } = valid(endpoint);
		set(parameters, endpoint, p.name, undefined);
		const fallback = paramProperty(p).default;
		const outcome = await runNode({ parameters, items, credentials: credentials() }).then(
			(result) => ({ result }),
			(thrown: Error) => ({ thrown }),
		);
		if (isEmptyDefault(fallback)) {
			// n8n itself refuses to run a node whose required field is empty (the editor marks it too);
			// where n8n does not check the type (json), the node refuses
			if ('thrown' in outcome)
				expect(outcome.thrown.message).toContain(`Parameter "${p.displayName}" is required`);
			else expect(outcome.result.error?.message).toContain(`${label(p)} is required`);
			expect(sim.log).toEqual([]);
		} else {
			// fields with a default (option lists, the binary property "data") are never missing: the default is sent
			expect('result' in outcome && outcome.result.error).toBeUndefined();
			expect(sim.log).toHaveLength(1);
			const entry = sim.log[0];
			const sent =
				p.kind === 'binary'
					? entry.form?.find((f) => f.name === p.name)?.fileName
					: p.in === 'form'
						? entry.form?.find((f) => f.name === p.name)?.value
						: (entry.query[p.name] ?? (entry.body as IDataObject)?.[p.name]);
			expect(sent).toBe(p.kind === 'binary' ? 'call.wav' : String(fallback));
		}
	});

	test.each(requiredCases)(
		'%s: empty (an expression that resolves to nothing)',
		async (_name, endpoint, p) => {
			const empty =
				p.lookup && p.kind === 'integer'
					? { __rl: true, mode: 'id', value: '={{ $json.nothing }}' }
					: '={{ $json.nothing }}';
			await expectRejected(endpoint, (parameters) => set(parameters, endpoint, p.name, empty), {
				field: p,
				says: /is required/,
			});
		},
	);

	const requiredOf = (kind: ParamKind) => {
		const endpoint = ENDPOINTS.find((e) => e.params.some((p) => p.kind === kind && p.required))!;
		return { endpoint, p: endpoint.params.find((p) => p.kind === kind && p.required)! };
	};

	test.each([
		['list', 'only commas', ' , ,'],
		['list', 'an empty array (expression)', '={{ [] }}'],
		['json', 'an empty array', '[]'],
		['json', 'an empty object', '{}'],
	] as Array<[ParamKind, string, string]>)('required %s given %s', async (kind, _what, value) => {
		const { endpoint, p } = requiredOf(kind);
		await expectRejected(endpoint, (parameters) => set(parameters, endpoint, p.name, value), {
			field: p,
			says: /is required/,
		});
	});

	test('a resource locator whose expression gives no ID', async () => {
		const endpoint = entry('reports_manager', 'agent_2');
		const p = param(endpoint, 'agent_id');
		await expectRejected(
			endpoint,
			(parameters) =>
				set(parameters, endpoint, 'agent_id', {
					__rl: true,
					mode: 'list',
					value: '={{ $json.agentId }}',
				}),
			{
				field: p,
				says: /is required/,
			},
		);
	});

	test('binary: the input item has no such binary property', async () => {
		const endpoint = entry('configuration', 'upload_audio');
		const p = param(endpoint, 'file');
		await expectRejected(
			endpoint,
			(parameters) => set(parameters, endpoint, 'file', 'attachment'),
			{
				field: p,
				says: /has no binary property "attachment"/,
			},
		);
	});

	test('binary: an input item without any binary data', async () => {
		const endpoint = entry('listenvox', null);
		const p = param(endpoint, 'data');
		await expectRejected(
			endpoint,
			() => {},
			{ field: p, says: /has no binary property "data"/ },
			{ items: [{ json: { ref: 'no file' } }] },
		);
	});
});

// ------------------------------------------------------------------------------------------------
// Malformed values, per kind.

describe('malformed value', () => {
	const agentEvents = entry('reports_manager', 'agent_2');
	const serviceLevel = entry('reports_manager', 'skill_1');
	const cdr = entry('reports_manager', 'cdr_1');

	test.each([
		['letters', 'abc'],
		['a decimal', '12.5'],
		['a negative number', '-12'],
		['a number with a space inside', '12 34'],
	])('integer (ID): %s', async (_what, value) => {
		await expectRejected(
			agentEvents,
			(parameters) => set(parameters, agentEvents, 'agent_id', { __rl: true, mode: 'id', value }),
			{
				field: param(agentEvents, 'agent_id'),
				says: new RegExp(`must be a whole number \\(an ID\\); got "${value.replace('.', '\\.')}"`),
			},
		);
	});

	test('integer with allowed words: the error lists the words', async () => {
		const p = serviceLevel.params.find((x) => x.allowWords?.length)!;
		await expectRejected(
			serviceLevel,
			(parameters) =>
				set(parameters, serviceLevel, p.name, { __rl: true, mode: 'id', value: 'every' }),
			{
				field: p,
				says: new RegExp(`must be a whole number \\(an ID\\) or "${p.allowWords![0]}"`),
			},
		);
	});

	test('integer in a JSON body', async () => {
		const endpoint = entry('whatsapp', 'codify_chat');
		const p = param(endpoint, 'agent');
		await expectRejected(
			endpoint,
			(parameters) =>
				set(
					parameters,
					endpoint,
					'agent',
					p.lookup ? { __rl: true, mode: 'id', value: 'Maria' } : 'Maria',
				),
			{
				field: p,
				says: /must be a whole number \(an ID\); got "Maria"/,
			},
		);
	});

	test.each([
		['not a date', 'yesterday'],
		['a day that does not exist', '2024-02-30T08:00:00'],
		['an hour that does not exist', '2024-05-01T25:00:00'],
		['a 14-digit value that is no date', '20241399000000'],
		['a bad UTC offset', '2024-05-01T08:00:00+25:00'],
	])('date: %s', async (_what, value) => {
		await expectRejected(cdr, (parameters) => set(parameters, cdr, 'date_ini', value), {
			field: param(cdr, 'date_ini'),
			says: /must be a date-time such as 2024-05-01T08:00:00 or 20240501080000; got/,
		});
	});

	test('date in a JSON body', async () => {
		const endpoint = entry('campaign', 'recall');
		const p = param(endpoint, 'recall_date');
		await expectRejected(
			endpoint,
			(parameters) => set(parameters, endpoint, 'recall_date', 'next tuesday'),
			{ field: p, says: /must be a date-time such as/ },
		);
	});

	test('date: a timezone that does not exist', async () => {
		await expectRejected(
			cdr,
			(parameters) => (parameters.options = { timezone: 'America/Atlantis' }),
			{
				says: /Timezone "America\/Atlantis" is not a valid IANA timezone such as America\/Bogota/,
			},
		);
	});

	test('options: a value not in the list (set by an expression)', async () => {
		const endpoint = entry('reports_manager', 'act_1');
		const p = param(endpoint, 'cod_act');
		const allowed = p.options!.map((o) => o.value).join(', ');
		await expectRejected(
			endpoint,
			(parameters) => set(parameters, endpoint, 'cod_act', '={{ "group9" }}'),
			{
				field: p,
				says: new RegExp(
					`must be one of ${allowed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; got "group9"`,
				),
			},
		);
	});

	test('options in a multipart form', async () => {
		const endpoint = entry('listenvox', null);
		const p = param(endpoint, 'type_call');
		await expectRejected(
			endpoint,
			(parameters) => set(parameters, endpoint, 'type_call', 'sideways'),
			{ field: p, says: /must be one of inbound, outbound_ma; got "sideways"/ },
		);
	});

	test.each([
		['an object that does not close', '{"field": "city"'],
		['single quotes', "[{'field': 'city'}]"],
		['plain text', 'city = Bogota'],
	])('json: %s', async (_what, value) => {
		const endpoint = entry('campaign', 'campaign_filter');
		const p = param(endpoint, 'filters');
		await expectRejected(endpoint, (parameters) => set(parameters, endpoint, 'filters', value), {
			field: p,
			says: /must be valid JSON: /,
		});
	});

	test.each([
		[
			'configuration',
			'add_ip',
			'ip',
			'300.1.2.3',
			/must be an IPv4 address such as 203\.0\.113\.10; got "300\.1\.2\.3"/,
		],
		['campaign', 'create_campaign', 'start_time', '25:00', /must be .*; got "25:00"/],
		['campaign', 'edit_campaign', 'end_time', '083000', /must be .*; got "083000"/],
		['configuration', 'create_agent', 'agent_pass', 'password', /must be .*; got "password"/],
		['agentbox', 'dtmf', 'tones', '12a', /must be .*; got "12a"/],
		['whatsapp', 'create_template', 'name', 'Order Update', /must be .*; got "Order Update"/],
	])('pattern: %s.%s %s = %p', async (file, api, name, value, says) => {
		const endpoint = entry(file, api);
		const p = param(endpoint, name);
		expect(p.pattern).toBeDefined();
		const result = await expectRejected(
			endpoint,
			(parameters) => set(parameters, endpoint, name, value),
			{ field: p, says },
		);
		expect(result.error!.message).toContain(p.patternHint!);
	});
});

// ------------------------------------------------------------------------------------------------
// Out of range: date ranges.

describe('date range', () => {
	const cdr = entry('reports_manager', 'cdr_1');
	const workforce = entry('reports_manager', 'skill_5');
	const start = () => param(cdr, 'date_ini');
	const end = () => param(cdr, 'date_end');

	test('End Date before Start Date: names both fields', async () => {
		const result = await expectRejected(
			cdr,
			(parameters) => {
				parameters.date_ini = '2024-05-02T08:00:00';
				parameters.date_end = '2024-05-01T08:00:00';
			},
			{ field: end(), says: /20240501080000 is before "Start Date" \(date_ini\) 20240502080000/ },
		);
		expect(result.error!.message).toContain(label(start()));
	});

	test('End Date before Start Date only after conversion into the timezone', async () => {
		// 13:00Z is 08:00 in Bogota; the end (07:30 wall time) is before it
		await expectRejected(
			cdr,
			(parameters) => {
				parameters.date_ini = '2024-05-01T13:00:00Z';
				parameters.date_end = '2024-05-01T07:30:00';
				parameters.options = { timezone: 'America/Bogota' };
			},
			{ field: end(), says: /is before/ },
		);
	});

	test.each([
		['with Split Long Ranges off', { splitRange: false }],
		['with Output "Whole Response" (which never splits)', { output: 'whole' }],
	])('over 31 days %s', async (_what, options) => {
		const result = await expectRejected(
			cdr,
			(parameters) => {
				parameters.date_ini = '2024-01-01T00:00:00';
				parameters.date_end = '2024-02-01T00:00:00'; // 31 days and 1 second
				parameters.options = { timezone: 'UTC', ...options };
			},
			{
				field: start(),
				says: /longer than the 31 day\(s\) wolkvox accepts per call.*Split Long Ranges/,
			},
		);
		expect(result.error!.message).toContain(label(end()));
	});

	test('exactly 31 days with splitting off is one call', async () => {
		const { parameters } = valid(cdr);
		Object.assign(parameters, {
			date_ini: '2024-01-01T00:00:00',
			date_end: '2024-01-31T23:59:59',
			options: { timezone: 'UTC', splitRange: false },
		});
		const result = await runNode({ parameters, credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20240101000000', '20240131235959'],
		]);
	});

	test('skill_5 (Workforce by Hour): over 1 day with splitting off', async () => {
		const p = param(workforce, 'date_ini');
		const result = await expectRejected(
			workforce,
			(parameters) => {
				parameters.date_ini = '2024-05-01T00:00:00';
				parameters.date_end = '2024-05-02T00:00:00'; // 1 day and 1 second
				parameters.options = { timezone: 'UTC', splitRange: false };
			},
			{ field: p, says: /longer than the 1 day\(s\) wolkvox accepts per call/ },
		);
		expect(result.error!.message).toContain(label(param(workforce, 'date_end')));
	});

	test('skill_5 over 1 day with splitting on: split into 1-day calls, none refused', async () => {
		const { parameters } = valid(workforce);
		Object.assign(parameters, {
			date_ini: '2024-05-01T00:00:00',
			date_end: '2024-05-03T11:59:59',
			options: { timezone: 'UTC' },
		});
		const result = await runNode({ parameters, credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => [e.query.date_ini, e.query.date_end, e.status])).toEqual([
			['20240501000000', '20240501235959', 200],
			['20240502000000', '20240502235959', 200],
			['20240503000000', '20240503115959', 200],
		]);
	});
});

// ------------------------------------------------------------------------------------------------
// Records (array bodies): every item is checked before anything is sent.

describe('records', () => {
	const addDnc = entry('campaign', 'add_dnc');
	const confDnc = entry('configuration', 'add_dnc');
	const addRecord = entry('campaign', 'add_record');

	test('input items: one item without a required record field -> nothing sent, the error names the field and the item', async () => {
		const result = await expectRejected(
			addDnc,
			() => {},
			{
				field: param(addDnc, 'telephone'),
				says: /Record of item 1 has no "[^"]+" \(telephone\), which wolkvox requires/,
			},
			{
				recordsFrom: 'items',
				items: [
					{ json: { telephone: '3001' } },
					{ json: { phone: '3002' } },
					{ json: { telephone: '3003' } },
				],
			},
		);
		expect(result.error!.description).toMatch(/Nothing was sent\. Items with invalid data: 1\./);
	});

	test('input items: several invalid items are all listed', async () => {
		const result = await expectRejected(
			confDnc,
			() => {},
			{ says: /item 0/ },
			{
				recordsFrom: 'items',
				items: [
					{ json: {} },
					{ json: { telephone: '3002' } },
					{ json: { telephone: '' } },
					{ json: { telephone: null } },
				],
			},
		);
		expect(result.error!.description).toMatch(/Items with invalid data: 0, 2-3\./);
	});

	test('fields below: a required record field left empty for one item', async () => {
		const telephone = param(addDnc, 'telephone');
		const result = await expectRejected(
			addDnc,
			(parameters) => (parameters.telephone = '={{ $json.tel }}'),
			{ field: telephone, says: /is required for every record/ },
			{ recordsFrom: 'fields', items: [{ json: { tel: '3001' } }, { json: { tel: '' } }] },
		);
		expect(result.error!.description).toMatch(/Items with invalid data: 1\./);
	});

	test('fields below: a malformed record field', async () => {
		const p = addRecord.records!.fields.find((f) => f.kind === 'date')!;
		await expectRejected(
			addRecord,
			(parameters) => set(parameters, addRecord, p.name, 'soon'),
			{ field: p, says: /must be a date-time such as/ },
			{ recordsFrom: 'fields' },
		);
	});

	test('a malformed target parameter (campaign ID) stops every record', async () => {
		const p = param(addRecord, 'campaign_id');
		await expectRejected(
			addRecord,
			(parameters) =>
				set(
					parameters,
					addRecord,
					'campaign_id',
					p.lookup ? { __rl: true, mode: 'id', value: 'abc' } : 'abc',
				),
			{
				field: p,
				says: /must be a whole number/,
			},
			{ recordsFrom: 'items', items: [{ json: { customer_name: 'Ana', tel1: '3001' } }] },
		);
	});

	test('with "On Error: Continue", invalid records become error items and only the valid ones are sent', async () => {
		const { parameters } = valid(addDnc, 'items');
		const result = await runNode({
			parameters,
			items: [{ telephone: '3001' }, { phone: '3002' }, { telephone: '3003' }],
			credentials: credentials(),
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(sim.log).toHaveLength(1);
		expect(sim.log[0].body).toEqual([{ telephone: '3001' }, { telephone: '3003' }]);
		const errors = result.outputs[0].filter((i) => i.json.error);
		expect(errors).toHaveLength(1);
		expect(errors[0].json.error).toMatch(/Record of item 1 has no "[^"]+" \(telephone\)/);
	});
});

// ------------------------------------------------------------------------------------------------
// Several items of a query operation: one invalid item.

describe('several items, one invalid', () => {
	const agentEvents = entry('reports_manager', 'agent_2');

	test('without "Continue On Fail" the node fails naming the field, and the invalid item is not sent', async () => {
		const { parameters } = valid(agentEvents);
		set(parameters, agentEvents, 'agent_id', {
			__rl: true,
			mode: 'id',
			value: '={{ $json.agent }}',
		});
		const result = await runNode({
			parameters,
			items: [{ agent: '1001' }, { agent: 'Maria' }],
			credentials: credentials(),
		});
		expect(result.error?.message).toMatch(
			/"Agent" \(agent_id\) must be a whole number \(an ID\); got "Maria"/,
		);
		expect(sim.log.every((e) => e.query.agent_id === '1001')).toBe(true);
	});

	test('with "Continue On Fail" the valid item is sent and the invalid one is an error item', async () => {
		const { parameters } = valid(agentEvents);
		set(parameters, agentEvents, 'agent_id', {
			__rl: true,
			mode: 'id',
			value: '={{ $json.agent }}',
		});
		const result = await runNode({
			parameters,
			items: [{ agent: '1001' }, { agent: 'Maria' }],
			credentials: credentials(),
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((e) => e.query.agent_id)).toEqual(['1001']);
		const errors = result.outputs[0].filter((i) => i.json.error);
		expect(errors).toHaveLength(1);
		expect(errors[0].json.error).toMatch(/"Agent" \(agent_id\) must be a whole number/);
		expect(errors[0].pairedItem).toEqual({ item: 1 });
	});
});
