/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Extracts one example response per wolkvox endpoint from the vendor's Postman reference
 * (test/fixtures/wolkvox-collection.json, or $WOLKVOX_ENDPOINTS) into test/simulator/examples.json,
 * which the simulator answers with. The output is checked in, so the simulator needs neither.
 *
 *   npm run extract-examples      (this script, then prettier over the output)
 *
 * Per v2 request (file != null) and ListenVox, keyed `file.api` (ListenVox: `listenvox.`):
 * { method, status, body }. Bodies are parsed leniently (CRLF, missing values, unterminated
 * strings, missing brackets, truncation), arrays of rows are cut to one row, and empty example
 * values ("", " ") are filled with deterministic plausible strings chosen by key name. Every value
 * inside the rows stays a string, like wolkvox.
 */
import * as fs from 'fs';
import * as path from 'path';

interface RawRequest {
	family: string;
	name: string;
	method: string;
	url: string | null;
	file: string | null;
	api: string | null;
	examples: Array<{ name: string; status: number | null; body: string }>;
}

export interface Example {
	method: string;
	status: number;
	body: unknown;
}

const SOURCE =
	process.env.WOLKVOX_ENDPOINTS ||
	path.resolve(__dirname, '../test/fixtures/wolkvox-collection.json');
const TARGET = path.resolve(__dirname, '../test/simulator/examples.json');

const DEFAULT_STATUS: Record<string, number> = { GET: 200, POST: 201, PUT: 202, DELETE: 202 };

// ---------------------------------------------------------------------------------------------
// Lenient JSON: the collection's examples are hand-written and sometimes broken.
// ---------------------------------------------------------------------------------------------

const MISSING = Symbol('missing');

/** Parses JSON, repairing what the vendor's examples get wrong; undefined when nothing usable. */
export function parseLenient(text: string): unknown {
	const src = text.replace(/\r\n?/g, '\n');
	if (src.trim() === '') return undefined;
	try {
		return JSON.parse(src);
	} catch {
		// repaired below
	}
	let i = 0;
	const ws = () => {
		while (i < src.length && /\s/.test(src[i])) i++;
	};
	const str = (): string => {
		// at the opening quote
		let out = '';
		i++;
		while (i < src.length) {
			const c = src[i];
			if (c === '"') {
				i++;
				return out;
			}
			if (c === '\n') {
				// a string never spans lines: the closing quote is missing (`"abandon_calls": ",`)
				return out.replace(/[\s,]+$/, '');
			}
			if (c === '\\' && i + 1 < src.length) {
				const esc = src[i + 1];
				if (esc === 'u') {
					out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16) || 0x3f);
					i += 6;
				} else {
					out +=
						({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[esc] ?? esc;
					i += 2;
				}
				continue;
			}
			out += c;
			i++;
		}
		return out; // truncated
	};
	const value = (): unknown => {
		ws();
		if (i >= src.length) return MISSING;
		const c = src[i];
		if (c === '{') {
			i++;
			const obj: Record<string, unknown> = {};
			for (;;) {
				ws();
				if (i >= src.length) return obj;
				const d = src[i];
				if (d === '}') {
					i++;
					return obj;
				}
				if (d === ']') return obj; // mismatched close: the object was never closed
				if (d === ',') {
					i++;
					continue;
				}
				if (d !== '"') return obj;
				const key = str();
				ws();
				if (src[i] === ':') i++;
				const v = value();
				obj[key] = v === MISSING ? null : v;
			}
		}
		if (c === '[') {
			i++;
			const arr: unknown[] = [];
			for (;;) {
				ws();
				if (i >= src.length) return arr;
				const d = src[i];
				if (d === ']') {
					i++;
					return arr;
				}
				if (d === '}') return arr; // mismatched close: the array was never closed
				if (d === ',') {
					i++;
					continue;
				}
				const v = value();
				if (v === MISSING) return arr;
				arr.push(v);
			}
		}
		if (c === '"') return str();
		const token = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(src.slice(i));
		if (token) {
			i += token[0].length;
			return JSON.parse(token[0]);
		}
		return MISSING; // `"code": ,` and the like
	};
	const result = value();
	return result === MISSING ? undefined : result;
}

