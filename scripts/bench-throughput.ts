/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * npm run bench:throughput  (ts-node --transpile-only scripts/bench-throughput.ts [options])
 *
 * Issue 15, throughput side by side in real n8n 2.41.1 (one process, `n8n execute`): 1,000 items,
 * one GET each (information.php?api=agents), against the simulator at 50 ms per answer and at most
 * 2 requests in flight per token (the physical limit: 2 / 50 ms = 40 requests/s):
 *   - the Wolkvox node (API Request, Output: Whole Response, default options);
 *   - n8n's HTTP Request node with a Header Auth credential (`wolkvox-token`), default settings;
 *   - the same with On Error: Continue (to count the items that fail instead of stopping);
 *   - the same with Batching 2 items / 0 ms (the setting that respects the limit).
 * Each workflow: Manual Trigger -> Code (1,000 items) -> the node under test.
 *
 * Figures: items answered (an item whose output holds wolkvox's 200 answer) per second of the
 * node's run (n8n's own executionTime of the node), lost items (1,000 minus those), the simulator's
 * simultaneous-limit 403s, the request rate the simulator saw (answered requests from the first
 * request to the last answer), and the ratio to the physical limit. Writes "## Throughput side by
 * side in real n8n (npm run bench:throughput)" of BENCHMARKS.md.
 *
 * Options: --items 1000  --latency 50  --no-write
 */
import * as os from 'os';

import {
	ExecuteResult,
	N8nInstance,
	WorkflowFixture,
	linearWorkflow,
	makeId,
	nodeOutputJson,
	provisionWithProgress,
	exitOnSignals,
} from '../test/e2e/n8n';
import { requestFigures } from '../test/e2e/queue';
import {
	SIM_TOKEN,
	startSimulator,
	wolkvoxApiRequestNode,
	wolkvoxCredential,
} from '../test/e2e/wolkvox';
import { cliOption, markdownTable, recordSection } from './benchmarks-file';

const SECTION = '## Throughput side by side in real n8n (npm run bench:throughput)';
const args = process.argv.slice(2);

const ITEMS = Number(cliOption('items', '1000'));
const LATENCY_MS = Number(cliOption('latency', '50'));
const LIMIT_PER_SECOND = 2000 / LATENCY_MS;
const NODE = 'Under Test';

interface Variant {
	label: string;
	node: (simUrl: string) => any;
}

