/** The editor fields of the API Request resource: any v2 API by file and API name. */
import type { INodeProperties } from 'n8n-workflow';

import { commonOptions, outputOption } from '../../shared/options';

const show = { show: { resource: ['apiRequest'] } };

export const apiRequestProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: show,
		options: [
			{
				name: 'Send Request',
				value: 'send',
				action: 'Send a request to any wolkvox API',
				description:
					'Call any wolkvox v2 API by file and API name, with retries and limits handled',
			},
		],
		default: 'send',
	},
	{
		displayName: 'API Family',
		name: 'family',
		type: 'options',
		displayOptions: show,
		// The v2 files wolkvox documents; "Other" leaves room for files it adds later.
		options: [
			{ name: 'Agent (Agentbox)', value: 'agentbox', description: '/api/v2/agentbox.php' },
			{ name: 'Billing', value: 'billing', description: '/api/v2/billing.php' },
			{ name: 'Campaign', value: 'campaign', description: '/api/v2/campaign.php' },
			{ name: 'Configuration', value: 'configuration', description: '/api/v2/configuration.php' },
			{ name: 'Customer', value: 'customer', description: '/api/v2/customer.php' },
			{ name: 'Gamification', value: 'gamification', description: '/api/v2/gamification.php' },
			{ name: 'Information', value: 'information', description: '/api/v2/information.php' },
			{ name: 'Other (Type Below)', value: 'custom', description: 'A file not in this list' },
			{ name: 'Quality', value: 'quality', description: '/api/v2/quality.php' },
			{ name: 'Real Time', value: 'real_time', description: '/api/v2/real_time.php' },
			{ name: 'Reports', value: 'reports_manager', description: '/api/v2/reports_manager.php' },
			{ name: 'SMS', value: 'sms', description: '/api/v2/sms.php' },
			{
				name: 'Speech Analytics',
				value: 'speech_analytics',
				description: '/api/v2/speech_analytics.php',
			},
			{ name: 'Storage', value: 'wolkvox_storage', description: '/api/v2/wolkvox_storage.php' },
			{ name: 'WhatsApp', value: 'whatsapp', description: '/api/v2/whatsapp.php' },
		],
		default: 'reports_manager',
		description: 'The wolkvox file the API belongs to (the part of the URL before .php)',
	},
	{
		displayName: 'Custom Family',
		name: 'customFamily',
		type: 'string',
		displayOptions: { show: { resource: ['apiRequest'], family: ['custom'] } },
		default: '',
		placeholder: 'reports_manager',
		description: 'File name under /api/v2/ without .php: letters, digits and underscores',
	},
	{
		displayName: 'API Name',
		name: 'api',
		type: 'string',
		required: true,
		displayOptions: show,
		default: '',
		placeholder: 'cdr_1',
		description: 'The value of the api= parameter, e.g. cdr_1, agent_1, token_info',
	},
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		displayOptions: show,
		options: ['GET', 'POST', 'PUT', 'DELETE'].map((method) => ({ name: method, value: method })),
		default: 'GET',
		description:
			'Only GET requests are repeated after a server error: repeating a write could apply it twice',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		displayOptions: show,
		placeholder: 'Add Parameter',
		default: {},
		description: 'Parameters added to the URL besides api=, e.g. date_ini and date_end',
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'date_ini',
						description: 'Name of the query parameter as wolkvox documents it',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: '20240501000000',
						description: 'Value of the parameter, sent as it is (dates as YYYYmmddHHiiss)',
					},
				],
			},
		],
	},
	{
		displayName: 'Send Body',
		name: 'sendBody',
		type: 'boolean',
		displayOptions: show,
		default: false,
		description:
			'Whether to send a JSON body (not possible with GET: n8n sends no body with GET, so its keys go into the query instead)',
	},
	{
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		displayOptions: { show: { resource: ['apiRequest'], sendBody: [true] } },
		default: '{}',
		description: 'An object or an array, as the API documents it',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: show,
		default: {},
		description: 'How the answer becomes items, how long to wait for wolkvox, and limits',
		options: [outputOption, ...commonOptions],
	},
];
