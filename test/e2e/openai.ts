/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * A scripted OpenAI-compatible server for the AI-agent tests (Node http, no dependency), so n8n's
 * real *OpenAI Chat Model* node (credential `openAiApi`, field `url` = Base URL) can drive a real
 * *AI Agent* without a network or a model.
 *
 *   const openai = await startScriptedOpenAi();            // openai.url = http://127.0.0.1:<port>/v1
 *   openai.script({ tool: /wolkvox/i, arguments: { dateFrom: '2024-01-05T00:00:00', ... } });
 *   ... n8n execute ...
 *   openai.toolResults();                                  // what the model received from the tool
 *
 * A conversation is the list of messages the agent sends. A completion request whose messages hold
 * no tool message yet is answered with one tool call (the scripted tool and arguments); a request
 * that holds tool results is answered with a final text that quotes the last tool result (so the
 * agent's output shows what the model saw). Every request is recorded with its parsed body.
 *
 * Endpoints: POST /v1/chat/completions (JSON, or server-sent events when the body asks for
 * `stream: true`), GET /v1/models (the credential test and the model list), GET /v1/models/<id>.
 * POST /v1/responses (the node's "Use Responses API", on by default from OpenAI Chat Model v1.3) is
 * answered 404 with a message saying to use Chat Completions: the workflows here use v1.2.
 */
import * as http from 'http';

import { freePort } from './n8n';

/** What the next tool-calling completion answers. */
export interface ToolCallScript {
	/** Tool to call: its exact name, a pattern, or (default) the first tool the request offers. */
	tool?: string | RegExp;
	/** The arguments the "model" fills in (what `$fromAI()` then returns). */
	arguments: Record<string, unknown>;
}

export interface RecordedCompletion {
	seq: number;
	at: number;
	method: string;
	path: string;
	/** the parsed JSON body (messages, tools, stream, ...) */
	body: any;
	/** size of the raw body in bytes */
	bytes: number;
	/** an Authorization header arrived (its value is never recorded) */
	authorized: boolean;
	/** what was answered: 'tool_call', 'final', 'models', 'error' */
	answered: string;
	status: number;
}

export interface ScriptedOpenAi {
	/** Base URL for the credential, ending in /v1 */
	url: string;
	port: number;
	requests: RecordedCompletion[];
	/** Sets the tool call the next conversations start with. */
	script(next: ToolCallScript): void;
	/** Forgets recorded requests (keeps the script). */
	clear(): void;
	/** Completion requests only (POST /v1/chat/completions). */
	completions(): RecordedCompletion[];
	/** The content of every tool message the model received, in order (strings as sent). */
	toolResults(): string[];
	/** Tools (name, description, JSON schema) offered in the first completion request. */
	offeredTools(): Array<{ name: string; description: string; parameters: any }>;
	stop(): Promise<void>;
}

/** Final answers quote at most this many characters of the tool result (the request log has all of it). */
export const QUOTE_LIMIT = 200_000;
export const MODEL_ID = 'gpt-4o-mini';

/** The final answer for a tool result: its length and the result itself (cut at QUOTE_LIMIT). */
export function finalAnswer(toolResult: string): string {
	const quoted =
		toolResult.length > QUOTE_LIMIT
			? `${toolResult.slice(0, QUOTE_LIMIT)} [... ${toolResult.length - QUOTE_LIMIT} more characters]`
			: toolResult;
	return `The tool returned ${toolResult.length} characters: ${quoted}`;
}

function contentText(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content
			.map((part) => (typeof part === 'string' ? part : (part?.text ?? JSON.stringify(part))))
			.join('');
	return content === undefined || content === null ? '' : JSON.stringify(content);
}

function toolNames(body: any): string[] {
	return (body?.tools ?? []).map((t: any) => t?.function?.name).filter(Boolean);
}

function pickTool(names: string[], wanted: ToolCallScript['tool']): string | undefined {
	if (wanted === undefined) return names[0];
	if (typeof wanted === 'string') return names.find((n) => n === wanted);
	return names.find((n) => wanted.test(n));
}

export async function startScriptedOpenAi(port?: number): Promise<ScriptedOpenAi> {
	const listenPort = port ?? (await freePort());
	let next: ToolCallScript | undefined;
	let seq = 0;
	let callSeq = 0;
	const requests: RecordedCompletion[] = [];

	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			let body: any;
			try {
				body = raw ? JSON.parse(raw) : undefined;
			} catch {
				body = raw;
			}
			const path = new URL(req.url ?? '/', 'http://openai').pathname.replace(/\/+$/, '');
			const entry: RecordedCompletion = {
				seq: ++seq,
				at: Date.now(),
				method: req.method ?? 'GET',
				path,
				body,
				bytes: Buffer.byteLength(raw),
				authorized: Boolean(req.headers.authorization),
				answered: '',
				status: 0,
			};
			requests.push(entry);
			const json = (status: number, data: unknown, answered: string) => {
				entry.status = status;
				entry.answered = answered;
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(data));
			};
			const error = (status: number, message: string) =>
				json(status, { error: { message, type: 'invalid_request_error', code: null } }, 'error');

			if (req.method === 'GET' && path === '/v1/models')
				return json(
					200,
					{
						object: 'list',
						data: [{ id: MODEL_ID, object: 'model', created: 0, owned_by: 'test' }],
					},
					'models',
				);
			if (req.method === 'GET' && path.startsWith('/v1/models/'))
				return json(
					200,
					{ id: path.slice('/v1/models/'.length), object: 'model', created: 0, owned_by: 'test' },
					'models',
				);
			if (path === '/v1/responses')
				return error(
					404,
					'This scripted server speaks Chat Completions only: turn "Use Responses API" off (or use OpenAI Chat Model v1.2).',
				);
			if (req.method !== 'POST' || path !== '/v1/chat/completions')
				return error(404, `unknown endpoint ${req.method} ${path}`);
			if (!body || !Array.isArray(body.messages)) return error(400, 'messages missing');

			const toolMessages = body.messages.filter((m: any) => m?.role === 'tool');
			const created = Math.floor(Date.now() / 1000);
			const id = `chatcmpl-${seq}`;
			let message: any;
			let finish: string;
			if (toolMessages.length === 0) {
				const names = toolNames(body);
				if (!next) return error(500, 'no tool call scripted (call script() before the run)');
				const name = pickTool(names, next.tool);
				if (!name)
					return error(
						500,
						`the scripted tool ${String(next.tool)} is not among the offered tools: ${names.join(', ') || '(none)'}`,
					);
				message = {
					role: 'assistant',
					content: null,
					tool_calls: [
						{
							id: `call_${++callSeq}`,
							type: 'function',
							function: { name, arguments: JSON.stringify(next.arguments) },
						},
					],
				};
				finish = 'tool_calls';
				entry.answered = 'tool_call';
			} else {
				message = {
					role: 'assistant',
					content: finalAnswer(contentText(toolMessages[toolMessages.length - 1].content)),
				};
				finish = 'stop';
				entry.answered = 'final';
			}
			const usage = { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 };
			if (body.stream === true) {
				entry.status = 200;
				res.writeHead(200, {
					'content-type': 'text/event-stream',
					'cache-control': 'no-cache',
					connection: 'keep-alive',
				});
				const chunk = (delta: any, finishReason: string | null, extra: any = {}) =>
					res.write(
						`data: ${JSON.stringify({
							id,
							object: 'chat.completion.chunk',
							created,
							model: body.model ?? MODEL_ID,
							choices: [{ index: 0, delta, finish_reason: finishReason }],
							...extra,
						})}\n\n`,
					);
				if (message.tool_calls) {
					chunk(
						{
							role: 'assistant',
							content: null,
							tool_calls: message.tool_calls.map((t: any, index: number) => ({ index, ...t })),
						},
						null,
					);
				} else {
					chunk({ role: 'assistant', content: message.content }, null);
				}
				chunk({}, finish);
				if (body.stream_options?.include_usage)
					res.write(
						`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model ?? MODEL_ID, choices: [], usage })}\n\n`,
					);
				res.end('data: [DONE]\n\n');
				return;
			}
			const answered = entry.answered;
			json(
				200,
				{
					id,
					object: 'chat.completion',
					created,
					model: body.model ?? MODEL_ID,
					choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
					usage,
				},
				answered,
			);
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(listenPort, '127.0.0.1', resolve);
	});

	const completions = () =>
		requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
	return {
		url: `http://127.0.0.1:${listenPort}/v1`,
		port: listenPort,
		requests,
		script: (s) => {
			next = s;
		},
		clear: () => {
			requests.length = 0;
		},
		completions,
		toolResults: () => {
			// each completion repeats the conversation so far: take the tool messages of the last request
			// that has any, which holds every tool result of that conversation in order
			const withTools = completions().filter((r) =>
				r.body?.messages?.some((m: any) => m?.role === 'tool'),
			);
			const last = withTools[withTools.length - 1];
			return last
				? last.body.messages
						.filter((m: any) => m?.role === 'tool')
						.map((m: any) => contentText(m.content))
				: [];
		},
		offeredTools: () =>
			(completions()[0]?.body?.tools ?? []).map((t: any) => ({
				name: t.function?.name,
				description: t.function?.description,
				parameters: t.function?.parameters,
			})),
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}
