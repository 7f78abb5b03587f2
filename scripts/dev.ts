/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * `npm run dev`: the n8n editor at http://localhost:5678 with n8n-nodes-wolkvox installed as a
 * community package, the wolkvox simulator at http://127.0.0.1:4010, the scripted OpenAI-compatible
 * server of test/e2e/openai.ts at http://127.0.0.1:4011/v1 (the "model" of example 06), the
 * credentials "Wolkvox (simulator)" / "Wolkvox (wrong token, example 05)" / "OpenAI (scripted test server)"
 * and the example workflows imported. Runs until Ctrl+C, then stops n8n and the servers.
 *
 *   npm run dev                       n8n 2.41.1 (provisioned into ~/.cache/n8n-nodes-wolkvox on first use)
 *   npm run dev -- --n8n v1           n8n 1.123.x instead
 *   npm run dev -- --fresh            start over: new n8n user folder (workflows, executions, owner)
 *   npm run dev -- --large            simulator with 250,000 CDR rows over 90 days (instead of 3,000 over 45)
 *   npm run dev -- --port 5678 --sim-port 4010 --openai-port 4011
 *
 * The n8n user folder is persistent (~/.cache/n8n-nodes-wolkvox/dev-<v2|v1>): your workflows and
 * the owner account survive restarts. The package is re-installed from the fresh build on every
 * start (restart `npm run dev` after changing the node). The examples are imported on the first
 * start only (or with --fresh), so edits to them are kept.
 *
 * Login: n8n asks for an owner account. n8n 2.x takes it from the environment
 * (N8N_INSTANCE_OWNER_MANAGED_BY_ENV + a bcrypt hash); on 1.x the script sets it up through
 * POST /rest/owner/setup. Either way: dev@example.com / Wolkvox-dev-1 (local only).
 */
import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';

import {
	N8nInstance,
	N8nVersionKey,
	cacheDir,
	isPackageBuilt,
	provisionWithProgress,
} from '../test/e2e/n8n';
import { exampleCredentials, exampleFiles, loadExample } from '../test/e2e/examples';
import { scriptToolCall } from '../test/e2e/aiAgent';
import { ScriptedOpenAi, startScriptedOpenAi } from '../test/e2e/openai';
import { DEV_OWNER as OWNER, ownerEnv, setupOwner } from '../test/e2e/owner';
import { Simulator, startSimulator } from '../test/e2e/wolkvox';

function argValue(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const hasFlag = (name: string) => process.argv.includes(`--${name}`);

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, () => srv.close(() => resolve(true)));
	});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean): Promise<boolean> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until && alive()) {
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
			if (res.status === 200) return true;
		} catch {
			/* not up yet */
		}
		await sleep(500);
	}
	return false;
}

