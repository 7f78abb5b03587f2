/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
import { runInNewContext } from 'vm';
import { DateTime } from 'luxon';

import {
	epochToWall,
	parseWolkvoxDate,
	toWolkvoxDate,
	wallToEpoch,
	WolkvoxValidationError,
} from '../../core/dates';

const FIELD = 'Start Date ("date_ini")';
const NY = 'America/New_York';
const BOGOTA = 'America/Bogota';

function conv(value: unknown, timeZone = BOGOTA): string {
	return toWolkvoxDate(value, timeZone, FIELD);
}

function captureError(fn: () => unknown): WolkvoxValidationError {
	try {
		fn();
	} catch (error) {
		if (error instanceof WolkvoxValidationError) return error;
		throw error;
	}
	throw new Error('expected a WolkvoxValidationError');
}

describe('WolkvoxValidationError', () => {
	it('is an Error with a field and a name', () => {
		const error = new WolkvoxValidationError('bad', 'date_ini');
		expect(error).toBeInstanceOf(Error);
		expect(error).toBeInstanceOf(WolkvoxValidationError);
		expect(error.field).toBe('date_ini');
		expect(error.name).toBe('WolkvoxValidationError');
		expect(error.message).toBe('bad');
	});
});

describe('toWolkvoxDate: already formatted', () => {
	it('keeps a valid 14-digit value', () => {
		expect(conv('20240131235959')).toBe('20240131235959');
		expect(conv('20240131235959', NY)).toBe('20240131235959');
	});

	it('trims surrounding whitespace', () => {
		expect(conv(' 20240131235959\n')).toBe('20240131235959');
	});

	it('accepts a 14-digit number that lost its quotes', () => {
		expect(conv(20240131235959)).toBe('20240131235959');
	});

	it('accepts leap days only in leap years', () => {
		expect(conv('20240229120000')).toBe('20240229120000');
		expect(conv('20000229000000')).toBe('20000229000000');
		expect(() => conv('20230229120000')).toThrow(WolkvoxValidationError);
		expect(() => conv('19000229000000')).toThrow(WolkvoxValidationError);
	});

	it.each([
		['20240230000000', 'Feb 30'],
		['20240431000000', 'Apr 31'],
		['20241301000000', 'month 13'],
		['20240001000000', 'month 0'],
		['20240100000000', 'day 0'],
		['20240131240000', 'hour 24'],
		['20240131236000', 'minute 60'],
		['20240131235960', 'leap second'],
		['00000101000000', 'year 0'],
	])('rejects %s (%s) naming the reason', (value) => {
		const error = captureError(() => conv(value));
		expect(error.field).toBe(FIELD);
		expect(error.message).toBe(
			`${FIELD} must be a date-time such as 2024-05-01T08:00:00 or 20240501080000; ` +
				`got "${value}" (not a real calendar date/time)`,
		);
	});
});

describe('toWolkvoxDate: wall-time strings (no offset) are kept as is', () => {
	it.each([
		['2024-01-31T23:59:59', '20240131235959'],
		['2024-01-31 23:59:59', '20240131235959'],
		['2024-01-31', '20240131000000'],
		['2024-01-31T23:59', '20240131235900'],
		['2024-01-31T23:59:59.999', '20240131235959'],
		['2024-02-29T12:00:00', '20240229120000'],
	])('%s -> %s in every timezone', (input, expected) => {
		expect(conv(input, BOGOTA)).toBe(expected);
		expect(conv(input, NY)).toBe(expected);
		expect(conv(input, 'UTC')).toBe(expected);
	});

	it('keeps a wall time that falls in the New York spring-forward gap (wolkvox compares walls)', () => {
		expect(conv('2024-03-10T02:30:00', NY)).toBe('20240310023000');
	});

	it('keeps an ambiguous fall-back wall time', () => {
		expect(conv('2024-11-03T01:30:00', NY)).toBe('20241103013000');
	});

	it.each(['2024-02-30', '2023-02-29T00:00:00', '2024-01-31T24:00:00', '2024-01-31T23:60:00'])(
		'rejects the impossible %s',
		(input) => {
			expect(() => conv(input)).toThrow(/not a real calendar date\/time/);
		},
	);
});

