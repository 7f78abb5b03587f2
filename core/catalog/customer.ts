import { rangeFamily } from './factories';
import type { EndpointDef } from './types';

/**
 * Customer reports (customer.php): call-level agent, CDR and skill reports for a date range.
 * Each call covers at most 31 days and returns at most 60,000 rows.
 */
const customer = rangeFamily({ resource: 'customer', file: 'customer' });

export const customerEndpoints: EndpointDef[] = [
	customer('agents_detail', 'getAgentCallDetail', {
		name: 'Get Agent Call Detail',
		action: 'Get call detail per agent',
		description:
			'Lists the calls handled by agents in a period with call ID and type, agent, skill, campaign, duration, activity codes, comment, phone number, destination, who hung up and customer ID. At most 31 days per call.',
	}),
	customer('agents_statustime', 'getAgentHourlyTimes', {
		name: 'Get Agent Hourly Times',
		action: 'Get agent state times per hour',
		description:
			'Returns per agent and hour the inbound, outbound and internal call counts and the time spent ready, in calls, in ACW, ringing, logged in and in auxiliary states, with AHT and occupancy. At most 31 days per call.',
	}),
	customer('cdr_calls', 'getCallCdr', {
		name: 'Get Call CDR',
		action: 'Get call detail records',
		description:
			'Lists the call detail records of a period: call ID and type, talk time, agent, skill, date and hour, activity codes with descriptions, hit flag, phone and destination, cost, who hung up, customer ID, ring and abandon. At most 31 days per call.',
	}),
	customer('skills_detail', 'getSkillCallDetail', {
		name: 'Get Skill Call Detail',
		action: 'Get call detail per skill',
		description:
			'Lists the calls that went through skills in a period with call ID and type, agent, skill, wait time, whether answered within 10/20/30/40/50 seconds, skill result, caller number (ANI) and dialed number (DNIS). At most 31 days per call.',
	}),
];
