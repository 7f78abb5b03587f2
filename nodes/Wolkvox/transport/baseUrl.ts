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

function validateOverride(value: string): string {
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (!url) {
		throw new Error(`Credential field "Base URL Override" must be a URL such as https://wv0032.wolkvox.com (got "${value}")`);
	}
	const problems: string[] = [];
	if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('use http or https');
	if (url.username || url.password) problems.push('no user or password in the URL');
	if (url.pathname !== '/' && url.pathname !== '') problems.push('no path (the node adds /api/v2/...)');
	if (url.search || url.hash) problems.push('no query or fragment');
	if (problems.length > 0) {
		throw new Error(`Credential field "Base URL Override" is not accepted: ${problems.join(', ')} (got "${value}")`);
	}
	return `${url.protocol}//${url.host}`;
}
