/** How a request is shown in messages: exact for ordinary values, clipped for huge ones. */
import { describeRequest, toHttpCall, withCrmOperation } from '../../core/request';
import { clip } from '../../core/reports';

describe('describeRequest', () => {
	test('method, path, api and query as sent', () => {
		expect(
			describeRequest({
				method: 'GET',
				file: 'reports_manager',
				api: 'cdr_1',
				qs: { date_ini: '20240101000000', skill: 'a b' },
			}),
		).toBe('GET /api/v2/reports_manager.php?api=cdr_1&date_ini=20240101000000&skill=a+b');
		expect(
			describeRequest({ method: 'POST', file: 'campaign', api: 'add_record', body: [{}, {}] }),
		).toBe('POST /api/v2/campaign.php?api=add_record with a body of 2 record(s)');
	});

	test('a 1 MB query value is echoed as 200 characters and the count of what was cut', () => {
		const huge = 'x'.repeat(1_048_576);
		const text = describeRequest({
			method: 'GET',
			file: 'information',
			api: 'agents',
			qs: { q: huge },
		});
		expect(text).toBe(
			`GET /api/v2/information.php?api=agents&q=${'x'.repeat(200)}… (1,048,376 more characters)`,
		);
	});

	test('a body echo clips long strings inside and stays short as a whole', () => {
		const text = describeRequest({
			method: 'POST',
			file: 'whatsapp',
			api: 'send_template',
			body: {
				to: '573001112233',
				text: 'y'.repeat(5000),
				list: Array.from({ length: 500 }, (_, i) => i),
			},
		});
		expect(text).toContain(`"text":"${'y'.repeat(200)}… (4,800 more characters)"`);
		expect(text.length).toBeLessThan(700);
		expect(text).toMatch(/more characters\)$/);
	});

	test('clip leaves short text alone', () => {
		expect(clip('abc')).toBe('abc');
		expect(clip('a'.repeat(201))).toBe(`${'a'.repeat(200)}… (1 more characters)`);
	});
});

describe('the HTTP call', () => {
	test('GET never carries a body; JSON bodies are typed; the CRM operation travels with every request', () => {
		expect(
			toHttpCall(
				'https://wv0032.wolkvox.com',
				{ method: 'GET', file: 'x', api: 'y', qs: { a: '1' }, body: { b: 2 } },
				1000,
			),
		).toEqual({
			method: 'GET',
			url: 'https://wv0032.wolkvox.com/api/v2/x.php',
			qs: { api: 'y', a: '1' },
			headers: { Accept: 'application/json' },
			timeoutMs: 1000,
		});
		const post = toHttpCall(
			'https://crm0001.wolkvox.com',
			withCrmOperation(
				{
					method: 'POST',
					file: '',
					path: '/server/API/v2/custom/query.php',
					body: { module: 'm' },
				},
				'op1',
			),
			1000,
		);
		expect(post.body).toBe('{"operation":"op1","module":"m"}');
		expect(post.headers['Content-Type']).toBe('application/json');
	});
});
