import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CRM_RESOURCE_VALUES, RESOURCES } from '../../core/catalog';
import { listSearch } from '../shared/listSearch';
import { apiRequestProperties } from './descriptions/apiRequest';
import { catalogProperties } from './descriptions/properties';
import { route } from './execute/router';

const resourceOptions = [
	...RESOURCES,
	{
		name: 'API Request',
		value: 'apiRequest',
		description: 'Any wolkvox v2 API by file and API name',
	},
];

export class Wolkvox implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wolkvox',
		name: 'wolkvox',
		icon: { light: 'file:wolkvox.svg', dark: 'file:wolkvox.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Call the wolkvox contact-center API (reports, real time, campaigns, WhatsApp, agents) and the wolkvox CRM. Rides out maintenance windows and keeps the 2-in-flight limit.',
		defaults: { name: 'Wolkvox' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Success', 'Maintenance'],
		credentials: [
			{
				name: 'wolkvoxApi',
				required: true,
				displayOptions: { hide: { resource: CRM_RESOURCE_VALUES } },
			},
			{
				name: 'wolkvoxCrmApi',
				required: true,
				displayOptions: { show: { resource: CRM_RESOURCE_VALUES } },
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions,
				default: 'report',
			},
			...apiRequestProperties,
			...catalogProperties(),
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route(this);
	}
}
