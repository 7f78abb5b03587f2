/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * A local wolkvox CRM on the simulator's port: `/server/API/v2/{custom|cases|collections|token}/{op}.php`,
 * its own tokens (header Wolkvox-Token, each bound to one CRM operation name and a daily quota), the
 * CRM envelope, its error codes (400 missing parameters, 401 token, 403 quota / wrong operation,
 * 404 unknown path or record, 405 method, 412 record to change not found, 416 over a per-request
 * limit, 417 bad values), numbered pages of at most 250 rows, and a store with seeded data so that
 * queries, reports and paging have a ground truth. Requests go into the simulator's log
 * (file `crm/{group}`, api `{op}`).
 */
import { crmEndpoints } from '../../core/catalog/crm';
import type { EndpointDef } from '../../core/catalog';
import type { FormField } from './multipart';
import type { LoggedRequest, SimAnswer, WolkvoxSimulator } from './server';
import { MAINTENANCE_BODY } from './server';

export const CRM_TOKEN = 'crm-token-0001';
export const CRM_OPERATION = 'modulodeprueba';
export const CRM_MAX_PAGE = 250;
export const CRM_MAX_RECORDS = 500;
export const SALES_REPORT = 'Sales report';
export const COLLECTIONS_REPORT = 'Collections report';
export const CONTACTS = 530;

type Row = Record<string, any>;

interface CrmToken {
	operation: string;
	limit: number;
	used: number;
}

export interface CrmFault {
	/** `custom/insertMany`; empty matches every CRM request. */
	op?: string;
	times?: number;
	status: number;
	body: unknown;
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
/** "YYYY-MM-DD HH:MM:SS" of minutes after 2024-05-01 00:00. */
function stamp(minutes: number): string {
	const d = new Date(Date.UTC(2024, 4, 1, 0, 0, 0) + minutes * 60000);
	return d.toISOString().replace('T', ' ').slice(0, 19);
}

export class CrmState {
	tokens = new Map<string, CrmToken>();
	modules = new Map<string, Row[]>();
	activities: Row[] = [];
	cases: Row[] = [];
	collections: Row[] = [];
	managements: Row[] = [];
	reports = new Map<string, Row[]>();
	faults: CrmFault[] = [];
	private seq = 0;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.seq = 0;
		this.faults = [];
		this.tokens.clear();
		this.addToken(CRM_TOKEN, 100000);
		this.modules.clear();
		this.modules.set(
			'contacts',
			Array.from({ length: CONTACTS }, (_v, i) => ({
				idcontact: String(1000 + i),
				namecontact: `Contact ${i + 1}`,
				emailcontact: `contact${i + 1}@example.com`,
				telephonecontact: {
					type: 'telephone',
					country: 'COLOMBIA',
					code: '57',
					value: `300${pad(i, 7)}`,
				},
				Precio: { value: 1000 + i, symbol: 'COP' },
				Tipo: i % 3 === 0 ? 'VIP' : 'Regular',
				wolkvox_usuario_creacion: 'admin@modulodeprueba',
				wolkvox_fecha_creacion: stamp(i * 25),
				wolkvox_owner: { user: 'api', nombre: 'api', id: 'api', email: 'api' },
				wolkvox_id: `c-${pad(i + 1)}`,
			})),
		);
		this.activities = [];
		this.cases = Array.from({ length: 3 }, (_v, i) => ({
			wolkvox_id: `case-${pad(i + 1)}`,
			idPrefijo: `PET-${i + 1}`,
			idCase: String(i + 1),
			caseType: 'Request',
			status: { value: 'open', name: 'Abierto' },
			priority: { value: 30, name: 'Media' },
			description_case: `Case ${i + 1}`,
			contactTel: { value: `300000000${i}`, country: 'Colombia', code: '57' },
			notes: [{ note: `Note ${i + 1}`, date: stamp(i) }],
		}));
		this.collections = [
			{
				wolkvox_id: 'col-0001',
				Identification: '1001',
				Name: 'John Doe',
				obligations: [
					{ id: 'OB-1', name: 'Payment agreement', total_balance: '95212', days_delay: '90' },
				],
			},
		];
		this.managements = [
			{
				wolkvox_id: 'g-0001',
				id_customer: '1001',
				tipifycation_desc: 'Pending payment',
				module: 'collections',
				wolkvox_idRecord: 'col-0001',
			},
		];
		this.reports.clear();
		this.reports.set(
			SALES_REPORT,
			Array.from({ length: 613 }, (_v, i) => ({
				wolkvox_id: `r-${pad(i + 1)}`,
				form: { Fecha: stamp(i * 60).slice(0, 10), Total: { value: i * 10, symbol: 'COP' } },
				status: { value: i % 2 ? 'closed' : 'open' },
				date: stamp(i * 60),
			})),
		);
		this.reports.set(
			COLLECTIONS_REPORT,
			Array.from({ length: 260 }, (_v, i) => ({
				wolkvox_id: `cr-${pad(i + 1)}`,
				Identification: String(5000 + i),
				Name: `Debtor ${i + 1}`,
				Total_debt: { convert: 21700000 + i, symbol: 'COP', value: 21700000 + i },
				Expire: { convert: 1000 * i, symbol: 'COP' },
				Telephone: { code: '57', country: 'COLOMBIA', value: `310${pad(i, 7)}` },
				wolkvox_owner: { nombre: 'api' },
				date: stamp(i * 60),
			})),
		);
	}

