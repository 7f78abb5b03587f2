import { LOOKUPS } from '../../../core/catalog';
import { runListSearch } from '../../harness/engine';
import { useSimulator } from '../../harness/simulator';
import { AGENTS } from '../../simulator/data';

const { sim, credentials } = useSimulator();

test('every lookup kind has a search method that asks information.php for its list', async () => {
	for (const [kind, { api, id }] of Object.entries(LOOKUPS)) {
		sim.log.length = 0;
		const { results } = await runListSearch(`search_${kind}`, credentials());
		expect(sim.log).toHaveLength(1);
		expect(sim.log[0]).toMatchObject({ method: 'GET', file: 'information', api });
		expect(results.length).toBeGreaterThan(0);
		for (const r of results) expect(String(r.name)).toContain(`(${r.value})`);
		expect(id).toBeTruthy();
	}
});

test('agents: names with their IDs, filtered by the search text', async () => {
	const all = await runListSearch('search_agents', credentials());
	expect(all.results.map((r) => r.value)).toEqual(AGENTS.map((a) => a.agent_id));
	expect(all.results[0]).toEqual({
		name: `${AGENTS[0].agent_name} (${AGENTS[0].agent_id})`,
		value: AGENTS[0].agent_id,
	});
	const some = await runListSearch('search_agents', credentials(), 'gina');
	expect(some.results).toEqual([
		{ name: `Gina Park (${AGENTS[6].agent_id})`, value: AGENTS[6].agent_id },
	]);
});

test('during maintenance the lookup gives up after a short budget instead of hanging the editor', async () => {
	sim.maintenance = true;
	sim.log.length = 0;
	await expect(runListSearch('search_skills', credentials())).rejects.toThrow(/maintenance/);
	// The lookup's 5 s budget, not the node's 600 s: the first answer and at most two probes (2.5-3 s
	// apart), all maintenance answers.
	expect(sim.log.length).toBeGreaterThanOrEqual(1);
	expect(sim.log.length).toBeLessThanOrEqual(3);
	expect(sim.log.every((r) => r.status === 403)).toBe(true);
});
