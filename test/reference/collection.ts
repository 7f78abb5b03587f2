/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The vendor's Postman collection (test/fixtures/wolkvox-collection.json), read and normalised:
 * the collection's typos in hosts, paths and query keys are corrected here, once, so every
 * comparison sees what the vendor meant.
 */
import * as fs from 'fs';
import * as path from 'path';

export const COLLECTION_FILE = path.resolve(__dirname, '../fixtures/wolkvox-collection.json');

export interface RawRequest {
	family: string;
	name: string;
	method: string;
	url: string;
	file: string | null;
	api: string | null;
	query: Array<{ key: string; example: string; disabled: boolean }>;
	headers: string[];
	body: null | { mode: 'raw'; raw: string } | { mode: 'formdata'; fields: FormField[] };
	description: string | null;
}

export interface FormField {
	key: string;
	type: 'text' | 'file';
}

export type Service = 'v2' | 'crm' | 'listenVox' | 'agentV1';

export interface CollectionRequest {
	/** Position in the collection (stable id for messages). */
	index: number;
	family: string;
	name: string;
	method: string;
	service: Service;
	/** Host after normalisation: `wv{server}.wolkvox.com`, `{crm}` or `localhost:{port}`. */
	host: string;
	/** Path after normalisation (no double slashes). */
	path: string;
	file: string | null;
	api: string | null;
	/** Query parameters except `api`, keys trimmed (`& campaign_id` -> `campaign_id`). */
	query: Array<{ name: string; example: string; disabled: boolean }>;
	/** The example body: none, parsed JSON, or form fields. */
	body:
		| { kind: 'none' }
		| { kind: 'json'; value: unknown; repaired: boolean }
		| { kind: 'form'; fields: FormField[] };
	description: string;
	/** What was normalised, for the report. */
	fixes: string[];
}

let cache: CollectionRequest[] | undefined;

export function loadCollection(): CollectionRequest[] {
	if (cache) return cache;
	const raw = JSON.parse(fs.readFileSync(COLLECTION_FILE, 'utf8')) as RawRequest[];
	cache = raw.map(normalise);
	return cache;
}

const V2_HOST = 'wv{server}.wolkvox.com';
const CRM_HOST = '{crm}';

/** A Postman variable as a whole value: `{{date_ini}}`. */
export const isVariable = (value: unknown): boolean =>
	typeof value === 'string' && /^\{\{[^{}]+\}\}$/.test(value.trim());

function normalise(r: RawRequest, index: number): CollectionRequest {
	const fixes: string[] = [];
	const match = /^(https?):\/\/([^/?]+)(\/[^?]*)?/.exec(r.url);
	if (!match) throw new Error(`collection request ${index} (${r.name}): unreadable URL ${r.url}`);
	const [, scheme, rawHost, rawPath = '/'] = match;
	let service: Service;
	let host: string;
	if (/^localhost/i.test(rawHost)) {
		service = 'agentV1';
		host = rawHost;
	} else if (/crm/i.test(rawHost)) {
		service = 'crm';
		host = CRM_HOST;
		if (rawHost !== '{{crm_server}}') fixes.push(`CRM host ${rawHost} -> {{crm_server}}`);
	} else {
		service = r.file ? 'v2' : 'listenVox';
		host = V2_HOST;
		if (rawHost !== 'wv{{wolkvox_server}}.wolkvox.com')
			fixes.push(`host ${rawHost} -> wv{{wolkvox_server}}.wolkvox.com`);
	}
	if (scheme !== 'https' && service !== 'agentV1') fixes.push(`${scheme}:// -> https://`);
	const cleanPath = rawPath.replace(/\/{2,}/g, '/');
	if (cleanPath !== rawPath) fixes.push(`path ${rawPath} -> ${cleanPath}`);

	const query = r.query
		.filter((q) => q.key.trim() !== 'api')
		.map((q) => {
			const name = q.key.trim();
			if (name !== q.key) fixes.push(`query key "${q.key}" -> "${name}"`);
			return { name, example: q.example, disabled: q.disabled };
		});

	let body: CollectionRequest['body'] = { kind: 'none' };
	if (r.body?.mode === 'formdata') body = { kind: 'form', fields: r.body.fields };
	else if (r.body?.mode === 'raw' && r.body.raw.trim() !== '') {
		const parsed = parseLooseJson(r.body.raw);
		if (parsed.repaired) fixes.push(`blank JSON values (\`"limit": ,\`) read as ${BLANK_VALUE}`);
		body = { kind: 'json', value: parsed.value, repaired: parsed.repaired };
	}
	return {
		index,
		family: r.family,
		name: r.name,
		method: r.method,
		service,
		host,
		path: cleanPath,
		file: r.file,
		api: r.api,
		query,
		body,
		description: r.description ?? '',
		fixes,
	};
}

/** A blank JSON value (`"limit": ,`): some value the author left out. */
export const BLANK_VALUE = '{{blank}}';

/** JSON, or JSON with blank values (`"limit": ,` / `"page": }`) read as the variable {{blank}}. */
function parseLooseJson(text: string): { value: unknown; repaired: boolean } {
	try {
		return { value: JSON.parse(text), repaired: false };
	} catch {
		const repaired = text.replace(/:\s*(?=[,}\]])/g, `: "${BLANK_VALUE}"`);
		return { value: JSON.parse(repaired), repaired: true };
	}
}

/** A short label for messages: `POST campaign.php?api=add_record (Campañas / 2.1 ...)`. */
export function label(r: CollectionRequest): string {
	const where = r.file ? `${r.file}.php?api=${r.api}` : r.path;
	return `${r.method} ${where} (${r.family} / ${r.name})`;
}
