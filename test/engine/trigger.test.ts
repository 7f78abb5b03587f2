/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Issue 6, the Wolkvox Trigger, through n8n-core's real polling machinery (ActiveWorkflowTriggers
 * activation, the registered cron's ticks through PollTriggerExecutor and PollContext, manual runs
 * through WorkflowExecute) against the simulator over real HTTP. The clock the node and the
 * simulator read is moved between polls and the simulator's data changes between them.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { freshToken } from '../harness/params';
import { ActiveTrigger, useClock, type PollOutcome } from '../harness/trigger';
import { useSimulator } from '../harness/simulator';
import { CdrDataset, secToDisplay, wallToSec, type CdrSpec } from '../simulator/data';
import { envelope, noData, type Handler, type SimAnswer } from '../simulator/server';

const { sim, credentials } = useSimulator();
const clock = useClock();
afterAll(() => clock.restore());

/** No dataset rows in January 2024: the tests add the calls they need (sim.extraCdr). */
const EMPTY_CDR: CdrSpec = { start: '20230101000000', days: 1, baseRows: 0, bursts: [], seed: 1 };

/** 45 days with a burst of 65,000 calls in 10 hours and calls on the first 31-day window's edges. */
const GAP_CDR: CdrSpec = {
	start: '20240101000000',
	days: 45,
	baseRows: 6000,
	bursts: [{ at: '20240120080000', seconds: 10 * 3600, rows: 65000 }],
	seed: 11,
	exact: ['20240131235959', '20240201000000'],
};

const triggers: ActiveTrigger[] = [];
let cdrHandler: Handler;
/** A token per test: the transport's maintenance gate is per token, and each test sets its own clock. */
let token: string;

/** A new CDR dataset (the simulator's reset forgets the tokens). */
function useCdr(spec: CdrSpec): void {
	sim.reset({ cdr: spec });
	sim.addToken(token, 100000);
}

beforeAll(() => {
	cdrHandler = sim.handlers.get('reports_manager.cdr_1')!;
});
beforeEach(() => {
	sim.reset({ cdr: EMPTY_CDR });
	token = freshToken(sim);
});
const replaced = new Map<string, Handler | undefined>();
/** Replaces a simulator handler for one test. */
function handle(key: string, handler: Handler): void {
	if (!replaced.has(key)) replaced.set(key, sim.handlers.get(key));
	sim.handlers.set(key, handler);
}

afterEach(async () => {
	sim.handlers.set('reports_manager.cdr_1', cdrHandler);
	for (const [key, handler] of replaced)
		handler ? sim.handlers.set(key, handler) : sim.handlers.delete(key);
	replaced.clear();
	while (triggers.length > 0) await triggers.pop()!.deactivate();
});

function activeTrigger(
	parameters: IDataObject,
	options: { pollBudgetMs?: number; staticData?: IDataObject } = {},
): ActiveTrigger {
	const trigger = new ActiveTrigger({ parameters, credentials: credentials(token), ...options });
	triggers.push(trigger);
	return trigger;
}

/** A call as cdr_1 lists it; `date` like "2024-01-10 12:03:00". */
function call(
	conn_id: string,
	date: string,
	extra: Record<string, string> = {},
): Record<string, string> {
	return {
		conn_id,
		date,
		agent_id: '1001',
		agent_name: 'Ana Ruiz',
		skill_id: '4001',
		campaign_id: '12',
		telephone: '573001234567',
		time_seg: '42',
		duration: '00:00:42',
		type_interaction: 'inbound',
		...extra,
	};
}

const ids = (outcome: PollOutcome) => outcome.items.map((item) => String(item.json.conn_id));
const meta = (item: INodeExecutionData) => item.json.wolkvox as IDataObject;
const cdrCalls = () => sim.requests({ api: 'cdr_1' });
const streamState = (trigger: ActiveTrigger, id = 'newCall:cdr_1') =>
	(trigger.nodeState.streams as IDataObject)[id] as IDataObject;