// ---------------------------------------------------------------------------------------------
// Plausible values for empty example fields, by key name. Deterministic.
// ---------------------------------------------------------------------------------------------

const NAMES: Array<[RegExp, string]> = [
	[/agent/, 'Ana Ruiz'],
	[/skill/, 'Sales'],
	[/camp/, 'Sales campaign'],
	[/customer|cliente|client/, 'Maria Lopez'],
	[/file/, 'report.pdf'],
	[/template/, 'welcome_message'],
	[/connector|channel/, 'WhatsApp Sales'],
	[/analyst|supervisor|user/, 'Carla Gomez'],
];

function hashDigits(key: string, length: number): string {
	let h = 2166136261;
	for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
	return String(10 ** (length - 1) + (h % (9 * 10 ** (length - 1))));
}

export function plausible(rawKey: string): string {
	const key = rawKey.toLowerCase();
	const has = (re: RegExp) => re.test(key);
	if (key === 'code') return '200';
	if (key === 'operation') return '0032';
	if (key === 'items' || key === 'llamadas') return '12';
	if (key === 'destiny' || key === 'destino') return '573001234567';
	if (key === 'cost' || key === 'average') return '0.05';
	if (key === 'time_seg') return '83';
	if (key === 'time_min') return '1.38';
	if (/^(hang_up|hung_up|last_participant_who_spoke)$/.test(key)) return 'agent';
	if (key === 'agent_id' || key === 'id_agent' || key === 'agent') return '1001';
	if (key === 'skill_id' || key === 'skill') return '4001';
	if (has(/campa(i|n|ñ)/) && has(/(^|_)id|^id/)) return '5001';
	if (has(/mail/)) return 'maria.lopez@example.com';
	if (has(/(^|_)ip($|_)/)) return '192.168.0.10';
	if (has(/url|link|attach/)) return 'https://example.com/files/recording.mp3';
	if (has(/phone|tel|ani|dnis|celular|mobile|whatsapp/)) return '573001234567';
	if (has(/(^|_)(dni|nit|document)/)) return '900123456';
	if (
		has(
			/percent|porcentaje|service_level|occupancy|accuracy|precision|effectiveness|efectividad|rate|adherence|penetration|(^|_)(sl|cpu|ram|nps|csat)(_|$)|^abandon$/,
		)
	)
		return '12.50 %';
	if (has(/(^|_)(date|fecha)|date$|_at$|updated|created|last_|datetime|recall$|rellamada/))
		return '2024-05-01 10:00:00';
	if (key === 'hour' || key === 'hora') return '10';
	if (key === 'day' || key === 'dia') return '2024-05-01';
	if (
		has(
			/(^|_)(desc|description|comments?|text|message|summary|subject|observations?|notes?|question)(_|$)/,
		)
	)
		return 'Example text';
	if (
		has(
			/time|duration|(^|_)(aht|asa|ata|att|acw|tmo|talk|wait|hold|ring|ready|aux|login|logout)(_|$)/,
		)
	)
		return '00:01:23';
	if (
		has(
			/(^|_)(calls|count|total|amount|quantity|cantidad|hits|points|evaluations|inbound|outbound|internal|records|registers|num|number|chars|credits|minutes|messages|chats|interactions|licenses|attempts|transfers|answer|no_answer|busy|dial|clean|recycled|speed|agents|x_min)(_|$)|^total/,
		)
	)
		return '12';
	if (has(/size|weight|peso/)) return '0.05';
	if (has(/(^|_)id$|^id(_|$)|_id_|uuid|token|conn/)) return hashDigits(key, 6);
	if (has(/name|nombre/)) {
		for (const [re, name] of NAMES) if (re.test(key)) return name;
		return 'Example name';
	}
	if (has(/status|estado|state/)) return 'active';
	if (has(/result/)) return 'answer';
	if (has(/cod_act|codact|activity/)) return '101';
	if (has(/type|tipo|channel|canal/)) return 'voice';
	if (has(/desc|comment|text|message|summary|subject|body|transcri|observ|note|question/))
		return 'Example text';
	if (has(/^(is|has|enable|active)|direct/)) return 'false';
	return 'example';
}

