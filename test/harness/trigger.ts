/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Runs the Wolkvox Trigger through n8n-core's real polling machinery: ActiveWorkflowTriggers
 * activates the workflow (first poll at activation, cron registration), each later poll is the
 * registered cron job's own tick (PollTriggerExecutor -> TriggersAndPollers.runPollFunction with
 * n8n-core's PollContext), and the manual "Fetch Test Event" is WorkflowExecute in manual mode.
 * Static data is handled like n8n's legacy (non-durable) poll path: the node writes into
 * workflow.staticData, which is "saved" (deep-copied into `saved`) when a poll emits and after
 * activation, and a restart builds a new Workflow from what was saved.
 * Only the credential store and the emit/emitError callbacks (n8n's cli provides them) are ours.
 */
import { CredentialsHelper, type WolkvoxCredentials } from './engine'; // sets N8N_USER_FOLDER first

import {
	ActiveWorkflowTriggers,
	DirectoryLoader,
	ExecutionLifecycleHooks,
	InstanceSettings,
	PollContext,
	ScheduledTaskManager,
	TriggersAndPollers,
	WorkflowExecute,
} from 'n8n-core';
import {
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IPollFunctions,
	type IWorkflowExecuteAdditionalData,
	type WorkflowActivateMode,
	Workflow,
} from 'n8n-workflow';

import { WolkvoxTrigger } from '../../nodes/WolkvoxTrigger/WolkvoxTrigger.node';

const coreRequire = (name: string) =>
	require(require.resolve(name, { paths: [require.resolve('n8n-core')] }));
// n8n-core's own copies: the DI container and Logger class it registers its services with.
const { Container } = coreRequire('@n8n/di');
const { Logger } = coreRequire('@n8n/backend-common');

const quietLogger: any = {
	error() {},
	warn() {},
	info() {},
	debug() {},
	verbose() {},
	scoped: () => quietLogger,
};
Container.set(Logger, quietLogger);
// A single n8n main is the leader: only the leader registers poll crons.
Container.get(InstanceSettings).markAsLeader();

// As n8n's node loader does: a polling node gets the "Poll Times" parameter.
const triggerType = new WolkvoxTrigger() as unknown as INodeType;
(DirectoryLoader.prototype as any).applySpecialNodeParameters.call({}, triggerType);
const nodeTypes: INodeTypes = {
	getByName: () => triggerType,
	getByNameAndVersion: () => triggerType,
	getKnownTypes: () => ({}),
} as unknown as INodeTypes;

export const TRIGGER_NAME = 'Wolkvox Trigger';
let workflowSeq = 0;

function additionalDataFor(
	credentials: WolkvoxCredentials,
	workflowId: string,
	nodes: INode[],
): IWorkflowExecuteAdditionalData {
	return {
		hooks: new ExecutionLifecycleHooks('manual', 'exec1', {
			id: workflowId,
			name: 'trigger test',
			active: false,
			nodes,
			connections: {},
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as any),
		credentialsHelper: new CredentialsHelper(credentials),
		executionId: 'exec1',
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

export interface PollOutcome {
	/** Items emitted by this poll (empty when it returned null). */
	items: INodeExecutionData[];
	error?: Error & { description?: string; context?: IDataObject };
}

export interface TriggerOptions {
	parameters: IDataObject;
	credentials: WolkvoxCredentials;
	timezone?: string;
	/** Static data as n8n loaded it from the database (restart). */
	staticData?: IDataObject;
	/** What n8n 2.x's getPollBudgetMs returns (default: PollContext's own default). */
	pollBudgetMs?: number;
	workflowId?: string;
}

/** One active workflow: the trigger alone, as n8n runs it. */
export class ActiveTrigger {
	readonly workflow: Workflow;
	readonly node: INode;
	readonly workflowId: string;
	/** The static data n8n saved to its database (on emit and after activation). */
	saved: IDataObject;
	readonly polls: PollOutcome[] = [];
	private pending?: { resolve: () => void };
	private current: PollOutcome = { items: [] };

	constructor(readonly options: TriggerOptions) {
		this.workflowId = options.workflowId ?? `wf-trigger-${++workflowSeq}`;
		this.node = {
			id: 'trigger-node',
			name: TRIGGER_NAME,
			type: 'n8n-nodes-wolkvox.wolkvoxTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				pollTimes: { item: [{ mode: 'everyX', value: 5, unit: 'minutes' }] },
				...options.parameters,
			} as INode['parameters'],
			credentials: { wolkvoxApi: { id: 'cred1', name: 'Wolkvox test' } },
		};
		this.saved = JSON.parse(JSON.stringify(options.staticData ?? {}));
		this.workflow = new Workflow({
			id: this.workflowId,
			name: 'trigger test',
			active: true,
			nodes: [this.node],
			connections: {},
			nodeTypes,
			staticData: JSON.parse(JSON.stringify(this.saved)),
			settings: { executionOrder: 'v1', timezone: options.timezone ?? 'UTC' },
		});
	}

	/** The node's static data as the running workflow holds it. */
	get nodeState(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.getStaticData('node', this.node)));
	}

	private save(): void {
		const data = this.workflow.staticData as IDataObject;
		if (data.__dataChanged === true) {
			const { __dataChanged, ...rest } = data;
			this.saved = JSON.parse(JSON.stringify(rest));
			data.__dataChanged = false;
		}
	}

	private finish(): void {
		this.polls.push(this.current);
		this.current = { items: [] };
		this.pending?.resolve();
		this.pending = undefined;
	}

	/** n8n's getPollFunctions: PollContext with the cli's emit (saves static data, starts an execution). */
	private getPollFunctions = (
		workflow: Workflow,
		node: INode,
		additionalData: IWorkflowExecuteAdditionalData,
		mode: any,
		activation: WorkflowActivateMode,
	): IPollFunctions => {
		const emit = (data: INodeExecutionData[][]) => {
			this.save();
			this.current.items = data[0] ?? [];
		};
		const emitError = (error: Error) => {
			this.current.error = error as PollOutcome['error'];
		};
		const budget = this.options.pollBudgetMs;
		return new PollContext(
			workflow,
			node,
			additionalData,
			mode,
			activation,
			emit,
			emitError,
			undefined,
			undefined,
			undefined,
			budget === undefined ? undefined : () => budget,
		) as unknown as IPollFunctions;
	};

	/** Activates the workflow: n8n runs the first poll right away (an error fails the activation). */
	async activate(activation: WorkflowActivateMode = 'activate'): Promise<PollOutcome> {
		const triggers = Container.get(ActiveWorkflowTriggers);
		const additionalData = additionalDataFor(this.options.credentials, this.workflowId, [
			this.node,
		]);
		const failure = await triggers
			.addAllTriggers(
				this.workflowId,
				this.workflow,
				additionalData,
				'trigger',
				activation,
				() => {
					throw new Error('no trigger nodes');
				},
				this.getPollFunctions,
			)
			.then(
				() => undefined,
				(error: Error) => error,
			);
		// The cron n8n registered must not tick on its own during a test: ticks are fired by hand.
		for (const cron of this.crons()) cron.job.stop();
		if (failure) this.current.error = ((failure as any).cause ?? failure) as PollOutcome['error'];
		this.save(); // n8n saves static data after activation
		const outcome = this.current;
		this.finish();
		return outcome;
	}

	private crons(): Array<{ job: { stop(): void; fireOnTick(): void } }> {
		const manager = Container.get(ScheduledTaskManager) as any;
		const group = manager.cronsByGroupType.get('workflow')?.get(this.workflowId);
		return group ? [...group.values()] : [];
	}

	/** One tick of the registered poll cron, through n8n-core's PollTriggerExecutor. */
	async tick(): Promise<PollOutcome> {
		const [cron] = this.crons();
		if (!cron) throw new Error('the workflow has no registered poll cron');
		const events = Container.get(TriggersAndPollers).events as any;
		const done = new Promise<void>((resolve) => {
			this.pending = { resolve };
		});
		const completed = new Promise<void>((resolve) =>
			events.once('poll-tick-completed', () => resolve()),
		);
		cron.job.fireOnTick();
		await completed;
		// __emit / __emitError run right after runPollFunction returns.
		await new Promise((resolve) => setImmediate(resolve));
		this.finish();
		await done;
		return this.polls[this.polls.length - 1];
	}

	async deactivate(): Promise<void> {
		await Container.get(ActiveWorkflowTriggers).remove(this.workflowId);
	}

	/** n8n restarted: a new Workflow from the saved static data, activated again ('init'). */
	async restart(): Promise<{ trigger: ActiveTrigger; first: PollOutcome }> {
		await this.deactivate();
		const trigger = new ActiveTrigger({
			...this.options,
			staticData: this.saved,
			workflowId: this.workflowId,
		});
		const first = await trigger.activate('init');
		return { trigger, first };
	}

	/** "Fetch Test Event": the node alone in a manual execution, over this workflow's static data. */
	async fetchTestEvent(): Promise<PollOutcome> {
		const workflow = new Workflow({
			id: this.workflowId,
			name: 'trigger test',
			active: false,
			nodes: [this.node],
			connections: {},
			nodeTypes,
			staticData: this.workflow.staticData,
			settings: { executionOrder: 'v1', timezone: this.options.timezone ?? 'UTC' },
		});
		const additionalData = additionalDataFor(this.options.credentials, this.workflowId, [
			this.node,
		]);
		const run = await new WorkflowExecute(additionalData, 'manual').run({
			workflow,
			startNode: workflow.getNode(TRIGGER_NAME)!,
		} as any);
		const task = run.data.resultData.runData[TRIGGER_NAME]?.[0];
		return {
			items: task?.data?.main?.[0] ?? [],
			error: (task?.error ?? run.data.resultData.error) as PollOutcome['error'],
		};
	}
}

/**
 * The clock the node and the simulator read (Date.now): set to a wall time, then running on in
 * real time, so retry budgets still elapse. Wall times are UTC here (the workflows' timezone).
 */
export function useClock() {
	const realNow = Date.now.bind(Date);
	let offset = 0;
	const spy = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
	return {
		/** "2024-01-10 12:00:00" (UTC) is now. */
		set(at: string) {
			offset = Date.parse(`${at.replace(' ', 'T')}Z`) - realNow();
		},
		/** Moves the clock forward. */
		advance(ms: number) {
			offset += ms;
		},
		restore() {
			spy.mockRestore();
		},
	};
}
