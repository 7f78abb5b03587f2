/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The example workflows of examples/ as runnable scenarios: how each is patched for the simulator,
 * which fault is scheduled while it runs, and what "behaved" means. Shared by the e2e suite
 * (test/e2e/examples.e2e.test.ts, both n8n versions) and `npm run demo` (scripts/demo.ts).
 *
 *   const sim = await startSimulator();
 *   const n8n = await N8nInstance.create('v2', { installPackage: true });
 *   const openai = await startScriptedOpenAi();              // the "model" of example 06 (AI agent)
 *   await importExamples(n8n, sim.url, EXAMPLES, openai.url); // credentials + the 6 workflows
 *   for (const spec of EXAMPLES) console.log(formatReport(await runExample(n8n, sim, spec, undefined, openai)));
 *
 * Faults are scheduled relative to the node's first request, not to the start of `n8n execute`
 * (which takes 3-10 s to boot): the scenario switches maintenance on, polls the simulator until the
 * first request arrives, and then sets when the window ends.
 */
import * as fs from 'fs';
import * as path from 'path';

import { CdrDataset, SMALL_CDR, AGENTS, wallToSec } from '../simulator/data';
import {
	AGENT_EXAMPLE_FILE,
	OPENAI_CREDENTIAL,
	TOOL_NAME,
	TOOL_NODE,
	agentAnswer,
	scriptToolCall,
} from './aiAgent';
import {
	CredentialFixture,
	ExecuteResult,
	N8nInstance,
	REPO_ROOT,
	WOLKVOX_CREDENTIAL_TYPE,
	WorkflowFixture,
	describeResult,
	nodeOutputJson,
	outputCounts,
} from './n8n';
import { ScriptedOpenAi } from './openai';
import { MAINTENANCE_MESSAGE, SIM_TOKEN, Simulator } from './wolkvox';

// ------------------------------------------------------------------ constants

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const SIM_CREDENTIAL = { id: 'wvCredSim', name: 'Wolkvox (simulator)' };
export const BAD_CREDENTIAL = { id: 'wvCredBad', name: 'Wolkvox (wrong token, example 05)' };
/** The token of the invalid-token credential: wolkvox (the simulator) does not know it. */
export const BAD_TOKEN = 'wv-invalid-token-0000';
/** The day example (a) is pointed at: the simulator's CDR data covers 2024-01-01 + 45 days. */
export const CDR_DAY = { from: '2024-01-05T00:00:00', to: '2024-01-05T23:59:59' };
/** The campaign example (d) loads (its resource locator value). */
export const CAMPAIGN_ID = '12';
export const LEADS = 25001;

/** examples/credentials/simulator.credentials.json: what `n8n import:credentials` takes for the simulator on port 4010. */
export const CREDENTIALS_FILE = path.join(
	EXAMPLES_DIR,
	'credentials',
	'simulator.credentials.json',
);

/**
 * The credentials the examples reference (the file above): the Wolkvox ones pointing at a
 * simulator's URL, the OpenAI one (example 06) at a scripted OpenAI server's URL when given.
 */
export function exampleCredentials(simUrl: string, openAiUrl?: string): CredentialFixture[] {
	const list: CredentialFixture[] = JSON.parse(fs.readFileSync(CREDENTIALS_FILE, 'utf8'));
	const expected = [
		{ ...SIM_CREDENTIAL, type: WOLKVOX_CREDENTIAL_TYPE, token: SIM_TOKEN },
		{ ...BAD_CREDENTIAL, type: WOLKVOX_CREDENTIAL_TYPE, token: BAD_TOKEN },
	];
	for (const want of expected) {
		const found = list.find((c) => c.id === want.id);
		if (
			!found ||
			found.name !== want.name ||
			found.type !== want.type ||
			found.data.token !== want.token
		) {
			throw new Error(`${CREDENTIALS_FILE} must hold ${JSON.stringify(want)}`);
		}
	}
	const openAi = list.find((c) => c.id === OPENAI_CREDENTIAL.id);
	if (!openAi || openAi.name !== OPENAI_CREDENTIAL.name || openAi.type !== 'openAiApi') {
		throw new Error(
			`${CREDENTIALS_FILE} must hold ${JSON.stringify({ ...OPENAI_CREDENTIAL, type: 'openAiApi' })}`,
		);
	}
	return list.map((c) => {
		if (c.type === WOLKVOX_CREDENTIAL_TYPE) return { ...c, data: { ...c.data, baseUrl: simUrl } };
		if (c.type === 'openAiApi' && openAiUrl) return { ...c, data: { ...c.data, url: openAiUrl } };
		return c;
	});
}

