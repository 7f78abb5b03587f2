/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * A local wolkvox: behaves like the v2 API where the node's behaviour depends on it (token check,
 * daily quota, the 2-in-flight limit, maintenance windows, the envelope with string values, 404 on
 * no data, 400s, silent truncation at 60,000 rows) and records every request for assertions.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

import { registerCatalogHandlers } from './catalogHandlers';
import { handleCrm } from './crm';
import {
	AGENTS,
	CdrDataset,
	type CdrSpec,
	rng,
	shuffle,
	SKILLS,
	SMALL_CDR,
	secToWall,
	wallToSec,
} from './data';
import { parseMultipart, type FormField } from './multipart';

export const DEFAULT_TOKEN = 'sim-token-0001';
export const MAINTENANCE_BODY = {
	code: '403',
	error: 'Forbidden',
	msg: 'The APIs cannot be consumed at this time, try again later.',
};
export const ROW_CAP = 60000;
export const MAX_DAYS = 31;
export const IN_FLIGHT_LIMIT = 2;

export interface LoggedRequest {
	seq: number;
	at: number;
	method: string;
	path: string;
	file: string;
	api: string;
	query: Record<string, string>;
	body?: unknown;
	form?: FormField[];
	/** The wolkvox-token header as received (test-only; the node itself never logs it). */
	token?: string;
	status: number;
	msg: string;
	rows?: number;
	/** Requests of this token in flight when this one arrived (itself included). */
	inFlight?: number;
}

export interface Fault {
	/** Match on file and/or api; empty matches every request. */
	file?: string;
	api?: string;
	/** How many matching requests it hits (default 1). */
	times?: number;
	/** reply: answer with status/body/headers; reset: destroy the socket; hang: never answer; nonjson: 200 with HTML. */
	kind?: 'reply' | 'reset' | 'hang' | 'nonjson';
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Apply the request anyway before answering with the fault (a write that was applied). */
	apply?: boolean;
}

interface TokenState {
	limit: number;
	used: number;
	inFlight: number;
}

export interface SimRequest {
	method: string;
	file: string;
	api: string;
	query: Record<string, string>;
	body: unknown;
	form?: FormField[];
}

export interface SimAnswer {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
	rows?: number;
}

export type Handler = (sim: WolkvoxSimulator, req: SimRequest) => SimAnswer;

export interface SimulatorOptions {
	/** Artificial latency per request (ms): makes concurrency observable. */
	latencyMs?: number;
	tokenLimit?: number;
	cdr?: CdrSpec;
}

export const envelope = (code: number, msg: string, data?: unknown, status = code): SimAnswer => ({
	status,
	body:
		data === undefined
			? { code: String(code), error: null, msg }
			: { code: String(code), error: null, msg, data },
});
export const badRequest = (msg = 'SOME PARAMETERS ARE REQUIRED'): SimAnswer => ({
	status: 400,
	body: { code: '400', error: 'Bad Request', msg },
});
export const noData = (): SimAnswer => ({
	status: 404,
	body: { code: '404', error: 'Not Found', msg: '0 records were found' },
});

/** Every value inside `data` is a string, like wolkvox. */
export function stringify(row: Record<string, unknown>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(row)) out[k] = v === null || v === undefined ? '' : String(v);
	return out;
}

/** Checks a date range like wolkvox: both dates valid, end >= start, at most maxDays long. */
export function checkRange(
	query: Record<string, string>,
	maxDays = MAX_DAYS,
): SimAnswer | [number, number] {
	const from = wallToSec(query.date_ini ?? '');
	const to = wallToSec(query.date_end ?? '');
	if (!Number.isFinite(from) || !Number.isFinite(to)) return badRequest();
	if (to < from) return badRequest('THE FINAL DATE MUST BE GREATER THAN THE INITIAL DATE');
	if (to - from > maxDays * 86400)
		return badRequest(`THE DATE RANGE CANNOT EXCEED ${maxDays} DAYS`);
	return [from, to];
}

export class WolkvoxSimulator {
	private server?: http.Server;

	readonly log: LoggedRequest[] = [];

	readonly tokens = new Map<string, TokenState>();

	readonly handlers = new Map<string, Handler>();

