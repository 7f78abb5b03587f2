/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * n8n's queue mode for the e2e suite and the benchmarks: Redis and PostgreSQL from Debian packages,
 * each on a free loopback port with its data in a temporary folder, and n8n 2.41.1 as one main
 * (`n8n start`) plus workers (`n8n worker --concurrency=N`), each process with its own user folder
 * (as separate hosts or containers would have) holding the package installed like the Community
 * Nodes UI leaves it (N8nInstance.create with installPackage, see n8n.ts).
 *
 * What n8n 2.41.1 needs (read from its source, packages/cli):
 *  - main and every worker: EXECUTIONS_MODE=queue, QUEUE_BULL_REDIS_HOST/PORT, DB_TYPE=postgresdb +
 *    DB_POSTGRESDB_HOST/PORT/DATABASE/USER/PASSWORD, the same N8N_ENCRYPTION_KEY (credentials are
 *    decrypted by the worker that runs the execution);
 *  - OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS=true: manual executions also go to the workers
 *    (workflow-runner.js, `shouldEnqueue`); production webhook and trigger executions always do;
 *  - community packages: every process scans `<N8N_USER_FOLDER>/.n8n/nodes/node_modules` at start
 *    (CommunityPackagesModule.nodeLoaders; `n8n worker` sets needsCommunityPackages), so the
 *    package must be installed on every worker, not only on the main;
 *  - poll triggers run on the (leader) main only; their executions are queued to the workers;
 *  - `n8n execute` does not support queue mode (it falls back to running in its own process):
 *    executions here are started by production webhooks or active triggers.
 *
 * Installing the services (fresh CI machines run as root): when `redis-server` or PostgreSQL's
 * binaries are missing, `apt-get install -y redis-server postgresql` runs if this process is root;
 * otherwise the error says what to install. PostgreSQL refuses to run as root: as root, initdb and
 * postgres run as the `postgres` user the Debian package creates (spawn with its uid/gid).
 *
 * Usage:
 *   const cluster = await QueueCluster.start({ workers: 2, concurrency: 10 });
 *   await cluster.main.importCredentials(cred); await cluster.main.importWorkflow(wf);
 *   await cluster.main.activateWorkflow(wf.id);
 *   await cluster.startMain();                  // n8n start (activates the published workflows)
 *   await cluster.startWorkers();               // n8n worker x workers
 *   await cluster.postWebhook('path', body);
 *   const executions = await cluster.main.readExecutions(wf.id);   // from PostgreSQL
 *   cluster.workerOf(executions[0].id);         // which worker's log says it ran it
 *   await cluster.stop();                       // n8n processes, then Redis and PostgreSQL
 */
