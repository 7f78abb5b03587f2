/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * What a request's Spanish description says about its parameters: the names in the tables of its
 * "Request" section, whether a name is said to travel in the URL, and whether a parameter is
 * required or optional.
 *
 * The parser reads only what the text states in words it recognises, and says "unknown" otherwise:
 * - a table column "Requerido"/"Obligatorio" (Sí / No);
 * - a table cell or a sentence with "obligatorio", "es requerido", "se requiere", "debe enviarse /
 *   colocarse", "de manera obligatoria" (required), or "opcional(mente)", "no es (un parámetro)
 *   obligatorio", "no es necesario", "puede permanecer vacío" (optional);
 * - "requerido si / obligatorio cuando ..." is a condition: unknown.
 * A sentence applies to the names it quotes (‘x’, “x”, "x", `x`, {{x}}); "Este campo ..." applies
 * to the names of the sentence before it; "Todos los campos del body son opcionales" and "El resto
 * de campos ... son opcionales" apply to a group. Statements that contradict each other make the
 * parameter unknown: the documentation does not say one thing.
 */

export type RequirementState = 'required' | 'optional' | 'unknown';

export interface Statement {
	state: RequirementState;
	/** The words of the description that say it (shortened). */
	evidence: string;
	/** Group statement "el resto ...": the names the sentence before it listed are not "the rest". */
	except?: string[];
}

export interface DescribedParam {
	name: string;
	/** The table row or a sentence says it travels in the URL. */
	url: boolean;
	statements: Statement[];
}

export interface ParsedDescription {
	/** Names in the tables of the Request section, with what their rows say. */
	table: Map<string, DescribedParam>;
	/** Names the sentences quote, with what they say (URL hints, required/optional). */
	prose: Map<string, DescribedParam>;
	/** Query keys of the URLs written in the text (`...&agent_id={{agent_id}}`). */
	urlKeys: Set<string>;
	/** Group statements: every body field, or every field no other statement covers. */
	allBody: Statement[];
	rest: Statement[];
}

/** Table rows and names that are not request parameters (headers, the token, the server, `api`). */
export const NOT_PARAMETERS = new Set([
	'api',
	'wolkvox-token',
	'wolkvox_token',
	'token',
	'wolkvox_server',
	'content-type',
	'crm_server',
	'crm_wolkvox',
	'raw',
	'json',
]);

const SHORT = (text: string) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
};

/** Required / optional / conditional wording in one cell or sentence; undefined if none. */
export function stateOf(text: string): RequirementState | undefined {
	const t = text.replace(/\*\*/g, '');
	if (/\b(requerid[oa]s?|obligatori[oa]s?)\s+(si|cuando|solo si|en caso)\b/i.test(t))
		return 'unknown';
	if (
		/\bno\s+es\s+(?:un\s+\S+\s+|de\s+car[áa]cter\s+)?(?:obligatori|requerid|necesari)|\bopcional(?:es|mente)?\b|\bpuede\s+(?:permanecer|quedar|ir)\s+vac[íi]o/i.test(
			t,
		)
	)
		return 'optional';
	if (
		/\bobligatori[oa]s?\b|\bde manera obligatoria\b|\b(?:es|son)\s+requerid[oa]s?\b|\bse\s+requieren?\b|\bdebe\s+(?:enviarse|colocarse|incluirse)\b/i.test(
			t,
		)
	)
		return 'required';
	return undefined;
}

const URL_HINT = /\ben la url\b|\bse env[íi]a en la url\b|\bURL de la API\b/i;