	faults: Fault[] = [];

	maintenance = false;

	/** Scheduled windows, absolute ms. */
	windows: Array<{ from: number; to: number }> = [];

	latencyMs: number;

	peakInFlight = 0;

	concurrencyRejections = 0;

	cdr: CdrDataset;

	/** How cdr_1 sorts its rows (wolkvox does not document it); the cap cuts after sorting. */
	cdrOrder: 'ascending' | 'descending' | 'random' = 'ascending';

	/** Rows per answer before the rest is cut off silently (wolkvox: 60,000). */
	rowCap = ROW_CAP;

	/** CDR rows added by tests (late-arriving calls): merged into cdr_1 answers by date. */
	extraCdr: Array<Record<string, string>> = [];

	/** Real-time agent statuses (agent_id -> agent_status); tests change them between polls. */
	readonly agentStatus = new Map<string, string>();

	/** Real-time calls waiting per skill (skill_id -> calls_in_queue_now). */
	readonly skillQueue = new Map<string, number>();

	/** Records stored by write operations, per campaign (add_record). */
	readonly campaigns = new Map<string, Array<Record<string, unknown>>>();

	url = '';

	private seq = 0;

	constructor(readonly options: SimulatorOptions = {}) {
		this.latencyMs = options.latencyMs ?? 5;
		this.cdr = new CdrDataset(options.cdr ?? SMALL_CDR);
		resetRealTime(this);
		this.addToken(DEFAULT_TOKEN, options.tokenLimit ?? 100000);
		registerCoreHandlers(this);
		registerCatalogHandlers(this); // every other catalog endpoint; never overrides the ones above
	}

