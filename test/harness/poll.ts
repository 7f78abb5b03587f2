/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Runs the Wolkvox Trigger's poll() the way n8n does, with n8n-core's real contexts and no cron:
 * - trigger mode: n8n-core's PollContext for the workflow node, with the emit / emitError that n8n's
 *   cli gives it (TriggerExecutionContextFactory.getExecutePollFunctions, legacy non-durable path):
 *   PollTriggerExecutor calls emit when poll() returns items, emitError when it throws, nothing
 *   when it returns null; emit saves the workflow's static data if the node changed it
 *   (WorkflowStaticDataService.saveStaticData: only when `__dataChanged`). `saved` is that database
 *   copy; a restart builds a new Workflow from it.
 * - manual mode ("Fetch Test Event"): n8n-core's WorkflowExecute in manual mode, which builds its
 *   own PollContext (mode 'manual') for the start node.
 * Cron wiring and activation are real n8n's business: test/e2e/trigger.e2e.test.ts.
 */
import { additionalDataFor, CredentialsHelper, type WolkvoxCredentials } from './engine'; // sets N8N_USER_FOLDER first

import { PollContext, WorkflowExecute } from 'n8n-core';
import {
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IPollFunctions,
	Workflow,
} from 'n8n-workflow';

import { WolkvoxTrigger } from '../../nodes/WolkvoxTrigger/WolkvoxTrigger.node';
import { captureLogs } from './logs';

const triggerType = new WolkvoxTrigger() as unknown as INodeType;
const nodeTypes: INodeTypes = {
	getByName: () => triggerType,
	getByNameAndVersion: () => triggerType,
	getKnownTypes: () => ({}),
} as unknown as INodeTypes;

export const TRIGGER_NAME = 'Wolkvox Trigger';
let workflowSeq = 0;

export interface PollOutcome {
	/** Items emitted by this poll (empty when it returned null). */
	items: INodeExecutionData[];
	/** poll() returned items and n8n's emit ran (static data saved if changed). */
	emitted: boolean;
	error?: Error & { description?: string; context?: IDataObject };
	/** What n8n-core and the node logged during the poll. */
	logs: string[];
}

export interface TriggerOptions {
	parameters: IDataObject;
	credentials: WolkvoxCredentials;
	timezone?: string;
	/** Static data as n8n loaded it from the database (restart). */
	staticData?: IDataObject;
	/** What n8n 2.x's getPollBudgetMs returns (default: PollContext's own, 5 minutes). */
	pollBudgetMs?: number;
	workflowId?: string;
}

/** One active workflow with the trigger alone, as n8n holds it in memory between polls. */
export class TriggerWorkflow {
	readonly workflow: Workflow;
	readonly node: INode;
	readonly workflowId: string;
	/** The static data n8n saved to its database (on emit). */
	saved: IDataObject;

	constructor(readonly options: TriggerOptions) {
		this.workflowId = options.workflowId ?? `wf-trigger-${++workflowSeq}`;
		this.node = {
			id: 'trigger-node',
			name: TRIGGER_NAME,
			type: 'n8n-nodes-wolkvox.wolkvoxTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: options.parameters as INode['parameters'],
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

	/** The node's static data as the running workflow holds it (in memory). */
	get nodeState(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.getStaticData('node', this.node)));
	}

	/** The node's static data in the saved copy. */
	get savedNodeState(): IDataObject | undefined {
		return this.saved[`node:${TRIGGER_NAME}`] as IDataObject | undefined;
	}

	/** n8n's WorkflowStaticDataService.saveStaticData. */
	private saveStaticData(): void {
		const data = this.workflow.staticData as IDataObject;
		if (data.__dataChanged === true) {
			const { __dataChanged, ...rest } = data;
			this.saved = JSON.parse(JSON.stringify(rest));
			data.__dataChanged = false;
		}
	}

	/** One scheduled poll (mode 'trigger'), as n8n's PollTriggerExecutor runs it. */
	async poll(): Promise<PollOutcome> {
		const outcome: PollOutcome = { items: [], emitted: false, error: undefined, logs: [] };
		const emit = (data: INodeExecutionData[][]) => {
			this.saveStaticData();
			outcome.emitted = true;
			outcome.items = data[0] ?? [];
		};
		const emitError = (error: Error) => {
			outcome.error = error as PollOutcome['error'];
		};
		const budget = this.options.pollBudgetMs;
		const context = new PollContext(
			this.workflow,
			this.node,
			additionalDataFor(new CredentialsHelper(this.options.credentials), this.workflowId, [
				this.node,
			]),
			'trigger',
			'activate',
			emit,
			emitError,
			undefined,
			undefined,
			undefined,
			budget === undefined ? undefined : () => budget,
		);
		const logs = captureLogs();
		try {
			const response = await triggerType.poll!.call(context as unknown as IPollFunctions);
			if (response !== null) context.__emit(response);
		} catch (error) {
			context.__emitError(error as Error);
		} finally {
			logs.stop();
		}
		outcome.logs = logs.lines;
		return outcome;
	}

	/** n8n restarted: a new Workflow from the saved static data. */
	restart(options: Partial<TriggerOptions> = {}): TriggerWorkflow {
		return new TriggerWorkflow({
			...this.options,
			...options,
			staticData: this.saved,
			workflowId: this.workflowId,
		});
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
		const additionalData = additionalDataFor(
			new CredentialsHelper(this.options.credentials),
			this.workflowId,
			[this.node],
		);
		const logs = captureLogs();
		let run: Awaited<ReturnType<WorkflowExecute['run']>>;
		try {
			run = await new WorkflowExecute(additionalData, 'manual').run({
				workflow,
				startNode: workflow.getNode(TRIGGER_NAME)!,
			} as any);
		} finally {
			logs.stop();
		}
		const task = run.data.resultData.runData[TRIGGER_NAME]?.[0];
		const items = task?.data?.main?.[0] ?? [];
		return {
			items,
			emitted: items.length > 0,
			error: (task?.error ?? run.data.resultData.error) as PollOutcome['error'],
			logs: logs.lines,
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
		restore() {
			spy.mockRestore();
		},
	};
}
