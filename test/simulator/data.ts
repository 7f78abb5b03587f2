/**
 * Deterministic seeded data for the simulator. CDR rows are generated from their index, so a
 * dataset of 250,000 rows costs one sorted array of timestamps, and any row can be rebuilt.
 */

/** Mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher-Yates in place with a seeded generator (deterministic "no order"). */
export function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

/** wolkvox wall time `YYYYmmddHHiiss` <-> seconds on a naive (timezone-free) timeline. */
export function wallToSec(s14: string): number {
	const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s14);
	if (!m) return NaN;
	const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
	const ms = Date.UTC(y, mo - 1, d, h, mi, s);
	const back = new Date(ms);
	if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
		return NaN;
	return ms / 1000;
}

export function secToWall(sec: number): string {
	return new Date(sec * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** "2024-01-05 13:04:59", the way wolkvox writes dates inside rows. */
export function secToDisplay(sec: number): string {
	return new Date(sec * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

export const AGENTS = Array.from({ length: 12 }, (_, i) => ({
	agent_id: String(1001 + i),
	agent_name: [
		'Ana Ruiz',
		'Bruno Diaz',
		'Carla Gomez',
		'David Lee',
		'Elena Soto',
		'Felipe Mora',
		'Gina Park',
		'Hugo Vera',
		'Ines Cano',
		'Jorge Rey',
		'Karen Ortiz',
		'Luis Pena',
	][i],
	agent_dni: String(900000 + i * 17),
	skill_id: String(4001 + (i % 3)),
}));

export const SKILLS = [
	{ skill_id: '4001', skill_name: 'Sales' },
	{ skill_id: '4002', skill_name: 'Support' },
	{ skill_id: '4003', skill_name: 'Collections' },
];

export interface Burst {
	/** Wall time where the burst starts. */
	at: string;
	/** Burst length in seconds. */
	seconds: number;
	rows: number;
}

export interface CdrSpec {
	start: string;
	days: number;
	/** Rows spread evenly at random over the range, besides the bursts. */
	baseRows: number;
	/** Also one row every this many seconds from `start` to the end (uniform dense data). */
	everySeconds?: number;
	bursts: Burst[];
	seed: number;
	/** Extra rows at exact seconds (window-boundary tests). */
	exact?: string[];
}

export const SMALL_CDR: CdrSpec = {
	start: '20240101000000',
	days: 45,
	baseRows: 3000,
	bursts: [],
	seed: 7,
	exact: ['20240201000000', '20240131235959'],
};

/**
 * `spec` moved so that its days end today (UTC calendar day): what `npm run dev` serves, so a fresh
 * editor finds yesterday's calls and Fetch Test Event finds recent ones. Tests keep fixed dates.
 */
export function recentCdr(spec: CdrSpec, now = new Date()): CdrSpec {
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) / 1000;
	const start = today - (Math.ceil(spec.days) - 1) * 86400;
	const shift = start - wallToSec(spec.start);
	const moved = (at: string) => secToWall(wallToSec(at) + shift);
	return {
		...spec,
		start: secToWall(start),
		bursts: spec.bursts.map((b) => ({ ...b, at: moved(b.at) })),
		exact: spec.exact?.map(moved),
	};
}

/** 250,000 rows over 90 days; two bursts put more than 60,000 rows into single days. */
export const LARGE_CDR: CdrSpec = {
	start: '20240101000000',
	days: 90,
	baseRows: 110000,
	bursts: [
		{ at: '20240115080000', seconds: 10 * 3600, rows: 70000 },
		{ at: '20240301090000', seconds: 6 * 3600, rows: 70000 },
	],
	seed: 42,
};

export class CdrDataset {
	/** Sorted seconds of every row; the row's index is its identity. */
	readonly times: Float64Array;

	constructor(readonly spec: CdrSpec) {
		const random = rng(spec.seed);
		const start = wallToSec(spec.start);
		const span = spec.days * 86400;
		const all: number[] = [];
		for (let i = 0; i < spec.baseRows; i++) all.push(start + Math.floor(random() * span));
		for (const burst of spec.bursts) {
			const from = wallToSec(burst.at);
			for (let i = 0; i < burst.rows; i++) all.push(from + Math.floor(random() * burst.seconds));
		}
		for (const exact of spec.exact ?? []) all.push(wallToSec(exact));
		if (spec.everySeconds)
			for (let at = 0; at < span; at += spec.everySeconds) all.push(start + at);
		this.times = Float64Array.from(all).sort();
	}

	get size(): number {
		return this.times.length;
	}

	/** First index with time >= sec. */
	lowerBound(sec: number): number {
		let lo = 0;
		let hi = this.times.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.times[mid] < sec) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Index range of rows with date_ini <= time <= date_end (wolkvox's end is inclusive). */
	range(fromSec: number, toSec: number): [number, number] {
		return [this.lowerBound(fromSec), this.lowerBound(toSec + 1)];
	}

	row(index: number): Record<string, string> {
		const agent = AGENTS[index % AGENTS.length];
		const seconds = 20 + ((index * 7919) % 900);
		return {
			conn_id: `C${String(index).padStart(8, '0')}`,
			date: secToDisplay(this.times[index]),
			agent_id: agent.agent_id,
			agent_name: agent.agent_name,
			skill_id: agent.skill_id,
			telephone: `57300${String(1000000 + ((index * 104729) % 8999999))}`,
			destiny: index % 5 === 0 ? 'Mobile' : 'Local',
			time_seg: String(seconds),
			time_min: (seconds / 60).toFixed(2),
			duration: new Date(seconds * 1000).toISOString().slice(11, 19),
			cost: (seconds * 0.0021).toFixed(4),
			cod_act: String(1 + (index % 9)).padStart(3, '0'),
			description_cod_act: [
				'Sale',
				'No answer',
				'Callback',
				'Wrong number',
				'Info',
				'Complaint',
				'Busy',
				'Voicemail',
				'Other',
			][index % 9],
			type_interaction: index % 3 === 0 ? 'inbound' : 'outbound',
			customer_id: String(500000 + (index % 40000)),
			hang_up: index % 2 === 0 ? 'agent' : 'customer',
			campaign_id: index % 3 === 0 ? '' : String(12 + (index % 4)),
			service_level: `${(60 + (index % 40)).toFixed(2)} %`,
		};
	}
}

/** A call as cdr_1 lists it (`date` like "2024-01-10 12:03:00"), for tests that add late calls. */
export function cdrCall(
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
