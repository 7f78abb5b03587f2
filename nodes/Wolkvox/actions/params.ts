import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { EndpointDef, ParamDef } from '../catalog';
import { fieldName } from '../descriptions/fields';
import { toWolkvoxDate } from '../helpers/dates';
import { exceedsLimit } from '../helpers/dateWindows';
import { crmAttachment, nestValue } from '../helpers/crmValues';
import type { MultipartPart } from '../transport/multipart';

/** Runs `fn`; returns its error instead of throwing (so callers can wrap it outside a catch). */
export function attempt<T>(fn: () => T): { value: T } | { error: Error } {
	try {
		return { value: fn() };
	} catch (error) {
		return { error: error as Error };
	}
}

const label = (param: ParamDef) => `"${param.displayName}" (${param.name})`;

export function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** Empty after conversion: '', [], or an object without keys. */
function isEmptyValue(value: unknown): boolean {
	if (isEmpty(value)) return true;
	return (
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		Object.keys(value).length === 0
	);
}

/** resourceLocator values arrive as { __rl, mode, value }. */
function unwrap(value: unknown): unknown {
	return value !== null && typeof value === 'object' && '__rl' in (value as IDataObject)
		? (value as IDataObject).value
		: value;
}

/**
 * One parameter's value as wolkvox wants it, validated. Throws an Error naming the field and what
 * is expected; the caller turns it into a NodeOperationError for the item.
 */
export function toWire(param: ParamDef, raw: unknown, timeZone: string): unknown {
	const value = unwrap(raw);
	const text = typeof value === 'string' ? value.trim() : value;
	switch (param.kind) {
		case 'integer': {
			const s = String(text);
			if (param.allowWords?.includes(s.toLowerCase())) return s.toLowerCase();
			if (!/^\d+$/.test(s)) {
				const words = param.allowWords?.length
					? ` or ${param.allowWords.map((w) => `"${w}"`).join(', ')}`
					: '';
				throw new Error(`${label(param)} must be a whole number (an ID)${words}; got "${s}"`);
			}
			return param.sendAsNumber ? Number(s) : s;
		}
		case 'options': {
			const s = String(text);
			const allowed = (param.options ?? []).map((o) => o.value);
			if (allowed.length > 0 && !allowed.includes(s)) {
				throw new Error(`${label(param)} must be one of ${allowed.join(', ')}; got "${s}"`);
			}
			return s;
		}
		case 'date': {
			const s14 = toWolkvoxDate(value, timeZone, label(param));
			if (!param.dateFormat) return s14;
			const sql = `${s14.slice(0, 4)}-${s14.slice(4, 6)}-${s14.slice(6, 8)} ${s14.slice(8, 10)}:${s14.slice(10, 12)}`;
			return param.dateFormat === 'sqlMinutes' ? sql : `${sql}:${s14.slice(12, 14)}`;
		}
		case 'boolean': {
			if (typeof value === 'boolean') return value;
			const s = String(text).toLowerCase();
			if (s === 'true' || s === 'false') return s === 'true';
			throw new Error(`${label(param)} must be true or false; got "${String(text)}"`);
		}
		case 'list': {
			const list = Array.isArray(value)
				? value.map((v) => String(v).trim())
				: String(text)
						.split(',')
						.map((v) => v.trim());
			const clean = list.filter((v) => v !== '');
			return param.join ? clean.join(param.join) : clean;
		}
		case 'json': {
			if (typeof value !== 'string') return value;
			const parsed = attempt(() => JSON.parse(value) as unknown);
			if ('error' in parsed)
				throw new Error(`${label(param)} must be valid JSON: ${parsed.error.message}`);
			return parsed.value;
		}
		default: {
			const s = typeof value === 'object' ? JSON.stringify(value) : String(text);
			if (param.pattern && !new RegExp(param.pattern).test(s)) {
				throw new Error(
					`${label(param)} must be ${param.patternHint ?? `in the form ${param.pattern}`}; got "${s}"`,
				);
			}
			return s;
		}
	}
}

export interface BuiltParams {
	qs: IDataObject;
	body: IDataObject;
	/** Form fields; binary parameters list the binary property names to attach. */
	form: Array<{ param: ParamDef; value: unknown }>;
	/** The date range (wire format) when the endpoint has one. */
	range?: { start: string; end: string };
	/** Binary parameters of a JSON body (CRM attachments): sent as base64 strings, see `attachInBody`. */
	attachments: Array<{ param: ParamDef; value: unknown }>;
	/** Values the node reads but does not send (`in: 'node'`), by wire name. */
	node: IDataObject;
}

/** Puts a body value at the top level or inside its `inObject` object. */
export function setBody(body: IDataObject, param: ParamDef, key: string, value: unknown): void {
	const target = param.inObject ? ((body[param.inObject] as IDataObject) ??= {}) : body;
	target[key] = value as IDataObject[string];
}

/** Reads an item's values for `params` (top-level fields and the given collection). */
export function readValues(
	ctx: IExecuteFunctions,
	params: ParamDef[],
	itemIndex: number,
	collection: string,
): Map<ParamDef, unknown> {
	const extra = ctx.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const values = new Map<ParamDef, unknown>();
	for (const param of params) {
		const name = fieldName(param);
		const value =
			param.required || param.alwaysShow
				? ctx.getNodeParameter(name, itemIndex, undefined)
				: extra[name];
		values.set(param, value);
	}
	return values;
}

