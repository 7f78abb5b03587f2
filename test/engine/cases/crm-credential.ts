/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The Wolkvox CRM API credential's test (`test.request` + `rules`), resolved and applied the way
 * n8n's CredentialsTester does (see credential.test.ts): expressions by n8n-workflow's engine, the
 * generic `authenticate` header, the first matching responseSuccessBody rule's message.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

import '../../harness/engine'; // sets N8N_USER_FOLDER before n8n-workflow is used
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { WolkvoxCrmApi } from '../../../credentials/WolkvoxCrmApi.credentials';
import { resolveCrmBaseUrl } from '../../../core/baseUrl';
import { useSimulator } from '../../harness/simulator';
import { crm, CRM_OPERATION, CRM_TOKEN } from '../../simulator/crm';
import { resolveCredentialValue as resolve, runCredentialTest } from '../../harness/credentialTest';

const { sim } = useSimulator({ latencyMs: 0 });
const state = crm(sim);
const credential = new WolkvoxCrmApi();
const data = (fields: Record<string, string> = {}) => ({
	token: CRM_TOKEN,
	operation: CRM_OPERATION,
	baseUrl: sim.url,
	...fields,
});

const testCredential = (data: ICredentialDataDecryptedObject) =>
	runCredentialTest(credential, data);

test('a valid token passes: POST token/tokenInformation.php?operation=... with the Wolkvox-Token header', async () => {
	const { verdict, url } = await testCredential(data());
	expect(verdict).toEqual({ status: 'OK' });
	expect(url).toBe(
		`${sim.url}/server/API/v2/token/tokenInformation.php?operation=${CRM_OPERATION}`,
	);
	expect(sim.log.map((r) => [r.method, r.file, r.api, r.token, r.status])).toEqual([
		['POST', 'crm/token', 'tokenInformation', CRM_TOKEN, 200],
	]);
});

test('an invalid token (401)', async () => {
	const { verdict } = await testCredential(data({ token: 'nope' }));
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(
			/^The CRM did not accept the token \(401\).*generated inside the CRM/,
		),
	});
});

test('no token (401)', async () => {
	const { verdict } = await testCredential(data({ token: '' }));
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/did not accept the token/),
	});
});

test('quota spent: valid token, points at hours_to_restart_count', async () => {
	state.addToken('spent', 50, 50);
	const { verdict } = await testCredential(data({ token: 'spent' }));
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(
			/token is valid but its daily quota is spent.*hours_to_restart_count/,
		),
	});
});

test('quota spent answered with 403 TOKEN LIMIT EXCEEDED: the same', async () => {
	state.faults.push({
		op: 'token/tokenInformation',
		status: 403,
		body: { code: 403, error: 'Forbidden', msg: 'TOKEN LIMIT EXCEEDED' },
	});
	const { verdict } = await testCredential(data());
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/daily quota is spent/),
	});
});

test('a token of another operation (403)', async () => {
	const { verdict } = await testCredential(data({ operation: 'otheroperation' }));
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/refused the call \(403\).*belongs to this operation/),
	});
});

test('an unknown operation or path (404)', async () => {
	state.faults.push({
		op: 'token/tokenInformation',
		status: 404,
		body: { code: '404', error: 'Not Found', msg: 'OPERATION NOT FOUND' },
	});
	const { verdict } = await testCredential(data());
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/does not know this operation \(404\).*Operation Name/),
	});
});

test('maintenance', async () => {
	sim.maintenance = true;
	const { verdict } = await testCredential(data());
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/maintenance window/),
	});
});

test('an address that is not the CRM (HTML page)', async () => {
	const other = http.createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html' });
		res.end('<html>nginx</html>');
	});
	await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
	try {
		const { verdict } = await testCredential(
			data({ baseUrl: `http://127.0.0.1:${(other.address() as AddressInfo).port}` }),
		);
		expect(verdict).toEqual({
			status: 'Error',
			message: expect.stringMatching(/did not answer like the wolkvox CRM.*CRM Host/),
		});
	} finally {
		other.closeAllConnections();
		await new Promise((r) => other.close(r));
	}
});

describe('the test request goes where the node goes', () => {
	test.each([
		[{ host: 'crm0001.wolkvox.com' }],
		[{ host: ' https://crm0001.wolkvox.com/ ' }],
		[{ host: 'crm0001.wolkvox.com', baseUrl: 'http://127.0.0.1:4010' }],
		[{ baseUrl: 'https://proxy.example.com/' }],
	])('%o', (fields) => {
		expect(
			resolve(credential.test.request.baseURL, { token: 'x', operation: 'o', ...fields }),
		).toBe(resolveCrmBaseUrl(fields));
	});

	test.each([
		['sv0001.crmvox.com', '0001'],
		['https://sv0000.crmvox.com/', '0000'],
	])(
		'a retired host (%s) goes to a name that cannot resolve and says which host to use',
		(host, n) => {
			const url = resolve(credential.test.request.baseURL, { token: 'x', operation: 'o', host });
			expect(url).toBe(`https://sv${n}.crmvox.com.was-retired.use-crm${n}.wolkvox.com.invalid`);
			expect(() => resolveCrmBaseUrl({ host })).toThrow(`use crm${n}.wolkvox.com instead`);
		},
	);
});
