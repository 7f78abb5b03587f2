/** Core and engine tests (test/core, test/engine). The e2e suite in real n8n and the browser test have their own configs. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/browser/'],
	// transpile only, for speed: types are checked by `npm run typecheck` (tsconfig.dev.json, in CI)
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	testTimeout: 60000,
	// both cores: about half the tests wait on timers and loopback HTTP, the other half on the CPU
	maxWorkers: 2,
};
