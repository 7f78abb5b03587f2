/**
 * Array-body operations (add records, DNC lists, delete lists, CRM many): every input item gives
 * one record; records are grouped per target and sent in batches of at most the upload limit.
 * A batch wolkvox accepted is never sent again in this execution.
 */
import type { IDataObject } from 'n8n-workflow';

import { groupAndBatch, type Batch, type BatchEntry } from './batching';
import { recordFromItem, type CrmFieldSpec } from './crmValues';
import type { EndpointDef, ParamDef } from './catalog';
import { isEmpty, toWire, type Checked } from './params';
import type { WolkvoxRequest } from './request';
import { callWolkvox, type Session, type WolkvoxAnswer } from './transport';

export type BulkRecord = IDataObject | string;

/** Where an item's record comes from: its own JSON, or the "Fields Below" values. */
export type RecordSource =
	| { json: IDataObject; fieldTypes: CrmFieldSpec[] }
	| { values: Map<ParamDef, unknown> };

/** wolkvox stores values as text: plain numbers and booleans are sent as strings. */
function asText(record: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		out[key] = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
	}
	return out;
}

function fromJson(
	endpoint: EndpointDef,
	json: IDataObject,
	fieldTypes: CrmFieldSpec[],
	itemIndex: number,
	timeZone: string,
): Checked<IDataObject> {
	const records = endpoint.records!;
	// The CRM keeps numbers and booleans as they are, and nests typed fields ("Field Types").
	if (endpoint.service === 'crm')
		return { ok: true, value: recordFromItem(json, fieldTypes, records.idKey) };
	// The Maintenance output adds `wolkvox`; an item looped back must not send it as data.
	const record = asText(json);
	delete record.wolkvox;
	// Dates from a sheet ("2024-05-01 10:00") still need wolkvox's YYYYmmddHHiiss.
	for (const param of records.fields.filter((p) => p.kind === 'date' && !isEmpty(record[p.name]))) {
		const converted = toWire(param, record[param.name], timeZone);
		if (!converted.ok) return { ok: false, problem: `Item ${itemIndex}: ${converted.problem}` };
		record[param.name] = converted.value as string;
	}
	return { ok: true, value: record };
}

function fromFields(values: Map<ParamDef, unknown>, timeZone: string): Checked<IDataObject> {
	const record: IDataObject = {};
	for (const [param, raw] of values) {
		if (isEmpty(raw)) {
			if (param.required) {
				return {
					ok: false,
					problem: `"${param.displayName}" (${param.name}) is required for every record`,
				};
			}
			continue;
		}
		const converted = toWire(param, raw, timeZone);
		if (!converted.ok) return converted;
		record[param.name] = converted.value as IDataObject[string];
	}
	return { ok: true, value: record };
}

/** The record one item contributes, checked against what wolkvox requires of every record. */
export function buildRecord(
	endpoint: EndpointDef,
	source: RecordSource,
	itemIndex: number,
	timeZone: string,
): Checked<BulkRecord> {
	const records = endpoint.records!;
	const built =
		'json' in source
			? fromJson(endpoint, source.json, source.fieldTypes, itemIndex, timeZone)
			: fromFields(source.values, timeZone);
	if (!built.ok) return built;
	const record = built.value;
	const invalid = (problem: string): Checked<BulkRecord> => ({ ok: false, problem });
	for (const param of records.fields.filter((p) => p.required)) {
		if (isEmpty(record[param.name])) {
			return invalid(
				`Record of item ${itemIndex} has no "${param.displayName}" (${param.name}), which wolkvox requires`,
			);
		}
	}
	if (records.idKey && !records.valueField && isEmpty(record[records.idKey])) {
		return invalid(
			`Item ${itemIndex} has no "${records.idKey}" (or wolkvox_id): the ID of the record to change`,
		);
	}
	if (endpoint.service === 'crm' && !records.valueField && Object.keys(record).length === 0) {
		return invalid(`Item ${itemIndex} has no fields to send`);
	}
	if (!records.valueField) return { ok: true, value: record };
	const value = record[records.valueField];
	if (isEmpty(value)) return invalid(`Item ${itemIndex} has no "${records.valueField}" to send`);
	return { ok: true, value: String(value) };
}

/** The target of a batch: the query and body every record of the group shares. */
export interface BatchTarget {
	qs: IDataObject;
	body: IDataObject;
}

export interface BulkPlan {
	batches: Array<Batch<BulkRecord>>;
	targets: Map<string, BatchTarget>;
}

/** Groups the items' records per target (same query and body) and cuts batches of `size`. */
export function planBatches(
	items: Array<{ itemIndex: number; target: BatchTarget; record: BulkRecord }>,
	size: number,
): BulkPlan {
	const targets = new Map<string, BatchTarget>();
	const entries: Array<BatchEntry<BulkRecord>> = items.map(({ itemIndex, target, record }) => {
		const groupKey = JSON.stringify([target.qs, target.body]);
		targets.set(groupKey, target);
		return { itemIndex, groupKey, record };
	});
	return { batches: groupAndBatch(entries, size), targets };
}

/** The batch is the one word that stands for every record (remove_dnc "All"). */
function isAllValue(word: string | undefined, batch: BulkRecord[]): boolean {
	return (
		word !== undefined &&
		batch.length === 1 &&
		typeof batch[0] === 'string' &&
		batch[0].trim().toLowerCase() === word.toLowerCase()
	);
}

/** The request that carries one batch: the records as the body, joined, or wrapped in an object. */
export function batchRequest(
	endpoint: EndpointDef,
	target: BatchTarget,
	batch: Batch<BulkRecord>,
): WolkvoxRequest {
	const records = endpoint.records!;
	const list = isAllValue(records.allValue, batch.records)
		? records.allValue!
		: records.join
			? batch.records.join(records.join)
			: batch.records;
	const flag = records.multipleFlag ? { [records.multipleFlag]: batch.records.length > 1 } : {};
	const body = records.wrapIn ? { ...target.body, ...flag, [records.wrapIn]: list } : list;
	const { method, file, api, path, readOnly } = endpoint;
	return { method, file, api, path, qs: target.qs, body, readOnly };
}

export type BatchResult =
	| { batch: Batch<BulkRecord>; number: number; answer: WolkvoxAnswer }
	| { batch: Batch<BulkRecord>; number: number; error: Error };

export interface BulkRun {
	/** One result per batch sent, in order. */
	results: BatchResult[];
	/** Batches not sent because a failure stopped the job. */
	unsent: Array<Batch<BulkRecord>>;
}

/**
 * Sends the batches in order. A failed batch stops the job unless `goOn(error)` says otherwise;
 * a cancelled execution rejects.
 */
export async function sendBatches(
	session: Session,
	endpoint: EndpointDef,
	plan: BulkPlan,
	goOn: (error: Error) => boolean,
): Promise<BulkRun> {
	const results: BatchResult[] = [];
	for (let b = 0; b < plan.batches.length; b++) {
		const batch = plan.batches[b];
		const req = batchRequest(endpoint, plan.targets.get(batch.groupKey)!, batch);
		const result = await callWolkvox(session, req).then(
			(answer): BatchResult => ({ batch, number: b + 1, answer }),
			(error: Error): BatchResult => ({ batch, number: b + 1, error }),
		);
		results.push(result);
		if (!('error' in result)) continue;
		if (session.signal?.aborted) throw result.error;
		if (!goOn(result.error)) return { results, unsent: plan.batches.slice(b + 1) };
	}
	return { results, unsent: [] };
}
