/**
 * End-to-end tests in real n8n (test/e2e/**). Needs n8n provisioned outside git:
 *   scripts/n8n-provision.sh all        (first run ~5 min; reused afterwards)
 * Run: npx jest -c jest.e2e.config.js   (WOLKVOX_E2E_VERSIONS=v2 to run one version only)
 */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	// queue mode (Redis, PostgreSQL, main + workers) runs on its own: npm run test:queue
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/queue\\.e2e\\.test\\.ts$'],
	// transpile only, for speed: types are checked by `npm run typecheck` (tsconfig.dev.json, in CI)
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	// each n8n command starts a whole n8n (3-10 s on 2 cores); one file at a time
	maxWorkers: 1,
	testTimeout: 10 * 60 * 1000,
	slowTestThreshold: 120,
};
