/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Runs a credential type's `test` the way n8n's CredentialsTester does: the request's expressions
 * resolved by n8n-workflow's real expression engine, the generic `authenticate` headers applied,
 * the request sent for real (to the simulator), then the `responseSuccessBody` rules checked in
 * order with lodash `get` — the first match fails the test with its message.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INode,
	INodeType,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

const get = require('lodash/get') as (object: unknown, path: string) => unknown; // what n8n uses

const noop = {
	description: {
		displayName: 'Noop',
		name: 'noop',
		group: [],
		version: 1,
		description: '',
		defaults: {},
		inputs: [],
		outputs: [],
		properties: [],
	},
} as unknown as INodeType;
const node: INode = {
	id: 'c',
	name: 'Credential test',
	type: 'test.noop',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const workflow = new Workflow({
	id: 'cred-test',
	nodes: [node],
	connections: {},
	active: false,
	nodeTypes: {
		getByName: () => noop,
		getByNameAndVersion: () => noop,
		getKnownTypes: () => ({}),
	} as any,
});

/** n8n's expression resolution of one credential-test value. */
export function resolveCredentialValue(
	value: unknown,
	data: ICredentialDataDecryptedObject,
): string {
	if (typeof value !== 'string' || !value.startsWith('=')) return String(value);
	return String(
		workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: data } as any,
			undefined,
			'',
		),
	);
}

export type Verdict = { status: 'OK' } | { status: 'Error'; message: string };

export async function runCredentialTest(
	credential: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Promise<{ verdict: Verdict; url: string }> {
	const { request, rules } = credential.test!;
	const url = new URL(`${resolveCredentialValue(request.baseURL, data)}${request.url}`);
	for (const [key, value] of Object.entries(request.qs ?? {}))
		url.searchParams.set(key, resolveCredentialValue(value, data));
	const headers: Record<string, string> = {};
	const auth = credential.authenticate as { properties: { headers?: Record<string, string> } };
	for (const [key, value] of Object.entries(auth.properties.headers ?? {}))
		headers[key] = resolveCredentialValue(value, data);
	if (request.ignoreHttpStatusErrors !== true)
		throw new Error('the credential test must read error bodies (ignoreHttpStatusErrors)');

	const response = await fetch(url, { method: request.method ?? 'GET', headers });
	const text = await response.text();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		body = text;
	}
	for (const rule of rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		if (get(body, rule.properties.key) === rule.properties.value)
			return {
				verdict: { status: 'Error', message: rule.properties.message },
				url: url.toString(),
			};
	}
	return { verdict: { status: 'OK' }, url: url.toString() };
}
