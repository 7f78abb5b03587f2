/**
 * Optional typed output. wolkvox sends every value inside `data` as a string ("12", "00:03:05",
 * "34.64 %"); this turns the unambiguous ones into numbers so workflows can compare and sum them.
 * Anything that might be a code or a date stays a string: leading zeros ("007"), more than 15
 * digits (long phone numbers and ids), dates and times other than durations.
 */
import { parseWolkvoxDate } from './dates';

// No leading zeros ("007" is a code), no exponent, no thousands separators.
const NUMBER_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
// Hours may exceed 24 (accumulated durations such as "125:03:07").
const HMS_RE = /^(\d+):([0-5]\d):([0-5]\d)$/;
// wolkvox prints percentages with thousands separators: "15,233.33 %".
const PERCENT_RE = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*%$/;
// Beyond 15 significant digits a double loses precision; such values are phone numbers or ids.
const MAX_DIGITS = 15;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return Object.prototype.toString.call(value) === '[object Object]';
}

/** A 14-digit string that is a real `YYYYmmddHHiiss` date is a date, not a number. */
function isWolkvoxDate(str: string): boolean {
	if (!/^\d{14}$/.test(str)) return false;
	try {
		parseWolkvoxDate(str);
		return true;
	} catch {
		return false;
	}
}

function parseNumber(str: string): number | undefined {
	if (!NUMBER_RE.test(str)) return undefined;
	if (str.replace(/[-.]/g, '').length > MAX_DIGITS) return undefined;
	if (isWolkvoxDate(str)) return undefined;
	const n = Number(str);
	return n === 0 ? 0 : n; // "-0" -> 0
}

function parsePercent(str: string): number | undefined {
	const m = PERCENT_RE.exec(str);
	if (!m) return undefined;
	const n = Number(m[1].replace(/,/g, ''));
	return n === 0 ? 0 : n;
}

/** "HH:MM:SS" (hours unbounded) to seconds, or undefined. */
function parseHms(str: string): number | undefined {
	const m = HMS_RE.exec(str);
	if (!m) return undefined;
	return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Plain assignment would set the prototype for a JSON key named "__proto__". */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
	if (key === '__proto__') {
		Object.defineProperty(target, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true,
		});
	} else {
		target[key] = value;
	}
}

/** Types a value that has no key of its own (array element): durations stay strings there. */
function typeValue(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(typeValue);
	if (isPlainObject(value)) return typeRecord(value);
	if (typeof value !== 'string') return value;
	const str = value.trim();
	if (str === '') return value;
	return parseNumber(str) ?? parsePercent(str) ?? value;
}

/**
 * Returns a copy of `record` with numeric strings as numbers, "34.64 %" as 34.64 and durations
 * "HH:MM:SS" as seconds (the original kept under `<key>_hms`, unless the record already has that
 * key). Nested objects and arrays are typed too. Durations inside arrays are left as strings,
 * since there is no key to keep the original under. The input is never mutated.
 */
export function typeRecord(record: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		const seconds = typeof value === 'string' ? parseHms(value.trim()) : undefined;
		if (seconds === undefined) {
			setKey(out, key, typeValue(value));
			continue;
		}
		setKey(out, key, seconds);
		const hmsKey = `${key}_hms`;
		if (!Object.prototype.hasOwnProperty.call(record, hmsKey)) setKey(out, hmsKey, value);
	}
	return out;
}