/** Moves the clock to `at` and runs one tick of the poll cron. */
async function pollAt(trigger: ActiveTrigger, at: string): Promise<PollOutcome> {
	clock.set(at);
	return await trigger.tick();
}

describe('new call records', () => {
	test('the first activation starts from now: no history, no API call', async () => {
		sim.extraCdr.push(call('OLD1', '2024-01-10 11:59:59'));
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall' });
		const first = await trigger.activate();
		expect(first.error).toBeUndefined();
		expect(first.items).toEqual([]);
		expect(sim.log).toHaveLength(0);
		expect(streamState(trigger)).toEqual({
			cursor: '20240110120000',
			floor: '20240110120000',
			seen: {},
		});
		// ... and the call from before the activation never shows up.
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual([]);
	});

	test('one call per poll; late records within the overlap and records on the cursor second are emitted once', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall' });
		await trigger.activate();

		sim.extraCdr.push(
			call('A', '2024-01-10 12:01:00'),
			call('B', '2024-01-10 12:04:59'),
			call('EDGE1', '2024-01-10 12:05:00'),
		);
		const p1 = await pollAt(trigger, '2024-01-10 12:05:00');
		expect(ids(p1)).toEqual(['A', 'B', 'EDGE1']);
		expect(cdrCalls().map((r) => [r.query.date_ini, r.query.date_end])).toEqual([
			['20240110120000', '20240110120500'],
		]);

		// C happened at 12:03 but wolkvox lists it only now; EDGE2 shares the previous cursor's second.
		sim.extraCdr.push(
			call('C', '2024-01-10 12:03:00'),
			call('EDGE2', '2024-01-10 12:05:00'),
			call('D', '2024-01-10 12:08:00'),
		);
		const p2 = await pollAt(trigger, '2024-01-10 12:10:00');
		expect(ids(p2)).toEqual(['C', 'EDGE2', 'D']);
		// The window re-read the overlap (10 minutes, not before the activation).
		expect(cdrCalls()[1].query).toMatchObject({
			date_ini: '20240110120000',
			date_end: '20240110121000',
		});

		sim.extraCdr.push(call('E', '2024-01-10 12:11:30'));
		const p3 = await pollAt(trigger, '2024-01-10 12:15:00');
		expect(ids(p3)).toEqual(['E']);
		expect(cdrCalls()[2].query).toMatchObject({
			date_ini: '20240110120001',
			date_end: '20240110121500',
		});
		// The seen keys stay bounded: only records the next window (from 12:05:01) can still return.
		expect(streamState(trigger).cursor).toBe('20240110121500');
		expect(Object.keys(streamState(trigger).seen as IDataObject).sort()).toEqual(['D', 'E']);

		const p4 = await pollAt(trigger, '2024-01-10 12:20:00');
		expect(p4.items).toEqual([]);
		expect(p4.error).toBeUndefined();
		// Steady state: exactly one API call per poll.
		expect(cdrCalls()).toHaveLength(4);
		expect(sim.log).toHaveLength(4);

		// A record that turns up later than the overlap is behind the window (documented limit).
		sim.extraCdr.push(call('TOO_LATE', '2024-01-10 12:09:00'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:25:00'))).toEqual([]);
		expect(streamState(trigger).seen).toEqual({});
	});

	test('each item is the record plus wolkvox metadata; typed output and filters apply', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({
			event: 'newCall',
			filters: { agentIds: '1001, 1003' },
			options: { typedOutput: true },
		});
		await trigger.activate();
		sim.extraCdr.push(
			call('MINE', '2024-01-10 12:02:00'),
			call('OTHER', '2024-01-10 12:03:00', { agent_id: '1002' }),
			call('MINE2', '2024-01-10 12:04:00', { agent_id: '1003' }),
		);
		const poll = await pollAt(trigger, '2024-01-10 12:05:00');
		expect(ids(poll)).toEqual(['MINE', 'MINE2']);
		const [item] = poll.items;
		expect(item.json).toMatchObject({
			conn_id: 'MINE',
			time_seg: 42,
			duration: 42,
			duration_hms: '00:00:42',
			telephone: 573001234567,
		});
		expect(meta(item)).toEqual({
			event: 'newCall',
			source: 'cdr_1',
			key: 'MINE',
			date: '2024-01-10 12:02:00',
			window: { from: '2024-01-10 12:00:00', to: '2024-01-10 12:05:00' },
			timezone: 'UTC',
		});
	});

	test('calls that did not connect (cdr_5) come from a second call per poll, merged by date', async () => {
		const unconnected = [
			call('U1', '2024-01-10 12:02:30', { result: 'no-answer' }),
			call('U2', '2024-01-10 12:07:00', { result: 'busy' }),
		];
		handle('reports_manager.cdr_5', (_s, req) => {
			const from = wallToSec(req.query.date_ini);
			const to = wallToSec(req.query.date_end);
			const rows = unconnected.filter(
				(r) =>
					wallToSec(r.date.replace(/\D/g, '')) >= from &&
					wallToSec(r.date.replace(/\D/g, '')) <= to,
			);
			return rows.length === 0
				? noData()
				: envelope(200, `${rows.length} records were found`, rows);
		});
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall', includeUnconnected: true });
		await trigger.activate();
		sim.extraCdr.push(call('A', '2024-01-10 12:01:00'), call('B', '2024-01-10 12:04:00'));
		const p1 = await pollAt(trigger, '2024-01-10 12:05:00');
		expect(ids(p1)).toEqual(['A', 'U1', 'B']);
		expect(p1.items.map((i) => meta(i).source)).toEqual(['cdr_1', 'cdr_5', 'cdr_1']);
		const p2 = await pollAt(trigger, '2024-01-10 12:10:00');
		expect(ids(p2)).toEqual(['U2']);
		expect(sim.requests().map((r) => r.api)).toEqual(['cdr_1', 'cdr_5', 'cdr_1', 'cdr_5']);
	});

	test('Start From: the first poll emits the records since that date', async () => {
		sim.extraCdr.push(
			call('BEFORE', '2024-01-10 10:59:59'),
			call('X', '2024-01-10 11:00:00'),
			call('Y', '2024-01-10 11:30:00'),
		);
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({
			event: 'newCall',
			options: { startFrom: '2024-01-10T11:00:00' },
		});
		const first = await trigger.activate();
		expect(ids(first)).toEqual(['X', 'Y']);
		expect(cdrCalls()[0].query).toMatchObject({
			date_ini: '20240110110000',
			date_end: '20240110120000',
		});
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual([]);
	});

	test('polls closer than the minimum interval are skipped without a call (n8n polls every minute by default)', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({
			event: 'newCall',
			options: { startFrom: '2024-01-10T11:59:00' },
		});
		await trigger.activate(); // polls (Start From)
		sim.extraCdr.push(call('A', '2024-01-10 12:00:30'));
		for (const at of ['12:01:00', '12:02:00', '12:03:00', '12:04:00']) {
			expect((await pollAt(trigger, `2024-01-10 ${at}`)).items).toEqual([]);
		}
		expect(cdrCalls()).toHaveLength(1);
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['A']);
		expect(cdrCalls()).toHaveLength(2);
	});
});

