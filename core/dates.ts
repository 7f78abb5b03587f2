/**
 * Date handling for wolkvox. The API takes dates as `YYYYmmddHHiiss` wall times in the
 * operation's local timezone, so every user-supplied value is normalised to that form here.
 *
 * Wall times are also mapped to a naive, timezone-free timeline ("epoch" seconds computed as if
 * the wall time were UTC). Window arithmetic runs on that timeline: wolkvox itself compares wall
 * times, so a DST jump in the operation timezone must not shorten or lengthen a window.
 */

/** A user value that cannot be sent to wolkvox. `field` names the offending parameter. */
export class WolkvoxValidationError extends Error {
	readonly field: string;

	constructor(message: string, field: string) {
		super(message);
		this.name = 'WolkvoxValidationError';
		this.field = field;
		// Keeps `instanceof` working if this is ever compiled to ES5.
		Object.setPrototypeOf(this, WolkvoxValidationError.prototype);
	}
}

export interface WallTime {
	y: number;
	mo: number;
	d: number;
	h: number;
	mi: number;
	s: number;
}

const EXPECTED = 'a date-time such as 2024-05-01T08:00:00 or 20240501080000';

const S14_RE = /^\d{14}$/;
// 2024-01-31, 2024-01-31T23:59, 2024-01-31 23:59:59.123, optionally followed by Z or an offset.
const ISO_RE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, mo: number): number {
	if (mo === 2) return isLeapYear(y) ? 29 : 28;
	return [4, 6, 9, 11].includes(mo) ? 30 : 31;
}

/** True when the parts name a real calendar second (no Feb 30, no 24:00, no leap second). */
function isRealWallTime(w: WallTime): boolean {
	return (
		Number.isInteger(w.y) &&
		w.y >= 1 &&
		w.y <= 9999 &&
		w.mo >= 1 &&
		w.mo <= 12 &&
		w.d >= 1 &&
		w.d <= daysInMonth(w.y, w.mo) &&
		w.h >= 0 &&
		w.h <= 23 &&
		w.mi >= 0 &&
		w.mi <= 59 &&
		w.s >= 0 &&
		w.s <= 59
	);
}

function formatWall(w: WallTime): string {
	return pad(w.y, 4) + pad(w.mo, 2) + pad(w.d, 2) + pad(w.h, 2) + pad(w.mi, 2) + pad(w.s, 2);
}

