/**
 * toWire, table-driven: one user value -> what wolkvox gets, or the problem naming the field; and
 * placeParams where one value is built from two fields (the call activity's phone).
 * The expected values are the vendor's documented spellings, not read from the code.
 */
import { findEndpoint, type ParamDef } from '../../core/catalog';
import { placeParams, toWire } from '../../core/params';

const integer = (allowWords?: string[]): ParamDef => ({
	name: 'skill_id',
	displayName: 'Skill',
	kind: 'integer',
	in: 'body',
	allowWords,
});

describe('toWire integer with words', () => {
	// edit_campaign: skill_id "También acepta \"VAGENT\""; reports: skill_id "all"; change_status: ready/logout.
	test.each([
		[['VAGENT'], 'VAGENT', 'VAGENT'],
		[['VAGENT'], 'vagent', 'VAGENT'],
		[['VAGENT'], ' Vagent ', 'VAGENT'],
		[['all'], 'all', 'all'],
		[['all'], 'ALL', 'all'],
		[['ready', 'logout'], 'Logout', 'logout'],
		[['ready', 'logout'], 'READY', 'ready'],
		[['VAGENT'], '4012', '4012'],
		[undefined, '4012', '4012'],
	])('allowWords %p, %p -> %p', (words, input, wire) => {
		expect(toWire(integer(words), input, 'UTC')).toEqual({ ok: true, value: wire });
	});

	test.each([
		[
			['VAGENT'],
			'all',
			/"Skill" \(skill_id\) must be a whole number \(an ID\) or "VAGENT"; got "all"/,
		],
		[['all'], 'VAGENT', /or "all"; got "VAGENT"/],
		[undefined, 'all', /must be a whole number \(an ID\); got "all"/],
		[['VAGENT'], 'VAGENTS', /got "VAGENTS"/],
	])('allowWords %p rejects %p', (words, input, says) => {
		const result = toWire(integer(words), input, 'UTC');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem).toMatch(says);
	});

	test('a number goes out as a JSON number only where the catalog says so', () => {
		expect(toWire({ ...integer(), sendAsNumber: true }, '25', 'UTC')).toEqual({
			ok: true,
			value: 25,
		});
	});
});

describe('placeParams: the CRM call activity phone', () => {
	// custom/insert type call: "phone": {"type": "telephone", "country": "COLOMBIA", "code": "57",
	// "value": "3000000001"}; "country | Indica el país asociado al número de teléfono."
	const call = findEndpoint('crmActivity', undefined, 'createCall')!;
	const values = (given: Record<string, unknown>) =>
		new Map(call.params.map((p) => [p, given[p.name]] as [ParamDef, unknown]));
	const required = { name: 'Llamar', name_module: 'cases', id_record: '664xx' };

	test.each([
		[
			{ phone: '3000000001', 'phone.country': 'COLOMBIA' },
			{ type: 'telephone', country: 'COLOMBIA', value: '3000000001' },
		],
		[
			{ phone: '+57 300 000 0001', 'phone.country': ' COLOMBIA ' },
			{ type: 'telephone', country: 'COLOMBIA', code: '57', value: '3000000001' },
		],
		[
			{ phone: '+57 3000000001', 'phone.country': '' },
			{ type: 'telephone', code: '57', value: '3000000001' },
		],
		[{ phone: '3000000001' }, { type: 'telephone', value: '3000000001' }],
	])('%o -> fields.phone %o', (given, phone) => {
		const placed = placeParams(call, values({ ...required, ...given }), 'UTC', false);
		if (!placed.ok) throw new Error(placed.problem);
		expect((placed.value.body.fields as Record<string, unknown>).phone).toEqual(phone);
		expect(placed.value.body.fields).not.toHaveProperty(['phone.country']);
	});
});

describe('placeParams: the agent password', () => {
	// create_agent and edit_agent: "El campo para asignar una contraseña “agent_pass”: “” puede
	// permanecer vacío y el sistema asignará una contraseña aleatoria."
	const create = findEndpoint('configuration', undefined, 'createAgent')!;
	const update = findEndpoint('configuration', undefined, 'updateAgent')!;
	const place = (endpoint: typeof create, given: Record<string, unknown>) => {
		const values = new Map(endpoint.params.map((p) => [p, given[p.name]] as [ParamDef, unknown]));
		return placeParams(endpoint, values, 'UTC', false);
	};
	const profile = { agent_dni: '0010203', agent_name: 'Phoenix Jones' };

	test.each([[undefined], [''], ['  ']])(
		'create, password %p: sends agent_pass "" (wolkvox assigns a random one)',
		(password) => {
			const placed = place(create, { ...profile, agent_pass: password });
			expect(placed.ok && placed.value.body).toEqual({ ...profile, agent_pass: '' });
		},
	);

	test('create, a password is sent and must meet the rule', () => {
		const placed = place(create, { ...profile, agent_pass: 'Password0123*' });
		expect(placed.ok && placed.value.body).toEqual({ ...profile, agent_pass: 'Password0123*' });
		const weak = place(create, { ...profile, agent_pass: 'password' });
		expect(!weak.ok && weak.problem).toMatch(/"Password" \(agent_pass\) must be at least one/);
	});

	test.each([[undefined], ['']])(
		'update, password %p: no agent_pass is sent, so the password is not reset',
		(password) => {
			const placed = place(update, {
				agent_id: '1001',
				agent_name: 'Brooklyn',
				agent_pass: password,
			});
			expect(placed.ok && placed.value.body).toEqual({ agent_name: 'Brooklyn' });
		},
	);
});
