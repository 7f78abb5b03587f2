/**
 * The node as an AI agent's tool (type n8n-nodes-wolkvox.wolkvoxTool), through n8n-core's real
 * engine: the model reads only output 0, so every outcome must arrive there in words, and long
 * answers are capped with a note. The real agent, model and tool wiring: test/e2e/aiAgent.e2e.test.ts.
 */
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { freshToken } from '../../harness/params';
import { useSimulator } from '../../harness/simulator';

const { sim, credentials } = useSimulator();

const callDetail = (
	date_ini: string,
	date_end: string,
	options: IDataObject = {},
): IDataObject => ({
	resource: 'report',
	reportGroup: 'calls',
	operation: 'getCallDetail',
	date_ini,
	date_end,
	options,
});
const DAY = ['2024-01-05T00:00:00', '2024-01-05T23:59:59'] as const;

test('rows within the cap come back as they are, on output 0, with no note', async () => {
	const morning = callDetail('2024-01-05T06:00:00', '2024-01-05T11:59:59');
	const plain = await runNode({ parameters: morning, credentials: credentials(freshToken(sim)) });
	const result = await runNode({
		parameters: morning,
		credentials: credentials(freshToken(sim)),
		asTool: true,
	});
	expect(result.error).toBeUndefined();
	const [rows, maintenance] = result.outputs;
	expect(rows.length).toBeGreaterThan(5);
	expect(rows.length).toBeLessThanOrEqual(50);
	expect(rows.map((r) => r.json)).toEqual(plain.outputs[0].map((r) => r.json));
	expect(maintenance).toEqual([]);
});

test('a long answer is capped at "Max Rows for an AI Agent" with a note saying how many rows were left out and how to narrow', async () => {
	const all = await runNode({
		parameters: callDetail(...DAY),
		credentials: credentials(freshToken(sim)),
	});
	const total = all.outputs[0].length;
	expect(total).toBeGreaterThan(20);
	const result = await runNode({
		parameters: callDetail(...DAY, { agentMaxRows: 20 }),
		credentials: credentials(freshToken(sim)),
		asTool: true,
	});
	const out = result.outputs[0];
	expect(out).toHaveLength(21);
	expect(out.slice(0, 20).map((r) => r.json)).toEqual(
		all.outputs[0].slice(0, 20).map((r) => r.json),
	);
	expect(out[20].json).toEqual({
		outcome: 'truncated',
		message: `Showing the first 20 of ${total} rows: ${total - 20} rows were left out. To see them, ask for less at a time: a shorter date range (one day or one hour), or one agent, skill or campaign.`,
	});
});

test('maintenance beyond the retry budget: one item in words on output 0 (not an empty answer), Maintenance output empty', async () => {
	sim.maintenance = true;
	const result = await runNode({
		parameters: callDetail(...DAY, { retryBudgetSeconds: 1 }),
		credentials: credentials(freshToken(sim)),
		asTool: true,
	});
	expect(result.error).toBeUndefined();
	expect(result.outputs[1]).toEqual([]);
	expect(result.outputs[0]).toHaveLength(1);
	expect(result.outputs[0][0].json.outcome).toBe('maintenance');
	expect(String(result.outputs[0][0].json.message)).toMatch(
		/^wolkvox is in a maintenance window \(a server backup\) and answered nothing for \d+ s, so no data was fetched\. This is temporary: Try again in a few minutes/,
	);
});

test('no data (404): says so in words', async () => {
	const result = await runNode({
		parameters: callDetail('2023-01-01T00:00:00', '2023-01-01T23:59:59'),
		credentials: credentials(freshToken(sim)),
		asTool: true,
	});
	expect(sim.log[0].status).toBe(404);
	expect(result.outputs[0].map((i) => i.json)).toEqual([
		{
			outcome: 'noData',
			message:
				'Get Call Detail (CDR): wolkvox has no records for this query. That is an answer, not an error: nothing matched these dates and filters (a wider date range or other filters may find some).',
		},
	]);
});

test.each([
	[
		'the quota is spent',
		() => credentials(freshToken(sim, 0)),
		'quota',
		/^The wolkvox token has used up its quota \(TOKEN LIMIT EXCEEDED\).*do not retry now\.$/,
	],
	[
		'the token is refused',
		() => credentials('not-a-token-9876'),
		'token',
		/^wolkvox did not accept the token \(PLEASE VALIDATE TOKEN\), so nothing was fetched or changed\. An administrator must fix the Wolkvox credential/,
	],
])(
	'%s: one item that says whether retrying helps, not an error',
	async (_name, creds, outcome, words) => {
		const result = await runNode({
			parameters: callDetail(...DAY),
			credentials: creds(),
			asTool: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs[0]).toHaveLength(1);
		expect(result.outputs[0][0].json.outcome).toBe(outcome);
		expect(String(result.outputs[0][0].json.message)).toMatch(words);
		expect(JSON.stringify(result.outputs)).not.toContain('not-a-token-9876');
	},
);

test('a later tool call in the same execution after the quota ran out: the quota words, not "no records"', async () => {
	const result = await runNode({
		parameters: callDetail(...DAY),
		credentials: credentials(freshToken(sim, 0)),
		onError: 'continueRegularOutput',
		next: { parameters: callDetail(...DAY), asTool: true },
	});
	const sent = sim.log.length;
	expect(sim.log.every((r) => r.status === 403)).toBe(true);
	expect(result.next?.outputs[0].map((i) => i.json.outcome)).toEqual(['quota']);
	expect(sim.log).toHaveLength(sent); // the second call sent nothing
});

test('a wrong value from the model: nothing is sent, the item names the field so the model can correct it', async () => {
	const result = await runNode({
		parameters: callDetail('yesterday-ish', DAY[1]),
		credentials: credentials(freshToken(sim)),
		asTool: true,
	});
	expect(sim.log).toHaveLength(0);
	expect(result.outputs[0]).toHaveLength(1);
	expect(result.outputs[0][0].json.outcome).toBe('invalid');
	expect(String(result.outputs[0][0].json.message)).toMatch(
		/^The request was not sent because a value is wrong: "Start Date" \(date_ini\) must be .*Correct that value and call the tool again\.$/,
	);
	expect(Object.keys(result.outputs[0][0].json)).not.toContain('error');
});
