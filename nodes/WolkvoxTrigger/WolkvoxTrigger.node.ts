import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { toWolkvoxDate } from '../../core/dates';
import { EVENTS, eventsWithFilter, findEvent, type EventDef } from '../../core/trigger/events';
import { runPoll, type PollConfig, type TriggerState } from '../../core/trigger/poller';
import { listSearch } from '../shared/listSearch';
import { retryBudgetOption, timezoneOption, typedOutputOption } from '../shared/options';
import { nodeError } from '../shared/outcomes';
import { openSession } from '../shared/session';

const recordEvents = EVENTS.filter((event) => event.kind === 'records').map((event) => event.value);

interface TriggerOptions {
	startFrom?: string;
	overlapMinutes?: number;
	minIntervalMinutes?: number;
	retryBudgetSeconds?: number;
	timezone?: string;
	typedOutput?: boolean;
}

const UNTOUCHED =
	'Nothing was emitted and the trigger did not move its cursor: the next poll fetches everything since the last successful one.';

/** A tick this close to the minimum interval still polls (cron ticks are not exactly periodic). */
const INTERVAL_TOLERANCE_MS = 30 * 1000;

/** Polls in progress per workflow node: a tick that comes while one runs is skipped. */
const running = new Set<string>();

const filterOption = (
	kind: 'agent' | 'skill' | 'campaign',
	displayName: string,
	placeholder: string,
): INodeProperties => ({
	displayName,
	name: `${kind}Ids`,
	type: 'string',
	default: '',
	placeholder,
	description: `Comma-separated ${kind} IDs: only records of these ${kind}s trigger the workflow. Empty: all.`,
	displayOptions: { show: { '/event': eventsWithFilter(kind) } },
});

