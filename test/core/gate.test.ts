/**
 * The token gate's share of the in-flight limit (AIMD): one process keeps 2 in flight; several
 * processes sharing a token (queue-mode workers) halve their share on every "too many requests in
 * flight" answer and win it back slowly, pacing below one request in flight.
 */
import { AIMD, MAX_IN_FLIGHT, TokenGate } from '../../core/gate';
import { callWolkvox, newSession } from '../../core/transport';
import { realPause } from '../harness/core';
import { freshToken } from '../harness/params';
import { useSimulator } from '../harness/simulator';

const { sim } = useSimulator();

/** A pause that takes no time and remembers what it was asked to wait. */
function recordingPause() {
	const waits: number[] = [];
	const pause = async (ms: number) => {
		waits.push(ms);
	};
	return { waits, pause };
}

describe('the share of the limit', () => {
	test('starts at the token limit; halves per refusal down to a quarter; +0.05 per answer back up', () => {
		const gate = new TokenGate(recordingPause().pause);
		expect([gate.inFlightShare, gate.capacity]).toEqual([MAX_IN_FLIGHT, 2]);
		gate.tooManyInFlight();
		expect([gate.inFlightShare, gate.capacity]).toEqual([1, 1]);
		gate.tooManyInFlight();
		gate.tooManyInFlight();
		gate.tooManyInFlight();
		expect([gate.inFlightShare, gate.capacity]).toEqual([AIMD.minShare, 1]);
		for (let i = 0; i < 15; i++) gate.answered();
		expect(gate.inFlightShare).toBeCloseTo(1, 5);
		for (let i = 0; i < 100; i++) gate.answered();
		expect(gate.inFlightShare).toBe(MAX_IN_FLIGHT);
	});

	test('a fixed gate (adaptive off) never changes', () => {
		const gate = new TokenGate(recordingPause().pause, MAX_IN_FLIGHT, false);
		gate.tooManyInFlight();
		expect(gate.capacity).toBe(2);
	});

	test('below a share of one, a slot stays empty after each request: held 100 ms at share 0.5 -> 100 ms more', async () => {
		const { waits, pause } = recordingPause();
		const gate = new TokenGate(pause);
		gate.tooManyInFlight();
		gate.tooManyInFlight(); // share 0.5
		await gate.acquire();
		const second = gate.acquire();
		gate.release(100);
		await second;
		expect(waits).toEqual([100]);
		gate.release(40);
		gate.tooManyInFlight(); // share 0.25: three times the request's time
		await gate.acquire();
		gate.release(40);
		expect(waits).toEqual([100, 40, 120]);
	});

	test('a capacity that drops while 2 are in flight lets no third request out until both are back', async () => {
		const gate = new TokenGate(recordingPause().pause);
		await gate.acquire();
		await gate.acquire();
		gate.tooManyInFlight(); // capacity 1
		let third = false;
		const waiting = gate.acquire().then(() => (third = true));
		gate.release();
		await Promise.resolve();
		expect(third).toBe(false);
		gate.release();
		await waiting;
		expect(third).toBe(true);
	});
});

describe('processes sharing a token, against the simulator (2 in flight per token)', () => {
	/** `workers` sessions with gates of their own (as separate n8n processes have), one token. */
	async function run(workers: number, perWorker: number, adaptive: boolean) {
		const token = freshToken(sim);
		const gates = Array.from(
			{ length: workers },
			() => new TokenGate(realPause, MAX_IN_FLIGHT, adaptive),
		);
		// each refusal a gate hears, and the share it left
		const heard: number[] = [];
		for (const gate of gates) {
			const original = gate.tooManyInFlight.bind(gate);
			gate.tooManyInFlight = () => {
				original();
				heard.push(gate.inFlightShare);
			};
		}
		const sessions = gates.map((gate) =>
			Object.assign(newSession({ service: 'v2', baseUrl: sim.url, secret: token, io: io(token) }), {
				gate,
			}),
		);
		const answers = await Promise.all(
			sessions.flatMap((session) =>
				Array.from({ length: perWorker }, () =>
					callWolkvox(session, { method: 'GET', file: 'information', api: 'agents' }).then(
						(a) => a.status,
						(e: Error) => e.message,
					),
				),
			),
		);
		return { answers, heard, refused: sim.concurrencyRejections };
	}

	const io = (token: string) => ({
		send: async (call: {
			url: string;
			qs: Record<string, unknown>;
			method: string;
			headers: Record<string, string>;
		}) => {
			const url = new URL(call.url);
			for (const [k, v] of Object.entries(call.qs)) url.searchParams.set(k, String(v));
			const r = await fetch(url, {
				method: call.method,
				headers: { ...call.headers, 'wolkvox-token': token },
			});
			return { statusCode: r.status, body: await r.text(), headers: Object.fromEntries(r.headers) };
		},
		pause: realPause,
		debug: () => undefined,
	});

	test('4 processes x 30 requests: every request answered once; the refusals lowered the shares', async () => {
		sim.latencyMs = 30;
		const { answers, heard, refused } = await run(4, 30, true);
		expect(answers.filter((a) => a === 200)).toHaveLength(120);
		expect(sim.requests({ api: 'agents' }).filter((r) => r.status === 200)).toHaveLength(120);
		// 8 requests leave at once at first: wolkvox refuses some, every refusal reaches its gate
		expect(refused).toBeGreaterThan(0);
		expect(heard).toHaveLength(refused);
		expect(Math.max(...heard)).toBeLessThanOrEqual(1.95); // each left the share below 2
		expect(Math.min(...heard)).toBeLessThanOrEqual(1);
	});
});
