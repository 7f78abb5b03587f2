/**
 * Version 1's editor fields (kept for saved workflows): Resource, a Report group for resource
 * "report", one Operation list per resource (and group), and each endpoint's fields.
 */
import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS, reportGroups, RESOURCES, type EndpointDef } from '../../../core/catalog';
import { apiRequestProperties } from './apiRequest';
import { endpointProperties, type Show } from './endpointFields';
import { operationProperty } from './operations';
import { endpointsOf, resourceOptions } from './resources';

/** displayOptions that show a property for exactly one endpoint. */
const showFor =
	(endpoint: EndpointDef): Show =>
	(extra = {}) => ({
		show: {
			resource: [endpoint.resource],
			...(endpoint.group ? { reportGroup: [endpoint.group] } : {}),
			operation: [endpoint.operation],
			...extra,
		},
	});

export function propertiesV1(): INodeProperties[] {
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resourceOptions(1),
			default: 'report',
		},
		...apiRequestProperties,
		{
			displayName: 'Report',
			name: 'reportGroup',
			type: 'options',
			noDataExpression: true,
			description: 'Which group of historical reports to choose the operation from',
			displayOptions: { show: { resource: ['report'] } },
			options: reportGroups,
			default: 'calls',
		},
	];
	for (const { value: resource } of RESOURCES) {
		const groups = resource === 'report' ? reportGroups.map((g) => g.value) : [undefined];
		for (const group of groups) {
			const show = { show: { resource: [resource], ...(group ? { reportGroup: [group] } : {}) } };
			properties.push(operationProperty(endpointsOf(1, resource, group), 1, show));
		}
	}
	for (const endpoint of ENDPOINTS)
		properties.push(...endpointProperties(endpoint, showFor(endpoint)));
	return properties;
}