const itemsNode = {
	id: 'b0000000-0000-4000-8000-000000000001',
	name: 'Items',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: {
		jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { i } }));`,
	},
};

const HEADER_CRED = { id: 'hdrCredBench1', name: 'wolkvox-token header (simulator)' };

function httpRequestNode(simUrl: string, extra: Record<string, unknown> = {}, options = {}): any {
	return {
		id: 'b0000000-0000-4000-8000-000000000002',
		name: NODE,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'GET',
			url: `${simUrl}/api/v2/information.php?api=agents`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			options,
		},
		credentials: { httpHeaderAuth: HEADER_CRED },
		...extra,
	};
}

const VARIANTS: Variant[] = [
	{
		label: 'Wolkvox node v2 (API Request, Whole Response, default options)',
		node: (simUrl) => ({
			...wolkvoxApiRequestNode(
				{ family: 'information', api: 'agents', options: { output: 'whole' } },
				wolkvoxCredential(simUrl, SIM_TOKEN, 'wvCredThroughput'),
				NODE,
			),
			typeVersion: 2, // what a node added today gets
		}),
	},
	{ label: 'HTTP Request node, default settings', node: (simUrl) => httpRequestNode(simUrl) },
	{
		label: 'HTTP Request node, default settings + On Error: Continue',
		node: (simUrl) => httpRequestNode(simUrl, { onError: 'continueRegularOutput' }),
	},
	// n8n 2.41.1's HTTP Request node (V3) only sleeps the interval between batches; it never waits
	// for a batch's answers, so 0 ms sends every item at once. Open-loop intervals for comparison,
	// as they are and with On Error: Continue (one 403 otherwise fails the node and its items).
	...[0, 50, 100].map((interval) => ({
		label: `HTTP Request node, Batching 2 items / ${interval} ms`,
		node: (simUrl: string) =>
			httpRequestNode(
				simUrl,
				{},
				{ batching: { batch: { batchSize: 2, batchInterval: interval } } },
			),
	})),
	...[50, 100].map((interval) => ({
		label: `HTTP Request node, Batching 2 items / ${interval} ms + On Error: Continue`,
		node: (simUrl: string) =>
			httpRequestNode(
				simUrl,
				{ onError: 'continueRegularOutput' },
				{ batching: { batch: { batchSize: 2, batchInterval: interval } } },
			),
	})),
];

interface Figures {
	label: string;
	status: string;
	answered: number;
	lost: number;
	nodeMs: number;
	itemsPerSecond: number;
	limit403: number;
	requests: number;
	requestRate: number;
	meanInFlight: number;
	error?: string;
}

/** An output item that carries wolkvox's 200 answer (Whole Response / HTTP Request body). */
const isAnswer = (json: any) => json && !json.error && String(json.code) === '200';

function figuresOf(label: string, run: ExecuteResult, log: any[]): Figures {
	const nodeRun = run.runData[NODE]?.[0];
	const items = nodeRun ? nodeOutputJson(run, NODE, 0) : [];
	const answered = items.filter(isAnswer).length;
	const nodeMs = nodeRun?.executionTime ?? run.durationMs;
	const sim = requestFigures(log, LATENCY_MS);
	const error = run.error?.message ?? nodeRun?.error?.message;
	return {
		label,
		status: run.status,
		answered,
		lost: ITEMS - answered,
		nodeMs,
		itemsPerSecond: nodeMs > 0 ? (answered * 1000) / nodeMs : 0,
		limit403: sim.limit403,
		requests: sim.requests,
		requestRate: sim.perSecond,
		meanInFlight: sim.meanInFlight,
		error: error ? String(error).slice(0, 120) : undefined,
	};
}

const n = (v: number) => v.toLocaleString('en-US');

function table(rows: Figures[]): string {
	return markdownTable([
		[
			'Approach',
			'Execution',
			'Items answered',
			'Lost items',
			"Node's run time",
			'Items/s',
			'vs limit (40/s)',
			'Requests sent',
			'Simultaneous-limit 403s',
			'Answered req/s seen by wolkvox',
			'Mean in flight at arrival',
		],
		...rows.map((r) => [
			r.label,
			r.status + (r.error ? ` (${r.error})` : ''),
			`${n(r.answered)} / ${n(ITEMS)}`,
			n(r.lost),
			`${(r.nodeMs / 1000).toFixed(2)} s`,
			r.itemsPerSecond.toFixed(1),
			`${((r.itemsPerSecond / LIMIT_PER_SECOND) * 100).toFixed(0)} %`,
			n(r.requests),
			n(r.limit403),
			r.requestRate.toFixed(1),
			r.meanInFlight.toFixed(2),
		]),
	]);
}

async function main(): Promise<void> {
	exitOnSignals();
	const log = (line: string) => console.log(line);
	await provisionWithProgress('v2', log);
	const load = os.loadavg()[0].toFixed(1);
	const sim = await startSimulator(['--latency', String(LATENCY_MS)]);
	const n8n = await N8nInstance.create('v2', { installPackage: true, packageMode: 'tarball' });
	const rows: Figures[] = [];
	try {
		await n8n.importCredentials([
			wolkvoxCredential(sim.url, SIM_TOKEN, 'wvCredThroughput'),
			{
				...HEADER_CRED,
				type: 'httpHeaderAuth',
				data: { name: 'wolkvox-token', value: SIM_TOKEN },
			},
		]);
		const workflows: Array<[Variant, WorkflowFixture]> = VARIANTS.map((v) => [
			v,
			linearWorkflow(`throughput: ${v.label}`, [itemsNode, v.node(sim.url)], makeId('wfthr')),
		]);
		await n8n.importWorkflow(workflows.map(([, wf]) => wf));
		for (const [variant, wf] of workflows) {
			await sim.control('reset', { latencyMs: LATENCY_MS });
			log(`${variant.label}...`);
			const run = await n8n.execute(wf.id, 15 * 60_000);
			const figures = figuresOf(variant.label, run, await sim.control('log'));
			rows.push(figures);
			log(table([figures]));
		}
	} finally {
		await n8n.dispose();
		await sim.stop();
	}

	const markdown = [
		SECTION,
		'',
		`${n(ITEMS)} items, one GET each (\`information.php?api=agents\`), in real n8n 2.41.1 (\`n8n execute\`, one process, Manual Trigger -> Code (${n(ITEMS)} items) -> the node), ` +
			`against the simulator: ${LATENCY_MS} ms per answer, at most 2 requests in flight per token (more: 403 "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN"), ` +
			`so the physical limit is 2 / ${LATENCY_MS} ms = ${LIMIT_PER_SECOND} requests/s. ` +
			'"Items answered": output items holding wolkvox\'s 200 answer; "lost": the others (an error, or no output because the node failed). ' +
			"Items/s = items answered / the node's run time as n8n records it (`executionTime`), which includes n8n resolving every item's parameters before the first request. " +
			"The HTTP Request node (v4.2) uses a Header Auth credential (`wolkvox-token`); with default settings it sends all items at once, and its Batching option only waits the interval between batches (it does not wait for a batch's answers), so 2 items / 0 ms sends all at once too. " +
			'"Mean in flight at arrival": the token\'s requests in flight when each answered request arrived, itself included (2.00 = the limit kept full all the time).',
		'',
		table(rows),
		'',
		`Command: \`npm run bench:throughput -- --items ${ITEMS} --latency ${LATENCY_MS}\`. Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version} (n8n on Node 24), ` +
			`${os.cpus().length} CPUs, load average ${load} when it started (times grow with the load).`,
		'',
	].join('\n');
	console.log(`\n${table(rows)}`);
	if (!args.includes('--no-write')) {
		recordSection(SECTION, markdown);
		console.log('\nWritten to BENCHMARKS.md');
	}
}

void main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
