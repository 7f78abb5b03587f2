/**
 * Maintenance windows through n8n-core's real WorkflowExecute: real windows of a few seconds on the
 * simulator, so this file mostly waits; it runs beside the CPU-bound files, not after them.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a case file registers its tests and its simulator's hooks when loaded, so it is loaded inside its describe */
describe('maintenance windows', () => {
	require('./cases/maintenance');
});
