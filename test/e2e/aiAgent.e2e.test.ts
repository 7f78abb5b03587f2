/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The Wolkvox node as an AI agent's tool, end to end in real n8n: examples/06-ai-agent-tool.json
 * (Manual Trigger -> AI Agent with n8n's real OpenAI Chat Model, whose credential's Base URL points
 * at the scripted OpenAI-compatible server of test/e2e/openai.ts, and the Wolkvox node's tool type
 * `n8n-nodes-wolkvox.wolkvoxTool` with `$fromAI()` dates) against the wolkvox simulator.
 *
 * The scripted "model" calls the tool with the arguments each test gives and then answers with the
 * tool result it received; the server records every request, so `openai.toolResults()` is exactly
 * what a model would have read. Each outcome must reach the model as words it can act on: data,
 * "no data", maintenance, an authentication problem, and a capped large answer.
 */
import { CdrDataset, SMALL_CDR, wallToSec, type CdrSpec } from '../simulator/data';
import {
	AGENT_NODE,
	TOOL_NAME,
	TOOL_NODE,
	agentAnswer,
	agentWorkflow,
	answeredLog,
	describeToolResult,
	openAiCredential,
	scriptToolCall,
} from './aiAgent';
import { BAD_CREDENTIAL, BAD_TOKEN, SIM_CREDENTIAL } from './examples';
import {
	N8nInstance,
	PROVISION_TIMEOUT_MS,
	describeResult,
	provision,
	selectedVersions,
} from './n8n';
import { ScriptedOpenAi, startScriptedOpenAi } from './openai';
import {
	MAINTENANCE_MESSAGE,
	SIM_TOKEN,
	Simulator,
	startSimulator,
	requireBuildAndSimulator,
} from './wolkvox';

requireBuildAndSimulator();

/** Retry budget of the tool node in these workflows (seconds): maintenance must outlast it. */
const BUDGET_S = 3;
/** 12 calls in the simulator's default data (fewer than any sensible cap). */
const HALF_DAY = { dateFrom: '2024-01-05T08:00:00', dateTo: '2024-01-05T11:59:59' };
/** A day with 60,000 extra calls (a burst from 08:00 to 16:00) on top of the default data. */
const BURST_CDR: CdrSpec = {
	...SMALL_CDR,
	bursts: [{ at: '20240105080000', seconds: 8 * 3600, rows: 60_000 }],
};
const BURST_DAY = { dateFrom: '2024-01-05T00:00:00', dateTo: '2024-01-05T23:59:59' };
/** Before the simulator's data starts: wolkvox answers 404 "0 records were found". */
const EMPTY_DAY = { dateFrom: '2023-06-01T00:00:00', dateTo: '2023-06-01T23:59:59' };