	async start(port = 0): Promise<string> {
		this.server = http.createServer((req, res) => void this.handle(req, res));
		this.server.keepAliveTimeout = 1000;
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** Back to a clean state between tests (keeps the dataset unless a new spec is given). */
	reset(options: { cdr?: CdrSpec; tokenLimit?: number; latencyMs?: number } = {}): void {
		this.log.length = 0;
		this.faults = [];
		this.maintenance = false;
		this.windows = [];
		this.peakInFlight = 0;
		this.concurrencyRejections = 0;
		this.campaigns.clear();
		this.extraCdr = [];
		this.cdrOrder = 'ascending';
		this.rowCap = ROW_CAP;
		resetRealTime(this);
		this.tokens.clear();
		this.addToken(DEFAULT_TOKEN, options.tokenLimit ?? this.options.tokenLimit ?? 100000);
		if (options.latencyMs !== undefined) this.latencyMs = options.latencyMs;
		if (options.cdr) this.cdr = new CdrDataset(options.cdr);
	}

	addToken(token: string, limit: number, used = 0): void {
		this.tokens.set(token, { limit, used, inFlight: 0 });
	}

	/** Maintenance from `fromMs` to `toMs` after now. */
	scheduleMaintenance(fromMs: number, toMs: number): void {
		const now = Date.now();
		this.windows.push({ from: now + fromMs, to: now + toMs });
	}

	inMaintenance(at = Date.now()): boolean {
		return this.maintenance || this.windows.some((w) => at >= w.from && at < w.to);
	}

	addFault(fault: Fault): void {
		this.faults.push({ times: 1, kind: 'reply', ...fault });
	}

	/** Requests that reached the API (not the control endpoints). */
	requests(filter: { api?: string; file?: string } = {}): LoggedRequest[] {
		return this.log.filter(
			(r) => (!filter.api || r.api === filter.api) && (!filter.file || r.file === filter.file),
		);
	}

	private takeFault(file: string, api: string): Fault | undefined {
		const index = this.faults.findIndex(
			(f) => (!f.file || f.file === file) && (!f.api || f.api === api),
		);
		if (index < 0) return undefined;
		const fault = this.faults[index];
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://sim');
		const raw = await readBody(req);
		if (url.pathname.startsWith('/__control/')) return this.control(url, raw, res);

		const entry: LoggedRequest = {
			seq: ++this.seq,
			at: Date.now(),
			method: req.method ?? 'GET',
			path: url.pathname,
			file: '',
			api: url.searchParams.get('api') ?? '',
			query: {},
			status: 0,
			msg: '',
		};
		for (const [k, v] of url.searchParams) if (k !== 'api') entry.query[k] = v;
		const token = req.headers['wolkvox-token'];
		entry.token = Array.isArray(token) ? token[0] : token;
		const contentType = String(req.headers['content-type'] ?? '');
		if (contentType.startsWith('multipart/form-data'))
			entry.form = parseMultipart(raw, contentType);
		else if (raw.length > 0) entry.body = parseJson(raw.toString('utf8'));
		this.log.push(entry);

		const send = (answer: SimAnswer) => {
			entry.status = answer.status;
			entry.msg = String((answer.body as { msg?: unknown })?.msg ?? '');
			entry.rows = answer.rows;
			const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
			res.writeHead(answer.status, {
				'Content-Type': typeof answer.body === 'string' ? 'text/html' : 'application/json',
				...(answer.headers ?? {}),
			});
			res.end(text);
		};

		if (url.pathname.startsWith('/server/API/v2/')) return handleCrm(this, entry, send); // the wolkvox CRM (test/simulator/crm.ts)
		const match = /^\/api\/v2\/([a-z_]+)\.php$/.exec(url.pathname);
		const listenVox = url.pathname === '/listenVox/listenvox.php';
		if (!match && !listenVox)
			return send({ status: 404, body: '<html><body>404 Not Found</body></html>' });
		entry.file = listenVox ? 'listenvox' : match![1];

		// Maintenance is server-wide: checked before the token, counts nothing.
		if (this.inMaintenance()) return send({ status: 403, body: MAINTENANCE_BODY });
		if (!entry.token)
			return send({
				status: 401,
				body: { code: '401', error: 'Unauthorized', msg: 'PLEASE ENTER THE WOLKVOX-TOKEN' },
			});
		const state = this.tokens.get(entry.token);
		if (!state)
			return send({
				status: 403,
				body: { code: '403', error: 'Forbidden', msg: 'PLEASE VALIDATE TOKEN' },
			});

		state.inFlight++;
		entry.inFlight = state.inFlight;
		this.peakInFlight = Math.max(this.peakInFlight, state.inFlight);
		try {
			if (state.inFlight > IN_FLIGHT_LIMIT) {
				this.concurrencyRejections++;
				return send({
					status: 403,
					body: {
						code: '403',
						error: 'Forbidden',
						msg: 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)',
					},
				});
			}
			const quotaFree = entry.file === 'agentbox';
			if (!quotaFree && state.used >= state.limit) {
				return send({
					status: 403,
					body: { code: '403', error: 'Forbidden', msg: 'TOKEN LIMIT EXCEEDED' },
				});
			}
			if (!quotaFree) state.used++;
			if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));

