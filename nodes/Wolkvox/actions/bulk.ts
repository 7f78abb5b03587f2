import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { EndpointDef } from '../catalog';
import { groupAndBatch, type Batch, type BatchEntry } from '../helpers/batching';
import { recordFromItem } from '../helpers/crmValues';
import { MaintenanceTimeout, redact, stopsTheJob } from '../transport/errors';
import { wolkvoxRequest, type WolkvoxSession } from '../transport/request';
import { catalogOptions, fieldTypeSpecs, timeZoneOf, type RunTotals } from './catalogOperation';
import { attempt, isEmpty, placeParams, readValues, toWire } from './params';
import { wholeAnswer } from './records';

type Record = IDataObject | string;

// Error items keep their json to {error, message}: the only shape n8n 1.x and 2.x both route to
// the error output ("On Error: Continue (using error output)"). pairedItem names the items.

/** "0-9999, 12000" from sorted item indexes. */
export function itemRanges(indexes: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < indexes.length; i++) {
		let j = i;
		while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
		parts.push(i === j ? `${indexes[i]}` : `${indexes[i]}-${indexes[j]}`);
		i = j;
	}
	return parts.length > 0 ? parts.join(', ') : 'none';
}

/** wolkvox stores values as text: plain numbers and booleans are sent as strings. */
function asText(record: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		out[key] = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
	}
	return out;
}

/** The record an item contributes: its own JSON, or the fields set for it. */
function recordOf(
	ctx: IExecuteFunctions,
	endpoint: EndpointDef,
	itemIndex: number,
	timeZone: string,
): Record {
	const records = endpoint.records!;
	const invalid = (message: string) =>
		new NodeOperationError(ctx.getNode(), message, { itemIndex });
	const fromItems =
		records.itemsOnly ||
		(ctx.getNodeParameter('recordsFrom', itemIndex, 'items') as string) === 'items';
	let record: IDataObject;
	if (fromItems && endpoint.service === 'crm') {
		// The CRM keeps numbers and booleans as they are, and nests typed fields ("Field Types").
		record = recordFromItem(
			ctx.getInputData()[itemIndex].json,
			fieldTypeSpecs(catalogOptions(ctx, itemIndex)),
			records.idKey,
		);
	} else if (fromItems) {
		// The Maintenance output adds `wolkvox`; an item looped back must not send it as data.
		record = asText(ctx.getInputData()[itemIndex].json);
		delete record.wolkvox;
		// Dates from a sheet ("2024-05-01 10:00") still need wolkvox's YYYYmmddHHiiss.
		for (const param of records.fields.filter(
			(p) => p.kind === 'date' && !isEmpty(record[p.name]),
		)) {
			const converted = attempt(() => toWire(param, record[param.name], timeZone));
			if ('error' in converted) throw invalid(`Item ${itemIndex}: ${converted.error.message}`);
			record[param.name] = converted.value as string;
		}
	} else {
		record = {};
		for (const [param, raw] of readValues(ctx, records.fields, itemIndex, 'recordFields')) {
			if (isEmpty(raw)) {
				if (param.required)
					throw invalid(`"${param.displayName}" (${param.name}) is required for every record`);
				continue;
			}
			record[param.name] = toWire(param, raw, timeZone) as IDataObject[string];
		}
	}
	for (const param of records.fields.filter((p) => p.required)) {
		if (isEmpty(record[param.name]))
			throw invalid(
				`Record of item ${itemIndex} has no "${param.displayName}" (${param.name}), which wolkvox requires`,
			);
	}
	if (records.idKey && !records.valueField && isEmpty(record[records.idKey])) {
		throw invalid(
			`Item ${itemIndex} has no "${records.idKey}" (or wolkvox_id): the ID of the record to change`,
		);
	}
	if (endpoint.service === 'crm' && !records.valueField && Object.keys(record).length === 0) {
		throw invalid(`Item ${itemIndex} has no fields to send`);
	}
	if (!records.valueField) return record;
	const value = record[records.valueField];
	if (isEmpty(value)) throw invalid(`Item ${itemIndex} has no "${records.valueField}" to send`);
	return String(value);
}

interface Prepared {
	entries: Array<BatchEntry<Record>>;
	groups: Map<string, { qs: IDataObject; body: IDataObject }>;
	invalid: Array<{ itemIndex: number; error: Error }>;
}

/** Validates every item before anything is sent. */
function prepare(ctx: IExecuteFunctions, endpoint: EndpointDef): Prepared {
	const prepared: Prepared = { entries: [], groups: new Map(), invalid: [] };
	ctx.getInputData().forEach((_item, itemIndex) => {
		const timeZone = timeZoneOf(ctx, catalogOptions(ctx, itemIndex));
		const built = attempt(() => {
			const values = readValues(ctx, endpoint.params, itemIndex, 'additionalFields');
			const { qs, body } = placeParams(ctx, endpoint, values, itemIndex, timeZone, true);
			return { qs, body, record: recordOf(ctx, endpoint, itemIndex, timeZone) };
		});
		if ('error' in built) {
			prepared.invalid.push({ itemIndex, error: built.error });
			return;
		}
		const { qs, body, record } = built.value;
		const groupKey = JSON.stringify([qs, body]);
		prepared.groups.set(groupKey, { qs, body });
		prepared.entries.push({ itemIndex, groupKey, record });
	});
	return prepared;
}

