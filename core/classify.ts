/**
 * Turns one HTTP answer from wolkvox into an outcome class. Pure: the transport decides what to
 * do with each class (return, wait and retry, or fail with a clear error).
 */
export type OutcomeKind =
	| 'success'
	| 'noData'
	| 'maintenance'
	| 'concurrency'
	| 'quota'
	| 'auth'
	| 'badRequest'
	| 'rejected'
	| 'tooLarge'
	| 'transient';

export interface Outcome {
	kind: OutcomeKind;
	/** wolkvox's own message when there is one; for a page without it, the HTTP status in words. */
	message: string;
}

const REASONS: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	408: 'Request Timeout',
	409: 'Conflict',
	413: 'Payload Too Large',
	414: 'URI Too Long',
	415: 'Unsupported Media Type',
	422: 'Unprocessable Entity',
	431: 'Request Header Fields Too Large',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** "HTTP 502 Bad Gateway": how an answer without wolkvox's words is named. */
export function httpStatusText(status: number): string {
	return `HTTP ${status}${REASONS[status] ? ` ${REASONS[status]}` : ''}`;
}

const MAINTENANCE = 'CANNOT BE CONSUMED AT THIS TIME';
const CONCURRENCY = 'SIMULTANEOUS REQUESTS';
const QUOTA = 'TOKEN LIMIT EXCEEDED';
const INVALID_TOKEN = 'VALIDATE TOKEN';

/** `code` arrives as 200 or "200"; anything else is "no code". */
function envelopeCode(body: unknown): number | undefined {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const code = Number((body as { code?: unknown }).code);
	return Number.isFinite(code) && code > 0 ? code : undefined;
}

function envelopeMessage(body: unknown): string {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return '';
	const { msg, error } = body as { msg?: unknown; error?: unknown };
	return String(msg ?? error ?? '').trim();
}

/**
 * @param status HTTP status
 * @param body parsed JSON, or undefined when the body was not JSON
 * @param isQuery GET requests: a 404 means "no data", not "not found"
 */
export function classify(status: number, body: unknown, isQuery: boolean): Outcome {
	const message = envelopeMessage(body);
	const upper = message.toUpperCase();

	if (status === 403 || status === 429) {
		if (upper.includes(MAINTENANCE)) return { kind: 'maintenance', message };
		if (upper.includes(CONCURRENCY)) return { kind: 'concurrency', message };
		// The quota and token words before a bare 429: retrying those would only spend the budget.
		if (upper.includes(QUOTA)) return { kind: 'quota', message };
		if (upper.includes(INVALID_TOKEN)) return { kind: 'auth', message };
		return { kind: status === 429 ? 'concurrency' : 'rejected', message };
	}
	if (status === 401) return { kind: 'auth', message };
	if (status === 400) return { kind: 'badRequest', message };
	if (status === 404) return { kind: isQuery ? 'noData' : 'rejected', message };
	// 431: the request line with its query counted against the server's header limit.
	if (status === 413 || status === 414 || status === 431) return { kind: 'tooLarge', message };
	if (status === 408 || status >= 500) {
		return { kind: 'transient', message: message || httpStatusText(status) };
	}
	if (status < 200 || status >= 300) return { kind: 'rejected', message };

	// 2xx (incl. 207 multi-status). A body that is not JSON is a broken answer (proxy page, cut-off).
	if (body === undefined) return { kind: 'transient', message: 'the answer was not JSON' };
	// Some operations answer HTTP 200 with an error code in the envelope (add_ip: 404, 406).
	const code = envelopeCode(body);
	if (code !== undefined && code >= 400) return classify(code, body, isQuery);
	return { kind: 'success', message };
}