async function main(): Promise<void> {
	const key = argValue('n8n', 'v2') as N8nVersionKey;
	if (key !== 'v2' && key !== 'v1') throw new Error(`--n8n must be v2 or v1, not ${key}`);
	const port = Number(argValue('port', '5678'));
	const simPort = Number(argValue('sim-port', '4010'));
	const openAiPort = Number(argValue('openai-port', '4011'));
	const brokerPort = Number(argValue('broker-port', '5679'));
	if (!isPackageBuilt())
		throw new Error('dist/ is not built: run `npm run dev` (it builds first) or `npm run build`');

	for (const [p, what] of [
		[port, 'n8n'],
		[brokerPort, "n8n's task broker"],
		[simPort, 'the simulator'],
		[openAiPort, 'the scripted OpenAI server'],
	] as const) {
		if (!(await portFree(p)))
			throw new Error(
				`port ${p} (for ${what}) is in use: is another n8n / npm run dev running? Stop it, or pick ports with --port/--sim-port/--broker-port/--openai-port`,
			);
	}

	const install = await provisionWithProgress(key);
	const userFolder = path.join(cacheDir(), `dev-${key}`);
	const marker = path.join(userFolder, '.wolkvox-examples-imported');
	if (hasFlag('fresh')) fs.rmSync(userFolder, { recursive: true, force: true });
	const firstStart = !fs.existsSync(marker);

	let sim: Simulator | undefined;
	let openai: ScriptedOpenAi | undefined;
	let n8nProc: ChildProcess | undefined;
	let stopping = false;
	const stopAll = async (code: number) => {
		if (stopping) return;
		stopping = true;
		console.log('\nstopping n8n and the simulator...');
		const pid = n8nProc?.pid;
		if (pid !== undefined && n8nProc!.exitCode === null && n8nProc!.signalCode === null) {
			const exited = new Promise<void>((resolve) => n8nProc!.once('exit', () => resolve()));
			try {
				process.kill(-pid, 'SIGTERM'); // n8n shuts down gracefully (and its task runner with it)
			} catch {
				/* gone */
			}
			await Promise.race([exited, sleep(15_000)]);
			try {
				process.kill(-pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}
		await sim?.stop();
		await openai?.stop();
		console.log('stopped.');
		process.exit(code);
	};
	process.on('SIGINT', () => void stopAll(0));
	process.on('SIGTERM', () => void stopAll(0));

	console.log(`starting the wolkvox simulator on 127.0.0.1:${simPort}...`);
	// --recent: the simulator's calls end today, so the examples' "yesterday" and Fetch Test Event
	// find data in a fresh editor at once (the tests use fixed 2024 dates instead)
	sim = await startSimulator(
		['--recent', ...(hasFlag('large') ? ['--large'] : [])],
		60_000,
		simPort,
	);
	// the "model" of example 06: calls the Wolkvox tool for yesterday morning, then quotes what it got
	openai = await startScriptedOpenAi(openAiPort);
	const yesterday = new Date(Date.now() - 86400_000).toISOString().slice(0, 10);
	const agentPeriod = { dateFrom: `${yesterday}T08:00:00`, dateTo: `${yesterday}T11:59:59` };
	scriptToolCall(openai, agentPeriod);

	const n8n = await N8nInstance.create(key, {
		installPackage: true,
		packageMode: 'tarball',
		userFolder,
		env: {
			N8N_PORT: String(port),
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_HOST: 'localhost',
			...ownerEnv(key),
		},
	});
	console.log(
		`n8n ${install.version}: installed the fresh build of n8n-nodes-wolkvox into ${n8n.packageDir}`,
	);

	// Credentials every start (keeps the Base URL in line with --sim-port); examples the first time.
	process.stdout.write(
		'importing the credentials "Wolkvox (simulator)" and "Wolkvox (wrong token, example 05)"... ',
	);
	await n8n.importCredentials(exampleCredentials(sim.url, openai.url));
	console.log('done');
	if (firstStart) {
		process.stdout.write('importing the example workflows of examples/... ');
		// as a user imports them: example 01 computes yesterday itself
		await n8n.importWorkflow(exampleFiles().map(loadExample));
		fs.writeFileSync(marker, new Date().toISOString() + '\n');
		console.log('done');
	}

	const logFile = path.join(userFolder, 'n8n.log');
	const logFd = fs.openSync(logFile, 'a');
	console.log(`starting n8n (log: ${logFile})...`);
	n8nProc = spawn(install.nodeBin, [install.n8nScript, 'start'], {
		cwd: userFolder,
		env: n8n.env,
		detached: true, // own process group: stopped with its task runner
		stdio: ['ignore', logFd, logFd],
	});
	fs.closeSync(logFd);
	n8nProc.once('exit', (code, signal) => {
		if (stopping) return;
		console.error(`\nn8n exited (${signal ?? code}); see ${logFile}:`);
		console.error(fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n'));
		void stopAll(1);
	});
	const alive = () => n8nProc!.exitCode === null && n8nProc!.signalCode === null;
	const t0 = Date.now();
	const up = await waitForHttp(`http://localhost:${port}/healthz`, 180_000, alive);
	if (!up) {
		if (alive()) {
			console.error(
				`n8n did not answer on http://localhost:${port}/healthz within 180 s; see ${logFile}`,
			);
			await stopAll(1);
		}
		return;
	}
	await waitForHttp(`http://localhost:${port}/`, 60_000, alive);

	// n8n 1.x: create the owner through the setup endpoint the first-open screen uses (once)
	const ownerStatus = await setupOwner(`http://localhost:${port}`, key);
	if (ownerStatus !== undefined && ownerStatus >= 300 && ownerStatus !== 400)
		console.log(
			`(owner setup answered HTTP ${ownerStatus}; create the owner in the browser if asked)`,
		);

	console.log(`
n8n ${install.version} is up (${Math.round((Date.now() - t0) / 1000)} s): open  http://localhost:${port}
  log in with:    ${OWNER.email} / ${OWNER.password}   (local dev owner, not for production)
  the node:       search "Wolkvox" in the nodes panel (community package n8n-nodes-wolkvox)
  credentials:    "Wolkvox (simulator)" -> ${sim.url}; "Wolkvox (wrong token, example 05)" for example 05;
                  "OpenAI (scripted test server)" -> ${openai.url} for example 06 (always calls the tool
                  for ${agentPeriod.dateFrom} - ${agentPeriod.dateTo}; pick your own OpenAI credential to really ask)
  workflows:      "wolkvox 01 ..." to "wolkvox 06 ..." (examples/); the simulator's calls cover the last 45 days
                  up to today, so 01 (yesterday's call detail) and Fetch Test Event find data at once
  simulator:      ${sim.url}  (token sim-token-0001)
                  maintenance for 20 s:  curl -XPOST ${sim.url}/__control/maintenance -d '{"fromMs":0,"toMs":20000}'
                  requests it received:  curl ${sim.url}/__control/log    stats: ${sim.url}/__control/stats
  user folder:    ${userFolder}  (kept between runs; --fresh starts over)

Ctrl+C stops n8n and the simulator.`);
	await new Promise<never>(() => undefined); // until a signal
}

main().catch((error: Error) => {
	console.error(`\ndev failed: ${error.message}`);
	process.exit(1);
});