/** `**opt1 a opt6**` -> opt1..opt6, `opt#` -> opt1..opt12, `file\[\]` -> file[], `x (URL)` -> x. */
export function tableNames(cell: string): { names: string[]; url: boolean } {
	let text = cell
		.replace(/\*\*|`/g, '')
		.replace(/\\([\[\]_])/g, '$1')
		.trim();
	const url = /\(URL\)/i.test(text);
	text = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
	const range = /^opt\s*(\d+)\s*(?:a|→|->|-|to)\s*opt\s*(\d+)$/i.exec(text);
	if (range) {
		const names: string[] = [];
		for (let i = Number(range[1]); i <= Number(range[2]); i++) names.push(`opt${i}`);
		return { names, url };
	}
	if (/^opt\s*#$/i.test(text))
		return { names: Array.from({ length: 12 }, (_, i) => `opt${i + 1}`), url };
	if (!text || NOT_PARAMETERS.has(text.toLowerCase())) return { names: [], url };
	return { names: [text], url };
}

/** Names a sentence quotes: ‘x’, “x”, "x", 'x', `x`, {{x}}. */
export function quotedNames(sentence: string): Array<{ name: string; at: number }> {
	const found: Array<{ name: string; at: number }> = [];
	// Plain 'single quotes' are left out: they quote values and HTML attributes far more often.
	// Straight double quotes are read as an opening quote and a name, so one missing quote
	// (`"responsible, "owner"`) does not shift every pair after it.
	const patterns = [
		/‘([^’]+)’/g,
		/“([^”]+)”/g,
		/"([A-Za-z_][A-Za-z0-9_\-\[\]ñ]*)/g,
		/`([^`]+)`/g,
		/\{\{([^{}]+)\}\}/g,
	];
	for (const re of patterns) {
		for (const m of sentence.matchAll(re)) {
			const name = m[1].trim();
			// `con el valor "agent_15"`: a value, not a parameter name
			if (/\b(valor(es)?|value)\s*:?\s*$/i.test(sentence.slice(0, m.index ?? 0))) continue;
			if (!/^[A-Za-z_][A-Za-z0-9_\-\[\]ñ]*$/.test(name) || name.length < 2) continue;
			if (NOT_PARAMETERS.has(name.toLowerCase())) continue;
			if (found.some((f) => f.name === name)) continue;
			found.push({ name, at: m.index ?? 0 });
		}
	}
	return found.sort((a, b) => a.at - b.at);
}

function requestSection(lines: string[]): string[] {
	const start = lines.findIndex((l) => /^\s*#{1,6}\s.*\b(Request|Campos)\b/i.test(l));
	if (start < 0) return [];
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((l) => /^\s*#{1,6}\s.*\b(Response|Respuesta)\b/i.test(l));
	return end < 0 ? rest : rest.slice(0, end);
}

const cells = (line: string) =>
	line
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split('|')
		.map((c) => c.trim());
const isSeparator = (line: string) => /^\|?\s*:?-{3,}/.test(line.trim());

export function parseDescription(description: string): ParsedDescription {
	const parsed: ParsedDescription = {
		table: new Map(),
		prose: new Map(),
		urlKeys: new Set(),
		allBody: [],
		rest: [],
	};
	// Only URLs of the API itself (they carry `api=`), not links to other sites.
	for (const m of description.matchAll(/https?:\/\/[^\s)\]`'"<>]*\?([^\s)\]`'"<>]+)/g)) {
		if (!/(^|&|&amp;)api=/.test(m[1])) continue;
		for (const pair of m[1].replace(/&amp;/g, '&').split('&')) {
			const key = pair.split('=')[0].trim();
			if (/^[A-Za-z_][\w\-\[\]]*$/.test(key) && !NOT_PARAMETERS.has(key.toLowerCase()))
				parsed.urlKeys.add(key);
		}
	}
	let lastNamed: string[] = [];
	const lines = description.split(/\r?\n/);
	const entryIn = (map: Map<string, DescribedParam>) => (name: string) => {
		let p = map.get(name);
		if (!p) map.set(name, (p = { name, url: false, statements: [] }));
		return p;
	};
	const tableParam = entryIn(parsed.table);
	const proseParam = entryIn(parsed.prose);

	// 1. Tables of the Request section.
	const section = requestSection(lines);
	let header: string[] | undefined;
	for (let i = 0; i < section.length; i++) {
		const line = section[i];
		if (!line.trim().startsWith('|')) {
			header = undefined;
			continue;
		}
		if (isSeparator(line)) continue;
		if (i + 1 < section.length && isSeparator(section[i + 1])) {
			header = cells(line).map((c) => c.replace(/\*\*/g, '').toLowerCase());
			continue;
		}
		const row = cells(line);
		const { names, url } = tableNames(row[0] ?? '');
		if (names.length === 0) continue;
		const requiredCol = header?.findIndex((h) => /requerid|obligatori|required/.test(h)) ?? -1;
		const descriptionCol = header?.findIndex((h) => /descrip/.test(h)) ?? -1;
		const text = row.slice(1).join(' | ');
		const statement: Statement | undefined = (() => {
			if (requiredCol > 0 && row[requiredCol]) {
				const v = row[requiredCol].replace(/\*\*/g, '').trim();
				if (/^(s[ií]|yes|true)(?![A-Za-z])/i.test(v))
					return { state: 'required', evidence: `table column "${header![requiredCol]}": ${v}` };
				if (/^no(?![A-Za-z])/i.test(v))
					return { state: 'optional', evidence: `table column "${header![requiredCol]}": ${v}` };
			}
			const cell = descriptionCol > 0 ? (row[descriptionCol] ?? '') : text;
			const state = stateOf(cell);
			return state ? { state, evidence: `table: ${SHORT(cell)}` } : undefined;
		})();
		for (const name of names) {
			const p = tableParam(name);
			if (url || URL_HINT.test(descriptionCol > 0 ? (row[descriptionCol] ?? '') : text))
				p.url = true;
			if (statement) p.statements.push(statement);
		}
	}

	// 2. Sentences outside tables and code blocks.
	let inCode = false;
	for (const rawLine of lines) {
		if (/^\s*```/.test(rawLine)) {
			inCode = !inCode;
			continue;
		}
		if (inCode || rawLine.trim().startsWith('|')) continue;
		const line = rawLine
			.replace(/^\s*[-*\d.]+\s+/, '')
			.replace(/\*\*|_\*\*|\*\*_/g, '')
			.trim();
		if (!line) continue;
		const sentences = line.split(/(?<=[.;])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])/);
		sentences.forEach((sentence, s) => {
			const state = stateOf(sentence);
			const urlHint = URL_HINT.test(sentence);
			let names = quotedNames(sentence);
			if (state && /\btodos los campos del body\b/i.test(sentence)) {
				parsed.allBody.push({ state, evidence: SHORT(sentence) });
				return;
			}
			if (state && /\bel resto de\b/i.test(sentence)) {
				parsed.rest.push({ state, evidence: SHORT(sentence), except: lastNamed });
				return;
			}
			if (state && names.length === 0 && s > 0 && /\beste (campo|par[áa]metro)\b/i.test(sentence))
				names = quotedNames(sentences[s - 1]);
			if (names.length === 0) return;
			// "opcionalmente `path`", "el parámetro opcional `phone`": the name after the word.
			const word = /\bopcionalmente\b|\bpar[áa]metro opcional\b/i.exec(sentence);
			if (state === 'optional' && word && names.length > 1) {
				const after = names.filter((n) => n.at > word.index);
				if (after.length > 0) names = [after[0]];
			}
			if (state) lastNamed = names.map((n) => n.name);
			for (const { name } of names) {
				if (urlHint) proseParam(name).url = true;
				if (state) proseParam(name).statements.push({ state, evidence: SHORT(sentence) });
			}
		});
	}
	return parsed;
}

/**
 * What the statements about one parameter add up to: one state, or unknown when there is none or
 * they contradict each other (or one is a condition).
 */
export function resolve(statements: Statement[]): { state: RequirementState; evidence: string[] } {
	const all = statements;
	const definite = all.filter((s) => s.state !== 'unknown');
	if (all.length === 0) return { state: 'unknown', evidence: [] };
	const states = new Set(definite.map((s) => s.state));
	if (states.size === 1 && definite.length === all.length)
		return { state: definite[0].state, evidence: all.map((s) => s.evidence) };
	return {
		state: 'unknown',
		evidence: all.map((s) => `${s.state === 'unknown' ? 'conditional' : s.state}: ${s.evidence}`),
	};
}
