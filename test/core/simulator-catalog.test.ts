/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The simulator knows every endpoint of the catalog: a request built from the entry's parameters
 * succeeds; a missing required parameter, a wrong method and an over-long date range are refused
 * the way wolkvox refuses them.
 */
import type { EndpointDef, ParamDef } from '../../core/catalog';
import {
	CATALOG,
	simKey,
	loadExamples,
	pageToken,
	STORAGE_FILE_COUNT,
} from '../simulator/catalogHandlers';
import { DEFAULT_TOKEN, WolkvoxSimulator } from '../simulator/server';

/** Hand-written handlers in server.ts with real data behind them; they predate the catalog and
 * do not check the method or every required parameter, so only the success case applies to them. */
const HAND_WRITTEN = [
	'reports_manager.cdr_1',
	'reports_manager.agent_1',
	'reports_manager.skill_1',
	'information.agents',
	'information.skills',
	'information.token_info',
	'real_time.agents',
];

// inside the seeded CDR (2024-01-01 + 45 days), so the hand-written cdr_1 has rows to answer
const DATE_INI = '20240110000000';
const DATE_END = '20240110120000';
const DATE_END_32_DAYS = '20240211000000';

function sampleValue(def: EndpointDef, p: ParamDef): unknown {
	if (def.dateRange?.start === p.name) return DATE_INI;
	if (def.dateRange?.end === p.name) return DATE_END;
	switch (p.kind) {
		case 'date':
			return DATE_INI;
		case 'options':
			return p.options?.[0]?.value ?? 'yes';
		case 'integer':
			if (p.lookup === 'agents' || /agent/.test(p.name)) return p.sendAsNumber ? 1001 : '1001';
			if (p.lookup === 'skills' || /skill/.test(p.name)) return p.sendAsNumber ? 4001 : '4001';
			return p.sendAsNumber ? 5 : '5001';
		case 'list':
			return p.join ? 'a,b' : ['a', 'b'];
		case 'json':
			return { sample: 'value' };
		case 'binary':
			return 'binary';
		default:
			return 'sample';
	}
}

interface Built {
	method: string;
	query: Record<string, string>;
	body?: unknown;
	form?: Record<string, string | 'binary'>;
}

/** A valid request for the entry, with `omit` (a parameter name, or '@records') left out. */
function build(def: EndpointDef, omit?: string): Built {
	const out: Built = { method: def.method, query: {} };
	const body: Record<string, unknown> = {};
	const form: Record<string, string> = {};
	for (const p of def.params) {
		if (p.name === omit || p.name === def.paging?.requestParam) continue; // a made-up cursor is no valid cursor
		const value = sampleValue(def, p);
		if (p.in === 'query' || (p.in === 'body' && def.method === 'GET'))
			out.query[p.name] = Array.isArray(value)
				? value.join(',')
				: typeof value === 'object'
					? JSON.stringify(value)
					: String(value);
		else if (p.in === 'body') body[p.name] = value;
		else form[p.name] = String(value);
	}
	if (def.records && omit === '@records') {
		if (!def.records.wrapIn) out.body = [];
	} else if (def.records) {
		const record: Record<string, unknown> = {};
		for (const f of def.records.fields) if (f.required) record[f.name] = sampleValue(def, f);
		if (def.records.wrapIn) {
			const value = record[def.records.valueField ?? def.records.fields[0].name];
			body[def.records.wrapIn] = def.records.join ? String(value) : [value];
		} else {
			out.body = [record];
		}
	}
	if (out.body === undefined && Object.keys(body).length > 0) out.body = body;
	if (Object.keys(form).length > 0 || def.params.some((p) => p.in === 'form')) out.form = form;
	return out;
}

let sim: WolkvoxSimulator;
let base: string;

