/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * TEMPORARY scaffolding for the move of the endpoint catalog (issue 10): proves that the new
 * `core/catalog` (data written with factories) yields exactly the data of the old
 * `nodes/Wolkvox/catalog`, plus the new explicit `strategy`. Delete this file together with the
 * old catalog folder once every import points at core/catalog.
 */
import * as oldCatalog from '../../nodes/Wolkvox/catalog';
import { crmEndpoints as oldCrmEndpoints } from '../../nodes/Wolkvox/catalog/crm';
import * as newCatalog from '../../core/catalog';
import { crmEndpoints as newCrmEndpoints } from '../../core/catalog/crm';
import type { EndpointDef, Strategy } from '../../core/catalog';

const key = (e: { resource: string; group?: string; operation: string }) =>
	newCatalog.endpointKey(e.resource, e.group, e.operation);

function withoutStrategy(endpoint: EndpointDef): Omit<EndpointDef, 'strategy'> {
	const { strategy: _strategy, ...rest } = endpoint;
	return rest;
}

/** The rule the node used to guess the strategy from the fields that are set. */
function inferred(endpoint: {
	records?: unknown;
	paging?: unknown;
	dateRange?: unknown;
}): Strategy {
	if (endpoint.records) return 'bulk';
	if (endpoint.paging) return 'paged';
	if (endpoint.dateRange) return 'range';
	return 'single';
}

describe('core/catalog yields the data of nodes/Wolkvox/catalog', () => {
	it('has the same endpoints in the same order', () => {
		expect(newCatalog.ENDPOINTS.map(key)).toEqual(oldCatalog.ENDPOINTS.map(key));
		expect(newCatalog.ENDPOINTS).toHaveLength(269);
	});

	it.each(oldCatalog.ENDPOINTS.map((old, i) => [key(old), i] as const))(
		'%s: same entry, strategy aside',
		(_name, i) => {
			// toStrictEqual: a field set to undefined differs from a field that is absent
			expect(withoutStrategy(newCatalog.ENDPOINTS[i])).toStrictEqual(oldCatalog.ENDPOINTS[i]);
		},
	);

	it('has the same resources, report groups, CRM resources and lookups', () => {
		expect(newCatalog.RESOURCES).toStrictEqual(oldCatalog.RESOURCES);
		expect(newCatalog.reportGroups).toStrictEqual(oldCatalog.reportGroups);
		expect(newCatalog.CRM_RESOURCE_VALUES).toStrictEqual(oldCatalog.CRM_RESOURCE_VALUES);
		expect(newCatalog.LOOKUPS).toStrictEqual(oldCatalog.LOOKUPS);
	});

	it('exports the CRM endpoints the simulator reads', () => {
		expect(newCrmEndpoints.map(withoutStrategy)).toStrictEqual(oldCrmEndpoints);
	});

	it('finds every endpoint by its key, and keys endpoints the same way', () => {
		for (const old of oldCatalog.ENDPOINTS) {
			const found = newCatalog.findEndpoint(old.resource, old.group, old.operation);
			expect(found && withoutStrategy(found)).toStrictEqual(old);
		}
		expect(newCatalog.findEndpoint('report', 'agents', 'noSuchOperation')).toBeUndefined();
		expect(newCatalog.endpointKey('report', 'calls', 'getCallDetail')).toBe(
			oldCatalog.endpointKey('report', 'calls', 'getCallDetail'),
		);
		expect(newCatalog.endpointKey('sms', undefined, 'sendSms')).toBe(
			oldCatalog.endpointKey('sms', undefined, 'sendSms'),
		);
	});
});

describe('strategy is stated per endpoint and matches the rule the node used to infer', () => {
	// Reads core/catalog only (the entries equal the old ones, see above): the rule stays true
	// after the old catalog is gone, so this block may move into a permanent test.
	it.each(newCatalog.ENDPOINTS.map((e, i) => [key(e), inferred(e), i] as const))(
		'%s: %s',
		(_name, expected, i) => {
			expect(newCatalog.ENDPOINTS[i].strategy).toBe(expected);
		},
	);

	it('sets at most one of records, paging and dateRange on an entry', () => {
		const both = newCatalog.ENDPOINTS.filter(
			(e) => [e.records, e.paging, e.dateRange].filter(Boolean).length > 1,
		);
		expect(both.map(key)).toEqual([]);
	});

	// 104 reports + 9 other date-range queries; 6 bulk loads of campaign.php, configuration.php and
	// wolkvox_storage.php + 4 of the CRM; storage list_files + 8 CRM queries are paged.
	it('counts each strategy', () => {
		const counts: Record<string, number> = {};
		for (const e of newCatalog.ENDPOINTS) counts[e.strategy] = (counts[e.strategy] ?? 0) + 1;
		expect(counts).toEqual({ single: 137, paged: 9, range: 113, bulk: 10 });
	});
});
