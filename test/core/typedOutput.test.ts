import { typeRecord } from '../../core/typedOutput';

const typeRecords = (rows: Array<Record<string, unknown>>) => rows.map(typeRecord);

/** Types a single value under key `v` and returns the result for that key. */
function typed(value: unknown): unknown {
	return typeRecord({ v: value }).v;
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}

describe('typeRecord: numbers', () => {
	it.each([
		['12', 12],
		['0', 0],
		['-5', -5],
		['-0', 0],
		['0.04', 0.04],
		['2.887', 2.887],
		['-0.5', -0.5],
		['190000001', 190000001],
		['573001234567890', 573001234567890], // 15 digits: still exact as a double
		['12345678901234', 12345678901234], // 14 digits that are not a real date
		[' 42 ', 42],
	])('%p -> %p', (input, expected) => {
		expect(typed(input)).toBe(expected);
	});

	it.each([
		'0032', // operation server
		'007',
		'010', // estado_chat
		'00.5',
		'-007',
		'5730012345678901', // 16 digits: phone-like, beyond double precision
		'1234567890123.456', // 16 digits in total
		'+573001234567',
		'1e5',
		'0x1F',
		'1,234',
		'.5',
		'5.',
		'12775.0412.1782402643.44005', // id_call
		'20240131235959', // wolkvox date format
		'Infinity',
		'NaN',
	])('keeps %p as a string', (input) => {
		expect(typed(input)).toBe(input);
	});

	it.each(['', ' ', '\t\n'])('keeps the empty/whitespace string %p', (input) => {
		expect(typed(input)).toBe(input);
	});
});

describe('typeRecord: durations', () => {
	it('converts HH:MM:SS to seconds and keeps the original under <key>_hms', () => {
		expect(typeRecord({ talk: '00:03:05' })).toEqual({ talk: 185, talk_hms: '00:03:05' });
	});

	it('places <key>_hms right after the key', () => {
		expect(Object.keys(typeRecord({ a: '1', talk: '00:00:01', b: 'x' }))).toEqual([
			'a',
			'talk',
			'talk_hms',
			'b',
		]);
	});

	it.each([
		['125:03:07', 125 * 3600 + 3 * 60 + 7],
		['1:02:03', 3723],
		['00:00:00', 0],
		['23:59:59', 86399],
		['1000:00:00', 3600000],
	])('%p -> %p seconds', (input, expected) => {
		expect(typeRecord({ d: input })).toEqual({ d: expected, d_hms: input });
	});

	it.each(['00:60:00', '00:00:60', '12:30', '1:2:3', '-00:00:05', '00:00:05.5'])(
		'keeps %p untouched',
		(input) => {
			expect(typeRecord({ d: input })).toEqual({ d: input });
		},
	);

	it('does not overwrite an existing <key>_hms', () => {
		expect(typeRecord({ ring: '00:00:04', ring_hms: 'mine' })).toEqual({
			ring: 4,
			ring_hms: 'mine',
		});
	});
});

describe('typeRecord: percentages', () => {
	it.each([
		['34.64 %', 34.64],
		['34.64%', 34.64],
		['0.05 %', 0.05],
		['490.00 %', 490],
		['15,233.33 %', 15233.33],
		['9,336.00 %', 9336],
		['100 %', 100],
		['-2.5 %', -2.5],
		['0 %', 0],
	])('%p -> %p', (input, expected) => {
		expect(typed(input)).toBe(expected);
	});

	it.each(['%', 'abc %', '12,34 %', '1,2345 %', '34.64 % of calls'])('keeps %p', (input) => {
		expect(typed(input)).toBe(input);
	});
});

describe('typeRecord: everything else', () => {
	it.each([
		'2026-06-01 09:22:12',
		'2024-01-31',
		'2024-01-31T10:00:00Z',
		'1172 records were found',
		'AGENT 12001',
		'true',
		'null',
	])('leaves %p untouched', (input) => {
		expect(typed(input)).toBe(input);
	});

	it('leaves non-string values untouched', () => {
		const date = new Date(0);
		expect(typeRecord({ a: 5, b: true, c: null, d: undefined, e: date })).toEqual({
			a: 5,
			b: true,
			c: null,
			d: undefined,
			e: date,
		});
		expect(typeRecord({ e: date }).e).toBe(date);
	});
});

describe('typeRecord: nesting and purity', () => {
	it('recurses into nested objects and arrays', () => {
		const input = {
			total: '12',
			meta: { page: '1', server: '0032' },
			data: [
				{ talk: '00:00:10', calls: '3', percent: '23.77 %' },
				['1', '007', '00:00:05', '5 %', { n: '2' }],
			],
		};
		expect(typeRecord(input)).toEqual({
			total: 12,
			meta: { page: 1, server: '0032' },
			data: [
				{ talk: 10, talk_hms: '00:00:10', calls: 3, percent: 23.77 },
				// Durations inside arrays have no key for the original, so they stay strings.
				[1, '007', '00:00:05', 5, { n: 2 }],
			],
		});
	});

	it('types CRM-style nested field values', () => {
		expect(typeRecord({ amount: { value: '21700000', symbol: '$' } })).toEqual({
			amount: { value: 21700000, symbol: '$' },
		});
	});

	it('never mutates the input (frozen input, unchanged afterwards)', () => {
		const input = deepFreeze({
			talk: '00:03:05',
			n: '4',
			nested: { p: '1.13 %', list: ['2', { t: '01:00:00' }] },
		});
		const before = JSON.stringify(input);
		const out = typeRecord(input);
		expect(JSON.stringify(input)).toBe(before);
		expect(out).not.toBe(input);
		expect(out.nested).not.toBe(input.nested);
		expect((out.nested as { list: unknown[] }).list).not.toBe(input.nested.list);
	});

	it('keeps a "__proto__" key as data without touching the prototype', () => {
		const input = JSON.parse('{"__proto__": "5", "a": "1"}') as Record<string, unknown>;
		const out = typeRecord(input);
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe(5);
		expect(out.a).toBe(1);
	});
});

describe('typeRecord over a list of rows', () => {
	it('types a realistic agent report', () => {
		const rows = [
			{
				id_agent: '12462',
				agent_name: 'Ana',
				ready: '01:43:06',
				ring: '00:00:04',
				talk: '00:04:23',
				calls: '4',
				preview_percent: '9.41 %',
				date_preview: '2026-06-01 09:22:12',
				server: '0032',
			},
		];
		expect(typeRecords(rows)).toEqual([
			{
				id_agent: 12462,
				agent_name: 'Ana',
				ready: 6186,
				ready_hms: '01:43:06',
				ring: 4,
				ring_hms: '00:00:04',
				talk: 263,
				talk_hms: '00:04:23',
				calls: 4,
				preview_percent: 9.41,
				date_preview: '2026-06-01 09:22:12',
				server: '0032',
			},
		]);
	});

	it('returns an empty list for no records', () => {
		expect(typeRecords([])).toEqual([]);
	});
});