describe('chats, interactions, campaign results and the audit log', () => {
	const day = (hms: string) => `2024-01-10 ${hms}`;
	const cases: Array<{
		event: string;
		key: string;
		parameters?: IDataObject;
		rows: Array<Record<string, unknown>>;
		dateOf: (row: any) => string;
		id: (item: INodeExecutionData) => unknown;
		qs?: Record<string, string>;
	}> = [
		{
			event: 'newChat',
			key: 'reports_manager.chat_1',
			rows: [
				{ conn_id: 'CH1', date: day('12:01:00'), agent_id: '1001', skill_id: '4001' },
				{ conn_id: 'CH2', date: day('12:07:00'), agent_id: '1002', skill_id: '4002' },
			],
			dateOf: (row) => row.date,
			id: (item) => item.json.conn_id,
		},
		{
			event: 'newConversation',
			key: 'reports_manager.chat_2',
			rows: [
				{
					conn_id: 'CV1',
					agent_name: 'Ana Ruiz',
					conversation: [
						{ date: day('12:02:00'), message: 'hola' },
						{ date: day('12:02:30'), message: 'buenas' },
					],
				},
				{
					conn_id: 'CV2',
					agent_name: 'Bruno Diaz',
					conversation: [{ date: day('12:06:00'), message: 'hi' }],
				},
			],
			dateOf: (row) => row.conversation[0].date,
			id: (item) => item.json.conn_id,
		},
		{
			event: 'newInteraction',
			key: 'reports_manager.chat_4',
			rows: [
				{ case_id: 'K1', date_creation: day('12:03:00'), skill_id: '4001' },
				{ case_id: 'K2', date_creation: day('12:09:00'), skill_id: '4001' },
			],
			dateOf: (row) => row.date_creation,
			id: (item) => item.json.case_id,
			qs: { attach_array: 'yes', include_attachments: 'false' },
		},
		{
			event: 'campaignResult',
			key: 'campaign.detail',
			parameters: {
				campaign: { __rl: true, mode: 'id', value: '12' },
				campaignType: 'preview',
				campaignDetail: 'all',
			},
			rows: [
				{ conn_id: 'R1', date: day('12:04:00'), agent_id: '1001', result: 'answer' },
				{ conn_id: 'R2', date: day('12:08:00'), agent_id: '1001', result: 'busy' },
			],
			dateOf: (row) => row.date,
			id: (item) => item.json.conn_id,
			qs: { type_campaign: 'preview', campaign_id: '12', detail: 'all' },
		},
		{
			event: 'auditLog',
			key: 'information.audit_log',
			rows: [
				{
					date: day('12:01:10'),
					ip: '10.0.0.1',
					user: 'admin',
					action: 'edit skill 4001',
					workstation: 'PC1',
				},
				{
					date: day('12:08:20'),
					ip: '10.0.0.1',
					user: 'admin',
					action: 'edit skill 4001',
					workstation: 'PC1',
				},
			],
			dateOf: (row) => row.date,
			id: (item) => item.json.date,
		},
	];

	test.each(cases)(
		'$event: its endpoint and parameters, each record once',
		async ({ event, key, parameters, rows, dateOf, id, qs }) => {
			const generic = sim.handlers.get(key)!;
			const visible: typeof rows = [];
			handle(key, (s, req): SimAnswer => {
				const check = generic(s, req); // method, required parameters, 31-day limit
				if (check.status >= 400) return check;
				const from = wallToSec(req.query.date_ini);
				const to = wallToSec(req.query.date_end);
				const hits = visible.filter((row) => {
					const at = wallToSec(dateOf(row).replace(/\D/g, ''));
					return at >= from && at <= to;
				});
				return hits.length === 0
					? noData()
					: envelope(200, `${hits.length} records were found`, hits);
			});
			clock.set('2024-01-10 12:00:00');
			const trigger = activeTrigger({ event, ...parameters });
			await trigger.activate();
			visible.push(rows[0]);
			const p1 = await pollAt(trigger, '2024-01-10 12:05:00');
			visible.push(rows[1]);
			const p2 = await pollAt(trigger, '2024-01-10 12:10:00');
			const p3 = await pollAt(trigger, '2024-01-10 12:15:00');
			expect([p1, p2, p3].map((p) => p.error)).toEqual([undefined, undefined, undefined]);
			expect(p1.items.map(id)).toEqual([id({ json: rows[0] as IDataObject })]);
			expect(p2.items.map(id)).toEqual([id({ json: rows[1] as IDataObject })]);
			expect(p3.items).toEqual([]);
			expect(meta(p2.items[0])).toMatchObject({ event, date: dateOf(rows[1]) });
			const sent = sim.requests().map((r) => r.query);
			expect(sent).toHaveLength(3);
			for (const query of sent) expect(query).toMatchObject(qs ?? {});
		},
	);
});