import { spawn, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

import { CdrDataset, SMALL_CDR, wallToSec } from '../simulator/data';
import {
	N8nInstance,
	N8nProcess,
	N8nServer,
	StoredExecution,
	WorkflowFixture,
	connect,
	freePort,
	makeId,
	nodeOutputJson,
	runBounded,
	sleep,
	splitOutNode,
	waitFor,
	waitForWebhook,
	webhookNode,
} from './n8n';
import { WOLKVOX_NODE_NAME, wolkvoxOperationNode } from './wolkvox';

// ------------------------------------------------------------------ Debian packages

const PG_ROOT = '/usr/lib/postgresql';

function onPath(binary: string): string | undefined {
	const r = spawnSync('bash', ['-c', `command -v ${binary}`], {
		encoding: 'utf8',
		timeout: 10_000,
	});
	const found = (r.stdout || '').trim();
	if (found) return found;
	const usual = path.join('/usr/bin', binary);
	return fs.existsSync(usual) ? usual : undefined;
}

/** The bin folder of the newest PostgreSQL installed from Debian packages (e.g. /usr/lib/postgresql/15/bin). */
function postgresBinDir(): string | undefined {
	if (!fs.existsSync(PG_ROOT)) return undefined;
	const versions = fs
		.readdirSync(PG_ROOT)
		.filter((v) => fs.existsSync(path.join(PG_ROOT, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? path.join(PG_ROOT, versions[0], 'bin') : undefined;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Makes sure `redis-server` and PostgreSQL are installed: as root, installs the Debian packages
 * that are missing (waiting up to 10 min for another apt/dpkg run to finish); otherwise throws with
 * the command to run. Returns the two binaries' locations.
 */
export async function ensureQueueServices(
	log: (line: string) => void = () => undefined,
): Promise<{ redisServer: string; pgBin: string }> {
	const missing: string[] = [];
	if (!onPath('redis-server')) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (missing.length > 0) {
		if (!isRoot())
			throw new Error(
				`queue mode needs ${missing.join(' and ')} (Debian packages); install them as root: ` +
					`apt-get install -y ${missing.join(' ')}`,
			);
		log(`installing ${missing.join(', ')} (apt-get)...`);
		const env = { ...(process.env as Record<string, string>), DEBIAN_FRONTEND: 'noninteractive' };
		const apt = (args: string[]) =>
			runBounded('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
				env,
				timeoutMs: 15 * 60_000,
			});
		let r = await apt(['install', '-y', '--no-install-recommends', ...missing]);
		if (r.exitCode !== 0) {
			// a fresh machine has no package lists yet
			const update = await apt(['update']);
			if (update.exitCode !== 0)
				throw new Error(`apt-get update failed:\n${(update.stdout + update.stderr).slice(-3000)}`);
			r = await apt(['install', '-y', '--no-install-recommends', ...missing]);
		}
		if (r.exitCode !== 0)
			throw new Error(
				`apt-get install ${missing.join(' ')} failed:\n${(r.stdout + r.stderr).slice(-3000)}`,
			);
	}
	const redisServer = onPath('redis-server');
	const pgBin = postgresBinDir();
	if (!redisServer || !pgBin)
		throw new Error(
			`after installing, redis-server (${redisServer}) or ${PG_ROOT}/*/bin is missing`,
		);
	return { redisServer, pgBin };
}

// ------------------------------------------------------------------ services

export interface Service {
	name: string;
	port: number;
	/** temporary folder with the service's data and log (removed by stop) */
	dir: string;
	logFile: string;
	log(): string;
	stop(): Promise<void>;
}

const serviceGroups = new Map<number, string>(); // pid -> folder to remove
process.once('exit', () => {
	for (const [pid, dir] of serviceGroups) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			/* gone */
		}
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

/**
 * Spawns a service in its own process group (optionally as another user), output in its log file;
 * stop() sends `stopSignal` to the group, waits up to 15 s, then SIGKILL, and removes `dir`.
 */
function spawnService(
	name: string,
	command: string,
	args: string[],
	dir: string,
	port: number,
	stopSignal: NodeJS.Signals,
	user?: { uid: number; gid: number },
): Service {
	const logFile = path.join(dir, `${name}.log`);
	const fd = fs.openSync(logFile, 'a');
	if (user) fs.chownSync(logFile, user.uid, user.gid);
	const child = spawn(command, args, {
		cwd: dir,
		env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', TZ: 'UTC' },
		detached: true,
		stdio: ['ignore', fd, fd],
		...(user ?? {}),
	});
	fs.closeSync(fd);
	const pid = child.pid;
	if (pid === undefined) throw new Error(`could not spawn ${command}`);
	serviceGroups.set(pid, dir);
	let exited = false;
	const exit = new Promise<void>((resolve) =>
		child.once('exit', () => {
			exited = true;
			resolve();
		}),
	);
	const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
	return {
		name,
		port,
		dir,
		logFile,
		log,
		stop: async () => {
			const kill = (signal: NodeJS.Signals) => {
				try {
					process.kill(-pid, signal);
				} catch {
					/* gone */
				}
			};
			if (!exited) {
				kill(stopSignal);
				let timer: NodeJS.Timeout | undefined;
				await Promise.race([exit, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
				clearTimeout(timer);
			}
			kill('SIGKILL');
			serviceGroups.delete(pid);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Sends `request` to 127.0.0.1:port and resolves with the first answer bytes ('' on any error). */
function ask(port: number, request: string, timeoutMs = 2_000): Promise<string> {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		const done = () => {
			socket.destroy();
			resolve(answer);
		};
		socket.setTimeout(timeoutMs, done);
		socket.on('error', done);
		socket.on('connect', () => socket.write(request));
		socket.on('data', (d) => {
			answer += d.toString('utf8');
			done();
		});
	});
}

/** redis-server on a free loopback port, no persistence, its folder in the temp dir. */
export async function startRedis(redisServer = 'redis-server'): Promise<Service> {
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-redis-'));
	const service = spawnService(
		'redis',
		redisServer,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
		],
		dir,
		port,
		'SIGTERM',
	);
	try {
		await waitFor(
			`redis-server on port ${port}`,
			30_000,
			async () => (await ask(port, 'PING\r\n')).startsWith('+PONG'),
			service.log,
			200,
		);
	} catch (error) {
		await service.stop();
		throw error;
	}
	return service;
}

export interface Postgres extends Service {
	database: string;
	user: string;
	password: string;
}

/**
 * PostgreSQL (Debian's binaries, `initdb` + `postgres`) on a free loopback port, data in a fresh
 * temp folder, trust authentication on loopback, durability off (fsync, synchronous_commit: test
 * data only). As root both run as the `postgres` user.
 */
export async function startPostgres(pgBin: string): Promise<Postgres> {
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-pg-'));
	let user: { uid: number; gid: number } | undefined;
	if (isRoot()) {
		const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
		const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
		if (id.status !== 0)
			throw new Error(
				'PostgreSQL refuses to run as root and there is no `postgres` user (the postgresql package creates it)',
			);
		user = { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
		fs.chownSync(dir, user.uid, user.gid);
	}
	const dbUser = 'n8n';
	const password = 'n8n';
	const database = 'n8n';
	const data = path.join(dir, 'data');
	const initdb = spawnSync(
		path.join(pgBin, 'initdb'),
		['-D', data, '-U', dbUser, '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C'],
		{ encoding: 'utf8', timeout: 120_000, cwd: dir, ...(user ?? {}) },
	);
	if (initdb.status !== 0) {
		fs.rmSync(dir, { recursive: true, force: true });
		throw new Error(`initdb failed (exit ${initdb.status}):\n${initdb.stdout}\n${initdb.stderr}`);
	}
	const service = spawnService(
		'postgres',
		path.join(pgBin, 'postgres'),
		[
			'-D',
			data,
			'-p',
			String(port),
			'-k',
			dir, // unix socket in our folder, not /var/run/postgresql
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		],
		dir,
		port,
		'SIGINT', // "fast" shutdown
		user,
	);
	try {
		await waitFor(
			`postgres on port ${port}`,
			60_000,
			async () => {
				const r = spawnSync(
					path.join(pgBin, 'pg_isready'),
					['-h', '127.0.0.1', '-p', String(port), '-U', dbUser, '-d', 'postgres'],
					{ encoding: 'utf8', timeout: 5_000 },
				);
				return r.status === 0;
			},
			service.log,
			300,
		);
		const created = spawnSync(
			path.join(pgBin, 'createdb'),
			['-h', '127.0.0.1', '-p', String(port), '-U', dbUser, database],
			{ encoding: 'utf8', timeout: 30_000 },
		);
		if (created.status !== 0) throw new Error(`createdb failed: ${created.stderr}`);
	} catch (error) {
		await service.stop();
		throw error;
	}
	return { ...service, database, user: dbUser, password };
}

// ------------------------------------------------------------------ the n8n cluster

export interface ClusterOptions {
	/** workers started by startWorkers() without an argument (default 2) */
	workers?: number;
	/** `--concurrency` of each worker (default 10, n8n's default) */
	concurrency?: number;
	/** extra environment for every n8n process */
	env?: Record<string, string>;
	log?: (line: string) => void;
}

export interface Worker {
	instance: N8nInstance;
	process: N8nProcess;
}

export class QueueCluster {
	server?: N8nServer;

	workers: Worker[] = [];

	/** logs of workers stopped so far (workerOf() still finds their executions) */
	private readonly stoppedWorkerLogs: string[] = [];

	private constructor(
		readonly redis: Service,
		readonly postgres: Postgres,
		/** the main's N8nInstance: CLI commands (import, publish) and readExecutions go through it */
		readonly main: N8nInstance,
		/** the environment every process of the cluster shares */
		readonly queueEnv: Record<string, string>,
		readonly options: Required<Pick<ClusterOptions, 'workers' | 'concurrency'>> & ClusterOptions,
	) {}

	/**
	 * Installs Redis/PostgreSQL if needed, starts them, and prepares the main's user folder (package
	 * installed). n8n itself is not started: import and publish workflows first, then startMain().
	 */
	static async start(options: ClusterOptions = {}): Promise<QueueCluster> {
		const log = options.log ?? (() => undefined);
		const { redisServer, pgBin } = await ensureQueueServices(log);
		const redis = await startRedis(redisServer);
		let postgres: Postgres | undefined;
		try {
			postgres = await startPostgres(pgBin);
			log(`redis on 127.0.0.1:${redis.port}, postgres on 127.0.0.1:${postgres.port}`);
			const queueEnv: Record<string, string> = {
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redis.port),
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(postgres.port),
				DB_POSTGRESDB_DATABASE: postgres.database,
				DB_POSTGRESDB_USER: postgres.user,
				DB_POSTGRESDB_PASSWORD: postgres.password,
				N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
				OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
				// stopping a process waits at most this long for its running executions
				N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '15',
				...(options.env ?? {}),
			};
			const main = await N8nInstance.create('v2', {
				installPackage: true,
				packageMode: 'tarball',
				env: queueEnv,
			});
			return new QueueCluster(redis, postgres, main, queueEnv, {
				workers: 2,
				concurrency: 10,
				...options,
			});
		} catch (error) {
			await postgres?.stop();
			await redis.stop();
			throw error;
		}
	}

	/** `n8n start` of the main (webhooks, active triggers and pollers; enqueues executions). */
	async startMain(): Promise<N8nServer> {
		if (this.server?.alive()) throw new Error('the main is already running');
		this.server = await this.main.startServer();
		return this.server;
	}

	/** Stops the main (SIGTERM; n8n's graceful shutdown). Resolves with the time it took. */
	async stopMain(): Promise<number> {
		const ms = (await this.server?.stop()) ?? 0;
		return ms;
	}

	/** Starts `count` more workers (each with its own user folder and ports), in parallel. */
	async startWorkers(
		count = this.options.workers,
		concurrency = this.options.concurrency,
	): Promise<Worker[]> {
		const started = await Promise.all(
			Array.from({ length: count }, async () => {
				const instance = await N8nInstance.create('v2', {
					installPackage: true,
					packageMode: 'tarball',
					env: this.queueEnv,
				});
				try {
					return { instance, process: await instance.startWorker(concurrency) };
				} catch (error) {
					await instance.dispose();
					throw error;
				}
			}),
		);
		this.workers.push(...started);
		return started;
	}

	/** Stops every worker (SIGTERM: a worker finishes its running jobs first). */
	async stopWorkers(): Promise<void> {
		const workers = this.workers.splice(0);
		await Promise.all(
			workers.map(async (w) => {
				await w.process.stop();
				this.stoppedWorkerLogs.push(w.process.log());
				await w.instance.dispose();
			}),
		);
	}

	/** Index (in start order, stopped workers first) of the worker whose log says it ran `executionId`; -1 if none. */
	workerOf(executionId: string): number {
		const logs = [...this.stoppedWorkerLogs, ...this.workers.map((w) => w.process.log())];
		const line = new RegExp(`Worker started execution ${executionId} \\(job`);
		return logs.findIndex((log) => line.test(log));
	}

	/** Waits until the main has registered a production webhook (n8n 2.x activates after start-up). */
	async waitForWebhook(webhookPath: string): Promise<void> {
		if (!this.server) throw new Error('the main is not running');
		await waitForWebhook(this.server, webhookPath);
	}

	/** POST a JSON body to a production webhook of the main; resolves with the HTTP status. */
	async postWebhook(webhookPath: string, body: unknown): Promise<number> {
		if (!this.server) throw new Error('the main is not running');
		const res = await fetch(`${this.server.url}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(60_000),
		});
		await res.text();
		return res.status;
	}

	/** Stops the workers and the main, removes their user folders, stops Redis and PostgreSQL. */
	async stop(): Promise<void> {
		await Promise.allSettled([this.stopWorkers(), this.stopMain()]);
		await this.main.dispose();
		await Promise.allSettled([this.redis.stop(), this.postgres.stop()]);
	}
}

// ------------------------------------------------------------------ a CDR load through a webhook

/**
 * `executions` webhook calls; call k asks for `windowsPerExecution` consecutive windows of
 * `windowHours` of the simulator's default dataset (SMALL_CDR, 45 days from 2024-01-01), so the
 * calls together ask for every record of the first executions x windows x hours, each once.
 */
export interface CdrLoad {
	executions: number;
	windowsPerExecution: number;
	windowHours: number;
}

/** "2024-01-01T05:00:00" for the node's date fields (timezone UTC, the simulator's wall time). */
const isoWall = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 19);

/** The webhook body of call k: `{ k, windows: [{ from, to }, ...] }`. */
export function cdrLoadBody(
	load: CdrLoad,
	k: number,
): { k: number; windows: Array<{ from: string; to: string }> } {
	const start = wallToSec(SMALL_CDR.start);
	const span = load.windowHours * 3600;
	const windows = Array.from({ length: load.windowsPerExecution }, (_, j) => {
		const from = start + (k * load.windowsPerExecution + j) * span;
		return { from: isoWall(from), to: isoWall(from + span - 1) };
	});
	return { k, windows };
}

/** Webhook (POST /webhook/<path>) -> Split Out (body.windows) -> Wolkvox v2 (Report: Calls > Get Call Detail, UTC). */
export function cdrWebhookWorkflow(
	credential: { id: string; name: string },
	webhookPath: string,
): WorkflowFixture {
	const webhook = webhookNode(webhookPath);
	const split = splitOutNode('body.windows');
	const wolkvox = wolkvoxOperationNode(
		{
			resource: 'reportCalls',
			operation: 'getCallDetail',
			date_ini: '={{ $json.from }}',
			date_end: '={{ $json.to }}',
			options: { timezone: 'UTC' },
		},
		credential,
	);
	const connections: Record<string, any> = {};
	connect(connections, webhook.name, split.name);
	connect(connections, split.name, wolkvox.name);
	return {
		id: makeId('wfq'),
		name: `wolkvox CDR windows per webhook call (${webhookPath})`,
		nodes: [webhook, split, wolkvox],
		connections,
		active: false,
		settings: { executionOrder: 'v1', timezone: 'UTC' },
	};
}

export interface CdrTally {
	/** records of the dataset the load asks for */
	expected: number;
	/** records the executions' Wolkvox nodes emitted (duplicates included) */
	received: number;
	lost: string[];
	doubled: string[];
	/** emitted but not in the dataset's asked-for range */
	unexpected: string[];
	/** emitted by an execution other than the one that asked for its window */
	misplaced: string[];
	/** the `k` of each execution's webhook body, sorted */
	ks: number[];
}

/**
 * Checks the executions' output against the seeded dataset the simulator serves (not against what
 * the node reports): every record of the asked-for range exactly once, in the execution that asked.
 */
export function tallyCdr(load: CdrLoad, executions: StoredExecution[]): CdrTally {
	const truth = new CdrDataset(SMALL_CDR);
	const first = wallToSec(SMALL_CDR.start);
	const perExecution = load.windowsPerExecution * load.windowHours * 3600;
	const [lo, hi] = truth.range(first, first + load.executions * perExecution - 1);
	const expected = new Map<string, number>(); // conn_id -> k of the execution that asks for it
	for (let i = lo; i < hi; i++)
		expected.set(truth.row(i).conn_id, Math.floor((truth.times[i] - first) / perExecution));
	const seen = new Map<string, number>();
	const misplaced: string[] = [];
	const ks: number[] = [];
	let received = 0;
	for (const e of executions) {
		const k = e.runData['Webhook']?.[0]?.data?.main?.[0]?.[0]?.json?.body?.k;
		ks.push(k);
		const rows = e.runData[WOLKVOX_NODE_NAME] ? nodeOutputJson(e, WOLKVOX_NODE_NAME, 0) : [];
		for (const row of rows) {
			const id = String(row.conn_id);
			received++;
			seen.set(id, (seen.get(id) ?? 0) + 1);
			if (expected.has(id) && expected.get(id) !== k) misplaced.push(`${id} in k=${k}`);
		}
	}
	return {
		expected: expected.size,
		received,
		lost: [...expected.keys()].filter((id) => !seen.has(id)),
		doubled: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
		unexpected: [...seen.keys()].filter((id) => !expected.has(id)),
		misplaced,
		ks: ks.sort((a, b) => a - b),
	};
}

/** What the simulator's request log (/__control/log) says about a run. */
export interface RequestFigures {
	requests: number;
	/** 200 or 404 (no data): the answers asked for */
	answered: number;
	/** 403 "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN" */
	limit403: number;
	/** 403 "The APIs cannot be consumed at this time" */
	maintenance403: number;
	/** any other status: count */
	other: Record<string, number>;
	/** from the first request's arrival to the last answered request's arrival + latency */
	spanMs: number;
	/** answered requests per second over spanMs */
	perSecond: number;
	/** mean of the token's requests in flight as each answered request arrived (itself included): 2 = the limit kept full */
	meanInFlight: number;
}

export function requestFigures(log: any[], latencyMs: number): RequestFigures {
	const ok = (r: any) => r.status === 200 || r.status === 404;
	const answered = log.filter(ok);
	const other: Record<string, number> = {};
	let limit403 = 0;
	let maintenance403 = 0;
	for (const r of log) {
		if (ok(r)) continue;
		if (r.status === 403 && /SIMULTANEOUS REQUESTS/.test(r.msg)) limit403++;
		else if (r.status === 403 && /cannot be consumed/.test(r.msg)) maintenance403++;
		else other[r.status] = (other[r.status] ?? 0) + 1;
	}
	const spanMs =
		answered.length > 0
			? Math.max(...answered.map((r) => r.at)) + latencyMs - Math.min(...log.map((r) => r.at))
			: 0;
	return {
		requests: log.length,
		answered: answered.length,
		limit403,
		maintenance403,
		other,
		spanMs,
		perSecond: spanMs > 0 ? (answered.length * 1000) / spanMs : 0,
		meanInFlight:
			answered.length > 0
				? answered.reduce((sum, r) => sum + (r.inFlight ?? 0), 0) / answered.length
				: 0,
	};
}

export { sleep };
