/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The Wolkvox Trigger's polling logic in the core (core/trigger/poller.ts), without n8n: runPoll
 * with a core session over real HTTP to the simulator, a config built the way the node's
 * readConfig builds it, and the state of each poll handed to the next like the node stores it.
 `now` is part of the config; Date.now is only moved on between two polls where the transport's
 * maintenance gate must see the minutes that pass in n8n. The node's own part (static data, the
 * minimum interval, its error texts, n8n's poll budget, manual runs) is in
 * test/engine/trigger.test.ts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { EndpointDef } from '../../core/catalog';
import { WolkvoxFailure } from '../../core/failures';
import type { TransportSettings } from '../../core/transport';
import { findEvent, type EventDef, type RecordEventDef } from '../../core/trigger/events';
import {
	runPoll,
	type PollConfig,
	type PollResult,
	type StreamState,
	type TriggerState,
} from '../../core/trigger/poller';
import { coreSession } from '../harness/core';
import { freshToken } from '../harness/params';
import { useSimulator } from '../harness/simulator';
import { CdrDataset, secToDisplay, wallToSec, type CdrSpec, cdrCall } from '../simulator/data';
import { envelope, noData, ROW_CAP, type Handler, type SimAnswer } from '../simulator/server';

const { sim } = useSimulator();

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
/** The same gap at a tenth, for a row cap of 6,000 (the same shape: one capped day). */
const SMALL_GAP_CDR: CdrSpec = {
	...GAP_CDR,
	baseRows: 600,
	bursts: [{ at: '20240120080000', seconds: 10 * 3600, rows: 6500 }],
};
const SMALL_CAP = 6000;

/**
 * The minutes n8n lets pass between two polls, for the transport's maintenance gate (it reads
 * Date.now to know when wolkvox may be asked again); reset before each test.
 */
const realNow = Date.now.bind(Date);
let clockOffset = 0;
const clock = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + clockOffset);
afterAll(() => clock.mockRestore());
const minutesPass = (minutes: number) => {
	clockOffset += minutes * 60 * 1000;
};

let cdrHandler: Handler;
/** A token per test: the transport's maintenance gate and learned row orders are per token. */
let token: string;
const replaced = new Map<string, Handler | undefined>();

beforeAll(() => {
	cdrHandler = sim.handlers.get('reports_manager.cdr_1')!;
});
beforeEach(() => {
	clockOffset = 0;
	sim.reset({ cdr: EMPTY_CDR });
	token = freshToken(sim);
});
afterEach(() => {
	sim.handlers.set('reports_manager.cdr_1', cdrHandler);
	for (const [key, handler] of replaced)
		handler ? sim.handlers.set(key, handler) : sim.handlers.delete(key);
	replaced.clear();
});

/** Replaces a simulator handler for one test. */
function handle(key: string, handler: Handler): void {
	if (!replaced.has(key)) replaced.set(key, sim.handlers.get(key));
	sim.handlers.set(key, handler);
}

/** A new CDR dataset (the simulator's reset forgets the tokens). */
function useCdr(spec: CdrSpec): void {
	sim.reset({ cdr: spec });
	sim.addToken(token, 100000);
}

/** "2024-01-10 12:05:00" -> "20240110120500" (wall times are UTC here, the config's timezone). */
const s14 = (display: string) => display.replace(/\D/g, '');

/**
 * The config the node's readConfig builds for `event` at `at`, with its defaults: the workflow's
 * timezone (UTC), a 10-minute overlap, no filters, no Start From, untyped output, no poll budget.
 */
function configFor(event: string | EventDef, at: string, extra: Partial<PollConfig> = {}) {
	const def = typeof event === 'string' ? findEvent(event) : event;
	if (!def) throw new Error(`no event ${String(event)}`);
	const config: PollConfig = {
		event: def,
		now: s14(at),
		timeZone: 'UTC',
		overlapSeconds: 600,
		typed: false,
		filters: { agent: [], skill: [], campaign: [] },
		enabled: { includeUnconnected: false },
		qs: {},
		threshold: def.value === 'skillQueue' ? 5 : 0,
		manual: false,
		...extra,
	};
	return config;
}

interface Poll extends PollResult {
	/** API calls this poll made. */
	calls: number;
}

/**
 * The trigger as the node drives runPoll: a session per poll, and the state of a poll that
 * returns one stored (as JSON) for the next; a poll that throws leaves the stored state as it was;
 * a manual run stores nothing.
 */
class Poller {
	state: TriggerState = {};

