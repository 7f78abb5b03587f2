/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Proves the harness on every provisioned n8n version with built-in nodes only:
 * Manual Trigger -> Set (writes fields) -> No Operation. If our package is built (dist/), it is
 * installed in the user folder too, so this also proves n8n starts with the package present.
 */
import {
	N8nInstance,
	describeResult,
	linearWorkflow,
	nodeOutputJson,
	outputCounts,
	parseExecutionJson,
	PROVISION_TIMEOUT_MS,
	provision,
	runBounded,
	selectedVersions,
	MANUAL_TRIGGER_NAME,
	endedCleanly,
} from './n8n';

describe('parseExecutionJson', () => {
	it('takes the JSON from the first line that is "{" and ignores lines around it', () => {
		const stdout = [
			'Initializing n8n process',
			'Loaded nodes {',
			'{',
			'  "status": "success",',
			'  "a": { "b": 1 }',
			'}',
			'bye',
		].join('\n');
		expect(parseExecutionJson(stdout)).toEqual({ status: 'success', a: { b: 1 } });
		expect(parseExecutionJson('no json here\n')).toBeUndefined();
	});
});

describe('runBounded', () => {
	it('kills the whole process group on timeout', async () => {
		const marker = `wolkvox-e2e-sleep-${process.pid}-${Date.now()}`;
		const r = await runBounded('bash', ['-c', `exec -a ${marker} sleep 30 & sleep 30`], {
			env: process.env as Record<string, string>,
			timeoutMs: 500,
		});
		expect(r.timedOut).toBe(true);
		expect(r.durationMs).toBeLessThan(10_000);
		// the background grandchild is gone too (a killed process may take a moment to disappear)
		let left = '';
		for (const until = Date.now() + 10_000; ; ) {
			const ps = await runBounded('pgrep', ['-f', marker], {
				env: process.env as Record<string, string>,
				timeoutMs: 5_000,
			});
			left = ps.stdout.trim();
			if (left === '' || Date.now() > until) break;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(left).toBe('');
	});
});

describe.each(selectedVersions())('real n8n %s: harness smoke test', (key) => {
	let n8n: N8nInstance;

	beforeAll(async () => {
		await provision(key); // no-op when provisioned; installs otherwise (minutes)
		n8n = await N8nInstance.create(key);
	}, PROVISION_TIMEOUT_MS); // first run on a fresh machine installs n8n (minutes)

	afterAll(async () => {
		await n8n?.dispose();
	});

	it('runs Manual Trigger -> Set -> No Operation and returns the items', async () => {
		const wf = linearWorkflow(`smoke ${key}`, [
			{
				id: 'b0000000-0000-4000-8000-000000000002',
				name: 'Set Fields',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					mode: 'manual',
					assignments: {
						assignments: [
							{ id: 'c1', name: 'greeting', value: 'hola', type: 'string' },
							{ id: 'c2', name: 'answer', value: '={{ 40 + 2 }}', type: 'number' },
						],
					},
					options: {},
				},
			},
			{
				id: 'b0000000-0000-4000-8000-000000000003',
				name: 'No Operation',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				parameters: {},
			},
		]);
		await n8n.importWorkflow(wf);
		const run = await n8n.execute(wf.id);

		expect({ status: run.status, endedCleanly: endedCleanly(run) }).toEqual({
			status: 'success',
			endedCleanly: true,
		});
		expect(Object.keys(run.runData).sort()).toEqual(
			[MANUAL_TRIGGER_NAME, 'No Operation', 'Set Fields'].sort(),
		);
		expect(outputCounts(run, 'Set Fields')).toEqual([1]);
		expect(nodeOutputJson(run, 'Set Fields')).toEqual([{ greeting: 'hola', answer: 42 }]);
		expect(nodeOutputJson(run, 'No Operation')).toEqual([{ greeting: 'hola', answer: 42 }]);
		if (run.status !== 'success') throw new Error(describeResult(run));
	});

	it('reports a failing node with status "error" and a non-zero exit code', async () => {
		const wf = linearWorkflow(`smoke failure ${key}`, [
			{
				id: 'b0000000-0000-4000-8000-000000000004',
				name: 'Stop and Error',
				type: 'n8n-nodes-base.stopAndError',
				typeVersion: 1,
				parameters: { errorMessage: 'boom from smoke test' },
			},
		]);
		await n8n.importWorkflow(wf);
		const run = await n8n.execute(wf.id);
		expect(run.exitCode).not.toBe(0);
		expect(run.timedOut).toBe(false);
		expect(run.status).toBe('error');
		expect(JSON.stringify(run.error ?? run.runData['Stop and Error'])).toContain(
			'boom from smoke test',
		);
	});
});
