/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * What a person sees in the n8n 2.41.1 editor, in headless Chromium (Debian's `chromium` driven by
 * npm `playwright-core`), against real n8n started the way `npm run dev` starts it: the package
 * installed from `npm pack`, the wolkvox simulator, the example workflows and credentials.
 *
 *   npm run test:browser          (builds, provisions n8n 2.41.1 if needed, runs this file)
 *
 * Screenshots land in docs/images/ (WOLKVOX_SCREENSHOT_DIR to put them elsewhere). The editor saves
 * workflows as they are changed, so tests that change a workflow work on their own copy of an
 * example.
 */
import type { Locator, Page } from 'playwright-core';

import { CDR_DAY, loadExample } from '../e2e/examples';
import { AGENTS, CdrDataset, SMALL_CDR, wallToSec } from '../simulator/data';
import {
	BrowserProblem,
	EditorBrowser,
	EditorStack,
	branchCounts,
	chooseOperation,
	copyWorkflow,
	executeStep,
	fieldLabels,
	hasIssue,
	isFromTheNode,
	isShown,
	openBrowser,
	openNodePanel,
	openWorkflow,
	optionNames,
	parameterValue,
	pickOption,
	screenshot,
	sel,
	startEditorStack,
	waitUntil,
} from './editor';

const EXAMPLE_01 = 'wolkvoxExample01'; // Report > Calls (CDR) > Get Call Detail (CDR), fixed to CDR_DAY
const EXAMPLE_03 = 'wolkvoxExample03'; // Information > Get Agents, retry budget 5 s, Maintenance output
const WOLKVOX = 'Wolkvox';

// Copies of examples for the tests that change the node (the editor saves every change).
const copyOf = (file: string, id: string, purpose: string) =>
	copyWorkflow(loadExample(file), id, `browser test: ${purpose}`);
const CDR_EXAMPLE = '01-yesterdays-call-detail.json';
const SWITCH_WF = copyOf(CDR_EXAMPLE, 'wolkvoxBrowserSw1', 'switching operations');
const STALE_WF = copyOf(CDR_EXAMPLE, 'wolkvoxBrowserSt1', 'stale operation');
const PICKER_WF = copyOf(CDR_EXAMPLE, 'wolkvoxBrowserPk1', 'From List picker');
const CREATOR_WF = copyOf('02-ride-out-maintenance.json', 'wolkvoxBrowserCr1', 'node creator');

const CALL_DETAIL = {
	resource: 'Report',
	group: 'Calls (CDR)',
	operation: 'Get Call Detail (CDR)',
};
const AGENT_EVENTS = { resource: 'Report', group: 'Agents', operation: 'Get Events of One Agent' };
const DIAL = { resource: 'Agent', operation: 'Dial' };
const GET_AGENTS = { resource: 'Information', operation: 'Get Agents' };

/** The simulator's calls on CDR_DAY: what "Execute step" of example 01 must put on Success. */
function cdrRowsOnDay(): number {
	const dataset = new CdrDataset(SMALL_CDR);
	const [lo, hi] = dataset.range(
		wallToSec(CDR_DAY.from.replace(/\D/g, '')),
		wallToSec(CDR_DAY.to.replace(/\D/g, '')),
	);
	return hi - lo;
}

/**
 * The credential test's banner in the credential dialog, in words: its headline and, once "More
 * details" is open, the sentence the credential's test rules chose (lines joined by " / ").
 */
async function credentialTestMessage(dialog: Locator): Promise<string> {
	// the banner with the visible "Retry" button (the dialog keeps a hidden success banner too)
	const retry = dialog.locator('button[title="Retry credential test"]:visible');
	await retry.first().waitFor();
	// the banner is an element-plus tag: headline + Retry, then the details once opened
	const text = await retry.first().evaluate(
		(button) =>
			(
				button.closest('.el-tag, [data-test-id^="credentials-config-container-test"]') as {
					innerText?: string;
				} | null
			)?.innerText ?? '',
	);
	return String(text)
		.split('\n')
		.map((l: string) => l.replace(/\u00a0/g, ' ').trim())
		.filter((l: string) => l && l !== 'Retry' && l !== 'More details')
		.join(' / ');
}

const timings: Array<[string, number]> = [];
async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
	const t0 = Date.now();
	try {
		return await fn();
	} finally {
		timings.push([what, Date.now() - t0]);
	}
}

let stack: EditorStack;
let ui: EditorBrowser;
let page: Page;

