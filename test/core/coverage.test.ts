/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Coverage of the vendor's reference (test/fixtures/wolkvox-collection.json) by the catalog, and the
 * shape of everything the catalog generates: unique operations, well-formed English properties,
 * destructive and quota-free operations saying so, and the package metadata n8n loads.
 */
import * as fs from 'fs';
import * as path from 'path';

import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { WolkvoxCrmApi } from '../../credentials/WolkvoxCrmApi.credentials';
import {
	CRM_RESOURCE_VALUES,
	ENDPOINTS as ALL_ENDPOINTS,
	endpointKey,
	findEndpoint,
	reportGroups,
	RESOURCES,
	type EndpointDef,
} from '../../core/catalog';
import { fieldName } from '../../nodes/Wolkvox/descriptions/fields';
import {
	endpointsOf,
	operationValue,
	resourceOptions,
	resourceValue,
	type NodeVersion,
} from '../../nodes/Wolkvox/descriptions/resources';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { WolkvoxTrigger } from '../../nodes/WolkvoxTrigger/WolkvoxTrigger.node';

const REPO = path.resolve(__dirname, '../..');
const REFERENCE = path.resolve(__dirname, '../fixtures/wolkvox-collection.json');

interface Request {
	family: string;
	name: string;
	method: string;
	url: string;
	file: string | null;
	api: string | null;
}

const reference = JSON.parse(fs.readFileSync(REFERENCE, 'utf8')) as Request[];

/** Contact-center v2 + ListenVox entries (the v2-specific checks); the CRM entries are checked in their own block. */
const ENDPOINTS = ALL_ENDPOINTS.filter((e) => e.service !== 'crm');
const CRM_ENDPOINTS = ALL_ENDPOINTS.filter((e) => e.service === 'crm');

/**
 * Requests of the reference that deliberately have no operation, by family, with the reason.
 * v2: none. Every other family must be listed here or covered.
 */
const EXCLUDED_FAMILIES: Record<string, string> = {
	'Agentes V1':
		'Local agent API v1 (http://localhost:{port}/apiagentbox on the agent PC) is out of scope: the cloud agentbox v2 operations (resource Agent) cover the same actions.',
};
/** CRM requests (by name) deliberately left out, with the reason. Expected: none. */
const EXCLUDED_CRM: Record<string, string> = {};
/** v2 requests (file + api) deliberately left out, with the reason. Expected: none. */
const EXCLUDED_V2: Record<string, string> = {};

const v2Key = (file: string, api: string | null) => `${file}.${api ?? ''}`;
const catalogKeys = new Map(
	ENDPOINTS.filter((e) => e.file !== 'listenvox').map((e) => [v2Key(e.file, e.api), e]),
);

describe('coverage of endpoints.json', () => {
	const v2 = reference.filter((r) => r.file);
	const other = reference.filter((r) => !r.file);

	test('the reference is the expected collection (243 v2 requests, 1 ListenVox)', () => {
		expect(v2).toHaveLength(243);
		expect(other.filter((r) => r.family === 'ListenVox')).toHaveLength(1);
	});

	test('every v2 request (file + api) has a catalog entry', () => {
		const missing = v2
			.filter(
				(r) => !catalogKeys.has(v2Key(r.file!, r.api)) && !(v2Key(r.file!, r.api) in EXCLUDED_V2),
			)
			.map((r) => `${r.method} ${r.file}.php?api=${r.api}  (${r.family} / ${r.name})`);
		expect(missing).toEqual([]);
	});

	test('every v2 catalog entry uses the method of the reference', () => {
		const wrong = v2.flatMap((r) => {
			const entry = catalogKeys.get(v2Key(r.file!, r.api));
			return entry && entry.method !== r.method
				? [`${r.file}.${r.api}: reference ${r.method}, catalog ${entry.method}`]
				: [];
		});
		expect(wrong).toEqual([]);
	});

	test('ListenVox has a catalog entry on its own path', () => {
		const listenVox = other.filter((r) => r.family === 'ListenVox');
		const missing = listenVox.filter((r) => {
			const urlPath = new URL(r.url.replace(/\{\{[^}]+\}\}/g, '0000')).pathname;
			return !ENDPOINTS.some((e) => e.path === urlPath && e.method === r.method);
		});
		expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
	});

	test('requests without a v2 file are ListenVox, the CRM, or a family excluded with a reason', () => {
		const unexplained = other
			.filter(
				(r) =>
					r.family !== 'ListenVox' && r.family !== 'CRM (26)' && !(r.family in EXCLUDED_FAMILIES),
			)
			.map((r) => `${r.family} / ${r.name}: ${r.url}`);
		expect(unexplained).toEqual([]);
		for (const reason of Object.values(EXCLUDED_FAMILIES))
			expect(reason.length).toBeGreaterThan(20);
	});

	test('the catalog has nothing the reference does not know', () => {
		const keys = new Set(v2.map((r) => v2Key(r.file!, r.api)));
		const extra = ENDPOINTS.filter(
			(e) => e.file !== 'listenvox' && !keys.has(v2Key(e.file, e.api)),
		).map((e) => v2Key(e.file, e.api));
		expect(extra).toEqual([]);
	});
});

