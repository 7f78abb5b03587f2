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
			'Sends a text message, optionally with an image, through a WhatsApp mobile (non-Business) connector. At most one message per customer every 20 seconds; about 6,000 messages a day are recommended.',
		params: [
			connectorId({ description: 'WhatsApp mobile connector created for the line.' }),
			telephone({ description: 'Mobile number that receives the message, with country code.' }),
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
			'Sends a Meta-approved template message through a WhatsApp Business / Cloud API connector, to start a conversation or run a campaign.',
		params: [
			connectorId({ description: 'WhatsApp Business / Cloud API connector of the line.' }),
			telephone({ description: 'Mobile number that receives the template, with country code.' }),
			{
				name: 'template_name',
				displayName: 'Template Name',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Name of the approved template to send.',
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
			'Sends a free text message through a WhatsApp Business connector. Only works inside the 24-hour window after the customer replied to a template.',
		params: [
			connectorId({ description: 'WhatsApp Business connector of the line.' }),
			telephone({ description: 'Mobile number of the customer, with country code.' }),
			message(),
		],
	}),
	whatsApp('upload_media', 'uploadSampleMedia', {
		name: 'Upload Sample Media',
		action: 'Upload a sample media file for a template',
		description:
			'Uploads an image, video or document from a public URL to Meta as the sample media that template creation requires. Returns a handle to use as header_handle in template components.',
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
			'Creates a Marketing template on a WhatsApp connector and submits it to Meta for review. Returns the template ID and its review status (APPROVED, PENDING or REJECTED).',
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
			'Lists the templates of a WhatsApp connector with their components, language, category and Meta review status. wolkvox\'s example is a GET with the JSON body {"connector_id"}, which n8n cannot send (it drops GET bodies), so the node sends GET ?connector_id=. If a connector with templates lists none, use API Request with POST and that JSON body (the page\'s text says POST).',
		// Method of the example and of "Tipo de petición: Método 'GET'"; its body cannot go with GET.
		method: 'GET',
		dataPath: 'data.meta_templates',
		params: [connectorId({ description: 'WhatsApp connector whose templates are listed.' })],
	}),
	whatsApp('create_auth_template', 'createAuthenticationTemplate', {
		name: 'Create Authentication Template',
		action: 'Create a WhatsApp authentication template',
		description:
			'Creates an Authentication template for one-time passwords (OTP) on a WhatsApp connector and submits it to Meta for review. Returns the template ID and its review status.',
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
			'Creates a Utility template (confirmations, alerts, follow-ups) on a WhatsApp connector and submits it to Meta for review. Returns the template ID and its review status.',
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
		description:
			'Imports the templates approved in the Meta Business account of a connector into wolkvox Manager and returns them with their body, language and category.',
		params: [connectorId({ description: 'WhatsApp connector whose templates are synchronized.' })],
	}),
	whatsApp('edit_template', 'updateTemplate', {
		name: 'Update Template',
		action: 'Update a WhatsApp template',
		description:
			'Replaces the components of an existing template; the template goes back to Meta review (PENDING) until approved again.',
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
		description:
			'Saves the disposition (activity code) of a web or WhatsApp chat on behalf of an agent. The code must be enabled for chat, otherwise wolkvox answers 422.',
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
				description: 'Activity code to apply; it must be enabled for chat.',
			}),
		],
	}),
	whatsApp('agent_chat', 'listAgentChats', {
		name: 'List Agent Chats',
		action: "List an agent's chats",
		description:
			'Lists the chats assigned to an agent or bot with channel, chat ID, date, skill and customer identifiers. Optional filters narrow by phone, email, name, channel or connector.',
		method: 'GET',
		dataPath: 'data.data',
		rowCap: 100,
		params: [
			agentId({ description: 'Agent whose chats are listed.' }),
			{
				name: 'phone',
				displayName: 'Customer Phone',
				kind: 'string',
				in: 'query',
				placeholder: '573001234567',
				description: 'Only chats with this customer telephone number.',
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
		description:
			'Returns a chat with its channel, status, agent and one page of its messages (who wrote each message and when), plus paging totals.',
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
