/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * Imports point one way: core/ (pure wolkvox) <- nodes/shared (the n8n adapter both nodes use) <-
 * nodes/Wolkvox and nodes/WolkvoxTrigger (each node's own adapter); credentials/ use core/ only.
 * Inside the action node, editor descriptions never import execution code. Strict lint mode does
 * not let the package change its eslint config, so this test is where the direction is enforced.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Source {
	file: string;
	text: string;
}

function sources(dir: string): Source[] {
	const full = path.join(ROOT, dir);
	if (!fs.existsSync(full)) return [];
	return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
		const file = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return sources(file);
		return entry.name.endsWith('.ts')
			? [{ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }]
			: [];
	});
}

/** The layer a repository path belongs to (most specific first). */
function layerOf(file: string): string {
	const rules: Array<[string, string]> = [
		['core/', 'core'],
		['credentials/', 'credentials'],
		['nodes/shared/', 'shared'],
		['nodes/Wolkvox/descriptions/', 'wolkvox:descriptions'],
		['nodes/Wolkvox/execute/', 'wolkvox:execute'],
		['nodes/Wolkvox/', 'wolkvox'],
		['nodes/WolkvoxTrigger/', 'trigger'],
	];
	return rules.find(([prefix]) => file.startsWith(prefix))?.[1] ?? `outside:${file}`;
}

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
	core: [],
	credentials: ['core'],
	shared: ['core'],
	'wolkvox:descriptions': ['core', 'shared'],
	'wolkvox:execute': ['core', 'shared', 'wolkvox:descriptions'],
	wolkvox: ['core', 'shared', 'wolkvox:descriptions', 'wolkvox:execute'],
	trigger: ['core', 'shared'],
};

function importsIn(text: string): Array<{ spec: string; typeOnly: boolean }> {
	const found: Array<{ spec: string; typeOnly: boolean }> = [];
	for (const m of text.matchAll(
		/^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gms,
	)) {
		found.push({ spec: m[2], typeOnly: Boolean(m[1]) });
	}
	for (const m of text.matchAll(/(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
		found.push({ spec: m[1], typeOnly: false });
	}
	return found;
}

const withoutComments = (text: string) =>
	text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const FORBIDDEN = /\b(setTimeout|setInterval|setImmediate|process\.|__dirname|readFileSync)\b/;

/** Every way a set of files breaks the layering, as readable lines. */
function violations(files: Source[]): string[] {
	const wrong: string[] = [];
	for (const { file, text } of files) {
		const from = layerOf(file);
		if (from.startsWith('outside:')) wrong.push(`${file}: not in a known layer`);
		if (FORBIDDEN.test(withoutComments(text)))
			wrong.push(`${file}: timers, process or file access`);
		for (const { spec, typeOnly } of importsIn(text)) {
			if (spec.startsWith('.')) {
				const to = layerOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
				if (to !== from && !ALLOWED[from]?.includes(to))
					wrong.push(`${file} (${from}) -> ${spec} (${to})`);
			} else if (spec !== 'n8n-workflow') {
				wrong.push(`${file} -> package ${spec}`);
			} else if (from === 'core' && !typeOnly) {
				wrong.push(`${file} -> n8n-workflow at run time`);
			}
		}
	}
	return wrong;
}

describe('import direction', () => {
	const shipped = [...sources('core'), ...sources('nodes'), ...sources('credentials')];

	test('the shipped code keeps the layering', () => {
		expect(shipped.length).toBeGreaterThan(40);
		expect(violations(shipped)).toEqual([]);
	});

	test('a planted violation of each kind is caught', () => {
		const planted: Source[] = [
			{ file: 'core/a.ts', text: "import { sleep } from 'n8n-workflow';" },
			{
				file: 'core/b.ts',
				text: "import type { X } from 'n8n-workflow';\nimport { y } from '../nodes/shared/session';",
			},
			{ file: 'core/c.ts', text: 'export const wait = () => setTimeout(() => {}, 1);' },
			{
				file: 'nodes/WolkvoxTrigger/t.ts',
				text: "import { route } from '../Wolkvox/execute/router';",
			},
			{
				file: 'nodes/Wolkvox/descriptions/d.ts',
				text: "import { route } from '../execute/router';",
			},
			{ file: 'nodes/shared/s.ts', text: "import axios from 'axios';" },
			{ file: 'credentials/c.ts', text: "import { x } from '../nodes/shared/options';" },
			{ file: 'lib/z.ts', text: '' },
		];
		expect(violations(planted)).toEqual([
			'core/a.ts -> n8n-workflow at run time',
			'core/b.ts (core) -> ../nodes/shared/session (shared)',
			'core/c.ts: timers, process or file access',
			'nodes/WolkvoxTrigger/t.ts (trigger) -> ../Wolkvox/execute/router (wolkvox:execute)',
			'nodes/Wolkvox/descriptions/d.ts (wolkvox:descriptions) -> ../execute/router (wolkvox:execute)',
			'nodes/shared/s.ts -> package axios',
			'credentials/c.ts (credentials) -> ../nodes/shared/options (shared)',
			'lib/z.ts: not in a known layer',
		]);
	});
});