	addToken(token: string, limit: number, used = 0, operation = CRM_OPERATION): void {
		this.tokens.set(token, { operation, limit, used });
	}

	nextId(prefix: string): string {
		return `${prefix}-new-${pad(++this.seq)}`;
	}

	/** Records of a module (created empty on first use). */
	module(name: string): Row[] {
		let rows = this.modules.get(name);
		if (!rows) {
			rows = [];
			this.modules.set(name, rows);
		}
		return rows;
	}
}

const states = new WeakMap<WolkvoxSimulator, CrmState>();

/** The CRM state of a simulator; `sim.reset()` resets it too. */
export function crm(sim: WolkvoxSimulator): CrmState {
	let state = states.get(sim);
	if (!state) {
		const created = new CrmState();
		state = created;
		states.set(sim, created);
		const reset = sim.reset.bind(sim);
		sim.reset = (options = {}) => {
			reset(options);
			created.reset();
		};
	}
	return state;
}

// ------------------------------------------------------------------------------------------------
// Answers

const ok = (msg: string, data?: unknown, code: number | string = 200): SimAnswer => ({
	status: 200,
	body: { code, error: 'null', msg, ...(data === undefined ? {} : { data }) },
});
const fail = (status: number, error: string, msg: string): SimAnswer => ({
	status,
	body: { code: status, error, msg },
});
const missing = () => fail(400, 'Bad Request', 'SOME PARAMETERS ARE REQUIRED');
const notFound = (msg: string) => fail(404, 'Not Found', msg);
const recordMissing = (id: unknown) =>
	fail(412, 'Precondition Failed', `THE RECORD ${String(id)} DOES NOT EXIST`);
const overLimit = (msg: string) => fail(416, 'Range Not Satisfiable', msg);
const badValue = (msg: string) => fail(417, 'Expectation Failed', msg);

const isObject = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v);
const present = (v: unknown) =>
	v !== undefined &&
	v !== null &&
	!(typeof v === 'string' && v.trim() === '') &&
	!(Array.isArray(v) && v.length === 0);

/** The plain value of a (possibly nested) CRM value, for searching. */
const plain = (v: unknown): string =>
	isObject(v) && 'value' in v ? plain(v.value) : v === undefined || v === null ? '' : String(v);

/** A page of `rows` for `limit`/`page` of the body (default 250, page 1), or 416 over the maximum. */
function paged(rows: Row[], body: Row): SimAnswer {
	const limit = body.limit === undefined || body.limit === '' ? CRM_MAX_PAGE : Number(body.limit);
	const page = body.page === undefined || body.page === '' ? 1 : Number(body.page);
	if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(page) || page < 1)
		return badValue('LIMIT AND PAGE MUST BE POSITIVE WHOLE NUMBERS');
	if (limit > CRM_MAX_PAGE) return overLimit(`THE MAXIMUM LIMIT IS ${CRM_MAX_PAGE}`);
	const slice = rows.slice((page - 1) * limit, page * limit);
	return {
		status: 200,
		body: {
			code: '200',
			error: 'null',
			page,
			'Total records': rows.length,
			'Total pages': Math.ceil(rows.length / limit),
			msg: `${slice.length} records were are found`,
			data: slice,
		},
		rows: slice.length,
	};
}