const properties: INodeProperties[] = [
	{
		displayName:
			'Each poll costs one wolkvox API call (two with calls that did not connect; more while catching up after a long pause) against the daily quota of licenses x 1,000 calls. wolkvox recommends polling every 5 minutes: set Poll Times accordingly; polls closer together than the Minimum Interval option are skipped without a call.',
		name: 'quotaNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'newCall',
		description: 'Which new wolkvox data starts the workflow',
		options: EVENTS.map((event) => ({
			name: event.name,
			value: event.value,
			description: event.description,
		})),
	},
	{
		displayName: 'Include Calls That Did Not Connect',
		name: 'includeUnconnected',
		type: 'boolean',
		default: false,
		description: 'Whether to also watch the unconnected call detail (one more API call per poll)',
		displayOptions: { show: { event: ['newCall'] } },
	},
	{
		displayName: 'Campaign Type',
		name: 'campaignType',
		type: 'options',
		default: 'predictive',
		description: 'Type of the campaign whose worked records are watched',
		options: [
			{
				name: 'Predictive',
				value: 'predictive',
				description: 'Predictive or progressive dialer campaign',
			},
			{
				name: 'Preview',
				value: 'preview',
				description: 'Agent previews each record before the call',
			},
		],
		displayOptions: { show: { event: ['campaignResult'] } },
	},
	{
		displayName: 'Campaign',
		name: 'campaign',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The campaign whose worked records trigger the workflow',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a campaign...',
				typeOptions: { searchListMethod: 'search_campaigns', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: '12' },
		],
		displayOptions: { show: { event: ['campaignResult'] } },
	},
	{
		displayName: 'Records',
		name: 'campaignDetail',
		type: 'options',
		default: 'default',
		description: 'Which worked records of the campaign start the workflow',
		options: [
			{
				name: 'With a Call ID',
				value: 'default',
				description: 'Only records that have a phone attempt',
			},
			{
				name: 'All Worked Records',
				value: 'all',
				description: 'Every worked record, with or without a call ID',
			},
		],
		displayOptions: { show: { event: ['campaignResult'] } },
	},
	{
		displayName: 'Threshold (Calls in Queue)',
		name: 'threshold',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 5,
		description:
			'An alert is sent when the calls waiting in a skill queue go above this number; the next alert for that skill comes after it has dropped to it or below',
		displayOptions: { show: { event: ['skillQueue'] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Only records of these agents, campaigns or skills start the workflow',
		displayOptions: {
			show: {
				event: EVENTS.filter((event) => Object.keys(event.filters).length > 0).map(
					(event) => event.value,
				),
			},
		},
		options: [
			filterOption('agent', 'Agent IDs', '1001, 1002'),
			filterOption('campaign', 'Campaign IDs', '12, 15'),
			filterOption('skill', 'Skill IDs', '4001, 4002'),
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'How often to poll, how far back to read, how long to wait for wolkvox',
		options: [
			{
				displayName: 'Minimum Interval (Minutes)',
				name: 'minIntervalMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 5,
				description:
					"Polls sooner than this after the previous one are skipped without calling wolkvox, so n8n's default Poll Times (every minute) cost 288 calls a day, not 1,440. 0: poll at every Poll Time.",
			},
			{
				displayName: 'Overlap (Minutes)',
				name: 'overlapMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 10,
				description:
					'Each poll reads again this much time before where the previous poll ended, to catch records wolkvox writes late (e.g. a call is listed when it ends, dated when it started). Records already emitted are not emitted again.',
				displayOptions: { show: { '/event': recordEvents } },
			},
			retryBudgetOption(
				60,
				'How long a poll waits for wolkvox during a maintenance window. If it lasts longer, the poll emits nothing and the next poll continues where this one stopped.',
			),
			{
				displayName: 'Start From',
				name: 'startFrom',
				type: 'dateTime',
				default: '',
				description:
					'Only for the first poll after the workflow is activated: emit the records since this date instead of starting from now',
				displayOptions: { show: { '/event': recordEvents } },
			},
			timezoneOption(
				"The wolkvox operation's timezone (IANA name), in which wolkvox dates its records; most operations use America/Bogota. Empty: the workflow's timezone. A timezone ahead of wolkvox's makes the trigger look into wolkvox's future and can skip late records.",
			),
			typedOutputOption(
				'Whether to turn numeric strings into numbers, "HH:MM:SS" durations into seconds and "34.64 %" into 34.64',
			),
		],
	},
];

export class WolkvoxTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wolkvox Trigger',
		name: 'wolkvoxTrigger',
		icon: { light: 'file:wolkvox.svg', dark: 'file:wolkvox.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: `={{ ${JSON.stringify(Object.fromEntries(EVENTS.map((e) => [e.value, e.name])))}[$parameter["event"]] || $parameter["event"] }}`,
		// n8n's node creator shows this for the whole Wolkvox app (trigger and actions together).
		description:
			'wolkvox contact center: reports such as call detail (CDR), real time, dialer campaigns, WhatsApp and CRM; starts workflows on new calls, chats, campaign results and agent status changes',
		defaults: { name: 'Wolkvox Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolkvoxApi', required: true }],
		properties,
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const manual = this.getMode() === 'manual';
		const eventName = this.getNodeParameter('event') as string;
		const event = findEvent(eventName);
		if (!event) throw new NodeOperationError(this.getNode(), `Unknown event "${eventName}"`);
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		// Manual runs ("Fetch Test Event") neither read nor write the static data.
		const staticData = manual ? undefined : this.getWorkflowStaticData('node');
		// A copy: the stored state is replaced only when the poll ends normally.
		const state = (staticData ? JSON.parse(JSON.stringify(staticData)) : {}) as TriggerState;

		if (!manual && state.lastPollAt !== undefined) {
			const elapsed = Date.now() - state.lastPollAt;
			const minimum = Math.max(0, options.minIntervalMinutes ?? 5) * 60 * 1000;
			if (elapsed >= 0 && elapsed + INTERVAL_TOLERANCE_MS < minimum) return null;
		}
		const lock = `${this.getWorkflow().id ?? ''}:${this.getNode().id}`;
		if (!manual && running.has(lock)) return null;
		if (!manual) running.add(lock);
		try {
			const config = readConfig(this, event, options, manual);
			const session = await openSession(this, {
				budgetMs: Math.max(0, options.retryBudgetSeconds ?? 60) * 1000,
			});
			const result = await runPoll(session, config, state).then(
				(ok) => ok,
				(error: Error) => error,
			);
			// The poll failed: nothing was emitted and the stored state (cursor, seen keys) did not change.
			if (result instanceof Error) {
				throw nodeError(this.getNode(), result, session.secret, 0, manual ? undefined : UNTOUCHED);
			}
			if (manual && result.maintenance) {
				throw new NodeOperationError(
					this.getNode(),
					'wolkvox is in a maintenance window (server backup)',
					{
						description:
							'It lasted longer than the Retry Budget option. Try again in a few minutes.',
					},
				);
			}
			if (result.maintenance) {
				this.logger.warn(
					'wolkvox stayed in maintenance for the whole retry budget: the next poll continues where this one stopped',
				);
			}
			if (staticData && result.state) {
				const next: IDataObject = {
					...result.state,
					lastPollAt: result.maintenance ? state.lastPollAt : Date.now(),
				};
				for (const key of Object.keys(staticData)) if (!(key in next)) delete staticData[key];
				Object.assign(staticData, JSON.parse(JSON.stringify(next)) as IDataObject);
			}
			this.logger.debug(
				`Wolkvox Trigger ${event.value}: ${result.items.length} item(s), ${session.stats.calls} API call(s)`,
			);
			return result.items.length > 0 ? [result.items] : null;
		} finally {
			if (!manual) running.delete(lock);
		}
	}
}

