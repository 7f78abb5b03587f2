/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The Wolkvox node as an AI agent's tool in real n8n: examples/06-ai-agent-tool.json
 * (Manual Trigger -> AI Agent <- OpenAI Chat Model, <- Wolkvox Call Detail, the node's `...Tool`
 * type with `$fromAI()` dates) run against the wolkvox simulator and the scripted OpenAI-compatible
 * server of test/e2e/openai.ts. Shared by test/e2e/aiAgent.e2e.test.ts and the examples runner.
 */
import * as fs from 'fs';
import * as path from 'path';

import {
	CredentialFixture,
	ExecuteResult,
	REPO_ROOT,
	WorkflowFixture,
	nodeOutputJson,
} from './n8n';
import { ScriptedOpenAi } from './openai';
import { Simulator } from './wolkvox';

export const AGENT_EXAMPLE_FILE = '06-ai-agent-tool.json';
export const AGENT_NODE = 'AI Agent';
export const MODEL_NODE = 'OpenAI Chat Model';
export const TOOL_NODE = 'Wolkvox Call Detail';
/** What n8n calls the tool in the model's request (node name, non [A-Za-z0-9_-] -> `_`). */
export const TOOL_NAME = 'Wolkvox_Call_Detail';
/** The tool variant n8n generates for a `usableAsTool` node of a community package. */
export const WOLKVOX_TOOL_TYPE = 'n8n-nodes-wolkvox.wolkvoxTool';
export const OPENAI_CREDENTIAL = { id: 'openAiCredSim', name: 'OpenAI (scripted test server)' };
/** Not a real key: the scripted server only checks that an Authorization header arrived. */
export const OPENAI_TEST_KEY = 'sk-scripted-test-server';

/** The OpenAI credential of the example, with its Base URL pointed at a scripted server. */
export function openAiCredential(url: string): CredentialFixture {
	return {
		...OPENAI_CREDENTIAL,
		type: 'openAiApi',
		data: { apiKey: OPENAI_TEST_KEY, url, header: false },
	};
}

/** examples/06-ai-agent-tool.json as a workflow object (a fresh copy). */
export function loadAgentExample(): WorkflowFixture {
	return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'examples', AGENT_EXAMPLE_FILE), 'utf8'));
}

export interface AgentWorkflowOptions {
	id: string;
	name?: string;
	/** the Wolkvox credential of the tool node (default: the example's, Wolkvox (simulator)) */
	credential?: { id: string; name: string };
	/** merged into the tool node's `options` (e.g. a short retryBudgetSeconds) */
	toolOptions?: Record<string, unknown>;
}

/** The example workflow under another id, optionally with another credential or tool options. */
export function agentWorkflow(opts: AgentWorkflowOptions): WorkflowFixture {
	const wf = loadAgentExample();
	wf.id = opts.id;
	wf.name = opts.name ?? `${wf.name} (${opts.id})`;
	const tool = wf.nodes.find((n) => n.name === TOOL_NODE);
	if (!tool) throw new Error(`${AGENT_EXAMPLE_FILE} has no node "${TOOL_NODE}"`);
	if (opts.credential) tool.credentials = { wolkvoxApi: opts.credential };
	if (opts.toolOptions)
		tool.parameters.options = { ...tool.parameters.options, ...opts.toolOptions };
	return wf;
}

/** The agent's final answer (`output` of its first item), '' when it produced none. */
export function agentAnswer(run: Pick<ExecuteResult, 'runData'>): string {
	if (!run.runData[AGENT_NODE]) return '';
	const out = nodeOutputJson(run, AGENT_NODE, 0);
	return typeof out[0]?.output === 'string' ? out[0].output : '';
}

export interface SimLogEntry {
	seq: number;
	at: number;
	method: string;
	file: string;
	api: string;
	query: Record<string, string>;
	status: number;
	msg: string;
	rows?: number;
	tokenPresent: boolean;
}

/**
 * The simulator's request log once every request in it has been answered (status != 0), polled
 * until `deadlineMs` (a request the node gave up on mid-flight stays 0 only until its answer is written).
 */
export async function answeredLog(sim: Simulator, deadlineMs = 15_000): Promise<SimLogEntry[]> {
	const until = Date.now() + deadlineMs;
	while (true) {
		const log = (await sim.control('log')) as SimLogEntry[];
		if (log.every((e) => e.status !== 0) || Date.now() > until) return log;
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** One line for a report: what the model received from the tool (size and start). */
export function describeToolResult(result: string | undefined, head = 240): string {
	if (result === undefined) return '(no tool result reached the model)';
	const start = result.length > head ? `${result.slice(0, head)}...` : result;
	return `${result.length.toLocaleString('en-US')} characters: ${start}`;
}

/** Clears the scripted server and sets the tool call for the next run. */
export function scriptToolCall(openai: ScriptedOpenAi, args: Record<string, unknown>): void {
	openai.clear();
	openai.script({ tool: TOOL_NAME, arguments: args });
}
