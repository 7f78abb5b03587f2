import { report } from './factories';
import {
	activityCodeGroup,
	agentId,
	campaignOrAll,
	customerId,
	dateEnd,
	dateParams,
	dateStart,
	optional,
	serviceLevelSeconds,
	skillOrAll,
} from './params';
import type { EndpointDef } from './types';

/**
 * Reports (reports_manager.php): every report of the wolkvox "Reportes" families.
 * All are GET requests with a date range (YYYYmmddHHiiss, operation timezone), answer rows under
 * `data`, cut silently at 60,000 rows, and accept at most 31 days per call (skill_5: 1 day).
 * `report(group, api, operation, {...})` adds all that; an entry without `params` takes just the
 * two dates.
 */

export const reportGroups: Array<{ name: string; value: string; description: string }> = [
	{
		name: 'Activity Codes',
		value: 'activityCodes',
		description: 'Call coding (activity codes) by agent, skill and code',
	},
	{
		name: 'Agents',
		value: 'agents',
		description:
			'Agent productivity, states, login times, hold and mute, transfers and preview time',
	},
	{
		name: 'Calls (CDR)',
		value: 'calls',
		description: 'Call detail records, call cost, SMS, email, NLP usage and unconnected calls',
	},
	{
		name: 'Campaigns',
		value: 'campaigns',
		description:
			'Outbound campaign results, answering machine detection, preview, WhatsApp and Turbo Dial',
	},
	{
		name: 'Chats & Interactions',
		value: 'chats',
		description: 'Chats, conversations, cases, transfers, WhatsApp usage and click-to-WhatsApp',
	},
	{
		name: 'Copilot',
		value: 'copilot',
		description: 'Questions agents asked wvx Copilot, its answers and agent ratings',
	},
	{
		name: 'IVR & Bots (Diagram)',
		value: 'diagram',
		description:
			'IVR and routing point usage, chatbots, smart wait, smart surveys, ASR, TTS and AI conversations',
	},
	{
		name: 'Quality',
		value: 'quality',
		description: 'Quality evaluations by agent, attribute and analyst',
	},
	{
		name: 'Skills',
		value: 'skills',
		description: 'Inbound calls, service level, abandonment and workforce by skill',
	},
	{
		name: 'Speech Analytics',
		value: 'speech',
		description:
			'Speech and text analytics: transcripts, silence, greetings and sentiment by agent',
	},
];

