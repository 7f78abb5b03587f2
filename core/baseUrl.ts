/** Where the credential points: `https://wv{server}.wolkvox.com`, or a validated override. */
export interface WolkvoxCredentialFields {
	server?: unknown;
	baseUrl?: unknown;
}

/** Throws an Error whose message names the credential field and what is expected. */
export function resolveBaseUrl(credentials: WolkvoxCredentialFields): string {
	const override = String(credentials.baseUrl ?? '').trim();
	if (override !== '') return validateOverride(override);

	const server = String(credentials.server ?? '').trim();
	if (!/^\d{1,4}$/.test(server)) {
		throw new Error(
			`Credential field "Server" must be your 4-digit operation server, e.g. 0032 (got "${server}"). Or fill in "Base URL Override".`,
		);
	}
	return `https://wv${server.padStart(4, '0')}.wolkvox.com`;
}

function validateOverride(
	value: string,
	example = 'https://wv0032.wolkvox.com',
	added = '/api/v2/...',
): string {
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (!url) {
		throw new Error(
			`Credential field "Base URL Override" must be a URL such as ${example} (got "${value}")`,
		);
	}
	const problems: string[] = [];
	if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('use http or https');
	if (url.username || url.password) problems.push('no user or password in the URL');
	if (url.pathname !== '/' && url.pathname !== '')
		problems.push(`no path (the node adds ${added})`);
	if (url.search || url.hash) problems.push('no query or fragment');
	if (problems.length > 0) {
		throw new Error(
			`Credential field "Base URL Override" is not accepted: ${problems.join(', ')} (got "${value}")`,
		);
	}
	return `${url.protocol}//${url.host}`;
}

/** The wolkvox CRM credential: `https://{host}` (e.g. crm0001.wolkvox.com), or a validated override. */
export interface CrmCredentialFields {
	host?: unknown;
	baseUrl?: unknown;
}

/** `sv0001.crmvox.com` (retired at the end of 2024) -> `crm0001.wolkvox.com`. */
export function retiredCrmHostHint(host: string): string | undefined {
	const match = /^sv(\d{4})\.crmvox\.com$/i.exec(host.trim());
	if (!match) return undefined;
	return `The CRM host ${host.trim()} was retired at the end of 2024: use crm${match[1]}.wolkvox.com instead (credential field "CRM Host").`;
}

/** Throws an Error whose message names the credential field and what is expected. */
export function resolveCrmBaseUrl(credentials: CrmCredentialFields): string {
	const override = String(credentials.baseUrl ?? '').trim();
	const raw = override !== '' ? override : String(credentials.host ?? '').trim();
	const host = raw.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
	const retired = retiredCrmHostHint(host);
	if (retired) throw new Error(retired);
	if (override !== '')
		return validateOverride(override, 'https://crm0001.wolkvox.com', '/server/API/v2/...');
	if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || !host.includes('.')) {
		throw new Error(
			`Credential field "CRM Host" must be the host of your CRM, e.g. crm0001.wolkvox.com (got "${raw}"). Or fill in "Base URL Override".`,
		);
	}
	return `https://${host}`;
}
