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
			'Calls handled by agents with call type, skill, campaign, duration, codes and phone number.',
	}),
	customer('agents_statustime', 'getAgentHourlyTimes', {
		name: 'Get Agent Hourly Times',
		action: 'Get agent state times per hour',
		description: 'Per agent and hour: calls by direction, state times, AHT and occupancy.',
	}),
	customer('cdr_calls', 'getCallCdr', {
		name: 'Get Call CDR',
		action: 'Get call records with hit, ring and abandon flags',
		description:
			'One row per call with talk time, agent, skill, codes, hit flag, cost, ring and abandon.',
	}),
	customer('skills_detail', 'getSkillCallDetail', {
		name: 'Get Skill Call Detail',
		action: 'Get call detail per skill',
		description:
			'Calls through skills with wait time, answered within 10-50 s, result, ANI and DNIS.',
	}),
];