	constructor(
		readonly event: string | EventDef,
		readonly options: Partial<PollConfig> = {},
		readonly settings: Partial<TransportSettings> = {},
	) {}

	async poll(at: string, extra: Partial<PollConfig> = {}): Promise<Poll> {
		const config = configFor(this.event, at, { ...this.options, ...extra });
		const session = coreSession({ baseUrl: sim.url, token, settings: this.settings });
		const result = await runPoll(session, config, this.state);
		if (result.state && !config.manual) this.state = JSON.parse(JSON.stringify(result.state));
		return { ...result, calls: session.stats.calls };
	}

	stream(id = 'newCall:cdr_1'): StreamState {
		return this.state.streams![id];
	}
}

const call = cdrCall;

const ids = (poll: { items: INodeExecutionData[] }) =>
	poll.items.map((item) => String(item.json.conn_id));
const meta = (item: INodeExecutionData) => item.json.wolkvox as IDataObject;
const cdrCalls = () => sim.requests({ api: 'cdr_1' });
const changes = (poll: Poll) =>
	poll.items.map((i) => [i.json.agent_id, i.json.previous_status, i.json.new_status]);

describe('new call records', () => {
	test('the first poll starts from now: no history, no API call', async () => {
		sim.extraCdr.push(call('OLD1', '2024-01-10 11:59:59'));
		const trigger = new Poller('newCall');
		const first = await trigger.poll('2024-01-10 12:00:00');
		expect(first.maintenance).toBe(false);
		expect(first.items).toEqual([]);
		expect(sim.log).toHaveLength(0);
		expect(trigger.stream()).toEqual({
			cursor: '20240110120000',
			floor: '20240110120000',
			seen: {},
		});
		// ... and the call from before the first poll never shows up.
		expect(ids(await trigger.poll('2024-01-10 12:05:00'))).toEqual([]);
	});

	test('one call per poll; late records within the overlap and records on the cursor second are emitted once', async () => {
		const trigger = new Poller('newCall');
		await trigger.poll('2024-01-10 12:00:00');

		sim.extraCdr.push(
			call('A', '2024-01-10 12:01:00'),
			call('B', '2024-01-10 12:04:59'),
			call('EDGE1', '2024-01-10 12:05:00'),
		);
		const p1 = await trigger.poll('2024-01-10 12:05:00');
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
		const p2 = await trigger.poll('2024-01-10 12:10:00');
		expect(ids(p2)).toEqual(['C', 'EDGE2', 'D']);
		// The window re-read the overlap (10 minutes, not before the first poll).
		expect(cdrCalls()[1].query).toMatchObject({
			date_ini: '20240110120000',
			date_end: '20240110121000',
		});

		sim.extraCdr.push(call('E', '2024-01-10 12:11:30'));
		const p3 = await trigger.poll('2024-01-10 12:15:00');
		expect(ids(p3)).toEqual(['E']);
		expect(cdrCalls()[2].query).toMatchObject({
			date_ini: '20240110120001',
			date_end: '20240110121500',
		});
		// The seen keys stay bounded: only records the next window (from 12:05:01) can still return.
		expect(trigger.stream().cursor).toBe('20240110121500');
		expect(Object.keys(trigger.stream().seen).sort()).toEqual(['D', 'E']);

		const p4 = await trigger.poll('2024-01-10 12:20:00');
		expect(p4.items).toEqual([]);
		expect(p4.maintenance).toBe(false);
		// Steady state: exactly one API call per poll.
		expect([p1, p2, p3, p4].map((p) => p.calls)).toEqual([1, 1, 1, 1]);
		expect(cdrCalls()).toHaveLength(4);
		expect(sim.log).toHaveLength(4);

		// A record that turns up later than the overlap is behind the window (documented limit).
		sim.extraCdr.push(call('TOO_LATE', '2024-01-10 12:09:00'));
		expect(ids(await trigger.poll('2024-01-10 12:25:00'))).toEqual([]);
		expect(trigger.stream().seen).toEqual({});
	});

	test('each item is the record plus wolkvox metadata; typed output and filters apply', async () => {
		const trigger = new Poller('newCall', {
			filters: { agent: ['1001', '1003'], skill: [], campaign: [] },
			typed: true,
		});
		await trigger.poll('2024-01-10 12:00:00');
		sim.extraCdr.push(
			call('MINE', '2024-01-10 12:02:00'),
			call('OTHER', '2024-01-10 12:03:00', { agent_id: '1002' }),
			call('MINE2', '2024-01-10 12:04:00', { agent_id: '1003' }),
		);
		const poll = await trigger.poll('2024-01-10 12:05:00');
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
		// A record filtered out is not remembered either: it costs no seen key.
		expect(Object.keys(trigger.stream().seen).sort()).toEqual(['MINE', 'MINE2']);
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
				(r) => wallToSec(s14(r.date)) >= from && wallToSec(s14(r.date)) <= to,
			);
			return rows.length === 0
				? noData()
				: envelope(200, `${rows.length} records were found`, rows);
		});
		const trigger = new Poller('newCall', { enabled: { includeUnconnected: true } });
		await trigger.poll('2024-01-10 12:00:00');
		sim.extraCdr.push(call('A', '2024-01-10 12:01:00'), call('B', '2024-01-10 12:04:00'));
		const p1 = await trigger.poll('2024-01-10 12:05:00');
		expect(ids(p1)).toEqual(['A', 'U1', 'B']);
		expect(p1.items.map((i) => meta(i).source)).toEqual(['cdr_1', 'cdr_5', 'cdr_1']);
		const p2 = await trigger.poll('2024-01-10 12:10:00');
		expect(ids(p2)).toEqual(['U2']);
		expect(sim.requests().map((r) => r.api)).toEqual(['cdr_1', 'cdr_5', 'cdr_1', 'cdr_5']);
		// Each stream keeps its own cursor and seen keys.
		expect(Object.keys(trigger.state.streams!).sort()).toEqual(['newCall:cdr_1', 'newCall:cdr_5']);
		expect(Object.keys(trigger.stream('newCall:cdr_5').seen)).toEqual(['U1', 'U2']);
	});

	test('Start From: the first poll emits the records since that date', async () => {
		sim.extraCdr.push(
			call('BEFORE', '2024-01-10 10:59:59'),
			call('X', '2024-01-10 11:00:00'),
			call('Y', '2024-01-10 11:30:00'),
		);
		const trigger = new Poller('newCall', { startFrom: '20240110110000' });
		const first = await trigger.poll('2024-01-10 12:00:00');
		expect(ids(first)).toEqual(['X', 'Y']);
		expect(cdrCalls()[0].query).toMatchObject({
			date_ini: '20240110110000',
			date_end: '20240110120000',
		});
		expect(trigger.stream().floor).toBe('20240110110000');
		// From then on the usual window: the overlap before the cursor.
		expect(ids(await trigger.poll('2024-01-10 12:05:00'))).toEqual([]);
		expect(cdrCalls()[1].query.date_ini).toBe('20240110115001');
	});
});

