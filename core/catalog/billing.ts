import { family, ROW_CAP } from './factories';
import type { EndpointDef } from './types';

/**
 * Billing (billing.php): usage and licence counts of the current month, one query per product.
 * None takes parameters; every answer has rows of { operation, description, items, date }
 * where `items` is the quantity (licences, minutes, characters, uses ...).
 */
const billing = family({ resource: 'billing', file: 'billing', method: 'GET', rowCap: ROW_CAP });

/** Every billing answer covers the current month so far (rows: product, quantity in `items`, date). */
const MONTH = 'Current month so far.';

export const billingEndpoints: EndpointDef[] = [
	billing('agent_script', 'getAgentScriptLicenses', {
		name: 'Get Agent Script Licenses',
		action: 'Get Agent Script licences',
		description: `Active Agent Script licences. ${MONTH}`,
	}),
	billing('intelligent_dial', 'getIntelligentDialLicenses', {
		name: 'Get Intelligent Dial Licenses',
		action: 'Get intelligent dial licences',
		description: `Active intelligent dialing licences. ${MONTH}`,
	}),
	billing('gamification', 'getGamificationLicenses', {
		name: 'Get Gamification Licenses',
		action: 'Get gamification licences',
		description: `Active gamification licences. ${MONTH}`,
	}),
	billing('ivr_minutes', 'getIvrMinutes', {
		name: 'Get IVR Minutes',
		action: 'Get IVR minutes used',
		description: `IVR minutes consumed. ${MONTH}`,
	}),
	billing('rec_minutes', 'getIvrRecordingMinutes', {
		name: 'Get IVR Recording Minutes',
		action: 'Get IVR recording usage',
		description: `IVR recording storage and minutes consumed. ${MONTH}`,
	}),
	billing('amazon_s3', 'getAmazonS3Licenses', {
		name: 'Get Amazon S3 Licenses',
		action: 'Get Amazon S3 storage licences',
		description: `Licences enabled for external storage of recordings in Amazon S3. ${MONTH}`,
	}),
	billing('rsync', 'getRsyncLicenses', {
		name: 'Get Rsync Licenses',
		action: 'Get rsync storage licences',
		description: `Licences enabled for external storage through rsync. ${MONTH}`,
	}),
	billing('rsync_s3_mp3', 'getRsyncS3Mp3Copies', {
		name: 'Get Rsync S3 MP3 Copies',
		action: 'Get audios copied to Amazon S3',
		description: `Number of audio files copied to the integrated Amazon S3 service. ${MONTH}`,
	}),
	billing('rec_screen', 'getScreenRecordingUsage', {
		name: 'Get Screen Recording Usage',
		action: 'Get screen recording usage',
		description: `Screen recording time and the chosen percentage of recorded calls. ${MONTH}`,
	}),
	billing('interactions', 'getInteractionsUsage', {
		name: 'Get Interactions Usage',
		action: 'Get omnibox interactions usage',
		description: `Omnibox interactions (email, Facebook, X) handled in wolkvox Agent. ${MONTH}`,
	}),
	billing('rec_screen_on_demand', 'getOnDemandScreenRecordingUsage', {
		name: 'Get On-Demand Screen Recording Usage',
		action: 'Get on-demand screen recording usage',
		description: `Time of on-demand screen recordings. ${MONTH}`,
	}),
	billing('speech_analytics', 'getSpeechAnalyticsUsage', {
		name: 'Get Speech Analytics Usage',
		action: 'Get speech analytics usage',
		description: `Time of on-demand speech analytics processed. ${MONTH}`,
	}),
	billing('wp_connectors', 'getWhatsAppMobileConnectors', {
		name: 'Get WhatsApp Mobile Connectors',
		action: 'Get active WhatsApp mobile connectors',
		description: `Active connectors of the WhatsApp mobile (non-official) service. ${MONTH}`,
	}),
	billing('sentiment_analysis', 'getSentimentAnalysisUsage', {
		name: 'Get Sentiment Analysis Usage',
		action: 'Get sentiment analysis usage',
		description: `Number of sentiment analyses run. ${MONTH}`,
	}),
	billing('chat_licenses', 'getChatLicenses', {
		name: 'Get Chat Licenses',
		action: 'Get chat licences',
		description: `Chat licences. ${MONTH}`,
	}),
	billing('interaction_licenses', 'getInteractionLicenses', {
		name: 'Get Interaction Licenses',
		action: 'Get interaction licences',
		description: `Interaction licences. ${MONTH}`,
	}),
	billing('video_call', 'getVideoCallLicenses', {
		name: 'Get Video Call Licenses',
		action: 'Get video call licences',
		description: `Active video call licences. ${MONTH}`,
	}),
	billing('pbx_licenses', 'getPbxLicenses', {
		name: 'Get PBX Licenses',
		action: 'Get PBX licences',
		description: `Active PBX licences. ${MONTH}`,
	}),
	billing('ivr_calls', 'getIvrCalls', {
		name: 'Get IVR Calls',
		action: 'Get IVR call count',
		description: `Number of IVR calls. ${MONTH}`,
	}),
	billing('asr_calls', 'getAsrUsage', {
		name: 'Get ASR Usage',
		action: 'Get speech recognition usage',
		description: `Number of automatic speech recognition (ASR) uses. ${MONTH}`,
	}),
	billing('vision', 'getVisionUsage', {
		name: 'Get Vision Usage',
		action: 'Get Vision component usage',
		description: `Uses of the Studio "Vision" component (reads images with AI). ${MONTH}`,
	}),
	billing('tts_chars', 'getTtsCharacters', {
		name: 'Get TTS Characters',
		action: 'Get text-to-speech characters used',
		description: `Characters converted with text-to-speech (TTS). ${MONTH}`,
	}),
	billing('wp_connectors_official', 'getWhatsAppOfficialConnectors', {
		name: 'Get WhatsApp Business Connectors',
		action: 'Get active WhatsApp Business connectors',
		description: `Active connectors of the official WhatsApp Business service. ${MONTH}`,
	}),
	billing('contact_center_licenses', 'getContactCenterLicenses', {
		name: 'Get Contact Center Licenses',
		action: 'Get contact center licences',
		description: `Active contact center licences. ${MONTH}`,
	}),
	billing('amd_ai', 'getAmdAiUsage', {
		name: 'Get AMD AI Usage',
		action: 'Get AI answering machine detection usage',
		description: `Number of answering-machine detections made with AI. ${MONTH}`,
	}),
	billing('stereo_rec', 'getStereoRecordingMinutes', {
		name: 'Get Stereo Recording Minutes',
		action: 'Get stereo recording minutes',
		description: `Minutes of stereo call recording. ${MONTH}`,
	}),
	billing('nlp_ai', 'getNlpUsage', {
		name: 'Get NLP Usage',
		action: 'Get NLP usage',
		description: `Natural language processing (NLP) usage. ${MONTH}`,
	}),
];
