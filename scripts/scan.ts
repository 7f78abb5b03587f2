/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * `npm run scan`: the static analysis of @n8n/scan-community-package — the gate n8n applies before
 * it verifies a community package — offline, on what `npm publish` would ship now.
 *
 * The scanner's CLI only scans published packages: it checks npm provenance, downloads the source
 * the provenance names from GitHub and the tarball from npm, and lints both with its own ESLint
 * config (scanner.mjs: buildScanConfig, analyzePackage). This script calls that same analysis,
 * from the installed scanner with its own rule sets and plugin versions, on:
 *   1. the source, as the scanner lints the attested checkout: package.json and
 *      nodes/, credentials/ (*.js, *.ts, *.json) — its SOURCE_FILE_PATTERNS;
 *   2. the tarball: a fresh build, `npm pack`, unpacked like the scanner does (tar
 *      --strip-components=1): every .js file and package.json.
 * It prints the findings (ESLint's stylish format, as the scanner does) and exits 1 on any.
 * The provenance check needs a published version: publish.yml publishes with provenance.
 *
 *   npm run scan                          build, pack, scan source and tarball
 *   npm run scan -- --package <dir>       only scan an unpacked package folder as it is (tarball leg)
 *   npm run scan -- --source <dir>        only scan a source checkout as it is (source leg)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const REPO = path.resolve(__dirname, '..');

interface ScanResult {
	passed: boolean;
	message?: string;
	details?: string;
}

interface Scanner {
	analyzePackage(dir: string, patterns?: string[]): Promise<ScanResult>;
	SOURCE_FILE_PATTERNS: string[];
}

/** The tarball leg's patterns (scanner.mjs, analyzePackageByName). */
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

// scanner.mjs is an ES module; ts-node compiles this file to CommonJS, where `import()` would
// become `require()`.
const importEsm = new Function('specifier', 'return import(specifier)') as (
	specifier: string,
) => Promise<any>;

function run(cmd: string, args: string[], cwd: string): string {
	const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(
			`${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
		);
	return result.stdout;
}

async function loadScanner(): Promise<{
	scanner: Scanner;
	glob: (p: string[], o: object) => string[];
}> {
	const file = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs', {
		paths: [REPO],
	});
	const scanner = (await importEsm(pathToFileURL(file).href)) as Scanner;
	// the scanner's own fast-glob, to count the files it lints
	const fastGlob = require(require.resolve('fast-glob', { paths: [path.dirname(file)] }));
	return { scanner, glob: fastGlob.sync };
}

async function main(): Promise<number> {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i >= 0 ? path.resolve(process.argv[i + 1] ?? '') : undefined;
	};
	const givenPackage = arg('package');
	const givenSource = arg('source');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-scan-'));
	// scanner.mjs makes a temp folder when it is loaded (for downloads it does not do here): in ours
	const tmpdir = process.env.TMPDIR;
	process.env.TMPDIR = work;
	try {
		const { scanner, glob } = await loadScanner();
		if (tmpdir === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = tmpdir;

		const legs: Array<{ name: string; dir: string; patterns: string[] }> = [];
		if (givenSource)
			legs.push({
				name: `source ${givenSource}`,
				dir: givenSource,
				patterns: scanner.SOURCE_FILE_PATTERNS,
			});
		if (givenPackage)
			legs.push({ name: `package ${givenPackage}`, dir: givenPackage, patterns: TARBALL_PATTERNS });
		if (legs.length === 0) {
			process.stdout.write('build... ');
			run('npm', ['run', 'build'], REPO);
			process.stdout.write('pack... ');
			const packed = JSON.parse(
				run('npm', ['pack', '--json', '--pack-destination', work], REPO),
			) as Array<{ filename: string }>;
			const unpacked = path.join(work, 'package');
			fs.mkdirSync(unpacked);
			run(
				'tar',
				['-xzf', path.join(work, packed[0].filename), '-C', unpacked, '--strip-components=1'],
				work,
			);
			console.log(`${packed[0].filename}`);
			legs.push({ name: 'source (repository)', dir: REPO, patterns: scanner.SOURCE_FILE_PATTERNS });
			legs.push({
				name: `tarball (${packed[0].filename})`,
				dir: unpacked,
				patterns: TARBALL_PATTERNS,
			});
		}

		let failed = false;
		for (const leg of legs) {
			const files = glob(leg.patterns, {
				cwd: leg.dir,
				ignore: ['node_modules/**', '**/package-lock.json'],
			});
			const result = await scanner.analyzePackage(leg.dir, leg.patterns);
			if (files.length === 0 || !result.passed) {
				failed = true;
				console.log(
					`FAIL  ${leg.name}: ${files.length} files, ${result.message ?? 'no files to analyze'}`,
				);
				if (result.details) console.log(result.details);
			} else {
				console.log(`ok    ${leg.name}: ${files.length} files, 0 findings`);
			}
		}
		console.log(failed ? 'scan: findings (see above)' : 'scan: 0 findings');
		return failed ? 1 : 0;
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(2);
	},
);
