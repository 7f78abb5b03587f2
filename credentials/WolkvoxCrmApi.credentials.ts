import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

// The CRM answers errors with their HTTP status and an envelope; the credential test reads the body
// anyway (ignoreHttpStatusErrors) so each case gets its own plain-words explanation.
const bodyRule = (key: string, value: string | number | boolean, message: string) => ({
	type: 'responseSuccessBody' as const,
	properties: { key, value, message },
});

const both = (key: string, code: number, message: string) => [
	bodyRule(key, code, message),
	bodyRule(key, String(code), message),
];

export class WolkvoxCrmApi implements ICredentialType {
	name = 'wolkvoxCrmApi';

	displayName = 'Wolkvox CRM API';

	icon: Icon = {
		light: 'file:../nodes/Wolkvox/wolkvox.svg',
		dark: 'file:../nodes/Wolkvox/wolkvox.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-wolkvox/n8n-nodes-wolkvox#wolkvox-crm';

	properties: INodeProperties[] = [
		{
			displayName: 'CRM Host',
			name: 'host',
			type: 'string',
			default: '',
			placeholder: 'crm0001.wolkvox.com',
			description:
				'The host in the address bar once you are logged in to the CRM, e.g. crm0001.wolkvox.com. The old sv000X.crmvox.com hosts were retired at the end of 2024.',
		},
		{
			displayName: 'Base URL Override',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://crm0001.wolkvox.com',
			description:
				'Only for proxies or a local simulator: the scheme and host (and port) to call instead of the CRM Host. No path.',
		},
		{
			displayName: 'Operation Name',
			name: 'operation',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'mycompany',
			description: 'The name of your CRM operation; every CRM request carries it',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The token generated inside the CRM (not the contact-center token). Sent as the Wolkvox-Token header.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'Wolkvox-Token': '={{$credentials.token}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// Same host as the node's resolveCrmBaseUrl: the trimmed override without trailing slash, else
			// https:// + the CRM Host. A retired sv000X.crmvox.com host is sent to a name that cannot resolve
			// and says what to use instead (the node itself refuses it with the same hint).
			baseURL:
				'={{ (String($credentials.baseUrl || "").trim() ? String($credentials.baseUrl).trim().replace(/\\/+$/, "") : "https://" + String($credentials.host || "").trim().replace(/^https?:\\/\\//i, "").replace(/\\/+$/, "")).replace(/^(https?:\\/\\/)sv(\\d{4})\\.crmvox\\.com$/i, "https://sv$2.crmvox.com.was-retired.use-crm$2.wolkvox.com.invalid") }}',
			url: '/server/API/v2/token/tokenInformation.php',
			qs: { operation: '={{ String($credentials.operation || "").trim() }}' },
			method: 'POST',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			bodyRule(
				'msg',
				'The APIs cannot be consumed at this time, try again later.',
				'wolkvox is backing up its servers (maintenance window). The token could not be checked now; try again in a few minutes.',
			),
			...both(
				'code',
				401,
				'The CRM did not accept the token (401): copy it again from the CRM (tokens are generated inside the CRM, not in wolkvox Manager).',
			),
			bodyRule(
				'msg',
				'TOKEN LIMIT EXCEEDED',
				'The token is valid but its daily quota is spent. The CRM Token > Get Info operation shows hours_to_restart_count, the hours until it works again.',
			),
			bodyRule(
				'data.available_consumition_options',
				0,
				'The token is valid but its daily quota is spent. The CRM Token > Get Info operation shows hours_to_restart_count, the hours until it works again.',
			),
			...both(
				'code',
				403,
				'The CRM refused the call (403): check the token and that it belongs to this operation.',
			),
			...both(
				'code',
				404,
				'The CRM does not know this operation (404): check the Operation Name (as in the CRM) and the CRM Host.',
			),
			...both('code', 400, 'The CRM rejected the request (400): check the Operation Name.'),
			// Last: an answer without the envelope means the URL does not point at the wolkvox CRM.
			bodyRule(
				'code',
				undefined as unknown as string,
				'The address did not answer like the wolkvox CRM: check CRM Host (e.g. crm0001.wolkvox.com) or Base URL Override.',
			),
		],
	};
}
