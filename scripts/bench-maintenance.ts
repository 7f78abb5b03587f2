/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * npm run bench:maintenance
 *
 * 200 items through the Wolkvox node (n8n-core's real WorkflowExecute, real HTTP) against the
 * in-process simulator, with a 20 s maintenance window that opens about 1 s into the run. The same
 * load is then sent with n8n-style fixed retry (5 tries, 5 s apart, like "Retry On Fail" at its
 * maximum), 2 requests at a time, for comparison. Prints both side by side and records them in
 * BENCHMARKS.md. Exits non-zero if the node loses or duplicates an item.
 *
 * Options: --window <seconds> (default 20), --items <n> (default 200), --no-write (do not touch BENCHMARKS.md).
 */
import * as os from 'os';

import type { runNode as RunNode } from '../test/harness/engine';
import { apiRequest } from '../test/harness/params';
import { envelope, type SimRequest, WolkvoxSimulator } from '../test/simulator/server';
import { recordSection } from './benchmarks-file';

// Under ts-node, require('.../Wolkvox.node') would find the codex Wolkvox.node.json before
// Wolkvox.node.ts (Node tries .json before the .ts ts-node adds): look at .json last.
const extensions = require.extensions as Record<string, unknown>;
const jsonLoader = extensions['.json'];
delete extensions['.json'];
extensions['.json'] = jsonLoader;
const { runNode } = require('../test/harness/engine') as { runNode: typeof RunNode };

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ITEMS = arg('items', 200);
const WINDOW_MS = arg('window', 20) * 1000;
const WINDOW_START_MS = 1000; // after the first request: mid-run
const LATENCY_MS = 30; // 200 items, 2 at a time: about 3 s of work without maintenance
const FIXED_TRIES = 5;
const FIXED_WAIT_MS = 5000;
const SECTION = '## Maintenance window (npm run bench:maintenance)';

interface Figures {
	succeeded: number;
	lost: number;
	duplicates: number;
	requestsTotal: number;
	requestsDuringWindow: number;
	requestsPerSecondDuringWindow: number;
	firstSuccessAfterWindowMs: number | null;
	totalMs: number;
	/** From the start of the run to the first request (n8n resolving every item's parameters). */
	firstRequestMs: number;
	callsCounted: number;
}

/**
 * Installs `information.echo` and arms the window: it opens WINDOW_START_MS after the first
 * request of the run and lasts WINDOW_MS. Records when each ref was answered with success.
 */
function arm(sim: WolkvoxSimulator) {
	const state = { from: Infinity, to: Infinity, served: new Map<string, number[]>() };
	sim.handlers.set('information.echo', (_s, req: SimRequest) => {
		const ref = String(req.query.ref);
		const times = state.served.get(ref) ?? [];
		times.push(Date.now());
		state.served.set(ref, times);
		return envelope(200, '1 records were found', [{ ref }]);
	});
	const server = (sim as any).server as import('http').Server;
	const onFirst = () => {
		sim.scheduleMaintenance(WINDOW_START_MS, WINDOW_START_MS + WINDOW_MS);
		state.from = sim.windows[0].from;
		state.to = sim.windows[0].to;
	};
	server.once('request', onFirst);
	return state;
}

function figures(
	sim: WolkvoxSimulator,
	token: string,
	state: ReturnType<typeof arm>,
	delivered: string[],
	started: number,
	totalMs: number,
): Figures {
	const unique = new Set(delivered);
	const servedTwice = [...state.served.values()].filter((t) => t.length > 1).length;
	const during = sim.log.filter((r) => r.at >= state.from && r.at < state.to).length;
	const after = [...state.served.values()].flat().filter((t) => t >= state.to);
	return {
		succeeded: unique.size,
		lost: ITEMS - unique.size,
		duplicates: delivered.length - unique.size + servedTwice,
		requestsTotal: sim.log.length,
		requestsDuringWindow: during,
		requestsPerSecondDuringWindow: during / (WINDOW_MS / 1000),
		firstSuccessAfterWindowMs: after.length ? Math.min(...after) - state.to : null,
		totalMs,
		firstRequestMs: sim.log.length ? sim.log[0].at - started : totalMs,
		callsCounted: sim.tokens.get(token)?.used ?? 0,
	};
}

const refs = Array.from({ length: ITEMS }, (_, i) => `r${i}`);

/** One small run first, so that loading n8n-core and the node is not counted in the figures. */
async function warmUp(sim: WolkvoxSimulator): Promise<void> {
	sim.reset({ latencyMs: LATENCY_MS });
	sim.handlers.set('information.echo', (_s, req: SimRequest) =>
		envelope(200, '1 records were found', [{ ref: req.query.ref }]),
	);
	const result = await runNode({
		parameters: apiRequest({ api: 'echo', query: { ref: '={{ $json.ref }}' } }),
		items: [{ ref: 'warm-up' }],
		credentials: { token: 'sim-token-0001', baseUrl: sim.url },
	});
	if (result.outputs[0]?.length !== 1)
		throw new Error(`warm-up run failed: ${result.error?.message}`);
}

async function benchNode(sim: WolkvoxSimulator): Promise<Figures> {
	sim.reset({ latencyMs: LATENCY_MS });
	const token = 'bench-token-node';
	sim.addToken(token, 100000);
	const state = arm(sim);
	const started = Date.now();
	const result = await runNode({
		parameters: apiRequest({
			api: 'echo',
			query: { ref: '={{ $json.ref }}' },
			options: { retryBudgetSeconds: 600 },
		}),
		items: refs.map((ref) => ({ ref })),
		credentials: { token, baseUrl: sim.url },
	});
	const totalMs = Date.now() - started;
	if (result.error) console.error(`node error: ${result.error.message}`);
	const maintenanceOut = result.outputs[1]?.length ?? 0;
	if (maintenanceOut) console.error(`${maintenanceOut} item(s) on the Maintenance output`);
	const delivered = (result.outputs[0] ?? []).map((item) => String(item.json.ref));
	return figures(sim, token, state, delivered, started, totalMs);
}

/** n8n-style fixed retry: each item sent with fetch, up to 5 tries 5 s apart, 2 at a time. */
async function benchFixedRetry(sim: WolkvoxSimulator): Promise<Figures> {
	sim.reset({ latencyMs: LATENCY_MS });
	const token = 'bench-token-fixed';
	sim.addToken(token, 100000);
	const state = arm(sim);
	const delivered: string[] = [];
	const sendOnce = async (ref: string): Promise<boolean> => {
		try {
			const response = await fetch(`${sim.url}/api/v2/information.php?api=echo&ref=${ref}`, {
				headers: { 'wolkvox-token': token },
			});
			const body = (await response.json()) as { code?: unknown };
			return response.ok && [200, 201, 202].includes(Number(body.code));
		} catch {
			return false;
		}
	};
	const queue = [...refs];
	const worker = async () => {
		for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
			for (let attempt = 1; attempt <= FIXED_TRIES; attempt++) {
				if (await sendOnce(ref)) {
					delivered.push(ref);
					break;
				}
				if (attempt < FIXED_TRIES) await new Promise((r) => setTimeout(r, FIXED_WAIT_MS));
			}
		}
	};
	const started = Date.now();
	await Promise.all([worker(), worker()]);
	return figures(sim, token, state, delivered, started, Date.now() - started);
}

