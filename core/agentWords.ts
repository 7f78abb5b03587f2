/**
 * What an AI agent's model reads when the node runs as its tool. n8n hands the model only the
 * items of the node's first output, as JSON: every outcome must arrive there as one short item
 * that says what happened, whether to retry, and when. Keys avoid `error`: n8n's Retry On Fail
 * re-runs a node whose first item has one.
 */
export type AgentOutcome =
	| 'maintenance'
	| 'quota'
	| 'token'
	| 'invalid'
	| 'noData'
	| 'failed'
	| 'truncated';

export interface AgentItem {
	outcome: AgentOutcome;
	message: string;
}

const RETRY_LATER = 'Try again in a few minutes; wolkvox backups usually take less than 10.';

export const agentWords = {
	maintenance: (waitedSeconds: number): AgentItem => ({
		outcome: 'maintenance',
		message: `wolkvox is in a maintenance window (a server backup) and answered nothing for ${waitedSeconds} s, so no data was fetched. This is temporary: ${RETRY_LATER}`,
	}),
	quota: (): AgentItem => ({
		outcome: 'quota',
		message:
			'The wolkvox token has used up its quota (TOKEN LIMIT EXCEEDED), so no data was fetched. No query with this token can work until the quota resets (the wolkvox API resets it daily): do not retry now.',
	}),
	token: (what: string): AgentItem => ({
		outcome: 'token',
		message: `${what}, so nothing was fetched or changed. An administrator must fix the Wolkvox credential in n8n; retrying will not help.`,
	}),
	invalid: (problem: string): AgentItem => ({
		outcome: 'invalid',
		message: `The request was not sent because a value is wrong: ${problem}. Correct that value and call the tool again.`,
	}),
	noData: (operation: string): AgentItem => ({
		outcome: 'noData',
		message: `${operation}: wolkvox has no records for this query. That is an answer, not an error: nothing matched these dates and filters (a wider date range or other filters may find some).`,
	}),
	failed: (message: string, advice: string): AgentItem => ({
		outcome: 'failed',
		message: `The wolkvox request failed: ${message}.${advice ? ` ${advice}` : ''}`,
	}),
	truncated: (shown: number, total: number): AgentItem => ({
		outcome: 'truncated',
		message: `Showing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows: ${(total - shown).toLocaleString('en-US')} rows were left out. To see them, ask for less at a time: a shorter date range (one day or one hour), or one agent, skill or campaign.`,
	}),
};
