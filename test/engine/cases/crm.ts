/**
 * The wolkvox CRM through n8n's real engine against the simulator's CRM (test/simulator/crm.ts):
 * every CRM catalog entry table-driven (the request the CRM must receive is computed here from the
 * catalog entry: path, Wolkvox-Token, operation name from the credential, fixed values, nested
 * `fields`, dates as YYYY-MM-DD HH:MM[:SS], base64 attachments, form fields, page/limit), then
 * batching of many records with pairedItem, "Return All" against the simulator's ground truth,
 * Simplify, the CRM's errors, and the retired sv000X.crmvox.com hosts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS, endpointKey, type EndpointDef, type ParamDef } from '../../../core/catalog';
import { fieldName } from '../../../nodes/Wolkvox/descriptions/fields';
import { runNode } from '../../harness/engine';
import { useSimulator } from '../../harness/simulator';
import {
	COLLECTIONS_REPORT,
	crm,
	CRM_OPERATION,
	CRM_TOKEN,
	SALES_REPORT,
} from '../../simulator/crm';

const { sim, credentials } = useSimulator({ latencyMs: 0 });
const state = crm(sim); // also makes sim.reset() reset the CRM store
const crmCredentials = (token = CRM_TOKEN) => ({
	token,
	operation: CRM_OPERATION,
	baseUrl: sim.url,
});

const CRM = ENDPOINTS.filter((e) => e.service === 'crm');
const FILE = {
	data: Buffer.from('%PDF-1.4 invoice').toString('base64'),
	mimeType: 'application/pdf',
	fileName: 'invoice.pdf',
};
const ATTACHMENT = `<a href='data:application/pdf;base64,${FILE.data}' download='invoice.pdf'> invoice.pdf </a>`;

/** A value the simulator's seeded data knows, per entry and parameter: what the node is given and what the CRM must receive. */
function sample(e: EndpointDef, p: ParamDef): { input: unknown; wire: unknown } {
	const same = (v: unknown) => ({ input: v, wire: v });
	if (p.name === 'module') return same(e.resource === 'crmCollection' ? 'collections' : 'contacts');
	if (p.name === 'wolkvox-id') return same(e.resource === 'crmCase' ? 'case-0001' : 'c-0001');
	if (p.name === 'wolkvox_id' || p.name === 'wolkvox_idRecord') return same('col-0001');
	if (p.name === 'obligation') return same('OB-1');
	if (p.name === 'id_record') return same('c-0001');
	if (p.name === 'name' && e.operation === 'getReport')
		return same(e.resource === 'crmRecord' ? SALES_REPORT : COLLECTIONS_REPORT);
	if (e.paging && p.name === 'field' && p.kind === 'string')
		return same(e.resource === 'crmCollection' ? 'id_customer' : 'idcontact');
	if (e.paging && p.name === 'value')
		return same(
			e.resource === 'crmCollection' ? '1001' : e.resource === 'crmCase' ? 'Request' : '1000',
		);
	if (p.name === 'attachmentField') return same('Adjuntos');
	if (p.name === 'phone.country') return same('COLOMBIA');
	switch (p.kind) {
		case 'date': {
			const end = ['to', 'dateEnd'].includes(p.name);
			const day = end ? '03' : '01';
			const wire =
				p.dateFormat === 'sqlMinutes' ? `2024-05-${day} 08:00` : `2024-05-${day} 08:00:00`;
			return { input: `2024-05-${day}T08:00:00`, wire };
		}
		case 'boolean':
			return same(true);
		case 'options':
			return same(p.options![0].value);
		case 'binary':
			return { input: 'data', wire: p.in === 'form' ? 'file' : [ATTACHMENT] };
		case 'list':
			return {
				input: 'ana@op, ben@op',
				wire: { type: 'participant', value: ['ana@op', 'ben@op'] },
			};
		case 'json': {
			const text =
				p.name === 'fields' ? '{"namecontact": "Harper Lincoln", "Precio": 6700}' : p.placeholder!;
			return { input: text, wire: JSON.parse(text) };
		}
		default:
			if (p.crmType === 'phone')
				return {
					input: '+57 300 1234567',
					// the call activity's Phone Country (sample 'COLOMBIA') goes into the phone
					wire: {
						type: 'telephone',
						...(p.countryFrom ? { country: 'COLOMBIA' } : {}),
						code: '57',
						value: '3001234567',
					},
				};
			return same(`v-${p.name}`);
	}
}

