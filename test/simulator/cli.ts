/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * `npm run simulator -- --port 4010 [--large] [--recent] [--latency 5]`: a local wolkvox for n8n
 * and demos. --recent: the call data ends today instead of on 2024-02-14 (what `npm run dev` uses).
 */
import { LARGE_CDR, recentCdr, SMALL_CDR } from './data';
import { DEFAULT_TOKEN, WolkvoxSimulator } from './server';

const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(`--${name}`);
const value = (name: string, fallback: string) =>
	flag(name) >= 0 ? args[flag(name) + 1] : fallback;

const sim = new WolkvoxSimulator({
	latencyMs: Number(value('latency', '5')),
	cdr: ((spec) => (flag('recent') >= 0 ? recentCdr(spec) : spec))(
		flag('large') >= 0 ? LARGE_CDR : SMALL_CDR,
	),
});
sim.start(Number(value('port', '4010'))).then((url) => {
	console.log(
		`wolkvox simulator listening on ${url} (token: ${DEFAULT_TOKEN}, ${sim.cdr.size} CDR rows from ${sim.cdr.spec.start.slice(0, 8)}, ${sim.cdr.spec.days} days)`,
	);
});
const stop = () => void sim.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
