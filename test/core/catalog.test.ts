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

	test('every action is unique, so the node creator and an AI agent can tell operations apart', () => {
		const byAction = new Map<string, string[]>();
		for (const e of ENDPOINTS) {
			const action = e.action.trim().toLowerCase();
			byAction.set(action, [...(byAction.get(action) ?? []), key(e)]);
		}
		expect([...byAction].filter(([, keys]) => keys.length > 1)).toEqual([]);
		// what people search for finds the CDR report
		expect(findEndpoint('report', 'calls', 'getCallDetail')!.action).toMatch(/call detail/i);
		// the two do-not-call loads say which list they fill
		expect(findEndpoint('campaign', undefined, 'addDncNumbers')!.action).toMatch(/days/);
		expect(findEndpoint('configuration', undefined, 'addDoNotCallNumbers')!.action).toMatch(
			/inbound or outbound/,
		);
	});

	test('descriptions are one short sentence (at most 100 characters); details go into hints', () => {
		const long = ENDPOINTS.filter((e) => e.description.length > 100).map(
			(e) => `${key(e)} (${e.description.length}): ${e.description}`,
		);
		expect(long).toEqual([]);
		for (const e of ENDPOINTS) expect([key(e), e.description.length >= 20]).toEqual([key(e), true]);
	});

	test('keys are unique and find their entry', () => {
		expect(new Set(ENDPOINTS.map(key)).size).toBe(ENDPOINTS.length);
		for (const e of ENDPOINTS) expect(findEndpoint(e.resource, e.group, e.operation)).toBe(e);
		expect(findEndpoint('report', 'agents', 'noSuchOperation')).toBeUndefined();
	});
});
