/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The credential's test (`test.request` + `rules`), the way n8n's CredentialsTester uses it: the
 * request's expressions are resolved with n8n-workflow's real expression engine against the
 * credential data, the generic `authenticate` adds the header, the request is sent (here with
 * plain fetch), and the test fails with the message of the first rule where
 * `get(body, rule.key) === rule.value` (responseSuccessBody). ignoreHttpStatusErrors: a 403 body is
 * read like a 200 one.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

import '../../harness/engine'; // sets N8N_USER_FOLDER before n8n-workflow is used
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { WolkvoxApi } from '../../../credentials/WolkvoxApi.credentials';
import { resolveBaseUrl } from '../../../core/baseUrl';
import { useSimulator } from '../../harness/simulator';
import { DEFAULT_TOKEN } from '../../simulator/server';
import { resolveCredentialValue as resolve, runCredentialTest } from '../../harness/credentialTest';

const { sim, credentials } = useSimulator();
const credential = new WolkvoxApi();

const testCredential = (data: ICredentialDataDecryptedObject) =>
	runCredentialTest(credential, data);

test('a valid token passes: no rule matches; the request is information.php?api=token_info with the header', async () => {
	const { verdict, url } = await testCredential(credentials());
	expect(verdict).toEqual({ status: 'OK' });
	expect(url).toBe(`${sim.url}/api/v2/information.php?api=token_info`);
	expect(sim.log.map((r) => [r.file, r.api, r.token, r.status])).toEqual([
		['information', 'token_info', DEFAULT_TOKEN, 200],
	]);
});

test('an invalid token: says so in plain words', async () => {
	const { verdict } = await testCredential(credentials('no-such-token'));
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/^wolkvox does not know this token/),
	});
});

test('no token', async () => {
	const { verdict } = await testCredential(credentials(''));
	expect(verdict).toEqual({
		status: 'Error',
		message: 'No token was sent: fill in the Token field.',
	});
});

test('quota spent: the token is valid but the daily quota is spent', async () => {
	sim.addToken('spent-token', 20, 20);
	const { verdict } = await testCredential(credentials('spent-token'));
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/token is valid but its daily quota is spent/),
	});
});

test('maintenance: wolkvox is backing up, try again in a few minutes', async () => {
	sim.maintenance = true;
	const { verdict } = await testCredential(credentials());
	expect(verdict).toEqual({
		status: 'Error',
		message: expect.stringMatching(/backing up its servers.*try again in a few minutes/),
	});
});

test('another 403 (IP not on the allow-list): points at the allow-list', async () => {
	sim.addFault({
		api: 'token_info',
		status: 403,
		body: { code: '403', error: 'Forbidden', msg: 'ACCESS DENIED FOR THIS IP' },
	});
	const { verdict } = await testCredential(credentials());
	expect(verdict).toEqual({ status: 'Error', message: expect.stringMatching(/allow-list/) });
});

describe('a URL that is not wolkvox', () => {
	let other: http.Server;
	let otherUrl = '';
	beforeAll(async () => {
		other = http.createServer((_req, res) => {
			res.writeHead(200, { 'Content-Type': 'text/html' });
			res.end('<html><body>Welcome to nginx!</body></html>');
		});
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		other.closeAllConnections();
		await new Promise((resolve) => other.close(resolve));
	});

	test('an HTML page: "did not answer like a wolkvox server"', async () => {
		const { verdict } = await testCredential({ token: DEFAULT_TOKEN, baseUrl: otherUrl });
		expect(verdict).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/did not answer like a wolkvox server.*Server.*Base URL Override/,
			),
		});
	});

	test('JSON without the wolkvox envelope: the same', async () => {
		const original = sim.handlers.get('information.token_info')!;
		sim.handlers.set('information.token_info', () => ({ status: 200, body: { hello: 'world' } }));
		const { verdict } = await testCredential(credentials()).finally(() =>
			sim.handlers.set('information.token_info', original),
		);
		expect(verdict).toEqual({
			status: 'Error',
			message: expect.stringMatching(/did not answer like a wolkvox server/),
		});
	});
});

describe('the test request goes where the node goes', () => {
	test.each([
		[{ server: '0032' }],
		[{ server: '32' }],
		[{ server: ' 0032 ' }],
		[{ server: '0032', baseUrl: 'http://127.0.0.1:4010' }],
		[{ baseUrl: 'https://proxy.example.com/' }],
		[{ baseUrl: ' https://proxy.example.com ' }],
	])('%o', (fields) => {
		expect(resolve(credential.test.request.baseURL, { token: 'x', ...fields })).toBe(
			resolveBaseUrl(fields),
		);
	});

	test('Server and Base URL Override both empty: the test calls a host whose name says what to fill in (n8n shows only ENOTFOUND)', () => {
		expect(resolve(credential.test.request.baseURL, { token: 'x' })).toBe(
			'https://fill-in-server-or-base-url-override.invalid',
		);
		expect(resolve(credential.test.request.baseURL, { token: 'x', server: ' ', baseUrl: '' })).toBe(
			'https://fill-in-server-or-base-url-override.invalid',
		);
		expect(() => resolveBaseUrl({ server: '', baseUrl: '' })).toThrow(
			/Credential field "Server" must be your 4-digit operation server/,
		);
	});

	test('a trailing slash on the override does not double the slash', async () => {
		const { verdict, url } = await testCredential({ token: DEFAULT_TOKEN, baseUrl: `${sim.url}/` });
		expect(verdict).toEqual({ status: 'OK' });
		expect(url).toBe(`${sim.url}/api/v2/information.php?api=token_info`);
	});
});
