import { runNode } from '../../harness/engine';
import { useSimulator } from '../../harness/simulator';
import { DEFAULT_TOKEN } from '../../simulator/server';

const { sim, credentials } = useSimulator();

test('smoke: API Request pulls agents through the real engine', async () => {
	const result = await runNode({
		parameters: {
			resource: 'apiRequest',
			operation: 'send',
			family: 'information',
			api: 'agents',
			method: 'GET',
		},
		credentials: credentials(),
	});
	expect(result.error).toBeUndefined();
	expect(result.outputs[0]).toHaveLength(12);
	expect(sim.log[0].token).toBe(DEFAULT_TOKEN);
});
