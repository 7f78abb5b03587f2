/**
 * The catalog checked against the vendor's reference, not against itself (issue 13): every catalog
 * entry is compared with its request in wolkvox's Postman collection (test/fixtures): method, path,
 * query names, JSON body keys (top level, keys of body objects the catalog fills, record keys of
 * array bodies), form fields, and required vs optional where the Spanish description states it.
 * Every difference must be listed, with its reason, in test/reference/allowed-differences.ts; an
 * entry there that matches no difference fails too.
 */
import { checkAllowList } from '../reference/allow';
import { STATIC_ALLOWED } from '../reference/allowed-differences';
import { ENDPOINTS } from '../reference/catalog';
import { loadCollection } from '../reference/collection';
import { catalogParams, compareEntry, documented, requirementOf } from '../reference/compare';
import { parseDescription, resolve, stateOf } from '../reference/describe';
import { EXCLUDED_ENTRIES, EXCLUDED_FAMILIES, keyOf, pairs } from '../reference/match';

const collection = loadCollection();
const matched = pairs();
const comparisons = matched.pairs.map(compareEntry);

describe('the collection', () => {
	test('is the vendor collection this test was written against (288 requests)', () => {
		expect(collection).toHaveLength(288);
		const count = (service: string) => collection.filter((r) => r.service === service).length;
		expect([count('v2'), count('crm'), count('listenVox'), count('agentV1')]).toEqual([
			243, 26, 1, 18,
		]);
	});

	test('after normalising its typos, every host and path is one of the documented forms', () => {
		const odd = collection
			.filter((r) => r.service !== 'agentV1')
			.filter(
				(r) =>
					!(
						(r.service === 'v2' &&
							r.host === 'wv{server}.wolkvox.com' &&
							r.path === `/api/v2/${r.file}.php`) ||
						(r.service === 'listenVox' && r.path === '/listenVox/listenvox.php') ||
						(r.service === 'crm' &&
							r.host === '{crm}' &&
							/^\/server\/API\/v2\/(custom|cases|collections|token)\/[A-Za-z]+\.php$/.test(r.path))
					),
			)
			.map((r) => `${r.index} ${r.host}${r.path}`);
		expect(odd).toEqual([]);
		// the typos the README lists are among what was normalised
		const fixes = collection.flatMap((r) => r.fixes).join('\n');
		expect(fixes).toContain('query key " campaign_id" -> "campaign_id"');
		expect(fixes).toContain('host wv{{wolkvox-server}}.wolkvox.com');
		expect(fixes).toContain('host {{wolkvox_server}}.wolkvox.com');
	});
});

describe('matching', () => {
	test('every catalog entry has its collection request(s), or is excluded with a reason', () => {
		const unexplained = matched.unmatched.map(keyOf).filter((k) => !(k in EXCLUDED_ENTRIES));
		expect(unexplained).toEqual([]);
		expect(matched.pairs.length + Object.keys(EXCLUDED_ENTRIES).length).toBe(ENDPOINTS.length);
		for (const reason of [...Object.values(EXCLUDED_ENTRIES), ...Object.values(EXCLUDED_FAMILIES)])
			expect(reason.length).toBeGreaterThan(40);
		// an exclusion of an entry that does have a request is stale
		expect(
			Object.keys(EXCLUDED_ENTRIES).filter((k) => matched.pairs.some((p) => p.key === k)),
		).toEqual([]);
	});

	test('every collection request belongs to a catalog entry, or its family is excluded with a reason', () => {
		expect(matched.orphans.map((r) => `${r.family} / ${r.name}`)).toEqual([]);
	});

	test('one request per entry, except add_record (predictive and preview requests, one entry)', () => {
		const several = matched.pairs
			.filter((p) => p.requests.length !== 1)
			.map((p) => `${p.key}: ${p.requests.map((r) => r.name).join(' + ')}`);
		expect(several).toEqual([
			'campaign.addRecords: 2.1 Inserción de registros en la campaña (predictiva) + 2.2 Inserción de registros en la campaña (preview)',
		]);
		// and no request is claimed by two entries
		const claimed = matched.pairs.flatMap((p) => p.requests.map((r) => r.index));
		expect(new Set(claimed).size).toBe(claimed.length);
	});
});