describe('chats, interactions, campaign results and the audit log', () => {
	const day = (hms: string) => `2024-01-10 ${hms}`;
	const cases: Array<{
		event: string;
		key: string;
		qs?: Record<string, string>;
		rows: Array<Record<string, unknown>>;
		dateOf: (row: any) => string;
		id: (item: INodeExecutionData) => unknown;
		sent?: Record<string, string>;
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
			sent: { attach_array: 'yes', include_attachments: 'false' },
		},
		{
			event: 'campaignResult',
			key: 'campaign.detail',
			// What readConfig makes of Campaign Type "Preview", Campaign 12, Records "All Worked Records".
			qs: { type_campaign: 'preview', campaign_id: '12', detail: 'all' },
			rows: [
				{ conn_id: 'R1', date: day('12:04:00'), agent_id: '1001', result: 'answer' },
				{ conn_id: 'R2', date: day('12:08:00'), agent_id: '1001', result: 'busy' },
			],
			dateOf: (row) => row.date,
			id: (item) => item.json.conn_id,
			sent: { type_campaign: 'preview', campaign_id: '12', detail: 'all' },
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
		async ({ event, key, qs, rows, dateOf, id, sent }) => {
			const generic = sim.handlers.get(key)!;
			const visible: typeof rows = [];
			handle(key, (s, req): SimAnswer => {
				const check = generic(s, req); // method, required parameters, 31-day limit
				if (check.status >= 400) return check;
				const from = wallToSec(req.query.date_ini);
				const to = wallToSec(req.query.date_end);
				const hits = visible.filter((row) => {
					const at = wallToSec(s14(dateOf(row)));
					return at >= from && at <= to;
				});
				return hits.length === 0
					? noData()
					: envelope(200, `${hits.length} records were found`, hits);
			});
			const trigger = new Poller(event, { qs: qs ?? {} });
			await trigger.poll('2024-01-10 12:00:00');
			visible.push(rows[0]);
			const p1 = await trigger.poll('2024-01-10 12:05:00');
			visible.push(rows[1]);
			const p2 = await trigger.poll('2024-01-10 12:10:00');
			const p3 = await trigger.poll('2024-01-10 12:15:00');
			expect([p1, p2, p3].map((p) => p.maintenance)).toEqual([false, false, false]);
			expect(p1.items.map(id)).toEqual([id({ json: rows[0] as IDataObject })]);
			expect(p2.items.map(id)).toEqual([id({ json: rows[1] as IDataObject })]);
			expect(p3.items).toEqual([]);
			expect(meta(p2.items[0])).toMatchObject({ event, date: dateOf(rows[1]) });
			const queries = sim.requests().map((r) => r.query);
			expect(queries).toHaveLength(3);
			for (const query of queries) expect(query).toMatchObject(sent ?? {});
		},
	);

	test('a different campaign is a different stream: its own cursor, from now on', async () => {
		handle('campaign.detail', () => noData());
		const trigger = new Poller('campaignResult', {
			qs: { type_campaign: 'predictive', campaign_id: '12', detail: 'default' },
		});
		await trigger.poll('2024-01-10 12:00:00');
		await trigger.poll('2024-01-10 12:05:00', {
			qs: { type_campaign: 'predictive', campaign_id: '15', detail: 'default' },
		});
		expect(Object.keys(trigger.state.streams!)).toEqual([
			'campaignResult:detail:predictive:15:default',
		]);
		expect(trigger.state.streams!['campaignResult:detail:predictive:15:default'].cursor).toBe(
			'20240110120500',
		);
		expect(sim.log).toHaveLength(0); // a new stream starts from now: no call
	});
});

