/**
 * Both credentials' tests and the wolkvox CRM operations, through n8n's real expression engine and
 * n8n-core's real WorkflowExecute. (One test file for several case files: n8n-core loads once per file.)
 */
describe('Wolkvox API credential', () => {
	require('./cases/credential');
});
describe('Wolkvox CRM API credential', () => {
	require('./cases/crm-credential');
});
describe('CRM operations', () => {
	require('./cases/crm');
});