/** Short, quoted rendering of the rejected value for error messages. */
function describe(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (typeof value === 'string') {
		const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
		return JSON.stringify(shown);
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (isDate(value)) return 'an invalid Date';
	if (Array.isArray(value)) return 'a list';
	if (isLuxonLike(value)) return 'a DateTime object';
	return `a value of type ${typeof value}`;
}

function invalid(field: string, value: unknown, reason?: string): WolkvoxValidationError {
	const why = reason ? ` (${reason})` : '';
	return new WolkvoxValidationError(
		`${field} must be ${EXPECTED}; got ${describe(value)}${why}`,
		field,
	);
}

/** Cross-realm safe: n8n evaluates expressions in a sandbox whose Date is a different class. */
function isDate(value: unknown): value is Date {
	return Object.prototype.toString.call(value) === '[object Date]';
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
// Used instead of Date.UTC, which maps years 0-99 to 1900-1999.
function daysFromCivil(y: number, mo: number, d: number): number {
	const yy = mo <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

// Inverse of daysFromCivil (H. Hinnant's civil_from_days).
function civilFromDays(days: number): { y: number; mo: number; d: number } {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const mo = mp < 10 ? mp + 3 : mp - 9;
	return { y: yoe + era * 400 + (mo <= 2 ? 1 : 0), mo, d };
}

function wallPartsToEpoch(w: WallTime): number {
	return daysFromCivil(w.y, w.mo, w.d) * 86400 + w.h * 3600 + w.mi * 60 + w.s;
}

/** Splits a `YYYYmmddHHiiss` string, throwing unless it is a real calendar second. */
export function parseWolkvoxDate(s: string, field = 'date'): WallTime {
	if (typeof s !== 'string' || !S14_RE.test(s)) throw invalid(field, s);
	const w: WallTime = {
		y: Number(s.slice(0, 4)),
		mo: Number(s.slice(4, 6)),
		d: Number(s.slice(6, 8)),
		h: Number(s.slice(8, 10)),
		mi: Number(s.slice(10, 12)),
		s: Number(s.slice(12, 14)),
	};
	if (!isRealWallTime(w)) throw invalid(field, s, 'not a real calendar date/time');
	return w;
}

/** Seconds on the naive wall-time timeline (the wall time read as if it were UTC). */
export function wallToEpoch(s14: string): number {
	return wallPartsToEpoch(parseWolkvoxDate(s14));
}

/** Inverse of `wallToEpoch`. */
export function epochToWall(sec: number): string {
	if (!Number.isInteger(sec)) throw new RangeError(`epochToWall needs whole seconds; got ${sec}`);
	const days = Math.floor(sec / 86400);
	const rem = sec - days * 86400;
	const { y, mo, d } = civilFromDays(days);
	if (y < 1 || y > 9999) throw new RangeError(`epochToWall: ${sec} is outside years 0001-9999`);
	return formatWall({
		y,
		mo,
		d,
		h: Math.floor(rem / 3600),
		mi: Math.floor((rem % 3600) / 60),
		s: rem % 60,
	});
}

const MIN_INSTANT_MS = daysFromCivil(2, 1, 1) * 86400 * 1000;
const MAX_INSTANT_MS = daysFromCivil(9998, 12, 31) * 86400 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Undefined when Intl does not know the timezone. */
function createFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
	try {
		return new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23',
		});
	} catch {
		return undefined;
	}
}

/** One formatter per timezone; building them is the expensive part of Intl. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let fmt = formatters.get(timeZone);
	if (!fmt) {
		fmt = createFormatter(timeZone);
		if (!fmt) {
			throw new WolkvoxValidationError(
				`Timezone ${JSON.stringify(timeZone)} is not a valid IANA timezone such as America/Bogota`,
				'timeZone',
			);
		}
		formatters.set(timeZone, fmt);
	}
	return fmt;
}

/** Wall time of an instant (epoch milliseconds) in `timeZone`; Intl applies DST rules. */
function instantToWall(ms: number, timeZone: string, field: string, original: unknown): string {
	// Outside years 0002-9998 Intl may print era years ("1 BC") or 5-digit years.
	if (!(ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS)) {
		throw invalid(field, original, 'out of range');
	}
	const parts = formatterFor(timeZone).formatToParts(ms);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const w: WallTime = {
		y: get('year'),
		mo: get('month'),
		d: get('day'),
		// Some ICU versions print midnight as 24 even with h23.
		h: get('hour') % 24,
		mi: get('minute'),
		s: get('second'),
	};
	if (!isRealWallTime(w)) throw invalid(field, original, 'out of range');
	return formatWall(w);
}

function offsetMinutes(offset: string): number | null {
	if (offset.toUpperCase() === 'Z') return 0;
	const digits = offset.slice(1).replace(':', '');
	const h = Number(digits.slice(0, 2));
	const m = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
	if (h > 23 || m > 59) return null;
	return (offset[0] === '-' ? -1 : 1) * (h * 60 + m);
}