describe('maintenance, quota and restarts', () => {
	test('a poll during maintenance emits nothing and keeps the cursor; the next poll catches up', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall', options: { retryBudgetSeconds: 2 } });
		await trigger.activate();
		sim.extraCdr.push(call('A', '2024-01-10 12:03:00'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['A']);
		const before = trigger.nodeState;

		sim.maintenance = true;
		sim.extraCdr.push(call('B', '2024-01-10 12:07:00'));
		const logged = sim.log.length;
		const started = performance.now();
		const during = await pollAt(trigger, '2024-01-10 12:10:00');
		expect(during.error).toBeUndefined();
		expect(during.items).toEqual([]);
		expect(performance.now() - started).toBeLessThan(8000); // the 2 s retry budget, not 600 s
		expect(sim.log.slice(logged).every((r) => r.status === 403)).toBe(true);
		expect(trigger.nodeState).toEqual(before); // cursor, seen keys and last poll time unchanged

		sim.maintenance = false;
		sim.extraCdr.push(call('C', '2024-01-10 12:10:30'));
		// The minimum interval counts from the last poll that got through: the next tick polls.
		const after = await pollAt(trigger, '2024-01-10 12:11:00');
		expect(ids(after)).toEqual(['B', 'C']);
		expect(
			cdrCalls()
				.filter((r) => r.status === 200)
				.map((r) => r.query.date_ini),
		).toEqual(['20240110120000', '20240110120000']);
	});

	test('TOKEN LIMIT EXCEEDED: a clear error, the cursor does not move, the next poll fetches everything since', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall' });
		await trigger.activate();
		sim.extraCdr.push(call('A', '2024-01-10 12:03:00'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['A']);
		const before = trigger.nodeState;
		const savedBefore = trigger.saved;

		sim.addToken(token, 10, 10); // quota spent
		sim.extraCdr.push(call('B', '2024-01-10 12:08:00'));
		const failed = await pollAt(trigger, '2024-01-10 12:10:00');
		expect(failed.items).toEqual([]);
		expect(failed.error?.message).toMatch(/daily quota.*TOKEN LIMIT EXCEEDED/);
		expect(failed.error?.description).toMatch(/did not move its cursor/);
		expect(failed.error?.context?.wolkvoxOutcome).toBe('quota');
		expect(
			sim.requests({ api: 'cdr_1' }).filter((r) => r.msg === 'TOKEN LIMIT EXCEEDED'),
		).toHaveLength(1); // not retried
		expect(trigger.nodeState).toEqual(before);
		expect(trigger.saved).toEqual(savedBefore);

		sim.addToken(token, 1000, 0); // the quota resets
		sim.extraCdr.push(call('C', '2024-01-10 12:40:00'));
		const next = await pollAt(trigger, '2024-01-10 12:45:00');
		expect(ids(next)).toEqual(['B', 'C']);
		expect(cdrCalls().at(-1)!.query).toMatchObject({
			date_ini: '20240110120000',
			date_end: '20240110124500',
		});
	});

	test('n8n restarts: the state saved with the last emit neither repeats nor skips a record', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall' });
		await trigger.activate();
		sim.extraCdr.push(call('A', '2024-01-10 12:03:00'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['A']); // emitted: state saved
		expect(ids(await pollAt(trigger, '2024-01-10 12:10:00'))).toEqual([]); // moved in memory only
		sim.extraCdr.push(call('B', '2024-01-10 12:12:00'));
		expect(streamState(trigger).cursor).toBe('20240110121000');
		expect((trigger.saved['node:Wolkvox Trigger'] as any).streams['newCall:cdr_1'].cursor).toBe(
			'20240110120500',
		);

		clock.set('2024-01-10 12:30:00');
		const { trigger: restarted, first } = await trigger.restart();
		triggers.push(restarted);
		// The activation poll after the restart continues from the saved cursor.
		expect(ids(first)).toEqual(['B']);
		expect(cdrCalls().at(-1)!.query).toMatchObject({
			date_ini: '20240110120000',
			date_end: '20240110123000',
		});
	});
});