/** An examples/ file as a workflow object (a fresh copy). */
export function loadExample(file: string): WorkflowFixture {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
}

/** Every examples/*.json file name, sorted. */
export function exampleFiles(): string[] {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
}

function node(wf: WorkflowFixture, name: string): any {
	const found = wf.nodes.find((n) => n.name === name);
	if (!found) throw new Error(`workflow "${wf.name}" has no node "${name}"`);
	return found;
}

/** Example (a): replaces the "Dates" defaults (yesterday) with fixed dates. */
export function setExampleDates(wf: WorkflowFixture, from: string, to: string): WorkflowFixture {
	const assignments: any[] = node(wf, 'Dates').parameters.assignments.assignments;
	assignments.find((a) => a.name === 'dateFrom').value = from;
	assignments.find((a) => a.name === 'dateTo').value = to;
	return wf;
}

// ------------------------------------------------------------------ scenario types

export interface Check {
	name: string;
	ok: boolean;
	detail?: string;
}

export interface LogEntry {
	seq: number;
	at: number;
	method: string;
	file: string;
	api: string;
	query: Record<string, string>;
	body?: unknown;
	status: number;
	msg: string;
	rows?: number;
	tokenPresent: boolean;
}

export interface EvalContext {
	run: ExecuteResult;
	sim: Simulator;
	wf: WorkflowFixture;
	/** every API request the simulator received during this example */
	log: LogEntry[];
	/** the scripted OpenAI-compatible server (examples that need a model) */
	openai?: ScriptedOpenAi;
}

export interface Evaluation {
	checks: Check[];
	/** items that went into the Wolkvox node (all runs) */
	itemsIn: number;
	/** items out of the Wolkvox node per output (all runs), e.g. { Success: 57, Maintenance: 0 } */
	itemsOut: Record<string, number>;
	/** seconds spent waiting (node's own figures when it reports them) */
	waitedS: number;
	waitedNote?: string;
	/** one-line facts for the report */
	facts: string[];
}

export interface ExampleSpec {
	/** (a) .. (e) */
	id: string;
	file: string;
	title: string;
	/** the fault scheduled while it runs, in words */
	fault: string;
	/** simulator latency per request for this example (ms; default 5) */
	latencyMs?: number;
	/** runs an AI agent: needs the scripted OpenAI-compatible server (test/e2e/openai.ts) */
	needsOpenAi?: boolean;
	/** patches the workflow for the simulator (e.g. fixed dates) */
	prepare?(wf: WorkflowFixture): WorkflowFixture;
	/** right before `n8n execute` */
	arrange?(sim: Simulator, openai?: ScriptedOpenAi): Promise<void>;
	/** concurrently with `n8n execute`; `isDone()` turns true when it has ended */
	during?(sim: Simulator, wf: WorkflowFixture, isDone: () => boolean): Promise<string | void>;
	evaluate(ctx: EvalContext): Promise<Evaluation>;
}

export interface ExampleReport extends Evaluation {
	id: string;
	file: string;
	title: string;
	fault: string;
	pass: boolean;
	/** API calls the simulator received (each counts against the daily quota) */
	calls: number;
	/** calls answered with maintenance or a server error and repeated by the node */
	retries: number;
	/** HTTP status -> count, from the simulator */
	statuses: Record<string, number>;
	durationMs: number;
	/** what `during` did, if anything (e.g. "window ended 6.0 s after the first request") */
	schedule?: string;
	run: ExecuteResult;
}

// ------------------------------------------------------------------ helpers for scenarios

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls the simulator's request count until it reaches `n`; returns the log then (undefined on
 * timeout/done). For acting on arrivals (a window timed from a request's `at`): the log is read
 * as it is, so its last entries may still be unanswered (status 0) — read statuses through
 * `sim.answeredLog()`.
 */
export async function waitForRequests(
	sim: Simulator,
	n: number,
	isDone: () => boolean,
	timeoutMs = 90_000,
): Promise<LogEntry[] | undefined> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until && !isDone()) {
		const stats = await sim.control('stats');
		if (stats.requests >= n) return (await sim.control('log')) as LogEntry[];
		await sleep(100);
	}
	return undefined;
}

const isMaintenance = (e: LogEntry) => e.status === 403 && e.msg === MAINTENANCE_MESSAGE;
const isRetried = (e: LogEntry) =>
	isMaintenance(e) || e.status >= 500 || e.status < 0 || /SIMULTANEOUS/.test(e.msg);

