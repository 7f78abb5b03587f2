/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
import * as fs from 'fs';
import * as path from 'path';

/** Replaces (or appends) one "## ..." section of BENCHMARKS.md, keeping the other sections. */
export function recordSection(section: string, markdown: string): void {
	const file = path.join(__dirname, '..', 'BENCHMARKS.md');
	const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
	const start = current.indexOf(section);
	let next: string;
	if (start < 0) {
		next = `${current.trimEnd()}\n\n${markdown}\n`;
	} else {
		const rest = current.slice(start + section.length);
		const end = rest.search(/\n## /);
		next = `${current.slice(0, start)}${markdown}\n${end < 0 ? '' : rest.slice(end + 1)}`;
	}
	fs.writeFileSync(file, next.replace(/\n{3,}/g, '\n\n'));
}

/** A Markdown table; the first row is the header. */
export function markdownTable(rows: string[][]): string {
	return [rows[0], rows[0].map(() => '---'), ...rows.slice(1)]
		.map((r) => `| ${r.join(' | ')} |`)
		.join('\n');
}

/** The value after `--<name>` on the command line, or `fallback`. */
export function cliOption(name: string, fallback: string, argv = process.argv.slice(2)): string {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}
