/**
 * Both credentials' tests and the wolkvox CRM operations, through n8n's real expression engine and
 * n8n-core's real WorkflowExecute. (One test file for several case files: n8n-core loads once per file.)
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a case file registers its tests and its simulator's hooks when loaded, so it is loaded inside its describe */
describe('Wolkvox API credential', () => {
	require('./cases/credential');
});
describe('Wolkvox CRM API credential', () => {
	require('./cases/crm-credential');
});
describe('CRM operations', () => {
	require('./cases/crm');
});
