/**
 * How the node's Resource and Operation pick a catalog endpoint, in each node version.
 *
 * Version 2 makes each report group a resource of its own ("Report: Calls (CDR)") and every
 * operation value unique. n8n's editor resets a stale Operation only when the Operation list's
 * displayOptions name nothing but the Resource, and its node creator lists only such operations:
 * version 1's second selector (Report group) broke both. Version 1 stays for saved workflows.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import {
	ENDPOINTS,
	findEndpoint,
	reportGroups,
	RESOURCES,
	type EndpointDef,
} from '../../../core/catalog';

export type NodeVersion = 1 | 2;

const API_REQUEST: INodePropertyOptions = {
	name: 'API Request',
	value: 'apiRequest',
	description: 'Any wolkvox v2 API by file and API name',
};

const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;
const reportResource = (group: string) => `report${capital(group)}`;

/** Operation values that more than one resource uses (v2 suffixes them with the resource). */
const SHARED_OPERATIONS = new Set(
	[...ENDPOINTS.map((e) => e.operation), 'send'].filter((op, i, all) => all.indexOf(op) !== i),
);

export function resourceValue(endpoint: EndpointDef, version: NodeVersion): string {
	return version === 2 && endpoint.group ? reportResource(endpoint.group) : endpoint.resource;
}

export function operationValue(endpoint: EndpointDef, version: NodeVersion): string {
	return version === 2 && SHARED_OPERATIONS.has(endpoint.operation)
		? `${endpoint.operation}${capital(endpoint.resource)}`
		: endpoint.operation;
}

/** The Resource options, in the order people look for them (API Request last). */
export function resourceOptions(version: NodeVersion): INodePropertyOptions[] {
	const options = RESOURCES.flatMap((resource) =>
		version === 2 && resource.value === 'report'
			? reportGroups.map((group) => ({
					name: `Report: ${group.name}`,
					value: reportResource(group.value),
					description: group.description,
				}))
			: [resource],
	);
	return [...options, API_REQUEST];
}

/** The endpoints behind one Resource option (v1: one report group of resource "report"). */
export function endpointsOf(version: NodeVersion, resource: string, group?: string): EndpointDef[] {
	return ENDPOINTS.filter(
		(e) => resourceValue(e, version) === resource && (version === 2 || e.group === group),
	);
}

const V2 = new Map(ENDPOINTS.map((e) => [`${resourceValue(e, 2)}:${operationValue(e, 2)}`, e]));

/** The endpoint a node's parameters select (v1 reads the report group too). */
export function selectedEndpoint(
	version: NodeVersion,
	resource: string,
	operation: string,
	group?: string,
): EndpointDef | undefined {
	return version === 2
		? V2.get(`${resource}:${operation}`)
		: findEndpoint(resource, group, operation);
}

/** The canvas subtitle: the operation's name, looked up from the node's own values. */
export function subtitle(version: NodeVersion): string {
	const names: Record<string, string> = { 'apiRequest:send': 'API Request' };
	for (const e of ENDPOINTS)
		names[`${resourceValue(e, version)}:${operationValue(e, version)}`] = e.name;
	return `={{ ${JSON.stringify(names)}[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] }}`;
}