function check(checks: Check[], name: string, ok: boolean, detail?: unknown): void {
	checks.push({
		name,
		ok: Boolean(ok),
		...(ok
			? {}
			: {
					detail:
						detail === undefined
							? undefined
							: typeof detail === 'string'
								? detail
								: JSON.stringify(detail),
				}),
	});
}

function runsOf(run: ExecuteResult, nodeName: string): any[] {
	return run.runData[nodeName] ?? [];
}

function countAllRuns(run: ExecuteResult, nodeName: string, output: number): number {
	return runsOf(run, nodeName).reduce(
		(n, _r, i) => n + (outputCounts(run, nodeName, i)[output] ?? 0),
		0,
	);
}

/** Items that went into a node over all its runs (from the execution's run data: source node outputs). */
function inputCount(run: ExecuteResult, wf: WorkflowFixture, nodeName: string): number {
	let total = 0;
	for (const [from, conn] of Object.entries(wf.connections)) {
		(conn as any).main?.forEach((targets: any[] | null, output: number) => {
			if (targets?.some((t) => t.node === nodeName)) total += countAllRuns(run, from, output);
		});
	}
	return total;
}

const isSummary = (j: any) => j?.wolkvox?.summary === true;
const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;
const s = (ms: number) => Math.round(ms / 100) / 10;

function wolkvoxOutputs(
	run: ExecuteResult,
	names = ['Success', 'Maintenance', 'Error'],
): Record<string, number> {
	const out: Record<string, number> = {};
	names.forEach((name, i) => {
		const n = countAllRuns(run, 'Wolkvox', i);
		if (i < 2 || n > 0) out[name] = n;
	});
	return out;
}

function ranOk(checks: Check[], run: ExecuteResult): void {
	check(
		checks,
		'the execution finished with status success',
		run.status === 'success' && !run.timedOut,
		describeResult(run),
	);
}

// ------------------------------------------------------------------ the scenarios

const exampleA: ExampleSpec = {
	id: 'a',
	file: '01-yesterdays-call-detail.json',
	title: "Yesterday's call detail (CDR) into items",
	fault: 'the first CDR call is answered HTTP 500 (a GET: retried)',
	prepare: (wf) => setExampleDates(wf, CDR_DAY.from, CDR_DAY.to),
	arrange: async (sim) => {
		await sim.control('fault', { file: 'reports_manager', api: 'cdr_1', status: 500, times: 1 });
	},
	evaluate: async ({ run, wf, log }) => {
		const checks: Check[] = [];
		ranOk(checks, run);
		const rows = run.runData.Wolkvox ? nodeOutputJson(run, 'Wolkvox', 0) : [];
		const dataset = new CdrDataset(SMALL_CDR);
		const [lo, hi] = dataset.range(
			wallToSec(CDR_DAY.from.replace(/\D/g, '')),
			wallToSec(CDR_DAY.to.replace(/\D/g, '')),
		);
		const truth = new Set(Array.from({ length: hi - lo }, (_, k) => dataset.row(lo + k).conn_id));
		const ids = rows.map((r) => r.conn_id);
		const day = CDR_DAY.from.slice(0, 10);
		check(
			checks,
			`rows = the simulator's calls on ${day} (${truth.size})`,
			rows.length === truth.size && truth.size > 0,
			{ rows: rows.length, truth: truth.size },
		);
		check(
			checks,
			'conn_ids unique (nothing duplicated)',
			unique(ids),
			ids.length - new Set(ids).size + ' duplicates',
		);
		check(
			checks,
			'every conn_id of that day present (nothing lost)',
			ids.every((id) => truth.has(id)) && new Set(ids).size === truth.size,
		);
		check(
			checks,
			`every row dated ${day}`,
			rows.every((r) => String(r.date).startsWith(day)),
		);
		const cdr = log.filter((e) => e.api === 'cdr_1');
		const [ini, end] = [CDR_DAY.from, CDR_DAY.to].map((d) => d.replace(/\D/g, ''));
		check(
			checks,
			'sent date_ini/date_end as YYYYmmddHHiiss for the day',
			cdr.length > 0 && cdr.every((e) => e.query.date_ini === ini && e.query.date_end === end),
			cdr.map((e) => e.query),
		);
		check(
			checks,
			'HTTP 500 retried once, then 200',
			cdr.map((e) => e.status).join(',') === '500,200',
			cdr.map((e) => e.status),
		);
		check(checks, 'nothing on the Maintenance output', countAllRuns(run, 'Wolkvox', 1) === 0);
		const waited = cdr.length === 2 ? cdr[1].at - cdr[0].at : 0;
		return {
			checks,
			itemsIn: inputCount(run, wf, 'Wolkvox'),
			itemsOut: wolkvoxOutputs(run),
			waitedS: s(waited),
			waitedNote: 'between the 500 and the retry',
			facts: [
				`${rows.length} CDR rows for ${day} = the simulator's ${truth.size}; conn_ids unique`,
			],
		};
	},
};

