/**
 * What the Wolkvox Trigger can watch, as data: for each event the endpoint(s) it polls, the
 * column(s) that identify a record, the column holding its date, and the filters it offers.
 * The polling logic (poller.ts) knows nothing about individual events.
 */
import type { IDataObject } from 'n8n-workflow';

import { findEndpoint, type EndpointDef } from '../catalog';

/** Filters the trigger applies (agent, skill, campaign) and the record column each one reads. */
export type FilterKind = 'agent' | 'skill' | 'campaign';

/** One endpoint polled with a moving date window. */
export interface StreamDef {
	/** The wolkvox `api` name: names the stream in the state and in each item's metadata. */
	api: string;
	endpoint: EndpointDef;
	/** Columns identifying a record. Empty (or all blank in a row): the whole record is its identity. */
	key: string[];
	/**
	 * Column with the record's date-time, used to order the items. A dotted path reads into the
	 * first element of an array (`conversation.date`: the first message of a conversation).
	 */
	date?: string;
	/** Query parameters the endpoint needs besides the dates. */
	fixedQs?: IDataObject;
	/** Polled only when this boolean node parameter is on. */
	enabledBy?: string;
}

interface EventBase {
	value: string;
	name: string;
	description: string;
	/** Filters offered, each with the record column it compares. */
	filters: Partial<Record<FilterKind, string>>;
}

/** New rows of date-ranged reports: a cursor, an overlap and de-duplication by key. */
export interface RecordEventDef extends EventBase {
	kind: 'records';
	streams: StreamDef[];
}

/** One event per agent whose real-time status differs from the previous poll. */
export interface AgentStatusEventDef extends EventBase {
	kind: 'agentStatus';
	endpoint: EndpointDef;
	key: string;
	status: string;
}

/** One alert each time a skill's queue goes above the threshold. */
export interface SkillQueueEventDef extends EventBase {
	kind: 'skillQueue';
	endpoint: EndpointDef;
	key: string;
	/** Column with the calls waiting in the queue. */
	count: string;
}

export type EventDef = RecordEventDef | AgentStatusEventDef | SkillQueueEventDef;

function endpoint(resource: string, group: string | undefined, operation: string): EndpointDef {
	const found = findEndpoint(resource, group, operation);
	if (!found)
		throw new Error(
			`Wolkvox Trigger: catalog entry ${resource}.${group ?? ''}.${operation} is missing`,
		);
	return found;
}

export const EVENTS: EventDef[] = [
	{
		kind: 'records',
		value: 'newCall',
		name: 'New Call Record',
		description: 'A new call detail record (CDR); optionally calls that did not connect too',
		filters: { agent: 'agent_id', skill: 'skill_id', campaign: 'campaign_id' },
		streams: [
			{
				api: 'cdr_1',
				endpoint: endpoint('report', 'calls', 'getCallDetail'),
				key: ['conn_id'],
				date: 'date',
			},
			{
				api: 'cdr_5',
				endpoint: endpoint('report', 'calls', 'getUnconnectedCallDetail'),
				key: ['conn_id'],
				date: 'date',
				enabledBy: 'includeUnconnected',
			},
		],
	},
	{
		kind: 'records',
		value: 'newChat',
		name: 'New Chat',
		description: 'A new chat handled by an agent (chat detail)',
		filters: { agent: 'agent_id', skill: 'skill_id' },
		streams: [
			{
				api: 'chat_1',
				endpoint: endpoint('report', 'chats', 'getChatDetail'),
				key: ['conn_id'],
				date: 'date',
			},
		],
	},
	{
		kind: 'records',
		value: 'newConversation',
		name: 'New Chat Conversation',
		description: 'A new chat with its messages (conversation)',
		filters: {},
		streams: [
			{
				api: 'chat_2',
				endpoint: endpoint('report', 'chats', 'getConversations'),
				key: ['conn_id'],
				date: 'conversation.date',
			},
		],
	},
	{
		kind: 'records',
		value: 'newInteraction',
		name: 'New Digital Interaction',
		description: 'A new e-mail or social-media interaction (case)',
		filters: { skill: 'skill_id' },
		streams: [
			{
				api: 'chat_4',
				endpoint: endpoint('report', 'chats', 'getInteractionDetail'),
				key: ['case_id'],
				date: 'date_creation',
				fixedQs: { attach_array: 'yes', include_attachments: 'false' },
			},
		],
	},
	{
		kind: 'records',
		value: 'campaignResult',
		name: 'New Campaign Record Result',
		description: 'A record of the chosen campaign was worked (dialled, coded)',
		filters: { agent: 'agent_id' },
		streams: [
			{
				api: 'detail',
				endpoint: endpoint('campaign', undefined, 'getRecordDetail'),
				key: ['conn_id'],
				date: 'date',
			},
		],
	},
	{
		kind: 'records',
		value: 'auditLog',
		name: 'New Audit Log Entry',
		description: 'A change or request made in wolkvox Manager',
		filters: {},
		streams: [
			{
				api: 'audit_log',
				endpoint: endpoint('information', undefined, 'getAuditLog'),
				key: [],
				date: 'date',
			},
		],
	},
	{
		kind: 'agentStatus',
		value: 'agentStatus',
		name: 'Agent Status Changed',
		description: "An agent's real-time status differs from the previous poll",
		filters: { agent: 'agent_id' },
		endpoint: endpoint('realTime', undefined, 'getAgentStatus'),
		key: 'agent_id',
		status: 'agent_status',
	},
	{
		kind: 'skillQueue',
		value: 'skillQueue',
		name: 'Skill Queue Above Threshold',
		description: 'The calls waiting in a skill queue went above a threshold',
		filters: { skill: 'skill_id' },
		endpoint: endpoint('realTime', undefined, 'getSkillStatus'),
		key: 'skill_id',
		count: 'calls_in_queue_now',
	},
];

export function findEvent(value: string): EventDef | undefined {
	return EVENTS.find((event) => event.value === value);
}

/** Events offering a filter, for the editor's display options. */
export function eventsWithFilter(kind: FilterKind): string[] {
	return EVENTS.filter((event) => event.filters[kind] !== undefined).map((event) => event.value);
}