function stringToWolkvox(raw: string, timeZone: string, field: string): string {
	const str = raw.trim();
	if (S14_RE.test(str)) {
		parseWolkvoxDate(str, field);
		return str;
	}
	const m = ISO_RE.exec(str);
	if (!m) throw invalid(field, raw);
	const w: WallTime = {
		y: Number(m[1]),
		mo: Number(m[2]),
		d: Number(m[3]),
		h: m[4] ? Number(m[4]) : 0,
		mi: m[5] ? Number(m[5]) : 0,
		s: m[6] ? Number(m[6]) : 0,
	};
	if (!isRealWallTime(w)) throw invalid(field, raw, 'not a real calendar date/time');
	if (!m[8]) return formatWall(w); // No offset: already a wall time in the operation timezone.

	const offset = offsetMinutes(m[8]);
	if (offset === null) throw invalid(field, raw, 'bad UTC offset');
	// Fractions are dropped (floored), matching what Intl does for Date values.
	const ms = (wallPartsToEpoch(w) - offset * 60) * 1000;
	return instantToWall(ms, timeZone, field, raw);
}

type LuxonLike = { toJSDate?: () => unknown; toISO?: () => unknown; isValid?: boolean };

function isLuxonLike(value: unknown): value is LuxonLike {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as LuxonLike;
	return typeof v.toJSDate === 'function' || typeof v.toISO === 'function';
}

/**
 * Converts a user value to wolkvox's `YYYYmmddHHiiss` in `timeZone` (the operation's timezone).
 * Instants (Date, Luxon DateTime, ISO strings with Z/offset) are converted to wall time there;
 * strings without an offset are taken as wall times already in that timezone and kept as is.
 * `field` is the label used in error messages, e.g. `Start Date ("date_ini")`.
 */
export function toWolkvoxDate(value: unknown, timeZone: string, field: string): string {
	formatterFor(timeZone); // Fail on a bad timezone even when no conversion is needed.

	if (isDate(value)) {
		const ms = value.getTime();
		if (Number.isNaN(ms)) throw invalid(field, value);
		return instantToWall(ms, timeZone, field, value);
	}
	if (isLuxonLike(value)) {
		if (value.isValid === false) throw invalid(field, value, 'invalid date-time');
		if (typeof value.toJSDate === 'function') {
			const date = value.toJSDate();
			if (!isDate(date) || Number.isNaN(date.getTime())) {
				throw invalid(field, value, 'invalid date-time');
			}
			return instantToWall(date.getTime(), timeZone, field, value);
		}
		const iso = (value.toISO as () => unknown)();
		if (typeof iso !== 'string') throw invalid(field, value, 'invalid date-time');
		return stringToWolkvox(iso, timeZone, field);
	}
	if (typeof value === 'string') return stringToWolkvox(value, timeZone, field);
	// A 14-digit number is the wolkvox format that lost its quotes somewhere in an expression.
	if (typeof value === 'number' && Number.isInteger(value) && S14_RE.test(String(value))) {
		return stringToWolkvox(String(value), timeZone, field);
	}
	throw invalid(field, value);
}

/** Calendar days already checked (a pull of 250,000 rows has about 90 distinct days). */
const realDays = new Map<string, boolean>();

/**
 * A row's date-time as `YYYYmmddHHiiss` ("2024-01-05 13:04:59" or 20240105130459); '' when the
 * value is not a real date-time. Rows are compared and cut by this value, so it runs once per row:
 * each calendar day is validated once, the time of day by three comparisons.
 */
export function toS14(value: unknown): string {
	const digits = String(value ?? '').replace(/\D/g, '');
	if (digits.length !== 14) return '';
	const day = digits.slice(0, 8);
	let real = realDays.get(day);
	if (real === undefined) {
		const y = Number(day.slice(0, 4));
		const mo = Number(day.slice(4, 6));
		const d = Number(day.slice(6, 8));
		real = y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
		if (realDays.size < 100000) realDays.set(day, real);
	}
	const time = Number(digits.slice(8, 14));
	const ok = real && time % 100 < 60 && Math.floor(time / 100) % 100 < 60 && time < 240000;
	return ok ? digits : '';
}

/** The second `seconds` after (or before) `s14`. */
export const shiftWall = (s14: string, seconds: number): string =>
	epochToWall(wallToEpoch(s14) + seconds);
