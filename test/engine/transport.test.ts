/**
 * The transport and the routing of outcomes, through n8n-core's real WorkflowExecute and real HTTP
 * to the simulator. One test file for several case files: each file here loads n8n-core once
 * (about 3 s of CPU), so related cases share a file; every case file keeps its own simulator.
 */
describe('smoke', () => {
	require('./cases/smoke');
});
describe('outcomes of an answer', () => {
	require('./cases/transport-outcomes');
});
describe('2 requests in flight per token', () => {
	require('./cases/concurrency');
});
describe('On Error: continue and stop', () => {
	require('./cases/continue-on-fail');
});
describe('the token stays secret', () => {
	require('./cases/secrecy');
});
describe('as an AI agent tool', () => {
	require('./cases/tool');
});
