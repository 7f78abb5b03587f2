import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

// wolkvox answers these 403 messages with HTTP 403; the credential test asks for the body anyway
// (ignoreHttpStatusErrors) so each one gets its own plain-words explanation.
const bodyRule = (key: string, value: string | number, message: string) => ({
	type: 'responseSuccessBody' as const,
	properties: { key, value, message },
});

export class WolkvoxApi implements ICredentialType {
	name = 'wolkvoxApi';

	displayName = 'Wolkvox API';

	icon: Icon = {
		light: 'file:../nodes/Wolkvox/wolkvox.svg',
		dark: 'file:../nodes/Wolkvox/wolkvox.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-wolkvox/n8n-nodes-wolkvox#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Server',
			name: 'server',
			type: 'string',
			default: '',
			placeholder: '0032',
			description:
				'Your operation server: the 4-digit number wolkvox support gives you. 0032 means https://wv0032.wolkvox.com.',
		},
		{
			displayName: 'Base URL Override',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://wv0032.wolkvox.com',
			description:
				'Only for dedicated servers, proxies or a local simulator: the scheme and host (and port) to call instead of the server above. No path.',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Created in wolkvox Manager > Configuration > Integrations > Tokens. Sent as the wolkvox-token header.',
		},
		{
			// n8n shows only the error code when the test cannot connect: what each one means here.
			displayName:
				'When Test shows only a code: ENOTFOUND = no such host (check Server, or fill in Server or Base URL Override); ECONNREFUSED = nothing answers at that address or port; ETIMEDOUT / ECONNABORTED = no answer in time (a firewall between n8n and wolkvox?); CERT_... / EPROTO = a TLS problem (https to a plain-http port, or a certificate n8n does not trust).',
			name: 'connectionNotice',
			type: 'notice',
			default: '',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'wolkvox-token': '={{$credentials.token}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// Same host as the node's resolveBaseUrl: trimmed override without trailing slash, else
			// the Server zero-padded to 4 digits (32 -> wv0032).
			// Both empty: a host that says so, in the only words n8n shows for a failed connection.
			baseURL:
				'={{ String($credentials.baseUrl || "").trim() ? String($credentials.baseUrl).trim().replace(/\\/+$/, "") : String($credentials.server || "").trim() ? "https://wv" + String($credentials.server).trim().padStart(4, "0") + ".wolkvox.com" : "https://fill-in-server-or-base-url-override.invalid" }}',
			url: '/api/v2/information.php',
			qs: { api: 'token_info' },
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			bodyRule(
				'msg',
				'PLEASE VALIDATE TOKEN',
				'wolkvox does not know this token: copy it again from Manager > Configuration > Integrations > Tokens.',
			),
			bodyRule(
				'msg',
				'PLEASE ENTER THE WOLKVOX-TOKEN',
				'No token was sent: fill in the Token field.',
			),
			bodyRule(
				'msg',
				'TOKEN LIMIT EXCEEDED',
				'The token is valid but its daily quota is spent (licenses x 1,000 calls a day). It works again after the daily reset.',
			),
			bodyRule(
				'msg',
				'The APIs cannot be consumed at this time, try again later.',
				'wolkvox is backing up its servers (maintenance window). The token could not be checked now; try again in a few minutes.',
			),
			bodyRule(
				'msg',
				'IP NOT ALLOWED',
				"This server does not accept calls from n8n's IP address: add it to the allow-list (Manager > Configuration > IPs, or the Configuration > Add Allowed IP operation).",
			),
			bodyRule(
				'code',
				'403',
				"wolkvox refused the call (403). If the token is right, n8n's IP address is probably not on the server's allow-list.",
			),
			bodyRule(
				'code',
				403,
				"wolkvox refused the call (403). If the token is right, n8n's IP address is probably not on the server's allow-list.",
			),
			bodyRule('code', '401', 'wolkvox did not accept the token (401): check the Token field.'),
			bodyRule('code', 401, 'wolkvox did not accept the token (401): check the Token field.'),
			// Last: an answer without wolkvox's envelope means the URL does not point at wolkvox.
			bodyRule(
				'code',
				undefined as unknown as string,
				'The address did not answer like a wolkvox server: check Server (4 digits, e.g. 0032) or Base URL Override.',
			),
		],
	};
}
