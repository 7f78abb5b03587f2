/**
 * What goes on the wire, checked against the vendor's example requests (issue 13): every catalog
 * operation is given the values of its collection example and run through n8n-core's real
 * WorkflowExecute (test/harness/engine.ts runNode) with real HTTP to the simulator; the request the
 * simulator logged is compared with the example request (method, path, query, JSON body, form
 * fields; see test/reference/wire.ts for the normalisation rules). Values the descriptions document
 * but no example shows (skill_id=all, VAGENT, telephones "All", an empty agent_pass) run the same way.
 * Differences go through test/reference/allowed-differences.ts (WIRE_ALLOWED) like the static ones;
 * names the static comparison already lists for an entry are not repeated.
 */
import { runNode } from '../harness/engine';
import { useSimulator } from '../harness/simulator';
import { CRM_OPERATION, CRM_TOKEN } from '../simulator/crm';
import { allowedIds, checkAllowList } from '../reference/allow';
import { WIRE_ALLOWED } from '../reference/allowed-differences';
import { compareEntry, differenceId, type Difference } from '../reference/compare';
import { keyOf, pairs } from '../reference/match';
import { buildCase, compareWire, DOCUMENTED_VALUES, type WireCase } from '../reference/wire';

const { sim, credentials } = useSimulator({ latencyMs: 0 });

const matched = pairs();
/** Per entry, the names the static comparison lists as missing / extra / misplaced. */
const explained = new Map(
	matched.pairs.map((p) => [
		p.key,
		new Set(
			compareEntry(p)
				.differences.filter((d) =>
					['missing', 'missing-described', 'extra', 'location'].includes(d.kind),
				)
				.map((d) => d.name),
		),
	]),
);

const CASES: WireCase[] = [
	...matched.pairs.flatMap((p) => p.requests.map((r) => buildCase(p.entry, r))),
	...DOCUMENTED_VALUES.map(({ entry, override }) => {
		const pair = matched.pairs.find((p) => p.key === entry);
		if (!pair) throw new Error(`DOCUMENTED_VALUES: no catalog entry ${entry}`);
		return buildCase(pair.entry, pair.requests[0], override);
	}),
];

const allowed = new Set(WIRE_ALLOWED.flatMap(allowedIds));
const found: Difference[] = [];

test('one case per collection request of every catalog entry, plus the documented values', () => {
	expect(CASES.length).toBe(
		matched.pairs.reduce((n, p) => n + p.requests.length, 0) + DOCUMENTED_VALUES.length,
	);
});

test.each(CASES.map((c) => [`${c.id} (${c.request.family} / ${c.request.name})`, c] as const))(
	'%s',
	async (_title, c) => {
		const result = await runNode({
			parameters: c.parameters,
			items: c.items,
			credentials: credentials(),
			crmCredentials: { token: CRM_TOKEN, operation: CRM_OPERATION, baseUrl: sim.url },
			timezone: c.timezone,
		});
		// The first request is the example's; paging or range splitting must not have started.
		expect(sim.log.length).toBeLessThanOrEqual(1);
		const differences = compareWire(
			c,
			sim.log[0],
			result.error?.message,
			// a documented-value case checks its whole request: nothing is explained away
			c.id === keyOf(c.entry) ? (explained.get(c.id) ?? new Set()) : new Set(),
		);
		found.push(...differences);
		const unlisted = differences
			.filter((d) => !allowed.has(differenceId(d)))
			.map(
				(d) => `${differenceId(d)}\n    node:       ${d.catalog}\n    collection: ${d.collection}`,
			);
		expect(unlisted).toEqual([]);
	},
);

test('every wire allow-list entry still matches a difference, and is well-formed', () => {
	const check = checkAllowList(found, WIRE_ALLOWED);
	expect(check.stale).toEqual([]);
	expect(check.malformed).toEqual([]);
	expect(check.duplicates).toEqual([]);
});