const isEmpty = (v: unknown) => typeof v === 'string' && v.trim() === '';
/** Vendor placeholders like "XXX" / "XXXX". */
const isPlaceholder = (v: unknown) => typeof v === 'string' && /^[xX]{2,}$/.test(v.trim());

/** Cuts every array of rows to its first row, fills empty strings, makes scalars strings. */
function tidy(value: unknown, key: string): unknown {
	if (Array.isArray(value)) {
		const rows =
			value.length > 1 && value.some((v) => v !== null && typeof v === 'object')
				? value.slice(0, 1)
				: value;
		return rows.map((v) => tidy(v, key));
	}
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = tidy(v, k);
		return out;
	}
	if (value === null || value === undefined) return null; // null is meaningful (next_page_token: null = last page)
	if (isEmpty(value) || isPlaceholder(value)) return plausible(key);
	return String(value);
}

function rowCount(data: unknown): number {
	if (Array.isArray(data)) return data.length;
	return data === undefined || data === null ? 0 : 1;
}

/** Envelope fields keep wolkvox's shape; the rows are tidied. */
function normalise(
	parsed: unknown,
	method: string,
	exampleStatus: number | null,
): { status: number; body: unknown } {
	const fallback = DEFAULT_STATUS[method] ?? 200;
	if (Array.isArray(parsed)) {
		// real_time campaigns: a bare array without envelope
		return { status: exampleStatus ?? 200, body: tidy(parsed, 'data') };
	}
	if (parsed === null || typeof parsed !== 'object') {
		return {
			status: exampleStatus ?? fallback,
			body: genericEnvelope(method, exampleStatus ?? fallback),
		};
	}
	const src = parsed as Record<string, unknown>;
	const code = Number(typeof src.code === 'string' ? src.code.trim() : src.code);
	const status =
		exampleStatus ?? (Number.isInteger(code) && code >= 200 && code < 300 ? code : fallback);
	const body: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(src)) {
		if (k === 'code') body.code = Number.isInteger(code) && code === status ? v : String(status);
		else if (k === 'error') body.error = isEmpty(v) || v === undefined ? null : v;
		else if (k === 'msg') body.msg = v;
		else body[k] = tidy(v, k);
	}
	if (!('code' in body)) body.code = String(status);
	const msg = typeof body.msg === 'string' ? body.msg : '';
	const rows = rowCount(body.data);
	if (/^\s*(x|\d*)\s*records? were found/i.test(msg) || (msg.trim() === '' && method === 'GET')) {
		body.msg = `${Math.max(rows, 1)} records were found`;
	} else if (msg.trim() === '') {
		body.msg = 'OK';
	}
	return { status, body };
}

function genericEnvelope(method: string, status: number): Record<string, unknown> {
	return {
		code: String(status),
		error: null,
		msg: method === 'GET' ? '1 records were found' : 'The request has been processed successfully',
	};
}

export function extract(requests: RawRequest[]): Record<string, Example> {
	const out: Record<string, Example> = {};
	for (const request of requests) {
		const isListenVox =
			request.file === null && /\/listenvox\/listenvox\.php/i.test(request.url ?? '');
		if (request.file === null && !isListenVox) continue; // CRM, agent API v1
		const key = isListenVox ? 'listenvox.' : `${request.file}.${request.api}`;
		if (out[key]) continue; // add_record has a predictive and a preview variant with the same answer
		const method = request.method.toUpperCase();
		const example = request.examples?.[0];
		const exampleStatus = typeof example?.status === 'number' ? example.status : null;
		const parsed = example ? parseLenient(example.body) : undefined;
		const { status, body } = normalise(parsed, method, exampleStatus);
		out[key] = { method, status, body };
	}
	return out;
}

function main(): void {
	const requests = JSON.parse(fs.readFileSync(SOURCE, 'utf8')) as RawRequest[];
	const examples = extract(requests);
	const sorted = Object.fromEntries(
		Object.entries(examples).sort(([a], [b]) => a.localeCompare(b)),
	);
	fs.writeFileSync(TARGET, `${JSON.stringify(sorted, null, '\t')}\n`);
	console.log(
		`${Object.keys(sorted).length} examples written to ${path.relative(process.cwd(), TARGET)}`,
	);
}

if (require.main === module) main();
