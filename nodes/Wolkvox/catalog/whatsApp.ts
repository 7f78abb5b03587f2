import type { EndpointDef, ParamDef } from './types';

const connectorId = (
	description = 'WhatsApp connector (line) configured in the operation.',
): ParamDef => ({
	name: 'connector_id',
	displayName: 'Connector',
	kind: 'integer',
	in: 'body',
	lookup: 'connectors',
	required: true,
	description,
});

const telephone = (description: string): ParamDef => ({
	name: 'telephone',
	displayName: 'Telephone',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: '573001234567',
	description,
});

const templateName = (description: string): ParamDef => ({
	name: 'name',
	displayName: 'Template Name',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: 'order_update_1',
	description,
});

const newTemplateName = (): ParamDef => ({
	...templateName(
		'Unique name of the new template across the operation: lowercase letters, digits and underscores, no spaces.',
	),
	pattern: '^[a-z0-9_]+$',
	patternHint: 'lowercase letters, digits and underscores only',
});

const language = (): ParamDef => ({
	name: 'language',
	displayName: 'Language',
	kind: 'string',
	in: 'body',
	required: true,
	placeholder: 'en_US',
	description: 'Language code of the template, one of those Meta supports (e.g. es, es_MX, en_US).',
});

const category = (label: string, value: string): ParamDef => ({
	name: 'category',
	displayName: 'Category',
	kind: 'options',
	in: 'body',
	options: [{ name: label, value }],
	default: value,
	required: true,
	description: `Template category; this operation only accepts ${value}.`,
});

const components = (description: string): ParamDef => ({
	name: 'components',
	displayName: 'Components',
	kind: 'json',
	in: 'body',
	required: true,
	description,
});