describe('maintenance and quota', () => {
	test('a poll during maintenance emits nothing and keeps the state; the next poll catches up', async () => {
		const trigger = new Poller('newCall', {}, { budgetMs: 2000 });
		await trigger.poll('2024-01-10 12:00:00');
		sim.extraCdr.push(call('A', '2024-01-10 12:03:00'));
		expect(ids(await trigger.poll('2024-01-10 12:05:00'))).toEqual(['A']);
		const before = JSON.parse(JSON.stringify(trigger.state));

		sim.maintenance = true;
		sim.extraCdr.push(call('B', '2024-01-10 12:07:00'));
		const logged = sim.log.length;
		const during = await trigger.poll('2024-01-10 12:10:00');
		expect(during.maintenance).toBe(true);
		expect(during.items).toEqual([]);
		// The poll's 2 s retry budget, not the node's 600 s: the first answer and at most one probe
		// (probes are 2.5-3 s apart), all of them maintenance answers.
		const sent = sim.log.slice(logged);
		expect(sent.length).toBeGreaterThanOrEqual(1);
		expect(sent.length).toBeLessThanOrEqual(2);
		expect(sent.every((r) => r.status === 403)).toBe(true);
		expect(trigger.state).toEqual(before); // cursor and seen keys unchanged

		sim.maintenance = false;
		sim.extraCdr.push(call('C', '2024-01-10 12:10:30'));
		minutesPass(1);
		const after = await trigger.poll('2024-01-10 12:11:00');
		expect(ids(after)).toEqual(['B', 'C']);
		expect(
			cdrCalls()
				.filter((r) => r.status === 200)
				.map((r) => r.query.date_ini),
		).toEqual(['20240110120000', '20240110120000']);
	});

	test('agent status and skill queue during maintenance: nothing emitted, no state to store', async () => {
		const agents = new Poller('agentStatus', {}, { budgetMs: 500 });
		await agents.poll('2024-01-10 12:00:00');
		const baseline = JSON.parse(JSON.stringify(agents.state));
		sim.maintenance = true;
		sim.agentStatus.set('1001', 'Busy');
		const during = await agents.poll('2024-01-10 12:05:00');
		expect(during).toMatchObject({ items: [], maintenance: true });
		expect(during.state).toBeUndefined();
		expect(agents.state).toEqual(baseline);
		const skills = new Poller('skillQueue', {}, { budgetMs: 500 });
		const skillsDuring = await skills.poll('2024-01-10 12:05:00');
		expect(skillsDuring).toMatchObject({ items: [], maintenance: true });
		expect(skillsDuring.state).toBeUndefined();
		// The change made during maintenance is reported by the next poll that gets through.
		sim.maintenance = false;
		minutesPass(5);
		const after = await agents.poll('2024-01-10 12:10:00');
		expect(changes(after)).toEqual([['1001', 'Ready', 'Busy']]);
	});

	test('TOKEN LIMIT EXCEEDED: runPoll throws, the caller keeps its state, the next poll fetches everything since', async () => {
		const trigger = new Poller('newCall');
		await trigger.poll('2024-01-10 12:00:00');
		sim.extraCdr.push(call('A', '2024-01-10 12:03:00'));
		expect(ids(await trigger.poll('2024-01-10 12:05:00'))).toEqual(['A']);
		const before = JSON.parse(JSON.stringify(trigger.state));

		sim.addToken(token, 10, 10); // quota spent
		sim.extraCdr.push(call('B', '2024-01-10 12:08:00'));
		const failed = await trigger.poll('2024-01-10 12:10:00').then(
			() => undefined,
			(error: Error) => error,
		);
		expect(failed).toBeInstanceOf(WolkvoxFailure);
		expect(failed?.message).toMatch(/daily quota.*TOKEN LIMIT EXCEEDED/);
		expect((failed as WolkvoxFailure).outcome).toBe('quota');
		expect(
			sim.requests({ api: 'cdr_1' }).filter((r) => r.msg === 'TOKEN LIMIT EXCEEDED'),
		).toHaveLength(1); // not retried
		expect(trigger.state).toEqual(before); // runPoll did not touch the state it was given

		sim.addToken(token, 1000, 0); // the quota resets
		sim.extraCdr.push(call('C', '2024-01-10 12:40:00'));
		const next = await trigger.poll('2024-01-10 12:45:00');
		expect(ids(next)).toEqual(['B', 'C']);
		expect(cdrCalls().at(-1)!.query).toMatchObject({
			date_ini: '20240110120000',
			date_end: '20240110124500',
		});
	});
});

