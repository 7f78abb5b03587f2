/** The Operation list of one Resource, generated from its catalog entries. */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import type { EndpointDef } from '../../../core/catalog';
import { operationValue, type NodeVersion } from './resources';

function describe(endpoint: EndpointDef): string {
	let text = endpoint.description;
	if (endpoint.destructive && !/cannot be undone|destructive/i.test(text))
		text += ' Destructive: cannot be undone.';
	if (endpoint.quotaFree && !/quota/i.test(text))
		text += ' Does not count against the daily quota.';
	return text;
}

export function operationProperty(
	endpoints: EndpointDef[],
	version: NodeVersion,
	displayOptions: IDisplayOptions,
): INodeProperties {
	const sorted = [...endpoints].sort((a, b) => a.name.localeCompare(b.name));
	const firstOperation = operationValue(sorted[0], version);
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions,
		options: sorted.map((e) => ({
			name: e.name,
			value: operationValue(e, version),
			action: e.action,
			description: describe(e),
		})),
		default: firstOperation,
	};
}