describe('long gaps', () => {
	let dataset: CdrDataset;
	beforeAll(() => {
		dataset = new CdrDataset(GAP_CDR);
	});

	/** conn_ids of the dataset rows in [from, to] (wall times), in date order. */
	const expected = (from: string, to: string) => {
		const [lo, hi] = dataset.range(wallToSec(from), wallToSec(to));
		return Array.from({ length: hi - lo }, (_, i) => `C${String(lo + i).padStart(8, '0')}`);
	};

	test('after 44 days down with 65,000 calls in one day: every record once, in order, within the 31-day and 60,000-row limits', async () => {
		useCdr(GAP_CDR);
		clock.set('2024-01-01 00:00:00');
		const trigger = activeTrigger({ event: 'newCall' });
		await trigger.activate();

		clock.set('2024-02-14 00:00:00'); // n8n was down; it starts again
		const { trigger: restarted, first } = await trigger.restart();
		triggers.push(restarted);
		expect(first.error).toBeUndefined();
		const want = expected('20240101000000', '20240214000000');
		expect(want.length).toBeGreaterThan(65000);
		const got = ids(first);
		expect(got.length).toBe(want.length);
		expect(got).toEqual(want); // each exactly once, in date order
		const dates = first.items.map((item) => String(item.json.date));
		expect(dates).toContain('2024-01-31 23:59:59'); // the rows on the 31-day window boundary
		expect(dates).toContain('2024-02-01 00:00:00');

		const calls = cdrCalls();
		expect(calls.every((r) => r.status === 200)).toBe(true);
		expect(calls.some((r) => r.rows === 60000)).toBe(true); // a capped answer was continued
		for (const r of calls)
			expect(wallToSec(r.query.date_end) - wallToSec(r.query.date_ini)).toBeLessThan(31 * 86400);
		expect(calls.length).toBeLessThanOrEqual(4);
		// Only the records a later window can still return are remembered.
		expect(Object.keys(streamState(restarted).seen as IDataObject).length).toBeLessThan(20);

		// Back to the steady state: one call, nothing repeated.
		clock.set('2024-02-14 00:05:00');
		const next = await restarted.tick();
		expect(next.items).toEqual([]);
		expect(cdrCalls()).toHaveLength(calls.length + 1);
		expect(Object.keys(streamState(restarted).seen as IDataObject).length).toBeLessThan(20);
	});

	test('maintenance in the middle of a catch-up: the complete windows are emitted, the next poll continues from there', async () => {
		useCdr(GAP_CDR);
		clock.set('2024-01-01 00:00:00');
		const trigger = activeTrigger({
			event: 'newCall',
			options: { retryBudgetSeconds: 1, minIntervalMinutes: 0 },
		});
		await trigger.activate();
		// wolkvox goes into maintenance right after answering the first (capped) call.
		handle('reports_manager.cdr_1', (s, req) => {
			const answer = cdrHandler(s, req);
			s.maintenance = true;
			return answer;
		});
		clock.set('2024-02-14 00:00:00');
		const first = await trigger.tick();
		expect(first.error).toBeUndefined();
		const got = ids(first);
		expect(got.length).toBeGreaterThan(50000); // the rows before the capped answer's last second
		const cursor = String(streamState(trigger).cursor);
		expect(cursor > '20240101000000' && cursor < '20240201000000').toBe(true);
		expect(trigger.saved).toEqual(JSON.parse(JSON.stringify(trigger.workflow.staticData))); // emitted, so saved

		sim.maintenance = false;
		sim.handlers.set('reports_manager.cdr_1', cdrHandler);
		clock.set('2024-02-14 00:05:00');
		const second = await trigger.tick();
		got.push(...ids(second));
		expect(got).toEqual(expected('20240101000000', '20240214000500'));
	});

	test("a catch-up that outlasts n8n's poll budget continues at the next polls: every record once, in order", async () => {
		useCdr(GAP_CDR);
		clock.set('2024-01-01 00:00:00');
		const trigger = activeTrigger(
			{ event: 'newCall', options: { minIntervalMinutes: 0 } },
			{ pollBudgetMs: 1 },
		);
		await trigger.activate();
		clock.set('2024-02-14 00:00:00');
		const got: string[] = [];
		const windows: string[] = [];
		for (let poll = 0; poll < 10 && streamState(trigger).cursor !== '20240214000000'; poll++) {
			const outcome = await trigger.tick();
			expect(outcome.error).toBeUndefined();
			got.push(...ids(outcome));
			windows.push(String(streamState(trigger).cursor));
		}
		expect(windows.length).toBeGreaterThan(1); // one window per poll
		expect(got).toEqual(expected('20240101000000', '20240214000000'));
	});
});