describe('toWolkvoxDate: instants are converted to wall time in the operation timezone', () => {
	it('UTC keeps the UTC wall time', () => {
		expect(conv('2024-01-31T23:59:59Z', 'UTC')).toBe('20240131235959');
		expect(conv(new Date('2024-01-31T23:59:59Z'), 'UTC')).toBe('20240131235959');
	});

	it('Bogota is always UTC-5 (no DST)', () => {
		expect(conv('2024-02-01T04:59:59Z')).toBe('20240131235959');
		expect(conv('2024-07-01T05:00:00Z')).toBe('20240701000000');
		expect(conv('2024-03-10T07:00:00Z')).toBe('20240310020000');
		expect(conv('2024-11-03T06:30:00Z')).toBe('20241103013000');
	});

	it('crosses the date (and year) boundary', () => {
		expect(conv('2024-01-01T02:00:00+00:00')).toBe('20231231210000');
	});

	it('lands on a leap day', () => {
		expect(conv('2024-03-01T03:00:00Z')).toBe('20240229220000');
	});

	it('New York spring forward: 01:59:59 EST is followed by 03:00:00 EDT', () => {
		expect(conv('2024-03-10T06:59:59Z', NY)).toBe('20240310015959');
		expect(conv('2024-03-10T07:00:00Z', NY)).toBe('20240310030000');
	});

	it('New York fall back: two instants share the 01:30 wall time', () => {
		expect(conv('2024-11-03T05:30:00Z', NY)).toBe('20241103013000'); // EDT
		expect(conv('2024-11-03T06:30:00Z', NY)).toBe('20241103013000'); // EST
		expect(conv('2024-11-03T07:00:00Z', NY)).toBe('20241103020000');
	});

	it('prints midnight as 00, never 24', () => {
		expect(conv('2024-01-01T05:00:00Z', NY)).toBe('20240101000000');
		expect(conv(new Date('2024-06-01T04:00:00Z'), NY)).toBe('20240601000000');
	});

	it.each([
		['2024-05-01T08:00:00-04:00', '20240501070000'],
		['2024-05-01T08:00:00-0400', '20240501070000'],
		['2024-05-01T08:00:00-04', '20240501070000'],
		['2024-05-01T13:30:00+05:30', '20240501030000'],
		['2024-05-01T12:00:00.999Z', '20240501070000'],
		['2024-05-01 12:00:00z', '20240501070000'],
		['2024-05-01T12:00Z', '20240501070000'],
	])('parses the offset form %s', (input, expected) => {
		expect(conv(input)).toBe(expected);
	});

	it('rejects an impossible offset', () => {
		expect(() => conv('2024-05-01T08:00:00+25:00')).toThrow(/bad UTC offset/);
		expect(() => conv('2024-05-01T08:00:00+05:60')).toThrow(/bad UTC offset/);
	});

	it('drops milliseconds of a Date (floors to the second)', () => {
		expect(conv(new Date('2024-05-01T12:00:00.999Z'), 'UTC')).toBe('20240501120000');
	});

	it('accepts a Date from another realm (n8n expression sandbox)', () => {
		const foreign = runInNewContext('new Date("2024-05-01T12:00:00Z")');
		expect(foreign instanceof Date).toBe(false);
		expect(conv(foreign)).toBe('20240501070000');
	});

	it('rejects an invalid Date', () => {
		const error = captureError(() => conv(new Date('nope')));
		expect(error.message).toMatch(/got an invalid Date$/);
	});

	it('rejects Dates outside years 0002-9998', () => {
		expect(() => conv(new Date(Date.UTC(10000, 0, 1)))).toThrow(/out of range/);
		expect(() => conv(new Date(-62198755200000 - 86400000 * 400))).toThrow(/out of range/);
	});
});

describe('toWolkvoxDate: Luxon-like values', () => {
	it('converts a real Luxon DateTime (as $now gives) by its instant', () => {
		const dt = DateTime.fromISO('2024-05-01T08:00:00', { zone: 'Europe/Madrid' });
		expect(conv(dt)).toBe('20240501010000');
		expect(conv(dt, 'Europe/Madrid')).toBe('20240501080000');
	});

	it('uses toJSDate when present', () => {
		const like = { toJSDate: () => new Date('2024-05-01T12:00:00Z'), toISO: () => 'ignored' };
		expect(conv(like)).toBe('20240501070000');
	});

	it('falls back to toISO', () => {
		const like = { toISO: () => '2024-05-01T08:00:00.000-04:00' };
		expect(conv(like)).toBe('20240501070000');
	});

	it('rejects an invalid DateTime', () => {
		expect(() => conv(DateTime.fromISO('garbage'))).toThrow(/got a DateTime object/);
		expect(() => conv({ toISO: () => null })).toThrow(WolkvoxValidationError);
		expect(() => conv({ toJSDate: () => new Date(NaN) })).toThrow(WolkvoxValidationError);
		expect(() => conv({ toJSDate: () => 'not a date' })).toThrow(WolkvoxValidationError);
	});
});