const exampleB: ExampleSpec = {
	id: 'b',
	file: '02-ride-out-maintenance.json',
	title: 'API Request rides out a maintenance window',
	fault: 'maintenance from before the first call until 6 s after it',
	arrange: async (sim) => {
		await sim.control('maintenance', { on: true });
	},
	during: async (sim, _wf, isDone) => {
		const log = await waitForRequests(sim, 1, isDone);
		if (!log) return 'no request arrived';
		// one control call: switch the open-ended maintenance off and keep a window until first + 6 s
		const endAt = log[0].at + 6000;
		await sim.control('maintenance', {
			on: false,
			fromMs: 0,
			toMs: Math.max(0, endAt - Date.now()),
		});
		return 'window ends 6 s after the first request';
	},
	evaluate: async ({ run, wf, log }) => {
		const checks: Check[] = [];
		ranOk(checks, run);
		const out = run.runData.Wolkvox ? nodeOutputJson(run, 'Wolkvox', 0) : [];
		const agents = out.filter((j) => !isSummary(j));
		const summary = out.find(isSummary)?.wolkvox ?? {};
		const ids = agents.map((a) => a.agent_id);
		check(
			checks,
			`all ${AGENTS.length} agents on Success, once each`,
			ids.length === AGENTS.length && unique(ids) && AGENTS.every((a) => ids.includes(a.agent_id)),
			ids,
		);
		check(checks, 'summary item last', isSummary(out[out.length - 1]));
		check(checks, 'nothing on the Maintenance output', countAllRuns(run, 'Wolkvox', 1) === 0);
		check(
			checks,
			'met maintenance (>= 2 maintenance answers) and waited >= 4 s',
			summary.maintenanceAnswers >= 2 && summary.waitedMs >= 4000,
			summary,
		);
		check(
			checks,
			'exactly one request answered 200, as the last one',
			log.filter((e) => e.status === 200).length === 1 && log[log.length - 1]?.status === 200,
			log.map((e) => e.status),
		);
		check(
			checks,
			"summary's calls = requests the simulator received",
			summary.calls === log.length,
			{ summary: summary.calls, simulator: log.length },
		);
		check(
			checks,
			'downstream node got the agents',
			countAllRuns(run, 'Agent States', 0) === out.length,
		);
		return {
			checks,
			itemsIn: inputCount(run, wf, 'Wolkvox'),
			itemsOut: wolkvoxOutputs(run),
			waitedS: s(summary.waitedMs ?? 0),
			waitedNote: 'in the node (summary item)',
			facts: [
				`${summary.maintenanceAnswers ?? '?'} maintenance answers, then ${agents.length} agents; one success call`,
			],
		};
	},
};

