/**
 * The endpoint catalog (temporary: re-exported from nodes/Wolkvox/catalog with each entry's
 * strategy until the catalog itself moves into core/catalog with explicit strategies).
 */
import {
	endpointKey,
	ENDPOINTS as OLD_ENDPOINTS,
	type EndpointDef as OldEndpointDef,
} from '../nodes/Wolkvox/catalog';

export {
	CRM_RESOURCE_VALUES,
	endpointKey,
	LOOKUPS,
	reportGroups,
	RESOURCES,
} from '../nodes/Wolkvox/catalog';
export type {
	CrmFieldType,
	HttpMethod,
	LookupKind,
	PagingDef,
	ParamDef,
	ParamKind,
	ParamOption,
	RecordsBody,
} from '../nodes/Wolkvox/catalog';

export type Strategy = 'single' | 'paged' | 'range' | 'bulk';
export type EndpointDef = OldEndpointDef & { strategy: Strategy };

export const ENDPOINTS: EndpointDef[] = OLD_ENDPOINTS.map((e) => ({
	...e,
	strategy: e.records ? 'bulk' : e.paging ? 'paged' : e.dateRange ? 'range' : 'single',
}));

const BY_KEY = new Map(ENDPOINTS.map((e) => [endpointKey(e.resource, e.group, e.operation), e]));

export function findEndpoint(
	resource: string,
	group: string | undefined,
	operation: string,
): EndpointDef | undefined {
	return BY_KEY.get(endpointKey(resource, group, operation));
}
