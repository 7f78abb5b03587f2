import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { LOOKUPS, type LookupKind } from '../../core/catalog';
import { listRows } from '../../core/records';
import { callWolkvox } from '../../core/transport';
import { nodeError } from './outcomes';
import { openSession } from './session';

/** One search method per lookup list: the list comes from information.php, filtered locally. */
function searchFor(kind: LookupKind) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const { api, id, name } = LOOKUPS[kind];
		// A short budget: the editor should not hang for minutes during a maintenance window.
		const session = await openSession(this, { budgetMs: 5000 });
		const answer = await callWolkvox(session, { method: 'GET', file: 'information', api }).catch(
			(error: Error) => {
				throw nodeError(this.getNode(), error, session.secret);
			},
		);
		const needle = (filter ?? '').toLowerCase();
		const results = (answer.noData ? [] : listRows(answer.body))
			.map((row: IDataObject) => ({
				name: `${String(row[name] ?? '').trim() || String(row[id])} (${String(row[id])})`,
				value: String(row[id] ?? '').trim(),
			}))
			.filter((r) => r.value !== '' && (!needle || r.name.toLowerCase().includes(needle)));
		return { results };
	};
}

export const listSearch = Object.fromEntries(
	(Object.keys(LOOKUPS) as LookupKind[]).map((kind) => [`search_${kind}`, searchFor(kind)]),
);
