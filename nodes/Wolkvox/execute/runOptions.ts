/** Reads the node's options: the run-wide ones (item 0) and each item's catalog options. */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { CrmFieldSpec } from '../../../core/crmValues';
import type { TransportSettings } from '../../../core/transport';

export interface RunOptions {
	settings: TransportSettings;
	maintenanceToOutput: boolean;
	summary: boolean;
}

/** The shared options of item 0: one execution has one retry policy. */
export function readRunOptions(ctx: IExecuteFunctions): RunOptions {
	const options = ctx.getNodeParameter('options', 0, {}) as {
		retryBudgetSeconds?: number;
		onMaintenanceTimeout?: string;
		notFound?: 'empty' | 'error';
		timeoutSeconds?: number;
		maxCalls?: number;
		summary?: boolean;
	};
	return {
		settings: {
			budgetMs: Math.max(0, options.retryBudgetSeconds ?? 600) * 1000,
			notFound: options.notFound ?? 'empty',
			timeoutMs: Math.max(1, options.timeoutSeconds ?? 70) * 1000,
			maxCalls: Math.max(0, Math.floor(options.maxCalls ?? 0)),
		},
		maintenanceToOutput: (options.onMaintenanceTimeout ?? 'output') === 'output',
		summary: options.summary === true,
	};
}

/** Options of a catalog operation that may differ per item. */
export interface CatalogOptions {
	output?: 'records' | 'whole';
	typedOutput?: boolean;
	timezone?: string;
	splitRange?: boolean;
	batchSize?: number;
	/** CRM: flatten nested values ({value, symbol} ...) to plain ones. */
	simplify?: boolean;
	/** CRM: how to nest the values of named fields. */
	fieldTypes?: { types?: CrmFieldSpec[] };
}

export function catalogOptions(ctx: IExecuteFunctions, itemIndex: number): CatalogOptions {
	return ctx.getNodeParameter('options', itemIndex, {}) as CatalogOptions;
}

export function timeZoneOf(ctx: IExecuteFunctions, options: CatalogOptions): string {
	return options.timezone?.trim() || ctx.getTimezone();
}

/** The "Field Types" option as specs (empty field names dropped). */
export function fieldTypeSpecs(options: CatalogOptions): CrmFieldSpec[] {
	return (options.fieldTypes?.types ?? [])
		.map((spec) => ({ ...spec, field: String(spec.field ?? '').trim() }))
		.filter((spec) => spec.field !== '');
}
