/** Nested CRM field values: building them from plain values, and Simplify flattening them back. */
import {
	crmAttachment,
	nestFields,
	nestValue,
	recordFromItem,
	simplify,
	type CrmFieldSpec,
} from '../../core/crmValues';
import { resolveCrmBaseUrl, retiredCrmHostHint } from '../../core/baseUrl';

describe('nestValue', () => {
	test.each([
		[{ type: 'currency', symbol: 'COP' }, '5500', { value: 5500, symbol: 'COP' }],
		[{ type: 'currency' }, 12.5, { value: 12.5 }],
		[{ type: 'currency', symbol: 'USD' }, 'n/a', { value: 'n/a', symbol: 'USD' }],
		[
			{ type: 'phone', country: 'COLOMBIA', code: '57' },
			'3000000001',
			{ type: 'telephone', country: 'COLOMBIA', code: '57', value: '3000000001' },
		],
		[{ type: 'phone' }, '+57 300 000-0001', { type: 'telephone', code: '57', value: '3000000001' }],
		[
			{ type: 'phone', code: '1' },
			3001234567,
			{ type: 'telephone', code: '1', value: '3001234567' },
		],
		[{ type: 'address' }, 'Calle 145a #12-60', { type: 'address', value: 'Calle 145a #12-60' }],
		[{ type: 'search' }, 'ACME', { type: 'search', value: 'ACME' }],
		[{ type: 'relationship' }, '65xx', { type: 'relationship', value: '65xx' }],
		[
			{ type: 'table' },
			'[{"Ropa": "Camisetas"}, {"Carnes": "Pescado"}]',
			{ type: 'table', value: [{ Ropa: 'Camisetas' }, { Carnes: 'Pescado' }] },
		],
		[{ type: 'table' }, [{ Ropa: 'Camisetas' }], { type: 'table', value: [{ Ropa: 'Camisetas' }] }],
		[{ type: 'participant' }, 'a@op, b@op', { type: 'participant', value: ['a@op', 'b@op'] }],
		[{ type: 'participant' }, ['a@op'], { type: 'participant', value: ['a@op'] }],
	] as Array<[Omit<CrmFieldSpec, 'field'>, unknown, unknown]>)(
		'%o: %p',
		(spec, input, expected) => {
			expect(nestValue(input, spec)).toEqual(expected);
		},
	);

	test('an already nested value (built by an expression) is sent as it is', () => {
		const nested = { type: 'address', value: 'Calle 1' };
		expect(nestValue(nested, { type: 'address' })).toBe(nested);
		expect(nestValue({ value: 3, symbol: 'USD' }, { type: 'currency', symbol: 'COP' })).toEqual({
			value: 3,
			symbol: 'USD',
		});
	});

	test('empty values stay empty', () => {
		expect(nestValue(undefined, { type: 'phone' })).toBeUndefined();
		expect(nestValue(null, { type: 'currency' })).toBeNull();
	});
});

describe('nestFields / recordFromItem', () => {
	const specs: CrmFieldSpec[] = [
		{ field: 'Precio', type: 'currency', symbol: 'COP' },
		{ field: 'Telefono', type: 'phone', code: '57' },
		{ field: 'Absent', type: 'address' },
	];

	test('only the named fields are nested; fields not in the record are not added', () => {
		expect(nestFields({ Precio: '10', Telefono: '300', Nombre: 'Ana' }, specs)).toEqual({
			Precio: { value: 10, symbol: 'COP' },
			Telefono: { type: 'telephone', code: '57', value: '300' },
			Nombre: 'Ana',
		});
	});

	test('an item becomes a record: no wolkvox metadata, wolkvox_id as the ID key (or dropped)', () => {
		const item = { wolkvox_id: 'c-1', Precio: 5, wolkvox: { maintenance: true }, flag: true };
		expect(recordFromItem(item, specs, 'wolkvox-id')).toEqual({
			'wolkvox-id': 'c-1',
			Precio: { value: 5, symbol: 'COP' },
			flag: true,
		});
		expect(recordFromItem(item, specs)).toEqual({
			Precio: { value: 5, symbol: 'COP' },
			flag: true,
		});
		// an explicit wolkvox-id wins
		expect(recordFromItem({ 'wolkvox-id': 'x', wolkvox_id: 'y' }, [], 'wolkvox-id')).toEqual({
			'wolkvox-id': 'x',
		});
	});
});

