/**
 * The catalog operations in n8n, through n8n-core's real WorkflowExecute: every operation's request
 * in both node versions, validation that sends nothing, the From List lookups, and the wiring of the
 * range and bulk strategies. (One test file for several case files: n8n-core loads once per file.)
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a case file registers its tests and its simulator's hooks when loaded, so it is loaded inside its describe */
describe('every catalog operation', () => {
	require('./cases/catalog-operations');
});
describe('validation before sending', () => {
	require('./cases/validation');
});
describe('From List lookups', () => {
	require('./cases/lookups');
});
describe('range pulls', () => {
	require('./cases/range');
});
describe('bulk operations', () => {
	require('./cases/bulk');
});
