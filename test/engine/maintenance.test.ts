/**
 * Maintenance windows through n8n-core's real WorkflowExecute: real windows of a few seconds on the
 * simulator, so this file mostly waits; it runs beside the CPU-bound files, not after them.
 */
describe('maintenance windows', () => {
	require('./cases/maintenance');
});
