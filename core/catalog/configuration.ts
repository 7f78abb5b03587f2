import { family, UPLOAD_LIMIT } from './factories';
import {
	activityCodeFields,
	agentId,
	agentProfileFields,
	binaryInput,
	binaryInputs,
	campaignId,
	codeGroup,
	customerId,
	DNC_LISTS,
	ipAddress,
	routingPoint,
	skillId,
	skillProfileFields,
	telephone,
	YES_NO,
} from './params';
import type { EndpointDef } from './types';

/** Configuration (configuration.php): agents, skills, activity codes, DNC lists, allowed IPs, files. */
const configuration = family({ resource: 'configuration', file: 'configuration' });

export const configurationEndpoints: EndpointDef[] = [
	configuration('add_dnc', 'addDoNotCallNumbers', {
		name: 'Add Do-Not-Call Numbers',
		action: 'Add numbers to the inbound or outbound do-not-call list',
		description: 'Adds phone numbers to the inbound and/or outbound do-not-call list.',
		method: 'POST',
		params: [
			{
				name: 'type_call',
				displayName: 'List',
				kind: 'options',
				in: 'body',
				options: DNC_LISTS,
				default: 'inbound/outbound',
				required: true,
				description: 'Do-not-call list to add the numbers to.',
			},
		],
		strategy: 'bulk',
		records: {
			fields: [telephone({ description: 'Telephone number to block.' })],
			uploadLimit: UPLOAD_LIMIT,
			wrapIn: 'telephones',
			valueField: 'telephone',
		},
	}),
	configuration('create_agent', 'createAgent', {
		name: 'Create Agent',
		action: 'Create an agent',
		description:
			'Creates an agent; without a password wolkvox sets a random one. Returns ID and password.',
		method: 'POST',
		params: agentProfileFields(false),
	}),
	configuration('create_cod_act', 'createActivityCode', {
		name: 'Create Activity Code',
		action: 'Create an activity code',
		description:
			'Creates an activity code in group 1 or 2 and sets the channels where agents can use it.',
		method: 'POST',
		params: activityCodeFields(false),
	}),
	configuration('disable_agent', 'disableAgent', {
		name: 'Disable Agent',
		action: 'Disable an agent',
		description: 'Destructive: deactivates an agent so it cannot log in (Enable Agent undoes it).',
		method: 'PUT',
		destructive: true,
		params: [agentId({ in: 'body', description: 'Agent to deactivate.' })],
	}),
	configuration('disable_module', 'disableModule', {
		name: 'Disable Module',
		action: 'Disable the operation module',
		description:
			'Destructive: disables the whole wolkvox operation on the server until it is enabled.',
		method: 'PUT',
		destructive: true,
	}),
	configuration('enable_agent', 'enableAgent', {
		name: 'Enable Agent',
		action: 'Enable an agent',
		description: 'Reactivates a disabled agent so it can log in to wolkvox Agent again.',
		method: 'PUT',
		params: [agentId({ in: 'body', description: 'Agent to reactivate.' })],
	}),
	configuration('enable_module', 'enableModule', {
		name: 'Enable Module',
		action: 'Enable the operation module',
		description: 'Enables the wolkvox operation on the configured server again.',
		method: 'PUT',
	}),
	configuration('remove_dnc', 'removeDoNotCallNumbers', {
		name: 'Remove Do-Not-Call Numbers',
		action: 'Remove numbers from the do-not-call list',
		description:
			'Destructive: removes numbers from the do-not-call list; a lone record All empties it.',
		method: 'DELETE',
		destructive: true,
		params: [
			{
				name: 'type',
				displayName: 'List',
				kind: 'options',
				in: 'body',
				options: DNC_LISTS,
				default: 'all',
				required: true,
				description: 'Do-not-call list to remove the numbers from.',
			},
		],
		strategy: 'bulk',
		records: {
			fields: [
				telephone({
					description:
						'A number to unblock, or All (as the only record) to empty the whole list chosen in List.',
				}),
			],
			uploadLimit: UPLOAD_LIMIT,
			wrapIn: 'telephones',
			valueField: 'telephone',
			allValue: 'All',
		},
	}),
	configuration('add_ip', 'addAllowedIp', {
		name: 'Add Allowed IP',
		action: 'Add an IP to the allow-list',
		description: 'Adds an IPv4 address to the server firewall allow-list so it can call the API.',
		method: 'POST',
		params: [
			ipAddress({
				description: 'IPv4 address to allow.',
				hint: 'At most 5 permanent IPs per operation; an IP already listed is answered with code 404',
			}),
			{
				name: 'permanent',
				displayName: 'Permanent',
				kind: 'options',
				in: 'body',
				options: YES_NO,
				default: 'no',
				description:
					'Whether the IP stays permanently or only temporarily. wolkvox assumes no when not sent.',
			},
			{
				name: 'description',
				displayName: 'Description',
				kind: 'string',
				in: 'body',
				description: 'Note describing whose IP this is.',
			},
		],
	}),
	configuration('remove_ip', 'removeAllowedIp', {
		name: 'Remove Allowed IP',
		action: 'Remove an IP from the allow-list',
		description: 'Destructive: removes an IPv4 address from the firewall allow-list.',
		method: 'DELETE',
		destructive: true,
		params: [ipAddress({ description: 'IPv4 address to remove.' })],
	}),
	configuration('add_interaction', 'addInteraction', {
		name: 'Add Interaction',
		action: 'Add an interaction to a routing point',
		description:
			"Injects a custom interaction through the universal channel into a routing point's flow.",
		method: 'POST',
		params: [
			routingPoint({
				description:
					'Routing point whose interaction routing flow (email, Facebook, Instagram, Twitter) handles the interaction.',
			}),
			{
				name: 'from',
				displayName: 'From',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Sender address or identifier of the interaction.',
			},
			{
				name: 'fromname',
				displayName: 'From Name',
				kind: 'string',
				in: 'body',
				description: 'Display name of the sender.',
			},
			{
				name: 'to',
				displayName: 'To',
				kind: 'string',
				in: 'body',
				description: 'Recipient address or identifier of the interaction.',
			},
			{
				name: 'toname',
				displayName: 'To Name',
				kind: 'string',
				in: 'body',
				description: 'Display name of the recipient.',
			},
			{
				name: 'subject',
				displayName: 'Subject',
				kind: 'string',
				in: 'body',
				description: 'Subject of the interaction.',
			},
			{
				name: 'body',
				displayName: 'Body',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Content of the interaction.',
			},
		],
	}),
	configuration('create_skill', 'createSkill', {
		name: 'Create Skill',
		action: 'Create a skill',
		description:
			'Creates a skill (agent group) with voicemail and audios; returns the new skill ID.',
		method: 'POST',
		params: skillProfileFields(false),
	}),
	configuration('edit_agent', 'updateAgent', {
		name: 'Update Agent',
		action: 'Update an agent',
		description: 'Changes the document number, name, SSO username or password of an agent.',
		method: 'PUT',
		params: [
			agentId({ description: 'Agent to update (its extension number in wolkvox Agent).' }),
			...agentProfileFields(true),
		],
	}),
	configuration('edit_skill', 'updateSkill', {
		name: 'Update Skill',
		action: 'Update a skill',
		description: 'Changes the name, description, voicemail or audios of one skill.',
		method: 'PUT',
		params: [
			skillId({ description: 'Numeric ID of the one skill to update, e.g. 4001 (not "all").' }),
			...skillProfileFields(true),
		],
	}),
	configuration('remove_cod_act', 'deleteActivityCodes', {
		name: 'Delete Activity Codes',
		action: 'Delete activity codes',
		description:
			'Destructive: deletes activity codes of group 1 or 2, so agents can no longer use them.',
		method: 'DELETE',
		destructive: true,
		params: [
			codeGroup({ description: 'Activity code group the codes belong to.' }),
			{
				name: 'cod_act',
				displayName: 'Activity Codes',
				kind: 'list',
				in: 'body',
				required: true,
				placeholder: '020, 021',
				description: 'Names or numbers of the activity codes to delete.',
			},
		],
	}),
	configuration('edit_cod_act', 'updateActivityCode', {
		name: 'Update Activity Code',
		action: 'Update an activity code',
		description: 'Changes the description, hit/RPC flags and channels of an activity code.',
		method: 'PUT',
		params: activityCodeFields(true),
	}),
	configuration('add_agents_skill', 'addAgentToSkill', {
		name: 'Add Agent to Skill',
		action: 'Add an agent to a skill',
		description: 'Assigns an agent to a skill with a given expertise level.',
		method: 'POST',
		params: [
			skillId({ in: 'body', description: 'Skill to assign the agent to.' }),
			agentId({ in: 'body', description: 'Agent (extension number) to add to the skill.' }),
			{
				name: 'expertise',
				displayName: 'Expertise',
				kind: 'integer',
				in: 'body',
				alwaysShow: true,
				placeholder: '5',
				description: 'Expertise level of the agent in this skill.',
			},
		],
	}),
	configuration('remove_agents_skill', 'removeAgentFromSkill', {
		name: 'Remove Agent From Skill',
		action: 'Remove an agent from a skill',
		description: 'Destructive: unassigns an agent from a skill, so it stops getting its contacts.',
		method: 'DELETE',
		destructive: true,
		params: [
			skillId({ in: 'body', description: 'Skill to remove the agent from.' }),
			agentId({ in: 'body', description: 'Agent to remove from the skill.' }),
		],
	}),
	configuration('edit_licenses', 'updateLicenses', {
		name: 'Update Licenses',
		action: 'Update contact center and PBX licenses',
		description: 'Sets the number of contact center and/or PBX licences of the operation.',
		method: 'PUT',
		params: [
			{
				name: 'call_center',
				displayName: 'Contact Center Licenses',
				kind: 'integer',
				in: 'body',
				alwaysShow: true,
				description: 'New number of agent licenses.',
				hint: 'Users on licenses removed by a reduction are blocked at their next action',
			},
			{
				name: 'pbx',
				displayName: 'PBX Licenses',
				kind: 'integer',
				in: 'body',
				alwaysShow: true,
				description: 'New number of PBX user licenses.',
			},
		],
	}),
	configuration('free_law2300', 'releaseLaw2300Protection', {
		name: 'Release Law 2300 Protection',
		action: 'Release a customer from Law 2300 protection',
		description:
			'Lifts Colombian Law 2300 contact restrictions for a customer, by phone or ID number.',
		method: 'PUT',
		params: [
			{
				name: 'nit',
				displayName: 'Company NIT',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '900663379',
				description:
					'Tax ID (NIT) of the company configured for Law 2300 that the customer is registered under.',
			},
			{
				name: 'item',
				displayName: 'Identify By',
				kind: 'string',
				in: 'body',
				required: true,
				default: 'telephone',
				placeholder: 'telephone',
				description:
					'What Value contains: "telephone" for a phone number; wolkvox also releases by identification number.',
			},
			{
				name: 'value',
				displayName: 'Value',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: '3001234567',
				description: 'Telephone number (or identification number) to release.',
			},
			agentId({ in: 'body', description: 'Agent recorded as the one who released the customer.' }),
		],
	}),
	configuration('upload_file', 'uploadCopilotFile', {
		name: 'Upload Copilot File',
		action: 'Upload a training file to wvx Copilot',
		description: 'Uploads a PDF, DOCX, TXT or PNG document to the wvx Copilot knowledge base.',
		method: 'POST',
		params: [
			binaryInput({
				description:
					'Name of the binary property of the input item that holds the file (PDF, DOCX, TXT or PNG).',
			}),
		],
	}),
	configuration('delete_file', 'deleteCopilotFile', {
		name: 'Delete Copilot File',
		action: 'Delete a training file from wvx Copilot',
		description: 'Destructive: deletes a training document from the wvx Copilot knowledge base.',
		method: 'DELETE',
		destructive: true,
		params: [
			{
				name: 'filename',
				displayName: 'File Name',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: 'manual.pdf',
				description: 'Name of the uploaded training file to delete.',
			},
		],
	}),
	configuration('upload_audio', 'uploadAudio', {
		name: 'Upload Audio',
		action: 'Upload audio files',
		description: 'Uploads audio files for skills and wolkvox Studio (e.g. Play Audio).',
		method: 'POST',
		params: [
			binaryInputs({
				description: 'Names of the binary properties of the input item holding the audio files.',
				hint: 'At most 50 files per call, each at most 5 MB',
			}),
		],
	}),
	configuration('block_law2300', 'blockLaw2300Number', {
		name: 'Block Law 2300 Number',
		action: 'Block a number under Law 2300',
		description: 'Adds a phone number to the non-contactable list of Colombian Law 2300.',
		method: 'PUT',
		params: [
			telephone({
				placeholder: '3001234567',
				description: 'Telephone number to add to the non-contactable list.',
			}),
			{
				name: 'nit',
				displayName: 'Company NIT',
				kind: 'string',
				in: 'body',
				alwaysShow: true,
				description: 'Tax ID (NIT) of the company the customer is registered under.',
			},
			customerId({ description: 'Identification of the customer who owns the number.' }),
		],
	}),
	configuration('block_predictive_dnc', 'blockPredictiveCustomers', {
		name: 'Block Predictive Campaign Customers',
		action: 'Add customers to a predictive campaign do-not-call list',
		description:
			'Marks customers of a predictive campaign as do-not-call, so the dialer stops calling them.',
		method: 'PUT',
		params: [
			campaignId({
				name: 'id_campaing',
				in: 'body',
				description: 'Predictive campaign the customers belong to.',
			}),
			{
				name: 'id_cliente',
				displayName: 'Customer IDs',
				kind: 'list',
				in: 'body',
				required: true,
				placeholder: '1000000001, 1000000002',
				description: 'Identifiers of the campaign customers to mark as do-not-call.',
			},
		],
	}),
];
