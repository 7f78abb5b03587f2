/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Wolkvox fixtures for the real-n8n e2e tests: credential and node builders, a tiny in-process
 * wolkvox stub on 127.0.0.1, and a launcher for the project's simulator (test/simulator/cli.ts).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { spawn } from 'child_process';

import {
	CredentialFixture,
	REPO_ROOT,
	WOLKVOX_CREDENTIAL_TYPE,
	WOLKVOX_NODE_TYPE,
	WOLKVOX_TRIGGER_NODE_TYPE,
	WorkflowFixture,
	connect,
	freePort,
	isPackageBuilt,
	linearWorkflow,
	makeId,
} from './n8n';

export const SIM_TOKEN = 'sim-token-0001';
export const WOLKVOX_NODE_NAME = 'Wolkvox';
export const SUCCESS_OUTPUT = 0;
export const MAINTENANCE_OUTPUT = 1;
export const MAINTENANCE_MESSAGE = 'The APIs cannot be consumed at this time, try again later.';

// ------------------------------------------------------------------ builders

export function wolkvoxCredential(
	baseUrl: string,
	token = SIM_TOKEN,
	id = 'wvCred1',
): CredentialFixture {
	return {
		id,
		name: `Wolkvox (${baseUrl})`,
		type: WOLKVOX_CREDENTIAL_TYPE,
		data: { server: '0001', baseUrl, token },
	};
}

export interface ApiRequestParams {
	family?: string;
	api: string;
	method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
	query?: Record<string, string>;
	options?: {
		retryBudgetSeconds?: number;
		onMaintenanceTimeout?: 'output' | 'fail';
		[key: string]: unknown;
	};
	[extra: string]: unknown;
}

