/** The fields of `T`, each of which may be given or set to `undefined` (to remove it). */
export type Overrides<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * `{ ...base, ...over }` without the fields `over` sets to `undefined`: the one rule by which
 * catalog factories take an entry's own values (`rowCap: undefined` = no row cap).
 */
export function merge<T extends object>(base: T, over: Overrides<T> = {}): T {
	const out: Record<string, unknown> = { ...base, ...over };
	for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
	return out as T;
}
