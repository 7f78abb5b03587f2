/** The editor fields of one catalog endpoint, for either node version. */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { type EndpointDef } from '../../../core/catalog';
import { CRM_FIELD_TYPES } from '../../../core/crmValues';
import {
	commonOptions,
	outputOption,
	timezoneOption,
	typedOutputOption,
} from '../../shared/options';
import { paramProperty } from './fields';

/** displayOptions that select one endpoint, plus `extra` conditions (e.g. Return All off). */
export type Show = (extra?: Record<string, Array<string | boolean>>) => IDisplayOptions;

/**
 * The fields of one endpoint: its parameters (required ones on top, the others under Additional
 * Fields), records, paging and options. `show` gives the displayOptions that select the endpoint.
 */
export function endpointProperties(endpoint: EndpointDef, show: Show): INodeProperties[] {
	const properties: INodeProperties[] = [];
	const main = endpoint.params.filter((p) => p.required || p.alwaysShow);
	const optional = endpoint.params.filter((p) => !p.required && !p.alwaysShow);
	for (const param of main)
		properties.push({ ...paramProperty(param), required: param.required, displayOptions: show() });
	if (optional.length > 0) {
		properties.push({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Optional parameters of this operation; those left out are not sent',
			displayOptions: show(),
			options: optional.map(paramProperty),
		});
	}
	if (endpoint.records) properties.push(...recordProperties(endpoint, show));
	if (endpoint.paging) {
		properties.push(
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				displayOptions: show(),
				description: 'Whether to return all results or only up to a given limit',
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				displayOptions: show({ returnAll: [false] }),
				description: 'Max number of results to return',
			},
		);
	}
	properties.push(optionsProperty(endpoint, show));
	return properties;
}

function recordProperties(endpoint: EndpointDef, show: Show): INodeProperties[] {
	const records = endpoint.records!;
	if (records.itemsOnly) return [];
	const fieldsMode = show({ recordsFrom: ['fields'] });
	const required = records.fields.filter((p) => p.required || p.alwaysShow);
	const optional = records.fields.filter((p) => !p.required && !p.alwaysShow);
	const properties: INodeProperties[] = [
		{
			displayName: 'Records From',
			name: 'recordsFrom',
			type: 'options',
			default: 'items',
			description: 'Where the records to send come from',
			displayOptions: show(),
			options: [
				{
					name: 'Input Items',
					value: 'items',
					description: `Each input item is one record (its fields as they are). All items are sent together in batches of up to ${records.uploadLimit.toLocaleString('en-US')}.`,
				},
				{
					name: 'Fields Below',
					value: 'fields',
					description: 'Build one record per input item from the fields below',
				},
			],
		},
		...required.map((p) => ({
			...paramProperty(p),
			required: p.required,
			displayOptions: fieldsMode,
		})),
	];
	if (optional.length > 0) {
		properties.push({
			displayName: 'Record Fields',
			name: 'recordFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Optional fields of each record; those left out are not sent',
			displayOptions: fieldsMode,
			options: optional.map(paramProperty),
		});
	}
	return properties;
}

function optionsProperty(endpoint: EndpointDef, show: Show): INodeProperties {
	// A bulk operation's output is one item per batch: the output options have nothing to shape.
	const bulk = endpoint.strategy === 'bulk';
	const options: INodeProperties[] = bulk ? [] : [outputOption, typedOutputOption()];
	if (
		endpoint.params.some((p) => p.kind === 'date') ||
		endpoint.records?.fields.some((p) => p.kind === 'date')
	) {
		options.push(timezoneOption());
	}
	if (endpoint.dateRange) {
		options.push({
			displayName: 'Split Long Ranges',
			name: 'splitRange',
			type: 'boolean',
			default: true,
			description: `Whether to split a range longer than ${endpoint.dateRange.maxDays} day(s) into several calls${endpoint.rowCap ? ` (and continue answers wolkvox cut at ${endpoint.rowCap.toLocaleString('en-US')} rows)` : ''}. Off: such a range is an error.`,
		});
	}
	if (endpoint.service === 'crm' && !bulk) {
		options.push({
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: false,
			description:
				"Whether to flatten nested CRM values ({value, symbol}, phones, addresses, tables) to their plain value. Off keeps the CRM's answer as it is.",
		});
	}
	if (endpoint.crmFields || (endpoint.service === 'crm' && endpoint.records?.wrapIn === 'fields')) {
		options.push({
			displayName: 'Field Types',
			name: 'fieldTypes',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Field Type',
			default: {},
			description:
				'Fields whose plain values the CRM wants nested (address, currency, phone, relationship, search, table). Values already nested are sent as they are.',
			options: [
				{
					displayName: 'Field',
					name: 'types',
					values: [
						{
							displayName: 'Country',
							name: 'country',
							type: 'string',
							default: '',
							placeholder: 'COLOMBIA',
							description: 'Country of the phone number as the CRM names it',
							displayOptions: { show: { type: ['phone'] } },
						},
						{
							displayName: 'Country Code',
							name: 'code',
							type: 'string',
							default: '',
							placeholder: '57',
							description: "Dialling code of the phone's country, digits only",
							displayOptions: { show: { type: ['phone'] } },
						},
						{
							displayName: 'Currency Symbol',
							name: 'symbol',
							type: 'string',
							default: '',
							placeholder: 'COP',
							description: 'Currency of the amount, e.g. COP or USD',
							displayOptions: { show: { type: ['currency'] } },
						},
						{
							displayName: 'Field Name',
							name: 'field',
							type: 'string',
							default: '',
							description: 'Name of the field in the CRM module',
						},
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							default: 'address',
							description: 'CRM type of the field, which decides how its plain value is nested',
							options: CRM_FIELD_TYPES,
						},
					],
				},
			],
		});
	}
	if (endpoint.records) {
		const uploadLimit = endpoint.records.uploadLimit;
		options.push({
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: uploadLimit },
			default: uploadLimit,
			description: `Records per call (wolkvox accepts at most ${uploadLimit.toLocaleString('en-US')})`,
		});
	}
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'How the answer becomes items, how long to wait for wolkvox, and limits',
		displayOptions: show(),
		options: [...options, ...commonOptions],
	};
}
