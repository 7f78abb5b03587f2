import { runNode } from '../harness/engine';
import { useSimulator } from '../harness/simulator';

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
