/**
 * The Wolkvox Trigger's polling logic, independent of the event (events.ts describes those).
 *
 * Date-ranged reports (records): each stream keeps a cursor (the last second fully fetched, as a
 * wolkvox wall time) and the keys it emitted recently. A poll asks for [cursor + 1 - overlap, now]:
 * the overlap catches records that wolkvox writes late; keys already emitted are dropped. A key is
 * kept until the next window starts after the record's date (or, for a record without a usable
 * date, after the window that returned it), so the set holds about one overlap's worth of
 * records. Long gaps go through
 * fetchRange (31-day windows, truncation continuation / halving), and the cursor only moves to the
 * end of windows fetched completely: a maintenance window outlasting the retry budget leaves it at
 * the last complete window (or where it was), a quota or other error leaves the whole state as is.
 *
 * Snapshots (real-time agents and skills): the previous poll's statuses / above-threshold flags are
 * kept, and an event is emitted for each difference.
 *
 * Nothing here writes the node's static data: a poll returns the new state and the node stores it
 * only when the poll ends normally (and never in manual mode).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { shiftWall, toS14 } from '../dates';
import type { DateWindow } from '../dateWindows';
import { MaintenanceTimeout } from '../failures';
import { hash53 } from '../hash';
import { fetchRange, newProgress } from '../rangeFetch';
import { listRows } from '../records';
import type { WolkvoxRequest } from '../request';
import { callWolkvox, type Session } from '../transport';
import { typeRecord } from '../typedOutput';
import type {
	AgentStatusEventDef,
	EventDef,
	FilterKind,
	RecordEventDef,
	SkillQueueEventDef,
	StreamDef,
} from './events';

/** A catch-up poll used its share of n8n's poll budget: it keeps what it fetched, the next poll goes on. */
class PollBudgetReached extends Error {}

/** Records shown by "Fetch Test Event": the latest ones of the last day. */
export const MANUAL_SAMPLE = 10;
/**
 * How far back "Fetch Test Event" looks, one call per step (newest first), until it has found
 * MANUAL_SAMPLE records: the last day, then the week before, then 31 days at a time. With Start
 * From it looks back to that date, in as many steps of 31 days (each at most the endpoint's limit):
 * at most 155 days, whatever Start From says (each step is a call against the quota).
 */
export const MANUAL_STEPS_DAYS = [1, 6, 31, 31, 31];
/** Safety bound of the recently-seen keys per stream (normally far fewer are kept). */
export const MAX_SEEN_KEYS = 100000;

export interface StreamState {
	/** Last second fetched completely (inclusive), YYYYmmddHHiiss in the operation timezone. */
	cursor: string;
	/** No window starts before this second (first activation, or Start From). */
	floor: string;
	/** Key -> end of the last window that returned the record. */
	seen: Record<string, string>;
}

export interface TriggerState {
	streams?: Record<string, StreamState>;
	agents?: Record<string, string>;
	skills?: Record<string, boolean>;
	/** Epoch ms of the last poll that asked wolkvox (for the minimum interval). */
	lastPollAt?: number;
}

export interface PollConfig {
	event: EventDef;
	/** YYYYmmddHHiiss in the operation timezone. */
	now: string;
	timeZone: string;
	overlapSeconds: number;
	/** First activation: start here instead of now. */
	startFrom?: string;
	typed: boolean;
	/** Values to keep per filter (empty or absent: no filter). */
	filters: Partial<Record<FilterKind, string[]>>;
	/** Boolean node parameters that enable optional streams. */
	enabled: Record<string, boolean>;
	/** Query parameters chosen in the node (campaign type, id, detail). */
	qs: IDataObject;
	threshold: number;
	manual: boolean;
	/** Epoch ms after which a catch-up poll starts no further window (n8n's poll budget). */
	deadline?: number;
}

export interface PollResult {
	items: INodeExecutionData[];
	/** The state to store; undefined: keep what is stored. */
	state?: TriggerState;
	/** At least one stream stayed in maintenance past the retry budget. */
	maintenance: boolean;
}

const display = (s14: string) =>
	`${s14.slice(0, 4)}-${s14.slice(4, 6)}-${s14.slice(6, 8)} ${s14.slice(8, 10)}:${s14.slice(10, 12)}:${s14.slice(12, 14)}`;
const later = (a: string, b: string) => (a > b ? a : b);

