/**
 * Bulk loads in the core (core/bulk.ts) against the simulator over real HTTP: records checked
 * before anything is sent, batches of at most wolkvox's 10,000 per call, a batch wolkvox accepted
 * never sent again, and a failed batch stopping the job (or not) as the caller decides.
 */
import type { IDataObject } from 'n8n-workflow';

import { findEndpoint } from '../../core/catalog';
import {
	batchRequest,
	buildRecord,
	planBatches,
	sendBatches,
	type BulkRecord,
} from '../../core/bulk';
import { WolkvoxFailure } from '../../core/failures';
import { coreSession } from '../harness/core';
import { freshToken } from '../harness/params';
import { useSimulator } from '../harness/simulator';
import { envelope } from '../simulator/server';

const { sim } = useSimulator();
const ADD_RECORDS = findEndpoint('campaign', undefined, 'addRecords')!;
const TARGET = { qs: { type_campaign: 'predictive', campaign_id: '12' }, body: {} };

const leads = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		customer_id: String(100000 + i),
		customer_name: `Lead ${i}`,
		tel1: `57300${String(i).padStart(7, '0')}`,
	}));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** The simulator's add_record with wolkvox's 10,000-record limit, storing what it accepts. */
function storeRecords(failCall?: number) {
	let calls = 0;
	sim.handlers.set('campaign.add_record', (s, req) => {
		const records = req.body as IDataObject[];
		if (++calls === failCall) return { status: 500, body: '<html>502 Bad Gateway</html>' };
		if (!Array.isArray(records) || records.length > 10000) {
			return {
				status: 400,
				body: {
					code: '400',
					error: 'Bad Request',
					msg: 'THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS 10000',
				},
			};
		}
		const stored = s.campaigns.get(String(req.query.campaign_id)) ?? [];
		stored.push(...records);
		s.campaigns.set(String(req.query.campaign_id), stored);
		return envelope(201, 'All records has been added successfully', [
			{ total_registers: String(records.length) },
		]);
	});
}

function plan(items: IDataObject[], size = 10000) {
	const valid = items.map((json, itemIndex) => {
		const record = buildRecord(ADD_RECORDS, { json, fieldTypes: [] }, itemIndex, 'America/Bogota');
		if (!record.ok) throw new Error(record.problem);
		return { itemIndex, target: TARGET, record: record.value as BulkRecord };
	});
	return planBatches(valid, size);
}

test('25,001 records: 3 calls of 10,000 / 10,000 / 5,001, stored once, in order, each batch knowing its items', async () => {
	storeRecords();
	const items = leads(25001);
	const session = coreSession({ baseUrl: sim.url, token: freshToken(sim) });
	const run = await sendBatches(session, ADD_RECORDS, plan(items), () => true);
	expect(run.unsent).toEqual([]);
	expect(run.results.map((r) => [r.number, r.batch.itemIndexes.length, 'answer' in r])).toEqual([
		[1, 10000, true],
		[2, 10000, true],
		[3, 5001, true],
	]);
	expect(run.results[2].batch.itemIndexes).toEqual(range(20000, 25001));
	const requests = sim.requests({ api: 'add_record' });
	expect(
		requests.map((r) => [r.method, r.query.campaign_id, r.status, (r.body as unknown[]).length]),
	).toEqual([
		['POST', '12', 201, 10000],
		['POST', '12', 201, 10000],
		['POST', '12', 201, 5001],
	]);
	expect(sim.campaigns.get('12')!.map((r) => r.customer_id)).toEqual(
		items.map((i) => i.customer_id),
	);
	expect(session.stats.calls).toBe(3);
});

test('a failed batch in the middle stops the job when the caller says so: batch 1 accepted once, batch 3 not sent', async () => {
	storeRecords(2);
	const session = coreSession({ baseUrl: sim.url, token: freshToken(sim) });
	const run = await sendBatches(session, ADD_RECORDS, plan(leads(25001)), () => false);
	expect(run.results.map((r) => 'answer' in r)).toEqual([true, false]);
	const failure = (run.results[1] as { error: Error }).error as WolkvoxFailure;
	expect(failure).toBeInstanceOf(WolkvoxFailure);
	// A POST without a clear answer may have been applied: never repeated, and said so.
	expect(failure.description).toMatch(
		/^The request may or may not have been applied by wolkvox; it was not repeated/,
	);
	expect(run.unsent.map((b) => b.itemIndexes.length)).toEqual([5001]);
	expect(sim.requests({ api: 'add_record' }).map((r) => r.status)).toEqual([201, 500]);
	expect(sim.campaigns.get('12')).toHaveLength(10000);
});