const exampleC: ExampleSpec = {
	id: 'c',
	file: '03-maintenance-wait-loop.json',
	title: 'Maintenance outlasts the budget: Maintenance output -> Wait -> again',
	fault: 'maintenance from before the first call until budget + Wait/2 after it',
	arrange: async (sim) => {
		await sim.control('maintenance', { on: true });
	},
	during: async (sim, wf, isDone) => {
		const log = await waitForRequests(sim, 1, isDone);
		if (!log) return 'no request arrived';
		const budgetMs = node(wf, 'Wolkvox').parameters.options.retryBudgetSeconds * 1000;
		const waitMs = node(wf, 'Wait').parameters.amount * 1000;
		// ends after the node has given up (budget) and before the Wait node sends the item back
		const endAt = log[0].at + budgetMs + waitMs / 2;
		await sim.control('maintenance', {
			on: false,
			fromMs: 0,
			toMs: Math.max(0, endAt - Date.now()),
		});
		return `window ends ${s(budgetMs + waitMs / 2)} s after the first request (budget ${s(budgetMs)} s, Wait ${s(waitMs)} s)`;
	},
	evaluate: async ({ run, wf, log }) => {
		const checks: Check[] = [];
		ranOk(checks, run);
		const wolkvoxRuns = runsOf(run, 'Wolkvox').length;
		check(
			checks,
			'Wolkvox ran twice (before and after the Wait)',
			wolkvoxRuns === 2,
			`${wolkvoxRuns} runs`,
		);
		const first = wolkvoxRuns > 0 ? outputCounts(run, 'Wolkvox', 0) : [];
		const maint = wolkvoxRuns > 0 ? nodeOutputJson(run, 'Wolkvox', 1, 0) : [];
		check(
			checks,
			'run 1: the item left through Maintenance, nothing on Success',
			(first[0] ?? 0) === 0 && maint.length === 1,
			first,
		);
		const m = maint[0]?.wolkvox ?? {};
		check(
			checks,
			'run 1: maintenance item carries attempts and waitedMs (the 5 s budget was used)',
			m.maintenance === true && m.attempts >= 2 && m.waitedMs >= 4000,
			m,
		);
		check(
			checks,
			'Try Again? -> true once, Give Up never ran',
			countAllRuns(run, 'Try Again?', 0) === 1 && !run.runData['Give Up'],
			{ tryAgain: countAllRuns(run, 'Try Again?', 0), giveUp: Boolean(run.runData['Give Up']) },
		);
		check(checks, 'Wait ran once with the item', countAllRuns(run, 'Wait', 0) === 1);
		const second = wolkvoxRuns > 1 ? outputCounts(run, 'Wolkvox', 1) : [];
		const agents = wolkvoxRuns > 1 ? nodeOutputJson(run, 'Wolkvox', 0, 1) : [];
		const ids = agents.map((a) => a.agent_id);
		check(
			checks,
			`run 2: all ${AGENTS.length} agents on Success, once each; Maintenance empty`,
			ids.length === AGENTS.length && unique(ids) && (second[1] ?? 0) === 0,
			second,
		);
		check(
			checks,
			'Agents (downstream) got the 12 agents',
			countAllRuns(run, 'Agents', 0) === AGENTS.length,
		);
		const okCalls = log.filter((e) => e.status === 200);
		check(
			checks,
			'every call before the last was a maintenance answer; one 200',
			okCalls.length === 1 && log.slice(0, -1).every(isMaintenance),
			log.map((e) => e.status),
		);
		const waitMs = node(wf, 'Wait').parameters.amount * 1000;
		return {
			checks,
			itemsIn: inputCount(run, wf, 'Wolkvox'),
			itemsOut: wolkvoxOutputs(run),
			waitedS: s((m.waitedMs ?? 0) + waitMs),
			waitedNote: `${s(m.waitedMs ?? 0)} s in the node (budget) + ${s(waitMs)} s in the Wait node`,
			facts: [
				`run 1: ${m.attempts ?? '?'} attempts -> Maintenance output; Wait ${s(waitMs)} s; run 2: ${agents.length} agents`,
			],
		};
	},
};

