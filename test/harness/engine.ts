/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Runs our node inside n8n-core's real WorkflowExecute: real parameter resolution, real
 * continueOnFail/error-output routing, and n8n-core's real httpRequestWithAuthentication (axios)
 * making real HTTP calls to the simulator. Only the credential store is ours (an in-memory
 * ICredentialsHelper that applies the credential's generic `authenticate` like n8n does).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-n8n-'));
process.env.N8N_USER_FOLDER = userFolder;
process.on('exit', () => fs.rmSync(userFolder, { recursive: true, force: true }));

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type ITriggerFunctions,
	type IWorkflowExecuteAdditionalData,
	type IVersionedNodeType,
	NodeConnectionTypes,
	Workflow,
} from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { WolkvoxCrmApi } from '../../credentials/WolkvoxCrmApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { captureLogs } from './logs';

/** Emits the items it is given: the workflow's start node. */
class StartTrigger implements INodeType {
	description: INodeType['description'] = {
		displayName: 'Start',
		name: 'start',
		group: ['trigger'],
		version: 1,
		description: 'Emits the test items',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json' as const, default: '[]' }],
	};

	async trigger(this: ITriggerFunctions) {
		const items = JSON.parse(this.getNodeParameter('items') as string) as INodeExecutionData[];
		const emit = () => this.emit([items]);
		return { manualTriggerFunction: async () => emit() };
	}
}

const credentialType = new WolkvoxApi();
const crmCredentialType = new WolkvoxCrmApi();
const credentialTypes = {
	[credentialType.name]: credentialType,
	[crmCredentialType.name]: crmCredentialType,
} as Record<string, WolkvoxApi | WolkvoxCrmApi>;
const nodeTypes: INodeTypes = {
	getByName: (name: string) => byName(name),
	getByNameAndVersion: (name: string, version?: number) => {
		const type = byName(name);
		return 'nodeVersions' in type ? type.getNodeType(version) : type;
	},
	getKnownTypes: () => ({}),
} as INodeTypes;
// One instance per type, as n8n keeps its loaded node types: n8n-core looks the type up on every
// getNodeParameter call, and building the catalog's description each time costs ~10 ms per item.
const startType = new StartTrigger() as unknown as INodeType;
let wolkvoxType: Wolkvox | undefined;
function byName(name: string): INodeType | IVersionedNodeType {
	if (name === 'test.start') return startType;
	// n8n runs a usableAsTool node as "<type>Tool" (an AI agent's tool): same class, same execute.
	if (name === 'n8n-nodes-wolkvox.wolkvox' || name === 'n8n-nodes-wolkvox.wolkvoxTool')
		return (wolkvoxType ??= new Wolkvox());
	throw new Error(`unknown node type ${name}`);
}

export interface WolkvoxCredentials {
	token: string;
	baseUrl?: string;
	server?: string;
}

/** The Wolkvox CRM API credential's fields. */
export interface WolkvoxCrmCredentials {
	token: string;
	operation: string;
	host?: string;
	baseUrl?: string;
}

export class CredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly data: WolkvoxCredentials,
		private readonly crmData?: WolkvoxCrmCredentials,
	) {
		super();
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		if (type === crmCredentialType.name) {
			if (!this.crmData) throw new Error('no Wolkvox CRM API credential given to runNode');
			return { ...this.crmData } as ICredentialDataDecryptedObject;
		}
		return { ...this.data } as ICredentialDataDecryptedObject;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	/** Applies the generic `authenticate` of our credential type, resolving its expressions. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	) {
		const type = credentialTypes[typeName];
		if (!type) throw new Error(`unexpected credential type ${typeName}`);
		const auth = type.authenticate;
		const options = { ...requestOptions, headers: { ...(requestOptions.headers ?? {}) } };
		for (const [key, expression] of Object.entries(auth.properties.headers ?? {})) {
			options.headers![key] = workflow!.expression.getSimpleParameterValue(
				node!,
				expression as string,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			) as string;
		}
		return options;
	}
	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties(type: string) {
		return (credentialTypes[type] ?? credentialType).properties;
	}
}

export interface RunNodeOptions {
	parameters: IDataObject;
	items?: IDataObject[] | INodeExecutionData[];
	credentials: WolkvoxCredentials;
	/** The Wolkvox CRM API credential (CRM resources). */
	crmCredentials?: WolkvoxCrmCredentials;
	/** Run the node as n8n runs it for an AI agent (type `n8n-nodes-wolkvox.wolkvoxTool`). */
	asTool?: boolean;
	/** The node's typeVersion (default 1: the parameters most tests use have a Report group). */
	typeVersion?: 1 | 2;
	/** n8n's "On Error" setting of the node. */
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	/** Cancels the execution after this many ms (like the Stop button). */
	cancelAfterMs?: number;
	timezone?: string;
	/** A second Wolkvox node ("Wolkvox 2", same credentials) fed by the first one's Success output. */
	next?: { parameters: IDataObject; onError?: RunNodeOptions['onError']; asTool?: boolean };
}

