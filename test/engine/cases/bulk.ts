/**
 * Bulk operations through n8n-core's real WorkflowExecute: input items as records, one output item
 * per batch paired with the items it carried, a failed batch as an error (stop) or an error item
 * (continue on fail) that says which items were accepted, failed or not sent, and the Maintenance
 * output for the batches not accepted (their items unchanged, binary data included). Batching at
 * wolkvox's real 10,000 limit is tested in test/core/bulk.test.ts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { freshToken } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';
import { envelope, MAINTENANCE_BODY } from '../../simulator/server';

const { sim, credentials } = useSimulator();

const addRecords = (options: Record<string, unknown> = {}) => ({
	resource: 'campaign',
	operation: 'addRecords',
	type_campaign: 'predictive',
	campaign_id: { __rl: true, mode: 'id', value: '12' },
	recordsFrom: 'items',
	options,
});

describe('records from input items', () => {
	test('date columns become YYYYmmddHHiiss in the operation timezone; other values are sent as text', async () => {
		const result = await runNode({
			parameters: addRecords({ timezone: 'America/Bogota' }),
			items: [
				{
					customer_id: 1,
					customer_name: 'Ana',
					tel1: 573001112233,
					recall_date: '2024-05-01 10:00:00',
				},
				{
					customer_id: 2,
					customer_name: 'Bruno',
					tel1: '573004445566',
					recall_date: '2024-05-01T15:00:00Z',
				},
				{ customer_id: 3, customer_name: 'Carla', tel1: '573007778899' },
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = sim.requests({ api: 'add_record' });
		expect(request.query).toMatchObject({ type_campaign: 'predictive', campaign_id: '12' });
		expect(request.query.campaign_status).toBeUndefined(); // "None" sends nothing
		expect(request.body).toEqual([
			{
				customer_id: '1',
				customer_name: 'Ana',
				tel1: '573001112233',
				recall_date: '20240501100000',
			},
			{
				customer_id: '2',
				customer_name: 'Bruno',
				tel1: '573004445566',
				recall_date: '20240501100000',
			},
			{ customer_id: '3', customer_name: 'Carla', tel1: '573007778899' },
		]);
		expect(result.outputs[0]).toHaveLength(1);
		expect(result.outputs[0][0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('a malformed date in one item: the error names the item and the field, nothing is sent', async () => {
		const result = await runNode({
			parameters: addRecords(),
			items: [
				{ customer_id: '1', tel1: '573001112233', recall_date: '2024-05-01 10:00:00' },
				{ customer_id: '2', tel1: '573004445566', recall_date: 'next tuesday' },
			],
			credentials: credentials(),
		});
		expect(result.error?.message).toMatch(/Item 1: "Recall Date" \(recall_date\) must be/);
		expect(result.error?.description).toMatch(/Nothing was sent/);
		expect(sim.log).toHaveLength(0);
	});

	test('metadata a Maintenance loop added (json.wolkvox) is not sent as record data', async () => {
		const result = await runNode({
			parameters: addRecords(),
			items: [
				{ customer_id: '7', tel1: '573001112233', wolkvox: { maintenance: true, attempts: 3 } },
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.requests({ api: 'add_record' })[0].body).toEqual([
			{ customer_id: '7', tel1: '573001112233' },
		]);
	});
});

const leads = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		customer_id: String(100000 + i),
		customer_name: `Lead ${i}`,
		tel1: `57300${String(i).padStart(7, '0')}`,
	}));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const paired = (items: number[]) => items.map((item) => ({ item }));
const isSummary = (item: INodeExecutionData) =>
	(item.json.wolkvox as IDataObject | undefined)?.summary === true;

/** add_record storing what it accepts; call `failCall` answers a 502 page (applied or not: unknown). */
function storeRecords(failCall?: number) {
	let calls = 0;
	sim.handlers.set('campaign.add_record', (s, req) => {
		if (++calls === failCall) return { status: 502, body: '<html>502 Bad Gateway</html>' };
		const stored = s.campaigns.get(String(req.query.campaign_id)) ?? [];
		stored.push(...(req.body as IDataObject[]));
		s.campaigns.set(String(req.query.campaign_id), stored);
		return envelope(201, 'All records has been added successfully', [
			{ total_registers: String((req.body as unknown[]).length) },
		]);
	});
}