/** The catalog entry a CRM request is for (activities: by type). */
function endpointOf(path: string, body: Row): EndpointDef | undefined {
	const candidates = crmEndpoints.filter((e) => e.path === path);
	if (candidates.length <= 1) return candidates[0];
	return body.module === 'wolkvox_activities'
		? candidates.find((e) => e.fixedBody?.type === body.type)
		: candidates.find((e) => !e.fixedBody);
}

/** Required parameters of the entry, where they travel (JSON body, its `fields`, form fields). */
function missingRequired(def: EndpointDef, body: Row, form: FormField[] | undefined): string[] {
	const out: string[] = [];
	for (const p of def.params) {
		if (!p.required || p.in === 'node') continue;
		let value: unknown;
		if (p.in === 'form') {
			const field = form?.find((f) => f.name === p.name);
			value = field ? (field.fileName !== undefined ? field : field.value) : undefined;
		} else if (p.keyFrom) {
			value = Object.values(isObject(body[p.inObject ?? '']) ? body[p.inObject!] : {}).find(
				(v) =>
					Array.isArray(v) &&
					v.some((s) => typeof s === 'string' && s.startsWith("<a href='data:")),
			);
		} else
			value = p.inObject
				? isObject(body[p.inObject])
					? body[p.inObject][p.name]
					: undefined
				: body[p.name];
		if (!present(value)) out.push(p.name);
	}
	if (def.records?.wrapIn && !present(body[def.records.wrapIn])) out.push(def.records.wrapIn);
	return out;
}

/**
 * The vendor's attachment: `<a href='data:{mime};base64,{data}' download='{name}'> <img
 * style='max-height: 200px' src='{the same data URL}' alt='{name}'> </a>` (its only example is an
 * image); an anchor with the name as text instead of the <img> is accepted for other files.
 */