const exampleD: ExampleSpec = {
	id: 'd',
	file: '04-load-campaign-records.json',
	title: `Load ${LEADS.toLocaleString('en-US')} records into a campaign in batches`,
	fault: 'maintenance (5 s) starts while batch 2 is being processed: batch 3 waits for it',
	latencyMs: 1000, // 1 s per call: leaves time to schedule the window between batches
	during: async (sim, _wf, isDone) => {
		const log = await waitForRequests(sim, 2, isDone);
		if (!log) return 'fewer than 2 requests arrived';
		await sim.control('maintenance', { fromMs: 0, toMs: 5000 });
		return 'window of 5 s from the arrival of batch 2';
	},
	evaluate: async ({ run, wf, sim, log }) => {
		const checks: Check[] = [];
		ranOk(checks, run);
		const generated = countAllRuns(run, 'Generate Leads', 0);
		check(checks, `Generate Leads made ${LEADS} items`, generated === LEADS, generated);
		const out = run.runData.Wolkvox ? nodeOutputJson(run, 'Wolkvox', 0) : [];
		const batches = out.filter((j) => !isSummary(j));
		const summary = out.find(isSummary)?.wolkvox ?? {};
		check(
			checks,
			'3 batch items of 10,000 / 10,000 / 5,001 records',
			batches.map((b) => b.wolkvox?.records).join('/') === '10000/10000/5001',
			batches.map((b) => b.wolkvox?.records),
		);
		const indexes: number[] = batches.flatMap((b) => b.wolkvox?.itemIndexes ?? []);
		check(
			checks,
			'batch itemIndexes cover every input item exactly once',
			indexes.length === LEADS && unique(indexes) && indexes.every((i) => i >= 0 && i < LEADS),
		);
		check(checks, 'nothing on the Maintenance output', countAllRuns(run, 'Wolkvox', 1) === 0);
		const stored: any[] = ((await sim.control('campaign')) ?? {})[CAMPAIGN_ID] ?? [];
		const ids = stored.map((r) => r.customer_id);
		const expected = new Set(Array.from({ length: LEADS }, (_, i) => String(100000 + i)));
		check(
			checks,
			`campaign ${CAMPAIGN_ID} in the simulator holds ${LEADS} records`,
			stored.length === LEADS,
			stored.length,
		);
		check(
			checks,
			'stored customer_ids unique and exactly the generated ones',
			unique(ids) && ids.every((id) => expected.has(id)),
			ids.length - new Set(ids).size + ' duplicates',
		);
		const writes = log.filter((e) => e.api === 'add_record');
		const accepted = writes.filter((e) => e.status === 201);
		check(
			checks,
			'3 add_record calls accepted (201), none sent twice',
			accepted.length === 3,
			writes.map((e) => e.status),
		);
		check(
			checks,
			'batch 3 met maintenance and was sent again after it (no 201 lost)',
			writes.some(isMaintenance) && writes[writes.length - 1]?.status === 201,
			writes.map((e) => e.status),
		);
		check(
			checks,
			'summary: batches 3, calls = requests the simulator received',
			summary.batches === 3 && summary.calls === log.length,
			{ summary, simulator: log.length },
		);
		return {
			checks,
			itemsIn: inputCount(run, wf, 'Wolkvox'),
			itemsOut: wolkvoxOutputs(run),
			waitedS: s(summary.waitedMs ?? 0),
			waitedNote: 'in the node (summary item)',
			facts: [
				`${stored.length} records stored in campaign ${CAMPAIGN_ID} (unique ids) in ${accepted.length} accepted calls; ${summary.maintenanceAnswers ?? 0} maintenance answers ridden out`,
			],
		};
	},
};

const exampleE: ExampleSpec = {
	id: 'e',
	file: '05-invalid-token-error-output.json',
	title: 'Invalid token -> error output',
	fault: `the credential's token (${BAD_TOKEN}) is unknown to wolkvox`,
	evaluate: async ({ run, wf, log }) => {
		const checks: Check[] = [];
		ranOk(checks, run);
		const counts = run.runData.Wolkvox ? outputCounts(run, 'Wolkvox') : [];
		const onSuccess = run.runData.Wolkvox ? nodeOutputJson(run, 'Wolkvox', 0) : [];
		check(
			checks,
			'Wolkvox outputs: Success 0, Maintenance 0, Error 1',
			(counts[0] ?? 0) === 0 && (counts[1] ?? 0) === 0 && counts[2] === 1,
			onSuccess.some((j) => j.error !== undefined)
				? `${JSON.stringify(counts)}: the error item left through Success with json keys [${Object.keys(onSuccess[0]).join(', ')}]; ` +
						'n8n routes an item to the error output only when its json keys are: 1.x {error} or {error, message}; 2.x a subset of {error, message, details}'
				: counts,
		);
		const err = run.runData.Wolkvox ? nodeOutputJson(run, 'Wolkvox', 2)[0] : undefined;
		check(
			checks,
			'the error item says the token was not accepted',
			/did not accept the token/.test(String(err?.error)),
			err,
		);
		const alert = run.runData['Build Alert'] ? nodeOutputJson(run, 'Build Alert', 0) : [];
		check(
			checks,
			'Build Alert got it and built the message',
			alert.length === 1 &&
				/wolkvox call failed/.test(alert[0].alert) &&
				/token/.test(alert[0].alert),
			alert,
		);
		check(checks, 'Token Info (Success branch) did not run', !run.runData['Token Info']);
		check(
			checks,
			'one call, answered 403, not retried',
			log.length === 1 && log[0].status === 403,
			log.map((e) => `${e.status} ${e.msg}`),
		);
		check(
			checks,
			'the token appears nowhere in the execution output',
			!run.stdout.includes(BAD_TOKEN) && !run.stderr.includes(BAD_TOKEN),
		);
		return {
			checks,
			itemsIn: inputCount(run, wf, 'Wolkvox'),
			itemsOut: wolkvoxOutputs(run),
			waitedS: 0,
			facts: [`error output: "${String(err?.error ?? '(none)')}"`],
		};
	},
};

