import { family } from './factories';
import { message, telephone } from './params';
import type { EndpointDef } from './types';

/** SMS (sms.php). */
const sms = family({ resource: 'sms', file: 'sms', method: 'POST' });

export const smsEndpoints: EndpointDef[] = [
	sms('send_sms', 'sendSms', {
		name: 'Send SMS',
		action: 'Send an SMS',
		description: 'Sends a text message by SMS to a telephone number.',
		params: [
			telephone({
				description: 'Destination phone number with country code, digits only, e.g. 573001234567.',
			}),
			message({ description: 'Text of the SMS.' }),
		],
	}),
];
