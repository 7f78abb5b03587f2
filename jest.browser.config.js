/**
 * The browser test (test/browser/**): the n8n 2.41.1 editor in headless Chromium (Debian's
 * `chromium` + npm `playwright-core`). Needs n8n provisioned (scripts/n8n-provision.sh v2) and a
 * built package; `npm run test:browser` does both. Installs chromium with apt-get when missing.
 */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/browser'],
	testMatch: ['**/*.browser.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	// one n8n + one browser for the whole file; never in parallel with anything else
	maxWorkers: 1,
	testTimeout: 5 * 60 * 1000,
	slowTestThreshold: 300,
};