async function send(def: EndpointDef, req: Built): Promise<{ status: number; body: any }> {
	const url = new URL(def.path ?? `/api/v2/${def.file}.php`, base);
	if (def.api) url.searchParams.set('api', def.api);
	for (const [k, v] of Object.entries(req.query)) url.searchParams.set(k, v);
	const headers: Record<string, string> = { 'wolkvox-token': DEFAULT_TOKEN };
	let payload: string | FormData | undefined;
	if (req.method === 'GET') {
		// fetch sends no GET body (nor does n8n)
	} else if (req.form) {
		const fd = new FormData();
		for (const [k, v] of Object.entries(req.form)) {
			const param = def.params.find((p) => p.name === k);
			if (param?.kind === 'binary')
				fd.append(
					k,
					new Blob([Buffer.from('RIFF....WAVEfmt ')], { type: 'audio/wav' }),
					'sample.wav',
				);
			else fd.append(k, v);
		}
		payload = fd;
	} else if (req.body !== undefined) {
		headers['content-type'] = 'application/json';
		payload = JSON.stringify(req.body);
	}
	const res = await fetch(url, { method: req.method, headers, body: payload });
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const label = (def: EndpointDef) => `${def.method} ${simKey(def)}`;
const catalogOnly = CATALOG.filter((d) => !HAND_WRITTEN.includes(simKey(d)));
const requiredCases = catalogOnly.flatMap((def) => [
	...def.params.filter((p) => p.required).map((p) => [label(def), p.name, def] as const),
	...(def.records ? [[label(def), '@records', def] as const] : []),
]);

beforeAll(async () => {
	sim = new WolkvoxSimulator({ latencyMs: 0, tokenLimit: 1_000_000 });
	base = await sim.start(0);
});
afterAll(async () => {
	await sim.stop();
});
beforeEach(() => sim.reset({ tokenLimit: 1_000_000 }));

describe('simulator: catalog endpoints', () => {
	it('has one entry per endpoint, a handler for each and an example for each', () => {
		const keys = CATALOG.map(simKey);
		expect(new Set(keys).size).toBe(keys.length);
		const examples = loadExamples();
		expect(keys.filter((k) => !sim.handlers.has(k))).toEqual([]);
		expect(keys.filter((k) => !examples[k])).toEqual([]);
		for (const k of keys)
			expect(examples[k].method).toBe(CATALOG.find((d) => simKey(d) === k)!.method);
	});

	it.each(CATALOG.map((def) => [label(def), def] as const))(
		'%s: a valid request gets a 2xx',
		async (_name, def) => {
			const res = await send(def, build(def));
			expect(res.status).toBeGreaterThanOrEqual(200);
			expect(res.status).toBeLessThan(300);
			expect(sim.requests()).toHaveLength(1);
		},
	);

	it.each(requiredCases)(
		'%s without %s: 400 SOME PARAMETERS ARE REQUIRED',
		async (_name, omit, def) => {
			const res = await send(def, build(def, omit));
			expect(res.status).toBe(400);
			expect(res.body).toMatchObject({ code: '400', msg: 'SOME PARAMETERS ARE REQUIRED' });
		},
	);

	it.each(catalogOnly.map((def) => [label(def), def] as const))(
		'%s with the wrong method is refused',
		async (_name, def) => {
			const wrong = def.method === 'GET' ? 'POST' : 'GET';
			const res = await send(def, { ...build(def), method: wrong });
			expect(res.status).toBe(405);
			expect(res.body).toMatchObject({ code: '405', msg: 'METHOD NOT ALLOWED' });
		},
	);

	it.each(CATALOG.filter((d) => d.dateRange).map((def) => [label(def), def] as const))(
		'%s refuses a 32-day range',
		async (_name, def) => {
			const req = build(def);
			req.query[def.dateRange!.end] = DATE_END_32_DAYS;
			const res = await send(def, req);
			expect(res.status).toBe(400);
			expect(res.body.msg).toMatch(/CANNOT EXCEED \d+ DAYS/);
		},
	);

	it('skill_5 accepts at most 1 day; an end before the start is refused', async () => {
		const def = CATALOG.find((d) => d.api === 'skill_5')!;
		const twoDays = build(def);
		twoDays.query.date_end = '20240112000000';
		expect((await send(def, twoDays)).body.msg).toBe('THE DATE RANGE CANNOT EXCEED 1 DAYS');
		const cdr2 = CATALOG.find((d) => d.api === 'cdr_2')!;
		const backwards = build(cdr2);
		backwards.query.date_end = '20240109000000';
		expect((await send(cdr2, backwards)).body.msg).toBe(
			'THE FINAL DATE MUST BE GREATER THAN THE INITIAL DATE',
		);
	});

	it('GET body parameters are accepted from the query string', async () => {
		const def = CATALOG.find((d) => d.file === 'whatsapp' && d.api === 'list_templates')!;
		const res = await send(def, { method: 'GET', query: { connector_id: '12' } });
		expect(res.status).toBe(200);
	});

	it('answers the example of endpoints.json (envelope, string values)', async () => {
		const def = CATALOG.find((d) => d.api === 'cdr_2')!;
		const res = await send(def, build(def));
		expect(res.body).toMatchObject({ error: null, msg: '1 records were found' });
		expect(res.body.data).toHaveLength(1);
		for (const v of Object.values(res.body.data[0])) expect(typeof v).toBe('string');
		const campaigns = CATALOG.find((d) => d.file === 'real_time' && d.api === 'campaigns')!;
		expect(Array.isArray((await send(campaigns, build(campaigns))).body)).toBe(true); // bare array, like wolkvox
	});

	it('campaign add_record stores the records per campaign', async () => {
		const def = CATALOG.find((d) => d.file === 'campaign' && d.api === 'add_record')!;
		const records = [
			{ customer_name: 'Ana', tel1: '573001112233' },
			{ customer_name: 'Luis', tel1: '573004445566' },
		];
		const res = await send(def, {
			method: 'POST',
			query: { type_campaign: 'predictive', campaign_id: '77' },
			body: records,
		});
		expect(res.status).toBe(201);
		expect(res.body).toEqual({
			code: '201',
			error: null,
			msg: 'All records has been added successfully',
			data: [{ total_registers: '2' }],
		});
		await send(def, {
			method: 'POST',
			query: { type_campaign: 'predictive', campaign_id: '77' },
			body: [records[0]],
		});
		expect(sim.campaigns.get('77')).toHaveLength(3);
		expect(sim.campaigns.get('77')![1]).toEqual(records[1]);
	});

	it('array bodies over the upload limit are refused', async () => {
		const def = CATALOG.find((d) => d.file === 'campaign' && d.api === 'add_dnc')!;
		const body = Array.from({ length: def.records!.uploadLimit + 1 }, (_, i) => ({
			telephone: String(573000000000 + i),
		}));
		const res = await send(def, { method: 'POST', query: {}, body });
		expect(res.status).toBe(400);
		expect(res.body.msg).toBe(
			`THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS ${def.records!.uploadLimit}`,
		);
		const ok = await send(def, {
			method: 'POST',
			query: {},
			body: body.slice(0, def.records!.uploadLimit),
		});
		expect(ok.status).toBe(201);
	});

	it('a record without its required field is refused', async () => {
		const def = CATALOG.find((d) => d.file === 'campaign' && d.api === 'add_dnc')!;
		const res = await send(def, {
			method: 'POST',
			query: {},
			body: [{ telephone: '573001112233' }, { days_block: '30' }],
		});
		expect(res.body.msg).toBe('SOME PARAMETERS ARE REQUIRED');
	});

	it('storage list_files pages with limit and page_token', async () => {
		const def = CATALOG.find((d) => d.api === 'list_files')!;
		const path = def.paging!.responsePath.split('.');
		const read = (body: any) => path.reduce((n, k) => n?.[k], body);
		const names: string[] = [];
		let token: string | null | undefined;
		let pages = 0;
		do {
			const res = await send(def, {
				method: 'POST',
				query: {},
				body: { limit: 10, ...(token ? { page_token: token } : {}) },
			});
			expect(res.status).toBe(200);
			names.push(...res.body.data.items.map((f: any) => f.name));
			token = read(res.body);
			pages++;
		} while (token);
		expect(pages).toBe(3);
		expect(names).toHaveLength(STORAGE_FILE_COUNT);
		expect(new Set(names).size).toBe(STORAGE_FILE_COUNT);
		const bad = await send(def, { method: 'POST', query: {}, body: { page_token: 'nonsense' } });
		expect(bad.status).toBe(400);
		const last = await send(def, {
			method: 'POST',
			query: {},
			body: { limit: 5, page_token: pageToken(20) },
		});
		expect(read(last.body)).toBeNull();
		expect(last.body.data.items).toHaveLength(5);
	});

	it('ListenVox needs the file and its required form fields', async () => {
		const def = CATALOG.find((d) => d.file === 'listenvox')!;
		const ok = await send(def, build(def));
		expect(ok.status).toBe(201);
		expect(
			sim.requests({ file: 'listenvox' })[0].form?.find((f) => f.name === 'data')?.fileName,
		).toBe('sample.wav');
		const noFile = await send(def, build(def, 'data'));
		expect(noFile.body.msg).toBe('SOME PARAMETERS ARE REQUIRED');
	});
});