describe('coverage of the CRM requests (family "CRM (26)")', () => {
	const crm = reference.filter((r) => r.family === 'CRM (26)');
	// The collection's URLs have typos ({{crm_wolkvox}}, a double slash, a fixed host): the path is what counts.
	const pathOf = (r: Request) =>
		new URL(r.url.replace(/\{\{[^}]+\}\}/g, 'crm0001.wolkvox.com')).pathname.replace(
			/\/{2,}/g,
			'/',
		);
	// Three requests share custom/insert.php: activities are told apart by their fixed type.
	const activityType = (r: Request) =>
		({
			'Insertar actividad de tipo llamada': 'call',
			'Insertar actividad de tipo reunión': 'meet',
			'Insertar actividad de tipo tarea': 'task',
		})[r.name];
	const entryFor = (r: Request) =>
		CRM_ENDPOINTS.filter((e) => e.path === pathOf(r) && e.method === r.method).find((e) =>
			activityType(r) ? e.fixedBody?.type === activityType(r) : !e.fixedBody?.type,
		);

	test('the reference has 26 CRM requests', () => expect(crm).toHaveLength(26));

	test('every CRM request has its own catalog entry (same path and method), and the catalog has no other CRM entry', () => {
		const missing = crm
			.filter((r) => !entryFor(r) && !(r.name in EXCLUDED_CRM))
			.map((r) => `${r.method} ${pathOf(r)} (${r.name})`);
		expect(missing).toEqual([]);
		const covered = new Set(crm.map(entryFor));
		expect(CRM_ENDPOINTS.filter((e) => !covered.has(e)).map((e) => e.path)).toEqual([]);
		expect(CRM_ENDPOINTS).toHaveLength(26 - Object.keys(EXCLUDED_CRM).length);
	});

	test('CRM entries: CRM resources, /server/API/v2 paths, no api= value, limits of the reference', () => {
		for (const e of CRM_ENDPOINTS) {
			expect([e.path, CRM_RESOURCE_VALUES.includes(e.resource), e.api]).toEqual([
				e.path,
				true,
				null,
			]);
			expect(e.path).toMatch(
				/^\/server\/API\/v2\/(custom|cases|collections|token)\/[A-Za-z]+\.php$/,
			);
			if (e.paging)
				expect([e.path, e.paging.style, e.paging.maxPageSize]).toEqual([e.path, 'page', 250]);
			if (e.records) expect(e.records.uploadLimit).toBeLessThanOrEqual(500);
		}
		expect(
			CRM_ENDPOINTS.find((e) => e.path!.endsWith('massiveCollections.php'))!.records!.uploadLimit,
		).toBe(500);
		// the resources list only CRM entries, and no CRM entry sits in a contact-center resource
		for (const resource of CRM_RESOURCE_VALUES)
			expect(ENDPOINTS.some((e) => e.resource === resource)).toBe(false);
		expect(CRM_ENDPOINTS.filter((e) => /delete/i.test(e.path!) && !e.destructive)).toEqual([]);
	});
});

