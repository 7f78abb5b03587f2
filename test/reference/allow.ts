/** Matching differences against an allow-list, both ways. */
import type { AllowedDifference } from './allowed-differences';
import { differenceId, type Difference } from './compare';

const list = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

/** The difference ids one allow-list entry stands for. */
export function allowedIds(a: AllowedDifference): string[] {
	return list(a.entry).flatMap((entry) =>
		list(a.name).map((name) => differenceId({ entry, kind: a.kind, name })),
	);
}

export function checkAllowList(differences: Difference[], allowed: AllowedDifference[]) {
	const ids = new Set(allowed.flatMap(allowedIds));
	const found = new Set(differences.map(differenceId));
	const unlisted = differences
		.filter((d) => !ids.has(differenceId(d)))
		.map(
			(d) =>
				`${differenceId(d)}\n    catalog/node: ${d.catalog}\n    collection:   ${d.collection}`,
		);
	const stale = [...ids].filter((id) => !found.has(id));
	const duplicates = allowed.flatMap(allowedIds).filter((id, i, all) => all.indexOf(id) !== i);
	const malformed = allowed
		.filter(
			(a) =>
				a.reason.trim().length < 40 ||
				(a.bug && !(a.fix && a.fix.trim().length >= 40)) ||
				(a.check !== undefined && a.check.trim().length < 30),
		)
		.map((a) => allowedIds(a)[0]);
	return { unlisted, stale, duplicates, malformed };
}