function list(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

function readConfig(
	ctx: IPollFunctions,
	event: EventDef,
	options: TriggerOptions,
	manual: boolean,
): PollConfig {
	const timeZone = options.timezone?.trim() || ctx.getTimezone();
	const filters = ctx.getNodeParameter('filters', {}) as IDataObject;
	let now: string;
	let startFrom: string | undefined;
	try {
		now = toWolkvoxDate(new Date(Date.now()), timeZone, 'Timezone');
		startFrom = options.startFrom
			? toWolkvoxDate(options.startFrom, timeZone, 'Start From')
			: undefined;
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message);
	}
	const qs: IDataObject = {};
	if (event.value === 'campaignResult') {
		qs.type_campaign = ctx.getNodeParameter('campaignType', 'predictive') as string;
		qs.campaign_id = String(
			ctx.getNodeParameter('campaign', '', { extractValue: true }) ?? '',
		).trim();
		qs.detail = ctx.getNodeParameter('campaignDetail', 'default') as string;
		if (!/^\d+$/.test(qs.campaign_id as string)) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Campaign must be a numeric campaign ID; got "${qs.campaign_id}"`,
			);
		}
	}
	return {
		event,
		now,
		timeZone,
		overlapSeconds: Math.round(Math.max(0, options.overlapMinutes ?? 10) * 60),
		startFrom,
		typed: options.typedOutput === true,
		filters: {
			agent: list(filters.agentIds),
			skill: list(filters.skillIds),
			campaign: list(filters.campaignIds),
		},
		enabled: {
			includeUnconnected:
				event.value === 'newCall' && (ctx.getNodeParameter('includeUnconnected', false) as boolean),
		},
		qs,
		threshold: event.value === 'skillQueue' ? Number(ctx.getNodeParameter('threshold', 5)) : 0,
		manual,
		deadline: pollDeadline(ctx),
	};
}

/**
 * n8n 2.x tells a poll how long it may run (getPollBudgetMs); a catch-up after a long gap starts no
 * new date window after half of it and leaves the rest to the next poll. Older n8n: no limit.
 */
function pollDeadline(ctx: IPollFunctions): number | undefined {
	const budget = typeof ctx.getPollBudgetMs === 'function' ? Number(ctx.getPollBudgetMs()) : NaN;
	return Number.isFinite(budget) && budget > 0 ? Date.now() + budget / 2 : undefined;
}