/** The record's date: a column, or a dotted path whose arrays are read at their first element. */
export function dateOf(row: IDataObject, path: string | undefined): string {
	if (!path) return '';
	let node: unknown = row;
	for (const part of path.split('.')) {
		if (Array.isArray(node)) node = node[0];
		node = node !== null && typeof node === 'object' ? (node as IDataObject)[part] : undefined;
	}
	return toS14(node);
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as IDataObject)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stableJson((value as IDataObject)[k])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** The record's identity: its key columns, or (when they are blank) all its values. */
export function keyOf(row: IDataObject, columns: string[]): string {
	const values = columns.map((column) => String(row[column] ?? '').trim());
	if (values.some((value) => value !== '')) return values.join('|');
	const whole = stableJson(row);
	return whole.length <= 120 ? whole : `#${hash53(whole)}:${whole.length}`;
}

function passes(row: IDataObject, event: EventDef, filters: PollConfig['filters']): boolean {
	for (const [kind, column] of Object.entries(event.filters) as Array<[FilterKind, string]>) {
		const wanted = filters[kind];
		if (!wanted || wanted.length === 0) continue;
		if (!wanted.includes(String(row[column] ?? '').trim())) return false;
	}
	return true;
}

function meta(config: PollConfig, extra: IDataObject): IDataObject {
	return { event: config.event.value, ...extra, timezone: config.timeZone };
}

const recordJson = (row: IDataObject, config: PollConfig) =>
	config.typed ? (typeRecord(row) as IDataObject) : { ...row };

/** Name of a stream in the state: a different campaign or endpoint is a different stream. */
function streamId(event: RecordEventDef, stream: StreamDef, qs: IDataObject): string {
	const parts = [event.value, stream.api];
	if (stream.api === 'detail')
		parts.push(
			String(qs.type_campaign ?? ''),
			String(qs.campaign_id ?? ''),
			String(qs.detail ?? ''),
		);
	return parts.join(':');
}

function streamRequest(stream: StreamDef, qs: IDataObject): WolkvoxRequest {
	const accepted = new Set(stream.endpoint.params.map((param) => param.name));
	const chosen = Object.fromEntries(
		Object.entries(qs).filter(
			([name, value]) => accepted.has(name) && value !== '' && value !== undefined,
		),
	);
	return {
		method: stream.endpoint.method,
		file: stream.endpoint.file,
		api: stream.endpoint.api,
		path: stream.endpoint.path,
		qs: { ...(stream.fixedQs ?? {}), ...chosen },
	};
}

interface Found {
	row: IDataObject;
	at: string;
	key: string;
	stream: StreamDef;
}

interface StreamOutcome {
	found: Found[];
	state: StreamState;
	maintenance: boolean;
	range?: DateWindow;
}

/** Oldest first across streams; Array.prototype.sort is stable, so equal dates keep their order. */
const byDate = <T extends { at: string }>(found: T[]): T[] =>
	found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

/** A new record as the trigger emits it: the row plus what the trigger knows about it. */
function recordEvent(
	f: Found,
	config: PollConfig,
	window: DateWindow,
	extra: IDataObject = {},
): INodeExecutionData {
	return {
		json: {
			...recordJson(f.row, config),
			wolkvox: meta(config, {
				source: f.stream.api,
				key: f.key,
				date: display(f.at),
				window: { from: display(window.start), to: display(window.end) },
				...extra,
			}),
		},
	};
}