describe('simplify', () => {
	test('flattens value wrappers anywhere in a row; leaves record-like objects alone', () => {
		const row = {
			Total_debt: { convert: 21700000, symbol: 'COP', value: 21700000 },
			Expire: { convert: 500, symbol: 'COP' },
			Telephone: { code: '57', country: 'COLOMBIA', value: '3100000000' },
			status: { value: 'open', name: 'Abierto' },
			form: { Fecha: '2024-02-29', Total: { value: 10, symbol: 'COP' } },
			Productos: { type: 'table', value: [{ Ropa: 'Camisetas' }] },
			wolkvox_owner: { user: 'api', nombre: 'api', id: 'api', email: 'api' },
			list: [{ value: 1, symbol: 'COP' }, 'x'],
			plain: 'text',
			nothing: null,
		};
		expect(simplify(row)).toEqual({
			Total_debt: 21700000,
			Expire: 500,
			Telephone: '3100000000',
			status: 'open',
			form: { Fecha: '2024-02-29', Total: 10 },
			Productos: [{ Ropa: 'Camisetas' }],
			wolkvox_owner: { user: 'api', nombre: 'api', id: 'api', email: 'api' },
			list: [1, 'x'],
			plain: 'text',
			nothing: null,
		});
	});

	test('round trip: plain values -> nested (per field type) -> Simplify -> the same plain values', () => {
		const specs: CrmFieldSpec[] = [
			{ field: 'Precio', type: 'currency', symbol: 'COP' },
			{ field: 'Telefono', type: 'phone', country: 'COLOMBIA', code: '57' },
			{ field: 'Direccion', type: 'address' },
			{ field: 'Empresa', type: 'relationship' },
			{ field: 'Buscar', type: 'search' },
			{ field: 'Tabla', type: 'table' },
			{ field: 'Invitados', type: 'participant' },
		];
		const plain = {
			Precio: 5500,
			Telefono: '3000000001',
			Direccion: 'Calle 145a #12-60',
			Empresa: '65xx',
			Buscar: 'ACME',
			Tabla: [{ Ropa: 'Camisetas' }],
			Invitados: ['a@op', 'b@op'],
			Nombre: 'Ana',
		};
		const nested = nestFields(plain, specs);
		expect(nested).not.toEqual(plain);
		expect(simplify(nested)).toEqual(plain);
		// and Simplify of an already plain record changes nothing
		expect(simplify(plain)).toEqual(plain);
	});
});

describe('CRM attachment', () => {
	// cases/insertAttach, cases/updateCaseAttachment and custom/insertAttach all attach
	// "<a href='data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAhwAAALSC...' download='foto3.png'> <img style='max-height: 200px' src='data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAhwAAALSC...' alt='foto3.png'> </a>"
	test('an image is the vendor example byte for byte: an anchor that downloads it, with a preview', () => {
		expect(crmAttachment('iVBORw0KGgo=', 'image/png', 'foto3.png')).toBe(
			"<a href='data:image/png;base64,iVBORw0KGgo=' download='foto3.png'> <img style='max-height: 200px' src='data:image/png;base64,iVBORw0KGgo=' alt='foto3.png'> </a>",
		);
	});

	test('another file is the same anchor with its name as the text (no example: a known uncertainty)', () => {
		expect(crmAttachment('JVBERi0=', 'application/pdf', 'factura 7.pdf')).toBe(
			"<a href='data:application/pdf;base64,JVBERi0=' download='factura 7.pdf'> factura 7.pdf </a>",
		);
	});

	test('a quote or angle bracket in the name cannot end the attribute or the tag', () => {
		expect(crmAttachment('QQ==', 'text/plain', "it's <b>.txt")).toBe(
			"<a href='data:text/plain;base64,QQ==' download='its b.txt'> its b.txt </a>",
		);
	});
});

describe('CRM base URL', () => {
	test.each([
		[{ host: 'crm0001.wolkvox.com' }, 'https://crm0001.wolkvox.com'],
		[{ host: ' https://crm0001.wolkvox.com/ ' }, 'https://crm0001.wolkvox.com'],
		[{ host: 'crm.wolkvox.com', baseUrl: 'http://127.0.0.1:4010' }, 'http://127.0.0.1:4010'],
		[{ baseUrl: 'https://proxy.example.com/' }, 'https://proxy.example.com'],
	])('%o -> %s', (fields, url) => expect(resolveCrmBaseUrl(fields)).toBe(url));

	test.each([
		[{ host: 'sv0001.crmvox.com' }, /retired at the end of 2024: use crm0001\.wolkvox\.com/],
		[{ host: 'https://SV0000.crmvox.com/' }, /use crm0000\.wolkvox\.com/],
		[{ baseUrl: 'https://sv0001.crmvox.com' }, /retired/],
		[{ host: '' }, /"CRM Host" must be the host of your CRM/],
		[{ host: 'crm0001' }, /"CRM Host"/],
		[
			{ baseUrl: 'https://crm0001.wolkvox.com/server/API/v2' },
			/no path \(the node adds \/server\/API\/v2\/\.\.\.\)/,
		],
	])('%o is refused', (fields, message) =>
		expect(() => resolveCrmBaseUrl(fields)).toThrow(message),
	);

	test('only sv000X.crmvox.com hosts are retired', () => {
		expect(retiredCrmHostHint('crm0001.wolkvox.com')).toBeUndefined();
		expect(retiredCrmHostHint('sv0002.crmvox.com')).toMatch(/crm0002\.wolkvox\.com/);
	});
});
