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

/**
 * Agent control (agentbox v2). Every call is free of the daily token quota (`quotaFree`); the
 * node appends that to each description, so these stay short (at most 70 characters).
 */
const agent = family({ resource: 'agent', file: 'agentbox', method: 'POST', quotaFree: true });

export const agentEndpoints: EndpointDef[] = [
	agent('change_status', 'changeStatus', {
		name: 'Change Status',
		action: "Change an agent's status",
		description: 'Sets a logged-in agent to Ready, Logout or an auxiliary state.',
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
		description: 'Ends the active call, saves its codes and sets the agent Ready.',
		params: [controlledAgent(), ...dispositionParams(false)],
	}),
	agent('hang', 'hangUp', {
		name: 'Hang Up',
		action: "Hang up the agent's call",
		description: "Ends the agent's current call.",
		params: [controlledAgent()],
	}),
	agent('mute', 'toggleMute', {
		name: 'Toggle Mute',
		action: "Mute or unmute the agent's microphone",
		description: "Mutes the agent's microphone, or unmutes it if muted.",
		params: [controlledAgent()],
	}),
	agent('dtmf', 'sendDtmf', {
		name: 'Send DTMF',
		action: "Send DTMF tones on the agent's call",
		description: "Sends DTMF (touch-tone) digits on the agent's call, e.g. in an IVR.",
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
		description: "Calls a customer from the agent's phone; returns the call ID.",
		params: [
			controlledAgent(),
			customerPhone({ description: 'Number to call, e.g. 573001234567.' }),
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
		description: 'Shows or hides the dial, hang-up or disposition control.',
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
		description: "Puts the agent's call on hold, or resumes it if on hold.",
		params: [controlledAgent()],
	}),
	agent('recall', 'scheduleRecall', {
		name: 'Schedule Recall',
		action: 'Schedule a recall in a predictive campaign',
		description: 'Schedules a callback to a predictive campaign customer.',
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
				description:
					"When the recall must happen, e.g. 2024-01-05T15:30:00, in the operation's timezone.",
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
		description: 'Redials a predictive campaign call that was cut; returns the call ID.',
		params: [
			controlledAgent(),
			customerPhone({ description: 'Customer telephone number to call.' }),
		],
	}),
	agent('type', 'codeCall', {
		name: 'Code Call',
		action: "Code the agent's call",
		description: "Saves the activity codes and comment of the agent's current call.",
		params: [controlledAgent(), ...dispositionParams(true)],
	}),
	agent('transfer', 'transferCall', {
		name: 'Transfer Call',
		action: "Transfer the agent's call",
		description: "Transfers the agent's call to a phone number or another agent.",
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
		description: 'Changes the date, agent or style of a scheduled recall.',
		method: 'PUT',
		params: [
			agentId({
				description:
					'Agent (extension number) the recall is assigned to; use another logged-in agent to reassign it.',
				hint: 'The agent must be logged in, and the customer must exist in the campaign',
			}),
			...recallRecord(),
			telephone({ in: 'query', description: 'Customer telephone number of the recall.' }),
			{
				name: 'recall',
				displayName: 'Recall Date',
				kind: 'date',
				in: 'query',
				required: true,
				description:
					"New date and time of the recall, e.g. 2024-01-05T15:30:00, in the operation's timezone.",
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
		description: 'Destructive: cancels a scheduled predictive campaign recall.',
		method: 'DELETE',
		destructive: true,
		params: [
			agentId({
				description: 'Agent (extension number) the recall belongs to; must be logged in.',
			}),
			...recallRecord(),
			telephone({ in: 'query', description: 'Customer telephone number of the recall.' }),
			recallStyle({
				description: 'Style of the recall to cancel.',
				hint: "Automatic recalls keep the customer record but lose their date; manual ones leave the agent's pending list",
			}),
			recallName(),
		],
	}),
];
