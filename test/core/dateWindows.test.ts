import { exceedsLimit, rangeSeconds } from '../../core/dateWindows';
import { WolkvoxValidationError } from '../../core/dates';

const DAY = 86400;

describe('rangeSeconds', () => {
	it('counts both ends', () => {
		expect(rangeSeconds('20240101000000', '20240101000000')).toBe(1);
		expect(rangeSeconds('20240101000000', '20240101000001')).toBe(2);
		expect(rangeSeconds('20240101000000', '20240101235959')).toBe(DAY);
	});

	it('counts the leap day and ignores DST', () => {
		expect(rangeSeconds('20240201000000', '20240229235959')).toBe(29 * DAY);
		expect(rangeSeconds('20240310000000', '20240310235959')).toBe(DAY);
	});

	it('rejects an end before the start', () => {
		expect(() => rangeSeconds('20240101000001', '20240101000000')).toThrow(WolkvoxValidationError);
	});

	it('rejects malformed dates', () => {
		expect(() => rangeSeconds('2024-01-01', '20240101000000')).toThrow(WolkvoxValidationError);
	});
});

describe('exceedsLimit', () => {
	it('allows exactly 31 days inclusive and rejects one more second', () => {
		expect(exceedsLimit('20240101000000', '20240131235959', 31)).toBe(false);
		expect(exceedsLimit('20240101000000', '20240201000000', 31)).toBe(true);
	});

	it('applies the same edge mid-day', () => {
		expect(exceedsLimit('20240115123000', '20240215122959', 31)).toBe(false);
		expect(exceedsLimit('20240115123000', '20240215123000', 31)).toBe(true);
	});

	it('handles the 1-day limit of skill_5', () => {
		expect(exceedsLimit('20240101000000', '20240101235959', 1)).toBe(false);
		expect(exceedsLimit('20240101000000', '20240102000000', 1)).toBe(true);
		expect(exceedsLimit('20240101000000', '20240101000000', 1)).toBe(false);
	});

	it('counts the leap day', () => {
		expect(exceedsLimit('20240201000000', '20240229235959', 28)).toBe(true);
		expect(exceedsLimit('20240201000000', '20240229235959', 29)).toBe(false);
		expect(exceedsLimit('20230201000000', '20230228235959', 28)).toBe(false);
	});

	it('is not fooled by DST (a March with a spring-forward is still 31 days)', () => {
		expect(exceedsLimit('20240301000000', '20240331235959', 31)).toBe(false);
	});

	it('rejects a bad limit and a reversed range', () => {
		expect(() => exceedsLimit('20240101000000', '20240102000000', 0)).toThrow(RangeError);
		expect(() => exceedsLimit('20240102000000', '20240101000000', 31)).toThrow(
			WolkvoxValidationError,
		);
	});
});
