/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Node parameters for any catalog entry with simple valid values per parameter kind, and the request
 * wolkvox must receive for them, computed from the catalog entry (not by the node's own code).
 * Used by the table-driven engine test and by the validation test (which then breaks one value).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { EndpointDef, ParamDef } from '../../core/catalog';
import { fieldName } from '../../nodes/Wolkvox/descriptions/fields';
import {
	operationValue,
	resourceValue,
	type NodeVersion,
} from '../../nodes/Wolkvox/descriptions/resources';
import type { LoggedRequest } from '../simulator/server';

export const RANGE_START = { input: '2024-05-01T08:00:00', wire: '20240501080000' };
export const RANGE_END = { input: '2024-05-02T08:00:00', wire: '20240502080000' };
/** skill_5 accepts one day per call (inclusive seconds): 08:00:00 .. 07:59:59 of the next day. */
export const RANGE_END_ONE_DAY = { input: '2024-05-02T07:59:59', wire: '20240502075959' };
export const DATE = { input: '2024-05-01T08:00:00', wire: '20240501080000' };

const FILE_BYTES = Buffer.from('RIFF....WAVEfmt sample audio bytes');
const FILE = { data: FILE_BYTES.toString('base64'), mimeType: 'audio/wav', fileName: 'call.wav' };
const FILE2_BYTES = Buffer.from('%PDF-1.4 second file');
const FILE2 = {
	data: FILE2_BYTES.toString('base64'),
	mimeType: 'application/pdf',
	fileName: 'manual.pdf',
};

/** Strings that satisfy the catalog's patterns (times, passwords, IPs, DTMF tones, template names). */
const PATTERN_SAMPLES = [
	'123000',
	'12:30:00',
	'Secret1!',
	'10.20.30.40',
	'12#',
	'order_update_1',
	'sample-text',
];

function stringSample(p: ParamDef): string {
	if (!p.pattern) return `v-${p.name.replace(/[^A-Za-z0-9]/g, '')}`;
	const re = new RegExp(p.pattern);
	const value = PATTERN_SAMPLES.find((s) => re.test(s));
	if (!value)
		throw new Error(`no sample for pattern ${p.pattern} of ${p.name}: add one to PATTERN_SAMPLES`);
	return value;
}

function jsonSample(p: ParamDef): string {
	if (p.placeholder) {
		try {
			JSON.parse(p.placeholder);
			return p.placeholder;
		} catch {}
	}
	// not empty: a required JSON value of [] or {} counts as missing
	return /\barray\b|\blist\b/i.test(p.description ?? '')
		? '[{"type": "BODY", "text": "Hello {{1}}"}]'
		: '{"opt1": "Plan"}';
}

/** What the node is given for a parameter, and what wolkvox must receive (before query stringification). */
export function sample(endpoint: EndpointDef, p: ParamDef): { input: unknown; wire: unknown } {
	if (endpoint.dateRange?.start === p.name) return RANGE_START;
	if (endpoint.dateRange?.end === p.name)
		return endpoint.dateRange.maxDays === 1 ? RANGE_END_ONE_DAY : RANGE_END;
	switch (p.kind) {
		case 'date':
			return DATE;
		case 'integer':
			return {
				input: p.lookup ? { __rl: true, mode: 'id', value: '12' } : '12',
				wire: p.sendAsNumber ? 12 : '12',
			};
		case 'options': {
			// The first real choice: an empty option means "not set" (e.g. campaign status for preview).
			const value = p.options!.find((o) => o.value !== '')!.value;
			return { input: value, wire: value };
		}
		case 'list':
			return { input: 'a, b', wire: p.join ? `a${p.join}b` : ['a', 'b'] };
		case 'json': {
			const text = jsonSample(p);
			return { input: text, wire: JSON.parse(text) };
		}
		case 'binary':
			// storage upload_files takes several files: two binary properties
			return p.name.endsWith('[]')
				? { input: 'data, other', wire: ['data', 'other'] }
				: { input: 'data', wire: ['data'] };
		default: {
			const s = stringSample(p);
			return { input: s, wire: s };
		}
	}
}

/** Where a parameter travels: n8n sends no body with GET, so GET "body" parameters go in the query. */
export const travelsIn = (endpoint: EndpointDef, p: ParamDef) =>
	p.in === 'body' && endpoint.method === 'GET' ? 'query' : p.in;

export interface Case {
	key: string;
	endpoint: EndpointDef;
	recordsFrom?: 'items' | 'fields';
}

export interface Expected {
	query: Record<string, string>;
	body?: unknown;
	form: Array<{
		name: string;
		value?: string;
		fileName?: string;
		contentType?: string;
		size?: number;
	}>;
}

/** Node parameters, input items and the request wolkvox should receive, in node version 1 or 2. */
export function build(
	c: Case,
	version: NodeVersion = 1,
): {
	parameters: IDataObject;
	items: INodeExecutionData[];
	expected: Expected;
} {
	const { endpoint } = c;
	const parameters: IDataObject = {
		resource: resourceValue(endpoint, version),
		operation: operationValue(endpoint, version),
	};
	if (endpoint.group && version === 1) parameters.reportGroup = endpoint.group;
	const additionalFields: IDataObject = {};
	const expected: Expected = { query: {}, form: [] };
	const body: IDataObject = {};
	const binary: INodeExecutionData['binary'] = { data: { ...FILE }, other: { ...FILE2 } };

	for (const p of endpoint.params) {
		if (endpoint.paging?.requestParam === p.name) continue; // the cursor comes from the previous page
		const { input, wire } = sample(endpoint, p);
		if (p.required || p.alwaysShow) parameters[fieldName(p)] = input as IDataObject[string];
		else additionalFields[fieldName(p)] = input as IDataObject[string];
		const where = travelsIn(endpoint, p);
		if (where === 'query')
			expected.query[p.name] = typeof wire === 'object' ? JSON.stringify(wire) : String(wire);
		else if (where === 'body') body[p.name] = wire as IDataObject[string];
		else if (p.kind === 'binary') {
			for (const property of wire as string[]) {
				const file = binary[property]!;
				expected.form.push({
					name: p.name,
					fileName: file.fileName,
					contentType: file.mimeType,
					size: Buffer.from(file.data, 'base64').length,
				});
			}
		} else expected.form.push({ name: p.name, value: String(wire) });
	}
	if (Object.keys(additionalFields).length > 0) parameters.additionalFields = additionalFields;

	const options: IDataObject = {};
	const hasDates = [...endpoint.params, ...(endpoint.records?.fields ?? [])].some(
		(p) => p.kind === 'date',
	);
	if (hasDates) options.timezone = 'UTC';
	if (Object.keys(options).length > 0) parameters.options = options;
	if (endpoint.paging) {
		parameters.returnAll = false;
		parameters.limit = 1; // one page
	}

	const item: INodeExecutionData = { json: { ref: 'item-0' }, binary };
	if (endpoint.records) {
		const records = endpoint.records;
		const record: IDataObject = {};
		parameters.recordsFrom = c.recordsFrom;
		if (c.recordsFrom === 'items') {
			// the item itself is the record: its fields as they are (numbers as text)
			item.json = {};
			for (const f of records.fields.filter((f) => f.required))
				item.json[f.name] = sampleRecordValue(f, 'item') as IDataObject[string];
			if (!records.valueField) item.json.extra_column = 7;
			for (const [k, v] of Object.entries(item.json))
				record[k] = (typeof v === 'number' ? String(v) : v) as IDataObject[string];
		} else {
			// fields below: every record field, the required ones top-level, the others in Record Fields
			const recordFields: IDataObject = {};
			for (const f of records.fields) {
				const { input, wire } = sample(endpoint, f);
				if (f.required || f.alwaysShow) parameters[fieldName(f)] = input as IDataObject[string];
				else recordFields[fieldName(f)] = input as IDataObject[string];
				record[f.name] = wire as IDataObject[string];
			}
			if (Object.keys(recordFields).length > 0) parameters.recordFields = recordFields;
		}
		const list: unknown[] = [records.valueField ? String(record[records.valueField]) : record];
		const payload = records.join ? list.join(records.join) : list;
		expected.body = records.wrapIn ? { ...body, [records.wrapIn]: payload } : payload;
	} else if (Object.keys(body).length > 0) {
		expected.body = body;
	}
	return { parameters, items: [item], expected };
}

function sampleRecordValue(f: ParamDef, _mode: 'item'): unknown {
	if (f.kind === 'integer') return 3001234567; // a number in the item: sent as text
	if (f.kind === 'date') return '20240501080000';
	return `r-${f.name}`;
}

/** The form as received, comparable with the expectation. */
export function receivedForm(entry: LoggedRequest) {
	return (entry.form ?? []).map((f) =>
		f.fileName !== undefined
			? { name: f.name, fileName: f.fileName, contentType: f.contentType, size: f.size }
			: { name: f.name, value: f.value },
	);
}
