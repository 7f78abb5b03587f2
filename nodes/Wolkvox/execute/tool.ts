/**
 * The node as an AI agent's tool. n8n runs a `usableAsTool` node as `<package>.<name>Tool` and
 * gives the model only the items of output 0, as JSON (n8n-core get-input-connection-data.ts and
 * the agent's buildSteps.ts). So in tool mode every outcome leaves through output 0 in words the
 * model can act on, and large answers are capped with a note. Outside tool mode nothing changes.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { agentWords, type AgentItem } from '../../../core/agentWords';

/**
 * The type name is the one check that holds on every path: `isToolExecution()` is false in the
 * ExecuteContext the default AI Agent (v3) runs tools in, and does not exist on n8n 1.x.
 */
export const runsAsTool = (ctx: IExecuteFunctions): boolean => ctx.getNode().type.endsWith('Tool');

const isErrorItem = (item: INodeExecutionData) =>
	item.json.error !== undefined &&
	Object.keys(item.json).every((k) => k === 'error' || k === 'message');
const isSummary = (item: INodeExecutionData) =>
	(item.json.wolkvox as IDataObject | undefined)?.summary === true;

/** The error's words for the model: its kind decides whether to say "retry later", "fix", or "stop". */
function wordsFor(
	error: Error & { description?: string | null; context?: IDataObject },
): AgentItem {
	const advice = String(error.description ?? '')
		.split(' Sent: ')[0]
		.trim();
	switch (error.context?.wolkvoxOutcome) {
		case 'maintenance':
			return agentWords.maintenance(Math.round(Number(error.context.waitedMs ?? 0) / 1000));
		case 'quota':
			return agentWords.quota();
		case 'auth':
			return agentWords.token(error.message);
		case 'invalid':
			return agentWords.invalid(error.message);
		default:
			return agentWords.failed(error.message.replace(/\.$/, ''), advice);
	}
}

/** Runs the node and answers the model on output 0: rows (at most `maxRows`) or one sentence. */
export async function answerAsTool(
	ctx: IExecuteFunctions,
	operation: string,
	run: () => Promise<INodeExecutionData[][]>,
): Promise<INodeExecutionData[][]> {
	const pairedItem = ctx.getInputData().map((_item, item) => ({ item }));
	const say = (words: AgentItem): INodeExecutionData => ({ json: { ...words }, pairedItem });
	const maxRows = Math.max(1, Number(ctx.getNodeParameter('options.agentMaxRows', 0, 50)) || 50);
	const outputs = await run().catch((error: Error) => {
		if (ctx.getExecutionCancelSignal?.()?.aborted) throw error;
		return [[say(wordsFor(error))], []];
	});
	const [success, maintenance = []] = outputs;
	const rows = success.filter((item) => !isErrorItem(item) && !isSummary(item));
	const failures = success
		.filter(isErrorItem)
		.map((item) =>
			say(
				agentWords.failed(
					String(item.json.error).replace(/\.$/, ''),
					String(item.json.message ?? '').split(' Sent: ')[0],
				),
			),
		);
	const answer: INodeExecutionData[] = rows.slice(0, maxRows);
	if (rows.length > maxRows) answer.push(say(agentWords.truncated(maxRows, rows.length)));
	answer.push(...failures);
	if (maintenance.length > 0) {
		const waited = Number((maintenance[0].json.wolkvox as IDataObject | undefined)?.waitedMs ?? 0);
		answer.push(say(agentWords.maintenance(Math.round(waited / 1000))));
	}
	if (answer.length === 0) answer.push(say(agentWords.noData(operation)));
	return [answer, []];
}
