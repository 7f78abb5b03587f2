/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Browser-test harness: the n8n editor as `npm run dev` sets it up (n8n-nodes-wolkvox installed
 * from `npm pack` of the build, the wolkvox simulator, the credentials "Wolkvox (simulator)" and
 * "Wolkvox (wrong token, example 05)", the example workflows, the env-managed owner), driven by npm
 * `playwright-core` with Debian's `chromium` (never a browser download).
 *
 *   const stack = await startEditorStack();          // simulator + n8n start on free loopback ports
 *   const ui = await openBrowser(stack.n8n.url);       // logged in as the owner
 *   ...                                                // ui.page, ui.consoleErrors()
 *   await ui.close(); await stack.stop();
 *
 * Everything waits for conditions with deadlines (`waitUntil`), never for fixed sleeps.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, ConsoleMessage, Locator, Page } from 'playwright-core';

import { exampleCredentials, preparedWorkflows } from '../e2e/examples';
import {
	N8nInstance,
	N8nServer,
	N8nVersionKey,
	REPO_ROOT,
	WorkflowFixture,
	isPackageBuilt,
} from '../e2e/n8n';
import { ownerEnv, ownerLogin, setupOwner } from '../e2e/owner';
import { Simulator, startSimulator } from '../e2e/wolkvox';

/** Where `screenshot` writes: docs/images/ (README shows them), or WOLKVOX_SCREENSHOT_DIR. */
export const SCREENSHOT_DIR =
	process.env.WOLKVOX_SCREENSHOT_DIR || path.join(REPO_ROOT, 'docs', 'images');

/** Flags that work for Debian's chromium on these machines (no sandbox as root, no network chatter). */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

// ------------------------------------------------------------------ chromium

/**
 * The path of Debian's chromium: WOLKVOX_CHROMIUM if set, else /usr/bin/chromium, installed with
 * `apt-get install -y chromium` when missing (needs root; otherwise throws with the command to run).
 */
export function ensureChromium(): string {
	const wanted = process.env.WOLKVOX_CHROMIUM || '/usr/bin/chromium';
	if (fs.existsSync(wanted)) return wanted;
	if (process.env.WOLKVOX_CHROMIUM) throw new Error(`WOLKVOX_CHROMIUM=${wanted} does not exist`);
	if (process.getuid?.() !== 0)
		throw new Error(
			'chromium is missing: run `sudo apt-get install -y chromium` (Debian) or set WOLKVOX_CHROMIUM to a Chromium binary',
		);
	const run = (args: string[]) =>
		spawnSync('apt-get', args, {
			encoding: 'utf8',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			timeout: 15 * 60_000,
		});
	let r = run(['install', '-y', '--no-install-recommends', 'chromium']);
	if (r.status !== 0) {
		// a fresh machine may not have package lists yet
		run(['update']);
		r = run(['install', '-y', '--no-install-recommends', 'chromium']);
	}
	if (r.status !== 0 || !fs.existsSync(wanted))
		throw new Error(
			`apt-get install chromium failed (exit ${r.status}):\n${(r.stderr || r.stdout || '').slice(-2000)}`,
		);
	return wanted;
}

// ------------------------------------------------------------------ waiting

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls `probe` until it returns something truthy (returned) or the deadline passes (throws with
 * `what` and the last value/error seen).
 */
export async function waitUntil<T>(
	what: string,
	probe: () => Promise<T> | T,
	timeoutMs = 30_000,
	intervalMs = 200,
): Promise<NonNullable<T>> {
	const until = Date.now() + timeoutMs;
	let last: unknown;
	while (true) {
		try {
			const value = await probe();
			if (value) return value as NonNullable<T>;
			last = value;
		} catch (e) {
			last = e instanceof Error ? e.message : e;
		}
		if (Date.now() > until)
			throw new Error(
				`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`,
			);
		await sleep(intervalMs);
	}
}

// ------------------------------------------------------------------ n8n + simulator

export interface EditorStack {
	key: N8nVersionKey;
	sim: Simulator;
	instance: N8nInstance;
	server: N8nServer;
	/** http://127.0.0.1:<port> */
	url: string;
	/** ms from the start of startEditorStack until the editor answered */
	startupMs: number;
	stop(): Promise<void>;
}

/**
 * The same stack `npm run dev` starts, on free loopback ports and in a fresh user folder: the
 * simulator, our package installed from `npm pack` of dist/, the example credentials and workflows
 * imported (plus `extraWorkflows`), the owner account (env on 2.x, setup call on 1.x), `n8n start`.
 */
