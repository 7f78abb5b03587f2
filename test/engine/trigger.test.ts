/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
import { ActiveTrigger, useClock } from '../harness/trigger';
import { useSimulator } from '../harness/simulator';

const { sim, credentials } = useSimulator();
const clock = useClock();
afterAll(() => clock.restore());

test('smoke', async () => {
	clock.set('2024-01-10 12:00:00');
	const t = new ActiveTrigger({ parameters: { event: 'newCall' }, credentials: credentials() });
	const first = await t.activate();
	console.log('first', first, t.nodeState, t.saved);
	clock.advance(5 * 60 * 1000);
	const second = await t.tick();
	console.log('second', second.items.length, second.error, t.nodeState.streams, sim.requests().map(r => r.query));
	await t.deactivate();
});