export const whatsAppEndpoints: EndpointDef[] = [
	{
		resource: 'whatsApp',
		operation: 'sendMobileMessage',
		name: 'Send Mobile Message',
		action: 'Send a WhatsApp mobile message',
		description:
			'Sends a text message, optionally with an image, through a WhatsApp mobile (non-Business) connector. At most one message per customer every 20 seconds; about 6,000 messages a day are recommended.',
		file: 'whatsapp',
		api: 'send_message_mobil',
		method: 'POST',
		params: [
			connectorId('WhatsApp mobile connector created for the line.'),
			telephone('Mobile number that receives the message, with country code.'),
			{
				name: 'message',
				displayName: 'Message',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Text of the message.',
			},
			{
				name: 'url_attach',
				displayName: 'Image URL',
				kind: 'string',
				in: 'body',
				description: 'Public URL of an image to attach.',
			},
		],
	},
	{
		resource: 'whatsApp',
		operation: 'sendTemplate',
		name: 'Send Template',
		action: 'Send a WhatsApp template',
		description:
			'Sends a Meta-approved template message through a WhatsApp Business / Cloud API connector, to start a conversation or run a campaign.',
		file: 'whatsapp',
		api: 'send_template_official',
		method: 'POST',
		params: [
			connectorId('WhatsApp Business / Cloud API connector of the line.'),
			telephone('Mobile number that receives the template, with country code.'),
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
			{
				name: 'customer_id',
				displayName: 'Customer ID',
				kind: 'string',
				in: 'body',
				description: 'Identification number of the customer.',
			},
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
	},
	{
		resource: 'whatsApp',
		operation: 'sendMessage',
		name: 'Send Free-Form Message',
		action: 'Send a free-form WhatsApp message',
		description:
			'Sends a free text message through a WhatsApp Business connector. Only works inside the 24-hour window after the customer replied to a template.',
		file: 'whatsapp',
		api: 'send_message_official',
		method: 'POST',
		params: [
			connectorId('WhatsApp Business connector of the line.'),
			telephone('Mobile number of the customer, with country code.'),
			{
				name: 'message',
				displayName: 'Message',
				kind: 'string',
				in: 'body',
				required: true,
				description: 'Text of the message.',
			},
		],
	},
	{
		resource: 'whatsApp',
		operation: 'uploadSampleMedia',
		name: 'Upload Sample Media',
		action: 'Upload a sample media file for a template',
		description:
			'Uploads an image, video or document from a public URL to Meta as the sample media that template creation requires. Returns a handle to use as header_handle in template components.',
		file: 'whatsapp',
		api: 'upload_media',
		method: 'POST',
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
	},
	{
		resource: 'whatsApp',
		operation: 'createMarketingTemplate',
		name: 'Create Marketing Template',
		action: 'Create a WhatsApp marketing template',
		description:
			'Creates a Marketing template on a WhatsApp connector and submits it to Meta for review. Returns the template ID and its review status (APPROVED, PENDING or REJECTED).',
		file: 'whatsapp',
		api: 'create_template',
		method: 'POST',
		params: [
			connectorId('WhatsApp connector the template is created on.'),
			newTemplateName(),
			language(),
			category('Marketing', 'MARKETING'),
			components(
				'Array of template sections in Meta format: HEADER (format IMAGE, VIDEO or DOCUMENT with example.header_handle), BODY (text with {{1}} variables and example.body_text), optional FOOTER and BUTTONS (URL, QUICK_REPLY, PHONE_NUMBER or FLOW).',
			),
		],
	},
	{
		resource: 'whatsApp',
		operation: 'listTemplates',
		name: 'List Templates',
		action: 'List WhatsApp templates',
		description:
			'Lists the templates of a WhatsApp connector with their components, language, category and Meta review status.',
		file: 'whatsapp',
		api: 'list_templates',
		method: 'GET',
		dataPath: 'data.meta_templates',
		params: [connectorId('WhatsApp connector whose templates are listed.')],
	},
	{
		resource: 'whatsApp',
		operation: 'createAuthenticationTemplate',
		name: 'Create Authentication Template',
		action: 'Create a WhatsApp authentication template',
		description:
			'Creates an Authentication template for one-time passwords (OTP) on a WhatsApp connector and submits it to Meta for review. Returns the template ID and its review status.',
		file: 'whatsapp',
		api: 'create_auth_template',
		method: 'POST',
		params: [
			connectorId('WhatsApp connector the template is created on.'),
			newTemplateName(),
			language(),
			category('Authentication', 'AUTHENTICATION'),
			components(
				'Array of template sections in Meta format: BODY with the preset code text containing {{1}} and example.body_text, and BUTTONS with an OTP button (button_type OTP, otp_type COPY_CODE, text).',
			),
		],
	},
	{
		resource: 'whatsApp',
		operation: 'createUtilityTemplate',
		name: 'Create Utility Template',
		action: 'Create a WhatsApp utility template',
		description:
			'Creates a Utility template (confirmations, alerts, follow-ups) on a WhatsApp connector and submits it to Meta for review. Returns the template ID and its review status.',
		file: 'whatsapp',
		api: 'create_utility_template',
		method: 'POST',
		params: [
			connectorId('WhatsApp connector the template is created on.'),
			newTemplateName(),
			language(),
			category('Utility', 'UTILITY'),
			components(
				'Array of template sections in Meta format: BODY (text with {{1}} variables and example.body_text) and optional BUTTONS (usually QUICK_REPLY or URL).',
			),
		],
	},
	{
		resource: 'whatsApp',
		operation: 'syncTemplates',
		name: 'Sync Templates',
		action: 'Sync WhatsApp templates from Meta',
		description:
			'Imports the templates approved in the Meta Business account of a connector into wolkvox Manager and returns them with their body, language and category.',
		file: 'whatsapp',
		api: 'sync_templates',
		method: 'POST',
		params: [connectorId('WhatsApp connector whose templates are synchronized.')],
	},
	{
		resource: 'whatsApp',
		operation: 'updateTemplate',
		name: 'Update Template',
		action: 'Update a WhatsApp template',
		description:
			'Replaces the components of an existing template; the template goes back to Meta review (PENDING) until approved again.',
		file: 'whatsapp',
		api: 'edit_template',
		method: 'PUT',
		params: [
			connectorId('WhatsApp connector that owns the template.'),
			templateName('Exact name of the existing template to update.'),
			components(
				'Full new list of template sections in Meta format (HEADER, BODY, FOOTER, BUTTONS). Include every section, unchanged ones too: the template is replaced completely.',
			),
		],
	},
	{
		resource: 'whatsApp',
		operation: 'deleteTemplate',
		name: 'Delete Template',
		action: 'Delete a WhatsApp template',
		description: 'Destructive: permanently deletes a template from a WhatsApp connector.',
		file: 'whatsapp',
		api: 'delete_template',
		method: 'DELETE',
		destructive: true,
		params: [
			connectorId('WhatsApp connector that owns the template.'),
			templateName('Exact name of the template to delete.'),
		],
	},
	{
		resource: 'whatsApp',
		operation: 'codeChat',
		name: 'Code Chat',
		action: 'Code a chat',
		description:
			'Saves the disposition (activity code) of a web or WhatsApp chat on behalf of an agent. The code must be enabled for chat, otherwise wolkvox answers 422.',
		file: 'whatsapp',
		api: 'codify_chat',
		method: 'POST',
		params: [
			{
				name: 'agent',
				displayName: 'Agent',
				kind: 'integer',
				in: 'body',
				lookup: 'agents',
				required: true,
				description: 'Agent who handled the chat.',
			},
			{
				name: 'chat_id',
				displayName: 'Chat ID',
				kind: 'integer',
				in: 'body',
				required: true,
				description: 'ID of the chat to code.',
			},
			{
				name: 'codAct',
				displayName: 'Activity Code',
				kind: 'string',
				in: 'body',
				lookup: 'activityCodes',
				required: true,
				description: 'Activity code to apply; it must be enabled for chat.',
			},
		],
	},
	{
		resource: 'whatsApp',
		operation: 'listAgentChats',
		name: 'List Agent Chats',
		action: "List an agent's chats",
		description:
			'Lists the chats assigned to an agent or bot with channel, chat ID, date, skill and customer identifiers. Optional filters narrow by phone, email, name, channel or connector.',
		file: 'whatsapp',
		api: 'agent_chat',
		method: 'GET',
		dataPath: 'data.data',
		rowCap: 100,
		params: [
			{
				name: 'agent_id',
				displayName: 'Agent',
				kind: 'integer',
				in: 'query',
				lookup: 'agents',
				required: true,
				description: 'Agent whose chats are listed.',
			},
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
			{
				name: 'channel_id',
				displayName: 'Connector',
				kind: 'integer',
				in: 'query',
				lookup: 'connectors',
				description: 'Only chats of this connector.',
			},
		],
	},
	{
		resource: 'whatsApp',
		operation: 'getChatConversation',
		name: 'Get Chat Conversation',
		action: 'Get the messages of a chat',
		description:
			'Returns a chat with its channel, status, agent and one page of its messages (who wrote each message and when), plus paging totals.',
		file: 'whatsapp',
		api: 'conversations_today_by_customer',
		method: 'POST',
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
	},
];