/** Input items of the records operations (each item one record). */
const RECORD_ITEMS: Record<string, { items: IDataObject[]; list: unknown[] }> = {
	'crmRecord.createMany': {
		items: [
			{ namecontact: 'Austin', Precio: 5 },
			{ namecontact: 'Savannah', wolkvox: { maintenance: true } },
		],
		list: [{ namecontact: 'Austin', Precio: 5 }, { namecontact: 'Savannah' }],
	},
	'crmRecord.updateMany': {
		items: [
			{ wolkvox_id: 'c-0001', Tipo: 'VIP' },
			{ 'wolkvox-id': 'c-0002', Tipo: 'Regular' },
		],
		list: [
			{ 'wolkvox-id': 'c-0001', Tipo: 'VIP' },
			{ 'wolkvox-id': 'c-0002', Tipo: 'Regular' },
		],
	},
	'crmRecord.delete': {
		items: [{ wolkvox_id: 'c-0001' }, { 'wolkvox-id': 'c-0002' }],
		list: ['c-0001', 'c-0002'],
	},
	'crmCollection.createMany': {
		items: [
			{
				Identification: '9001',
				Name: 'Ana',
				Email: 'ana@example.com',
				Telephone: '3001',
				Obligations: [{ id: '01', name: 'Loan', total_balance: '1000' }],
			},
		],
		list: [
			{
				Identification: '9001',
				Name: 'Ana',
				Email: 'ana@example.com',
				Telephone: '3001',
				Obligations: [{ id: '01', name: 'Loan', total_balance: '1000' }],
			},
		],
	},
};

function build(e: EndpointDef) {
	const key = `${e.resource}.${e.operation}`;
	const parameters: IDataObject = {
		resource: e.resource,
		operation: e.operation,
		options: { timezone: 'UTC' },
	};
	const additionalFields: IDataObject = {};
	const body: IDataObject = { operation: CRM_OPERATION, ...(e.fixedBody ?? {}) };
	const form: Array<{ name: string; value?: string; fileName?: string }> = [];
	for (const p of e.params) {
		const { input, wire } = sample(e, p);
		if (p.required || p.alwaysShow) parameters[fieldName(p)] = input as IDataObject[string];
		else additionalFields[fieldName(p)] = input as IDataObject[string];
		if (p.in === 'node') continue;
		if (p.in === 'form') {
			form.push(
				p.kind === 'binary'
					? { name: p.name, fileName: FILE.fileName }
					: { name: p.name, value: typeof wire === 'string' ? wire : JSON.stringify(wire) },
			);
			continue;
		}
		const key = p.keyFrom
			? String(sample(e, e.params.find((x) => x.name === p.keyFrom)!).wire)
			: p.name;
		const target = p.inObject ? ((body[p.inObject] as IDataObject) ??= {}) : body;
		target[key] = wire as IDataObject[string];
	}
	if (Object.keys(additionalFields).length > 0) parameters.additionalFields = additionalFields;
	if (e.paging) Object.assign(parameters, { returnAll: false, limit: 5 });
	if (e.paging) Object.assign(body, { page: 1, limit: 5 });
	let items: INodeExecutionData[] = [{ json: { ref: 'item-0' }, binary: { data: { ...FILE } } }];
	if (e.records) {
		const { items: records, list } = RECORD_ITEMS[key];
		items = records.map((json) => ({ json }));
		body[e.records.wrapIn!] = list as IDataObject[];
		if (e.records.multipleFlag) body[e.records.multipleFlag] = list.length > 1;
	}
	const isForm = form.length > 0;
	const isQuery = e.operation === 'getInfo';
	return {
		parameters,
		items,
		expected: {
			body: isForm || isQuery ? undefined : body,
			form: isForm ? [{ name: 'operation', value: CRM_OPERATION }, ...form] : [],
			query: isQuery ? { operation: CRM_OPERATION } : {},
		},
	};
}

test('the CRM has the 26 requests of the reference as catalog entries', () => {
	expect(CRM).toHaveLength(26);
	for (const e of CRM)
		expect(e.path).toMatch(/^\/server\/API\/v2\/(custom|cases|collections|token)\/[A-Za-z]+\.php$/);
});