export async function startEditorStack(
	key: N8nVersionKey = 'v2',
	extraWorkflows: WorkflowFixture[] = [],
): Promise<EditorStack> {
	if (!isPackageBuilt()) throw new Error('dist/ is not built: run `npm run build` first');
	const t0 = Date.now();
	const sim = await startSimulator();
	let instance: N8nInstance | undefined;
	try {
		instance = await N8nInstance.create(key, {
			installPackage: true,
			packageMode: 'tarball',
			env: ownerEnv(key),
		});
		await instance.importCredentials(exampleCredentials(sim.url));
		await instance.importWorkflow([...preparedWorkflows(), ...extraWorkflows]);
		const server = await instance.startServer();
		const status = await setupOwner(server.url, key);
		if (status === undefined || (status >= 300 && status !== 400))
			throw new Error(`owner setup answered ${status}`);
		const inst = instance;
		return {
			key,
			sim,
			instance: inst,
			server,
			url: server.url,
			startupMs: Date.now() - t0,
			stop: async () => {
				await server.stop().catch(() => undefined);
				await inst.dispose().catch(() => undefined);
				await sim.stop().catch(() => undefined);
			},
		};
	} catch (e) {
		await instance?.dispose().catch(() => undefined);
		await sim.stop().catch(() => undefined);
		throw e;
	}
}

// ------------------------------------------------------------------ the browser

export interface BrowserProblem {
	kind: 'console' | 'pageerror' | 'response';
	text: string;
	/** the script (console) or request URL (response) */
	url: string;
	/** the request body (response) */
	body?: string;
}

export interface EditorBrowser {
	browser: Browser;
	context: BrowserContext;
	/** a new tab of the logged-in context; its console errors and failed requests are recorded */
	newPage(): Promise<Page>;
	/** every console error, uncaught page error and HTTP >= 400 answer of every page so far */
	problems(): BrowserProblem[];
	close(): Promise<void>;
}

/**
 * Whether a recorded problem comes from our node: it names the package, the node, its icon or its
 * credential (console text, script URL, request URL or request body), e.g. a failed icon load, a
 * failed From List search (POST /rest/dynamic-node-parameters/... for n8n-nodes-wolkvox.wolkvox)
 * or an exception thrown while rendering its parameters. Requests to other hosts are n8n's own
 * (e.g. the editor looks every community package up on registry.npmjs.org, which is unreachable
 * here), not the node's.
 */
export function isFromTheNode(p: BrowserProblem, editorUrl: string): boolean {
	if (/^https?:/.test(p.url) && !p.url.startsWith(editorUrl)) return false;
	return /wolkvox/i.test(`${p.text}\n${p.url}\n${p.body ?? ''}`);
}

/**
 * Launches Debian's chromium through playwright-core (a fresh temporary profile per launch), logs
 * in as the owner through POST /rest/login (the session cookie lands in the browser context).
 */
export async function openBrowser(baseUrl: string): Promise<EditorBrowser> {
	const { chromium } = await import('playwright-core');
	const executablePath = ensureChromium();
	const browser = await chromium.launch({
		executablePath,
		headless: true,
		args: CHROMIUM_FLAGS,
		timeout: 120_000,
	});
	try {
		const context = await browser.newContext({
			baseURL: baseUrl,
			viewport: { width: 1440, height: 900 },
			locale: 'en-US',
			timezoneId: 'UTC',
		});
		context.setDefaultTimeout(60_000);
		context.setDefaultNavigationTimeout(120_000);
		const problems: BrowserProblem[] = [];
		const res = await context.request.post('/rest/login', { data: ownerLogin() });
		if (!res.ok()) throw new Error(`login failed: HTTP ${res.status()} ${await res.text()}`);
		const newPage = async () => {
			const page = await context.newPage();
			page.on('console', (m: ConsoleMessage) => {
				if (m.type() === 'error')
					problems.push({ kind: 'console', text: m.text(), url: m.location()?.url ?? '' });
			});
			page.on('pageerror', (e: Error) =>
				problems.push({ kind: 'pageerror', text: `${e.message}\n${e.stack ?? ''}`, url: '' }),
			);
			page.on('response', (r) => {
				if (r.status() < 400) return;
				problems.push({
					kind: 'response',
					text: `HTTP ${r.status()} ${r.request().method()}`,
					url: r.url(),
					body: r.request().postData() ?? undefined,
				});
			});
			// leave pages without asking (a "leave site?" prompt would block the next goto)
			page.on('dialog', (d) => void d.accept().catch(() => undefined));
			return page;
		};
		return {
			browser,
			context,
			newPage,
			problems: () => problems.map((p) => ({ ...p })),
			close: async () => {
				await context.close().catch(() => undefined);
				await browser.close().catch(() => undefined);
			},
		};
	} catch (e) {
		await browser.close().catch(() => undefined);
		throw e;
	}
}

