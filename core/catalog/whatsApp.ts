import { family } from './factories';
import {
	activityCode,
	agentId,
	connectorId,
	customerId,
	message,
	newTemplateName,
	optional,
	telephone,
	templateCategory,
	templateComponents,
	templateLanguage,
	templateName,
} from './params';
import type { EndpointDef } from './types';

/** WhatsApp (whatsapp.php): messages, templates and chats; POST unless said. */
const whatsApp = family({ resource: 'whatsApp', file: 'whatsapp', method: 'POST' });

export const whatsAppEndpoints: EndpointDef[] = [
	whatsApp('send_message_mobil', 'sendMobileMessage', {
		name: 'Send Mobile Message',
		action: 'Send a WhatsApp mobile message',
		description:
			'Sends a text, optionally with an image, through a WhatsApp mobile (non-Business) connector.',
		params: [
			connectorId({ description: 'Numeric ID of the WhatsApp mobile connector of the line.' }),
			telephone({
				description: 'Mobile number with country code, digits only, e.g. 573001234567.',
				hint: 'At most one message per customer every 20 seconds; wolkvox recommends about 6,000 a day',
			}),
			message(),
			{
				name: 'url_attach',
				displayName: 'Image URL',
				kind: 'string',
				in: 'body',
				description: 'Public URL of an image to attach.',
			},
		],
	}),
	whatsApp('send_template_official', 'sendTemplate', {
		name: 'Send Template',
		action: 'Send a WhatsApp template',
		description:
			'Sends an approved WhatsApp template to a phone number, e.g. to start a conversation.',
		params: [
			connectorId({
				description: 'Numeric ID of the WhatsApp Business (Cloud API) connector of the line.',
			}),
			telephone({
				description: 'Mobile number with country code, digits only, e.g. 573001234567.',
			}),
			{
				name: 'template_name',
				displayName: 'Template Name',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: 'order_update_1',
				description: 'Exact name of an approved template, as List Templates shows it.',
			},
			{
				name: 'template_vars',
				displayName: 'Template Variables',
				kind: 'string',
				in: 'body',
				description:
					'Values for the template variables ({{1}}, {{2}}, ...), in the format wolkvox expects.',
			},
			customerId({ description: 'Identification number of the customer.' }),
			{
				name: 'url_attach',
				displayName: 'Attachment URL',
				kind: 'string',
				in: 'body',
				description: 'Public URL of the media file for templates with a media header.',
			},
			{
				name: 'url_params',
				displayName: 'URL Button Parameters',
				kind: 'json',
				in: 'body',
				placeholder: '[{"index": 0, "text": "order/123"}]',
				description:
					'For templates with dynamic URL buttons (up to two): array of {index, text}, where index is the button position (0 = first) and text replaces the variable in its URL.',
			},
		],
	}),
	whatsApp('send_message_official', 'sendMessage', {
		name: 'Send Free-Form Message',
		action: 'Send a free-form WhatsApp message',
		description:
			"Sends free text via a WhatsApp Business connector; only within 24 h of the customer's reply.",
		params: [
			connectorId({ description: 'Numeric ID of the WhatsApp Business connector of the line.' }),
			telephone({
				description: 'Mobile number with country code, digits only, e.g. 573001234567.',
			}),
			message({
				hint: "Delivered only within 24 hours of the customer's last message; outside that window send a template",
			}),
		],
	}),
	whatsApp('upload_media', 'uploadSampleMedia', {
		name: 'Upload Sample Media',
		action: 'Upload a sample media file for a template',
		description:
			'Uploads sample media from a URL to Meta; returns the header_handle templates need.',
		params: [
			connectorId(),
			{
				name: 'file_url',
				displayName: 'File URL',
				kind: 'string',
				in: 'body',
				required: true,
				description:
					'Public URL of the image, video or document; Meta must be able to download it.',
			},
		],
	}),
	whatsApp('create_template', 'createMarketingTemplate', {
		name: 'Create Marketing Template',
		action: 'Create a WhatsApp marketing template',
		description:
			'Creates a Marketing template and submits it to Meta; returns its ID and review status.',
		params: [
			connectorId({ description: 'WhatsApp connector the template is created on.' }),
			newTemplateName(),
			templateLanguage(),
			templateCategory('Marketing', 'MARKETING'),
			templateComponents({
				description:
					'Array of template sections in Meta format: HEADER (format IMAGE, VIDEO or DOCUMENT with example.header_handle), BODY (text with {{1}} variables and example.body_text), optional FOOTER and BUTTONS (URL, QUICK_REPLY, PHONE_NUMBER or FLOW).',
			}),
		],
	}),
	whatsApp('list_templates', 'listTemplates', {
		name: 'List Templates',
		action: 'List WhatsApp templates',
		description:
			"Lists a connector's templates with components, language, category and Meta review status.",
		// Method of the example and of "Tipo de petición: Método 'GET'"; its body cannot go with GET.
		method: 'GET',
		dataPath: 'data.meta_templates',
		params: [
			connectorId({
				description: 'Numeric ID of the WhatsApp connector whose templates are listed.',
				hint: 'Sent as ?connector_id= (n8n sends no body with GET). If a connector with templates lists none or the answer is 400, use API Request: POST with the JSON body {"connector_id": ID}',
			}),
		],
	}),
	whatsApp('create_auth_template', 'createAuthenticationTemplate', {
		name: 'Create Authentication Template',
		action: 'Create a WhatsApp authentication template',
		description: 'Creates a one-time password (OTP) template and submits it to Meta for review.',
		params: [
			connectorId({ description: 'WhatsApp connector the template is created on.' }),
			newTemplateName(),
			templateLanguage(),
			templateCategory('Authentication', 'AUTHENTICATION'),
			templateComponents({
				description:
					'Array of template sections in Meta format: BODY with the preset code text containing {{1}} and example.body_text, and BUTTONS with an OTP button (button_type OTP, otp_type COPY_CODE, text).',
			}),
		],
	}),
	whatsApp('create_utility_template', 'createUtilityTemplate', {
		name: 'Create Utility Template',
		action: 'Create a WhatsApp utility template',
		description:
			'Creates a Utility template (confirmations, alerts) and submits it to Meta for review.',
		params: [
			connectorId({ description: 'WhatsApp connector the template is created on.' }),
			newTemplateName(),
			templateLanguage(),
			templateCategory('Utility', 'UTILITY'),
			templateComponents({
				description:
					'Array of template sections in Meta format: BODY (text with {{1}} variables and example.body_text) and optional BUTTONS (usually QUICK_REPLY or URL).',
			}),
		],
	}),
	whatsApp('sync_templates', 'syncTemplates', {
		name: 'Sync Templates',
		action: 'Sync WhatsApp templates from Meta',
		description: "Imports a connector's Meta-approved templates into wolkvox and returns them.",
		params: [connectorId({ description: 'WhatsApp connector whose templates are synchronized.' })],
	}),
	whatsApp('edit_template', 'updateTemplate', {
		name: 'Update Template',
		action: 'Update a WhatsApp template',
		description: "Replaces a template's components; it goes back to Meta review (PENDING).",
		method: 'PUT',
		params: [
			connectorId({ description: 'WhatsApp connector that owns the template.' }),
			templateName({ description: 'Exact name of the existing template to update.' }),
			templateComponents({
				description:
					'Full new list of template sections in Meta format (HEADER, BODY, FOOTER, BUTTONS). Include every section, unchanged ones too: the template is replaced completely.',
			}),
		],
	}),
	whatsApp('delete_template', 'deleteTemplate', {
		name: 'Delete Template',
		action: 'Delete a WhatsApp template',
		description: 'Destructive: permanently deletes a template from a WhatsApp connector.',
		method: 'DELETE',
		destructive: true,
		params: [
			connectorId({ description: 'WhatsApp connector that owns the template.' }),
			templateName({ description: 'Exact name of the template to delete.' }),
		],
	}),
	whatsApp('codify_chat', 'codeChat', {
		name: 'Code Chat',
		action: 'Code a chat',
		description: 'Saves the activity code of a web or WhatsApp chat on behalf of an agent.',
		params: [
			agentId({ name: 'agent', in: 'body', description: 'Agent who handled the chat.' }),
			{
				name: 'chat_id',
				displayName: 'Chat ID',
				kind: 'integer',
				in: 'body',
				required: true,
				description: 'ID of the chat to code.',
			},
			activityCode({
				name: 'codAct',
				in: 'body',
				description: 'Activity code to apply, e.g. 002.',
				hint: 'The code must be enabled for chat; otherwise wolkvox answers 422',
			}),
		],
	}),
	whatsApp('agent_chat', 'listAgentChats', {
		name: 'List Agent Chats',
		action: "List an agent's chats",
		description:
			'Chats assigned to an agent or bot, with channel, chat ID, date, skill and customer.',
		method: 'GET',
		dataPath: 'data.data',
		rowCap: 100,
		params: [
			agentId({ description: 'Numeric agent ID (extension) whose chats are listed, e.g. 1001.' }),
			{
				name: 'phone',
				displayName: 'Customer Phone',
				kind: 'string',
				in: 'query',
				placeholder: '573001234567',
				description: 'Only chats with this customer phone, with country code, e.g. 573001234567.',
			},
			{
				name: 'email',
				displayName: 'Customer Email',
				kind: 'string',
				in: 'query',
				description: 'Only chats with this customer email.',
			},
			{
				name: 'customer_name',
				displayName: 'Customer Name',
				kind: 'string',
				in: 'query',
				description: 'Only chats with this customer name.',
			},
			{
				name: 'channel',
				displayName: 'Channel',
				kind: 'options',
				in: 'query',
				options: [
					{ name: 'WhatsApp', value: 'whatsapp' },
					{ name: 'Web Chat', value: 'web' },
					{ name: 'Instagram', value: 'instagram' },
					{ name: 'Facebook', value: 'facebook' },
				],
				description: 'Only chats from this channel.',
			},
			optional(
				connectorId({
					name: 'channel_id',
					in: 'query',
					description: 'Only chats of this connector.',
				}),
			),
		],
	}),
	whatsApp('conversations_today_by_customer', 'getChatConversation', {
		name: 'Get Chat Conversation',
		action: 'Get the messages of a chat',
		description: 'A chat with its channel, status, agent and one page of its messages.',
		params: [
			{
				name: 'chat_id',
				displayName: 'Chat ID',
				kind: 'integer',
				in: 'body',
				required: true,
				description: 'ID of the chat whose conversation is returned.',
			},
			{
				name: 'pagina_mensajes',
				displayName: 'Message Page',
				kind: 'integer',
				in: 'body',
				sendAsNumber: true,
				default: 1,
				description:
					'Page of messages to return, starting at 1; the response states the total number of pages.',
			},
		],
	}),
];
