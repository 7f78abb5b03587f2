/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The workflows of examples/ in real n8n (2.41.1 and 1.123.x), imported as users import them
 * (`n8n import:workflow`), against the simulator with a fault scheduled during each run:
 * (a) CDR for a day (a 500 retried), (b) maintenance ridden out, (c) maintenance longer than the
 * budget -> Maintenance output -> Wait -> success, (d) 25,001 records in 3 batches with maintenance
 * in the middle, (e) invalid token -> error output, (f) an AI agent (real AI Agent + OpenAI Chat Model
 * against the scripted OpenAI server of test/e2e/openai.ts) calling the node as its tool while a
 * maintenance window passes. Scenarios and checks: test/e2e/examples.ts (shared with `npm run demo`).
 */
import {
	N8nInstance,
	PROVISION_TIMEOUT_MS,
	provision,
	selectedVersions,
	WOLKVOX_NODE_TYPE,
} from './n8n';
import {
	EXAMPLES,
	exampleFiles,
	failures,
	formatReport,
	importExamples,
	loadExample,
	SAVED_V1,
	runExample,
} from './examples';
import { ScriptedOpenAi, startScriptedOpenAi } from './openai';
import { Simulator, startSimulator, requireBuildAndSimulator } from './wolkvox';

requireBuildAndSimulator();

test('every examples/*.json file has a scenario, and each is a Manual Trigger workflow using the community node (or its tool) type', () => {
	expect(exampleFiles()).toEqual(EXAMPLES.map((e) => e.file));
	for (const spec of EXAMPLES) {
		const wf = require(`../../examples/${spec.file}`);
		expect(wf.id).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(wf.nodes.some((n: any) => n.type === 'n8n-nodes-base.manualTrigger')).toBe(true);
		expect(wf.nodes.some((n: any) => n.type === 'n8n-nodes-base.stickyNote')).toBe(true);
		const wolkvox = wf.nodes.filter((n: any) =>
			['n8n-nodes-wolkvox.wolkvox', 'n8n-nodes-wolkvox.wolkvoxTool'].includes(n.type),
		);
		expect(wolkvox).toHaveLength(1);
		expect(Object.keys(wolkvox[0].credentials)).toEqual(['wolkvoxApi']);
	}
});

describe.each(selectedVersions())('real n8n %s: the example workflows', (key) => {
	let n8n: N8nInstance;
	let sim: Simulator;
	let openai: ScriptedOpenAi;

	beforeAll(async () => {
		await provision(key);
		[sim, openai] = await Promise.all([startSimulator(), startScriptedOpenAi()]);
		n8n = await N8nInstance.create(key, { installPackage: true, packageMode: 'tarball' });
		await importExamples(n8n, sim.url, [...EXAMPLES, SAVED_V1], openai.url);
	}, PROVISION_TIMEOUT_MS);

	afterAll(async () => {
		await n8n?.dispose();
		await Promise.all([sim?.stop(), openai?.stop()]);
	});

	it.each(EXAMPLES.map((spec) => [`(${spec.id}) ${spec.file}`, spec] as const))(
		'%s',
		async (_name, spec) => {
			const report = await runExample(n8n, sim, spec, undefined, openai);
			// visible in the jest output: figures per example and version
			process.stdout.write(`\n[n8n ${n8n.install.version}] ${formatReport(report)}\n`);
			expect(failures(report)).toEqual([]);
		},
	);

	it('a workflow saved with node version 1 (Report group selector) still runs, with the same rows', async () => {
		const report = await runExample(n8n, sim, SAVED_V1, undefined, openai);
		process.stdout.write(`\n[n8n ${n8n.install.version}] ${formatReport(report)}\n`);
		expect(failures(report)).toEqual([]);
		const node = loadExample(SAVED_V1.file).nodes.find((n) => n.type === WOLKVOX_NODE_TYPE)!;
		expect([node.typeVersion, node.parameters.resource, node.parameters.reportGroup]).toEqual([
			1,
			'report',
			'calls',
		]);
	});
});