export const reportEndpoints: EndpointDef[] = [
	// ---- agents
	report('agents', 'agent_1', 'getTimeByState', {
		name: 'Get Agent Time by State',
		action: 'Get agent time by state',
		description:
			'Per agent: calls handled, ready, talk, ACW, ring and break times (HH:MM:SS), AHT and occupancy.',
		params: [
			...dateParams(),
			optional(
				agentId({
					description: 'Numeric agent ID (extension) of one agent, e.g. 1001. Empty: every agent.',
				}),
			),
		],
	}),
	report('agents', 'agent_2', 'getAgentEvents', {
		name: 'Get Events of One Agent',
		action: 'Get the state events of one agent',
		description:
			'Every state change of one agent with start, end, duration, call ID and phone number.',
		params: [
			agentId({ description: 'Numeric agent ID (extension) to report on, e.g. 1001.' }),
			...dateParams(),
		],
	}),
	report('agents', 'agent_3', 'getAuxTime', {
		name: 'Get Auxiliary Time by Agent',
		action: 'Get auxiliary time by agent',
		description: 'Per agent: time spent in each auxiliary (break or not-ready) state.',
	}),
	report('agents', 'agent_4', 'getStatesByCampaign', {
		name: 'Get Agent States by Campaign',
		action: 'Get agent states by campaign',
		description:
			'Per agent and campaign: calls handled, state times (HH:MM:SS), AHT and occupancy.',
	}),
	report('agents', 'agent_5', 'getStatesByHourPerAgent', {
		name: 'Get States by Hour per Agent',
		action: 'Get hourly states for each agent',
		description: 'Per agent: calls and state times hour by hour, nested under status_x_hour.',
	}),
	report('agents', 'agent_6', 'getStatesByHour', {
		name: 'Get States by Hour (All Agents)',
		action: 'Get hourly states for all agents together',
		description:
			'Hourly totals of the whole team: calls by direction, state times, AHT and occupancy.',
	}),
	report('agents', 'agent_7', 'getLoginTime', {
		name: 'Get Login Time (Login/Logout)',
		action: 'Get agent login and logout times',
		description: "Each agent's login and logout time per day and the total time connected.",
	}),
	report('agents', 'agent_8', 'getStatesHourByHour', {
		name: 'Get Agent States Hour by Hour',
		action: 'Get agent states hour by hour',
		description: 'One row per agent, date and hour: calls handled, state times, AHT and occupancy.',
	}),
	report('agents', 'agent_8_1', 'getStatesBy30Minutes', {
		name: 'Get Agent States per 30 Minutes',
		action: 'Get agent states in 30-minute intervals',
		description:
			'One row per agent and 30-minute interval: calls handled, state times, AHT and occupancy.',
	}),
	report('agents', 'agent_9', 'getHoldMuteByAgent', {
		name: 'Get Hold and Mute Time by Agent',
		action: 'Get hold and mute time by agent',
		description: 'Per agent: how often hold and mute were used and the time in each.',
	}),
	report('agents', 'agent_10', 'getHoldMuteDetail', {
		name: 'Get Hold and Mute Detail',
		action: 'Get hold and mute detail',
		description:
			'Each interaction in which an agent used hold or mute, with call ID, duration and skill.',
	}),
	report('agents', 'agent_11', 'getTimeByStatePerSkill', {
		name: 'Get Agent Time by State per Skill',
		action: 'Get agent time by state grouped by skill',
		description: "Per skill, its agents' calls, state times, AHT, occupancy, hits and RPC.",
	}),
	report('agents', 'agent_12', 'getTransfersByAgent', {
		name: 'Get Transfers and Conferences by Agent',
		action: 'Get transfer and conference totals by agent',
		description: 'Per agent: calls transferred and conferenced, and their total duration.',
	}),
	report('agents', 'agent_13', 'getTransferDetail', {
		name: 'Get Transfer and Conference Detail',
		action: 'Get transfer and conference detail',
		description:
			'Each call an agent transferred or conferenced, with call ID, date, phone number and duration.',
	}),
	report('agents', 'agent_13_1', 'getTransferHistory', {
		name: 'Get Transfer and Conference History',
		action: 'Get the full history of transferred calls',
		description:
			'Every transfer or conference leg of each call, with origin and destination agents.',
	}),
	report('agents', 'agent_14', 'getAllAgentEvents', {
		name: 'Get Events of All Agents',
		action: 'Get the state events of all agents',
		description:
			'Every state change of every agent with start, end, duration, call ID and phone number.',
	}),
	report('agents', 'agent_15', 'getPreviewTimeDetail', {
		name: 'Get Preview Time Detail',
		action: 'Get preview time per call',
		description:
			"Each Preview campaign call with the agent's preview time (record to dial) and state times.",
	}),
	report('agents', 'agent_16', 'getPreviewTimeByAgent', {
		name: 'Get Preview Time by Agent',
		action: 'Get preview time grouped by agent',
		description: 'Per agent: Preview campaign calls with accumulated preview time and state times.',
	}),
	// ---- skills
	report('skills', 'skill_1', 'getServiceLevelBySkill', {
		name: 'Get Calls and Service Level by Skill',
		action: 'Get calls and service level by skill',
		description:
			'Per skill: inbound, answered and abandoned calls, service level at 10/20/30 s, ASA and ATA.',
		params: [
			skillOrAll(),
			...dateParams(),
			serviceLevelSeconds({
				description:
					'Extra answer-time threshold in seconds; adds a service_level_{N}seg field to each row. 10, 20 and 30 seconds are always included, so do not use those values.',
			}),
		],
	}),
	report('skills', 'skill_2', 'getAbandonedCallDetail', {
		name: 'Get Abandoned Call Detail',
		action: 'Get abandoned call detail',
		description:
			'Each inbound call abandoned before an agent answered, with skill, caller and wait in seconds.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_3', 'getServiceLevelByDay', {
		name: 'Get Calls and Service Level by Day',
		action: 'Get calls and service level by day',
		description:
			'Per skill and day: inbound, answered and abandoned calls, service level, ASA, ATA and AHT.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_4', 'getServiceLevelByHour', {
		name: 'Get Calls and Service Level by Hour',
		action: 'Get calls and service level by hour',
		description:
			'Per skill and hour: inbound, answered and abandoned calls, service level, ASA, ATA and AHT.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_4_1', 'getServiceLevelBy30Minutes', {
		name: 'Get Calls and Service Level per 30 Minutes',
		action: 'Get calls and service level in 30-minute intervals',
		description:
			'Per skill and 30-minute interval: inbound, answered, abandoned calls, service level, ASA, AHT.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_4_2', 'getServiceLevelBy10Minutes', {
		name: 'Get Calls and Service Level per 10 Minutes',
		action: 'Get calls and service level in 10-minute intervals',
		description:
			'Per skill and 10-minute interval: inbound, answered, abandoned calls, service level, ASA, AHT.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_5', 'getWorkforceByHour', {
		name: 'Get Workforce by Hour',
		action: 'Get required agents by hour',
		description:
			'Per skill and hour: inbound calls, unique callers, AHT and agents needed for the service level.',
		maxDays: 1,
		params: [skillOrAll(), ...dateParams(1)],
	}),
	report('skills', 'skill_6', 'getServiceLevelByDnis', {
		name: 'Get Calls and Service Level by DNIS',
		action: 'Get calls and service level by dialled number',
		description:
			'Per dialled number (DNIS): inbound, answered and abandoned calls, service level, ASA, ATA.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_7', 'getServiceLevelByDayAndHour', {
		name: 'Get Calls and Service Level by Day and Hour',
		action: 'Get calls and service level by skill, day and hour',
		description:
			'Per date, skill and hour: inbound, answered and abandoned calls, service level, AHT, ASA.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_8', 'getAnsweredCallsByWaitTime', {
		name: 'Get Answered Calls by Wait Interval',
		action: 'Get answered calls by wait time interval',
		description: 'Per skill: answered calls in 10-second wait intervals (0-10 s up to over 51 s).',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_9', 'getAbandonedCallsByWaitTime', {
		name: 'Get Abandoned Calls by Wait Interval',
		action: 'Get abandoned calls by wait time interval',
		description: 'Per skill: abandoned calls in 10-second wait intervals (0-10 s up to over 51 s).',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_10', 'getAnsweredCallDetail', {
		name: 'Get Answered Call Detail',
		action: 'Get answered call detail',
		description:
			'Each inbound call an agent answered, with skill, caller, agent and wait in seconds.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_11', 'getServiceLevelByChannel', {
		name: 'Get Interactions and Service Level by Channel',
		action: 'Get interactions and service level by channel',
		description:
			'Per channel (email, WhatsApp, Facebook...): received, answered, abandoned, service level.',
		params: [skillOrAll(), ...dateParams()],
	}),
	// ---- calls
	report('calls', 'cdr_1', 'getCallDetail', {
		name: 'Get Call Detail (CDR)',
		action: 'Get call detail records (CDR)',
		description:
			'One row per call: date, agent, skill, phone number, duration, cost, activity codes and call ID.',
	}),
	report('calls', 'cdr_2', 'getCallsByAgent', {
		name: 'Get Calls and Phone Cost by Agent',
		action: 'Get call totals and phone cost by agent',
		description: 'Per agent: total calls and their phone cost.',
	}),
	report('calls', 'cdr_3', 'getMessageDetail', {
		name: 'Get SMS and WhatsApp Message Detail',
		action: 'Get outbound SMS and WhatsApp message detail',
		description:
			'Each outbound SMS or WhatsApp message with agent, date, phone number, text and channel.',
	}),
	report('calls', 'cdr_4', 'getCallDurationBuckets', {
		name: 'Get Call Duration by Time Bucket',
		action: 'Get call duration distribution',
		description:
			'Calls, minutes and cost per duration bucket (0-5 s to over 121 s), as one object, not rows.',
		rowCap: undefined, // the answer is one object keyed by bucket, not rows
	}),
	report('calls', 'cdr_5', 'getUnconnectedCallDetail', {
		name: 'Get Unconnected Call Detail',
		action: 'Get unconnected call detail',
		description:
			'Each call that did not connect, with agent, phone number, ring time, result and campaign.',
	}),
	report('calls', 'cdr_6', 'getUnconnectedCallsByResult', {
		name: 'Get Unconnected Calls by Result',
		action: 'Get unconnected call counts by result',
		description:
			'Outbound calls that did not connect, counted per result (no answer, busy, congestion...).',
	}),
	report('calls', 'cdr_7', 'getNlpDetail', {
		name: 'Get NLP Usage Detail',
		action: 'Get AI (NLP) component usage detail',
		description:
			'Each use of NLP or AI components with type, channel and characters sent and received.',
	}),
	report('calls', 'cdr_8', 'getNlpByType', {
		name: 'Get NLP Usage by Type',
		action: 'Get AI (NLP) usage grouped by component type',
		description: 'Per NLP or AI component type: uses and characters sent, received and in total.',
	}),
	report('calls', 'cdr_9', 'getEmailDetail', {
		name: 'Get Sent Email Detail',
		action: 'Get detail of emails sent by flows and campaigns',
		description:
			'Each email sent by routing points or campaign strategies, with sender, recipient and subject.',
	}),
	report('calls', 'cdr_10', 'getCobrowsingSessions', {
		name: 'Get Co-Browsing Sessions',
		action: 'Get co-browsing sessions',
		description:
			'Each co-browsing session an agent gave, with start, end, duration and who ended it.',
	}),
	report('calls', 'cdr_11', 'getLaw2300Releases', {
		name: 'Get Law 2300 Released Customers',
		action: 'Get customers released from Law 2300 contact restrictions',
		description:
			'Customers released from Colombian Law 2300 contact restrictions, with agent and date.',
	}),
	// ---- activityCodes
	report('activityCodes', 'act_1', 'getCodesByAgent', {
		name: 'Get Activity Codes by Agent',
		action: 'Get activity code counts by agent',
		description: 'Per agent: calls coded with each activity code of group 1 or 2.',
		params: [activityCodeGroup(), ...dateParams()],
	}),
	report('activityCodes', 'act_2', 'getCodesBySkill', {
		name: 'Get Activity Codes by Skill',
		action: 'Get activity code counts by skill',
		description: 'Per skill: calls coded with each activity code of group 1 or 2.',
		params: [activityCodeGroup(), ...dateParams()],
	}),
	report('activityCodes', 'act_3', 'getCodeDetail', {
		name: 'Get Activity Code Detail',
		action: 'Get coded interaction detail',
		description:
			'Each coded interaction with both activity codes, comments, agent, skill, phone and call ID.',
		params: [activityCodeGroup(), ...dateParams()],
	}),
	report('activityCodes', 'act_4', 'getUncodedCallsByAgent', {
		name: 'Get Uncoded Calls by Agent',
		action: 'Get calls without activity code by agent',
		description: 'Per agent: calls left without an activity code.',
	}),
	report('activityCodes', 'act_5', 'getCodeUsage', {
		name: 'Get Activity Code Usage by Code',
		action: 'Get activity code usage grouped by code',
		description: 'Per activity code of group 1 or 2: times used and its description.',
		params: [...dateParams(), activityCodeGroup()],
	}),
	// ---- diagram
	report('diagram', 'diagram_1', 'getIvrCallDetail', {
		name: 'Get IVR Call Detail',
		action: 'Get IVR call detail',
		description:
			'Each IVR call with routing point, menu option, transfer destination, result and duration.',
		params: [
			...dateParams(),
			customerId({
				in: 'query',
				description:
					'Identification number of one customer to narrow the report. Leave empty for all customers.',
			}),
		],
	}),
	report('diagram', 'diagram_1_1', 'getIvrUsageByDay', {
		name: 'Get IVR Calls and Minutes by Day',
		action: 'Get IVR calls and minutes by day',
		description: 'Per day: calls handled by the IVR and IVR minutes used.',
	}),
	report('diagram', 'diagram_1_2', 'getIvrUsageByTime', {
		name: 'Get IVR Calls and Minutes by Time',
		action: 'Get IVR calls and minutes by time slot',
		description: 'Per time slot: calls handled by the IVR and IVR minutes used.',
	}),
	report('diagram', 'diagram_1_3', 'getIvrUsageByMenuOption', {
		name: 'Get IVR Calls and Minutes by Menu Option',
		action: 'Get IVR calls and minutes by menu option',
		description: 'Per routing point and menu option: calls and time spent.',
	}),
	report('diagram', 'diagram_2', 'getSmartWaitSummary', {
		name: 'Get Smart Wait Summary',
		action: 'Get smart wait (callback) summary',
		description:
			'Per skill: smart wait offers accepted and declined, callbacks and service level gain.',
	}),
	report('diagram', 'diagram_3', 'getSmartWaitDetail', {
		name: 'Get Smart Wait Detail',
		action: 'Get smart wait (callback) detail',
		description:
			'Each call that used smart wait (callback), with callback dates, status and attempts.',
	}),
	report('diagram', 'diagram_4', 'getSmartSurveyDetail', {
		name: 'Get Smart Survey Detail',
		action: 'Get smart survey answers',
		description:
			'Each smart survey response with agent, skill, call ID, answers q01-q10 and sentiment.',
	}),
	report('diagram', 'diagram_5', 'getSmartSurveyByAgent', {
		name: 'Get Smart Survey Results by Agent',
		action: 'Get smart survey results by agent',
		description: 'Per agent: surveys and the average score of each question q01-q10 and overall.',
	}),
	report('diagram', 'diagram_6', 'getSmartSurveyBySkill', {
		name: 'Get Smart Survey Results by Skill',
		action: 'Get smart survey results by skill',
		description: 'Per skill: surveys and the average score of each question q01-q10 and overall.',
	}),
	report('diagram', 'diagram_7', 'getAsrDetail', {
		name: 'Get Speech Recognition (ASR) Detail',
		action: 'Get speech recognition usage detail',
		description:
			'Each speech recognition (ASR) use with time in ms, language, recognized text and routing point.',
	}),
	report('diagram', 'diagram_8', 'getTtsDetail', {
		name: 'Get Text-to-Speech (TTS) Detail',
		action: 'Get text-to-speech usage detail',
		description:
			'Each text-to-speech (TTS) use with the text, credits (characters) and routing point.',
	}),
	report('diagram', 'diagram_9', 'getRoutingChatbotDetail', {
		name: 'Get Interaction Routing and Chatbot Detail',
		action: 'Get chatbot and interaction routing detail',
		description:
			'Each chatbot or routed interaction with channel, customer, query and routing answer.',
		rowCap: 6000,
	}),
	report('diagram', 'diagram_10', 'getTtsByUsage', {
		name: 'Get TTS Phrases by Usage',
		action: 'Get most used text-to-speech phrases',
		description:
			'Each text-to-speech phrase with times used and characters converted, most used first.',
	}),
	report('diagram', 'diagram_11', 'getIvrVsAgent', {
		name: 'Get IVR vs Transferred to Agent',
		action: 'Get IVR calls transferred to agents',
		description:
			'Each IVR call with time in the flow, whether it reached an agent, and time with the agent.',
	}),
	report('diagram', 'diagram_12', 'getSentimentAnalysisDetail', {
		name: 'Get Sentiment Analysis Detail',
		action: 'Get sentiment analysis usage detail',
		description: 'Each text sent to sentiment analysis, with date and billed units.',
	}),
	report('diagram', 'diagram_13', 'getMenuOptionDetail', {
		name: 'Get Menu Option Detail',
		action: 'Get menu option usage detail',
		description:
			'Each menu option use in voice and chat routing points, with call ID, channel and option.',
	}),
	report('diagram', 'diagram_14', 'getMenuOptionsByCode', {
		name: 'Get Menu Options by Activity Code',
		action: 'Get activity code usage in routing flows',
		description:
			'Per activity code used in Studio routing flows: uses and share of all interactions.',
	}),
	report('diagram', 'diagram_15', 'getVoiceConversations', {
		name: 'Get Voice Conversations (IVR, ASR, TTS, NLP)',
		action: 'Get AI usage per voice conversation',
		description:
			"Each voice conversation's IVR time, NLP credits, ASR time and TTS credits (AI costs).",
	}),
	// ---- quality
	report('quality', 'quality_1', 'getResultsByAgent', {
		name: 'Get Quality Results by Agent',
		action: 'Get quality results by agent',
		description: 'Per agent: evaluations, critical error precision and accuracy.',
	}),
	report('quality', 'quality_2', 'getEvaluationsByAgent', {
		name: 'Get Evaluation Results by Agent',
		action: 'Get quality evaluation results by interaction',
		description: 'Each quality evaluation with call ID, agent, form, accuracy, feedback and skill.',
	}),
	report('quality', 'quality_3', 'getAttributeDetail', {
		name: 'Get Evaluation Detail by Attribute',
		action: 'Get quality evaluation detail by attribute',
		description:
			'Each evaluated attribute with call ID, agent, error type, yes/no result and analyst.',
	}),
	report('quality', 'quality_4', 'getResultsByAttribute', {
		name: 'Get Quality Results by Attribute',
		action: 'Get quality results by attribute',
		description:
			'Per quality attribute: yes and no counts, compliance percentage, form and category.',
	}),
	report('quality', 'quality_5', 'getResultsByAnalyst', {
		name: 'Get Quality Results by Analyst',
		action: 'Get quality results by analyst',
		description:
			'Per quality analyst: evaluations done, critical error precision and average accuracy.',
	}),
	// ---- campaigns
	report('campaigns', 'campaign_1', 'getFinalMachineResults', {
		name: 'Get Final Machine Results',
		action: 'Get final dialer results by campaign',
		description:
			'Records and share per final dialer result (answer, no-answer, busy...), per campaign.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_2', 'getResultsByActivityCode', {
		name: 'Get Results by Activity Code',
		action: 'Get campaign results by activity code',
		description: 'Records and share per activity code, for one or all campaigns.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_3', 'getPhoneResults', {
		name: 'Get Phone-by-Phone Results',
		action: 'Get campaign results phone by phone',
		description:
			'Each dialled phone of a campaign with customer, result, fields opt1-opt12 and call ID.',
		params: [
			campaignOrAll(),
			{
				...dateStart(),
				hint: 'Records and their attempts must both fall inside the range; attempt dates are in GMT-5',
			},
			dateEnd(),
		],
	}),
	report('campaigns', 'campaign_4', 'getAttemptMachineResults', {
		name: 'Get Machine Results per Attempt',
		action: 'Get dialer results attempt by attempt',
		description: 'Dialling attempts and share per dialer result, for one or all campaigns.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_5', 'getPreviewCallDetail', {
		name: 'Get Preview Call Detail',
		action: 'Get preview campaign call detail',
		description:
			'Each Preview campaign call with customer, record result, agent, call result and code.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_6', 'getAmdSummary', {
		name: 'Get Answering Machine Detection Summary',
		action: 'Get answering machine detections by campaign',
		description:
			'Per campaign: answering machine detections (AMD) in automatic outbound campaigns.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_7', 'getAmdDetail', {
		name: 'Get Answering Machine Detection Detail',
		action: 'Get answering machine detection detail',
		description:
			'Each answering machine detection with customer, campaign, message left, phone and result.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_8', 'getMachineCodesByPhone', {
		name: 'Get Machine Codes by Phone',
		action: 'Get dialer results grouped by phone number',
		description: 'Per phone number: times dialled and the count of each dialer result.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_9', 'getWhatsAppRecordStatus', {
		name: 'Get WhatsApp Campaign Record Status',
		action: 'Get the status of WhatsApp campaign records',
		description:
			'Each WhatsApp campaign record with phone number, delivery status, errors and dates.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_10', 'getTurboDialByMachineCode', {
		name: 'Get Turbo Dial Results by Machine Code',
		action: 'Get Turbo Dial results by machine code',
		description: 'Calls per machine code detected by the Turbo Dial service in campaigns.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	// ---- chats
	report('chats', 'chat_1', 'getChatDetail', {
		name: 'Get Chat Detail',
		action: 'Get agent chat detail',
		description:
			'Each chat an agent handled with channel, customer, durations, activity code, ASA, sentiment.',
	}),
	report('chats', 'chat_2', 'getConversations', {
		name: 'Get Chat Conversations',
		action: 'Get chat conversation messages',
		description: 'Each agent chat with the messages exchanged, nested under conversation.',
	}),
	report('chats', 'chat_3', 'getClosedInteractionsByChannel', {
		name: 'Get Closed Interactions by Channel',
		action: 'Get closed interactions by channel',
		description: 'Per channel: closed interactions and the total time to close them.',
	}),
	report('chats', 'chat_4', 'getInteractionDetail', {
		name: 'Get Interaction Detail',
		action: 'Get interaction (case) detail',
		description:
			'Each interaction (case) with channel, agent, subject, message, answer, dates and status.',
		params: [
			...dateParams(),
			{
				name: 'attach_array',
				displayName: 'Attachments Format',
				kind: 'options',
				in: 'query',
				required: true,
				description: 'How attachment data is formatted in each row: as an array or as JSON.',
				default: 'yes',
				options: [
					{ name: 'Array', value: 'yes' },
					{ name: 'JSON', value: 'no' },
				],
			},
			{
				name: 'include_attachments',
				displayName: 'Include Attachments',
				kind: 'options',
				in: 'query',
				required: true,
				description: 'Whether the response includes the files attached to each interaction.',
				default: 'false',
				options: [
					{ name: 'No', value: 'false' },
					{ name: 'Yes', value: 'true' },
				],
			},
		],
	}),
	report('chats', 'chat_5', 'getClosedInteractionsByAgent', {
		name: 'Get Closed Interactions by Agent',
		action: 'Get closed interactions by agent',
		description: 'Per agent: closed interactions and the time spent closing them.',
	}),
	report('chats', 'chat_6', 'getClosedInteractionsByDay', {
		name: 'Get Closed Interactions by Day',
		action: 'Get closed interactions by day',
		description: 'Per day: closed interactions and the time spent closing them.',
	}),
	report('chats', 'chat_7', 'getClosedInteractionsByAgentAndCode', {
		name: 'Get Closed Interactions by Agent and Code',
		action: 'Get closed interactions by agent and activity code',
		description: 'Closed interactions per agent and activity code, with the code description.',
	}),
	report('chats', 'chat_8', 'getBotToAgentTransfers', {
		name: 'Get Chats Transferred to Agent',
		action: 'Get chats transferred from bot to agent',
		description:
			'Each chat a bot handed to an agent, with time on the bot, time with the agent and ASA.',
	}),
	report('chats', 'chat_9', 'getInteractionTransfers', {
		name: 'Get Interaction Transfers',
		action: 'Get interaction transfers between agents',
		description: 'Each transferred interaction with both agents, channel, case ID and date.',
	}),
	report('chats', 'chat_10', 'getWhatsAppUsage', {
		name: 'Get Official WhatsApp Usage',
		action: 'Get official WhatsApp line usage',
		description:
			'Each official WhatsApp Business conversation with phone, template and direction; no costs.',
	}),
	report('chats', 'chat_11', 'getChatTransfers', {
		name: 'Get Chat Transfers',
		action: 'Get chat transfers between agents',
		description: 'Each transferred chat with both agents, channel, chat ID and date.',
	}),
	report('chats', 'chat_12', 'getSentInteractionsByAgent', {
		name: 'Get Interactions Sent by Agent',
		action: 'Get outbound emails sent by agents',
		description:
			'Each outbound email an agent sent, with recipient, subject, body and activity code.',
	}),
	report('chats', 'chat_13', 'getClosedChatsByChannel', {
		name: 'Get Closed Chats by Channel',
		action: 'Get closed chats by channel',
		description: 'Per chat channel: the number of chats closed.',
	}),
	report('chats', 'chat_14', 'getClickToWhatsAppDetail', {
		name: 'Get Click-to-WhatsApp Detail',
		action: 'Get click-to-WhatsApp interaction detail',
		description:
			'Each chat started from a click-to-WhatsApp ad or post, with source, agent and code.',
	}),
	report('chats', 'chat_15', 'getClickToWhatsAppSummary', {
		name: 'Get Click-to-WhatsApp Summary',
		action: 'Get click-to-WhatsApp totals',
		description: 'Chats from click-to-WhatsApp ads and posts handled by chatbots and by agents.',
	}),
	report('chats', 'chat_16', 'getAgentChatProductivity', {
		name: 'Get Agent Chat Productivity',
		action: 'Get agent productivity on chat',
		description:
			'Per agent, chat only: chats, time, average handling time and transfer percentage.',
	}),
	// ---- speech
	report('speech', 'speech_1', 'getSpeechDetail', {
		name: 'Get Speech Analytics Detail',
		action: 'Get speech analytics per call',
		description:
			'Each analysed call with silence, greeting checks, transcript (audio_text) and sentiment.',
	}),
	report('speech', 'speech_2', 'getSilenceByAgent', {
		name: 'Get Silence Percentage by Agent',
		action: 'Get silence percentage by agent',
		description: 'Per agent: the percentage of silence in their calls.',
	}),
	report('speech', 'speech_3', 'getSlowGreetingsByAgent', {
		name: 'Get Slow Greetings by Agent',
		action: 'Get slow greeting percentage by agent',
		description: 'Per agent: the average percentage of slow greetings.',
	}),
	report('speech', 'speech_4', 'getSentimentByAgent', {
		name: 'Get Sentiment by Agent',
		action: 'Get average sentiment by agent',
		description: 'Per agent: the average sentiment across their interactions.',
	}),
	report('speech', 'speech_5', 'getTextAnalytics', {
		name: 'Get On-Demand Text Analytics',
		action: 'Get on-demand text analytics results',
		description:
			'Each text conversation analysed on demand, with summary, sentiment and characters.',
	}),
	// ---- copilot
	report('copilot', 'wizard_1', 'getCopilotQuestions', {
		name: 'Get Copilot Questions and Answers',
		action: 'Get questions agents asked wvx Copilot',
		description: 'Each question an agent asked wvx Copilot, with the answer, call ID and date.',
	}),
	report('copilot', 'wizard_2', 'getPositiveRatings', {
		name: 'Get Positive Copilot Ratings',
		action: 'Get Copilot answers rated positive',
		description: 'Each wvx Copilot answer an agent rated positive, with the question and date.',
	}),
	report('copilot', 'wizard_3', 'getNegativeRatings', {
		name: 'Get Negative Copilot Ratings',
		action: 'Get Copilot answers rated negative',
		description: "Each wvx Copilot answer an agent rated negative, with the agent's explanation.",
	}),
];
