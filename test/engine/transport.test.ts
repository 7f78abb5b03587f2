/**
 * The transport and the routing of outcomes, through n8n-core's real WorkflowExecute and real HTTP
 * to the simulator. One test file for several case files: each file here loads n8n-core once
 * (about 3 s of CPU), so related cases share a file; every case file keeps its own simulator.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a case file registers its tests and its simulator's hooks when loaded, so it is loaded inside its describe */
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