/**
 * Array-body operations (add records, DNC lists, delete lists): all input items are gathered per
 * target, sent in batches of at most the upload limit, and each batch is reported with the items
 * it carried. A batch wolkvox accepted is never sent again in this execution.
 */
export async function executeBulk(
	ctx: IExecuteFunctions,
	session: WolkvoxSession,
	endpoint: EndpointDef,
	maintenanceToOutput: boolean,
	totals: RunTotals,
): Promise<INodeExecutionData[][]> {
	const records = endpoint.records!;
	const continueOnFail = ctx.continueOnFail();
	const { entries, groups, invalid } = prepare(ctx, endpoint);
	if (invalid.length > 0 && !continueOnFail) {
		const { itemIndex, error } = invalid[0];
		throw new NodeOperationError(ctx.getNode(), error.message, {
			itemIndex,
			description: `Nothing was sent. Items with invalid data: ${itemRanges(invalid.map((i) => i.itemIndex))}.`,
		});
	}
	const size = Math.min(
		records.uploadLimit,
		Math.max(1, Math.floor(catalogOptions(ctx, 0).batchSize ?? records.uploadLimit)),
	);
	const batches = groupAndBatch(entries, size);
	const success: INodeExecutionData[] = invalid.map(({ itemIndex, error }) => ({
		json: {
			error: redact(error.message, session.secret),
			message: `Item ${itemIndex} was not sent (invalid data).`,
		},
		pairedItem: { item: itemIndex },
	}));
	const maintenance: INodeExecutionData[] = [];
	const accepted: Array<Batch<Record>> = [];

	for (let b = 0; b < batches.length; b++) {
		const batch = batches[b];
		const { qs, body } = groups.get(batch.groupKey)!;
		const list = records.join ? batch.records.join(records.join) : batch.records;
		const flag = records.multipleFlag ? { [records.multipleFlag]: batch.records.length > 1 } : {};
		const payload = records.wrapIn ? { ...body, ...flag, [records.wrapIn]: list } : list;
		const meta = {
			batch: b + 1,
			batches: batches.length,
			records: batch.records.length,
			itemIndexes: batch.itemIndexes,
			target: qs,
		};
		const result = await wolkvoxRequest(
			session,
			{
				method: endpoint.method,
				file: endpoint.file,
				api: endpoint.api,
				path: endpoint.path,
				qs,
				body: payload,
				readOnly: endpoint.readOnly,
			},
			batch.itemIndexes[0],
		).then(
			(answer) => ({ answer }),
			(error: Error) => ({ error }),
		);
		totals.batches++;
		if ('answer' in result) {
			accepted.push(batch);
			const envelope = wholeAnswer(result.answer.body);
			success.push({
				json: { ...envelope, wolkvox: meta },
				pairedItem: batch.itemIndexes.map((item) => ({ item })),
			});
			continue;
		}
		const { error } = result;
		if (session.signal?.aborted) throw error;
		const rest = batches.slice(b);
		if (error instanceof MaintenanceTimeout && maintenanceToOutput) {
			// This batch and every later one leave as their input items: loop them back after a Wait.
			for (const item of rest.flatMap((r) => r.itemIndexes)) {
				maintenance.push({
					json: {
						...ctx.getInputData()[item].json,
						wolkvox: {
							maintenance: true,
							attempted: { method: endpoint.method, file: endpoint.file, api: endpoint.api },
							attempts: error.attempts,
							waitedMs: error.waitedMs,
							at: new Date().toISOString(),
						},
					},
					pairedItem: { item },
				});
			}
			break;
		}
		const stop = stopsTheJob(error) || !continueOnFail;
		const notSent = stop ? rest.slice(1).flatMap((r) => r.itemIndexes) : [];
		const report = `Accepted batches: ${accepted.length} (items ${itemRanges(accepted.flatMap((a) => a.itemIndexes).sort((x, y) => x - y))}). Failed: batch ${b + 1} (items ${itemRanges(batch.itemIndexes)}). Not sent: ${notSent.length > 0 ? `items ${itemRanges(notSent)}` : 'none'}. Accepted batches are not sent again.`;
		if (!continueOnFail) {
			if (error instanceof NodeApiError || error instanceof NodeOperationError) {
				error.description = [error.description, report].filter(Boolean).join(' ');
				throw error;
			}
			throw new NodeOperationError(ctx.getNode(), redact(error.message, session.secret), {
				description: report,
			});
		}
		success.push({
			json: { error: redact(error.message, session.secret), message: report },
			pairedItem: batch.itemIndexes.map((item) => ({ item })),
		});
		if (stop) {
			if (notSent.length > 0) {
				success.push({
					json: {
						error: 'Not sent: the job stopped at an earlier batch',
						message: `Items ${itemRanges(notSent)} were not sent.`,
					},
					pairedItem: notSent.map((item) => ({ item })),
				});
			}
			break;
		}
	}
	return [success, maintenance];
}