describe('long gaps', () => {
	/** conn_ids of the dataset rows in [from, to] (wall times), in date order. */
	const expected = (dataset: CdrDataset, from: string, to: string) => {
		const [lo, hi] = dataset.range(wallToSec(from), wallToSec(to));
		return Array.from({ length: hi - lo }, (_, i) => `C${String(lo + i).padStart(8, '0')}`);
	};

	/** newCall with the CDR endpoint's row cap lowered (the simulator cuts at the same number). */
	function withCap(cap: number): RecordEventDef {
		sim.rowCap = cap;
		const event = findEvent('newCall') as RecordEventDef;
		return {
			...event,
			streams: event.streams.map((stream) => ({
				...stream,
				endpoint: { ...stream.endpoint, rowCap: cap } as EndpointDef,
			})),
		};
	}

	test('after 44 days down with 65,000 calls in one day: every record once, in order, within the 31-day and 60,000-row limits', async () => {
		const dataset = new CdrDataset(GAP_CDR);
		useCdr(GAP_CDR);
		const trigger = new Poller('newCall');
		await trigger.poll('2024-01-01 00:00:00');

		const first = await trigger.poll('2024-02-14 00:00:00'); // the first poll after 44 days
		expect(first.maintenance).toBe(false);
		const want = expected(dataset, '20240101000000', '20240214000000');
		expect(want.length).toBeGreaterThan(65000);
		const got = ids(first);
		expect(got.length).toBe(want.length);
		expect(got).toEqual(want); // each exactly once, in date order
		const dates = first.items.map((item) => String(item.json.date));
		expect(dates).toContain('2024-01-31 23:59:59'); // the rows on the 31-day window boundary
		expect(dates).toContain('2024-02-01 00:00:00');

		const calls = cdrCalls();
		expect(calls.every((r) => r.status === 200)).toBe(true);
		expect(calls.some((r) => r.rows === ROW_CAP)).toBe(true); // a capped answer was continued
		for (const r of calls)
			expect(wallToSec(r.query.date_end) - wallToSec(r.query.date_ini)).toBeLessThan(31 * 86400);
		expect(calls.length).toBeLessThanOrEqual(4);
		// Only the records a later window can still return are remembered.
		expect(Object.keys(trigger.stream().seen).length).toBeLessThan(20);

		// Back to the steady state: one call, nothing repeated.
		const next = await trigger.poll('2024-02-14 00:05:00');
		expect(next.items).toEqual([]);
		expect(cdrCalls()).toHaveLength(calls.length + 1);
		expect(Object.keys(trigger.stream().seen).length).toBeLessThan(20);
	});

	test('the same gap at a 6,000-row cap: every record once, in order, within the 31-day and row limits', async () => {
		const dataset = new CdrDataset(SMALL_GAP_CDR);
		useCdr(SMALL_GAP_CDR);
		const trigger = new Poller(withCap(SMALL_CAP));
		await trigger.poll('2024-01-01 00:00:00');
		const first = await trigger.poll('2024-02-14 00:00:00');
		const want = expected(dataset, '20240101000000', '20240214000000');
		expect(want.length).toBeGreaterThan(6500);
		expect(ids(first)).toEqual(want);
		const calls = cdrCalls();
		expect(calls.some((r) => r.rows === SMALL_CAP)).toBe(true);
		expect(calls.every((r) => (r.rows ?? 0) <= SMALL_CAP)).toBe(true);
		for (const r of calls)
			expect(wallToSec(r.query.date_end) - wallToSec(r.query.date_ini)).toBeLessThan(31 * 86400);
		expect(trigger.stream().cursor).toBe('20240214000000');
	});

	test('maintenance in the middle of a catch-up: the complete windows are emitted and the cursor moves to them; the next poll continues from there', async () => {
		const dataset = new CdrDataset(SMALL_GAP_CDR);
		useCdr(SMALL_GAP_CDR);
		const trigger = new Poller(withCap(SMALL_CAP), {}, { budgetMs: 1000 });
		await trigger.poll('2024-01-01 00:00:00');
		// wolkvox goes into maintenance right after answering the first (capped) call.
		handle('reports_manager.cdr_1', (s, req) => {
			const answer = cdrHandler(s, req);
			s.maintenance = true;
			return answer;
		});
		const first = await trigger.poll('2024-02-14 00:00:00');
		expect(first.maintenance).toBe(true);
		const got = ids(first);
		expect(got.length).toBeGreaterThan(0.8 * SMALL_CAP); // the rows before the capped answer's last second
		const cursor = trigger.stream().cursor;
		expect(cursor > '20240101000000' && cursor < '20240201000000').toBe(true);
		// Exactly what is complete: every record up to the new cursor, none after it.
		expect(got).toEqual(expected(dataset, '20240101000000', cursor));

		sim.maintenance = false;
		sim.handlers.set('reports_manager.cdr_1', cdrHandler);
		minutesPass(5);
		const second = await trigger.poll('2024-02-14 00:05:00');
		expect(second.maintenance).toBe(false);
		got.push(...ids(second));
		expect(got).toEqual(expected(dataset, '20240101000000', '20240214000500'));
	});

	test('a catch-up that outlasts the poll budget (config.deadline) continues at the next polls: every record once, in order', async () => {
		const dataset = new CdrDataset(SMALL_GAP_CDR);
		useCdr(SMALL_GAP_CDR);
		const trigger = new Poller(withCap(SMALL_CAP));
		await trigger.poll('2024-01-01 00:00:00');
		const got: string[] = [];
		const cursors: string[] = [];
		for (let poll = 0; poll < 20 && trigger.stream().cursor !== '20240214000000'; poll++) {
			// The budget is spent as soon as the poll starts: each poll completes one window.
			const outcome = await trigger.poll('2024-02-14 00:00:00', { deadline: Date.now() });
			expect(outcome.maintenance).toBe(false);
			expect(outcome.calls).toBe(1);
			got.push(...ids(outcome));
			cursors.push(trigger.stream().cursor);
		}
		expect(cursors.length).toBeGreaterThan(1); // one window per poll
		expect([...cursors].sort()).toEqual(cursors); // the cursor only moves forward
		expect(got).toEqual(expected(dataset, '20240101000000', '20240214000000'));
	});

	test('the same catch-up when wolkvox answers newest first: the cursor still moves forward at every poll, every record once', async () => {
		const dataset = new CdrDataset(SMALL_GAP_CDR);
		useCdr(SMALL_GAP_CDR);
		sim.cdrOrder = 'descending';
		try {
			const trigger = new Poller(withCap(SMALL_CAP));
			await trigger.poll('2024-01-01 00:00:00');
			const got: string[] = [];
			const cursors: string[] = [];
			for (let poll = 0; poll < 40 && trigger.stream().cursor !== '20240214000000'; poll++) {
				// The budget is spent as soon as the poll starts: each poll completes one part.
				const outcome = await trigger.poll('2024-02-14 00:00:00', { deadline: Date.now() });
				expect(outcome.maintenance).toBe(false);
				got.push(...ids(outcome));
				const cursor = trigger.stream().cursor;
				// A catch-up that only completed later parts would leave the cursor, and lose the rest.
				expect(cursor > (cursors[cursors.length - 1] ?? '20240101000000')).toBe(true);
				cursors.push(cursor);
			}
			expect(trigger.stream().cursor).toBe('20240214000000');
			expect(got.sort()).toEqual(expected(dataset, '20240101000000', '20240214000000'));
		} finally {
			sim.cdrOrder = 'ascending';
		}
	});
});