async function pollStream(
	session: Session,
	event: RecordEventDef,
	stream: StreamDef,
	config: PollConfig,
	previous: StreamState | undefined,
): Promise<StreamOutcome> {
	let before = previous;
	if (!before) {
		// First activation: from now on (no history), unless the user chose where to start.
		if (!config.startFrom)
			return {
				found: [],
				state: { cursor: config.now, floor: config.now, seen: {} },
				maintenance: false,
			};
		before = { cursor: shiftWall(config.startFrom, -1), floor: config.startFrom, seen: {} };
	}
	const start = later(shiftWall(before.cursor, 1 - config.overlapSeconds), before.floor);
	if (config.now < start) return { found: [], state: before, maintenance: false };
	const range = { start, end: config.now };

	const seen = { ...before.seen };
	const found: Found[] = [];
	const onRows = (rows: IDataObject[], window: DateWindow) => {
		for (const row of rows) {
			if (!passes(row, event, config.filters)) continue;
			const key = keyOf(row, stream.key);
			const at = dateOf(row, stream.date);
			// Kept while a later window can still return the record: its date when wolkvox selected it
			// by that date (inside the window), else the end of the window that returned it.
			const stamp = at !== '' && at >= window.start && at <= window.end ? at : window.end;
			const seenAt = seen[key];
			seen[key] = seenAt === undefined ? stamp : later(seenAt, stamp);
			if (seenAt !== undefined) continue;
			found.push({ row, at: at || window.end, key, stream });
		}
		if (config.deadline !== undefined && Date.now() >= config.deadline)
			throw new PollBudgetReached();
	};
	const progress = newProgress();
	const failure = await fetchRange(
		session,
		stream.endpoint,
		streamRequest(stream, config.qs),
		range,
		onRows,
		progress,
		{ forward: true },
	).then(
		() => undefined,
		(error: Error) => error,
	);
	if (
		failure &&
		!(failure instanceof MaintenanceTimeout) &&
		!(failure instanceof PollBudgetReached)
	)
		throw failure;
	// The cursor moves to the end of what is complete from the range's start (the stream runs
	// forward; after a stop, keys keep the records of any later complete part from repeating).
	const prefix = progress.done[0];
	const cursor =
		prefix && prefix.start === range.start ? later(before.cursor, prefix.end) : before.cursor;

	// Keys whose record no later window can return are forgotten.
	const nextStart = later(shiftWall(cursor, 1 - config.overlapSeconds), before.floor);
	let kept = Object.entries(seen).filter(([, at]) => at >= nextStart);
	if (kept.length > MAX_SEEN_KEYS)
		kept = kept.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0)).slice(0, MAX_SEEN_KEYS);
	return {
		found,
		state: { cursor, floor: before.floor, seen: Object.fromEntries(kept) },
		maintenance: failure instanceof MaintenanceTimeout,
		range,
	};
}

async function pollRecords(
	session: Session,
	event: RecordEventDef,
	config: PollConfig,
	state: TriggerState,
): Promise<PollResult> {
	const streams = event.streams.filter(
		(stream) => !stream.enabledBy || config.enabled[stream.enabledBy],
	);
	if (config.manual) return await sampleRecords(session, event, streams, config);

	const next: Record<string, StreamState> = {};
	const found: Array<Found & { range: DateWindow }> = [];
	let maintenance = false;
	for (const stream of streams) {
		const id = streamId(event, stream, config.qs);
		const outcome = await pollStream(session, event, stream, config, state.streams?.[id]);
		next[id] = outcome.state;
		maintenance ||= outcome.maintenance;
		if (outcome.range) for (const f of outcome.found) found.push({ ...f, range: outcome.range });
	}
	const items = byDate(found).map((f) => recordEvent(f, config, f.range));
	return { items, state: { streams: next }, maintenance };
}

/** Manual "Fetch Test Event": the latest records, looking back step by step; nothing stored. */
async function sampleRecords(
	session: Session,
	event: RecordEventDef,
	streams: StreamDef[],
	config: PollConfig,
): Promise<PollResult> {
	const maxDays = Math.min(...streams.map((s) => s.endpoint.dateRange!.maxDays));
	const floor = config.startFrom ?? '';
	const steps = config.startFrom ? MANUAL_STEPS_DAYS.map(() => 31) : MANUAL_STEPS_DAYS;
	const found: Found[] = [];
	const searched = { start: config.now, end: config.now };
	let to = config.now;
	for (const days of steps) {
		if (found.length >= MANUAL_SAMPLE || (floor && to < floor)) break;
		const span = Math.min(days, maxDays) * 86400;
		const window = { start: later(shiftWall(to, 1 - span), floor), end: to };
		for (const stream of streams) {
			const base = streamRequest(stream, config.qs);
			const { start, end } = stream.endpoint.dateRange!;
			const answer = await callWolkvox(session, {
				...base,
				qs: { ...base.qs, [start]: window.start, [end]: window.end },
			});
			const rows = answer.noData ? [] : listRows(answer.body, stream.endpoint.dataPath);
			for (const row of rows) {
				if (!passes(row, event, config.filters)) continue;
				const at = dateOf(row, stream.date) || window.end;
				found.push({ row, at, key: keyOf(row, stream.key), stream });
			}
		}
		searched.start = window.start;
		to = shiftWall(window.start, -1);
	}
	if (found.length === 0) throw new NothingToSample(event, searched, config.startFrom);
	const items = byDate(found)
		.slice(-MANUAL_SAMPLE)
		.map((f) => recordEvent(f, config, searched, { test: true }));
	return { items, maintenance: false };
}

/** Fetch Test Event found no record: says where it looked, so the user knows what to change. */
export class NothingToSample extends Error {
	constructor(event: RecordEventDef, searched: DateWindow, startFrom?: string) {
		const advice = !startFrom
			? 'Set the option Start From to look further back.'
			: searched.start > startFrom
				? 'It looks back at most that far; once active, the trigger still emits the records from Start From on.'
				: 'There are none since Start From.';
		super(
			`No ${event.name} found between ${display(searched.start)} and ${display(searched.end)} (the operation's time): that is where Fetch Test Event looked. ${advice}`,
		);
	}
}