describe.each([...new Set(CRM.map((e) => e.resource))])('%s', (resource) => {
	test.each(
		CRM.filter((e) => e.resource === resource).map(
			(e) => [`${endpointKey(e.resource, e.group, e.operation)} (${e.path})`, e] as const,
		),
	)('%s', async (_key, e) => {
		const { parameters, items, expected } = build(e);
		const result = await runNode({
			parameters,
			items,
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect({ error: result.error?.message, description: result.error?.description }).toEqual({
			error: undefined,
			description: undefined,
		});
		expect(sim.log.map((r) => `${r.status} ${r.method} ${r.path} ${r.msg}`)).toHaveLength(1);
		const [received] = sim.log;
		expect(received.method).toBe('POST');
		expect(received.path).toBe(e.path);
		expect(received.token).toBe(CRM_TOKEN);
		expect(received.query).toEqual(expected.query);
		expect(received.body).toEqual(expected.body);
		expect(
			(received.form ?? []).map((f) =>
				f.fileName !== undefined
					? { name: f.name, fileName: f.fileName }
					: { name: f.name, value: f.value },
			),
		).toEqual(expected.form);
		expect({ status: received.status, msg: received.msg }).toEqual({
			status: 200,
			msg: received.msg,
		});
		expect(result.outputs[1]).toEqual([]);
		if (!e.paging) expect(result.outputs[0].length).toBeGreaterThan(0);
		for (const item of result.outputs[0]) expect(item.pairedItem).toBeDefined();
	});
});

describe('records in batches', () => {
	test('create many: 1,201 items -> 3 calls of 500, 500 and 201 records, each answer paired with its items', async () => {
		const items = Array.from({ length: 1201 }, (_v, i) => ({
			namecontact: `Bulk ${i}`,
			telephonecontact: `300${i}`,
		}));
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'createMany',
				module: 'leads',
				options: {
					fieldTypes: { types: [{ field: 'telephonecontact', type: 'phone', code: '57' }] },
				},
			},
			items,
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(
			sim.log.map((r) => (r.body as IDataObject).fields as unknown[]).map((f) => f.length),
		).toEqual([500, 500, 201]);
		expect(result.outputs[0]).toHaveLength(3);
		const paired = result.outputs[0].map((item) =>
			(item.pairedItem as Array<{ item: number }>).map((p) => p.item),
		);
		expect(paired.map((p) => [p[0], p[p.length - 1], p.length])).toEqual([
			[0, 499, 500],
			[500, 999, 500],
			[1000, 1200, 201],
		]);
		expect(result.outputs[0].map((item) => (item.json.wolkvox as IDataObject).batch)).toEqual([
			1, 2, 3,
		]);
		// every record arrived once, in order, with the phone nested
		const stored = state.module('leads');
		expect(stored.map((r) => r.namecontact)).toEqual(items.map((i) => i.namecontact));
		expect(stored[7].telephonecontact).toEqual({ type: 'telephone', code: '57', value: '3007' });
	});

	test('collections massive load: 1,001 files -> 500, 500, 1', async () => {
		const items = Array.from({ length: 1001 }, (_v, i) => ({
			Identification: String(20000 + i),
			Name: `N${i}`,
			Email: `n${i}@x.co`,
			Telephone: '1',
			Obligations: [],
		}));
		const result = await runNode({
			parameters: { resource: 'crmCollection', operation: 'createMany' },
			items,
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((r) => ((r.body as IDataObject).collections as unknown[]).length)).toEqual([
			500, 500, 1,
		]);
		expect(
			result.outputs[0].map((i) => (i.json.summary as IDataObject).successful_inserts),
		).toEqual([500, 500, 1]);
	});

	test('delete of one record sends multiple: false', async () => {
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'delete',
				module: 'contacts',
				recordsFrom: 'fields',
				wolkvox_id: 'c-0003',
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log[0].body).toEqual({
			operation: CRM_OPERATION,
			module: 'contacts',
			multiple: false,
			'wolkvox-id': ['c-0003'],
		});
		expect(state.module('contacts').some((r) => r.wolkvox_id === 'c-0003')).toBe(false);
	});

	test('update many: an item without an ID is refused before anything is sent', async () => {
		const result = await runNode({
			parameters: { resource: 'crmRecord', operation: 'updateMany', module: 'contacts' },
			items: [{ wolkvox_id: 'c-0001', Tipo: 'X' }, { Tipo: 'Y' }],
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error?.message).toMatch(/Item 1 has no "wolkvox-id" \(or wolkvox_id\)/);
		expect(sim.log).toEqual([]);
	});
});

describe('paging', () => {
	const report = (extra: IDataObject, resource = 'crmRecord', name = SALES_REPORT) =>
		runNode({
			parameters: {
				resource,
				operation: 'getReport',
				name,
				dateStart: '2024-01-01T00:00:00',
				dateEnd: '2024-12-31T23:59:59',
				options: { timezone: 'UTC' },
				...extra,
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});

	test('Return All walks every page: the rows are exactly the report, none lost or doubled', async () => {
		const result = await report({ returnAll: true });
		expect(result.error).toBeUndefined();
		expect(
			sim.log.map((r) => [(r.body as IDataObject).page, (r.body as IDataObject).limit, r.rows]),
		).toEqual([
			[1, 250, 250],
			[2, 250, 250],
			[3, 250, 113],
		]);
		expect(result.outputs[0].map((i) => i.json)).toEqual(state.reports.get(SALES_REPORT));
	});

	test('Limit stops early: 300 rows in 2 calls', async () => {
		const result = await report({ returnAll: false, limit: 300 });
		expect(sim.log).toHaveLength(2);
		expect(result.outputs[0].map((i) => i.json.wolkvox_id)).toEqual(
			state.reports
				.get(SALES_REPORT)!
				.slice(0, 300)
				.map((r) => r.wolkvox_id),
		);
	});

	test('a small Limit asks for a small page', async () => {
		const result = await report({ returnAll: false, limit: 7 });
		expect(sim.log.map((r) => (r.body as IDataObject).limit)).toEqual([7]);
		expect(result.outputs[0]).toHaveLength(7);
	});

	test('search by dates (bare-array answers, no page count): Return All equals the records created in the range', async () => {
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'searchByDates',
				module: 'contacts',
				from: '2024-05-01T00:00:00',
				to: '2024-05-08T23:59:00',
				returnAll: true,
				options: { timezone: 'UTC' },
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		const truth = state
			.module('contacts')
			.filter((r) => r.wolkvox_fecha_creacion.slice(0, 16) <= '2024-05-08 23:59');
		expect(truth.length).toBeGreaterThan(250);
		expect(result.outputs[0].map((i) => i.json.wolkvox_id)).toEqual(truth.map((r) => r.wolkvox_id));
		expect(sim.log).toHaveLength(Math.ceil((truth.length + 1) / 250));
	});

	test('Simplify flattens nested values of the answer (raw by default)', async () => {
		const raw = await report({ returnAll: false, limit: 1 }, 'crmCollection', COLLECTIONS_REPORT);
		expect(raw.outputs[0][0].json.Total_debt).toEqual({
			convert: 21700000,
			symbol: 'COP',
			value: 21700000,
		});
		const simple = await report(
			{ returnAll: false, limit: 1, options: { timezone: 'UTC', simplify: true } },
			'crmCollection',
			COLLECTIONS_REPORT,
		);
		expect(simple.outputs[0][0].json).toMatchObject({
			Total_debt: 21700000,
			Expire: 0,
			Telephone: '3100000000',
			wolkvox_owner: { nombre: 'api' },
		});
	});
});

describe('nested field values in single operations', () => {
	test('Create nests the fields named in Field Types; already nested values are sent as they are', async () => {
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'create',
				module: 'contacts',
				fields: JSON.stringify({
					Precio: '5500',
					Direccion: 'Calle 145a #12-60',
					Telefono: '+57 3001234567',
					Productos: '[{"Ropa": "Camisetas"}]',
					Empresa: { type: 'relationship', value: 'ACME' },
				}),
				options: {
					fieldTypes: {
						types: [
							{ field: 'Precio', type: 'currency', symbol: 'COP' },
							{ field: 'Direccion', type: 'address' },
							{ field: 'Telefono', type: 'phone', country: 'COLOMBIA' },
							{ field: 'Productos', type: 'table' },
							{ field: 'Empresa', type: 'relationship' },
						],
					},
				},
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect((sim.log[0].body as IDataObject).fields).toEqual({
			Precio: { value: 5500, symbol: 'COP' },
			Direccion: { type: 'address', value: 'Calle 145a #12-60' },
			Telefono: { type: 'telephone', country: 'COLOMBIA', code: '57', value: '3001234567' },
			Productos: { type: 'table', value: [{ Ropa: 'Camisetas' }] },
			Empresa: { type: 'relationship', value: 'ACME' },
		});
	});
});

describe('CRM errors in plain words', () => {
	const tokenInfo = (token = CRM_TOKEN, extra: IDataObject = {}) =>
		runNode({
			parameters: { resource: 'crmToken', operation: 'getInfo', ...extra },
			credentials: credentials(),
			crmCredentials: crmCredentials(token),
		});

	test('Token Info shows hours_to_restart_count', async () => {
		const result = await tokenInfo();
		expect(result.error).toBeUndefined();
		expect(result.outputs[0][0].json).toMatchObject({
			token_limit: 100000,
			hours_to_restart_count: 8,
		});
	});

	test('an unknown token (401): names the CRM credential', async () => {
		const result = await tokenInfo('nope');
		expect(result.error?.message).toBe('wolkvox CRM did not accept the token (INVALID TOKEN)');
		expect(result.error?.description).toMatch(/Wolkvox CRM API credential/);
		expect(JSON.stringify(result.error)).not.toContain('nope"');
	});

	test('quota spent (403): not retried, points at Get Info', async () => {
		state.addToken('spent', 5, 5);
		const result = await runNode({
			parameters: { resource: 'crmCase', operation: 'search', field: 'status', value: 'Abierto' },
			credentials: credentials(),
			crmCredentials: crmCredentials('spent'),
		});
		expect(result.error?.message).toMatch(/wolkvox CRM token has used up its quota/);
		expect(result.error?.description).toMatch(/hours_to_restart_count/);
		expect(sim.log).toHaveLength(1);
	});

	test('a record that does not exist (412) on update', async () => {
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'update',
				module: 'contacts',
				wolkvox_id: 'c-9999',
				fields: '{"Tipo": "VIP"}',
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error?.message).toBe(
			'wolkvox CRM refused the request: THE RECORD c-9999 DOES NOT EXIST',
		);
		expect(sim.log).toHaveLength(1); // a write is not repeated
	});

	test('a page size over the maximum (416) is an error, not a silent cut', async () => {
		state.faults.push({
			op: 'custom/query',
			status: 416,
			body: { code: 416, error: 'Range Not Satisfiable', msg: 'THE MAXIMUM LIMIT IS 250' },
		});
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'search',
				module: 'contacts',
				field: 'Tipo',
				value: 'VIP',
				returnAll: true,
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error?.message).toBe('wolkvox CRM refused the request: THE MAXIMUM LIMIT IS 250');
	});

	test('a search without matches is an empty result (404 or empty data)', async () => {
		state.faults.push({
			op: 'custom/query',
			status: 404,
			body: { code: 404, error: 'Not Found', msg: '0 records were are found' },
		});
		const result = await runNode({
			parameters: {
				resource: 'crmRecord',
				operation: 'search',
				module: 'contacts',
				field: 'Tipo',
				value: 'none',
				returnAll: true,
			},
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs[0]).toEqual([]);
	});

	test('maintenance: the item leaves through the Maintenance output after the retry budget', async () => {
		sim.maintenance = true;
		const result = await tokenInfo(CRM_TOKEN, { options: { retryBudgetSeconds: 0 } });
		expect(result.error).toBeUndefined();
		expect(result.outputs[1]).toHaveLength(1);
		expect(result.outputs[1][0].json.wolkvox).toMatchObject({ maintenance: true });
	});

	test('a retired sv000X.crmvox.com host: the node says which host to use, nothing is sent', async () => {
		const result = await runNode({
			parameters: { resource: 'crmToken', operation: 'getInfo' },
			credentials: credentials(),
			crmCredentials: { token: CRM_TOKEN, operation: CRM_OPERATION, host: 'sv0001.crmvox.com' },
		});
		expect(result.error?.message).toBe(
			'The CRM host sv0001.crmvox.com was retired at the end of 2024: use crm0001.wolkvox.com instead (credential field "CRM Host").',
		);
		expect(sim.log).toEqual([]);
	});

	test('contact-center operations keep using the Wolkvox API credential', async () => {
		const result = await runNode({
			parameters: { resource: 'information', operation: 'getTokenInfo' },
			credentials: credentials(),
			crmCredentials: crmCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.log.map((r) => [r.path, r.token])).toEqual([
			['/api/v2/information.php', 'sim-token-0001'],
		]);
	});
});
