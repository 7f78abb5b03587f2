import { dateParams, dateRange } from './common';
import type { EndpointDef } from './types';

/**
 * Customer reports (customer.php): call-level agent, CDR and skill reports for a date range.
 * Each call covers at most 31 days and returns at most 60,000 rows.
 */

const range = dateRange();

export const customerEndpoints: EndpointDef[] = [
	{
		resource: 'customer',
		operation: 'getAgentCallDetail',
		name: 'Get Agent Call Detail',
		action: 'Get call detail per agent',
		description:
			'Lists the calls handled by agents in a period with call ID and type, agent, skill, campaign, duration, activity codes, comment, phone number, destination, who hung up and customer ID. At most 31 days per call.',
		file: 'customer',
		api: 'agents_detail',
		method: 'GET',
		params: [...dateParams()],
		dateRange: range,
		rowCap: 60000,
	},
	{
		resource: 'customer',
		operation: 'getAgentHourlyTimes',
		name: 'Get Agent Hourly Times',
		action: 'Get agent state times per hour',
		description:
			'Returns per agent and hour the inbound, outbound and internal call counts and the time spent ready, in calls, in ACW, ringing, logged in and in auxiliary states, with AHT and occupancy. At most 31 days per call.',
		file: 'customer',
		api: 'agents_statustime',
		method: 'GET',
		params: [...dateParams()],
		dateRange: range,
		rowCap: 60000,
	},
	{
		resource: 'customer',
		operation: 'getCallCdr',
		name: 'Get Call CDR',
		action: 'Get call detail records',
		description:
			'Lists the call detail records of a period: call ID and type, talk time, agent, skill, date and hour, activity codes with descriptions, hit flag, phone and destination, cost, who hung up, customer ID, ring and abandon. At most 31 days per call.',
		file: 'customer',
		api: 'cdr_calls',
		method: 'GET',
		params: [...dateParams()],
		dateRange: range,
		rowCap: 60000,
	},
	{
		resource: 'customer',
		operation: 'getSkillCallDetail',
		name: 'Get Skill Call Detail',
		action: 'Get call detail per skill',
		description:
			'Lists the calls that went through skills in a period with call ID and type, agent, skill, wait time, whether answered within 10/20/30/40/50 seconds, skill result, caller number (ANI) and dialed number (DNIS). At most 31 days per call.',
		file: 'customer',
		api: 'skills_detail',
		method: 'GET',
		params: [...dateParams()],
		dateRange: range,
		rowCap: 60000,
	},
];