describe('agent status and skill queue', () => {
	test('agent status changes: one event per change with the old and new status', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'agentStatus' });
		const first = await trigger.activate(); // the baseline
		expect(first.items).toEqual([]);
		expect(sim.requests({ file: 'real_time', api: 'agents' })).toHaveLength(1);

		sim.agentStatus.set('1001', 'Busy'); // was Ready
		sim.agentStatus.set('1002', 'Ready'); // was Busy
		const p1 = await pollAt(trigger, '2024-01-10 12:05:00');
		expect(
			p1.items.map((i) => [i.json.agent_id, i.json.previous_status, i.json.new_status]),
		).toEqual([
			['1001', 'Ready', 'Busy'],
			['1002', 'Busy', 'Ready'],
		]);
		expect(p1.items[0].json).toMatchObject({ agent_name: 'Ana Ruiz', agent_status: 'Busy' });
		expect(meta(p1.items[0])).toMatchObject({ event: 'agentStatus', source: 'real_time.agents' });

		expect((await pollAt(trigger, '2024-01-10 12:10:00')).items).toEqual([]); // no change, no event

		sim.agentStatus.delete('1003'); // logs out
		sim.agentStatus.set('1001', 'ACW');
		const p3 = await pollAt(trigger, '2024-01-10 12:15:00');
		expect(
			p3.items.map((i) => [i.json.agent_id, i.json.previous_status, i.json.new_status]),
		).toEqual([
			['1001', 'Busy', 'ACW'],
			['1003', 'ACW', null],
		]);
		sim.agentStatus.set('1003', 'Ready'); // logs in again
		const p4 = await pollAt(trigger, '2024-01-10 12:20:00');
		expect(
			p4.items.map((i) => [i.json.agent_id, i.json.previous_status, i.json.new_status]),
		).toEqual([['1003', null, 'Ready']]);
		expect(sim.requests({ file: 'real_time', api: 'agents' })).toHaveLength(5); // one call per poll
	});

	test('the agent filter limits the events, not the baseline', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'agentStatus', filters: { agentIds: '1002' } });
		await trigger.activate();
		sim.agentStatus.set('1001', 'Aux');
		sim.agentStatus.set('1002', 'Aux');
		const poll = await pollAt(trigger, '2024-01-10 12:05:00');
		expect(poll.items.map((i) => i.json.agent_id)).toEqual(['1002']);
	});

	test('skill queue above the threshold: one alert per crossing', async () => {
		clock.set('2024-01-10 12:00:00');
		sim.skillQueue.set('4001', 3);
		const trigger = activeTrigger({
			event: 'skillQueue',
			threshold: 5,
			filters: { skillIds: '4001' },
		});
		expect((await trigger.activate()).items).toEqual([]);
		expect(sim.requests({ file: 'real_time', api: 'skills' })[0].query.skill_id).toBe('4001');

		const queue = async (n: number, at: string) => {
			sim.skillQueue.set('4001', n);
			sim.skillQueue.set('4002', 50); // not watched
			return (await pollAt(trigger, at)).items;
		};
		const alert = await queue(7, '2024-01-10 12:05:00');
		expect(alert).toHaveLength(1);
		expect(alert[0].json).toMatchObject({
			skill_id: '4001',
			skill_name: 'Sales',
			calls_in_queue_now: '7',
		});
		expect(meta(alert[0])).toMatchObject({
			event: 'skillQueue',
			threshold: 5,
			callsInQueue: 7,
			above: true,
		});
		expect(await queue(9, '2024-01-10 12:10:00')).toEqual([]); // still above: no new alert
		expect(await queue(5, '2024-01-10 12:15:00')).toEqual([]); // back to the threshold
		expect(await queue(6, '2024-01-10 12:20:00')).toHaveLength(1); // a new crossing
	});
});

