import type { IDataObject } from 'n8n-workflow';

import type { CrmFieldType } from './catalog';

/**
 * The wolkvox CRM nests some field values: currency `{value, symbol}`, phone
 * `{type, country, code, value}`, and address/search/relationship/table/participant `{type, value}`.
 * Inputs take plain values and get nested here; "Simplify" flattens answers back to plain values.
 */
export interface CrmFieldSpec {
	/** Field name as in the CRM module ("Direccion", "Precio"). */
	field: string;
	type: CrmFieldType;
	/** currency: e.g. COP. */
	symbol?: string;
	/** phone: country name (COLOMBIA) and calling code (57). */
	country?: string;
	code?: string;
}

export const CRM_FIELD_TYPES: Array<{ name: string; value: CrmFieldType; description: string }> = [
	{ name: 'Address', value: 'address', description: 'Sent as {type: "address", value}' },
	{ name: 'Currency', value: 'currency', description: 'Sent as {value, symbol}' },
	{
		name: 'Participants',
		value: 'participant',
		description: 'A list of users, sent as {type: "participant", value: [...]}',
	},
	{
		name: 'Phone',
		value: 'phone',
		description:
			'Sent as {type: "telephone", country, code, value}; "+57 3001234567" sets the code',
	},
	{
		name: 'Relationship',
		value: 'relationship',
		description: 'Sent as {type: "relationship", value}',
	},
	{ name: 'Search', value: 'search', description: 'Sent as {type: "search", value}' },
	{
		name: 'Table',
		value: 'table',
		description: 'A list of rows (JSON), sent as {type: "table", value: [...]}',
	},
];

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** Already in the CRM's shape (an expression built it): sent as it is. */
const isNested = (value: unknown): boolean => isObject(value) && 'value' in value;

function asList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string') {
		const text = value.trim();
		if (text.startsWith('[')) {
			try {
				const parsed = JSON.parse(text) as unknown;
				if (Array.isArray(parsed)) return parsed;
			} catch {
				// not JSON: a comma-separated list
			}
		}
		return text
			.split(',')
			.map((v) => v.trim())
			.filter((v) => v !== '');
	}
	return [value];
}

/** One plain value in the CRM's nested shape for `spec.type`. */
export function nestValue(
	value: unknown,
	spec: Pick<CrmFieldSpec, 'type' | 'symbol' | 'country' | 'code'>,
): unknown {
	if (value === undefined || value === null || isNested(value)) return value;
	switch (spec.type) {
		case 'currency': {
			const number =
				typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
					? Number(value)
					: value;
			return spec.symbol ? { value: number, symbol: spec.symbol } : { value: number };
		}
		case 'phone': {
			let text = String(value).trim();
			let code = spec.code;
			const international = /^\+(\d{1,4})[\s-]+(.+)$/.exec(text);
			if (international) {
				code = international[1];
				text = international[2];
			}
			const phone: IDataObject = { type: 'telephone' };
			if (spec.country) phone.country = spec.country;
			if (code) phone.code = String(code);
			phone.value = text.replace(/[\s-]/g, '');
			return phone;
		}
		case 'table':
			return { type: 'table', value: asList(value) };
		case 'participant':
			return { type: 'participant', value: asList(value).map(String) };
		default:
			return { type: spec.type, value };
	}
}

/** A record's fields with every field named in `specs` nested; the others unchanged. */
export function nestFields(fields: IDataObject, specs: CrmFieldSpec[]): IDataObject {
	const out: IDataObject = { ...fields };
	for (const spec of specs) {
		if (spec.field in out)
			out[spec.field] = nestValue(out[spec.field], spec) as IDataObject[string];
	}
	return out;
}

/** Keys a CRM value wrapper may have (besides `value`/`convert`). */
const WRAPPER_KEYS = new Set(['value', 'symbol', 'type', 'country', 'code', 'convert', 'name']);

/** A nested CRM value (`{value, ...}` or `{convert, symbol}`), not a record-like object. */
function isWrapper(value: IDataObject): boolean {
	const keys = Object.keys(value);
	return (
		keys.length > 0 &&
		('value' in value || 'convert' in value) &&
		keys.every((k) => WRAPPER_KEYS.has(k))
	);
}

/** Flattens nested CRM values to plain ones, everywhere in a row (form objects, lists). */
export function simplify(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(simplify);
	if (!isObject(value)) return value;
	if (isWrapper(value)) return simplify('value' in value ? value.value : value.convert);
	const out: IDataObject = {};
	for (const [key, inner] of Object.entries(value))
		out[key] = simplify(inner) as IDataObject[string];
	return out;
}

/**
 * An input item's JSON as a CRM record: without the node's own `wolkvox` metadata; `wolkvox_id`
 * (as queries return it) becomes `idKey` (`wolkvox-id`, what updates and deletes expect) or is
 * dropped when the operation takes no id.
 */
export function recordFromItem(
	json: IDataObject,
	specs: CrmFieldSpec[],
	idKey?: string,
): IDataObject {
	const record: IDataObject = { ...json };
	delete record.wolkvox;
	const id = record.wolkvox_id;
	delete record.wolkvox_id;
	if (idKey && record[idKey] === undefined && id !== undefined && id !== '') record[idKey] = id;
	return nestFields(record, specs);
}

/**
 * A binary file as the CRM expects an attachment: an HTML anchor with a base64 data URL that
 * downloads as the file name. An image also shows as a preview, byte for byte the vendor's example
 * (`<a href='data:image/png;base64,…' download='foto3.png'> <img style='max-height: 200px'
 * src='data:image/png;base64,…' alt='foto3.png'> </a>`); the vendor shows no other type, so other
 * files get the same anchor with the name as its text.
 */
export function crmAttachment(base64: string, mimeType: string, fileName: string): string {
	// A quote or an angle bracket would end the attribute or the tag.
	const safeName = fileName.replace(/['<>]/g, '');
	const url = `data:${mimeType};base64,${base64}`;
	const content = /^image\//i.test(mimeType)
		? `<img style='max-height: 200px' src='${url}' alt='${safeName}'>`
		: safeName;
	return `<a href='${url}' download='${safeName}'> ${content} </a>`;
}