/** A screenshot into docs/images/<name>.png (of the whole page or of one element). */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
	fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const file = path.join(SCREENSHOT_DIR, `${name}.png`);
	await target.screenshot({ path: file, animations: 'disabled' });
	return file;
}

// ------------------------------------------------------------------ the editor's pages

/** The Node Details View (the node panel) and its parts, by n8n's data-test-id attributes. */
export const sel = {
	canvasNode: (name: string) => `[data-test-id="canvas-node"][data-node-name="${name}"]`,
	ndv: '[data-test-id="ndv"]',
	parameters: '[data-test-id="ndv"] [data-test-id="node-parameters"]',
	input: (param: string) => `[data-test-id="ndv"] [data-test-id="parameter-input-${param}"]`,
	executeStep: '[data-test-id="ndv"] [data-test-id="node-execute-button"]',
	outputPanel: '[data-test-id="output-panel"]',
	branches: '[data-test-id="output-panel"] [data-test-id="branches"]',
	creatorPlus: '[data-test-id="node-creator-plus-button"]',
	creatorSearch: '[data-test-id="node-creator-search-bar"]',
	creatorItemName: '[data-test-id="node-creator-item-name"]',
	creatorListItem: '[data-test-id="node-creator"] [data-test-id="item-iterator-item"]',
	rlcInput: (param: string) =>
		`[data-test-id="ndv"] [data-test-id="resource-locator-${param}"] [data-test-id="rlc-input"]`,
	rlcItem: '[data-test-id="rlc-item"]',
};