const wall = (iso: string) => iso.replace(/\D/g, '');
/** conn_ids of the dataset's calls between two ISO local times (inclusive). */
function callsBetween(spec: CdrSpec, from: string, to: string): string[] {
	const data = new CdrDataset(spec);
	const [lo, hi] = data.range(wallToSec(wall(from)), wallToSec(wall(to)));
	return Array.from({ length: hi - lo }, (_, k) => data.row(lo + k).conn_id);
}
/** The tool result without JSON quoting/punctuation: what is left are the words. */
const words = (text: string) => text.replace(/[\[\]{}"\\]/g, ' ').trim();

describe.each(selectedVersions())('real n8n %s: the Wolkvox node as an AI agent tool', (key) => {
	let n8n: N8nInstance;
	let sim: Simulator;
	let openai: ScriptedOpenAi;
	const ids = {
		sim: `wolkvoxAgent${key}Sim`.padEnd(16, '0').slice(0, 16),
		bad: `wolkvoxAgent${key}Bad`.padEnd(16, '0').slice(0, 16),
	};

	/** Runs one conversation: the scripted model calls the tool with `args`, then answers. */
	async function ask(workflowId: string, args: Record<string, unknown>) {
		scriptToolCall(openai, args);
		const run = await n8n.execute(workflowId, 300_000);
		const log = await answeredLog(sim);
		const results = openai.toolResults();
		process.stdout.write(
			`\n[n8n ${n8n.install.version}] ${expect.getState().currentTestName}\n` +
				`  execution: ${describeResult(run).split('\n')[0]}\n` +
				`  wolkvox calls: ${log.map((e) => `${e.api} ${e.status}`).join(', ') || '(none)'}\n` +
				`  model received: ${describeToolResult(results[0])}\n`,
		);
		return { run, log, results, toolResult: results[0] };
	}

	beforeAll(async () => {
		await provision(key);
		[sim, openai] = await Promise.all([startSimulator(), startScriptedOpenAi()]);
		n8n = await N8nInstance.create(key, { installPackage: true, packageMode: 'tarball' });
		await n8n.importCredentials([
			{
				...SIM_CREDENTIAL,
				type: 'wolkvoxApi',
				data: { server: '0001', baseUrl: sim.url, token: SIM_TOKEN },
			},
			{
				...BAD_CREDENTIAL,
				type: 'wolkvoxApi',
				data: { server: '0001', baseUrl: sim.url, token: BAD_TOKEN },
			},
			openAiCredential(openai.url),
		]);
		await n8n.importWorkflow([
			agentWorkflow({ id: ids.sim, toolOptions: { retryBudgetSeconds: BUDGET_S } }),
			agentWorkflow({
				id: ids.bad,
				credential: BAD_CREDENTIAL,
				toolOptions: { retryBudgetSeconds: BUDGET_S },
			}),
		]);
	}, PROVISION_TIMEOUT_MS);

	afterAll(async () => {
		await n8n?.dispose();
		await Promise.all([sim?.stop(), openai?.stop()]);
	});

	beforeEach(async () => {
		await sim.control('reset', { cdr: SMALL_CDR, latencyMs: 5 });
	});

	it('the agent calls the tool with $fromAI() dates, wolkvox gets the request, the answer carries the data', async () => {
		const { run, log, results, toolResult } = await ask(ids.sim, HALF_DAY);
		expect(run.status).toBe('success');

		// the model was offered the tool n8n built from the node: name, description, $fromAI schema
		const [offered] = openai.offeredTools();
		expect(offered?.name).toBe(TOOL_NAME);
		expect(offered?.description).toMatch(/Call detail records/);
		expect(Object.keys(offered?.parameters?.properties ?? {}).sort()).toEqual([
			'dateFrom',
			'dateTo',
		]);
		expect(offered.parameters.properties.dateFrom.description).toMatch(/YYYY-MM-DDTHH:mm:ss/);
		expect(openai.completions().every((c) => c.authorized)).toBe(true);

		// the simulator received the CDR request with the model's dates, in wolkvox's format, with the token
		const cdr = log.filter((e) => e.api === 'cdr_1');
		expect(cdr.map((e) => [e.query.date_ini, e.query.date_end, e.status, e.tokenPresent])).toEqual([
			[wall(HALF_DAY.dateFrom), wall(HALF_DAY.dateTo), 200, true],
		]);

		// the model received the calls of that period, each once
		const truth = callsBetween(SMALL_CDR, HALF_DAY.dateFrom, HALF_DAY.dateTo);
		expect(truth.length).toBeGreaterThan(0);
		expect(results).toHaveLength(1);
		const received = (toolResult.match(/C\d{8}/g) ?? []).sort();
		expect(received).toEqual([...truth].sort());

		// and the agent's final answer (the scripted model quotes the tool result) contains them
		const answer = agentAnswer(run);
		for (const connId of truth) expect(answer).toContain(connId);
		expect(run.runData[TOOL_NODE]).toBeDefined();
		expect(run.runData[AGENT_NODE]).toBeDefined();
	});

	it('maintenance longer than the retry budget: the tool result says so in words (not empty)', async () => {
		await sim.control('maintenance', { on: true });
		const { run, log, results, toolResult } = await ask(ids.sim, HALF_DAY);
		expect(log.length).toBeGreaterThanOrEqual(1);
		expect(log.every((e) => e.status === 403 && e.msg === MAINTENANCE_MESSAGE)).toBe(true);
		expect(results).toHaveLength(1);
		expect(words(toolResult).length).toBeGreaterThan(20);
		expect(toolResult).toMatch(/maintenance/i);
		expect(agentAnswer(run)).toMatch(/maintenance/i);
	});

	it('no data (404): the tool result says so in words (not empty)', async () => {
		const { log, results, toolResult } = await ask(ids.sim, EMPTY_DAY);
		expect(log.filter((e) => e.api === 'cdr_1').map((e) => e.status)).toEqual([404]);
		expect(results).toHaveLength(1);
		expect(words(toolResult).length).toBeGreaterThan(20);
		expect(toolResult).toMatch(/no (data|calls|records|rows)|0 records|nothing (was )?found/i);
	});

	it('an invalid token: the tool result names the token problem, without the token', async () => {
		const { log, results, toolResult } = await ask(ids.bad, HALF_DAY);
		expect(log.map((e) => e.status)).toEqual([403]);
		expect(results).toHaveLength(1);
		expect(toolResult).toMatch(/token/i);
		expect(toolResult).not.toContain(BAD_TOKEN);
	});

	it('60,000 rows: the tool result is capped and says how many rows were left out', async () => {
		await sim.control('reset', { cdr: BURST_CDR, latencyMs: 5 });
		const total = callsBetween(BURST_CDR, BURST_DAY.dateFrom, BURST_DAY.dateTo).length;
		expect(total).toBeGreaterThan(60_000);
		const { log, results, toolResult } = await ask(ids.sim, BURST_DAY);
		// the node read the whole day from wolkvox (a 60,000-row answer is wolkvox's silent cap)
		expect(log.some((e) => e.api === 'cdr_1' && e.rows === 60_000)).toBe(true);
		expect(results).toHaveLength(1);
		const shown = (toolResult.match(/C\d{8}/g) ?? []).length;
		const left = total - shown;
		// capped: a page of rows a model can read, not the day
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThanOrEqual(200);
		expect(toolResult.length).toBeLessThan(100_000);
		// and it says how many were left out
		expect([String(left), left.toLocaleString('en-US')].some((n) => toolResult.includes(n))).toBe(
			true,
		);
	});
});
