import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ParamDef } from '../../../core/catalog';

/** n8n property name of a wire parameter (`file[]` -> `file__`). */
export function fieldName(param: ParamDef): string {
	return param.name.replace(/[^A-Za-z0-9_]/g, '_');
}

const LOOKUP_LABEL: Record<string, string> = {
	agents: 'agent',
	skills: 'skill',
	campaigns: 'campaign',
	connectors: 'connector',
	activityCodes: 'activity code',
	routingPoints: 'routing point',
};

/** The parameter's own hint, then what its kind of field takes (list, binary). */
function hintOf(param: ParamDef, kindHint?: string): { hint?: string } {
	const hint = [param.hint, kindHint].filter(Boolean).join('. ');
	return hint ? { hint } : {};
}

/** The editor field for one parameter (without displayOptions). */
export function paramProperty(param: ParamDef): INodeProperties {
	const base = {
		displayName: param.displayName,
		name: fieldName(param),
		description: param.description,
		...(param.placeholder ? { placeholder: param.placeholder } : {}),
		...hintOf(param),
	};
	switch (param.kind) {
		case 'options':
			return {
				...base,
				type: 'options',
				options: (param.options ?? []).map(
					(o): INodePropertyOptions => ({
						name: o.name,
						value: o.value,
						description: o.description,
					}),
				),
				default: param.default ?? param.options?.[0]?.value ?? '',
			};
		case 'date':
			return { ...base, type: 'dateTime', default: '' };
		case 'boolean':
			return { ...base, type: 'boolean', default: false };
		case 'json':
			return { ...base, type: 'json', default: param.default ?? '' };
		case 'list':
			return {
				...base,
				type: 'string',
				default: param.default ?? '',
				...hintOf(param, 'Comma-separated, or an expression that returns an array'),
			};
		case 'binary':
			return {
				...base,
				type: 'string',
				default: param.default ?? 'data',
				...hintOf(
					param,
					'Name of the input binary property holding the file (several: comma-separated)',
				),
			};
		case 'integer':
			if (param.lookup) {
				return {
					...base,
					type: 'resourceLocator',
					default: {
						mode: 'list',
						value: param.default === undefined ? '' : String(param.default),
					},
					modes: [
						{
							displayName: `From List`,
							name: 'list',
							type: 'list',
							placeholder: `Select a ${LOOKUP_LABEL[param.lookup]}...`,
							typeOptions: { searchListMethod: `search_${param.lookup}`, searchable: true },
						},
						{
							displayName: 'ID',
							name: 'id',
							type: 'string',
							placeholder: param.allowWords?.length ? `4012 or ${param.allowWords[0]}` : '4012',
						},
					],
				};
			}
			return {
				...base,
				type: 'string',
				default: param.default === undefined ? '' : String(param.default),
			};
		default:
			return {
				...base,
				type: 'string',
				default: param.default === undefined ? '' : String(param.default),
			};
	}
}