/** Opens a workflow of the editor and waits until its canvas shows nodes. */
export async function openWorkflow(page: Page, workflowId: string): Promise<void> {
	await page.goto(`/workflow/${workflowId}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 120_000 });
}

/** Double-clicks a canvas node and waits for its panel. */
export async function openNodePanel(page: Page, nodeName: string): Promise<void> {
	await page.locator(sel.canvasNode(nodeName)).dblclick();
	await page.locator(sel.ndv).waitFor({ state: 'visible' });
	await page.locator(sel.parameters).waitFor({ state: 'visible' });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens the dropdown of an options parameter and returns its options: the list its combobox
 * controls (aria-controls), so a closing list of another parameter never counts. A click that lands
 * while the panel re-renders (after a previous change) can be swallowed: clicks again until the
 * list shows.
 */
async function openOptions(page: Page, param: string): Promise<Locator> {
	const combobox = page.locator(`${sel.input(param)} input[role="combobox"]`).first();
	const listId = await combobox.getAttribute('aria-controls');
	if (!listId) throw new Error(`${param} is not a dropdown (no aria-controls)`);
	const options = page.locator(`[id="${listId}"] [role="option"]:visible`);
	await waitUntil(
		`the options of ${param}`,
		async () => {
			if ((await options.count()) > 0) return true;
			await combobox.click();
			return options
				.first()
				.waitFor({ timeout: 5_000 })
				.then(
					() => true,
					() => false,
				);
		},
		90_000,
		0,
	);
	return options;
}

/** Closes an open dropdown (Escape) and waits until its list is hidden. */
async function closeOptions(page: Page, options: Locator): Promise<void> {
	if ((await options.count()) === 0) return;
	await page.keyboard.press('Escape');
	await waitUntil('the dropdown to close', async () => (await options.count()) === 0, 120_000);
}

/** The names an options parameter offers (opens and closes its dropdown). */
export async function optionNames(page: Page, param: string): Promise<string[]> {
	const options = await openOptions(page, param);
	const names = (await options.locator('.option-headline').allInnerTexts()).map((s) => s.trim());
	await closeOptions(page, options);
	return names;
}

/** Picks an option of an options parameter by its name (exact, or a RegExp for the headline). */
export async function pickOption(page: Page, param: string, name: string | RegExp): Promise<void> {
	const options = await openOptions(page, param);
	const headline = typeof name === 'string' ? new RegExp(`^${escapeRe(name)}$`) : name;
	const option = options.filter({
		has: page.locator('.option-headline', { hasText: headline }),
	});
	if ((await option.count()) === 0) {
		const offered = (await options.locator('.option-headline').allInnerTexts()).join(' | ');
		await closeOptions(page, options);
		throw new Error(`${param} offers no option ${headline}; it offers: ${offered}`);
	}
	await option.first().click();
	// the panel re-renders every parameter after a change: seconds for this node on a busy machine
	await waitUntil(
		`the ${param} dropdown to close`,
		async () => (await options.count()) === 0,
		120_000,
	);
	const want = typeof name === 'string' ? name : undefined;
	await waitUntil(
		`${param} to show ${name}`,
		async () => {
			const value = await parameterValue(page, param);
			return want === undefined ? headline.test(value) : value === want;
		},
		120_000,
	);
}

/** The text an options / string parameter shows. */
export async function parameterValue(page: Page, param: string): Promise<string> {
	return (
		await page
			.locator(`${sel.input(param)} input`)
			.first()
			.inputValue()
	).trim();
}

/** Whether a parameter is shown in the panel. */
export async function isShown(page: Page, param: string): Promise<boolean> {
	return page.locator(sel.input(param)).first().isVisible();
}

/** Whether the panel marks a parameter with an issue (the red warning triangle next to it). */
export async function hasIssue(page: Page, param: string): Promise<boolean> {
	const container = page.locator(`[data-test-id="${param}-parameter-input-options-container"]`);
	const inContainer = container.locator('[data-test-id="parameter-issues"]');
	const inInput = page.locator(`${sel.input(param)} [data-test-id="parameter-issues"]`);
	return (await inContainer.count()) + (await inInput.count()) > 0;
}

/** The labels of the parameters the panel shows, top to bottom (e.g. Resource, Operation, Start Date). */
export async function fieldLabels(page: Page): Promise<string[]> {
	const labels = await page
		.locator(`${sel.parameters} [data-test-id="input-label"]:visible`)
		.allInnerTexts();
	return labels.map((s) => s.split('\n')[0].replace(/\*$/, '').trim()).filter(Boolean);
}

export interface OperationPath {
	/** the Resource option, e.g. 'Report' */
	resource: string;
	/** for reports: the report group ('Calls (CDR)'), a second selector today, part of the resource name in a flat layout */
	group?: string;
	/** the Operation option, e.g. 'Get Call Detail (CDR)' */
	operation: string;
}

/**
 * Selects resource (+ report group) + operation the way a person does. Works with both layouts of
 * the node: Resource "Report" followed by a "Report" group selector (node version 1), or one
 * resource per report group whose name starts with "Report" and names the group (e.g.
 * "Report: Calls (CDR)").
 */
export async function chooseOperation(page: Page, path: OperationPath): Promise<void> {
	const resources = await optionNames(page, 'resource');
	if (resources.includes(path.resource)) {
		await pickOption(page, 'resource', path.resource);
		if (path.group && (await isShown(page, 'reportGroup')))
			await pickOption(page, 'reportGroup', path.group);
	} else if (path.group) {
		const groupWord = path.group.split(/[\s(]/)[0];
		const combined = resources.find((r) => r.startsWith(path.resource) && r.includes(groupWord));
		if (!combined)
			throw new Error(
				`no resource "${path.resource}" nor one for "${path.group}"; resources: ${resources.join(' | ')}`,
			);
		await pickOption(page, 'resource', combined);
	} else {
		throw new Error(`no resource "${path.resource}"; resources: ${resources.join(' | ')}`);
	}
	await pickOption(page, 'operation', path.operation);
}

/** Clicks "Execute step" in the panel and waits (up to timeoutMs) until the output shows branches. */
export async function executeStep(page: Page, timeoutMs = 180_000): Promise<void> {
	await page.locator(sel.executeStep).click();
	await page.locator(sel.branches).waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * The item count per output branch the output panel shows, e.g. { Success: 57, Maintenance: 0 }
 * (n8n writes "Success Branch (57 items)"; a branch without items has no count).
 */
export async function branchCounts(page: Page): Promise<Record<string, number>> {
	const tabs = await page.locator(`${sel.branches} [data-test-id^="tab-"]:visible`).allInnerTexts();
	const counts: Record<string, number> = {};
	for (const text of tabs) {
		const m = /^(.*?) Branch(?: \((\d+) items?\))?$/.exec(text.trim());
		if (!m) throw new Error(`unexpected branch tab "${text}"`);
		counts[m[1]] = m[2] ? Number(m[2]) : 0;
	}
	return counts;
}

/** A workflow copy with its own id and name (the editor saves changes; tests that change a workflow use a copy). */
export function copyWorkflow(wf: WorkflowFixture, id: string, name: string): WorkflowFixture {
	return { ...JSON.parse(JSON.stringify(wf)), id, name };
}
