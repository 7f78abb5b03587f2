/**
 * Range pulls through n8n-core's real WorkflowExecute: the wiring of core/rangeFetch.ts into the
 * node — rows as items paired with their input item, the summary item, the report that a stopped
 * pull appends to its error (stop) or puts on its error item (continue on fail), and validation
 * that sends nothing. The stream itself (calls, order, loss guard) is tested in test/core/range.test.ts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runNode, type RunNodeResult } from '../../harness/engine';
import { checkAgainstGroundTruth, noLoss } from '../../harness/groundTruth';
import { freshToken } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';
import { CdrDataset, SMALL_CDR, wallToSec } from '../../simulator/data';

const { sim, credentials } = useSimulator();
const small = new CdrDataset(SMALL_CDR); // 3,002 rows over 45 days from 2024-01-01

const cdr = (date_ini: string, date_end: string, options: IDataObject = {}): IDataObject => ({
	resource: 'report',
	reportGroup: 'calls',
	operation: 'getCallDetail',
	date_ini,
	date_end,
	options: { summary: true, ...options },
});
const isSummary = (item: INodeExecutionData) =>
	(item.json.wolkvox as IDataObject | undefined)?.summary === true;
const rowsOf = (result: RunNodeResult) =>
	result.outputs[0].filter((i) => !isSummary(i) && i.json.error === undefined);
const summaryOf = (result: RunNodeResult) =>
	result.outputs[0].find(isSummary)?.json.wolkvox as IDataObject;
const FROM = '2024-01-01T00:00:00';
const TO = '2024-02-14T23:59:59';

beforeEach(() => {
	sim.cdr = small;
});

test('a 45-day pull: two calls, every row an item paired with its input item, the summary counts', async () => {
	const result = await runNode({
		parameters: cdr(FROM, TO),
		credentials: credentials(freshToken(sim)),
	});
	expect(result.error).toBeUndefined();
	const rows = rowsOf(result);
	expect(
		checkAgainstGroundTruth(
			rows.map((r) => r.json),
			small,
			FROM,
			TO,
		),
	).toEqual(noLoss(small.size));
	expect(rows.every((r) => (r.pairedItem as { item: number }).item === 0)).toBe(true);
	expect(sim.requests({ api: 'cdr_1' }).map((r) => [r.query.date_ini, r.query.date_end])).toEqual([
		['20240101000000', '20240131235959'],
		['20240201000000', '20240214235959'],
	]);
	expect(summaryOf(result)).toMatchObject({
		calls: 2,
		windows: 2,
		rows: small.size,
		continuations: 0,
		bisections: 0,
	});
	expect(result.outputs[1]).toEqual([]);
});

test('"Whole Response" is one call and one item, even over 31 days splitting is off', async () => {
	const result = await runNode({
		parameters: cdr('2024-01-01T00:00:00', '2024-01-02T23:59:59', {
			output: 'whole',
			summary: false,
		}),
		credentials: credentials(freshToken(sim)),
	});
	expect(result.error).toBeUndefined();
	expect(result.outputs[0]).toHaveLength(1);
	expect(result.outputs[0][0].json).toMatchObject({ code: '200' });
	expect(Array.isArray(result.outputs[0][0].json.data)).toBe(true);
});

test('splitting turned off: a 40-day range is a validation error naming the limit, nothing is sent', async () => {
	const result = await runNode({
		parameters: cdr('2024-01-01T00:00:00', '2024-02-09T23:59:59', { splitRange: false }),
		credentials: credentials(freshToken(sim)),
	});
	expect(result.error?.message).toMatch(/31 day/);
	expect(result.error?.message).toMatch(/Split Long Ranges/);
	expect(sim.log).toHaveLength(0);
});

describe('a pull stopped by the daily quota after its first window', () => {
	const report =
		/Fetched: 20240101000000 to 20240131235959 \((\d+) rows\)\. Not fetched: 20240201000000 to 20240214235959\. API calls used by this node so far: 2\./;

	test('without continue on fail: the error says what was fetched and what not, nothing is output', async () => {
		const result = await runNode({
			parameters: cdr(FROM, TO),
			credentials: credentials(freshToken(sim, 1)),
		});
		expect(result.error?.message).toBe(
			'The wolkvox token has used up its daily quota (TOKEN LIMIT EXCEEDED)',
		);
		expect(result.error?.description).toMatch(
			/^Nothing was retried, .* Sent: GET \/api\/v2\/reports_manager\.php\?api=cdr_1&date_ini=20240201000000&date_end=20240214235959 /,
		);
		const [lo, hi] = small.range(wallToSec('20240101000000'), wallToSec('20240131235959'));
		expect(Number(report.exec(String(result.error?.description))?.[1])).toBe(hi - lo);
		expect(result.outputs).toEqual([]);
	});

	test('with continue on fail: the rows of the first window, then an error item with the same description and report', async () => {
		const result = await runNode({
			parameters: cdr(FROM, TO),
			credentials: credentials(freshToken(sim, 1)),
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		const rows = rowsOf(result);
		expect(
			checkAgainstGroundTruth(
				rows.map((r) => r.json),
				small,
				FROM,
				'2024-01-31T23:59:59',
			),
		).toEqual(noLoss(rows.length));
		const errors = result.outputs[0].filter((i) => i.json.error !== undefined);
		expect(errors).toHaveLength(1);
		expect(errors[0].json.error).toBe(
			'The wolkvox token has used up its daily quota (TOKEN LIMIT EXCEEDED)',
		);
		expect(String(errors[0].json.message)).toMatch(
			/^Nothing was retried, and no further request is sent/,
		);
		expect(Number(report.exec(String(errors[0].json.message))?.[1])).toBe(rows.length);
		expect(errors[0].pairedItem).toEqual({ item: 0 });
		expect(summaryOf(result)).toMatchObject({ calls: 2, rows: rows.length });
	});
});
