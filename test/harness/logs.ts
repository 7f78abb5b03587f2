/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Captures what n8n-core and the node log during a run (the node's `this.logger` is n8n-core's
 * Logger from the DI container; n8n-workflow's LoggerProxy is set too).
 */
import { LoggerProxy } from 'n8n-workflow';

const coreRequire = (name: string) =>
	require(require.resolve(name, { paths: [require.resolve('n8n-core')] }));
const { Container } = coreRequire('@n8n/di');
const { Logger } = coreRequire('@n8n/backend-common');

export function captureLogs() {
	const lines: string[] = [];
	const record = (level: string) => (message: unknown, meta?: unknown) => {
		lines.push(`${level} ${String(message)} ${meta === undefined ? '' : safeJson(meta)}`);
	};
	const logger: any = {
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
		verbose: record('verbose'),
		scoped: () => logger,
	};
	const previous = Container.has(Logger) ? Container.get(Logger) : undefined;
	Container.set(Logger, logger);
	LoggerProxy.init(logger);
	return {
		lines,
		stop: () => {
			if (previous) Container.set(Logger, previous);
		},
	};
}

function safeJson(value: unknown): string {
	try {
		return JSON.stringify(value);
	} catch {
		return String(value);
	}
}