describe('the description parser reads what the Spanish text states', () => {
	const byApi = (file: string, api: string) =>
		collection.find((r) => r.file === file && r.api === api)!;
	const byPath = (path: string, type?: string) =>
		collection.find(
			(r) =>
				r.path === path &&
				(type === undefined ||
					(r.body.kind === 'json' && (r.body.value as { type?: string }).type === type)),
		)!;
	const stated = (description: string, name: string) => {
		const parsed = parseDescription(description);
		return resolve([
			...(parsed.table.get(name)?.statements ?? []),
			...(parsed.prose.get(name)?.statements ?? []),
		]).state;
	};

	test('words', () => {
		expect(stateOf('Este campo es opcional.')).toBe('optional');
		expect(stateOf('Este parámetro no es de carácter obligatorio.')).toBe('optional');
		expect(stateOf('El parámetro ‘cod_act’ no es un parámetro obligatorio pero ...')).toBe(
			'optional',
		);
		expect(stateOf('“agent_pass”: “” puede permanecer vacío y el sistema asignará ...')).toBe(
			'optional',
		);
		expect(stateOf('El parámetro ‘type_call’ debe colocarse de manera obligatoria.')).toBe(
			'required',
		);
		expect(stateOf('En el cuerpo de la petición se requiere: "operation"')).toBe('required');
		expect(stateOf('Este campo es requerido si el estado asignado al caso tiene ...')).toBe(
			'unknown',
		);
		expect(stateOf('Tipo de reporte requerido')).toBeUndefined();
		expect(stateOf('Se refiere al código de identificación de la campaña.')).toBeUndefined();
	});

	test('a "Requerido" column (recall_records)', () => {
		const r = byApi('campaign', 'recall_records');
		expect([stated(r.description, 'field'), stated(r.description, 'value')]).toEqual([
			'required',
			'required',
		]);
	});

	test('bullets about named parameters (ListenVox) and a silent table row', () => {
		const r = collection.find((x) => x.service === 'listenVox')!;
		expect(stated(r.description, 'type_call')).toBe('required');
		expect(stated(r.description, 'cod_act')).toBe('optional');
		expect(stated(r.description, 'type_talk')).toBe('optional');
		expect(stated(r.description, 'agent_id')).toBe('unknown');
	});

	test('"Este campo es opcional" applies to the parameter of the sentence before (dial)', () => {
		const r = byApi('agentbox', 'dial');
		expect(stated(r.description, 'customer_id')).toBe('optional');
		expect(stated(r.description, 'customer_phone')).toBe('unknown');
	});

	test('a condition is not a requirement (CRM cases solution)', () => {
		const r = byPath('/server/API/v2/cases/insert.php');
		expect(stated(r.description, 'solution')).toBe('unknown');
		expect(stated(r.description, 'status')).toBe('required');
	});

	test('contradicting sentences make a parameter unknown (insertGestion)', () => {
		const r = byPath('/server/API/v2/collections/insertGestion.php');
		const entry = ENDPOINTS.find((e) => e.path === r.path)!;
		const doc = documented(entry, r);
		const state = (name: string) => requirementOf(doc, doc.params.get(name)!).state;
		// "Los campos obligatorios son: tipifycation_code, tipifycation_desc, module y wolkvox_idRecord"
		expect(state('fields.wolkvox_idRecord')).toBe('required');
		expect(state('tipifycation_code')).toBe('required'); // named by the table only
		// "se requiere: ... id_customer ..." and "El resto de campos dentro de fields son opcionales"
		expect(state('fields.id_customer')).toBe('unknown');
		expect(state('fields.wolkvox_phoneCall')).toBe('unknown');
	});

	test('"Todos los campos del body son opcionales" (edit_campaign)', () => {
		const r = byApi('campaign', 'edit_campaign');
		const entry = ENDPOINTS.find((e) => e.api === 'edit_campaign')!;
		const doc = documented(entry, r);
		expect(requirementOf(doc, doc.params.get('skill_id')!).state).toBe('optional');
		expect(requirementOf(doc, doc.params.get('campaign_id')!).state).toBe('required'); // "debe enviarse en la URL"
	});

	test('keys nested inside a value are not parameters (CRM call phone, WhatsApp components)', () => {
		const call = byPath('/server/API/v2/custom/insert.php', 'call');
		const entry = ENDPOINTS.find((e) => e.fixedBody?.type === 'call')!;
		const doc = documented(entry, call);
		expect(doc.params.has('fields.phone')).toBe(true);
		expect(['country', 'code', 'value'].filter((n) => doc.params.has(n))).toEqual([]);
		const template = byApi('whatsapp', 'create_template');
		const tdoc = documented(ENDPOINTS.find((e) => e.api === 'create_template')!, template);
		expect(['header_handle', 'body_text', 'buttons'].filter((n) => tdoc.params.has(n))).toEqual([]);
	});
});

describe('catalog vs collection', () => {
	const differences = comparisons.flatMap((c) => c.differences);
	const check = checkAllowList(differences, STATIC_ALLOWED);

	test('every difference is in the allow-list with its reason', () => {
		expect(check.unlisted).toEqual([]);
	});

	test('every allow-list entry still matches a difference (remove entries once fixed)', () => {
		expect(check.stale).toEqual([]);
	});

	test('allow-list entries are well-formed: a reason, a fix for each bug, no duplicates', () => {
		expect(check.malformed).toEqual([]);
		expect(check.duplicates).toEqual([]);
	});

	test('the comparison compared: every entry has its method and path checked, most their parameters', () => {
		expect(comparisons).toHaveLength(ENDPOINTS.length);
		// the entries whose request documents no parameter at all are the parameterless ones
		const silent = comparisons
			.filter(
				(c) => c.doc.params.size === 0 && catalogParams(c.entry).some((p) => p.origin === 'param'),
			)
			.map((c) => c.key);
		expect(silent).toEqual([]);
	});
});
