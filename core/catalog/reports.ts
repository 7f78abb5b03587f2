import { report } from './factories';
import {
	activityCodeGroup,
	agentId,
	campaignOrAll,
	customerId,
	dateParams,
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
			'Returns one row per agent with calls handled (inbound, outbound, internal), ready, talk, ACW, ring, login and auxiliary times, AHT, occupancy, hits, RPC and login and logout times. Can be narrowed to one agent. Date range of at most 31 days per call.',
		params: [
			...dateParams(),
			optional(
				agentId({
					description: 'Numeric ID (extension) of one agent. Leave empty to get every agent.',
				}),
			),
		],
	}),
	report('agents', 'agent_2', 'getAgentEvents', {
		name: 'Get Events of One Agent',
		action: 'Get the state events of one agent',
		description:
			'Returns every state change of one agent with start and end time, duration, call ID, interaction type, destination, phone number and campaign. Date range of at most 31 days per call.',
		params: [
			agentId({ description: 'Numeric ID (extension) of the agent to report on.' }),
			...dateParams(),
		],
	}),
	report('agents', 'agent_3', 'getAuxTime', {
		name: 'Get Auxiliary Time by Agent',
		action: 'Get auxiliary time by agent',
		description:
			'Returns, for every agent, the time spent in each auxiliary (break or not-ready) state. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_4', 'getStatesByCampaign', {
		name: 'Get Agent States by Campaign',
		action: 'Get agent states by campaign',
		description:
			'Returns per agent and campaign the calls handled (inbound, outbound, internal) and the time in ready, talk, ACW, ring, login and auxiliary states, with AHT and occupancy. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_5', 'getStatesByHourPerAgent', {
		name: 'Get States by Hour per Agent',
		action: 'Get hourly states for each agent',
		description:
			'Returns one row per agent with hourly figures nested under status_x_hour: calls handled, ready, talk, ACW, ring, login and auxiliary times, AHT and occupancy. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_6', 'getStatesByHour', {
		name: 'Get States by Hour (All Agents)',
		action: 'Get hourly states for all agents together',
		description:
			'Returns hourly totals for the whole team: calls by direction, ready, talk, ACW, ring, login and auxiliary times, AHT and occupancy. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_7', 'getLoginTime', {
		name: 'Get Login Time (Login/Logout)',
		action: 'Get agent login and logout times',
		description:
			"Returns each agent's login and logout time per day and the total time connected, to check schedule adherence. Date range of at most 31 days per call.",
	}),
	report('agents', 'agent_8', 'getStatesHourByHour', {
		name: 'Get Agent States Hour by Hour',
		action: 'Get agent states hour by hour',
		description:
			'Returns one row per agent, date and hour with calls handled and the time in ready, talk, ACW, ring, login and auxiliary states, with AHT and occupancy. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_8_1', 'getStatesBy30Minutes', {
		name: 'Get Agent States per 30 Minutes',
		action: 'Get agent states in 30-minute intervals',
		description:
			'Returns one row per agent, date and 30-minute interval with calls handled and the time in ready, talk, ACW, ring, login and auxiliary states, with AHT and occupancy. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_9', 'getHoldMuteByAgent', {
		name: 'Get Hold and Mute Time by Agent',
		action: 'Get hold and mute time by agent',
		description:
			'Returns per agent how many times hold, mute or hold plus mute were used, the time in each and the total. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_10', 'getHoldMuteDetail', {
		name: 'Get Hold and Mute Detail',
		action: 'Get hold and mute detail',
		description:
			'Returns each interaction in which an agent used hold or mute, with the action, call ID, interaction type, duration, skill, date, phone number and customer ID. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_11', 'getTimeByStatePerSkill', {
		name: 'Get Agent Time by State per Skill',
		action: 'Get agent time by state grouped by skill',
		description:
			'Returns one row per skill with its agents nested under agents: calls by direction, ready, talk, ACW, ring, login and auxiliary times, AHT, occupancy, hits and RPC. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_12', 'getTransfersByAgent', {
		name: 'Get Transfers and Conferences by Agent',
		action: 'Get transfer and conference totals by agent',
		description:
			'Returns per agent the number of calls transferred and conferenced and their total duration. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_13', 'getTransferDetail', {
		name: 'Get Transfer and Conference Detail',
		action: 'Get transfer and conference detail',
		description:
			'Returns each call an agent transferred or conferenced, with call ID, date, phone number, interaction type and duration. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_13_1', 'getTransferHistory', {
		name: 'Get Transfer and Conference History',
		action: 'Get the full history of transferred calls',
		description:
			'Returns every transfer or conference leg of each call: transfer ID, skill, date, caller number, origin and destination agents, DNIS, duration, call type and the original call ID. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_14', 'getAllAgentEvents', {
		name: 'Get Events of All Agents',
		action: 'Get the state events of all agents',
		description:
			'Returns every state change of every agent with start and end time, duration, call ID, interaction type, destination, phone number and campaign. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_15', 'getPreviewTimeDetail', {
		name: 'Get Preview Time Detail',
		action: 'Get preview time per call',
		description:
			'Returns each call of Preview campaigns with the time the agent took from receiving the record to dialling (time_preview) plus ready, talk, ring, ACW, auxiliary and total times. Date range of at most 31 days per call.',
	}),
	report('agents', 'agent_16', 'getPreviewTimeByAgent', {
		name: 'Get Preview Time by Agent',
		action: 'Get preview time grouped by agent',
		description:
			'Returns per agent the calls made in Preview campaigns with accumulated preview time plus ready, talk, ring, ACW, auxiliary and total times. Date range of at most 31 days per call.',
	}),
	// ---- skills
	report('skills', 'skill_1', 'getServiceLevelBySkill', {
		name: 'Get Calls and Service Level by Skill',
		action: 'Get calls and service level by skill',
		description:
			'Returns per skill the inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds (plus an optional custom threshold), abandon rate, ASA and ATA. Date range of at most 31 days per call.',
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
			'Returns each inbound call the customer abandoned before an agent answered: skill, call ID, date, result, caller number, wait time in seconds, interaction type and customer ID. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_3', 'getServiceLevelByDay', {
		name: 'Get Calls and Service Level by Day',
		action: 'Get calls and service level by day',
		description:
			'Returns per skill and day the inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds, wait time, abandon rate, ASA, ATA and AHT. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_4', 'getServiceLevelByHour', {
		name: 'Get Calls and Service Level by Hour',
		action: 'Get calls and service level by hour',
		description:
			'Returns per skill and hour the inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds, ASA, abandon rate, AHT and ATA. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_4_1', 'getServiceLevelBy30Minutes', {
		name: 'Get Calls and Service Level per 30 Minutes',
		action: 'Get calls and service level in 30-minute intervals',
		description:
			'Returns per skill and 30-minute interval the inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds, ASA, abandon rate, ATA and AHT. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_4_2', 'getServiceLevelBy10Minutes', {
		name: 'Get Calls and Service Level per 10 Minutes',
		action: 'Get calls and service level in 10-minute intervals',
		description:
			'Returns per skill and 10-minute interval the inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds, ASA, abandon rate, ATA and AHT. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_5', 'getWorkforceByHour', {
		name: 'Get Workforce by Hour',
		action: 'Get required agents by hour',
		description:
			'Returns per skill and hour the inbound calls, unique callers, AHT and the number of agents needed to keep the service level. Date range of at most 1 day (24 hours) per call.',
		maxDays: 1,
		params: [skillOrAll(), ...dateParams(1)],
	}),
	report('skills', 'skill_6', 'getServiceLevelByDnis', {
		name: 'Get Calls and Service Level by DNIS',
		action: 'Get calls and service level by dialled number',
		description:
			'Returns per dialled number (DNIS) the inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds, abandon rate, ASA and ATA. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_7', 'getServiceLevelByDayAndHour', {
		name: 'Get Calls and Service Level by Day and Hour',
		action: 'Get calls and service level by skill, day and hour',
		description:
			'Returns one row per date, skill and hour with inbound, answered and abandoned calls, service level at 10, 20 and 30 seconds, wait time, abandon rate, AHT, ASA and ATA. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_8', 'getAnsweredCallsByWaitTime', {
		name: 'Get Answered Calls by Wait Interval',
		action: 'Get answered calls by wait time interval',
		description:
			'Returns per skill the answered calls split into 10-second wait intervals (0-10 s up to more than 51 s), showing how fast calls are picked up. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_9', 'getAbandonedCallsByWaitTime', {
		name: 'Get Abandoned Calls by Wait Interval',
		action: 'Get abandoned calls by wait time interval',
		description:
			'Returns per skill the abandoned calls split into 10-second wait intervals (0-10 s up to more than 51 s), showing how long callers waited before hanging up. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_10', 'getAnsweredCallDetail', {
		name: 'Get Answered Call Detail',
		action: 'Get answered call detail',
		description:
			'Returns each inbound call answered by an agent: call ID, skill, date, result, caller number, wait time in seconds before answer, agent and interaction type. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	report('skills', 'skill_11', 'getServiceLevelByChannel', {
		name: 'Get Interactions and Service Level by Channel',
		action: 'Get interactions and service level by channel',
		description:
			'Returns per interaction type (email, WhatsApp, Facebook, Instagram, Telegram and other channels) the received, answered and abandoned interactions, service level at 10, 20 and 30 seconds, abandon rate, ASA and ATA. Date range of at most 31 days per call.',
		params: [skillOrAll(), ...dateParams()],
	}),
	// ---- calls
	report('calls', 'cdr_1', 'getCallDetail', {
		name: 'Get Call Detail (CDR)',
		action: 'Get call detail records',
		description:
			'Returns one row per call with agent, date, destination, phone number, cost, duration, activity codes, interaction type, customer, who hung up, campaign, call ID, skill and comments. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_2', 'getCallsByAgent', {
		name: 'Get Calls and Phone Cost by Agent',
		action: 'Get call totals and phone cost by agent',
		description:
			'Returns per agent the total number of calls and their cost. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_3', 'getMessageDetail', {
		name: 'Get SMS and WhatsApp Message Detail',
		action: 'Get outbound SMS and WhatsApp message detail',
		description:
			'Returns each outbound SMS or WhatsApp message with agent, date, destination, phone number, message text, channel, customer ID and interaction ID. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_4', 'getCallDurationBuckets', {
		name: 'Get Call Duration by Time Bucket',
		action: 'Get call duration distribution',
		description:
			'Returns calls, minutes, cost and share of total for the duration buckets 0-5 s, 6-20 s, 21-60 s, 61-120 s and over 121 s. The data is one object keyed by bucket, not a list. Date range of at most 31 days per call.',
		rowCap: undefined, // the answer is one object keyed by bucket, not rows
	}),
	report('calls', 'cdr_5', 'getUnconnectedCallDetail', {
		name: 'Get Unconnected Call Detail',
		action: 'Get unconnected call detail',
		description:
			'Returns each call that did not connect with agent, date, destination, phone number, ring time, result, interaction type, customer, campaign and call ID. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_6', 'getUnconnectedCallsByResult', {
		name: 'Get Unconnected Calls by Result',
		action: 'Get unconnected call counts by result',
		description:
			'Returns the number of outbound calls that did not connect, per result (cancelled, channel unavailable, congestion, no answer, busy). Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_7', 'getNlpDetail', {
		name: 'Get NLP Usage Detail',
		action: 'Get AI (NLP) component usage detail',
		description:
			'Returns each use of NLP or AI components with component type, channel, characters sent and received, total characters and date. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_8', 'getNlpByType', {
		name: 'Get NLP Usage by Type',
		action: 'Get AI (NLP) usage grouped by component type',
		description:
			'Returns per NLP or AI component type the number of uses and the characters sent, received and in total. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_9', 'getEmailDetail', {
		name: 'Get Sent Email Detail',
		action: 'Get detail of emails sent by flows and campaigns',
		description:
			'Returns each email sent by the "Send email" component of routing points or by campaign strategies, with channel, date, sender, recipient, subject and body. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_10', 'getCobrowsingSessions', {
		name: 'Get Co-Browsing Sessions',
		action: 'Get co-browsing sessions',
		description:
			'Returns each co-browsing assistance session given by an agent, with start and end date, duration and who ended it. Date range of at most 31 days per call.',
	}),
	report('calls', 'cdr_11', 'getLaw2300Releases', {
		name: 'Get Law 2300 Released Customers',
		action: 'Get customers released from Law 2300 contact restrictions',
		description:
			'Returns the customers released from the contact restrictions of Colombian consumer protection Law 2300, with the protected ID, agent, operation, date, item and value. Date range of at most 31 days per call.',
	}),
	// ---- activityCodes
	report('activityCodes', 'act_1', 'getCodesByAgent', {
		name: 'Get Activity Codes by Agent',
		action: 'Get activity code counts by agent',
		description:
			'Returns per agent how many calls were coded with each activity code, with the code description. Choose activity code group 1 or 2. Date range of at most 31 days per call.',
		params: [activityCodeGroup(), ...dateParams()],
	}),
	report('activityCodes', 'act_2', 'getCodesBySkill', {
		name: 'Get Activity Codes by Skill',
		action: 'Get activity code counts by skill',
		description:
			'Returns per skill how many calls were coded with each activity code, with the code description. Choose activity code group 1 or 2. Date range of at most 31 days per call.',
		params: [activityCodeGroup(), ...dateParams()],
	}),
	report('activityCodes', 'act_3', 'getCodeDetail', {
		name: 'Get Activity Code Detail',
		action: 'Get coded interaction detail',
		description:
			'Returns each coded interaction with call ID, agent, skill, date, both activity codes and descriptions, comments, interaction type, phone number, destination, duration, who hung up, customer and campaign. Date range of at most 31 days per call.',
		params: [activityCodeGroup(), ...dateParams()],
	}),
	report('activityCodes', 'act_4', 'getUncodedCallsByAgent', {
		name: 'Get Uncoded Calls by Agent',
		action: 'Get calls without activity code by agent',
		description:
			'Returns per agent the number of calls that were not coded with an activity code. Date range of at most 31 days per call.',
	}),
	report('activityCodes', 'act_5', 'getCodeUsage', {
		name: 'Get Activity Code Usage by Code',
		action: 'Get activity code usage grouped by code',
		description:
			'Returns per activity code the number of times it was used and its description. Choose activity code group 1 or 2. Date range of at most 31 days per call.',
		params: [...dateParams(), activityCodeGroup()],
	}),
	// ---- diagram
	report('diagram', 'diagram_1', 'getIvrCallDetail', {
		name: 'Get IVR Call Detail',
		action: 'Get IVR call detail',
		description:
			'Returns each IVR call with routing point, menu option code, transfer destination, date, result, caller number, duration, customer ID and call ID. Can be narrowed to one customer. Date range of at most 31 days per call.',
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
		description:
			'Returns per day the number of calls handled by the IVR and the IVR minutes used. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_1_2', 'getIvrUsageByTime', {
		name: 'Get IVR Calls and Minutes by Time',
		action: 'Get IVR calls and minutes by time slot',
		description:
			'Returns per time slot the number of calls handled by the IVR and the IVR minutes used. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_1_3', 'getIvrUsageByMenuOption', {
		name: 'Get IVR Calls and Minutes by Menu Option',
		action: 'Get IVR calls and minutes by menu option',
		description:
			'Returns per routing point and menu option code the number of calls and the time spent. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_2', 'getSmartWaitSummary', {
		name: 'Get Smart Wait Summary',
		action: 'Get smart wait (callback) summary',
		description:
			'Returns per skill the calls offered smart wait, customers who accepted or declined, successful and failed callbacks and the service level gain. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_3', 'getSmartWaitDetail', {
		name: 'Get Smart Wait Detail',
		action: 'Get smart wait (callback) detail',
		description:
			'Returns each call that used smart wait with inbound and last callback dates, status, attempts, caller and dialled numbers, time between calls, duration, billed minutes and customer ID. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_4', 'getSmartSurveyDetail', {
		name: 'Get Smart Survey Detail',
		action: 'Get smart survey answers',
		description:
			'Returns each smart survey response with agent, skill, date, call ID, caller number, customer ID, answers to questions q01-q10, voice message and its duration, interaction type, result and sentiment. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_5', 'getSmartSurveyByAgent', {
		name: 'Get Smart Survey Results by Agent',
		action: 'Get smart survey results by agent',
		description:
			'Returns per agent the number of surveys, the average score of each question q01-q10 and the overall average. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_6', 'getSmartSurveyBySkill', {
		name: 'Get Smart Survey Results by Skill',
		action: 'Get smart survey results by skill',
		description:
			'Returns per skill the number of surveys, the average score of each question q01-q10 and the overall average. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_7', 'getAsrDetail', {
		name: 'Get Speech Recognition (ASR) Detail',
		action: 'Get speech recognition usage detail',
		description:
			'Returns each automatic speech recognition (ASR) use with time in milliseconds, language, recognized text, date and routing point. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_8', 'getTtsDetail', {
		name: 'Get Text-to-Speech (TTS) Detail',
		action: 'Get text-to-speech usage detail',
		description:
			'Returns each text-to-speech (TTS) use with the text, credits (characters), date and routing point. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_9', 'getRoutingChatbotDetail', {
		name: 'Get Interaction Routing and Chatbot Detail',
		action: 'Get chatbot and interaction routing detail',
		description:
			'Returns each chatbot or routed interaction with session ID, channel, routing point, date, customer name, email, phone, query, routing answer, customer ID and interaction ID. The vendor asks to narrow the date range when more than 6,000 rows match. Date range of at most 31 days per call.',
		rowCap: 6000,
	}),
	report('diagram', 'diagram_10', 'getTtsByUsage', {
		name: 'Get TTS Phrases by Usage',
		action: 'Get most used text-to-speech phrases',
		description:
			'Returns each text-to-speech phrase with how many times it was used and the characters converted, most used first. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_11', 'getIvrVsAgent', {
		name: 'Get IVR vs Transferred to Agent',
		action: 'Get IVR calls transferred to agents',
		description:
			'Returns each call that entered the IVR with time in the routing point and skill, whether it went to an agent, the agent, time with the agent, activity codes, interaction type, caller and customer ID and total time. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_12', 'getSentimentAnalysisDetail', {
		name: 'Get Sentiment Analysis Detail',
		action: 'Get sentiment analysis usage detail',
		description:
			'Returns each text sent to sentiment analysis with the date and the billed units. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_13', 'getMenuOptionDetail', {
		name: 'Get Menu Option Detail',
		action: 'Get menu option usage detail',
		description:
			'Returns each use of the menu option component in voice and chat routing points with routing point, call ID, customer ID, channel, phone number, attempt, date, second of the event and option code. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_14', 'getMenuOptionsByCode', {
		name: 'Get Menu Options by Activity Code',
		action: 'Get activity code usage in routing flows',
		description:
			'Returns per activity code used in wolkvox Studio routing flows the number of uses and its share of all interactions. Date range of at most 31 days per call.',
	}),
	report('diagram', 'diagram_15', 'getVoiceConversations', {
		name: 'Get Voice Conversations (IVR, ASR, TTS, NLP)',
		action: 'Get AI usage per voice conversation',
		description:
			'Returns each voice conversation with conversation ID, call ID, date, IVR time, NLP credits, ASR time and TTS credits, for cost control of AI usage. Date range of at most 31 days per call.',
	}),
	// ---- quality
	report('quality', 'quality_1', 'getResultsByAgent', {
		name: 'Get Quality Results by Agent',
		action: 'Get quality results by agent',
		description:
			'Returns per agent the number of evaluations, critical error precision (per unit and per opportunity) and accuracy. Date range of at most 31 days per call.',
	}),
	report('quality', 'quality_2', 'getEvaluationsByAgent', {
		name: 'Get Evaluation Results by Agent',
		action: 'Get quality evaluation results by interaction',
		description:
			'Returns each quality evaluation with call ID, agent, comments, error precision, accuracy, date, survey form, activity code, channel, feedback and skill. Date range of at most 31 days per call.',
	}),
	report('quality', 'quality_3', 'getAttributeDetail', {
		name: 'Get Evaluation Detail by Attribute',
		action: 'Get quality evaluation detail by attribute',
		description:
			'Returns each evaluated attribute with call ID, agent, attribute, error type, yes/no result, date, survey form, category, quality analyst, channel and AI comment. Date range of at most 31 days per call.',
	}),
	report('quality', 'quality_4', 'getResultsByAttribute', {
		name: 'Get Quality Results by Attribute',
		action: 'Get quality results by attribute',
		description:
			'Returns per quality attribute the yes and no counts, compliance percentage, survey form and category. Date range of at most 31 days per call.',
	}),
	report('quality', 'quality_5', 'getResultsByAnalyst', {
		name: 'Get Quality Results by Analyst',
		action: 'Get quality results by analyst',
		description:
			'Returns per quality analyst the number of evaluations done, critical error precision (per unit and per opportunity) and average accuracy. Date range of at most 31 days per call.',
	}),
	// ---- campaigns
	report('campaigns', 'campaign_1', 'getFinalMachineResults', {
		name: 'Get Final Machine Results',
		action: 'Get final dialer results by campaign',
		description:
			'Returns the number and share of records per final dialer result (no-answer, answer, failed, busy, congestion, recall, do-not-call-clean) for one or all campaigns. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_2', 'getResultsByActivityCode', {
		name: 'Get Results by Activity Code',
		action: 'Get campaign results by activity code',
		description:
			'Returns the number and share of records per activity code for one or all campaigns. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_3', 'getPhoneResults', {
		name: 'Get Phone-by-Phone Results',
		action: 'Get campaign results phone by phone',
		description:
			'Returns each dialled phone of a campaign with customer name, ID type and ID, date, result, custom fields opt1-opt12 and call ID. Records and their attempts must fall inside the range; attempt dates are in GMT-5. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_4', 'getAttemptMachineResults', {
		name: 'Get Machine Results per Attempt',
		action: 'Get dialer results attempt by attempt',
		description:
			'Returns the number and share of dialling attempts per dialer result (no-answer, answer, failed, busy, congestion, recall, do-not-call-clean) for one or all campaigns. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_5', 'getPreviewCallDetail', {
		name: 'Get Preview Call Detail',
		action: 'Get preview campaign call detail',
		description:
			'Returns each call of Preview campaigns with customer, record result and comments, agent, call ID, phone number, who hung up, interaction type, call result, date, duration, activity code and comments. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_6', 'getAmdSummary', {
		name: 'Get Answering Machine Detection Summary',
		action: 'Get answering machine detections by campaign',
		description:
			'Returns per campaign the total number of answering machine detections (AMD) in automatic outbound campaigns. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_7', 'getAmdDetail', {
		name: 'Get Answering Machine Detection Detail',
		action: 'Get answering machine detection detail',
		description:
			'Returns each answering machine detection with customer ID, campaign, voice message file left, phone number, AMD result and date. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_8', 'getMachineCodesByPhone', {
		name: 'Get Machine Codes by Phone',
		action: 'Get dialer results grouped by phone number',
		description:
			'Returns per phone number how many times it was dialled and the count of each dialer result (no answer, answering machine, busy, congestion, failed). Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_9', 'getWhatsAppRecordStatus', {
		name: 'Get WhatsApp Campaign Record Status',
		action: 'Get the status of WhatsApp campaign records',
		description:
			'Returns each record of WhatsApp campaigns with campaign, phone number, delivery status, errors, date and last update. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	report('campaigns', 'campaign_10', 'getTurboDialByMachineCode', {
		name: 'Get Turbo Dial Results by Machine Code',
		action: 'Get Turbo Dial results by machine code',
		description:
			'Returns the number of calls per machine code detected by the Turbo Dial service in campaigns. Date range of at most 31 days per call.',
		params: [campaignOrAll(), ...dateParams()],
	}),
	// ---- chats
	report('chats', 'chat_1', 'getChatDetail', {
		name: 'Get Chat Detail',
		action: 'Get agent chat detail',
		description:
			'Returns each chat handled by a human agent with chat ID, channel, date, customer data and characters, agent and characters, durations, activity code, comments, skill, ASA, last participant and sentiment. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_2', 'getConversations', {
		name: 'Get Chat Conversations',
		action: 'Get chat conversation messages',
		description:
			'Returns each chat handled by an agent with the agent, customer and the exchanged messages nested under conversation. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_3', 'getClosedInteractionsByChannel', {
		name: 'Get Closed Interactions by Channel',
		action: 'Get closed interactions by channel',
		description:
			'Returns per channel the number of closed interactions and the total time needed to close them. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_4', 'getInteractionDetail', {
		name: 'Get Interaction Detail',
		action: 'Get interaction (case) detail',
		description:
			'Returns each interaction with channel, agent, skill, case ID, subject, sender, recipient, message, answer, creation and close dates, survey, activity code, comments, attachments and status. Date range of at most 31 days per call.',
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
		description:
			'Returns per agent the number of closed interactions and the time spent closing them. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_6', 'getClosedInteractionsByDay', {
		name: 'Get Closed Interactions by Day',
		action: 'Get closed interactions by day',
		description:
			'Returns per day the number of closed interactions and the time spent closing them. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_7', 'getClosedInteractionsByAgentAndCode', {
		name: 'Get Closed Interactions by Agent and Code',
		action: 'Get closed interactions by agent and activity code',
		description:
			'Returns the number of closed interactions per agent and activity code, with the code description. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_8', 'getBotToAgentTransfers', {
		name: 'Get Chats Transferred to Agent',
		action: 'Get chats transferred from bot to agent',
		description:
			'Returns each chat that started with a bot and was handed to a human agent: chat and session IDs, dates, time on the bot, routing point, channel, customer, agent, time with the agent, total time, characters, ASA and last sender. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_9', 'getInteractionTransfers', {
		name: 'Get Interaction Transfers',
		action: 'Get interaction transfers between agents',
		description:
			'Returns each transferred interaction with the transferring and receiving agents, channel, case ID and transfer date. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_10', 'getWhatsAppUsage', {
		name: 'Get Official WhatsApp Usage',
		action: 'Get official WhatsApp line usage',
		description:
			'Returns each official WhatsApp Business conversation with chat and session IDs, date, customer phone, template used and destination, to tell inbound from outbound. Costs are not included. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_11', 'getChatTransfers', {
		name: 'Get Chat Transfers',
		action: 'Get chat transfers between agents',
		description:
			'Returns each transferred chat with the transferring and receiving agents (ID, name, document), channel, chat ID and transfer date. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_12', 'getSentInteractionsByAgent', {
		name: 'Get Interactions Sent by Agent',
		action: 'Get outbound emails sent by agents',
		description:
			'Returns each outbound email interaction sent by an agent with sender, recipient, subject, body, date and activity code. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_13', 'getClosedChatsByChannel', {
		name: 'Get Closed Chats by Channel',
		action: 'Get closed chats by channel',
		description:
			'Returns per chat channel the number of chats closed. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_14', 'getClickToWhatsAppDetail', {
		name: 'Get Click-to-WhatsApp Detail',
		action: 'Get click-to-WhatsApp interaction detail',
		description:
			'Returns each chat started from a click-to-WhatsApp ad or post with source URL, type and ID, chat ID, routing point, agent, media, date and activity code. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_15', 'getClickToWhatsAppSummary', {
		name: 'Get Click-to-WhatsApp Summary',
		action: 'Get click-to-WhatsApp totals',
		description:
			'Returns how many chats from click-to-WhatsApp ads and posts were handled by chatbots and by agents, with totals. Date range of at most 31 days per call.',
	}),
	report('chats', 'chat_16', 'getAgentChatProductivity', {
		name: 'Get Agent Chat Productivity',
		action: 'Get agent productivity on chat',
		description:
			'Returns per agent chat-only metrics: total chats, time, average handling time and transfer percentage. Date range of at most 31 days per call.',
	}),
	// ---- speech
	report('speech', 'speech_1', 'getSpeechDetail', {
		name: 'Get Speech Analytics Detail',
		action: 'Get speech analytics per call',
		description:
			'Returns each analysed call with agent, call ID, duration, date, silence time, customer, activity code, greeting checks, transcript (audio_text), sentiment and channel. Date range of at most 31 days per call.',
	}),
	report('speech', 'speech_2', 'getSilenceByAgent', {
		name: 'Get Silence Percentage by Agent',
		action: 'Get silence percentage by agent',
		description:
			'Returns per agent the percentage of silence during their calls. Date range of at most 31 days per call.',
	}),
	report('speech', 'speech_3', 'getSlowGreetingsByAgent', {
		name: 'Get Slow Greetings by Agent',
		action: 'Get slow greeting percentage by agent',
		description:
			'Returns per agent the average percentage of slow greetings in their calls. Date range of at most 31 days per call.',
	}),
	report('speech', 'speech_4', 'getSentimentByAgent', {
		name: 'Get Sentiment by Agent',
		action: 'Get average sentiment by agent',
		description:
			'Returns per agent the average sentiment level across their interactions. Date range of at most 31 days per call.',
	}),
	report('speech', 'speech_5', 'getTextAnalytics', {
		name: 'Get On-Demand Text Analytics',
		action: 'Get on-demand text analytics results',
		description:
			'Returns each text conversation analysed on demand with agent, text ID, text, summary, sentiment, date and characters. Date range of at most 31 days per call.',
	}),
	// ---- copilot
	report('copilot', 'wizard_1', 'getCopilotQuestions', {
		name: 'Get Copilot Questions and Answers',
		action: 'Get questions agents asked wvx Copilot',
		description:
			'Returns each question an agent asked wvx Copilot with the answer given, call ID and date. Date range of at most 31 days per call.',
	}),
	report('copilot', 'wizard_2', 'getPositiveRatings', {
		name: 'Get Positive Copilot Ratings',
		action: 'Get Copilot answers rated positive',
		description:
			'Returns each wvx Copilot answer an agent rated as positive, with the agent, question, answer and date. Date range of at most 31 days per call.',
	}),
	report('copilot', 'wizard_3', 'getNegativeRatings', {
		name: 'Get Negative Copilot Ratings',
		action: 'Get Copilot answers rated negative',
		description:
			"Returns each wvx Copilot answer an agent rated as negative, with the agent, question, answer, the agent's explanation and date. Date range of at most 31 days per call.",
	}),
];
