import { family } from './factories';
import {
	activityCode,
	agentId,
	binaryInput,
	campaignId,
	customerId,
	optional,
	skillId,
} from './params';
import type { EndpointDef } from './types';

/** ListenVox: speech or text analytics of an external recording or transcript (multipart form). */
const listenVox = family({ resource: 'listenVox', file: 'listenvox', method: 'POST' });

export const listenVoxEndpoints: EndpointDef[] = [
	listenVox(null, 'analyzeInteraction', {
		name: 'Analyze Interaction',
		action: 'Analyze a recording or transcript with ListenVox',
		description:
			'Sends a call recording or chat transcript to ListenVox; results appear in Speech Analytics reports.',
		path: '/listenVox/listenvox.php',
		params: [
			agentId({
				in: 'form',
				description: 'Agent who handled the interaction; must exist in the operation.',
			}),
			binaryInput({
				name: 'data',
				description:
					'Name of the binary property of the input item holding the audio or the text to analyze.',
				hint: 'Audio: stereo WAV or MP3, at most 30 minutes. Transcripts over 6,800 characters get no summary',
			}),
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
			optional(
				activityCode({
					in: 'form',
					description: 'Disposition code of the interaction; must exist in the operation.',
				}),
			),
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
			optional(
				skillId({
					name: 'skill',
					in: 'form',
					description: 'Skill of the interaction; must exist in the operation.',
				}),
			),
			optional(
				campaignId({
					name: 'id_campaña',
					in: 'form',
					description: 'Campaign of the interaction; must already exist.',
				}),
			),
			{
				name: 'tel_number',
				displayName: 'Telephone',
				kind: 'string',
				in: 'form',
				description: 'Customer telephone number.',
			},
			customerId({
				name: 'id_customer',
				in: 'form',
				description: 'Identification number of the customer.',
			}),
		],
	}),
];