const snapshotRequest = (
	event: AgentStatusEventDef | SkillQueueEventDef,
	qs: IDataObject = {},
): WolkvoxRequest => ({
	method: event.endpoint.method,
	file: event.endpoint.file,
	api: event.endpoint.api,
	qs,
});

/** A snapshot; undefined when wolkvox stayed in maintenance for the whole retry budget. */
async function snapshot(
	session: Session,
	req: WolkvoxRequest,
	dataPath?: string,
): Promise<IDataObject[] | undefined> {
	const answer = await callWolkvox(session, req).then(
		(ok) => ok,
		(error: Error) => error,
	);
	if (answer instanceof MaintenanceTimeout) return undefined;
	if (answer instanceof Error) throw answer;
	return answer.noData ? [] : listRows(answer.body, dataPath);
}

async function pollAgents(
	session: Session,
	event: AgentStatusEventDef,
	config: PollConfig,
	state: TriggerState,
): Promise<PollResult> {
	const rows = await snapshot(session, snapshotRequest(event), event.endpoint.dataPath);
	if (!rows) return { items: [], maintenance: true };
	const previous = state.agents;
	const current: Record<string, string> = {};
	const changes: IDataObject[] = [];
	for (const row of rows) {
		const id = String(row[event.key] ?? '').trim();
		if (id === '') continue;
		const status = String(row[event.status] ?? '').trim();
		current[id] = status;
		if (!passes(row, event, config.filters)) continue;
		const before = previous?.[id] ?? null;
		if (
			config.manual ? changes.length < MANUAL_SAMPLE : previous !== undefined && before !== status
		) {
			changes.push({ ...recordJson(row, config), previous_status: before, new_status: status });
		}
	}
	// Agents that left the real-time list (logged out) since the previous poll.
	if (previous && !config.manual) {
		for (const [id, status] of Object.entries(previous)) {
			if (current[id] === undefined && passes({ [event.key]: id }, event, config.filters)) {
				changes.push({ [event.key]: id, previous_status: status, new_status: null });
			}
		}
	}
	const items = changes.map((json) => ({
		json: {
			...json,
			wolkvox: meta(config, {
				source: 'real_time.agents',
				...(config.manual ? { test: true } : {}),
			}),
		},
	}));
	// The first poll only records the statuses: events start with the next change.
	return { items, state: { agents: current }, maintenance: false };
}

async function pollSkills(
	session: Session,
	event: SkillQueueEventDef,
	config: PollConfig,
	state: TriggerState,
): Promise<PollResult> {
	const wanted = config.filters.skill ?? [];
	const qs = { skill_id: wanted.length === 1 ? wanted[0] : 'all' };
	const rows = await snapshot(session, snapshotRequest(event, qs), event.endpoint.dataPath);
	if (!rows) return { items: [], maintenance: true };
	const previous = state.skills ?? {};
	const above: Record<string, boolean> = {};
	const items: INodeExecutionData[] = [];
	for (const row of rows) {
		const id = String(row[event.key] ?? '').trim();
		if (id === '' || !passes(row, event, config.filters)) continue;
		const waiting = Number(
			String(row[event.count] ?? '')
				.replace(/,/g, '')
				.trim(),
		);
		above[id] = Number.isFinite(waiting) && waiting > config.threshold;
		// One alert per crossing: a skill still above the threshold since the last poll stays quiet.
		const alert = config.manual ? items.length < MANUAL_SAMPLE : above[id] && !previous[id];
		if (alert) {
			items.push({
				json: {
					...recordJson(row, config),
					wolkvox: meta(config, {
						source: 'real_time.skills',
						threshold: config.threshold,
						callsInQueue: Number.isFinite(waiting) ? waiting : null,
						above: above[id],
						...(config.manual ? { test: true } : {}),
					}),
				},
			});
		}
	}
	return { items, state: { skills: above }, maintenance: false };
}

/** One poll of the configured event. Throws on errors other than maintenance (state unchanged). */
export async function runPoll(
	session: Session,
	config: PollConfig,
	state: TriggerState,
): Promise<PollResult> {
	const { event } = config;
	switch (event.kind) {
		case 'records':
			return await pollRecords(session, event, config, state);
		case 'agentStatus':
			return await pollAgents(session, event, config, state);
		case 'skillQueue':
			return await pollSkills(session, event, config, state);
	}
}