			const simReq: SimRequest = {
				method: entry.method,
				file: entry.file,
				api: entry.api,
				query: entry.query,
				body: entry.body,
				form: entry.form,
			};
			const fault = this.takeFault(entry.file, entry.api);
			if (fault?.apply) this.dispatch(simReq);
			if (fault?.kind === 'reset') {
				entry.status = -1;
				return void req.socket.destroy();
			}
			if (fault?.kind === 'hang') {
				entry.status = -2;
				return; // never answers; the client's timeout ends it
			}
			if (fault?.kind === 'nonjson')
				return send({ status: 200, body: '<html><body>Gateway error</body></html>' });
			if (fault)
				return send({
					status: fault.status ?? 500,
					body: fault.body ?? {
						code: String(fault.status ?? 500),
						error: 'Error',
						msg: 'INTERNAL ERROR',
					},
					headers: fault.headers,
				});
			return send(this.dispatch(simReq));
		} finally {
			state.inFlight--;
		}
	}

	dispatch(req: SimRequest): SimAnswer {
		const handler =
			this.handlers.get(`${req.file}.${req.api}`) ?? this.handlers.get(`${req.file}.*`);
		if (!handler) return badRequest('THE API YOU WANT TO CONSULT DOES NOT EXIST');
		return handler(this, req);
	}

	private control(url: URL, raw: Buffer, res: http.ServerResponse): void {
		const body = (parseJson(raw.toString('utf8')) ?? {}) as Record<string, any>;
		const reply = (data: unknown) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(data));
		};
		switch (url.pathname) {
			case '/__control/reset':
				this.reset(body);
				return reply({ ok: true });
			case '/__control/maintenance':
				if (typeof body.on === 'boolean') this.maintenance = body.on;
				if (typeof body.fromMs === 'number') this.scheduleMaintenance(body.fromMs, body.toMs);
				return reply({ ok: true, maintenance: this.inMaintenance(), windows: this.windows });
			case '/__control/fault':
				this.addFault(body as Fault);
				return reply({ ok: true, faults: this.faults.length });
			case '/__control/token':
				this.addToken(body.token, body.limit ?? 1000, body.used ?? 0);
				return reply({ ok: true });
			case '/__control/log':
				return reply(
					this.log.map(({ token, ...rest }) => ({ ...rest, tokenPresent: Boolean(token) })),
				);
			case '/__control/stats':
				return reply(this.stats());
			// POST {order: 'ascending' | 'descending' | 'random'}: how cdr_1 sorts its rows.
			case '/__control/order':
				if (['ascending', 'descending', 'random'].includes(body.order)) this.cdrOrder = body.order;
				return reply({ ok: true, order: this.cdrOrder });
			case '/__control/campaign':
				return reply(Object.fromEntries(this.campaigns));
			// POST {rows: [...]}: calls that arrive now (merged into cdr_1 answers by date); GET: the rows added so far.
			case '/__control/cdr':
				if (Array.isArray(body.rows))
					this.extraCdr.push(...body.rows.map((row: Record<string, unknown>) => stringify(row)));
				return reply({ ok: true, rows: this.extraCdr });
			// POST {statuses: {agent_id: status | null}}: real-time statuses (null: logged out); GET: the current ones.
			case '/__control/agents':
				for (const [id, status] of Object.entries(
					(body.statuses ?? {}) as Record<string, unknown>,
				)) {
					if (status === null) this.agentStatus.delete(id);
					else this.agentStatus.set(id, String(status));
				}
				return reply({ ok: true, statuses: Object.fromEntries(this.agentStatus) });
			default:
				res.writeHead(404);
				res.end();
		}
	}

	stats() {
		const statuses: Record<string, number> = {};
		for (const r of this.log) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
		return {
			requests: this.log.length,
			peakInFlight: this.peakInFlight,
			concurrencyRejections: this.concurrencyRejections,
			statuses,
			tokens: Object.fromEntries(
				[...this.tokens].map(([t, s], i) => [`token${i + 1}`, { limit: s.limit, used: s.used }]),
			),
		};
	}
}