describe('catalog entries', () => {
	test('(resource, group, operation) is unique and findEndpoint finds each entry', () => {
		const seen = new Map<string, EndpointDef>();
		const duplicates: string[] = [];
		for (const e of ALL_ENDPOINTS) {
			const key = endpointKey(e.resource, e.group, e.operation);
			if (seen.has(key))
				duplicates.push(
					`${key}: ${v2Key(e.file, e.api)} and ${v2Key(seen.get(key)!.file, seen.get(key)!.api)}`,
				);
			seen.set(key, e);
		}
		expect(duplicates).toEqual([]);
		for (const e of ALL_ENDPOINTS) expect(findEndpoint(e.resource, e.group, e.operation)).toBe(e);
	});

	test('(file, api) is unique: one operation per wolkvox request', () => {
		const counts = new Map<string, number>();
		for (const e of ENDPOINTS)
			counts.set(v2Key(e.file, e.api), (counts.get(v2Key(e.file, e.api)) ?? 0) + 1);
		expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
	});

	test('every entry belongs to a resource; report entries to a report group, the others to none', () => {
		const resources = new Set(RESOURCES.map((r) => r.value));
		const groups = new Set(reportGroups.map((g) => g.value));
		const wrong = ALL_ENDPOINTS.filter(
			(e) =>
				!resources.has(e.resource) ||
				(e.resource === 'report' ? !e.group || !groups.has(e.group) : e.group !== undefined),
		).map((e) => endpointKey(e.resource, e.group, e.operation));
		expect(wrong).toEqual([]);
		// every resource and report group has operations
		for (const r of resources) expect(ALL_ENDPOINTS.some((e) => e.resource === r)).toBe(true);
		for (const g of groups) expect(ENDPOINTS.some((e) => e.group === g)).toBe(true);
	});

	test('parameters are consistent with their kind', () => {
		const problems: string[] = [];
		for (const e of ALL_ENDPOINTS) {
			const key = endpointKey(e.resource, e.group, e.operation);
			const params = [...e.params, ...(e.records?.fields ?? [])];
			for (const p of params) {
				if (p.kind === 'options' && !(p.options && p.options.length > 0))
					problems.push(`${key} ${p.name}: options without options`);
				if (
					p.kind === 'options' &&
					p.default !== undefined &&
					!p.options?.some((o) => o.value === p.default)
				) {
					problems.push(`${key} ${p.name}: default ${p.default} is not an option`);
				}
				if (p.pattern) expect(() => new RegExp(p.pattern!)).not.toThrow();
				if (p.pattern && !p.patternHint) problems.push(`${key} ${p.name}: pattern without a hint`);
				// CRM attachments travel as base64 strings in a JSON body
				if (p.kind === 'binary' && p.in !== 'form' && e.service !== 'crm')
					problems.push(`${key} ${p.name}: binary outside a multipart form`);
				if (
					p.in === 'node' &&
					!e.params.some((x) => x.keyFrom === p.name || x.countryFrom === p.name)
				)
					problems.push(`${key} ${p.name}: node-only parameter nobody reads`);
				if (p.in === 'form' && e.method === 'GET')
					problems.push(`${key} ${p.name}: form field on GET`);
			}
			const names = e.params.map((p) => p.name);
			if (new Set(names).size !== names.length) problems.push(`${key}: duplicate parameter names`);
			if (e.dateRange) {
				for (const name of [e.dateRange.start, e.dateRange.end]) {
					const p = e.params.find((x) => x.name === name);
					if (!p || p.kind !== 'date')
						problems.push(`${key}: date range parameter ${name} is not a date parameter`);
				}
				if (!(e.dateRange.maxDays > 0)) problems.push(`${key}: maxDays`);
			}
			if (e.paging && !e.params.some((p) => p.name === e.paging!.requestParam)) {
				// the cursor is set by the node; it need not be a parameter, but must not clash with one of another kind
			}
			if (
				e.records?.valueField &&
				!e.records.fields.some((f) => f.name === e.records!.valueField)
			) {
				problems.push(`${key}: records.valueField ${e.records.valueField} is not a record field`);
			}
			if (
				e.service === 'crm'
					? e.api !== null || !e.path
					: e.file === 'listenvox'
						? e.api !== null || !e.path
						: e.api === null || e.path !== undefined
			) {
				problems.push(`${key}: file/api/path`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the date range limit is 31 days, skill_5 1 day', () => {
		const ranges = ENDPOINTS.filter((e) => e.dateRange);
		expect(ranges.length).toBeGreaterThan(100);
		for (const e of ranges)
			expect([e.api, e.dateRange!.maxDays]).toEqual([e.api, e.api === 'skill_5' ? 1 : 31]);
	});

	test('operations that delete or disable are marked destructive', () => {
		const looksDestructive = (e: EndpointDef) =>
			e.method === 'DELETE' ||
			/^(remove|delete|clear|disable)_|_(delete|remove)$/.test(e.api ?? '');
		const unmarked = ENDPOINTS.filter((e) => looksDestructive(e) && !e.destructive).map((e) =>
			v2Key(e.file, e.api),
		);
		expect(unmarked).toEqual([]);
		// the ones the issue names
		for (const api of [
			'remove_record',
			'clear_campaign',
			'delete_campaign',
			'remove_dnc',
			'delete_files',
			'disable_module',
			'remove_ip',
		]) {
			expect([api, ENDPOINTS.find((e) => e.api === api)?.destructive]).toEqual([api, true]);
		}
	});

	test('every agentbox entry is quota-free, and only those', () => {
		expect(
			ENDPOINTS.filter((e) => e.file === 'agentbox' && !e.quotaFree).map((e) => e.api),
		).toEqual([]);
		expect(ENDPOINTS.filter((e) => e.file !== 'agentbox' && e.quotaFree).map((e) => e.api)).toEqual(
			[],
		);
		expect(ENDPOINTS.filter((e) => e.file === 'agentbox').length).toBe(14);
	});
});

// ---------------------------------------------------------------------------------------------
// Generated properties

const wolkvox = new Wolkvox();
const descriptionOf = (version: NodeVersion) => wolkvox.getNodeType(version).description;

/** The Operation property a catalog entry is listed in, in one node version. */
function operationPropertyOf(
	description: INodeTypeDescription,
	e: EndpointDef,
	version: NodeVersion,
) {
	return description.properties.find(
		(p) =>
			p.name === 'operation' &&
			p.displayOptions?.show?.resource?.[0] === resourceValue(e, version) &&
			(version === 2 || !e.group || p.displayOptions?.show?.reportGroup?.[0] === e.group),
	)!;
}

/** Whether n8n would show a property for these parameter values (only `show` is used here). */
function shown(prop: INodeProperties, values: Record<string, unknown>): boolean {
	const show = prop.displayOptions?.show ?? {};
	return Object.entries(show).every(([key, allowed]) =>
		(allowed as unknown[]).includes(values[key.replace(/^\//, '')]),
	);
}

/** Every property, with the nested options of collections, and a path for messages. */
function walk(
	properties: INodeProperties[],
	prefix = '',
): Array<{ where: string; prop: INodeProperties }> {
	const out: Array<{ where: string; prop: INodeProperties }> = [];
	properties.forEach((prop, i) => {
		const where = `${prefix}${prop.name ?? `#${i}`}`;
		out.push({ where, prop });
		if (prop.type === 'collection')
			out.push(...walk((prop.options ?? []) as INodeProperties[], `${where}.`));
		if (prop.type === 'fixedCollection') {
			for (const group of (prop.options ?? []) as Array<{
				name: string;
				values: INodeProperties[];
			}>) {
				out.push(...walk(group.values ?? [], `${where}.${group.name}.`));
			}
		}
	});
	return out;
}

/** Words that only a Spanish text would contain (the vendor's collection is in Spanish). */
const SPANISH = [
	'llamada',
	'llamadas',
	'campaña',
	'campañas',
	'reporte',
	'reportes',
	'agente',
	'agentes',
	'registro',
	'registros',
	'fecha',
	'fechas',
	'habilidad',
	'grabación',
	'grabacion',
	'tipificación',
	'tipificacion',
	'cliente',
	'clientes',
	'teléfono',
	'telefono',
	'usuario',
	'consultar',
	'obtener',
	'crear',
	'eliminar',
	'borrar',
	'actualizar',
	'agregar',
	'información',
	'configuración',
	'facturación',
	'tiempo',
	'mensaje',
	'plantilla',
	'estado',
	'según',
	'también',
	'número',
	'numero',
	'inicio',
	'fin',
	'diagrama',
	'encuesta',
	'colgar',
	'marcar',
	'listado',
	'lista',
	'del',
	'los',
	'las',
	'para',
	'por',
	'una',
	'el',
	'la',
	'de',
	'que',
	'y',
	'con',
];
const SPANISH_RE = new RegExp(
	`(^|[^\\p{L}])(${SPANISH.join('|')})(?=$|[^\\p{L}])|[ñ¿¡áéíóú]`,
	'iu',
);

/** Human-readable texts of a property (not values: those are what wolkvox expects on the wire). */
function texts(prop: INodeProperties): string[] {
	const out = [prop.displayName, prop.description, prop.hint, prop.placeholder].filter(
		(t): t is string => typeof t === 'string',
	);
	for (const option of (prop.options ?? []) as Array<INodePropertyOptions & { action?: string }>) {
		if ('value' in option)
			out.push(
				...[option.name, option.description, option.action].filter(
					(t): t is string => typeof t === 'string',
				),
			);
	}
	return out;
}

describe.each([1, 2] as const)('generated node properties, version %i', (version) => {
	const description = descriptionOf(version);
	const all = walk(description.properties);

	test('the node description builds and holds the catalog properties', () => {
		expect(description.version).toBe(version);
		expect(description.properties.length).toBeGreaterThan(ALL_ENDPOINTS.length);
	});

	test('every property is well-formed (displayName, name, type, default; options have options)', () => {
		const problems: string[] = [];
		for (const { where, prop } of all) {
			if (!prop.displayName) problems.push(`${where}: no displayName`);
			if (!prop.name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(prop.name))
				problems.push(`${where}: bad name ${prop.name}`);
			if (!prop.type) problems.push(`${where}: no type`);
			if (!('default' in prop) || prop.default === undefined) problems.push(`${where}: no default`);
			if (
				(prop.type === 'options' || prop.type === 'multiOptions') &&
				!(Array.isArray(prop.options) && prop.options.length > 0)
			) {
				problems.push(`${where}: options without options`);
			}
			if (prop.type === 'options' || prop.type === 'multiOptions') {
				for (const option of (prop.options ?? []) as INodePropertyOptions[]) {
					if (!option.name || option.value === undefined)
						problems.push(`${where}: option without name/value`);
				}
				const values = ((prop.options ?? []) as INodePropertyOptions[]).map((o) => o.value);
				if (new Set(values).size !== values.length)
					problems.push(`${where}: duplicate option values`);
				if (
					prop.type === 'options' &&
					!prop.typeOptions?.loadOptionsMethod &&
					typeof prop.default === 'string' &&
					!String(prop.default).startsWith('=') &&
					!values.includes(prop.default)
				) {
					problems.push(`${where}: default "${prop.default}" is not an option`);
				}
			}
			if (prop.type === 'resourceLocator' && !(Array.isArray(prop.modes) && prop.modes.length > 0))
				problems.push(`${where}: resourceLocator without modes`);
			if (prop.type === 'collection' && !(Array.isArray(prop.options) && prop.options.length > 0))
				problems.push(`${where}: empty collection`);
		}
		expect(problems).toEqual([]);
	});

	test('every operation has a name, an action and a description an AI agent can use', () => {
		const operations = description.properties.filter((p) => p.name === 'operation');
		const problems: string[] = [];
		let count = 0;
		for (const prop of operations) {
			for (const option of (prop.options ?? []) as Array<
				INodePropertyOptions & { action?: string }
			>) {
				count++;
				if (!option.name) problems.push(`${option.value}: no name`);
				if (!option.action) problems.push(`${option.value}: no action`);
				if (!option.description || option.description.length < 20)
					problems.push(`${option.value}: no usable description`);
			}
		}
		expect(problems).toEqual([]);
		expect(count).toBe(ALL_ENDPOINTS.length + 1); // + API Request > Send Request
	});

	test('each resource (and report group) has exactly one operation property listing exactly its entries', () => {
		const operations = description.properties.filter((p) => p.name === 'operation');
		const selectors = resourceOptions(version)
			.filter((r) => r.value !== 'apiRequest')
			.flatMap((r) =>
				version === 1 && r.value === 'report'
					? reportGroups.map((g) => ({ resource: 'report', group: g.value as string | undefined }))
					: [{ resource: String(r.value), group: undefined as string | undefined }],
			);
		expect(selectors.length).toBe(
			RESOURCES.length + (version === 2 ? reportGroups.length - 1 : reportGroups.length - 1),
		);
		for (const { resource, group } of selectors) {
			const props = operations.filter(
				(p) =>
					p.displayOptions?.show?.resource?.[0] === resource &&
					(group
						? p.displayOptions?.show?.reportGroup?.[0] === group
						: !p.displayOptions?.show?.reportGroup),
			);
			expect(props).toHaveLength(1);
			// version 2: nothing but the resource selects the list (n8n then resets a stale operation)
			if (version === 2)
				expect(Object.keys(props[0].displayOptions?.show ?? {})).toEqual(['resource']);
			const values = ((props[0].options ?? []) as INodePropertyOptions[])
				.map((o) => o.value)
				.sort();
			expect(values).toEqual(
				endpointsOf(version, resource, group)
					.map((e) => operationValue(e, version))
					.sort(),
			);
		}
	});

	test('every catalog entry is selected by exactly one resource (+ group) and operation', () => {
		const keys = ALL_ENDPOINTS.map(
			(e) =>
				`${resourceValue(e, version)}:${version === 1 ? (e.group ?? '') : ''}:${operationValue(e, version)}`,
		);
		expect(new Set(keys).size).toBe(ALL_ENDPOINTS.length);
		if (version === 2) {
			const values = ALL_ENDPOINTS.map((e) => operationValue(e, 2));
			expect(new Set([...values, 'send']).size).toBe(ALL_ENDPOINTS.length + 1);
		}
	});

	test('English only: no Spanish words in names, labels, descriptions, hints and actions', () => {
		const spanish: string[] = [];
		for (const { where, prop } of all) {
			for (const text of texts(prop)) {
				const hit = SPANISH_RE.exec(text);
				if (hit) spanish.push(`${where}: "${hit[0].trim()}" in "${text.slice(0, 100)}"`);
			}
		}
		for (const r of [...RESOURCES, ...reportGroups]) {
			for (const text of [r.name, r.description])
				if (SPANISH_RE.test(text)) spanish.push(`resource/group ${r.value}: ${text}`);
		}
		expect(spanish).toEqual([]);
	});

	test('Options shows only what the operation reads: no output shaping for bulk operations (one item per batch)', () => {
		const wrong: string[] = [];
		for (const e of ALL_ENDPOINTS) {
			const values = {
				resource: resourceValue(e, version),
				reportGroup: e.group,
				operation: operationValue(e, version),
			};
			const options = description.properties.filter(
				(p) => p.name === 'options' && shown(p, values),
			);
			const names = options.flatMap((p) =>
				((p.options ?? []) as INodeProperties[]).map((o) => o.name),
			);
			const shaping = ['output', 'typedOutput', 'simplify'].filter((n) => names.includes(n));
			if (e.strategy === 'bulk' ? shaping.length > 0 : !shaping.includes('output'))
				wrong.push(
					`${e.file}.${e.api} (${e.strategy}): ${shaping.join(', ') || 'no output option'}`,
				);
		}
		expect(wrong).toEqual([]);
	});

	test('operation descriptions fit the dropdown (at most 110 characters with the destructive/quota words)', () => {
		const long: string[] = [];
		for (const prop of description.properties.filter((p) => p.name === 'operation')) {
			for (const option of (prop.options ?? []) as INodePropertyOptions[]) {
				if ((option.description ?? '').length > 110)
					long.push(`${option.value} (${option.description!.length}): ${option.description}`);
			}
		}
		expect(long).toEqual([]);
	});

	test('the range limit is a hint under End Date, and the date fields say their format', () => {
		/** The End Date field n8n shows for a report. */
		const endDate = (group: string, operation: string) => {
			const e = findEndpoint('report', group, operation)!;
			const values = { resource: resourceValue(e, version), reportGroup: group };
			return description.properties.find(
				(p) =>
					p.name === 'date_end' && shown(p, { ...values, operation: operationValue(e, version) }),
			);
		};
		const cdr = endDate('calls', 'getCallDetail')!;
		expect(cdr.hint).toBe(
			'At most 31 days after Start Date; longer ranges are split into several calls',
		);
		expect(cdr.description).toMatch(/2024-01-05T17:59:59/);
		expect(endDate('skills', 'getWorkforceByHour')!.hint).toBe(
			'At most 24 hours after Start Date; longer ranges are split into several calls',
		);
	});

	test('destructive operations say so in their description', () => {
		const describedAs = (e: EndpointDef) =>
			((operationPropertyOf(description, e, version).options ?? []) as INodePropertyOptions[]).find(
				(o) => o.value === operationValue(e, version),
			)!.description ?? '';
		const silent = ALL_ENDPOINTS.filter(
			(e) => e.destructive && !/destructive|cannot be undone/i.test(describedAs(e)),
		).map((e) => e.api);
		expect(silent).toEqual([]);
		const quiet = ENDPOINTS.filter(
			(e) =>
				e.quotaFree &&
				!/(not|never) count(s)? against the (daily )?(token )?quota|quota-free|free of quota/i.test(
					describedAs(e),
				),
		).map((e) => e.api);
		expect(quiet).toEqual([]);
	});

	test("per operation: no two fields with the same name, none clashing with the node's own fields", () => {
		const reserved = new Set([
			'resource',
			'reportGroup',
			'operation',
			'additionalFields',
			'recordsFrom',
			'recordFields',
			'returnAll',
			'limit',
			'options',
		]);
		const problems: string[] = [];
		for (const e of ALL_ENDPOINTS) {
			const key = endpointKey(e.resource, e.group, e.operation);
			const top = [...e.params, ...(e.records?.fields ?? [])]
				.filter((p) => p.required || p.alwaysShow)
				.map(fieldName);
			const inCollections = [
				e.params.filter((p) => !p.required && !p.alwaysShow),
				(e.records?.fields ?? []).filter((p) => !p.required && !p.alwaysShow),
			];
			if (new Set(top).size !== top.length)
				problems.push(`${key}: duplicate top-level field names ${top}`);
			for (const name of top)
				if (reserved.has(name)) problems.push(`${key}: field ${name} clashes with a node field`);
			for (const list of inCollections) {
				const names = list.map(fieldName);
				if (new Set(names).size !== names.length)
					problems.push(`${key}: duplicate names in a collection ${names}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('no operation shows two properties of the same name (n8n keeps one value per name)', () => {
		const problems: string[] = [];
		for (const e of ALL_ENDPOINTS) {
			for (const extra of [
				{ returnAll: false, recordsFrom: 'fields' },
				{ returnAll: true, recordsFrom: 'items' },
			]) {
				const values = {
					resource: resourceValue(e, version),
					reportGroup: e.group,
					operation: operationValue(e, version),
					...extra,
				};
				const names = description.properties.filter((p) => shown(p, values)).map((p) => p.name);
				const twice = names.filter((n, i) => names.indexOf(n) !== i);
				if (twice.length > 0) problems.push(`${values.resource}:${values.operation}: ${twice}`);
				if (!names.includes('options'))
					problems.push(`${values.resource}:${values.operation}: no Options`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the resource list contains every RESOURCES value (version 2: each report group) and API Request', () => {
		const resource = description.properties.find((p) => p.name === 'resource')!;
		const values = ((resource.options ?? []) as INodePropertyOptions[]).map((o) => o.value);
		for (const r of RESOURCES.filter((r) => version === 1 || r.value !== 'report'))
			expect(values).toContain(r.value);
		if (version === 2)
			for (const g of reportGroups)
				expect(values).toContain(
					resourceValue({ ...ALL_ENDPOINTS[0], resource: 'report', group: g.value }, 2),
				);
		expect(values).toContain('apiRequest');
		expect(values).toHaveLength(
			RESOURCES.length + 1 + (version === 2 ? reportGroups.length - 1 : 0),
		);
		expect(values).toContain(resource.default);
	});
});

describe('every field is described', () => {
	/** Properties without a description; notices are text themselves, Resource and Operation describe their options. */
	function undescribed(properties: INodeProperties[]): string[] {
		return walk(properties)
			.filter(
				({ prop }) =>
					prop.type !== 'notice' &&
					prop.name !== 'resource' &&
					prop.name !== 'operation' &&
					!(typeof prop.description === 'string' && prop.description.trim().length >= 10),
			)
			.map(({ where, prop }) => `${where} (${prop.displayName})`);
	}

	test.each([1, 2] as const)('Wolkvox version %i: every property has a description', (version) => {
		const all = walk(descriptionOf(version).properties);
		expect(all.length).toBeGreaterThan(100);
		expect([...new Set(undescribed(descriptionOf(version).properties))]).toEqual([]);
	});

	test('Wolkvox Trigger: every property has a description', () => {
		const properties = new WolkvoxTrigger().description.properties;
		expect(walk(properties).length).toBeGreaterThan(10);
		expect(undescribed(properties)).toEqual([]);
	});
});

describe('package metadata', () => {
	const description = descriptionOf(2);
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const credential = new WolkvoxApi();
	const crmCredential = new WolkvoxCrmApi();

	test('community-node package: name, keyword, n8n section pointing at the built node and credential', () => {
		expect(pkg.name).toBe('n8n-nodes-wolkvox');
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
		expect(pkg.n8n.nodes).toContain('dist/nodes/Wolkvox/Wolkvox.node.js');
		expect(pkg.n8n.credentials).toEqual([
			'dist/credentials/WolkvoxApi.credentials.js',
			'dist/credentials/WolkvoxCrmApi.credentials.js',
		]);
		// the sources they are built from
		expect(fs.existsSync(path.join(REPO, 'nodes/Wolkvox/Wolkvox.node.ts'))).toBe(true);
		expect(fs.existsSync(path.join(REPO, 'credentials/WolkvoxApi.credentials.ts'))).toBe(true);
		expect(fs.existsSync(path.join(REPO, 'credentials/WolkvoxCrmApi.credentials.ts'))).toBe(true);
	});

	test('node and credential names match each other and the codex', () => {
		expect(description.name).toBe('wolkvox');
		expect(description.displayName).toBe('Wolkvox');
		expect(credential.name).toBe('wolkvoxApi');
		expect(crmCredential.name).toBe('wolkvoxCrmApi');
		// the CRM credential shows for the CRM resources, the contact-center one for all the others
		expect(description.credentials).toEqual([
			{
				name: credential.name,
				required: true,
				displayOptions: { hide: { resource: CRM_RESOURCE_VALUES } },
			},
			{
				name: crmCredential.name,
				required: true,
				displayOptions: { show: { resource: CRM_RESOURCE_VALUES } },
			},
		]);
		const codex = JSON.parse(
			fs.readFileSync(path.join(REPO, 'nodes/Wolkvox/Wolkvox.node.json'), 'utf8'),
		);
		expect(codex.node).toBe(`${pkg.name}.${description.name}`);
	});

	test('usableAsTool is on, with the Success and Maintenance outputs, in both versions; new nodes get version 2', () => {
		for (const version of [1, 2] as const) {
			const d = descriptionOf(version);
			expect(d.usableAsTool).toBe(true);
			expect(d.outputNames).toEqual(['Success', 'Maintenance']);
			expect(d.credentials).toEqual(description.credentials);
			expect(d.description.length).toBeGreaterThan(20);
		}
		expect(wolkvox.description.defaultVersion).toBe(2);
		expect(wolkvox.getLatestVersion()).toBe(2);
	});
});
