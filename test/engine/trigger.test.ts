/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Issue 6, the Wolkvox Trigger's n8n side: the node's real poll() with n8n-core's real PollContext
 * (trigger mode, static data saved by n8n's emit) and WorkflowExecute (manual mode), against the
 * simulator over real HTTP. One test per mode. What a poll finds (cursor, overlap, seen keys, every
 * event, maintenance, quota, long gaps) is tested in the core: test/core/poller.test.ts. Cron
 * wiring and activation run in real n8n: test/e2e/trigger.e2e.test.ts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { freshToken } from '../harness/params';
import { TriggerWorkflow, useClock, type PollOutcome } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { wallToSec, type CdrSpec, cdrCall } from '../simulator/data';
import { envelope, noData, type Handler } from '../simulator/server';

const { sim, credentials } = useSimulator();
const clock = useClock();
afterAll(() => clock.restore());

/** No dataset rows in 2024: the tests add the calls they need (sim.extraCdr). */
const EMPTY_CDR: CdrSpec = { start: '20230101000000', days: 1, baseRows: 0, bursts: [], seed: 1 };

/** A token per test: the transport's maintenance gate is per token, and each test sets its own clock. */
let token: string;
const replaced = new Map<string, Handler | undefined>();
beforeEach(() => {
	sim.reset({ cdr: EMPTY_CDR });
	token = freshToken(sim);
});
afterEach(() => {
	for (const [key, handler] of replaced)
		handler ? sim.handlers.set(key, handler) : sim.handlers.delete(key);
	replaced.clear();
});

/** Replaces a simulator handler for one test. */
function handle(key: string, handler: Handler): void {
	if (!replaced.has(key)) replaced.set(key, sim.handlers.get(key));
	sim.handlers.set(key, handler);
}

const workflow = (parameters: IDataObject, options: { pollBudgetMs?: number } = {}) =>
	new TriggerWorkflow({ parameters, credentials: credentials(token), ...options });

const call = cdrCall;

/** Answers `api` with the given rows dated inside the asked window (wolkvox's date filter). */
function rowsByDate(key: string, rows: Array<Record<string, string>>): void {
	handle(key, (_s, req) => {
		const from = wallToSec(req.query.date_ini);
		const to = wallToSec(req.query.date_end);
		const hits = rows.filter((r) => {
			const at = wallToSec(r.date.replace(/\D/g, ''));
			return at >= from && at <= to;
		});
		return hits.length === 0 ? noData() : envelope(200, `${hits.length} records were found`, hits);
	});
}

const ids = (outcome: PollOutcome) => outcome.items.map((item) => String(item.json.conn_id));
const meta = (item: INodeExecutionData) => item.json.wolkvox as IDataObject;
const cdrCalls = () => sim.requests({ api: 'cdr_1' });
const window = (r: { query: Record<string, string> }) => [r.query.date_ini, r.query.date_end];
const epoch = (at: string) => Date.parse(`${at.replace(' ', 'T')}Z`);

/** Moves the clock to `at` (UTC) and runs one scheduled poll. */
async function pollAt(trigger: TriggerWorkflow, at: string): Promise<PollOutcome> {
	clock.set(at);
	return await trigger.poll();
}

describe('trigger mode: poll() with n8n-core PollContext, static data saved by the emit', () => {
	test('state stored only when a poll ends normally; minimum interval; maintenance; quota; restart; catch-up in parts', async () => {
		const trigger = workflow({
			event: 'newCall',
			filters: { agentIds: '1001, 1003' },
			options: { startFrom: '2024-01-10T11:00:00', typedOutput: true, retryBudgetSeconds: 1 },
		});
		sim.extraCdr.push(
			call('BEFORE', '2024-01-10 10:59:59'),
			call('X', '2024-01-10 11:00:00'),
			call('OTHER', '2024-01-10 11:10:00', { agent_id: '1002' }),
			call('Y', '2024-01-10 11:30:00', { agent_id: '1003' }),
		);

		// 1. The first poll: Start From, the agent filter and typed output reach the core.
		const first = await pollAt(trigger, '2024-01-10 12:00:00');
		expect(first.error).toBeUndefined();
		expect(ids(first)).toEqual(['X', 'Y']);
		expect(cdrCalls().map(window)).toEqual([['20240110110000', '20240110120000']]);
		expect(first.items[0].json).toMatchObject({ time_seg: 42, telephone: 573001234567 });
		expect(meta(first.items[0])).toEqual({
			event: 'newCall',
			source: 'cdr_1',
			key: 'X',
			date: '2024-01-10 11:00:00',
			window: { from: '2024-01-10 11:00:00', to: '2024-01-10 12:00:00' },
			timezone: 'UTC',
		});
		// Emitted, so saved: the stream state and the time of the poll.
		expect(trigger.savedNodeState).toEqual(trigger.nodeState);
		expect(trigger.nodeState).toEqual({
			streams: {
				'newCall:cdr_1': {
					cursor: '20240110120000',
					floor: '20240110110000',
					seen: {}, // X and Y are older than the next window (from 11:50:01)
				},
			},
			lastPollAt: expect.any(Number),
		});
		expect(
			Math.abs((trigger.nodeState.lastPollAt as number) - epoch('2024-01-10 12:00:00')),
		).toBeLessThan(60000);

		// 2. n8n's default Poll Times tick every minute: polls closer than 5 minutes make no call.
		sim.extraCdr.push(call('A', '2024-01-10 12:03:00'));
		const saved = JSON.stringify(trigger.saved);
		for (const at of ['12:01:00', '12:02:00', '12:03:00', '12:04:00']) {
			const skipped = await pollAt(trigger, `2024-01-10 ${at}`);
			expect(skipped).toMatchObject({ items: [], emitted: false, error: undefined });
		}
		expect(cdrCalls()).toHaveLength(1);
		expect(JSON.stringify(trigger.saved)).toBe(saved);
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['A']);
		expect(cdrCalls()).toHaveLength(2);
		expect(trigger.savedNodeState).toEqual(trigger.nodeState);

		// 3. Maintenance past the retry budget: nothing emitted, nothing moved, a warning logged.
		const beforeMaintenance = trigger.nodeState;
		const savedBeforeMaintenance = trigger.saved;
		sim.maintenance = true;
		sim.extraCdr.push(call('B', '2024-01-10 12:07:00'));
		const during = await pollAt(trigger, '2024-01-10 12:10:00');
		expect(during).toMatchObject({ items: [], emitted: false, error: undefined });
		expect(during.logs.some((l) => /^warn .*maintenance for the whole retry budget/.test(l))).toBe(
			true,
		);
		expect(trigger.nodeState).toEqual(beforeMaintenance); // cursor, seen keys and last poll time
		expect(trigger.saved).toEqual(savedBeforeMaintenance);
		// The minimum interval counts from the last poll that got through (12:05): 12:11 polls.
		sim.maintenance = false;
		sim.extraCdr.push(call('C', '2024-01-10 12:10:30'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:11:00'))).toEqual(['B', 'C']);
		// The window of 12:10, which the maintenance kept from running.
		expect(window(cdrCalls().at(-1)!)).toEqual(['20240110115501', '20240110121100']);

		// 4. The daily quota is spent: an error that says the cursor did not move; nothing written.
		const beforeQuota = trigger.nodeState;
		const savedBeforeQuota = trigger.saved;
		sim.addToken(token, 10, 10);
		sim.extraCdr.push(call('D', '2024-01-10 12:15:00'));
		const failed = await pollAt(trigger, '2024-01-10 12:20:00');
		expect(failed.items).toEqual([]);
		expect(failed.error?.message).toMatch(/daily quota.*TOKEN LIMIT EXCEEDED/);
		expect(failed.error?.description).toMatch(/did not move its cursor/);
		expect(failed.error?.context?.wolkvoxOutcome).toBe('quota');
		expect(JSON.stringify([failed.error?.message, failed.error?.description])).not.toContain(token);
		expect(cdrCalls().filter((r) => r.msg === 'TOKEN LIMIT EXCEEDED')).toHaveLength(1);
		expect(trigger.nodeState).toEqual(beforeQuota);
		expect(trigger.saved).toEqual(savedBeforeQuota);
		// The quota resets: the next poll fetches everything since the last successful one.
		sim.addToken(token, 1000, 0);
		expect(ids(await pollAt(trigger, '2024-01-10 12:21:00'))).toEqual(['D']);
		expect(window(cdrCalls().at(-1)!)).toEqual(['20240110120101', '20240110122100']);

		// 5. A poll that emits nothing moves the state in memory; n8n saves it with the next emit.
		const quiet = await pollAt(trigger, '2024-01-10 12:30:00');
		expect(quiet).toMatchObject({ items: [], emitted: false, error: undefined });
		expect((trigger.nodeState.streams as any)['newCall:cdr_1'].cursor).toBe('20240110123000');
		expect((trigger.savedNodeState!.streams as any)['newCall:cdr_1'].cursor).toBe('20240110122100');

		// 6. n8n restarts from what it saved: nothing repeated (D), nothing skipped (E).
		const restarted = trigger.restart();
		sim.extraCdr.push(call('E', '2024-01-10 12:32:00'));
		const afterRestart = await pollAt(restarted, '2024-01-10 12:40:00');
		expect(ids(afterRestart)).toEqual(['E']);
		expect(window(cdrCalls().at(-1)!)).toEqual(['20240110121101', '20240110124000']);

		// 7. 41 days without polls, and wolkvox goes into maintenance after the first 31-day window:
		// that window's calls are emitted and its end stored (saved with the emit), the time of the
		// last poll is not, so the next tick continues at once.
		const cdr1 = sim.handlers.get('reports_manager.cdr_1')!;
		handle('reports_manager.cdr_1', (s, req) => {
			const answer = cdr1(s, req);
			s.maintenance = true;
			return answer;
		});
		sim.extraCdr.push(call('F', '2024-01-25 09:00:00'), call('G', '2024-02-15 09:00:00'));
		const lastPollAt = restarted.nodeState.lastPollAt;
		const partial = await pollAt(restarted, '2024-02-20 00:00:00');
		expect(partial).toMatchObject({ emitted: true, error: undefined });
		expect(ids(partial)).toEqual(['F']);
		expect(restarted.nodeState).toMatchObject({
			streams: { 'newCall:cdr_1': { cursor: '20240210123000' } },
			lastPollAt,
		});
		expect(restarted.savedNodeState).toEqual(restarted.nodeState);
		sim.maintenance = false;
		sim.handlers.set('reports_manager.cdr_1', cdr1);
		expect(ids(await pollAt(restarted, '2024-02-20 00:01:00'))).toEqual(['G']);
		expect(window(cdrCalls().at(-1)!)).toEqual(['20240210122001', '20240220000100']);

		// 8. n8n 2.x gives each poll a time budget (getPollBudgetMs); a catch-up that outlasts it
		// stops after a window and the next poll goes on: a tiny budget, one window per poll.
		const budgeted = restarted.restart({ pollBudgetMs: 1 });
		sim.extraCdr.push(call('H', '2024-03-01 09:00:00'), call('I', '2024-03-25 09:00:00'));
		expect(ids(await pollAt(budgeted, '2024-04-01 00:00:00'))).toEqual(['H']);
		expect(window(cdrCalls().at(-1)!)).toEqual(['20240219235101', '20240321235100']);
		expect(ids(await pollAt(budgeted, '2024-04-01 00:05:00'))).toEqual(['I']);
		expect((budgeted.savedNodeState!.streams as any)['newCall:cdr_1'].cursor).toBe(
			'20240401000500',
		);
	});
});

describe('manual mode: "Fetch Test Event" through WorkflowExecute', () => {
	test('reads and writes no static data; the parameters of every event reach wolkvox', async () => {
		// An active workflow whose trigger has polled (cursor, seen key A, last poll time).
		const trigger = workflow({ event: 'newCall', options: { startFrom: '2024-01-10T11:55:00' } });
		sim.extraCdr.push(call('A', '2024-01-10 11:58:00'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:00:00'))).toEqual(['A']);
		sim.extraCdr.push(call('N1', '2024-01-10 12:00:20'), call('N2', '2024-01-10 12:00:40'));
		const staticBefore = JSON.stringify(trigger.workflow.staticData);

		// A minute later (a scheduled poll would be skipped): the records since Start From, A included.
		clock.set('2024-01-10 12:01:00');
		const sample = await trigger.fetchTestEvent();
		expect(sample.error).toBeUndefined();
		expect(ids(sample)).toEqual(['A', 'N1', 'N2']);
		expect(meta(sample.items[0])).toMatchObject({
			test: true,
			window: { from: '2024-01-10 11:55:00', to: '2024-01-10 12:01:00' },
		});
		expect(window(cdrCalls().at(-1)!)).toEqual(['20240110115500', '20240110120100']);
		expect(JSON.stringify(trigger.workflow.staticData)).toBe(staticBefore);
		expect((trigger.workflow.staticData as IDataObject).__dataChanged).toBeFalsy();
		// The active trigger still emits the new records: the test run moved nothing.
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['N1', 'N2']);

		// Before any activation, with the calls that did not connect (cdr_5): nothing stored.
		clock.set('2024-01-10 12:01:00');
		rowsByDate('reports_manager.cdr_5', [call('U1', '2024-01-10 11:59:00', { result: 'busy' })]);
		const calls = workflow({ event: 'newCall', includeUnconnected: true });
		const both = await calls.fetchTestEvent();
		expect(both.error).toBeUndefined();
		expect(ids(both)).toEqual(['A', 'U1', 'N1', 'N2']);
		expect(calls.workflow.staticData).toEqual({});

		// Campaign results: Campaign Type, the campaign (resource locator) and Records as wolkvox's qs.
		rowsByDate('campaign.detail', [{ conn_id: 'R1', date: '2024-01-10 11:00:00', result: 'ok' }]);
		const campaign = workflow({
			event: 'campaignResult',
			campaign: { __rl: true, mode: 'id', value: ' 12 ' },
			campaignType: 'preview',
			campaignDetail: 'all',
		});
		expect(ids(await campaign.fetchTestEvent())).toEqual(['R1']);
		expect(sim.requests({ api: 'detail' }).at(-1)!.query).toMatchObject({
			type_campaign: 'preview',
			campaign_id: '12',
			detail: 'all',
		});
		expect(campaign.workflow.staticData).toEqual({});

		// Skill queue: one skill asked by its ID, the threshold in each item.
		sim.skillQueue.set('4001', 9);
		const skills = workflow({ event: 'skillQueue', threshold: 7, filters: { skillIds: '4001' } });
		const alert = await skills.fetchTestEvent();
		expect(alert.items.map((i) => i.json.skill_id)).toEqual(['4001']);
		expect(meta(alert.items[0])).toMatchObject({ threshold: 7, callsInQueue: 9, above: true });
		expect(sim.requests({ file: 'real_time', api: 'skills' }).at(-1)!.query.skill_id).toBe('4001');

		// Agent status: each agent's current status, nothing stored as a baseline.
		const agents = workflow({ event: 'agentStatus', filters: { agentIds: '1001,1002' } });
		const statuses = await agents.fetchTestEvent();
		expect(
			statuses.items.map((i) => [i.json.agent_id, i.json.previous_status, i.json.new_status]),
		).toEqual([
			['1001', null, 'Ready'],
			['1002', null, 'Busy'],
		]);
		expect(agents.workflow.staticData).toEqual({});

		// Maintenance past the retry budget: a manual run says so instead of showing nothing.
		sim.maintenance = true;
		const down = workflow({ event: 'newCall', options: { retryBudgetSeconds: 1 } });
		const refused = await down.fetchTestEvent();
		expect(refused.items).toEqual([]);
		expect(refused.error?.message).toMatch(/maintenance for the whole retry budget \(1 s/);
		expect(down.workflow.staticData).toEqual({});
	});
});
