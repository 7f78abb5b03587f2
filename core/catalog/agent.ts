import { family } from './factories';
import {
	agentId,
	controlledAgent,
	customerId,
	customerPhone,
	dispositionParams,
	recallName,
	recallRecord,
	recallStyle,
	telephone,
} from './params';
import type { EndpointDef } from './types';

const QUOTA_NOTE = 'Does not count against the daily token quota.';

/** Agent control (agentbox v2). Every call is free of the daily token quota (`quotaFree`). */
const agent = family({ resource: 'agent', file: 'agentbox', method: 'POST', quotaFree: true });

export const agentEndpoints: EndpointDef[] = [
	agent('change_status', 'changeStatus', {
		name: 'Change Status',
		action: "Change an agent's status",
		description: `Sets a logged-in agent to Ready, Logout or one of the operation's auxiliary states. ${QUOTA_NOTE}`,
		params: [
			{
				name: 'status',
				displayName: 'Status',
				kind: 'integer',
				in: 'query',
				required: true,
				allowWords: ['ready', 'logout'],
				placeholder: 'ready',
				description:
					'"ready", "logout", or the ID of an auxiliary state (column ID of the agent states tab in wolkvox Manager configuration).',
			},
			controlledAgent(),
		],
	}),
	agent('hang_type_ready', 'hangUpCodeAndReady', {
		name: 'Hang Up, Code and Set Ready',
		action: 'Hang up, code the call and set the agent ready',
		description: `Ends the agent's active call, saves its disposition codes and comment, and puts the agent back in Ready, in one step. The call must be active. ${QUOTA_NOTE}`,
		params: [controlledAgent(), ...dispositionParams(false)],
	}),
	agent('hang', 'hangUp', {
		name: 'Hang Up',
		action: "Hang up the agent's call",
		description: `Ends the current call of the agent. ${QUOTA_NOTE}`,
		params: [controlledAgent()],
	}),
	agent('mute', 'toggleMute', {
		name: 'Toggle Mute',
		action: "Mute or unmute the agent's microphone",
		description: `Toggles the agent's microphone: mutes it if it is on and unmutes it if it is already muted. ${QUOTA_NOTE}`,
		params: [controlledAgent()],
	}),
	agent('dtmf', 'sendDtmf', {
		name: 'Send DTMF',
		action: "Send DTMF tones on the agent's call",
		description: `Sends touch-tone (DTMF) digits through the agent's phone, for example to navigate an IVR. ${QUOTA_NOTE}`,
		params: [
			controlledAgent(),
			{
				name: 'tones',
				displayName: 'Tones',
				kind: 'string',
				in: 'query',
				required: true,
				placeholder: '123#',
				description: 'Digits to send.',
				pattern: '^[0-9*#]+$',
				patternHint: 'digits, * and # only',
			},
		],
	}),
	agent('dial', 'dial', {
		name: 'Dial',
		action: "Dial a number from the agent's phone",
		description: `Places an outbound call from the agent's wolkvox Agent to a customer number. Returns the call ID (conn_id). ${QUOTA_NOTE}`,
		params: [
			controlledAgent(),
			customerPhone({ description: 'Telephone number to call.' }),
			customerId({
				in: 'query',
				description: 'Identification number of the customer, shown to the agent.',
			}),
			{
				name: 'customer_name',
				displayName: 'Customer Name',
				kind: 'string',
				in: 'query',
				description: 'Name of the customer, shown to the agent.',
			},
		],
	}),
	agent('agent_display', 'setButtonVisibility', {
		name: 'Show or Hide Button',
		action: "Show or hide a control in the agent's app",
		description: `Shows or hides the dial button, the hang-up button or the disposition panel in the agent's wolkvox Agent. ${QUOTA_NOTE}`,
		params: [
			controlledAgent(),
			{
				name: 'display',
				displayName: 'Display',
				kind: 'options',
				in: 'query',
				required: true,
				default: 'show',
				options: [
					{ name: 'Show', value: 'show' },
					{ name: 'Hide', value: 'hide' },
				],
				description: 'Whether to show or hide the control.',
			},
			{
				name: 'button',
				displayName: 'Control',
				kind: 'options',
				in: 'query',
				required: true,
				default: 'dial',
				options: [
					{ name: 'Dial Button', value: 'dial' },
					{ name: 'Hang-Up Button', value: 'hungup' },
					{ name: 'Disposition Panel', value: 'disposition' },
				],
				description: 'Control of the agent app to change.',
			},
		],
	}),
	agent('hold', 'toggleHold', {
		name: 'Toggle Hold',
		action: "Put the agent's call on hold or resume it",
		description: `Toggles hold on the agent's current call: holds it if active and resumes it if already on hold. ${QUOTA_NOTE}`,
		params: [controlledAgent()],
	}),
	agent('recall', 'scheduleRecall', {
		name: 'Schedule Recall',
		action: 'Schedule a recall in a predictive campaign',
		description: `Schedules a call back to a customer of a predictive campaign at a given date and time, dialed automatically or by the agent. ${QUOTA_NOTE}`,
		params: [
			agentId({ description: 'Agent (extension number) the recall is scheduled for.' }),
			...recallRecord(),
			telephone({
				name: 'telefono',
				in: 'query',
				description: 'Customer telephone number to call back.',
			}),
			{
				name: 'rellamada',
				displayName: 'Recall Date',
				kind: 'date',
				in: 'query',
				required: true,
				description: 'Date and time when the recall must happen.',
			},
			recallStyle({
				description:
					'Whether the campaign dials the recall automatically or the agent makes it manually.',
			}),
			recallName(),
		],
	}),
	agent('aux_call', 'auxiliaryCall', {
		name: 'Make Auxiliary Call',
		action: 'Make an auxiliary call',
		description: `Lets the agent call a customer again manually after a call delivered by a predictive campaign was cut. Only works on predictive campaign calls. Returns the call ID (conn_id). ${QUOTA_NOTE}`,
		params: [
			controlledAgent(),
			customerPhone({ description: 'Customer telephone number to call.' }),
		],
	}),
	agent('type', 'codeCall', {
		name: 'Code Call',
		action: "Code the agent's call",
		description: `Saves the disposition (activity codes and comment) of the agent's current call. ${QUOTA_NOTE}`,
		params: [controlledAgent(), ...dispositionParams(true)],
	}),
	agent('transfer', 'transferCall', {
		name: 'Transfer Call',
		action: "Transfer the agent's call",
		description: `Transfers the agent's current call to a telephone number or to another agent's extension. ${QUOTA_NOTE}`,
		params: [
			agentId({ description: 'Agent (extension number) whose call is transferred.' }),
			{
				name: 'customer_phone',
				displayName: 'Transfer To',
				kind: 'string',
				in: 'query',
				required: true,
				description: 'Telephone number or agent extension that receives the call.',
			},
		],
	}),
	agent('edit_recall', 'updateRecall', {
		name: 'Update Recall',
		action: 'Update a recall in a predictive campaign',
		description: `Changes the date, the assigned agent or the style of a recall already scheduled in a predictive campaign. The agent must be logged in and the customer must exist in the campaign. ${QUOTA_NOTE}`,
		method: 'PUT',
		params: [
			agentId({
				description:
					'Agent (extension number) the recall is assigned to; use another logged-in agent to reassign it.',
			}),
			...recallRecord(),
			telephone({ in: 'query', description: 'Customer telephone number of the recall.' }),
			{
				name: 'recall',
				displayName: 'Recall Date',
				kind: 'date',
				in: 'query',
				required: true,
				description: 'New date and time for the recall.',
			},
			recallStyle({
				description: 'New style: dialed automatically by the campaign or manually by the agent.',
			}),
			recallName(),
		],
	}),
	agent('delete_recall', 'deleteRecall', {
		name: 'Delete Recall',
		action: 'Delete a recall in a predictive campaign',
		description: `Destructive: cancels a scheduled recall. Automatic recalls keep the customer record but lose their date; manual recalls are removed from the agent's pending list. ${QUOTA_NOTE}`,
		method: 'DELETE',
		destructive: true,
		params: [
			agentId({
				description: 'Agent (extension number) the recall belongs to; must be logged in.',
			}),
			...recallRecord(),
			telephone({ in: 'query', description: 'Customer telephone number of the recall.' }),
			recallStyle({ description: 'Style of the recall to cancel.' }),
			recallName(),
		],
	}),
];