/** Validates values and places them in query/body/form. Nothing is sent when this throws. */
export function placeParams(
	ctx: IExecuteFunctions,
	endpoint: EndpointDef,
	values: Map<ParamDef, unknown>,
	itemIndex: number,
	timeZone: string,
	splitRange: boolean,
): BuiltParams {
	const built: BuiltParams = { qs: {}, body: {}, form: [], attachments: [], node: {} };
	const invalid = (message: string) =>
		new NodeOperationError(ctx.getNode(), message, { itemIndex });
	for (const [param, raw] of values) {
		if (isEmpty(unwrap(raw))) {
			if (param.required) throw invalid(`${label(param)} is required`);
			continue;
		}
		if (param.kind === 'binary') {
			if (param.in === 'body') built.attachments.push({ param, value: raw });
			else built.form.push({ param, value: raw });
			continue;
		}
		const converted = attempt(() => toWire(param, raw, timeZone));
		if ('error' in converted) throw invalid(converted.error.message);
		if (param.crmType) converted.value = nestValue(converted.value, { type: param.crmType });
		// A list of only commas, or JSON `[]` / `{}`, leaves a required value as missing as an empty field.
		if (param.required && isEmptyValue(converted.value))
			throw invalid(
				`${label(param)} is required (got an empty ${param.kind === 'list' ? 'list' : 'JSON value'})`,
			);
		// n8n sends no body with GET, so GET "body" parameters travel in the query.
		if (param.in === 'query' || (param.in === 'body' && endpoint.method === 'GET')) {
			built.qs[param.name] =
				typeof converted.value === 'object'
					? JSON.stringify(converted.value)
					: (converted.value as string);
		} else if (param.in === 'body') setBody(built.body, param, param.name, converted.value);
		else if (param.in === 'node') built.node[param.name] = converted.value as IDataObject[string];
		else built.form.push({ param, value: converted.value });
	}
	if (endpoint.dateRange) {
		const { start, end, maxDays } = endpoint.dateRange;
		const from = built.qs[start] as string | undefined;
		const to = built.qs[end] as string | undefined;
		const named = (name: string) => {
			const param = endpoint.params.find((p) => p.name === name);
			return param ? label(param) : name;
		};
		if (from && to) {
			if (to < from) throw invalid(`${named(end)} ${to} is before ${named(start)} ${from}`);
			if (!splitRange && exceedsLimit(from, to, maxDays)) {
				throw invalid(
					`The range from ${named(start)} ${from} to ${named(end)} ${to} is longer than the ${maxDays} day(s) wolkvox accepts per call. Shorten it or turn on "Split Long Ranges".`,
				);
			}
			built.range = { start: from, end: to };
		}
	}
	return built;
}

/** Binary parameters of a JSON body: each file as the CRM's base64 attachment string, in a list. */
export async function attachInBody(
	ctx: IExecuteFunctions,
	built: BuiltParams,
	itemIndex: number,
): Promise<void> {
	for (const { param, value } of built.attachments) {
		const files: string[] = [];
		for (const property of String(value)
			.split(',')
			.map((p) => p.trim())
			.filter(Boolean)) {
			const binary = ctx.getInputData()[itemIndex].binary?.[property];
			if (!binary) {
				throw new NodeOperationError(
					ctx.getNode(),
					`${label(param)}: the input item has no binary property "${property}"`,
					{ itemIndex },
				);
			}
			const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
			files.push(
				crmAttachment(
					data.toString('base64'),
					binary.mimeType ?? 'application/octet-stream',
					binary.fileName ?? property,
				),
			);
		}
		const key = param.keyFrom ? String(built.node[param.keyFrom] ?? '').trim() : param.name;
		if (!key)
			throw new NodeOperationError(
				ctx.getNode(),
				`${label(param)}: the name of the field that receives the files is empty`,
				{ itemIndex },
			);
		setBody(built.body, param, key, files);
	}
}

/** Form fields and binary files as multipart parts. */
export async function formParts(
	ctx: IExecuteFunctions,
	form: BuiltParams['form'],
	itemIndex: number,
): Promise<MultipartPart[]> {
	const parts: MultipartPart[] = [];
	for (const { param, value } of form) {
		if (param.kind !== 'binary') {
			parts.push({
				name: param.name,
				value: typeof value === 'string' ? value : JSON.stringify(value),
			});
			continue;
		}
		for (const property of String(value)
			.split(',')
			.map((p) => p.trim())
			.filter(Boolean)) {
			const binary = ctx.getInputData()[itemIndex].binary?.[property];
			if (!binary) {
				throw new NodeOperationError(
					ctx.getNode(),
					`${label(param)}: the input item has no binary property "${property}"`,
					{ itemIndex },
				);
			}
			const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
			parts.push({
				name: param.name,
				fileName: binary.fileName ?? property,
				contentType: binary.mimeType ?? 'application/octet-stream',
				data,
			});
		}
	}
	return parts;
}
