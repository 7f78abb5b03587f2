import { DEFAULT_TOKEN, WolkvoxSimulator, type SimulatorOptions } from '../simulator/server';

/** One simulator per test file, reset before each test. */
export function useSimulator(options: SimulatorOptions = {}) {
	const sim = new WolkvoxSimulator(options);
	beforeAll(async () => {
		await sim.start();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());
	return {
		sim,
		credentials: (token = DEFAULT_TOKEN) => ({ token, baseUrl: sim.url }),
	};
}
