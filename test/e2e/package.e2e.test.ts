/**
 * Our package inside real n8n, installed as the Community Nodes UI installs it (extracted
 * `npm pack` tarball in <user folder>/.n8n/nodes/node_modules), against a tiny wolkvox stub on
 * 127.0.0.1 (this file does not need test/simulator): checks the exact token header and URL that
 * leave n8n. Behaviour against the simulator is in wolkvox.e2e.test.ts. Skipped until dist/ is built
 * (`npx n8n-node build`).
 */
import {
	N8nInstance,
	WOLKVOX_NODE_TYPE,
	describeResult,
	isPackageBuilt,
	nodeOutputJson,
	outputCounts,
	PROVISION_TIMEOUT_MS,
	provision,
	selectedVersions,
	endedCleanly,
} from './n8n';
import {
	MAINTENANCE_OUTPUT,
	SUCCESS_OUTPUT,
	WOLKVOX_NODE_NAME,
	WolkvoxStub,
	startStub,
	wolkvoxCredential,
	wolkvoxWorkflow,
} from './wolkvox';

// Never skipped: without the build the suite fails and says why.
if (!isPackageBuilt())
	throw new Error(
		'Build the package first (npm run build): the e2e tests install dist/ into real n8n',
	);
const describeIfBuilt = describe;

describeIfBuilt.each(selectedVersions())(
	'real n8n %s: n8n-nodes-wolkvox as a community package',
	(key) => {
		let n8n: N8nInstance;
		let stub: WolkvoxStub;

		beforeAll(async () => {
			await provision(key);
			stub = await startStub();
			n8n = await N8nInstance.create(key, { installPackage: true, packageMode: 'tarball' });
			await n8n.importCredentials([wolkvoxCredential(stub.url)]);
		}, PROVISION_TIMEOUT_MS); // first run on a fresh machine installs n8n (minutes)

		afterAll(async () => {
			await n8n?.dispose();
			await stub?.close();
		});

		beforeEach(() => {
			stub.requests.length = 0;
			stub.mode = 'ok';
		});

		it(`loads ${WOLKVOX_NODE_TYPE}, decrypts the credential and sends the token header`, async () => {
			const wf = wolkvoxWorkflow(
				`wolkvox ok ${key}`,
				{
					family: 'reports_manager',
					api: 'cdr_1',
					query: { date_ini: '20240501000000', date_end: '20240501235959' },
				},
				wolkvoxCredential(stub.url),
			);
			const run = await n8n.run(wf);
			if (run.status !== 'success') throw new Error(describeResult(run));

			expect(endedCleanly(run)).toBe(true);
			expect(nodeOutputJson(run, WOLKVOX_NODE_NAME, SUCCESS_OUTPUT)).toEqual(stub.rows);
			expect(outputCounts(run, WOLKVOX_NODE_NAME)[MAINTENANCE_OUTPUT] ?? 0).toBe(0);

			expect(stub.requests).toHaveLength(1);
			const [req] = stub.requests;
			expect(req.method).toBe('GET');
			expect(req.path).toBe('/api/v2/reports_manager.php');
			expect(req.query).toMatchObject({
				api: 'cdr_1',
				date_ini: '20240501000000',
				date_end: '20240501235959',
			});
			expect(req.headers['wolkvox-token']).toBe(stub.token);
		});
	},
);