describe('toWolkvoxDate: rejects everything else with a clear message', () => {
	it('names the field and the expected format', () => {
		const error = captureError(() => conv('yesterday'));
		expect(error.field).toBe(FIELD);
		expect(error.message).toBe(
			'Start Date ("date_ini") must be a date-time such as 2024-05-01T08:00:00 or ' +
				'20240501080000; got "yesterday"',
		);
	});

	it.each([
		['', 'got ""'],
		['   ', 'got "   "'],
		[null, 'got nothing'],
		[undefined, 'got nothing'],
		[1714550400000, 'got 1714550400000'],
		[true, 'got true'],
		[{}, 'got a value of type object'],
		[['2024-01-01'], 'got a list'],
		['31/01/2024', 'got "31/01/2024"'],
		['2024-1-5', 'got "2024-1-5"'],
		['202401312359', 'got "202401312359"'],
		['2024-01-31T10:00:00 EST', 'got "2024-01-31T10:00:00 EST"'],
	])('%p', (value, expected) => {
		const error = captureError(() => conv(value));
		expect(error.message.endsWith(expected)).toBe(true);
	});

	it('shortens very long values in the message', () => {
		const error = captureError(() => conv('x'.repeat(500)));
		expect(error.message.length).toBeLessThan(200);
	});

	it('rejects an unknown timezone, naming it', () => {
		const error = captureError(() => toWolkvoxDate('20240101000000', 'Mars/Olympus', FIELD));
		expect(error.field).toBe('timeZone');
		expect(error.message).toMatch(/"Mars\/Olympus" is not a valid IANA timezone/);
	});
});

describe('parseWolkvoxDate', () => {
	it('splits the parts', () => {
		expect(parseWolkvoxDate('20240229235958')).toEqual({
			y: 2024,
			mo: 2,
			d: 29,
			h: 23,
			mi: 59,
			s: 58,
		});
	});

	it('throws a WolkvoxValidationError using the optional field name', () => {
		const error = captureError(() => parseWolkvoxDate('2024-02-29', 'date_end'));
		expect(error.field).toBe('date_end');
		expect(() => parseWolkvoxDate('20230229000000')).toThrow(WolkvoxValidationError);
		expect(() => parseWolkvoxDate(20240101000000 as unknown as string)).toThrow(
			WolkvoxValidationError,
		);
	});
});

describe('wallToEpoch / epochToWall', () => {
	it('anchors at 1970-01-01 00:00:00', () => {
		expect(wallToEpoch('19700101000000')).toBe(0);
		expect(epochToWall(0)).toBe('19700101000000');
		expect(epochToWall(-1)).toBe('19691231235959');
	});

	it('counts leap days', () => {
		expect(wallToEpoch('20240301000000') - wallToEpoch('20240228000000')).toBe(2 * 86400);
		expect(wallToEpoch('20230301000000') - wallToEpoch('20230228000000')).toBe(86400);
		expect(epochToWall(wallToEpoch('20240228235959') + 1)).toBe('20240229000000');
	});

	it('ignores DST: a wall day is always 86400 seconds', () => {
		expect(wallToEpoch('20240311000000') - wallToEpoch('20240310000000')).toBe(86400);
	});

	it('matches Date.UTC for random wall times', () => {
		let seed = 42;
		for (let i = 0; i < 2000; i++) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			const ms = Math.floor((seed / 2147483648) * 4102444800) * 1000; // 1970..2100
			const iso = new Date(ms).toISOString();
			const s14 = iso.slice(0, 19).replace(/\D/g, '');
			expect(wallToEpoch(s14)).toBe(ms / 1000);
			expect(epochToWall(ms / 1000)).toBe(s14);
		}
	});

	it('handles years below 100 (where Date.UTC would map to 19xx)', () => {
		const d = new Date(0);
		d.setUTCFullYear(50, 0, 1);
		expect(wallToEpoch('00500101000000')).toBe(d.getTime() / 1000);
		expect(epochToWall(d.getTime() / 1000)).toBe('00500101000000');
	});

	it('round-trips the extremes', () => {
		for (const s of ['00010101000000', '99991231235959']) {
			expect(epochToWall(wallToEpoch(s))).toBe(s);
		}
	});

	it('rejects fractional or out-of-range seconds', () => {
		expect(() => epochToWall(1.5)).toThrow(RangeError);
		expect(() => epochToWall(NaN)).toThrow(RangeError);
		expect(() => epochToWall(wallToEpoch('99991231235959') + 1)).toThrow(RangeError);
	});
});
