import { merge, type Overrides } from './merge';
import { dateParams, dateRange } from './params';
import type { EndpointDef, HttpMethod } from './types';

/** Rows one call returns at most before wolkvox cuts the rest silently (most queries). */
export const ROW_CAP = 60000;

/** Records one bulk call of the contact-center API takes at most. */
export const UPLOAD_LIMIT = 10000;

/** What every entry states itself: its labels; any other field overrides the family's. */
export type EntrySpec = Pick<EndpointDef, 'name' | 'action' | 'description'> &
	Overrides<
		Omit<EndpointDef, 'resource' | 'operation' | 'api' | 'name' | 'action' | 'description'>
	>;

/** The fields a family of endpoints has in common (one wolkvox API file). */
export type FamilyDefaults = Pick<EndpointDef, 'resource' | 'file'> & Overrides<EndpointDef>;

/** A family without a common method makes each entry state its own. */
type Spec<D> = D extends { method: HttpMethod } ? EntrySpec : EntrySpec & { method: HttpMethod };

/**
 * The factory of one family: `(api, operation, spec)` gives the entry with the family's fields,
 * no parameters, strategy 'single', then the entry's own (`rowCap: undefined` removes the cap).
 */
export function family<D extends FamilyDefaults>(defaults: D) {
	return (api: string | null, operation: string, spec: Spec<D>): EndpointDef =>
		merge({ params: [], strategy: 'single', ...defaults, operation, api } as EndpointDef, spec);
}

/**
 * A family of date-range queries (GET, `date_ini`..`date_end`, rows cut at ROW_CAP): the entry
 * gets both date parameters, its `dateRange` and strategy 'range'. `maxDays` is 31 unless given.
 */
export function rangeFamily(defaults: FamilyDefaults) {
	const make = family({ method: 'GET', strategy: 'range', rowCap: ROW_CAP, ...defaults });
	return (api: string, operation: string, { maxDays = 31, ...spec }: RangeSpec): EndpointDef =>
		make(api, operation, { params: dateParams(maxDays), dateRange: dateRange(maxDays), ...spec });
}

export type RangeSpec = EntrySpec & { maxDays?: number };

const reportsManager = rangeFamily({ resource: 'report', file: 'reports_manager' });

/** A report of reports_manager.php in one of the `reportGroups`. */
export function report(
	group: string,
	api: string,
	operation: string,
	spec: RangeSpec,
): EndpointDef {
	return { ...reportsManager(api, operation, spec), group };
}

/** Groups of the CRM API: `/server/API/v2/{group}/{op}.php`. */
export type CrmGroup = 'custom' | 'cases' | 'collections' | 'token';

/**
 * The factory of one CRM resource: `(op, operation, spec)` for `/server/API/v2/{group}/{op}.php`,
 * always POST with the CRM credential (`service: 'crm'`), no `api=`.
 */
export function crm(resource: string, group: CrmGroup) {
	const make = family({ resource, file: `crm/${group}`, method: 'POST', service: 'crm' });
	return (op: string, operation: string, spec: EntrySpec): EndpointDef =>
		make(null, operation, { path: `/server/API/v2/${group}/${op}.php`, ...spec });
}
