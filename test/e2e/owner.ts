/**
 * The local owner account of a real n8n editor, shared by `npm run dev` (scripts/dev.ts) and the
 * browser test (test/browser/): dev@example.com / Wolkvox-dev-1 (local only, never for production).
 *
 * n8n 2.x takes the owner from the environment (`ownerEnv`): N8N_INSTANCE_OWNER_MANAGED_BY_ENV,
 * N8N_INSTANCE_OWNER_EMAIL, N8N_INSTANCE_OWNER_FIRST_NAME, N8N_INSTANCE_OWNER_LAST_NAME and
 * N8N_INSTANCE_OWNER_PASSWORD_HASH (a bcrypt hash), read by
 * @n8n/config/src/configs/instance-settings-loader.config.ts. n8n 1.x has no such settings: the
 * owner is created through POST /rest/owner/setup once n8n is up (`setupOwner`).
 */
import { N8nVersionKey } from './n8n';

export const DEV_OWNER = {
	email: 'dev@example.com',
	password: 'Wolkvox-dev-1',
	// bcryptjs.hashSync('Wolkvox-dev-1', 10)
	passwordHash: '$2a$10$/3SUqD4WztojJXwzEEEwgOiwmEF0G82pq1ZVZQp2nLyZlysQVQO4u',
	firstName: 'Wolkvox',
	lastName: 'Developer',
};

/** Environment that makes n8n 2.x create (and keep) the owner; {} for 1.x. */
export function ownerEnv(key: N8nVersionKey): Record<string, string> {
	if (key !== 'v2') return {};
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: DEV_OWNER.email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: DEV_OWNER.passwordHash,
		N8N_INSTANCE_OWNER_FIRST_NAME: DEV_OWNER.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: DEV_OWNER.lastName,
	};
}

/**
 * n8n 1.x: creates the owner through the endpoint the first-open screen uses. Returns the HTTP
 * status (200 = created, 400 = an owner exists already), or undefined when n8n did not answer.
 * n8n 2.x: nothing to do (the environment did it), returns 200.
 */
export async function setupOwner(baseUrl: string, key: N8nVersionKey): Promise<number | undefined> {
	if (key === 'v2') return 200;
	const res = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			email: DEV_OWNER.email,
			password: DEV_OWNER.password,
			firstName: DEV_OWNER.firstName,
			lastName: DEV_OWNER.lastName,
		}),
		signal: AbortSignal.timeout(15_000),
	}).catch(() => undefined);
	return res?.status;
}

/** The body of POST /rest/login for the owner (both n8n versions). */
export function ownerLogin(): { emailOrLdapLoginId: string; password: string } {
	return { emailOrLdapLoginId: DEV_OWNER.email, password: DEV_OWNER.password };
}
