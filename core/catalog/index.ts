import { agentEndpoints } from './agent';
import { billingEndpoints } from './billing';
import { campaignEndpoints } from './campaign';
import { configurationEndpoints } from './configuration';
import { crmEndpoints, CRM_RESOURCES } from './crm';
import { customerEndpoints } from './customer';
import { gamificationEndpoints } from './gamification';
import { informationEndpoints } from './information';
import { listenVoxEndpoints } from './listenVox';
import { qualityEndpoints } from './quality';
import { realTimeEndpoints } from './realTime';
import { reportEndpoints, reportGroups } from './reports';
import { smsEndpoints } from './sms';
import { speechAnalyticsEndpoints } from './speechAnalytics';
import { storageEndpoints } from './storage';
import type { EndpointDef, LookupKind } from './types';
import { whatsAppEndpoints } from './whatsApp';

export * from './types';
export { reportGroups };
export { CRM_RESOURCE_VALUES } from './crm';

/**
 * Every documented endpoint: 243 contact-center v2 requests (add_record's two variants are one) +
 * ListenVox, then the 26 wolkvox CRM requests (`service: 'crm'`).
 */
export const ENDPOINTS: EndpointDef[] = [
	...reportEndpoints,
	...realTimeEndpoints,
	...informationEndpoints,
	...customerEndpoints,
	...billingEndpoints,
	...campaignEndpoints,
	...configurationEndpoints,
	...agentEndpoints,
	...whatsAppEndpoints,
	...smsEndpoints,
	...speechAnalyticsEndpoints,
	...gamificationEndpoints,
	...qualityEndpoints,
	...storageEndpoints,
	...listenVoxEndpoints,
	...crmEndpoints,
];

/** Resources in the order people look for them. */
export const RESOURCES: Array<{ name: string; value: string; description: string }> = [
	{
		name: 'Report',
		value: 'report',
		description:
			'Historical reports: agents, skills, calls, campaigns, chats, IVR, quality, speech',
	},
	{
		name: 'Real Time',
		value: 'realTime',
		description: 'What is happening now: agents, skills, campaigns, queues',
	},
	{
		name: 'Information',
		value: 'information',
		description: 'Configuration lists, token usage, DNC list, audit log',
	},
	{ name: 'Customer', value: 'customer', description: 'Reports about one customer' },
	{ name: 'Billing', value: 'billing', description: 'Consumption and billing figures' },
	{
		name: 'Campaign',
		value: 'campaign',
		description: 'Dialer campaigns: create, load records, start, stop',
	},
	{
		name: 'Configuration',
		value: 'configuration',
		description: 'Agents, skills, activity codes, DNC, IPs, audios',
	},
	{
		name: 'Agent',
		value: 'agent',
		description: 'Control an agent (agentbox): dial, hang up, status. Free of quota.',
	},
	{
		name: 'WhatsApp',
		value: 'whatsApp',
		description: 'Send messages and templates, manage templates',
	},
	{ name: 'SMS', value: 'sms', description: 'Send SMS' },
	{
		name: 'Speech Analytics',
		value: 'speechAnalytics',
		description: 'Speech analytics results and on-demand analysis',
	},
	{ name: 'Gamification', value: 'gamification', description: 'Agent points, levels and rankings' },
	{ name: 'Quality', value: 'quality', description: 'Quality evaluations' },
	{ name: 'Storage', value: 'storage', description: 'Files kept in wolkvox Storage' },
	{
		name: 'ListenVox',
		value: 'listenVox',
		description: 'Analyse a call or chat (text or audio) with ListenVox',
	},
	...CRM_RESOURCES,
];

/** Stable key of an endpoint inside the node: resource[.group].operation. */
export function endpointKey(
	resource: string,
	group: string | undefined,
	operation: string,
): string {
	return group ? `${resource}.${group}.${operation}` : `${resource}.${operation}`;
}

const BY_KEY = new Map(
	ENDPOINTS.map((endpoint) => [
		endpointKey(endpoint.resource, endpoint.group, endpoint.operation),
		endpoint,
	]),
);

export function findEndpoint(
	resource: string,
	group: string | undefined,
	operation: string,
): EndpointDef | undefined {
	return BY_KEY.get(endpointKey(resource, group, operation));
}

/** Where each lookup list comes from: an information.php query and the id/name columns. */
export const LOOKUPS: Record<LookupKind, { api: string; id: string; name: string }> = {
	agents: { api: 'agents', id: 'agent_id', name: 'agent_name' },
	skills: { api: 'skills', id: 'skill_id', name: 'skill_name' },
	campaigns: { api: 'campaigns', id: 'campaign_id', name: 'campaign_name' },
	connectors: { api: 'connectors', id: 'connector_id', name: 'name' },
	activityCodes: { api: 'activity_codes', id: 'cod_act', name: 'description_cod_act' },
	routingPoints: { api: 'routing_points', id: 'rp_id', name: 'rp_name' },
};
