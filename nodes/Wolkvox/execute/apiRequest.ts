/** The API Request resource: any v2 API by file and API name, through the same transport. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { attempt, InvalidInput } from '../../../core/failures';
import { extractRecords, wholeAnswer } from '../../../core/records';
import type { WolkvoxRequest } from '../../../core/request';
import { callWolkvox, type Session } from '../../../core/transport';
import { recordItems } from '../../shared/outcomes';

const NAME = /^[A-Za-z0-9_]+$/;

function parseJsonBody(ctx: IExecuteFunctions, itemIndex: number): unknown {
	const raw = ctx.getNodeParameter('jsonBody', itemIndex, '{}') as unknown;
	if (typeof raw !== 'string') return raw;
	const parsed = attempt(() => JSON.parse(raw) as unknown);
	if ('error' in parsed)
		throw new InvalidInput(`"JSON Body" is not valid JSON: ${parsed.error.message}`);
	return parsed.value;
}

/** Reads and validates the fields of one item: nothing is sent when something is wrong. */
export function buildApiRequest(ctx: IExecuteFunctions, itemIndex: number): WolkvoxRequest {
	const invalid = (message: string) => new InvalidInput(message);
	let file = ctx.getNodeParameter('family', itemIndex) as string;
	if (file === 'custom') file = String(ctx.getNodeParameter('customFamily', itemIndex, '')).trim();
	if (!NAME.test(file))
		throw invalid(
			`"Custom Family" must be a file name like reports_manager (letters, digits, _); got "${file}"`,
		);
	const api = String(ctx.getNodeParameter('api', itemIndex, '')).trim();
	if (!NAME.test(api))
		throw invalid(
			`"API Name" must be the api= value, like cdr_1 (letters, digits, _); got "${api}"`,
		);
	const method = ctx.getNodeParameter('method', itemIndex) as WolkvoxRequest['method'];

	const qs: IDataObject = {};
	/** One query parameter, from "Query Parameters" or a GET's "JSON Body" (`from`). */
	const addQuery = (name: unknown, value: unknown, from: string) => {
		const key = String(name ?? '').trim();
		if (key === '') throw invalid(`Every "${from}" entry needs a Name`);
		if (key === 'api') throw invalid(`Set the API in "API Name", not in "${from}"`);
		qs[key] =
			value === undefined || value === null
				? ''
				: typeof value === 'object'
					? JSON.stringify(value)
					: String(value as string | number | boolean);
	};
	const params = ctx.getNodeParameter('queryParameters.parameter', itemIndex, []) as Array<{
		name: string;
		value: unknown;
	}>;
	for (const { name, value } of params) addQuery(name, value, 'Query Parameters');

	let body: unknown;
	if (ctx.getNodeParameter('sendBody', itemIndex, false) as boolean) {
		body = parseJsonBody(ctx, itemIndex);
		if (method === 'GET') {
			if (body === null || typeof body !== 'object' || Array.isArray(body)) {
				throw invalid(
					'With GET the "JSON Body" must be an object: its keys are sent as query parameters',
				);
			}
			for (const [name, value] of Object.entries(body)) addQuery(name, value, 'JSON Body');
			body = undefined;
		}
	}
	return { method, file, api, qs, body };
}

export async function executeApiRequest(
	ctx: IExecuteFunctions,
	session: Session,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const req = buildApiRequest(ctx, itemIndex);
	const output = ctx.getNodeParameter('options.output', itemIndex, 'records') as string;
	const answer = await callWolkvox(session, req);
	const item = recordItems(itemIndex);
	if (output === 'whole') return [item(wholeAnswer(answer.body))];
	if (answer.noData) return [];
	return extractRecords(answer.body).map(item);
}
