import type { EndpointDef } from './types';

/**
 * Billing (billing.php): usage and licence counts of the current month, one query per product.
 * None takes parameters; every answer has rows of { operation, description, items, date }
 * where `items` is the quantity (licences, minutes, characters, uses ...).
 */
function usage(
	api: string,
	operation: string,
	name: string,
	action: string,
	description: string,
): EndpointDef {
	return {
		resource: 'billing',
		operation,
		name,
		action,
		description,
		file: 'billing',
		api,
		method: 'GET',
		params: [],
		rowCap: 60000,
	};
}

const MONTH =
	'Returns the current month so far, with the operation, product description, quantity (items) and date.';

export const billingEndpoints: EndpointDef[] = [
	usage(
		'agent_script',
		'getAgentScriptLicenses',
		'Get Agent Script Licenses',
		'Get Agent Script licences',
		`Active Agent Script licences. ${MONTH}`,
	),
	usage(
		'intelligent_dial',
		'getIntelligentDialLicenses',
		'Get Intelligent Dial Licenses',
		'Get intelligent dial licences',
		`Active intelligent dialing licences. ${MONTH}`,
	),
	usage(
		'gamification',
		'getGamificationLicenses',
		'Get Gamification Licenses',
		'Get gamification licences',
		`Active gamification licences. ${MONTH}`,
	),
	usage(
		'ivr_minutes',
		'getIvrMinutes',
		'Get IVR Minutes',
		'Get IVR minutes used',
		`IVR minutes consumed. ${MONTH}`,
	),
	usage(
		'rec_minutes',
		'getIvrRecordingMinutes',
		'Get IVR Recording Minutes',
		'Get IVR recording usage',
		`IVR recording storage and minutes consumed. ${MONTH}`,
	),
	usage(
		'amazon_s3',
		'getAmazonS3Licenses',
		'Get Amazon S3 Licenses',
		'Get Amazon S3 storage licences',
		`Licences enabled for external storage of recordings in Amazon S3. ${MONTH}`,
	),
	usage(
		'rsync',
		'getRsyncLicenses',
		'Get Rsync Licenses',
		'Get rsync storage licences',
		`Licences enabled for external storage through rsync. ${MONTH}`,
	),
	usage(
		'rsync_s3_mp3',
		'getRsyncS3Mp3Copies',
		'Get Rsync S3 MP3 Copies',
		'Get audios copied to Amazon S3',
		`Number of audio files copied to the integrated Amazon S3 service. ${MONTH}`,
	),
	usage(
		'rec_screen',
		'getScreenRecordingUsage',
		'Get Screen Recording Usage',
		'Get screen recording usage',
		`Screen recording time and the chosen percentage of recorded calls. ${MONTH}`,
	),
	usage(
		'interactions',
		'getInteractionsUsage',
		'Get Interactions Usage',
		'Get omnibox interactions usage',
		`Number of omnibox interactions (e-mail, Facebook, X/Twitter handled from wolkvox Agent). ${MONTH}`,
	),
	usage(
		'rec_screen_on_demand',
		'getOnDemandScreenRecordingUsage',
		'Get On-Demand Screen Recording Usage',
		'Get on-demand screen recording usage',
		`Time of on-demand screen recordings. ${MONTH}`,
	),
	usage(
		'speech_analytics',
		'getSpeechAnalyticsUsage',
		'Get Speech Analytics Usage',
		'Get speech analytics usage',
		`Time of on-demand speech analytics processed. ${MONTH}`,
	),
	usage(
		'wp_connectors',
		'getWhatsAppMobileConnectors',
		'Get WhatsApp Mobile Connectors',
		'Get active WhatsApp mobile connectors',
		`Active connectors of the WhatsApp mobile (non-official) service. ${MONTH}`,
	),
	usage(
		'sentiment_analysis',
		'getSentimentAnalysisUsage',
		'Get Sentiment Analysis Usage',
		'Get sentiment analysis usage',
		`Number of sentiment analyses run. ${MONTH}`,
	),
	usage(
		'chat_licenses',
		'getChatLicenses',
		'Get Chat Licenses',
		'Get chat licences',
		`Chat licences. ${MONTH}`,
	),
	usage(
		'interaction_licenses',
		'getInteractionLicenses',
		'Get Interaction Licenses',
		'Get interaction licences',
		`Interaction licences. ${MONTH}`,
	),
	usage(
		'video_call',
		'getVideoCallLicenses',
		'Get Video Call Licenses',
		'Get video call licences',
		`Active video call licences. ${MONTH}`,
	),
	usage(
		'pbx_licenses',
		'getPbxLicenses',
		'Get PBX Licenses',
		'Get PBX licences',
		`Active PBX licences. ${MONTH}`,
	),
	usage(
		'ivr_calls',
		'getIvrCalls',
		'Get IVR Calls',
		'Get IVR call count',
		`Number of IVR calls. ${MONTH}`,
	),
	usage(
		'asr_calls',
		'getAsrUsage',
		'Get ASR Usage',
		'Get speech recognition usage',
		`Number of automatic speech recognition (ASR) uses. ${MONTH}`,
	),
	usage(
		'vision',
		'getVisionUsage',
		'Get Vision Usage',
		'Get Vision component usage',
		`Uses of the wolkvox Studio "Vision" component, which extracts information from images with AI. ${MONTH}`,
	),
	usage(
		'tts_chars',
		'getTtsCharacters',
		'Get TTS Characters',
		'Get text-to-speech characters used',
		`Characters converted with text-to-speech (TTS). ${MONTH}`,
	),
	usage(
		'wp_connectors_official',
		'getWhatsAppOfficialConnectors',
		'Get WhatsApp Business Connectors',
		'Get active WhatsApp Business connectors',
		`Active connectors of the official WhatsApp Business service. ${MONTH}`,
	),
	usage(
		'contact_center_licenses',
		'getContactCenterLicenses',
		'Get Contact Center Licenses',
		'Get contact center licences',
		`Active contact center licences. ${MONTH}`,
	),
	usage(
		'amd_ai',
		'getAmdAiUsage',
		'Get AMD AI Usage',
		'Get AI answering machine detection usage',
		`Number of answering-machine detections made with AI. ${MONTH}`,
	),
	usage(
		'stereo_rec',
		'getStereoRecordingMinutes',
		'Get Stereo Recording Minutes',
		'Get stereo recording minutes',
		`Minutes of stereo call recording. ${MONTH}`,
	),
	usage(
		'nlp_ai',
		'getNlpUsage',
		'Get NLP Usage',
		'Get NLP usage',
		`Natural language processing (NLP) usage. ${MONTH}`,
	),
];
