/**
 * Parameter conversion: one user value → what wolkvox expects, validated, and the values of one
 * item placed into query, body and form. Returns problems instead of throwing: the adapter turns
 * a problem into an item error, and nothing is sent.
 */
import type { IDataObject } from 'n8n-workflow';

import { nestValue } from './crmValues';
import { toWolkvoxDate } from './dates';
import { exceedsLimit } from './dateWindows';
import type { EndpointDef, ParamDef } from './catalog';
import { attempt } from './failures';
import { clip } from './reports';

/** A converted value, or what is wrong with it (naming the field and what is expected). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const problem = <T>(text: string): Checked<T> => ({ ok: false, problem: text });

export const label = (param: ParamDef) => `"${param.displayName}" (${param.name})`;

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

/** One parameter's value as wolkvox wants it, or a problem naming the field and what is expected. */
export function toWire(param: ParamDef, raw: unknown, timeZone: string): Checked<unknown> {
	const value = unwrap(raw);
	const text = typeof value === 'string' ? value.trim() : value;
	switch (param.kind) {
		case 'integer': {
			const s = String(text);
			// Words match in any case and go out as the catalog spells them (all, VAGENT, ready).
			const word = param.allowWords?.find((w) => w.toLowerCase() === s.toLowerCase());
			if (word !== undefined) return ok(word);
			if (!/^\d+$/.test(s)) {
				const words = param.allowWords?.length
					? ` or ${param.allowWords.map((w) => `"${w}"`).join(', ')}`
					: '';
				return problem(`${label(param)} must be a whole number (an ID)${words}; got "${clip(s)}"`);
			}
			return ok(param.sendAsNumber ? Number(s) : s);
		}
		case 'options': {
			const s = String(text);
			const allowed = (param.options ?? []).map((o) => o.value);
			if (allowed.length > 0 && !allowed.includes(s)) {
				return problem(`${label(param)} must be one of ${allowed.join(', ')}; got "${clip(s)}"`);
			}
			return ok(s);
		}
		case 'date': {
			const converted = attempt(() => toWolkvoxDate(value, timeZone, label(param)));
			if ('error' in converted) return problem(converted.error.message);
			const s14 = converted.value;
			if (!param.dateFormat) return ok(s14);
			const sql = `${s14.slice(0, 4)}-${s14.slice(4, 6)}-${s14.slice(6, 8)} ${s14.slice(8, 10)}:${s14.slice(10, 12)}`;
			return ok(param.dateFormat === 'sqlMinutes' ? sql : `${sql}:${s14.slice(12, 14)}`);
		}
		case 'boolean': {
			if (typeof value === 'boolean') return ok(value);
			const s = String(text).toLowerCase();
			if (s === 'true' || s === 'false') return ok(s === 'true');
			return problem(`${label(param)} must be true or false; got "${clip(String(text))}"`);
		}
		case 'list': {
			const list = Array.isArray(value)
				? value.map((v) => String(v).trim())
				: String(text)
						.split(',')
						.map((v) => v.trim());
			const clean = list.filter((v) => v !== '');
			return ok(param.join ? clean.join(param.join) : clean);
		}
		case 'json': {
			if (typeof value !== 'string') return ok(value);
			const parsed = attempt(() => JSON.parse(value) as unknown);
			if ('error' in parsed)
				return problem(`${label(param)} must be valid JSON: ${parsed.error.message}`);
			return ok(parsed.value);
		}
		default: {
			const s = typeof value === 'object' ? JSON.stringify(value) : String(text);
			if (param.pattern && !new RegExp(param.pattern).test(s)) {
				return problem(
					`${label(param)} must be ${param.patternHint ?? `in the form ${param.pattern}`}; got "${clip(s)}"`,
				);
			}
			return ok(s);
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
	/** Binary parameters of a JSON body (CRM attachments): sent as base64 strings. */
	attachments: Array<{ param: ParamDef; value: unknown }>;
	/** Values the node reads but does not send (`in: 'node'`), by wire name. */
	node: IDataObject;
}

/** Puts a body value at the top level or inside its `inObject` object. */
export function setBody(body: IDataObject, param: ParamDef, key: string, value: unknown): void {
	const target = param.inObject ? ((body[param.inObject] as IDataObject) ??= {}) : body;
	target[key] = value as IDataObject[string];
}

/** The phone's country from the parameter `countryFrom` names (CRM call activity), if given. */
function countryOf(param: ParamDef, values: Map<ParamDef, unknown>): string | undefined {
	if (!param.countryFrom) return undefined;
	for (const [other, raw] of values) {
		const value = unwrap(raw);
		if (other.name === param.countryFrom && !isEmpty(value)) return String(value).trim();
	}
	return undefined;
}

/** Validates an item's values and places them in query/body/form. */
export function placeParams(
	endpoint: EndpointDef,
	values: Map<ParamDef, unknown>,
	timeZone: string,
	splitRange: boolean,
): Checked<BuiltParams> {
	const built: BuiltParams = { qs: {}, body: {}, form: [], attachments: [], node: {} };
	for (const [param, raw] of values) {
		if (isEmpty(unwrap(raw))) {
			if (param.required) return problem(`${label(param)} is required`);
			if (param.sendEmpty && param.in === 'body' && endpoint.method !== 'GET')
				setBody(built.body, param, param.name, '');
			continue;
		}
		if (param.kind === 'binary') {
			(param.in === 'body' ? built.attachments : built.form).push({ param, value: raw });
			continue;
		}
		const converted = toWire(param, raw, timeZone);
		if (!converted.ok) return converted;
		const value = param.crmType
			? nestValue(converted.value, { type: param.crmType, country: countryOf(param, values) })
			: converted.value;
		// A list of only commas, or JSON `[]` / `{}`, leaves a required value as missing as an empty field.
		if (param.required && isEmptyValue(value)) {
			return problem(
				`${label(param)} is required (got an empty ${param.kind === 'list' ? 'list' : 'JSON value'})`,
			);
		}
		// n8n sends no body with GET, so GET "body" parameters travel in the query.
		if (param.in === 'query' || (param.in === 'body' && endpoint.method === 'GET')) {
			built.qs[param.name] = typeof value === 'object' ? JSON.stringify(value) : (value as string);
		} else if (param.in === 'body') setBody(built.body, param, param.name, value);
		else if (param.in === 'node') built.node[param.name] = value as IDataObject[string];
		else built.form.push({ param, value });
	}
	const range = checkRange(endpoint, built.qs, splitRange);
	if (range && !range.ok) return range;
	if (range) built.range = range.value;
	return ok(built);
}

/** The endpoint's date range from the query: end not before start, within the limit unless split. */
function checkRange(
	endpoint: EndpointDef,
	qs: IDataObject,
	splitRange: boolean,
): Checked<{ start: string; end: string }> | undefined {
	if (!endpoint.dateRange) return undefined;
	const { start, end, maxDays } = endpoint.dateRange;
	const from = qs[start] as string | undefined;
	const to = qs[end] as string | undefined;
	if (!from || !to) return undefined;
	const named = (name: string) => {
		const param = endpoint.params.find((p) => p.name === name);
		return param ? label(param) : name;
	};
	if (to < from) return problem(`${named(end)} ${to} is before ${named(start)} ${from}`);
	if (!splitRange && exceedsLimit(from, to, maxDays)) {
		return problem(
			`The range from ${named(start)} ${from} to ${named(end)} ${to} is longer than the ${maxDays} day(s) wolkvox accepts per call. Shorten it, or let the node split it: "Split Long Ranges" on and Output "One Item per Record" (a whole response is one call).`,
		);
	}
	return ok({ start: from, end: to });
}
