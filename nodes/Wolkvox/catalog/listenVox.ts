import type { EndpointDef } from './types';

export const listenVoxEndpoints: EndpointDef[] = [
	{
		resource: 'listenVox',
		operation: 'analyzeInteraction',
		name: 'Analyze Interaction',
		action: 'Analyze a recording or transcript with ListenVox',
		description:
			'Submits an external call recording (stereo WAV or MP3, at most 30 minutes) or a chat transcript for speech or text analytics. Results appear in the Speech Analytics reports; no summary is made for transcripts over 6,800 characters.',
		file: 'listenvox',
		api: null,
		path: '/listenVox/listenvox.php',
		method: 'POST',
		params: [
			{
				name: 'agent_id',
				displayName: 'Agent',
				kind: 'integer',
				in: 'form',
				lookup: 'agents',
				required: true,
				description: 'Agent who handled the interaction; must exist in the operation.',
			},
			{
				name: 'data',
				displayName: 'Input Binary Field',
				kind: 'binary',
				in: 'form',
				required: true,
				default: 'data',
				description:
					'Name of the binary property of the input item holding the audio (stereo WAV or MP3) or the text to analyze.',
			},
			{
				name: 'type_call',
				displayName: 'Call Direction',
				kind: 'options',
				in: 'form',
				required: true,
				default: 'inbound',
				options: [
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Outbound', value: 'outbound_ma' },
				],
				description: 'Whether the conversation was an incoming or an outgoing call.',
			},
			{
				name: 'cod_act',
				displayName: 'Activity Code',
				kind: 'string',
				in: 'form',
				lookup: 'activityCodes',
				description: 'Disposition code of the interaction; must exist in the operation.',
			},
			{
				name: 'type_talk',
				displayName: 'Started By',
				kind: 'options',
				in: 'form',
				options: [
					{ name: 'Agent', value: 'agent' },
					{ name: 'Customer', value: 'cust' },
				],
				description: 'Who started the conversation.',
			},
			{
				name: 'skill',
				displayName: 'Skill',
				kind: 'integer',
				in: 'form',
				lookup: 'skills',
				description: 'Skill of the interaction; must exist in the operation.',
			},
			{
				name: 'id_campaña',
				displayName: 'Campaign',
				kind: 'integer',
				in: 'form',
				lookup: 'campaigns',
				description: 'Campaign of the interaction; must already exist.',
			},
			{
				name: 'tel_number',
				displayName: 'Telephone',
				kind: 'string',
				in: 'form',
				description: 'Customer telephone number.',
			},
			{
				name: 'id_customer',
				displayName: 'Customer ID',
				kind: 'string',
				in: 'form',
				description: 'Identification number of the customer.',
			},
		],
	},
];
