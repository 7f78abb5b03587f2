import type { EndpointDef } from './types';

export const smsEndpoints: EndpointDef[] = [
	{
		resource: 'sms',
		operation: 'sendSms',
		name: 'Send SMS',
		action: 'Send an SMS',
		description: 'Sends a text message by SMS to a telephone number.',
		file: 'sms',
		api: 'send_sms',
		method: 'POST',
		params: [
			{
				name: 'telephone',
				displayName: 'Telephone',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '573001234567',
				description: 'Destination telephone number.',
			},
			{
				name: 'message',
				displayName: 'Message',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Text of the SMS.',
			},
		],
	},
];
