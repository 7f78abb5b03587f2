import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, VersionedNodeType } from 'n8n-workflow';

import { CRM_RESOURCE_VALUES } from '../../core/catalog';
import { listSearch } from '../shared/listSearch';
import { subtitle, type NodeVersion } from './descriptions/resources';
import { propertiesV1 } from './descriptions/v1';
import { propertiesV2 } from './descriptions/v2';
import { route } from './execute/router';

const ICON = { light: 'file:wolkvox.svg', dark: 'file:wolkvox.dark.svg' } as const;

const baseDescription: INodeTypeBaseDescription = {
	displayName: 'Wolkvox',
	name: 'wolkvox',
	icon: ICON,
	group: ['transform'],
	description:
		'Call the wolkvox contact-center API (reports such as call detail, real time, campaigns, WhatsApp, agents) and the wolkvox CRM. Rides out maintenance windows and keeps the 2-in-flight limit.',
	defaultVersion: 2,
};

const versionDescription = (version: NodeVersion): INodeTypeDescription => ({
	...baseDescription,
	version,
	defaults: { name: 'Wolkvox' },
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
	properties: version === 2 ? propertiesV2() : propertiesV1(),
});

/** One version of the node: the same execution, the editor fields of that version. */
class WolkvoxVersion implements INodeType {
	description: INodeTypeDescription = {
		...versionDescription(this.version),
		icon: ICON, // again, where n8n's lint looks for it
		subtitle: subtitle(this.version),
		usableAsTool: true,
	};

	methods = { listSearch };

	constructor(private readonly version: NodeVersion) {}

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route(this);
	}
}

/**
 * Version 2 (new nodes) gives every report group its own Resource; version 1 keeps the workflows
 * saved with a Report group selector working as they were.
 */
export class Wolkvox extends VersionedNodeType {
	constructor() {
		super({ 1: new WolkvoxVersion(1), 2: new WolkvoxVersion(2) }, baseDescription);
	}
}
