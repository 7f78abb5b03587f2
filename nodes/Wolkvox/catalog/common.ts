import type { ParamDef } from './types';

/** The date range most wolkvox queries take: `date_ini` .. `date_end` (inclusive), YYYYmmddHHiiss. */
export function dateStart(): ParamDef {
	return {
		name: 'date_ini',
		displayName: 'Start Date',
		kind: 'date',
		in: 'query',
		required: true,
		description: 'Start of the range, converted to YYYYmmddHHiiss in the operation timezone.',
	};
}

export function dateEnd(maxDays = 31): ParamDef {
	const limit =
		maxDays === 1
			? 'At most 24 hours after the start.'
			: `At most ${maxDays} days after the start.`;
	return {
		name: 'date_end',
		displayName: 'End Date',
		kind: 'date',
		in: 'query',
		required: true,
		description: `End of the range (inclusive), converted to YYYYmmddHHiiss in the operation timezone. ${limit}`,
	};
}

/** Both date parameters. */
export function dateParams(maxDays = 31): ParamDef[] {
	return [dateStart(), dateEnd(maxDays)];
}

/** The matching `dateRange` of an endpoint. */
export function dateRange(maxDays = 31) {
	return { start: 'date_ini', end: 'date_end', maxDays };
}