test('a failed batch in the middle, the caller goes on: batches 1 and 3 accepted', async () => {
	storeRecords(2);
	const session = coreSession({ baseUrl: sim.url, token: freshToken(sim) });
	const run = await sendBatches(session, ADD_RECORDS, plan(leads(25001)), () => true);
	expect(run.results.map((r) => 'answer' in r)).toEqual([true, false, true]);
	expect(run.unsent).toEqual([]);
	expect(sim.campaigns.get('12')).toHaveLength(15001);
});

test('records are checked before anything is sent: a record without its required fields is a problem naming them', () => {
	const addDnc = findEndpoint('campaign', undefined, 'addDncNumbers')!;
	const missing = buildRecord(addDnc, { json: { name: 'No phone' }, fieldTypes: [] }, 4, 'UTC');
	expect(missing).toEqual({
		ok: false,
		problem: 'Record of item 4 has no "Phone Number" (telephone), which wolkvox requires',
	});
	const removeDnc = findEndpoint('configuration', undefined, 'removeDoNotCallNumbers')!;
	expect(
		buildRecord(removeDnc, { json: { telephone: 573001112233 }, fieldTypes: [] }, 0, 'UTC'),
	).toEqual({ ok: true, value: '573001112233' });
	const badDate = buildRecord(
		ADD_RECORDS,
		{ json: { customer_id: '1', tel1: '5730011', recall_date: 'next tuesday' }, fieldTypes: [] },
		1,
		'UTC',
	);
	expect(!badDate.ok && badDate.problem).toMatch(/^Item 1: "Recall Date" \(recall_date\) must be/);
	const looped = buildRecord(
		ADD_RECORDS,
		{
			json: { customer_id: 7, tel1: 573001112233, wolkvox: { maintenance: true } },
			fieldTypes: [],
		},
		0,
		'UTC',
	);
	expect(looped).toEqual({ ok: true, value: { customer_id: '7', tel1: '573001112233' } });
});

describe('remove_dnc: the single record "All" empties the list', () => {
	// remove_dnc: "El campo “telephones” puede recibir el parámetro “All” si deseas eliminar todos los
	// registros DNC agregados previamente: { “telephones”: “All” }" (also {“telephones”: “all”, “type”: “inbound”}).
	const removeDnc = findEndpoint('configuration', undefined, 'removeDoNotCallNumbers')!;
	const target = { qs: {}, body: { type: 'inbound' } };
	test.each([
		[['All'], 'All'],
		[['all'], 'All'],
		[[' ALL '], 'All'],
		[['573001112233'], ['573001112233']],
		[
			['573001112233', 'All'],
			['573001112233', 'All'],
		],
	])('records %p -> telephones %p', (records, telephones) => {
		const batch = { groupKey: '', itemIndexes: records.map((_, i) => i), records };
		expect(batchRequest(removeDnc, target, batch).body).toEqual({ type: 'inbound', telephones });
	});

	test('only where the catalog says so: add_dnc sends "All" as a number to block', () => {
		const addDnc = findEndpoint('configuration', undefined, 'addDoNotCallNumbers')!;
		const batch = { groupKey: '', itemIndexes: [0], records: ['All'] };
		expect(batchRequest(addDnc, { qs: {}, body: {} }, batch).body).toEqual({ telephones: ['All'] });
	});

	test('over HTTP: the simulator gets {"telephones": "All", "type": "inbound"}', async () => {
		const record = buildRecord(removeDnc, { json: { telephone: 'all' }, fieldTypes: [] }, 0, 'UTC');
		if (!record.ok) throw new Error(record.problem);
		const session = coreSession({ baseUrl: sim.url, token: freshToken(sim) });
		const plan = planBatches([{ itemIndex: 0, target, record: record.value }], 10000);
		const run = await sendBatches(session, removeDnc, plan, () => false);
		expect(run.results.map((r) => 'answer' in r)).toEqual([true]);
		expect(sim.requests({ api: 'remove_dnc' }).map((r) => [r.method, r.body])).toEqual([
			['DELETE', { type: 'inbound', telephones: 'All' }],
		]);
	});
});
