/**
 * Bulk operations in n8n: every input item's record is validated before anything is sent, the core
 * sends the batches, and each batch becomes one item (or its items go to Maintenance / an error).
 */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	buildRecord,
	planBatches,
	sendBatches,
	type BulkRecord,
	type BatchTarget,
} from '../../../core/bulk';
import type { EndpointDef } from '../../../core/catalog';
import { InvalidInput, MaintenanceTimeout, stopsTheJob } from '../../../core/failures';
import { wholeAnswer } from '../../../core/records';
import { batchReport, invalidItemsReport, itemRanges } from '../../../core/reports';
import type { Session } from '../../../core/transport';
import { batchItem, errorItem, maintenanceItem, nodeError } from '../../shared/outcomes';
import type { RunTotals } from './catalogItem';
import { placeItemParams, readValues } from './itemRequest';
import { catalogOptions, fieldTypeSpecs, timeZoneOf } from './runOptions';

interface Prepared {
	valid: Array<{ itemIndex: number; target: BatchTarget; record: BulkRecord }>;
	invalid: Array<{ itemIndex: number; error: Error }>;
}

/** Reads and validates every item's target and record; nothing is sent yet. */
function prepare(ctx: IExecuteFunctions, endpoint: EndpointDef): Prepared {
	const records = endpoint.records!;
	const prepared: Prepared = { valid: [], invalid: [] };
	ctx.getInputData().forEach((input, itemIndex) => {
		try {
			const options = catalogOptions(ctx, itemIndex);
			const { qs, body } = placeItemParams(ctx, endpoint, itemIndex, true);
			const fromItems =
				records.itemsOnly ||
				(ctx.getNodeParameter('recordsFrom', itemIndex, 'items') as string) === 'items';
			const source = fromItems
				? { json: input.json, fieldTypes: fieldTypeSpecs(options) }
				: { values: readValues(ctx, records.fields, itemIndex, 'recordFields') };
			const record = buildRecord(endpoint, source, itemIndex, timeZoneOf(ctx, options));
			if (!record.ok) throw new InvalidInput(record.problem);
			prepared.valid.push({ itemIndex, target: { qs, body }, record: record.value });
		} catch (error) {
			prepared.invalid.push({ itemIndex, error: error as Error });
		}
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
	session: Session,
	endpoint: EndpointDef,
	maintenanceToOutput: boolean,
	totals: RunTotals,
): Promise<INodeExecutionData[][]> {
	const { secret } = session;
	const continueOnFail = ctx.continueOnFail();
	const { valid, invalid } = prepare(ctx, endpoint);
	if (invalid.length > 0 && !continueOnFail) {
		const { itemIndex, error } = invalid[0];
		const report = invalidItemsReport(invalid.map((i) => i.itemIndex));
		throw nodeError(ctx.getNode(), error, secret, itemIndex, report);
	}
	const uploadLimit = endpoint.records!.uploadLimit;
	const size = Math.min(
		uploadLimit,
		Math.max(1, Math.floor(catalogOptions(ctx, 0).batchSize ?? uploadLimit)),
	);
	const plan = planBatches(valid, size);
	const toMaintenance = (error: Error) =>
		error instanceof MaintenanceTimeout && maintenanceToOutput;
	const run = await sendBatches(
		session,
		endpoint,
		plan,
		(error) => continueOnFail && !toMaintenance(error) && !stopsTheJob(error),
	);
	totals.batches += run.results.length;

	const success = invalid.map(({ itemIndex, error }) =>
		errorItem(error, secret, itemIndex, `Item ${itemIndex} was not sent (invalid data).`),
	);
	const maintenance: INodeExecutionData[] = [];
	const accepted: number[] = [];
	let acceptedBatches = 0;
	const notSent = run.unsent.flatMap((batch) => batch.itemIndexes);
	const { method, file, api } = endpoint;
	for (const [r, result] of run.results.entries()) {
		const { batch, number } = result;
		if ('answer' in result) {
			acceptedBatches++;
			accepted.push(...batch.itemIndexes);
			const meta = {
				batch: number,
				batches: plan.batches.length,
				records: batch.records.length,
				itemIndexes: batch.itemIndexes,
				target: plan.targets.get(batch.groupKey)!.qs,
			};
			success.push(batchItem(wholeAnswer(result.answer.body), meta, batch.itemIndexes));
			continue;
		}
		const { error } = result;
		if (toMaintenance(error)) {
			// This batch and every later one leave as their input items: loop them back after a Wait.
			for (const item of [...batch.itemIndexes, ...notSent]) {
				const input = ctx.getInputData()[item];
				maintenance.push(
					maintenanceItem(input, item, { method, file, api }, error as MaintenanceTimeout),
				);
			}
			return [success, maintenance];
		}
		// Only the failure that stopped the job (the last one) leaves batches unsent.
		const unsent = r === run.results.length - 1 ? notSent : [];
		const report = batchReport(accepted, acceptedBatches, number, batch.itemIndexes, unsent);
		if (!continueOnFail)
			throw nodeError(ctx.getNode(), error, secret, batch.itemIndexes[0], report);
		success.push(errorItem(error, secret, batch.itemIndexes, report));
	}
	if (notSent.length > 0) {
		const stopped = new Error('Not sent: the job stopped at an earlier batch');
		success.push(
			errorItem(stopped, secret, notSent, `Items ${itemRanges(notSent)} were not sent.`),
		);
	}
	return [success, maintenance];
}