const s = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);

function table(ours: Figures, fixed: Figures): string {
	const rows: Array<[string, string, string, string]> = [
		[
			'Items succeeded',
			`${ours.succeeded} / ${ITEMS}`,
			`${fixed.succeeded} / ${ITEMS}`,
			`${ITEMS}`,
		],
		['Items lost', `${ours.lost}`, `${fixed.lost}`, '0'],
		['Duplicates', `${ours.duplicates}`, `${fixed.duplicates}`, '0'],
		[
			'Requests sent during the window',
			`${ours.requestsDuringWindow}`,
			`${fixed.requestsDuringWindow}`,
			'',
		],
		[
			'Requests per second during the window',
			ours.requestsPerSecondDuringWindow.toFixed(2),
			fixed.requestsPerSecondDuringWindow.toFixed(2),
			'<= 0.5',
		],
		[
			'Window end to first success',
			s(ours.firstSuccessAfterWindowMs),
			s(fixed.firstSuccessAfterWindowMs),
			'<= 3 s',
		],
		['Total time', s(ours.totalMs), s(fixed.totalMs), ''],
		['... of which before the first request', s(ours.firstRequestMs), s(fixed.firstRequestMs), ''],
		['Requests sent in all', `${ours.requestsTotal}`, `${fixed.requestsTotal}`, ''],
		['Calls counted against the quota', `${ours.callsCounted}`, `${fixed.callsCounted}`, ''],
	];
	const head = [
		'',
		'Wolkvox node',
		`Fixed retry (${FIXED_TRIES} tries x ${FIXED_WAIT_MS / 1000} s)`,
		'Goal',
	];
	return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function verdicts(ours: Figures): string[] {
	return [
		`items succeeded ${ours.succeeded}/${ITEMS}: ${ours.succeeded === ITEMS ? 'met' : 'MISSED'}`,
		`duplicates ${ours.duplicates}: ${ours.duplicates === 0 ? 'met' : 'MISSED'}`,
		`requests/s during the window ${ours.requestsPerSecondDuringWindow.toFixed(2)} (goal <= 0.5): ${ours.requestsPerSecondDuringWindow <= 0.5 ? 'met' : 'MISSED'}`,
		`window end to first success ${s(ours.firstSuccessAfterWindowMs)} (goal <= 3 s): ${ours.firstSuccessAfterWindowMs !== null && ours.firstSuccessAfterWindowMs <= 3000 ? 'met' : 'MISSED'}`,
	];
}

async function main() {
	const load = os.loadavg()[0].toFixed(1);
	const sim = new WolkvoxSimulator({ latencyMs: LATENCY_MS });
	await sim.start();
	try {
		console.log(
			`${ITEMS} items, ${WINDOW_MS / 1000} s maintenance window from ${WINDOW_START_MS / 1000} s after the first request, ${LATENCY_MS} ms latency per call`,
		);
		console.log('Wolkvox node (real n8n engine)...');
		await warmUp(sim);
		const ours = await benchNode(sim);
		console.log('n8n-style fixed retry...');
		const fixed = await benchFixedRetry(sim);

		const markdown = [
			SECTION,
			'',
			`${ITEMS} items (one GET each) against the in-process simulator (${LATENCY_MS} ms per call, at most 2 calls in flight per token), ` +
				`a ${WINDOW_MS / 1000} s maintenance window opening ${WINDOW_START_MS / 1000} s after the first request (mid-run). ` +
				"The node runs in n8n-core's real WorkflowExecute with its default options (retry budget 600 s). " +
				`"Fixed retry" sends each item with fetch, 2 at a time, retrying a failed item up to ${FIXED_TRIES} tries ${FIXED_WAIT_MS / 1000} s apart ` +
				'(what n8n\'s "Retry On Fail" allows at most), per item. Its 4 waits cover at most 20 s of outage per item: ' +
				'`npx ts-node --transpile-only scripts/bench-maintenance.ts --window 30 --no-write` shows it losing items on a longer window.',
			'',
			table(ours, fixed),
			'',
			`Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${load} when it started ` +
				'(times grow with the load; the request counts do not). Requests during the window include the calls that were in flight when it opened; ' +
				'"calls counted" is the simulator\'s quota counter (maintenance answers are not counted). "Window end to first success" is measured to the moment wolkvox answered. ' +
				'"Before the first request" is n8n resolving the parameters of all 200 items, which the node does before sending (items then run 2 at a time).',
			'',
		].join('\n');
		console.log(`\n${table(ours, fixed)}\n`);
		for (const line of verdicts(ours)) console.log(`node: ${line}`);
		if (!args.includes('--no-write')) {
			recordSection(SECTION, markdown);
			console.log('\nWritten to BENCHMARKS.md');
		}
		if (ours.lost > 0 || ours.duplicates > 0) {
			console.error(`FAIL: the node lost ${ours.lost} and duplicated ${ours.duplicates} item(s)`);
			process.exitCode = 1;
		}
	} finally {
		await sim.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
