/**
 * Option properties both nodes offer (the editor side). Each is defined once; the trigger passes
 * its own default or wording where its meaning differs (a poll waits less than a job).
 */
import type { INodeProperties } from 'n8n-workflow';

/** How rows become items (API Request and catalog operations). */
export const outputOption: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'records',
	description: "How wolkvox's answer becomes output items",
	options: [
		{
			name: 'One Item per Record',
			value: 'records',
			description: 'Each row of data becomes an item',
		},
		{
			name: 'Whole Response',
			value: 'whole',
			description:
				"One item with wolkvox's full answer (code, msg, data) to one call: a long range is not split",
		},
	],
};

export function retryBudgetOption(
	seconds = 600,
	description = 'How long one request may wait in total for wolkvox to come back (maintenance window, in-flight limit, server errors). wolkvox backups usually take a few minutes.',
): INodeProperties {
	return {
		displayName: 'Retry Budget (Seconds)',
		name: 'retryBudgetSeconds',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: seconds,
		description,
	};
}

export function timezoneOption(
	description = "The wolkvox operation's timezone (IANA name). Dates with an offset are converted into it; dates without one are taken as already in it. Empty: the workflow's timezone.",
): INodeProperties {
	return {
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'America/Bogota',
		description,
	};
}

export function typedOutputOption(
	description = 'Whether to turn numeric strings into numbers, "HH:MM:SS" into seconds (the original kept as FIELD_hms) and "34.64 %" into 34.64. Off keeps wolkvox\'s raw strings.',
): INodeProperties {
	return {
		displayName: 'Typed Output',
		name: 'typedOutput',
		type: 'boolean',
		default: false,
		description,
	};
}

/** Options every operation shares: how to wait, what to do when waiting is not enough. */
export const commonOptions: INodeProperties[] = [
	{
		displayName: 'Add Summary Item',
		name: 'summary',
		type: 'boolean',
		default: false,
		description:
			'Whether to add one last item with what this node spent in the execution: API calls (each counts against the daily quota), retries, time waited, windows and batches',
	},
	retryBudgetOption(),
	{
		displayName: 'When Maintenance Outlasts the Budget',
		name: 'onMaintenanceTimeout',
		type: 'options',
		default: 'output',
		description:
			'What happens to an item when wolkvox stays in maintenance longer than the Retry Budget',
		options: [
			{
				name: 'Send to Maintenance Output',
				value: 'output',
				description:
					'The item leaves through the Maintenance output: connect a Wait node and loop it back',
			},
			{ name: 'Fail', value: 'fail', description: 'Treat it as an error of the item' },
		],
	},
	{
		displayName: 'No Data (404)',
		name: 'notFound',
		type: 'options',
		default: 'empty',
		description: 'What to do when a query matches nothing (wolkvox answers HTTP 404)',
		options: [
			{ name: 'Return Nothing', value: 'empty', description: 'An empty result, not an error' },
			{ name: 'Fail', value: 'error', description: 'Treat "no data" as an error of the item' },
		],
	},
	{
		displayName: 'Request Timeout (Seconds)',
		name: 'timeoutSeconds',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 70,
		description:
			'A request with no answer by then counts as failed (wolkvox itself stops each call after 60 s)',
	},
	{
		displayName: 'Max Rows for an AI Agent',
		name: 'agentMaxRows',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description:
			"Only when the node runs as an AI agent's tool: at most this many rows go to the model, followed by a note saying how many were left out and how to narrow the query",
	},
	{
		displayName: 'Max API Calls per Execution',
		name: 'maxCalls',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Stop before this node sends more calls than this in one execution (every call counts against the daily quota). 0 means no limit.',
	},
];