function parseJson(text: string): unknown {
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** Default real-time state: agents cycle Ready/Busy/ACW/Aux, empty queues. */
function resetRealTime(sim: WolkvoxSimulator): void {
	sim.agentStatus.clear();
	AGENTS.forEach((a, i) => sim.agentStatus.set(a.agent_id, ['Ready', 'Busy', 'ACW', 'Aux'][i % 4]));
	sim.skillQueue.clear();
}

/** The endpoints the foundation's tests and the demo need, with real data behind them. */
function registerCoreHandlers(sim: WolkvoxSimulator): void {
	sim.handlers.set('information.token_info', (s, _req) => {
		const [first] = s.tokens.values();
		return envelope(200, '1 records were found', [
			stringify({
				description: 'n8n integration',
				token_limit: first?.limit ?? 0,
				token_use_today: first?.used ?? 0,
				all_token_today: first?.used ?? 0,
				available_consumption_options: 'reports, real time, campaigns',
			}),
		]);
	});
	sim.handlers.set('information.agents', () =>
		envelope(200, `${AGENTS.length} records were found`, AGENTS.map(stringify)),
	);
	sim.handlers.set('information.skills', () =>
		envelope(200, `${SKILLS.length} records were found`, SKILLS.map(stringify)),
	);
	// Vendor shape (agent_status, time_state_now); agents missing from `agentStatus` are logged out.
	sim.handlers.set('real_time.agents', (s) => {
		const rows = AGENTS.filter((a) => s.agentStatus.has(a.agent_id)).map((a, i) =>
			stringify({
				agent_id: a.agent_id,
				agent_name: a.agent_name,
				agent_status: s.agentStatus.get(a.agent_id),
				time_state_now: `00:0${i % 10}:1${i % 6}`,
			}),
		);
		return rows.length === 0 ? noData() : envelope(200, `${rows.length} records were found`, rows);
	});
	sim.handlers.set('real_time.skills', (s, req) => {
		if (req.method !== 'GET')
			return {
				status: 405,
				body: { code: '405', error: 'Method Not Allowed', msg: 'METHOD NOT ALLOWED' },
			};
		if (!req.query.skill_id) return badRequest();
		const skills = SKILLS.filter(
			(k) => req.query.skill_id === 'all' || req.query.skill_id === k.skill_id,
		);
		if (skills.length === 0) return noData();
		return envelope(
			200,
			`${skills.length} records were found`,
			skills.map((k) =>
				stringify({
					...k,
					calls_in_queue_now: s.skillQueue.get(k.skill_id) ?? 0,
					stat_inbound: 40,
					stat_answer: 35,
					stat_abandon: 5,
					service_level_20seg: '80.00 %',
				}),
			),
		);
	});
	sim.handlers.set('reports_manager.cdr_1', (s, req) => {
		const range = checkRange(req.query);
		if (!Array.isArray(range)) return range;
		const [from, to] = range;
		const [lo, hi] = s.cdr.range(from, to);
		// Rows added by tests, in range and by date; merged with the dataset's (dataset first on a tie).
		const extra = s.extraCdr
			.map((row) => ({ row, at: wallToSec(String(row.date ?? '').replace(/\D/g, '')) }))
			.filter((e) => e.at >= from && e.at <= to)
			.sort((a, b) => a.at - b.at);
		if (hi <= lo && extra.length === 0) return noData();
		const cap = s.rowCap;
		const rows: Array<Record<string, string>> = [];
		let i = lo;
		let j = 0;
		const take = (limit: number) => {
			while (rows.length < limit && (i < hi || j < extra.length)) {
				if (j >= extra.length || (i < hi && s.cdr.times[i] <= extra[j].at))
					rows.push(s.cdr.row(i++));
				else rows.push(extra[j++].row);
			}
		};
		if (s.cdrOrder === 'ascending') {
			take(cap); // wolkvox cuts off the rest silently at the cap
		} else {
			// Newest first, or no order: the cap keeps whichever rows come first in that order.
			take(Infinity);
			if (s.cdrOrder === 'descending') rows.reverse();
			else shuffle(rows, rng(from + to));
			rows.length = Math.min(rows.length, cap);
		}
		return { ...envelope(200, `${rows.length} records were found`, rows), rows: rows.length };
	});
	sim.handlers.set('reports_manager.agent_1', (s, req) => {
		const range = checkRange(req.query);
		if (!Array.isArray(range)) return range;
		const agents = AGENTS.filter((a) => !req.query.agent_id || req.query.agent_id === a.agent_id);
		if (agents.length === 0) return noData();
		return envelope(
			200,
			`${agents.length} records were found`,
			agents.map((a, i) =>
				stringify({
					agent_id: a.agent_id,
					agent_name: a.agent_name,
					login_time: `0${(i % 9) + 1}:15:00`,
					calls: 20 + i,
					aht: '00:04:12',
					occupancy: `${(70 + i).toFixed(2)} %`,
				}),
			),
		);
	});
	sim.handlers.set('reports_manager.skill_1', (s, req) => {
		const range = checkRange(req.query);
		if (!Array.isArray(range)) return range;
		const skills = SKILLS.filter(
			(k) =>
				!req.query.skill_id || req.query.skill_id === 'all' || req.query.skill_id === k.skill_id,
		);
		if (skills.length === 0) return noData();
		return envelope(
			200,
			`${skills.length} records were found`,
			skills.map((k, i) =>
				stringify({
					...k,
					inbound_calls: 100 + i * 10,
					answered: 90 + i * 9,
					service_level: `${(80 + i).toFixed(2)} %`,
					asa: '00:00:18',
				}),
			),
		);
	});
}

export { secToWall };