/** A Wolkvox node doing resource apiRequest / operation send. */
export function wolkvoxApiRequestNode(
	p: ApiRequestParams,
	credential: CredentialFixture,
	name = WOLKVOX_NODE_NAME,
): any {
	const { family = 'reports_manager', api, method = 'GET', query = {}, options = {}, ...extra } = p;
	return {
		id: 'd0000000-0000-4000-8000-00000000000a',
		name,
		type: WOLKVOX_NODE_TYPE,
		typeVersion: 1,
		parameters: {
			resource: 'apiRequest',
			operation: 'send',
			family,
			api,
			method,
			queryParameters: {
				parameter: Object.entries(query).map(([k, v]) => ({ name: k, value: v })),
			},
			options,
			...extra,
		},
		credentials: { [WOLKVOX_CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	};
}

/** Manual Trigger -> Wolkvox (API Request). Read outputs with nodeOutputJson(run, 'Wolkvox', 0|1). */
export function wolkvoxWorkflow(
	name: string,
	p: ApiRequestParams,
	credential: CredentialFixture,
	id = makeId(),
): WorkflowFixture {
	return linearWorkflow(name, [wolkvoxApiRequestNode(p, credential)], id);
}

/**
 * A Wolkvox node doing a catalog operation (resource/operation and its fields in `parameters`), by
 * default in node version 2 (what a node added today gets; e.g. resource 'reportCalls').
 */
export function wolkvoxOperationNode(
	parameters: Record<string, unknown>,
	credential: Pick<CredentialFixture, 'id' | 'name'>,
	name = WOLKVOX_NODE_NAME,
	typeVersion = 2,
): any {
	return {
		id: 'd0000000-0000-4000-8000-00000000000b',
		name,
		type: WOLKVOX_NODE_TYPE,
		typeVersion,
		position: [440, 0],
		parameters,
		credentials: { [WOLKVOX_CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	};
}

// ------------------------------------------------------------------ Wolkvox Trigger workflows

export const TRIGGER_NODE_NAME = 'Wolkvox Trigger';
export const TRIGGER_RECEIVED_NAME = 'Received';
/** Seconds of the minute at which triggerWorkflow polls (one Poll Times item each). */
export const POLL_SECONDS = [0, 10, 20, 30, 40, 50];
export const POLL_EVERY_MS = 10_000;

/** "2026-05-04 13:04:59": the wolkvox date of an instant, in UTC. */
export const utcWall = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** A call as cdr_1 lists it. */
export { cdrCall } from '../simulator/data';

/**
 * Wolkvox Trigger (New Call Record, every 10 s, Minimum Interval 0, timezone UTC) -> No Operation.
 * n8n refuses sub-minute crons (2.x: the seconds field must be one number; 1.x: no `*` in it), so
 * the workflow has six Poll Times items, custom crons `0 * * * * *`, `10 * * * * *` ... `50 * * * * *`.
 */
export function triggerWorkflow(
	name: string,
	credential: Pick<CredentialFixture, 'id' | 'name'>,
): WorkflowFixture {
	const nodes = [
		{
			id: 'f0000000-0000-4000-8000-000000000001',
			name: TRIGGER_NODE_NAME,
			type: WOLKVOX_TRIGGER_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				pollTimes: {
					item: POLL_SECONDS.map((s) => ({ mode: 'custom', cronExpression: `${s} * * * * *` })),
				},
				event: 'newCall',
				options: { minIntervalMinutes: 0, timezone: 'UTC' },
			},
			credentials: { wolkvoxApi: { id: credential.id, name: credential.name } },
		},
		{
			id: 'f0000000-0000-4000-8000-000000000002',
			name: TRIGGER_RECEIVED_NAME,
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [220, 0],
			parameters: {},
		},
	];
	const connections: Record<string, any> = {};
	connect(connections, TRIGGER_NODE_NAME, TRIGGER_RECEIVED_NAME);
	return {
		id: makeId('wft'),
		name,
		nodes,
		connections,
		active: false,
		settings: { executionOrder: 'v1', timezone: 'UTC' },
	};
}

// ------------------------------------------------------------------ in-process stub

export interface StubRequest {
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export interface WolkvoxStub {
	url: string;
	requests: StubRequest[];
	/** 'ok' answers 200 {code, msg, data: rows}; 'maintenance' answers 403 with wolkvox's backup message */
	mode: 'ok' | 'maintenance';
	rows: Record<string, unknown>[];
	token: string;
	close(): Promise<void>;
}

/** A minimal wolkvox look-alike on 127.0.0.1 (independent of test/simulator). */
export async function startStub(): Promise<WolkvoxStub> {
	const port = await freePort();
	const stub: WolkvoxStub = {
		url: `http://127.0.0.1:${port}`,
		requests: [],
		mode: 'ok',
		rows: [
			{ conn_id: '1001', agent_id: '7', duration: '35' },
			{ conn_id: '1002', agent_id: '8', duration: '61' },
		],
		token: SIM_TOKEN,
		close: async () => undefined,
	};
	const server = http.createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (d: string) => (body += d));
		req.on('end', () => {
			const u = new URL(req.url ?? '/', stub.url);
			stub.requests.push({
				method: req.method ?? '',
				url: req.url ?? '',
				path: u.pathname,
				query: Object.fromEntries(u.searchParams.entries()),
				headers: req.headers,
				body,
			});
			const send = (status: number, json: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(json));
			};
			if (req.headers['wolkvox-token'] !== stub.token)
				return send(403, { code: 403, error: 'PLEASE VALIDATE TOKEN' });
			if (stub.mode === 'maintenance') return send(403, { code: 403, msg: MAINTENANCE_MESSAGE });
			return send(200, { code: 200, msg: 'OK', data: stub.rows });
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	stub.close = () =>
		new Promise<void>((resolve) => {
			server.closeAllConnections?.();
			server.close(() => resolve());
		});
	return stub;
}

// ------------------------------------------------------------------ the project's simulator

export const SIMULATOR_CLI = path.join(REPO_ROOT, 'test', 'simulator', 'cli.ts');

export function simulatorExists(): boolean {
	return fs.existsSync(SIMULATOR_CLI);
}

/** An e2e suite needs the built package and the simulator: without them it fails and says why (never skipped). */
export function requireBuildAndSimulator(): void {
	if (!isPackageBuilt() || !simulatorExists())
		throw new Error(
			'Build the package first (npm run build): the e2e tests install dist/ into real n8n',
		);
}

/** One request in the simulator's log (GET /__control/log; the token itself is left out). */
export interface SimLogEntry {
	seq: number;
	at: number;
	method: string;
	path: string;
	file: string;
	api: string;
	query: Record<string, string>;
	body?: unknown;
	/** HTTP status of the answer; 0 while unanswered, -1 reset fault, -2 hang fault. */
	status: number;
	msg: string;
	rows?: number;
	inFlight?: number;
	tokenPresent: boolean;
}

export interface Simulator {
	url: string;
	port: number;
	output(): string;
	/** GET (no body) or POST (with body, e.g. `control('reset', {})`) a control endpoint under /__control/; parsed JSON. */
	control(pathUnderControl: string, body?: unknown): Promise<any>;
	/**
	 * The request log once every request in it is answered. The simulator logs a request when it
	 * arrives (status 0) and fills in the status when it answers, so a log read while a request is
	 * in flight (a trigger's poll, a retry) would show that 0: read the log through this, not
	 * `control('log')`. Polls until no entry is unanswered; throws after `timeoutMs`.
	 */
	answeredLog(timeoutMs?: number): Promise<SimLogEntry[]>;
	stop(): Promise<void>;
}

/**
 * Starts `ts-node --transpile-only test/simulator/cli.ts --port <free port or fixedPort> [extraArgs, e.g. --latency 200]` and waits for its
 * "listening on http://127.0.0.1:<port>" line (bounded by timeoutMs). The process runs in its own
 * process group and is killed by stop() (and when the test process exits).
 */
export async function startSimulator(
	extraArgs: string[] = [],
	timeoutMs = 60_000,
	fixedPort?: number,
): Promise<Simulator> {
	const port = fixedPort ?? (await freePort());
	const tsNode = path.join(REPO_ROOT, 'node_modules', '.bin', 'ts-node');
	const child = spawn(
		tsNode,
		['--transpile-only', SIMULATOR_CLI, '--port', String(port), ...extraArgs],
		{
			cwd: REPO_ROOT,
			env: process.env,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	const pid = child.pid!;
	const kill = (sig: NodeJS.Signals) => {
		try {
			process.kill(-pid, sig);
		} catch {
			/* gone */
		}
	};
	const onExit = () => kill('SIGKILL');
	process.once('exit', onExit);
	let out = '';
	child.stdout.setEncoding('utf8');
	child.stderr.setEncoding('utf8');
	const url = `http://127.0.0.1:${port}`;
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			kill('SIGKILL');
			reject(new Error(`simulator did not start within ${timeoutMs} ms:\n${out}`));
		}, timeoutMs);
		const onData = (d: string) => {
			out += d;
			if (out.includes(`listening on ${url}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`simulator exited (${code}) before listening:\n${out}`));
		});
	});
	const control = async (p: string, body?: unknown) => {
		const res = await fetch(`${url}/__control/${p.replace(/^\/+/, '')}`, {
			method: body === undefined ? 'GET' : 'POST',
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(10_000),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`simulator control ${p}: HTTP ${res.status} ${text}`);
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	};
	return {
		url,
		port,
		output: () => out,
		control,
		answeredLog: async (timeoutMs = 30_000) => {
			const until = Date.now() + timeoutMs;
			for (;;) {
				const log = (await control('log')) as SimLogEntry[];
				const unanswered = log.filter((e) => e.status === 0);
				if (unanswered.length === 0) return log;
				if (Date.now() > until)
					throw new Error(
						`simulator log: still unanswered after ${timeoutMs} ms: ${unanswered
							.map((e) => `#${e.seq} ${e.method} ${e.path} ${e.api}`)
							.join(', ')}`,
					);
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		stop: async () => {
			process.removeListener('exit', onExit);
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
			kill('SIGTERM');
			const t = setTimeout(() => kill('SIGKILL'), 3_000);
			await exited;
			clearTimeout(t);
			kill('SIGKILL');
		},
	};
}