beforeAll(async () => {
	stack = await timed('start simulator + n8n 2.41.1 (import, n8n start)', () =>
		startEditorStack('v2', [SWITCH_WF, STALE_WF, PICKER_WF, CREATOR_WF]),
	);
	ui = await timed('launch chromium + log in', () => openBrowser(stack.url));
}, 600_000);

beforeEach(async () => {
	page = await ui.newPage();
});

afterEach(async () => {
	await page?.close().catch(() => undefined);
});

afterAll(async () => {
	await ui?.close();
	await stack?.stop();
	const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
	console.log(
		'browser test timings:\n' +
			timings.map(([what, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${what}`).join('\n') +
			`\n  ${(total / 1000).toFixed(1).padStart(6)} s  total`,
	);
}, 120_000);

describe('the Wolkvox node in the n8n 2.41.1 editor (headless Chromium)', () => {
	test('example 01: the node panel shows the operation and its fields; Execute step puts the CDR rows on Success', async () => {
		await timed('example 01: panel + Execute step', async () => {
			await openWorkflow(page, EXAMPLE_01);
			await openNodePanel(page, WOLKVOX);
			expect(await parameterValue(page, 'resource')).toMatch(/^Report/); // "Report", or "Report: Calls (CDR)" in a flat layout
			expect(await parameterValue(page, 'operation')).toBe('Get Call Detail (CDR)');
			const labels = await fieldLabels(page);
			expect(labels).toEqual(expect.arrayContaining(['Start Date', 'End Date']));
			await screenshot(page, 'node-panel');

			await executeStep(page);
			await waitUntil('the Success branch to show its count', async () => {
				const counts = await branchCounts(page);
				return counts.Success > 0 ? counts : undefined;
			});
			expect(await branchCounts(page)).toEqual({ Success: cdrRowsOnDay(), Maintenance: 0 });
			await screenshot(page, 'outputs-success');
		});
	});

	test('switching resource, report group and operation shows the fields of the chosen operation', async () => {
		await timed('switching operations', async () => {
			await openWorkflow(page, SWITCH_WF.id);
			await openNodePanel(page, WOLKVOX);

			await chooseOperation(page, AGENT_EVENTS);
			let labels = await fieldLabels(page);
			expect(labels).toEqual(expect.arrayContaining(['Agent', 'Start Date', 'End Date']));

			await chooseOperation(page, DIAL);
			labels = await fieldLabels(page);
			expect(labels).toEqual(expect.arrayContaining(['Agent', 'Customer Phone']));
			expect(labels).not.toContain('Start Date');

			await chooseOperation(page, GET_AGENTS);
			labels = await fieldLabels(page);
			expect(labels).not.toEqual(expect.arrayContaining(['Customer Phone']));
			expect(labels).not.toContain('Start Date');
			expect(labels).toContain('Additional Fields');

			await chooseOperation(page, CALL_DETAIL);
			labels = await fieldLabels(page);
			expect(labels).toEqual(expect.arrayContaining(['Start Date', 'End Date']));
			expect(labels).not.toContain('Customer Phone');
		});
	});

	// Known bug (issue 16): fails until the node's description lets n8n reset Operation.
	test('changing Resource (or the report group) leaves a valid Operation with its fields', async () => {
		await timed('stale operation', async () => {
			await openWorkflow(page, STALE_WF.id);
			await openNodePanel(page, WOLKVOX);
			await chooseOperation(page, DIAL);

			const afterSwitch = async (what: string) => {
				const operation = await parameterValue(page, 'operation');
				const offered = await optionNames(page, 'operation');
				const labels = await fieldLabels(page);
				const fields = labels.filter((l) => !['Resource', 'Report', 'Operation'].includes(l));
				return {
					what,
					operation,
					operationIsOffered: offered.includes(operation),
					operationHasIssue: await hasIssue(page, 'operation'),
					fieldsShown: fields.length > 0,
				};
			};
			const expectValid = (state: Awaited<ReturnType<typeof afterSwitch>>) =>
				expect(state).toEqual({
					what: state.what,
					operation: state.operation,
					operationIsOffered: true,
					operationHasIssue: false,
					fieldsShown: true,
				});

			// Agent > Dial, then Resource "Report" (or the first report resource of a flat layout)
			const resources = await optionNames(page, 'resource');
			const report = resources.includes('Report')
				? 'Report'
				: resources.find((r) => r.startsWith('Report'));
			expect(report).toBeDefined();
			await pickOption(page, 'resource', report!);
			const first = await afterSwitch(`Agent > Dial, then Resource > ${report}`);

			// then another report group (or another report resource)
			let second;
			if (await isShown(page, 'reportGroup')) {
				const groups = await optionNames(page, 'reportGroup');
				const current = await parameterValue(page, 'reportGroup');
				const other = groups.find((g) => g !== current)!;
				await pickOption(page, 'reportGroup', other);
				second = await afterSwitch(`then Report > ${other}`);
			} else {
				const other = resources.find((r) => r.startsWith('Report') && r !== report)!;
				await pickOption(page, 'resource', other);
				second = await afterSwitch(`then Resource > ${other}`);
			}
			await screenshot(page, 'resource-change-resets-operation');
			expectValid(first);
			expectValid(second);
		});
	});

	test("a From List picker (Agent) offers the simulator's agents", async () => {
		await timed('From List picker', async () => {
			await openWorkflow(page, PICKER_WF.id);
			await openNodePanel(page, WOLKVOX);
			await chooseOperation(page, DIAL);
			await page.locator(sel.rlcInput('agent_id')).click();
			const items = page.locator(`${sel.rlcItem}`);
			await waitUntil('the agent list', async () => (await items.count()) >= AGENTS.length);
			const texts = await items.allInnerTexts();
			for (const agent of AGENTS) {
				expect(texts.some((t) => t.includes(agent.agent_name) && t.includes(agent.agent_id))).toBe(
					true,
				);
			}
			await screenshot(page, 'from-list-agents');
			const first = AGENTS[0];
			await items.filter({ hasText: first.agent_name }).first().click();
			await waitUntil('the chosen agent in the field', async () =>
				(await page.locator(sel.rlcInput('agent_id')).inputValue()).includes(first.agent_name),
			);
		});
	});

	test('a maintenance window that outlasts the retry budget: Execute step sends the item to Maintenance', async () => {
		await timed('maintenance window + Execute step', async () => {
			await stack.sim.control('maintenance', { on: true });
			try {
				await openWorkflow(page, EXAMPLE_03);
				await openNodePanel(page, WOLKVOX);
				await executeStep(page);
				await waitUntil('the Maintenance branch to show its count', async () => {
					const counts = await branchCounts(page);
					return counts.Maintenance > 0 ? counts : undefined;
				});
				expect(await branchCounts(page)).toEqual({ Success: 0, Maintenance: 1 });
				await page
					.locator(sel.branches)
					.getByText(/^Maintenance Branch/)
					.click();
				await page
					.locator(sel.outputPanel)
					.getByText(/maintenance/)
					.first()
					.waitFor();
				await screenshot(page, 'outputs-maintenance');
			} finally {
				await stack.sim.control('maintenance', { on: false });
			}
			const log: Array<{ status: number; msg: string }> = await stack.sim.control('log');
			expect(log.some((e) => e.status === 403)).toBe(true); // it really met the window
		});
	});

	// Known bug (issue 16): reports under the Report group are missing from the node creator, and
	// "call detail" finds nothing.
	test('the node creator finds the Get Call Detail (CDR) report by "call detail"', async () => {
		await timed('node creator search', async () => {
			await openWorkflow(page, CREATOR_WF.id);
			await page.locator(sel.creatorPlus).click();
			const search = page.locator(sel.creatorSearch);
			await search.waitFor();

			const found: Record<string, boolean> = {};
			const wolkvoxItem = page.locator(`${sel.creatorItemName}:visible`, { hasText: /^Wolkvox$/ });
			for (const query of ['call detail', 'cdr', 'whatsapp template']) {
				// start from the empty search (no node listed), so a Wolkvox entry can only come from this query
				await search.fill('');
				await waitUntil('the cleared search', async () => (await wolkvoxItem.count()) === 0);
				await search.fill(query);
				// the list updates as one types: wait for Wolkvox among the results, or for n8n's
				// 'No results for "<query>"', or give up after 20 s of other results
				found[query] = await waitUntil(
					`results for "${query}"`,
					async () => {
						if ((await wolkvoxItem.count()) > 0) return 'found';
						if (await page.getByText(`No results for "${query}"`).isVisible()) return 'none';
						return undefined;
					},
					20_000,
				).then(
					(r) => r === 'found',
					() => false,
				);
			}

			// open the node's actions (through a search that works today)
			await search.fill('wolkvox');
			await page
				.locator(`${sel.creatorItemName}:visible`, { hasText: /^Wolkvox$/ })
				.first()
				.click();
			const listItems = page.locator(sel.creatorListItem);
			await waitUntil('the actions list', async () => (await listItems.count()) > 10);
			// the list: section labels ("Report Actions") followed by their actions
			const entries = await listItems.evaluateAll((els) =>
				els.map((el) => ({
					action: el.getAttribute('data-keyboard-nav-type') === 'action',
					text: (
						el.querySelector('[data-test-id="node-creator-item-name"]')?.textContent ??
						el.getAttribute('data-keyboard-nav-id') ??
						''
					).trim(),
				})),
			);
			let section = '';
			const reportCallDetail: number[] = [];
			entries.forEach((e, i) => {
				if (!e.action) section = e.text;
				else if (/^report/i.test(section) && /call detail/i.test(e.text)) reportCallDetail.push(i);
			});
			let operationAdded: string | undefined;
			let labels: string[] = [];
			if (reportCallDetail.length > 0) {
				await listItems.nth(reportCallDetail[0]).click();
				await page.locator(sel.ndv).waitFor();
				operationAdded = await parameterValue(page, 'operation');
				labels = await fieldLabels(page);
			}
			expect({
				wolkvoxFoundBy: found,
				reportActionForCallDetail: reportCallDetail.length > 0,
				operationAdded,
				datesShown: ['Start Date', 'End Date'].every((l) => labels.includes(l)),
			}).toEqual({
				wolkvoxFoundBy: { 'call detail': true, cdr: true, 'whatsapp template': true },
				reportActionForCallDetail: true,
				operationAdded: 'Get Call Detail (CDR)',
				datesShown: true,
			});
		});
	});

	test("a new Wolkvox API credential: the test's sentence for a wrong and for a good token", async () => {
		await timed('credential test', async () => {
			await page.goto('/home/credentials/create');
			const typeSelect = page.locator('[data-test-id="new-credential-type-select"]');
			await typeSelect.locator('input').fill('Wolkvox');
			await page
				.locator('[data-test-id="new-credential-type-select-option"]:visible', {
					hasText: /^Wolkvox API$/,
				})
				.click();
			await page.locator('[data-test-id="new-credential-type-button"]').click();
			const dialog = page.locator('[data-test-id="credential-edit-dialog"]');
			await dialog.waitFor();
			await dialog.locator('[data-test-id="parameter-input-baseUrl"] input').fill(stack.sim.url);
			const token = dialog.locator('[data-test-id="parameter-input-token"] input');
			const save = page.locator('[data-test-id="credential-save-button"]');

			await token.fill('wv-not-a-known-token');
			await save.click();
			await dialog.getByText('Couldn’t connect with these settings').waitFor({ timeout: 60_000 });
			await dialog.getByText('More details').click();
			const bad = await waitUntil('the details of the failed test', async () => {
				const message = await credentialTestMessage(dialog);
				return message.includes(' / ') ? message : undefined;
			});
			expect(bad).toMatch(/does not know this token/);
			expect(bad).not.toMatch(/wv-not-a-known-token/); // the token is never echoed
			await screenshot(dialog, 'credential-test-wrong-token');

			await token.fill('sim-token-0001');
			await save.click();
			await dialog.getByText('Connection tested successfully').waitFor({ timeout: 60_000 });
			expect(await credentialTestMessage(dialog)).toBe('Connection tested successfully');
			await screenshot(dialog, 'credential-test-ok');
		});
	});

	// Known gap (issue 16, "readable subtitles"): the canvas shows raw values such as "getCallDetail: report".
	test('the canvas subtitle of the node is readable', async () => {
		await openWorkflow(page, EXAMPLE_01);
		const node = page.locator(sel.canvasNode(WOLKVOX));
		const lines = (await node.innerText()).split('\n').map((l) => l.trim());
		const subtitle = lines[lines.indexOf(WOLKVOX) + 1] ?? '';
		expect(subtitle).toMatch(/Call Detail/);
		expect(subtitle).not.toMatch(/getCallDetail/);
	});

	test('no console error and no failed request comes from the node', () => {
		const all: BrowserProblem[] = ui.problems();
		const ours = all.filter((p) => isFromTheNode(p, stack.url));
		if (all.length > 0)
			console.log(
				`browser problems seen (${all.length}, ${ours.length} from the node):\n` +
					all.map((p) => `  [${p.kind}] ${p.text.split('\n')[0]} ${p.url}`).join('\n'),
			);
		expect(ours).toEqual([]);
	});
});
