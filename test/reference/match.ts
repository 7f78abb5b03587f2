/**
 * Which collection request(s) document each catalog entry:
 * - contact-center v2: same file and `api` (add_record has two requests, predictive and preview:
 *   the one entry is compared with both);
 * - ListenVox: the same path;
 * - CRM: the same path; the three activity requests share custom/insert.php and are told apart by
 *   the `type` their body fixes (call, meet, task).
 * Catalog entries without a request, and requests without an entry, must be listed with a reason.
 */
import { endpointKey, ENDPOINTS, type EndpointDef } from './catalog';
import { loadCollection, type CollectionRequest } from './collection';

/** Catalog entries with no collection request (key -> reason). Expected: none. */
export const EXCLUDED_ENTRIES: Record<string, string> = {};

/** Collection requests deliberately without a catalog entry, by family (family -> reason). */
export const EXCLUDED_FAMILIES: Record<string, string> = {
	'Agentes V1':
		'The local agent API v1 runs on the agent PC (http://localhost:{port}/apiagentbox), not reachable from n8n; the cloud agentbox v2 operations (resource Agent) cover the same actions.',
};

export const keyOf = (e: EndpointDef) => endpointKey(e.resource, e.group, e.operation);

export interface Pair {
	key: string;
	entry: EndpointDef;
	/** One request, or the variants of one endpoint (add_record predictive + preview). */
	requests: CollectionRequest[];
}

function crmType(r: CollectionRequest): string | undefined {
	if (r.body.kind !== 'json') return undefined;
	const value = r.body.value as Record<string, unknown> | null;
	return value &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		value.module === 'wolkvox_activities'
		? String(value.type)
		: undefined;
}

export function requestsFor(
	entry: EndpointDef,
	collection = loadCollection(),
): CollectionRequest[] {
	if (entry.service === 'crm')
		return collection.filter(
			(r) =>
				r.service === 'crm' &&
				r.path === entry.path &&
				crmType(r) === (entry.fixedBody?.type as string | undefined),
		);
	if (entry.path)
		return collection.filter((r) => r.service === 'listenVox' && r.path === entry.path);
	return collection.filter(
		(r) => r.service === 'v2' && r.file === entry.file && r.api === entry.api,
	);
}

export function pairs(): { pairs: Pair[]; unmatched: EndpointDef[]; orphans: CollectionRequest[] } {
	const collection = loadCollection();
	const result: Pair[] = [];
	const unmatched: EndpointDef[] = [];
	const used = new Set<CollectionRequest>();
	for (const entry of ENDPOINTS) {
		const requests = requestsFor(entry, collection);
		requests.forEach((r) => used.add(r));
		if (requests.length === 0) unmatched.push(entry);
		else result.push({ key: keyOf(entry), entry, requests });
	}
	const orphans = collection.filter((r) => !used.has(r) && !(r.family in EXCLUDED_FAMILIES));
	return { pairs: result, unmatched, orphans };
}