describe('batches', () => {
	test('25 items with Batch Size 10: 3 calls, one item per batch paired with its items, the summary', async () => {
		storeRecords();
		const items = leads(25);
		const result = await runNode({
			parameters: addRecords({ batchSize: 10, summary: true }),
			items,
			credentials: credentials(freshToken(sim)),
		});
		expect(result.error).toBeUndefined();
		const batches = result.outputs[0].filter((i) => !isSummary(i));
		const bounds = [
			[0, 10],
			[10, 20],
			[20, 25],
		];
		expect(batches).toHaveLength(3);
		batches.forEach((batch, b) => {
			const indexes = range(bounds[b][0], bounds[b][1]);
			expect(batch.json.wolkvox).toEqual({
				batch: b + 1,
				batches: 3,
				records: indexes.length,
				itemIndexes: indexes,
				target: { type_campaign: 'predictive', campaign_id: '12' },
			});
			expect(batch.pairedItem).toEqual(paired(indexes));
			expect(batch.json.data).toEqual([{ total_registers: String(indexes.length) }]);
		});
		expect(sim.campaigns.get('12')!.map((r) => r.customer_id)).toEqual(
			items.map((i) => i.customer_id),
		);
		expect(result.outputs[0].find(isSummary)?.json.wolkvox).toMatchObject({ calls: 3, batches: 3 });
	});

	const report =
		'Accepted batches: 1 (items 0-9). Failed: batch 2 (items 10-19). Not sent: items 20-24. Accepted batches are not sent again.';

	test('a 502 on batch 2, no continue on fail: the error says the batch may have been applied, what was accepted and not sent', async () => {
		storeRecords(2);
		const result = await runNode({
			parameters: addRecords({ batchSize: 10 }),
			items: leads(25),
			credentials: credentials(freshToken(sim)),
		});
		expect(result.error?.message).toBe('wolkvox did not answer properly: HTTP 502 Bad Gateway');
		expect(result.error?.description).toMatch(
			/^The request may or may not have been applied by wolkvox/,
		);
		expect(result.error?.description).toContain(report);
		expect(
			sim.requests({ api: 'add_record' }).map((r) => [r.status, (r.body as unknown[]).length]),
		).toEqual([
			[201, 10],
			[502, 10],
		]);
	});

	test('a 502 on batch 2, continue on fail: batches 1 and 3 accepted; batch 2 an error item with the same description', async () => {
		storeRecords(2);
		const result = await runNode({
			parameters: addRecords({ batchSize: 10 }),
			items: leads(25),
			credentials: credentials(freshToken(sim)),
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		const out = result.outputs[0];
		expect(out).toHaveLength(3);
		expect((out[0].json.wolkvox as IDataObject).itemIndexes).toEqual(range(0, 10));
		expect(Object.keys(out[1].json).sort()).toEqual(['error', 'message']);
		expect(String(out[1].json.message)).toMatch(
			/^The request may or may not have been applied by wolkvox/,
		);
		expect(String(out[1].json.message)).toContain(
			'Accepted batches: 1 (items 0-9). Failed: batch 2 (items 10-19). Not sent: none. Accepted batches are not sent again.',
		);
		expect(out[1].pairedItem).toEqual(paired(range(10, 20)));
		expect(out[2].pairedItem).toEqual(paired(range(20, 25)));
		expect(sim.requests({ api: 'add_record' }).map((r) => r.status)).toEqual([201, 502, 201]);
	});

	test('maintenance outlasting the budget at batch 2: batch 1 accepted; the items of batches 2 and 3 leave through Maintenance with their binary data', async () => {
		storeRecords();
		let served = 0;
		const inner = sim.handlers.get('campaign.add_record')!;
		sim.handlers.set('campaign.add_record', (s, req) => {
			if (++served === 1) s.maintenance = true; // from the second call on
			return inner(s, req);
		});
		const items: INodeExecutionData[] = leads(25).map((json, i) => ({
			json,
			binary: {
				data: {
					data: Buffer.from(`file ${i}`).toString('base64'),
					mimeType: 'text/plain',
					fileName: `f${i}.txt`,
				},
			},
		}));
		const result = await runNode({
			parameters: addRecords({ batchSize: 10, retryBudgetSeconds: 1 }),
			items,
			credentials: credentials(freshToken(sim)),
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs[0]).toHaveLength(1);
		const maintenance = result.outputs[1];
		expect(maintenance.map((i) => i.pairedItem)).toEqual(paired(range(10, 25)));
		maintenance.forEach((item, k) => {
			const i = 10 + k;
			expect(item.json).toMatchObject({
				...items[i].json,
				wolkvox: {
					maintenance: true,
					attempted: { method: 'POST', file: 'campaign', api: 'add_record' },
				},
			});
			expect(item.binary?.data).toMatchObject({ mimeType: 'text/plain', fileName: `f${i}.txt` });
		});
		const sent = sim.requests({ api: 'add_record' });
		expect(sent[0].status).toBe(201);
		expect(sent.slice(1).every((r) => r.status === 403 && r.msg === MAINTENANCE_BODY.msg)).toBe(
			true,
		);
		expect(sim.campaigns.get('12')).toHaveLength(10);
	});
});
