/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * `npm run demo`: the example workflows of examples/ in real n8n against the built-in wolkvox
 * simulator, with a fault scheduled during each run, and a short report per example.
 *
 *   npm run demo                 n8n 2.41.1 (Node 24), provisioned into ~/.cache/n8n-nodes-wolkvox on first use
 *   npm run demo -- --n8n v1     n8n 1.123.x (system Node) instead
 *
 * Exits 0 only if every example behaved. The scenarios and their checks are shared with the e2e
 * suite: test/e2e/examples.ts.
 */
import { N8nInstance, N8nVersionKey, isPackageBuilt, provisionWithProgress } from '../test/e2e/n8n';
import {
	EXAMPLES,
	ExampleReport,
	formatReport,
	importExamples,
	runExample,
} from '../test/e2e/examples';
import { ScriptedOpenAi, startScriptedOpenAi } from '../test/e2e/openai';
import { Simulator, startSimulator } from '../test/e2e/wolkvox';

const VERSION_LABEL: Record<N8nVersionKey, string> = { v2: 'n8n 2.41.1', v1: 'n8n 1.123.x' };

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const secs = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const mmss = (ms: number) =>
	`${Math.floor(ms / 60000)}m${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}s`;

async function main(): Promise<number> {
	const key = (argValue('n8n') ?? 'v2') as N8nVersionKey;
	if (key !== 'v2' && key !== 'v1') throw new Error(`--n8n must be v2 or v1, not ${key}`);
	if (!isPackageBuilt())
		throw new Error('dist/ is not built: run `npm run demo` (it builds first) or `npm run build`');
	console.log(
		`n8n-nodes-wolkvox demo: the example workflows in real ${VERSION_LABEL[key]} against the wolkvox simulator\n`,
	);
	const install = await provisionWithProgress(key);
	const t0 = Date.now(); // the total below leaves out a first-run installation

	let sim: Simulator | undefined;
	let openai: ScriptedOpenAi | undefined;
	let n8n: N8nInstance | undefined;
	const cleanup = async () => {
		await n8n?.dispose();
		await sim?.stop();
		await openai?.stop();
	};
	const onSignal = () => {
		console.log('\ninterrupted: stopping n8n and the simulator');
		void cleanup().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	try {
		sim = await startSimulator();
		openai = await startScriptedOpenAi(); // the "model" of the AI-agent example (06)
		n8n = await N8nInstance.create(key, { installPackage: true, packageMode: 'tarball' });
		console.log(
			`n8n ${install.version} (${install.nodeBin}) with n8n-nodes-wolkvox installed as a community package`,
		);
		console.log(
			`simulator ${sim.url}; credentials "Wolkvox (simulator)" and "Wolkvox (wrong token, example 05)"`,
		);
		console.log(
			`scripted OpenAI-compatible server ${openai.url}; credential "OpenAI (scripted test server)"`,
		);
		process.stdout.write(
			`importing credentials and the ${EXAMPLES.length} example workflows (n8n import:credentials / import:workflow)... `,
		);
		const tImport = Date.now();
		await importExamples(n8n, sim.url, EXAMPLES, openai.url);
		console.log(`done (${secs(Date.now() - tImport)})\n`);

		const reports: ExampleReport[] = [];
		for (const spec of EXAMPLES) {
			console.log(`running (${spec.id}) ${spec.file} ...`);
			const report = await runExample(n8n, sim, spec, undefined, openai);
			reports.push(report);
			console.log(formatReport(report) + '\n');
		}

		const passed = reports.filter((r) => r.pass).length;
		const calls = reports.reduce((n, r) => n + r.calls, 0);
		console.log('summary');
		for (const r of reports) console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  (${r.id}) ${r.title}`);
		console.log(
			`\n${passed}/${reports.length} examples behaved in real n8n ${install.version}; ${calls} wolkvox calls in all; ${mmss(Date.now() - t0)} total.`,
		);
		if (passed === reports.length) {
			console.log(
				'Import them yourself: examples/README.md. Editor with the node and the simulator: npm run dev',
			);
		}
		return passed === reports.length ? 0 : 1;
	} finally {
		await cleanup();
	}
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`\ndemo failed: ${error.message}`);
		process.exit(1);
	},
);