const IMAGE_ATTACHMENT =
	/^<a href='(data:[^;']+;base64,[A-Za-z0-9+/=]+)' download='([^']+)'> <img style='max-height: 200px' src='\1' alt='\2'> <\/a>$/;
const FILE_ATTACHMENT =
	/^<a href='data:[^;']+;base64,[A-Za-z0-9+/=]+' download='([^']+)'> \1 <\/a>$/;
const attachmentsValid = (list: unknown) =>
	Array.isArray(list) &&
	list.length > 0 &&
	list.every((s) => typeof s === 'string' && (IMAGE_ATTACHMENT.test(s) || FILE_ATTACHMENT.test(s)));

/** Handles one CRM request; `entry` is already in the simulator's log. */
export async function handleCrm(
	sim: WolkvoxSimulator,
	entry: LoggedRequest,
	send: (answer: SimAnswer) => void,
): Promise<void> {
	const state = crm(sim);
	const match = /^\/server\/API\/v2\/(custom|cases|collections|token)\/([A-Za-z]+)\.php$/.exec(
		entry.path,
	);
	entry.file = match ? `crm/${match[1]}` : 'crm';
	entry.api = match ? match[2] : '';
	if (!match) return send(notFound('THE API YOU WANT TO CONSULT DOES NOT EXIST'));
	if (sim.inMaintenance()) return send({ status: 403, body: MAINTENANCE_BODY });
	if (entry.method !== 'POST') return send(fail(405, 'Method Not Allowed', 'METHOD NOT ALLOWED'));
	if (!entry.token) return send(fail(401, 'Unauthorized', 'PLEASE ENTER THE WOLKVOX-TOKEN'));
	const token = state.tokens.get(entry.token);
	if (!token) return send(fail(401, 'Unauthorized', 'INVALID TOKEN'));

	const form = entry.form;
	const body: Row = isObject(entry.body) ? entry.body : {};
	const operation = form
		? form.find((f) => f.name === 'operation')?.value
		: (body.operation ?? entry.query.operation);
	if (!present(operation)) return send(missing());
	if (operation !== token.operation)
		return send(fail(403, 'Forbidden', 'THE TOKEN DOES NOT BELONG TO THIS OPERATION'));
	const op = `${match[1]}/${match[2]}`;
	const isTokenInfo = op === 'token/tokenInformation';
	if (!isTokenInfo && token.used >= token.limit)
		return send(fail(403, 'Forbidden', 'TOKEN LIMIT EXCEEDED'));
	if (!isTokenInfo) token.used++;
	if (sim.latencyMs > 0) await new Promise((r) => setTimeout(r, sim.latencyMs));

	const faultIndex = state.faults.findIndex((f) => !f.op || f.op === op);
	if (faultIndex >= 0) {
		const fault = state.faults[faultIndex];
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) state.faults.splice(faultIndex, 1);
		return send({ status: fault.status, body: fault.body });
	}

	const def = endpointOf(entry.path, body);
	if (!def) return send(notFound('THE API YOU WANT TO CONSULT DOES NOT EXIST'));
	const absent = missingRequired(def, body, form);
	if (absent.length > 0) return send(missing());
	send(answer(state, op, def, body, form, token));
}

function formValue(form: FormField[] | undefined, name: string): string | undefined {
	return form?.find((f) => f.name === name)?.value;
}

function answer(
	state: CrmState,
	op: string,
	def: EndpointDef,
	body: Row,
	form: FormField[] | undefined,
	token: CrmToken,
): SimAnswer {
	switch (op) {
		case 'custom/insert': {
			if (!isObject(body.fields)) return badValue('FIELDS MUST BE AN OBJECT');
			if (body.module === 'wolkvox_activities') {
				if (!['call', 'meet', 'task'].includes(body.type))
					return badValue('THE ACTIVITY TYPE DOES NOT EXIST');
				const id = state.nextId('act');
				state.activities.push({ ...body.fields, type: body.type, wolkvox_id: id });
				return ok('Succesfully create record', { wolkvox_id: id });
			}
			const id = state.nextId('rec');
			state.module(body.module).push({ ...body.fields, wolkvox_id: id });
			return ok('Succesfully create record', { wolkvox_id: id });
		}
		case 'custom/insertAttach': {
			if (!isObject(body.fields)) return badValue('FIELDS MUST BE AN OBJECT');
			const lists = Object.values(body.fields).filter((v) => Array.isArray(v));
			if (!lists.some(attachmentsValid)) return badValue('THE ATTACHMENTS MUST BE BASE64 FILES');
			const id = state.nextId('rec');
			state.module(body.module).push({ ...body.fields, wolkvox_id: id });
			return ok('Succesfully create record', { wolkvox_id: id });
		}
		case 'custom/query': {
			const rows = state
				.module(body.module)
				.filter((r) => plain(r[body.field]) === String(body.value));
			return paged(rows, body);
		}
		case 'custom/queryDates': {
			if (body.date !== true) return badValue('DATE MUST BE TRUE');
			const re = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
			if (!re.test(body.from) || !re.test(body.to))
				return badValue('FROM AND TO MUST BE YYYY-MM-DD HH:MM');
			const rows = state
				.module(body.module)
				.filter(
					(r) =>
						r.wolkvox_fecha_creacion.slice(0, 16) >= body.from &&
						r.wolkvox_fecha_creacion.slice(0, 16) <= body.to,
				);
			const page = paged(rows, body);
			// The vendor's example answers this one with a bare array of records.
			return page.status === 200 ? { ...page, body: (page.body as Row).data } : page;
		}
		case 'custom/update': {
			const record = state.module(body.module).find((r) => r.wolkvox_id === body['wolkvox-id']);
			if (!record) return recordMissing(body['wolkvox-id']);
			if (!isObject(body.fields)) return badValue('FIELDS MUST BE AN OBJECT');
			Object.assign(record, body.fields);
			return ok('Succesfully edit record', { wolkvox_id: record.wolkvox_id });
		}
		case 'custom/insertMany': {
			if (!Array.isArray(body.fields) || !body.fields.every(isObject))
				return badValue('FIELDS MUST BE A LIST OF RECORDS');
			if (body.fields.length > CRM_MAX_RECORDS)
				return overLimit(`THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS ${CRM_MAX_RECORDS}`);
			const rows = state.module(body.module);
			const ids = body.fields.map((f: Row) => {
				const id = state.nextId('rec');
				rows.push({ ...f, wolkvox_id: id });
				return { wolkvox_id: id };
			});
			return ok(`Succesfully create ${ids.length} record`, ids);
		}
		case 'custom/updateMany': {
			if (!Array.isArray(body.fields) || !body.fields.every(isObject))
				return badValue('FIELDS MUST BE A LIST OF RECORDS');
			if (body.fields.length > CRM_MAX_RECORDS)
				return overLimit(`THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS ${CRM_MAX_RECORDS}`);
			if (!body.fields.every((f: Row) => present(f['wolkvox-id']))) return missing();
			const rows = state.module(body.module);
			let edited = 0;
			for (const f of body.fields as Row[]) {
				const record = rows.find((r) => r.wolkvox_id === f['wolkvox-id']);
				if (!record) continue;
				const { ['wolkvox-id']: _id, ...fields } = f;
				Object.assign(record, fields);
				edited++;
			}
			return ok(`Succesfully edit record ${edited}`, []);
		}
		case 'custom/delete': {
			const ids = body['wolkvox-id'];
			if (!Array.isArray(ids) || typeof body.multiple !== 'boolean')
				return badValue('WOLKVOX-ID MUST BE A LIST AND MULTIPLE TRUE OR FALSE');
			if (!body.multiple && ids.length !== 1)
				return badValue('MULTIPLE MUST BE TRUE TO DELETE SEVERAL RECORDS');
			if (ids.length > CRM_MAX_RECORDS)
				return overLimit(`THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS ${CRM_MAX_RECORDS}`);
			const rows = state.module(body.module);
			const removed = ids.filter((id: string) => {
				const index = rows.findIndex((r) => r.wolkvox_id === id);
				if (index >= 0) rows.splice(index, 1);
				return index >= 0;
			});
			return ok('Have been succesfully removed', { wolkvox_id: removed });
		}
		case 'custom/reports':
		case 'collections/reportsCollection': {
			const rows = state.reports.get(body.name);
			if (!rows) return notFound('THE REPORT DOES NOT EXIST');
			const re = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
			if (!re.test(body.dateStart) || !re.test(body.dateEnd))
				return badValue('DATES MUST BE YYYY-MM-DD HH:MM:SS');
			return paged(
				rows.filter((r) => r.date >= body.dateStart && r.date <= body.dateEnd),
				body,
			);
		}
		case 'cases/insert':
		case 'cases/insertAttach': {
			const get = (name: string) => (form ? formValue(form, name) : body[name]);
			if (op === 'cases/insertAttach' && !attachmentsValid(body.attachments))
				return badValue('THE ATTACHMENTS MUST BE BASE64 FILES');
			const formJson = form ? formValue(form, 'form') : body.form;
			if (typeof formJson === 'string') {
				try {
					JSON.parse(formJson);
				} catch {
					return badValue('FORM MUST BE JSON');
				}
			}
			const id = state.nextId('case');
			const number = state.cases.length + 1;
			state.cases.push({
				wolkvox_id: id,
				idPrefijo: `PET-${number}`,
				idCase: String(number),
				caseType: get('case-type'),
				status: { value: 'open', name: get('status') },
				description_case: get('description'),
				files:
					form?.filter((f) => f.fileName !== undefined).length ?? body.attachments?.length ?? 0,
			});
			return ok('Succesfully create record', { wolkvox_id: id, idPrefijo: `PET-${number}` });
		}
		case 'cases/update':
		case 'cases/updateCaseAttachment': {
			const id = form ? formValue(form, 'wolkvox-id') : body['wolkvox-id'];
			const record = state.cases.find((c) => c.wolkvox_id === id);
			if (!record) return recordMissing(id);
			if (op === 'cases/updateCaseAttachment' && !attachmentsValid(body.attachments))
				return badValue('THE ATTACHMENTS MUST BE BASE64 FILES');
			record.status = { value: 'open', name: form ? formValue(form, 'status') : body.status };
			return ok('Succesfully update record', { wolkvox_id: id });
		}
		case 'cases/queryCases':
		case 'cases/listHistoryNote': {
			const key: Record<string, string> = {
				'type case': 'caseType',
				status: 'status',
				'wolkvox-id': 'wolkvox_id',
				idCase: 'idCase',
				idPrefijo: 'idPrefijo',
				description: 'description_case',
			};
			const column = key[body.field];
			const rows = column
				? state.cases.filter(
						(c) => (column === 'status' ? c.status.name : plain(c[column])) === String(body.value),
					)
				: [];
			return paged(rows, body);
		}
		case 'collections/insertObligation': {
			const record = state.collections.find((c) => c.wolkvox_id === body.wolkvox_id);
			if (!record) return recordMissing(body.wolkvox_id);
			record.obligations.push({ ...body.fields });
			return ok('Succesfully create record', { wolkvox_id: record.wolkvox_id });
		}
		case 'collections/queryObligation': {
			const record = state.collections.find((c) => c.wolkvox_id === body.wolkvox_id);
			const rows = record ? record.obligations.filter((o: Row) => o.id === body.obligation) : [];
			return paged(rows, body);
		}
		case 'collections/updateObligation': {
			const record = state.collections.find((c) => c.wolkvox_id === body.wolkvox_id);
			const obligation = record?.obligations.find((o: Row) => o.id === body.obligation);
			if (!obligation) return recordMissing(body.obligation);
			Object.assign(obligation, body.fields ?? {});
			return ok('Succesfully create record', { wolkvox_id: record!.wolkvox_id });
		}
		case 'collections/insertGestion': {
			const id = state.nextId('g');
			state.managements.push({ ...body.fields, wolkvox_id: id });
			return ok('Succesfully create record', { wolkvox_id: id });
		}
		case 'collections/queryGestion':
			return paged(
				state.managements.filter((g) => plain(g[body.field]) === String(body.value)),
				body,
			);
		case 'collections/massiveCollections': {
			const files = body.collections;
			if (!Array.isArray(files) || !files.every(isObject))
				return badValue('COLLECTIONS MUST BE A LIST');
			if (files.length > CRM_MAX_RECORDS)
				return overLimit(`THE MAXIMUM NUMBER OF RECORDS PER REQUEST IS ${CRM_MAX_RECORDS}`);
			const required = ['Identification', 'Name', 'Email', 'Telephone'];
			// An empty required value fails the whole request; a missing one only skips that file.
			if (files.some((f: Row) => required.some((k) => f[k] === '')))
				return fail(400, 'Bad Request', 'A REQUIRED FIELD IS EMPTY');
			const failed = files.filter((f: Row) => required.some((k) => f[k] === undefined));
			for (const f of files.filter((x: Row) => !failed.includes(x))) {
				const existing = state.collections.find(
					(c) => c.Identification === String(f.Identification),
				);
				if (existing) Object.assign(existing, f);
				else
					state.collections.push({
						...f,
						wolkvox_id: state.nextId('col'),
						obligations: f.Obligations ?? [],
					});
			}
			return {
				status: 200,
				body: {
					code: '200',
					success: failed.length === 0,
					summary: {
						total_records_received: files.length,
						successful_inserts: files.length - failed.length,
						failed_count: failed.length,
						total_processed: files.length,
						failed_Sumary: failed.map((f: Row) => ({
							Identification: f.Identification ?? null,
							reason: 'MISSING REQUIRED FIELD',
						})),
					},
				},
			};
		}
		case 'token/tokenInformation': {
			const left = Math.max(0, token.limit - token.used);
			return ok(
				'Token information',
				{
					description: 'n8n CRM token',
					token_limit: token.limit,
					token_use_today: token.used,
					available_consumition_options: left,
					hours_to_restart_count: 8,
				},
				'200',
			);
		}
		default:
			return notFound(`NO HANDLER FOR ${op} (${def.operation})`);
	}
}