/** The period the scripted model asks example 06's tool for (12 calls in the simulator's data). */
export const AGENT_PERIOD = { dateFrom: '2024-01-05T08:00:00', dateTo: '2024-01-05T11:59:59' };

const exampleF: ExampleSpec = {
	id: 'f',
	file: AGENT_EXAMPLE_FILE,
	title: 'An AI agent answers from the call detail (Wolkvox as a tool)',
	fault:
		'maintenance from before the tool call until 4 s after it (the tool waits, the model never sees it)',
	needsOpenAi: true,
	arrange: async (sim, openai) => {
		if (openai) scriptToolCall(openai, AGENT_PERIOD);
		await sim.control('maintenance', { on: true });
	},
	during: async (sim, _wf, isDone) => {
		const log = await waitForRequests(sim, 1, isDone, 180_000);
		if (!log) return 'no request arrived';
		const endAt = log[0].at + 4000;
		await sim.control('maintenance', {
			on: false,
			fromMs: 0,
			toMs: Math.max(0, endAt - Date.now()),
		});
		return "window ends 4 s after the tool's first request";
	},
	evaluate: async ({ run, log, openai }) => {
		const checks: Check[] = [];
		ranOk(checks, run);
		const offered = openai?.offeredTools() ?? [];
		check(
			checks,
			`the model was offered the tool ${TOOL_NAME} with the $fromAI() parameters dateFrom, dateTo`,
			offered.length === 1 &&
				offered[0].name === TOOL_NAME &&
				Object.keys(offered[0].parameters?.properties ?? {})
					.sort()
					.join() === 'dateFrom,dateTo',
			offered.map((t) => ({
				name: t.name,
				parameters: Object.keys(t.parameters?.properties ?? {}),
			})),
		);
		const cdr = log.filter((e) => e.api === 'cdr_1');
		const [ini, end] = [AGENT_PERIOD.dateFrom, AGENT_PERIOD.dateTo].map((d) =>
			d.replace(/\D/g, ''),
		);
		check(
			checks,
			"wolkvox got the model's dates as YYYYmmddHHiiss, with the token",
			cdr.length > 0 &&
				cdr.every((e) => e.query.date_ini === ini && e.query.date_end === end && e.tokenPresent),
			cdr.map((e) => e.query),
		);
		check(
			checks,
			'maintenance answers first, then one 200 (ridden out inside the tool)',
			cdr.some(isMaintenance) &&
				cdr.filter((e) => e.status === 200).length === 1 &&
				cdr[cdr.length - 1]?.status === 200,
			cdr.map((e) => e.status),
		);
		const dataset = new CdrDataset(SMALL_CDR);
		const [lo, hi] = dataset.range(wallToSec(ini), wallToSec(end));
		const truth = Array.from({ length: hi - lo }, (_, k) => dataset.row(lo + k).conn_id).sort();
		const results = openai?.toolResults() ?? [];
		const received = (results[0]?.match(/C\d{8}/g) ?? []).sort();
		check(
			checks,
			`the model received the period's ${truth.length} calls, each once`,
			results.length === 1 && truth.length > 0 && received.join() === truth.join(),
			{ toolResults: results.length, received: received.length, truth: truth.length },
		);
		const answer = agentAnswer(run);
		check(
			checks,
			"the agent's answer carries the calls",
			truth.every((id) => answer.includes(id)),
			answer.slice(0, 300),
		);
		const toolItems = run.runData[TOOL_NODE]?.[0]?.data?.ai_tool?.[0]?.length ?? 0;
		const waited = cdr.length > 1 ? cdr[cdr.length - 1].at - cdr[0].at : 0;
		return {
			checks,
			itemsIn: run.runData[TOOL_NODE] ? 1 : 0,
			itemsOut: { 'to the model': toolItems },
			waitedS: s(waited),
			waitedNote: 'inside the tool, between its first request and the 200',
			facts: [
				`${truth.length} calls reached the model (${(results[0] ?? '').length.toLocaleString('en-US')} characters); answer: ${answer.length.toLocaleString('en-US')} characters`,
			],
		};
	},
};

/**
 * Example 01 as it was saved before node version 2 (typeVersion 1: Resource "Report" with a Report
 * group selector): n8n keeps running it with version 1's fields, and it must give the same rows.
 */
export const SAVED_V1: ExampleSpec = {
	...exampleA,
	id: 'a1',
	file: '../test/e2e/fixtures/v1-call-detail-workflow.json',
	title: "Saved with node version 1: yesterday's call detail",
};

export const EXAMPLES: ExampleSpec[] = [exampleA, exampleB, exampleC, exampleD, exampleE, exampleF];