export interface RunNodeResult {
	/** Per output (Success, Maintenance[, Error]) the items. */
	outputs: INodeExecutionData[][];
	error?: Error & { description?: string; context?: IDataObject };
	run: IRun;
	logs: string[];
	durationMs: number;
	/** The second node's outputs and error, when `next` was given. */
	next?: { outputs: INodeExecutionData[][]; error?: RunNodeResult['error'] };
}

const asItems = (items: IDataObject[] | INodeExecutionData[]): INodeExecutionData[] =>
	items.map((item) =>
		'json' in item && typeof item.json === 'object'
			? (item as INodeExecutionData)
			: { json: item as IDataObject },
	);

let executionSeq = 0;

/**
 * What n8n gives an execution: lifecycle hooks, the credentials, and an execution id of its own
 * (as in n8n; the node keeps quota stops per execution).
 */
export function additionalDataFor(
	credentialsHelper: ICredentialsHelper,
	workflowId: string,
	nodes: INode[],
): IWorkflowExecuteAdditionalData {
	const executionId = `exec${++executionSeq}`;
	return {
		hooks: new ExecutionLifecycleHooks('manual', executionId, {
			id: workflowId,
			name: 'test',
			active: false,
			nodes,
			connections: {},
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as any),
		credentialsHelper,
		executionId,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const nodes: INode[] = [
		{
			id: 's',
			name: 'Start',
			type: 'test.start',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(asItems(options.items ?? [{}])) },
		},
		{
			id: 'w',
			name: 'Wolkvox',
			type: options.asTool ? 'n8n-nodes-wolkvox.wolkvoxTool' : 'n8n-nodes-wolkvox.wolkvox',
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters: options.parameters as INode['parameters'],
			credentials: {
				wolkvoxApi: { id: 'cred1', name: 'Wolkvox test' },
				...(options.crmCredentials
					? { wolkvoxCrmApi: { id: 'cred2', name: 'Wolkvox CRM test' } }
					: {}),
			},
			...(options.onError ? { onError: options.onError } : {}),
		},
	];
	if (options.next) {
		nodes.push({
			...nodes[1],
			id: 'w2',
			name: 'Wolkvox 2',
			type: options.next.asTool ? 'n8n-nodes-wolkvox.wolkvoxTool' : 'n8n-nodes-wolkvox.wolkvox',
			position: [400, 0],
			parameters: options.next.parameters as INode['parameters'],
			onError: options.next.onError,
		});
	}
	const workflow = new Workflow({
		id: 'wf1',
		name: 'test',
		active: false,
		nodes,
		connections: {
			Start: { main: [[{ node: 'Wolkvox', type: NodeConnectionTypes.Main, index: 0 }]] },
			...(options.next
				? {
						Wolkvox: {
							main: [[{ node: 'Wolkvox 2', type: NodeConnectionTypes.Main, index: 0 }]],
						},
					}
				: {}),
		},
		nodeTypes,
		settings: { executionOrder: 'v1', ...(options.timezone ? { timezone: options.timezone } : {}) },
	});
	const additionalData = additionalDataFor(
		new CredentialsHelper(options.credentials, options.crmCredentials),
		'wf1',
		nodes,
	);

	const logs = captureLogs();
	const started = Date.now();
	const execution = new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode: workflow.getNode('Start')!,
	});
	const timer =
		options.cancelAfterMs !== undefined
			? setTimeout(() => execution.cancel(), options.cancelAfterMs)
			: undefined;
	const run = await execution;
	if (timer) clearTimeout(timer);
	const durationMs = Date.now() - started;
	logs.stop();

	const resultOf = (name: string) => {
		const taskData = run.data.resultData.runData[name]?.[0];
		return {
			outputs: (taskData?.data?.main ?? []).map((items) => items ?? []),
			error: (taskData?.error ??
				(options.next && name === 'Wolkvox' ? undefined : run.data.resultData.error)) as
				| RunNodeResult['error']
				| undefined,
		};
	};
	return {
		...resultOf('Wolkvox'),
		...(options.next ? { next: resultOf('Wolkvox 2') } : {}),
		run,
		logs: logs.lines,
		durationMs,
	};
}

/**
 * Runs one of the node's listSearch methods (the editor's "From List" lookups) through n8n-core's
 * real LoadOptionsContext, with real HTTP to the simulator.
 */
export async function runListSearch(
	method: string,
	credentials: WolkvoxCredentials,
	filter?: string,
) {
	const { LoadOptionsContext } = require('n8n-core') as typeof import('n8n-core');
	const node: INode = {
		id: 'w',
		name: 'Wolkvox',
		type: 'n8n-nodes-wolkvox.wolkvox',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { wolkvoxApi: { id: 'cred1', name: 'Wolkvox test' } },
	};
	const workflow = new Workflow({
		id: 'wf1',
		name: 'test',
		active: false,
		nodes: [node],
		connections: {},
		nodeTypes,
		settings: {},
	});
	const additionalData = {
		credentialsHelper: new CredentialsHelper(credentials),
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const type = nodeTypes.getByNameAndVersion('n8n-nodes-wolkvox.wolkvox', 2);
	const search = (type.methods?.listSearch ?? {})[method];
	if (!search) throw new Error(`no listSearch method ${method}`);
	return await search.call(context, filter);
}
