/**
 * The catalog's own consistency: each endpoint states how it runs (`strategy`), and the fields a
 * strategy needs are there (a bulk load has a records body, a paged list its paging, a range pull
 * its date range), so the router's lookup table never meets an entry it cannot run.
 */
import { ENDPOINTS, endpointKey, findEndpoint, type EndpointDef } from '../../core/catalog';

const key = (e: EndpointDef) => endpointKey(e.resource, e.group, e.operation);

/** What each strategy needs from an entry, and what it must not have. */
function fits(e: EndpointDef): boolean {
	switch (e.strategy) {
		case 'bulk':
			return !!e.records && !e.paging && !e.dateRange;
		case 'paged':
			return !!e.paging && !e.records && !e.dateRange;
		case 'range':
			return !!e.dateRange && !e.records && !e.paging;
		case 'single':
			return !e.records && !e.paging && !e.dateRange;
	}
}

describe('catalog', () => {
	test('every entry states a strategy its fields support', () => {
		expect(ENDPOINTS.filter((e) => !fits(e)).map(key)).toEqual([]);
	});

	// 104 reports + 9 other date-range queries; 6 bulk loads of campaign.php, configuration.php and
	// wolkvox_storage.php + 4 of the CRM; storage list_files + 8 CRM queries are paged.
	test('counts each strategy', () => {
		const counts: Record<string, number> = {};
		for (const e of ENDPOINTS) counts[e.strategy] = (counts[e.strategy] ?? 0) + 1;
		expect(counts).toEqual({ single: 137, paged: 9, range: 113, bulk: 10 });
	});

	test('keys are unique and find their entry', () => {
		expect(new Set(ENDPOINTS.map(key)).size).toBe(ENDPOINTS.length);
		for (const e of ENDPOINTS) expect(findEndpoint(e.resource, e.group, e.operation)).toBe(e);
		expect(findEndpoint('report', 'agents', 'noSuchOperation')).toBeUndefined();
	});
});
