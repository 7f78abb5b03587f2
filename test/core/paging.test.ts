/**
 * Paged lists (core/paging.ts) against the simulator over real HTTP, with answers wolkvox could
 * give but the simulator's own pages never do: a cursor that comes back again, a full page holding
 * an empty object, and a last page without rows.
 */
import type { IDataObject } from 'n8n-workflow';

import { findEndpoint, type EndpointDef } from '../../core/catalog';
import { fetchPages, RepeatedPage } from '../../core/paging';
import type { WolkvoxRequest } from '../../core/request';
import { coreSession } from '../harness/core';
import { freshToken } from '../harness/params';
import { useSimulator } from '../harness/simulator';
import { envelope, type SimRequest } from '../simulator/server';

const { sim } = useSimulator();

const LIST_FILES = findEndpoint('storage', undefined, 'listFiles')!;
/** Numbered pages as the CRM asks them (page, limit in the body; "Total pages" in the answer). */
const NUMBERED: EndpointDef = {
	...LIST_FILES,
	api: 'numbered',
	dataPath: 'data',
	paging: {
		requestParam: 'page',
		in: 'body',
		responsePath: 'Total pages',
		style: 'page',
		sizeParam: 'limit',
		maxPageSize: 3,
	},
};

async function readAll(endpoint: EndpointDef, limit = Infinity) {
	const session = coreSession({ baseUrl: sim.url, token: freshToken(sim) });
	const first: WolkvoxRequest = {
		method: 'POST',
		file: endpoint.file,
		api: endpoint.api,
		body: {},
	};
	const rows: IDataObject[] = [];
	const error = await fetchPages({
		session,
		endpoint,
		first,
		limit,
		emit: (r) => rows.push(...r),
	}).then(
		() => undefined,
		(e: Error) => e,
	);
	return { rows, error };
}

const bodyOf = (req: SimRequest) => (req.body ?? {}) as IDataObject;

afterEach(() => {
	sim.handlers.delete('wolkvox_storage.list_files_test');
	sim.handlers.delete('wolkvox_storage.numbered');
});

describe('cursor pages', () => {
	const endpoint = { ...LIST_FILES, api: 'list_files_test' };
	const page = (items: IDataObject[] | undefined, next: string) =>
		envelope(200, 'ok', { ...(items ? { items } : {}), pagination: { next_page_token: next } });

	test('every page once, until the cursor ends', async () => {
		sim.handlers.set('wolkvox_storage.list_files_test', (_s, req) => {
			const token = String(bodyOf(req).page_token ?? '');
			return token === ''
				? page([{ name: 'a' }, { name: 'b' }], 'p2')
				: token === 'p2'
					? page([{ name: 'c' }], '')
					: envelope(400, 'unknown page');
		});
		const { rows, error } = await readAll(endpoint);
		expect(error).toBeUndefined();
		expect(rows.map((r) => r.name)).toEqual(['a', 'b', 'c']);
		expect(sim.log).toHaveLength(2);
	});

	test('a cursor answered a second time: a clear error after the pages read, not an endless loop', async () => {
		sim.handlers.set('wolkvox_storage.list_files_test', (_s, req) =>
			bodyOf(req).page_token === 'p2' ? page([{ name: 'b' }], 'p2') : page([{ name: 'a' }], 'p2'),
		);
		const { rows, error } = await readAll(endpoint);
		expect(error).toBeInstanceOf(RepeatedPage);
		expect(error?.message).toBe(
			'wolkvox answered the page cursor "p2" a second time, so reading on would repeat the same pages forever. Stopped after 2 rows',
		);
		expect(rows.map((r) => r.name)).toEqual(['a', 'b']);
		expect(sim.log).toHaveLength(2);
	});

	test('a last page without items gives no row (the envelope is not a record)', async () => {
		sim.handlers.set('wolkvox_storage.list_files_test', (_s, req) =>
			bodyOf(req).page_token === 'p2' ? page(undefined, '') : page([{ name: 'a' }], 'p2'),
		);
		const { rows, error } = await readAll(endpoint);
		expect(error).toBeUndefined();
		expect(rows).toEqual([{ name: 'a' }]);
	});
});

describe('numbered pages', () => {
	test('a full page that holds an empty object is not taken for the last page', async () => {
		const pages: IDataObject[][] = [
			[{ id: 1 }, {}, { id: 2 }],
			[{ id: 3 }, { id: 4 }, { id: 5 }],
			[{ id: 6 }],
		];
		sim.handlers.set('wolkvox_storage.numbered', (_s, req) => {
			const { page, limit } = bodyOf(req);
			expect(limit).toBe(3);
			return envelope(200, 'ok', pages[Number(page) - 1] ?? []);
		});
		const { rows, error } = await readAll(NUMBERED);
		expect(error).toBeUndefined();
		expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(sim.log).toHaveLength(3); // pages 1, 2 and the short page 3
	});
});
