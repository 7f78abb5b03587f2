/**
 * Version 2's editor fields: every report group is a Resource, each Resource has one Operation
 * list, and operation values are unique, so a field is shown by operation alone. Fields that are
 * the same for several operations (dates, agent, options...) are one property shown for all of
 * them: the editor keeps their values when the operation changes, and the node has about a third
 * of version 1's properties to evaluate.
 */
import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../../../core/catalog';
import { apiRequestProperties } from './apiRequest';
import { endpointProperties } from './endpointFields';
import { operationProperty } from './operations';
import { endpointsOf, operationValue, resourceOptions } from './resources';

export function propertiesV2(): INodeProperties[] {
	const resources = resourceOptions(2);
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources,
			default: 'reportCalls',
		},
		...apiRequestProperties,
	];
	for (const { value } of resources.filter((r) => r.value !== 'apiRequest')) {
		const resource = String(value);
		properties.push(
			operationProperty(endpointsOf(2, resource), 2, { show: { resource: [resource] } }),
		);
	}
	// One property per distinct field; its displayOptions list every operation that shows it.
	const merged = new Map<string, { property: INodeProperties; operations: string[] }>();
	for (const endpoint of ENDPOINTS) {
		const operation = operationValue(endpoint, 2);
		const fields = endpointProperties(endpoint, (extra = {}) => ({ show: { ...extra } }));
		for (const field of fields) {
			const key = JSON.stringify(field);
			const entry = merged.get(key);
			if (entry) entry.operations.push(operation);
			else merged.set(key, { property: field, operations: [operation] });
		}
	}
	// Each endpoint lists its fields in this order; merged fields keep it (stable sort).
	const rank = ({ property }: { property: INodeProperties }) =>
		RANK[property.name] ?? (property.displayOptions?.show?.recordsFrom ? RANK.recordsFrom : 0);
	const ordered = [...merged.values()].sort((a, b) => rank(a) - rank(b));
	for (const { property, operations } of ordered) {
		const show = property.displayOptions?.show ?? {};
		properties.push({ ...property, displayOptions: { show: { operation: operations, ...show } } });
	}
	return properties;
}

/** Where the kinds of fields go: parameters, Additional Fields, records, paging, Options. */
const RANK: Record<string, number> = {
	additionalFields: 1,
	recordsFrom: 2,
	recordFields: 2,
	returnAll: 3,
	limit: 3,
	options: 4,
};