describe('agent status and skill queue', () => {
	test('agent status changes: one event per change with the old and new status', async () => {
		const trigger = new Poller('agentStatus');
		const first = await trigger.poll('2024-01-10 12:00:00'); // the baseline
		expect(first.items).toEqual([]);
		expect(sim.requests({ file: 'real_time', api: 'agents' })).toHaveLength(1);

		sim.agentStatus.set('1001', 'Busy'); // was Ready
		sim.agentStatus.set('1002', 'Ready'); // was Busy
		const p1 = await trigger.poll('2024-01-10 12:05:00');
		expect(changes(p1)).toEqual([
			['1001', 'Ready', 'Busy'],
			['1002', 'Busy', 'Ready'],
		]);
		expect(p1.items[0].json).toMatchObject({ agent_name: 'Ana Ruiz', agent_status: 'Busy' });
		expect(meta(p1.items[0])).toEqual({
			event: 'agentStatus',
			source: 'real_time.agents',
			timezone: 'UTC',
		});

		expect((await trigger.poll('2024-01-10 12:10:00')).items).toEqual([]); // no change, no event

		sim.agentStatus.delete('1003'); // logs out
		sim.agentStatus.set('1001', 'ACW');
		const p3 = await trigger.poll('2024-01-10 12:15:00');
		expect(changes(p3)).toEqual([
			['1001', 'Busy', 'ACW'],
			['1003', 'ACW', null],
		]);
		sim.agentStatus.set('1003', 'Ready'); // logs in again
		const p4 = await trigger.poll('2024-01-10 12:20:00');
		expect(changes(p4)).toEqual([['1003', null, 'Ready']]);
		expect(sim.requests({ file: 'real_time', api: 'agents' })).toHaveLength(5); // one call per poll
	});

	test('the agent filter limits the events, not the baseline', async () => {
		const trigger = new Poller('agentStatus', {
			filters: { agent: ['1002'], skill: [], campaign: [] },
		});
		await trigger.poll('2024-01-10 12:00:00');
		sim.agentStatus.set('1001', 'Aux');
		sim.agentStatus.set('1002', 'Aux');
		const poll = await trigger.poll('2024-01-10 12:05:00');
		expect(poll.items.map((i) => i.json.agent_id)).toEqual(['1002']);
		expect(trigger.state.agents).toMatchObject({ '1001': 'Aux', '1002': 'Aux' });
	});

	test('skill queue above the threshold: one alert per crossing', async () => {
		sim.skillQueue.set('4001', 3);
		const trigger = new Poller('skillQueue', {
			threshold: 5,
			filters: { agent: [], skill: ['4001'], campaign: [] },
		});
		expect((await trigger.poll('2024-01-10 12:00:00')).items).toEqual([]);
		expect(sim.requests({ file: 'real_time', api: 'skills' })[0].query.skill_id).toBe('4001');

		const queue = async (n: number, at: string) => {
			sim.skillQueue.set('4001', n);
			sim.skillQueue.set('4002', 50); // not watched
			return (await trigger.poll(at)).items;
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

	test('several skills watched: all of them asked in one call, an alert per skill that crosses', async () => {
		const trigger = new Poller('skillQueue', {
			threshold: 5,
			filters: { agent: [], skill: ['4001', '4002'], campaign: [] },
		});
		await trigger.poll('2024-01-10 12:00:00');
		sim.skillQueue.set('4001', 6);
		sim.skillQueue.set('4002', 8);
		sim.skillQueue.set('4003', 50); // not watched
		const poll = await trigger.poll('2024-01-10 12:05:00');
		expect(poll.items.map((i) => i.json.skill_id)).toEqual(['4001', '4002']);
		expect(sim.requests({ file: 'real_time', api: 'skills' }).map((r) => r.query.skill_id)).toEqual(
			['all', 'all'],
		);
	});
});

describe('manual sample (Fetch Test Event)', () => {
	test('the latest 10 records of the last day, whatever the state says; the state is not moved', async () => {
		const trigger = new Poller('newCall');
		await trigger.poll('2024-01-10 12:00:00');
		sim.extraCdr.push(call('A', '2024-01-10 12:01:00'));
		expect(ids(await trigger.poll('2024-01-10 12:05:00'))).toEqual(['A']);
		for (let i = 0; i < 14; i++)
			sim.extraCdr.push(
				call(`N${String(i).padStart(2, '0')}`, secToDisplay(wallToSec('20240110120600') + i * 10)),
			);
		const stateBefore = JSON.parse(JSON.stringify(trigger.state));

		const sample = await trigger.poll('2024-01-10 12:09:00', { manual: true });
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
		expect(sample.state).toBeUndefined(); // nothing to store
		expect(sample.calls).toBe(1);
		expect(cdrCalls().at(-1)!.query).toMatchObject({
			date_ini: '20240109120901',
			date_end: '20240110120900',
		});
		expect(trigger.state).toEqual(stateBefore);

		// The next poll still emits all of them: the sample moved nothing.
		const next = await trigger.poll('2024-01-10 12:10:00');
		expect(ids(next)).toEqual(
			Array.from({ length: 14 }, (_, i) => `N${String(i).padStart(2, '0')}`),
		);
	});

	test('looks back step by step (a day, the week before, then 31 days) until it finds records', async () => {
		sim.extraCdr.push(call('OLD', '2023-12-20 09:00:00'));
		const sample = await new Poller('newCall').poll('2024-01-10 12:00:00', { manual: true });
		expect(ids(sample)).toEqual(['OLD']);
		expect(cdrCalls().map((r) => [r.query.date_ini, r.query.date_end])).toEqual([
			['20240109120001', '20240110120000'],
			['20240103120001', '20240109120000'],
			['20231203120001', '20240103120000'],
			['20231102120001', '20231203120000'],
			['20231002120001', '20231102120000'],
		]);
		expect(meta(sample.items[0])).toMatchObject({
			test: true,
			window: { from: '2023-10-02 12:00:01', to: '2024-01-10 12:00:00' },
		});
	});

	test('stops as soon as it has 10 records', async () => {
		for (let i = 0; i < 12; i++)
			sim.extraCdr.push(
				call(
					`W${String(i).padStart(2, '0')}`,
					`2024-01-0${4 + (i % 5)} 10:00:${String(i).padStart(2, '0')}`,
				),
			);
		const sample = await new Poller('newCall').poll('2024-01-10 12:00:00', { manual: true });
		expect(sample.items).toHaveLength(10);
		expect(sample.calls).toBe(2); // the last day (nothing), the week before (12)
	});

	test('Start From: it looks back to that date and no further', async () => {
		sim.extraCdr.push(call('BEFORE', '2023-12-31 23:59:59'), call('AFTER', '2024-01-01 00:00:00'));
		const sample = await new Poller('newCall', { startFrom: '20240101000000' }).poll(
			'2024-01-10 12:00:00',
			{
				manual: true,
			},
		);
		expect(ids(sample)).toEqual(['AFTER']);
		expect(cdrCalls().map((r) => [r.query.date_ini, r.query.date_end])).toEqual([
			['20240101000000', '20240110120000'],
		]);
	});

	test('nothing found: an error that says where it looked and what to change', async () => {
		const error = await new Poller('newCall')
			.poll('2024-01-10 12:00:00', { manual: true })
			.catch((e: Error) => e);
		expect((error as Error).message).toBe(
			"No New Call Record found between 2023-10-02 12:00:01 and 2024-01-10 12:00:00 (the operation's time): that is where Fetch Test Event looked. Set the option Start From to look further back.",
		);
	});

	test.each([
		[
			'a Start From within reach',
			'20231201000000',
			'2023-12-01 00:00:00',
			'There are none since Start From.',
		],
		[
			'a Start From beyond the 155 days it looks back',
			'20230101000000',
			'2023-08-08 12:00:01',
			'It looks back at most that far; once active, the trigger still emits the records from Start From on.',
		],
	])(
		'nothing found with %s: says so, without asking for Start From again',
		async (_name, startFrom, from, advice) => {
			const error = await new Poller('newCall', { startFrom })
				.poll('2024-01-10 12:00:00', { manual: true })
				.catch((e: Error) => e);
			expect((error as Error).message).toBe(
				`No New Call Record found between ${from} and 2024-01-10 12:00:00 (the operation's time): that is where Fetch Test Event looked. ${advice}`,
			);
		},
	);

	test('works without any state, for records and for agent status', async () => {
		sim.extraCdr.push(call('A', '2024-01-10 11:00:00'));
		const calls = await new Poller('newCall').poll('2024-01-10 12:00:00', { manual: true });
		expect(ids(calls)).toEqual(['A']);
		expect(calls.state).toBeUndefined();

		const agents = new Poller('agentStatus', {
			filters: { agent: ['1001', '1002'], skill: [], campaign: [] },
		});
		const sample = await agents.poll('2024-01-10 12:00:00', { manual: true });
		expect(changes(sample)).toEqual([
			['1001', null, 'Ready'],
			['1002', null, 'Busy'],
		]);
		expect(meta(sample.items[0])).toMatchObject({ test: true });
	});
});