// ------------------------------------------------------------------ running

/** The examples as imported for a run: patched for the simulator. */
export function preparedWorkflows(specs: ExampleSpec[] = EXAMPLES): WorkflowFixture[] {
	return specs.map((spec) =>
		spec.prepare ? spec.prepare(loadExample(spec.file)) : loadExample(spec.file),
	);
}

/**
 * Imports the credentials (pointing at `simUrl`, and the OpenAI one at `openAiUrl`) and the
 * prepared examples, in two n8n commands.
 */
export async function importExamples(
	n8n: N8nInstance,
	simUrl: string,
	specs: ExampleSpec[] = EXAMPLES,
	openAiUrl?: string,
): Promise<void> {
	await n8n.importCredentials(exampleCredentials(simUrl, openAiUrl));
	await n8n.importWorkflow(preparedWorkflows(specs));
}

/**
 * Runs one imported example: resets the simulator, schedules its fault, executes the workflow in
 * n8n, evaluates. Never throws for a misbehaving run: the report says what failed.
 */
export async function runExample(
	n8n: N8nInstance,
	sim: Simulator,
	spec: ExampleSpec,
	timeoutMs = 240_000,
	openai?: ScriptedOpenAi,
): Promise<ExampleReport> {
	if (spec.needsOpenAi && !openai)
		throw new Error(`example ${spec.file} needs the scripted OpenAI server (startScriptedOpenAi)`);
	const wf = spec.prepare ? spec.prepare(loadExample(spec.file)) : loadExample(spec.file);
	await sim.control('reset', { latencyMs: spec.latencyMs ?? 5 });
	await spec.arrange?.(sim, openai);
	let done = false;
	const execution = n8n.execute(wf.id, timeoutMs).finally(() => {
		done = true;
	});
	const schedule = spec.during
		? spec.during(sim, wf, () => done).catch((e: Error) => `scheduling failed: ${e.message}`)
		: Promise.resolve(undefined);
	const [run, scheduled] = await Promise.all([execution, schedule]);
	const log = await sim.answeredLog();
	let evaluation: Evaluation;
	try {
		evaluation = await spec.evaluate({ run, sim, wf, log, openai });
	} catch (e) {
		evaluation = {
			checks: [
				{ name: 'evaluation', ok: false, detail: `${(e as Error).stack}\n${describeResult(run)}` },
			],
			itemsIn: 0,
			itemsOut: {},
			waitedS: 0,
			facts: [],
		};
	}
	const statuses: Record<string, number> = {};
	for (const e of log) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
	return {
		...evaluation,
		id: spec.id,
		file: spec.file,
		title: spec.title,
		fault: spec.fault,
		pass: evaluation.checks.every((c) => c.ok),
		calls: log.length,
		retries: log.filter(isRetried).length,
		statuses,
		durationMs: run.durationMs,
		schedule: scheduled || undefined,
		run,
	};
}

/** The failed checks, one per line (empty when it behaved). */
export function failures(report: ExampleReport): string[] {
	return report.checks
		.filter((c) => !c.ok)
		.map((c) => `${c.name}${c.detail ? `: ${c.detail}` : ''}`);
}

/** A short readable block for one example. */
export function formatReport(r: ExampleReport): string {
	const out = Object.entries(r.itemsOut)
		.map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
		.join(', ');
	const statuses = Object.entries(r.statuses)
		.map(([k, v]) => `${k} x${v}`)
		.join(', ');
	const lines = [
		`(${r.id}) ${r.file}  ${r.pass ? 'PASS' : 'FAIL'}  (${s(r.durationMs)} s)`,
		`    ${r.title}`,
		`    fault:   ${r.fault}${r.schedule ? ` [${r.schedule}]` : ''}`,
		`    items:   in ${r.itemsIn.toLocaleString('en-US')} -> out ${out}`,
		`    calls:   ${r.calls} (HTTP ${statuses || 'none'}), retries ${r.retries}, waited ${r.waitedS} s${r.waitedNote ? ` (${r.waitedNote})` : ''}`,
		...r.facts.map((f) => `    result:  ${f}`),
	];
	if (r.pass) lines.push(`    verdict: PASS - ${r.checks.length} checks held`);
	else
		lines.push(
			`    verdict: FAIL - ${failures(r).length} of ${r.checks.length} checks failed:`,
			...failures(r).map((f) => `      x ${f.split('\n').slice(0, 6).join('\n        ')}`),
		);
	return lines.join('\n');
}