describe('manual mode (Fetch Test Event)', () => {
	test('returns the latest records and leaves the cursor and the static data untouched', async () => {
		clock.set('2024-01-10 12:00:00');
		const trigger = activeTrigger({ event: 'newCall' });
		await trigger.activate();
		sim.extraCdr.push(call('A', '2024-01-10 12:01:00'));
		expect(ids(await pollAt(trigger, '2024-01-10 12:05:00'))).toEqual(['A']);
		for (let i = 0; i < 14; i++)
			sim.extraCdr.push(
				call(`N${String(i).padStart(2, '0')}`, secToDisplay(wallToSec('20240110120600') + i * 10)),
			);
		const staticBefore = JSON.stringify(trigger.workflow.staticData);

		clock.set('2024-01-10 12:09:00');
		const sample = await trigger.fetchTestEvent();
		expect(sample.error).toBeUndefined();
		expect(ids(sample)).toEqual([
			'N04',
			'N05',
			'N06',
			'N07',
			'N08',
			'N09',
			'N10',
			'N11',
			'N12',
			'N13',
		]); // the latest 10
		expect(meta(sample.items[0])).toMatchObject({
			test: true,
			window: { from: '2024-01-09 12:09:01', to: '2024-01-10 12:09:00' },
		});
		expect(JSON.stringify(trigger.workflow.staticData)).toBe(staticBefore);
		expect((trigger.workflow.staticData as IDataObject).__dataChanged).toBeFalsy();

		// The active trigger still emits all of them: the test run moved nothing.
		const next = await pollAt(trigger, '2024-01-10 12:10:00');
		expect(ids(next)).toEqual(
			Array.from({ length: 14 }, (_, i) => `N${String(i).padStart(2, '0')}`),
		);
	});

	test('works before the first activation and for agent status, storing nothing', async () => {
		clock.set('2024-01-10 12:00:00');
		sim.extraCdr.push(call('A', '2024-01-10 11:00:00'));
		const calls = activeTrigger({ event: 'newCall' });
		expect(ids(await calls.fetchTestEvent())).toEqual(['A']);
		expect(calls.workflow.staticData).toEqual({});

		const agents = activeTrigger({ event: 'agentStatus', filters: { agentIds: '1001,1002' } });
		const sample = await agents.fetchTestEvent();
		expect(
			sample.items.map((i) => [i.json.agent_id, i.json.previous_status, i.json.new_status]),
		).toEqual([
			['1001', null, 'Ready'],
			['1002', null, 'Busy'],
		]);
		expect(agents.workflow.staticData).toEqual({});
	});
});
