---@meta
-- Incident Dojo scenario definitions for the Lua Language Server, written by
-- `incident-dojo meta` from the checker's own tables: do not edit by hand.

---@class IncidentDojo.Cond a condition, made by pinned"id", all{...} and the others

---@class IncidentDojo.Session the read-only view a function condition gets
---@field pinned fun(id: string): boolean
---@field opened fun(id: string): boolean
---@field marker fun(id: string): string?
---@field note fun(id: string): string?
---@field tags fun(id: string): string[]
---@field report fun(field: string): string
---@field factors fun(): {text: string, evidence: string[]}[]
---@field learned fun(id: string): boolean
---@field clock fun(): integer

---Reads a file of the scenario's folder (a diff, a long text).
---@param name string
---@return string
function read(name) end

---Runs another Lua file of the scenario's folder.
---@param name string
function include(name) end

---@class IncidentDojo.scenario
---@field id string stable id, unique in the scenario
---@field title string the incident's name in the catalogue
---@field summary string two or three sentences for the catalogue
---@field difficulty "intro"|"easy"|"medium"|"hard" how hard it is to play
---@field minutes integer estimated minutes to play
---@field objectives? string[] what the player will practise
---@field tags? string[] catalogue tags
---@field format integer scenario format version; this engine reads 1
---@field company? string the fictional company
---@field briefing? string what the investigator is told at the start
---@field timezone? string offset for "HH:MM" times and display (default Z)
---@field started string when the incident began (full date and time)
---@field ended string when it was resolved
---@field from? string earliest time the sources may show (default: started - 7 days)
---@field to? string latest time the sources may show (default: ended + 7 days)

---the scenario's metadata; exactly one
---@param t IncidentDojo.scenario
---@return table
function scenario(t) end

---@class IncidentDojo.team
---@field id string stable id, unique in the scenario
---@field name string team name
---@field kind "engineering"|"support"|"communications"|"legal"|"marketing"|"sales"|"leadership"|"finance"|"operations"|"other" engineering, or which non-engineering function
---@field size? integer people on the team
---@field worked_with? string[] teams it had worked with before

---a team in the incident's organisation
---@param t IncidentDojo.team
---@return table
function team(t) end

---@class IncidentDojo.service
---@field id string stable id, unique in the scenario
---@field name string service name
---@field team? string owning team
---@field new? boolean the service is new
---@field talks_to? string[] services it calls
---@field new_talks_to? string[] services it calls for the first time (a new interaction)

---a service and whom it talks to
---@param t IncidentDojo.service
---@return table
function service(t) end

---@class IncidentDojo.person
---@field id string stable id, unique in the scenario
---@field name string full name
---@field role? string job title
---@field team? string team
---@field on_call? boolean on call during the incident
---@field notes? string background for the facilitator
---@field timezone? string where they work, e.g. "+09:00"

---someone who appears in the sources
---@param t IncidentDojo.person
---@return table
function person(t) end

---@class IncidentDojo.chat
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)
---@field topic? string channel topic

---a chat channel: msg{}, join{}, leave{} in time order
---@param t IncidentDojo.chat
---@return table
function chat(t) end

---@class IncidentDojo.msg
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string author
---@field text string message text
---@field reactions? table<string, string[]> emoji -> people who reacted
---@field replies? table[] thread replies: a list of msg{}

---a chat message
---@param t IncidentDojo.msg
---@return table
function msg(t) end

---@class IncidentDojo.join
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string who joined or left

---someone joined the channel
---@param t IncidentDojo.join
---@return table
function join(t) end

---@class IncidentDojo.leave
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string who joined or left

---someone left the channel
---@param t IncidentDojo.leave
---@return table
function leave(t) end

---@class IncidentDojo.call
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)
---@field started? string when the call began
---@field ended? string when it ended
---@field attendees? string[] people on the call

---a call transcript: turn{} in order
---@param t IncidentDojo.call
---@return table
function call(t) end

---@class IncidentDojo.turn
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string speaker
---@field text string what they said

---one speaker's turn on a call
---@param t IncidentDojo.turn
---@return table
function turn(t) end

---@class IncidentDojo.pr
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)
---@field number? integer pull request number
---@field repo? string repository
---@field author string who opened it
---@field reviewers? string[] requested reviewers
---@field description? string description
---@field opened string when it was opened
---@field merged? string when it was merged
---@field diff? string unified diff; each hunk becomes item <id>/h1, <id>/h2 ...

---a pull request with its review{} comments
---@param t IncidentDojo.pr
---@return table
function pr(t) end

---@class IncidentDojo.review
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string reviewer
---@field text string comment
---@field verdict? "approve"|"comment"|"changes" approve, comment or changes
---@field file? string file the comment is on
---@field line? integer line in that file (new side)

---a review comment
---@param t IncidentDojo.review
---@return table
function review(t) end

---@class IncidentDojo.ticket
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)
---@field key? string ticket key, e.g. SUP-1042
---@field fields? table<string, string>|{[1]: string, [2]: string}[] status, priority ...: a map or a list of {name, value}
---@field reporter? string who filed it
---@field assignee? string who owns it
---@field opened string when it was filed
---@field closed? string when it was closed
---@field description? string body

---a ticket with its change{} history and comment{}s
---@param t IncidentDojo.ticket
---@return table
function ticket(t) end

---@class IncidentDojo.change
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who? string who changed it
---@field field string which field changed
---@field from? string old value
---@field to? string new value

---a ticket field change
---@param t IncidentDojo.change
---@return table
function change(t) end

---@class IncidentDojo.comment
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string author
---@field text string comment

---a ticket comment
---@param t IncidentDojo.comment
---@return table
function comment(t) end

---@class IncidentDojo.alerts
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)

---alerts and pages: fired{}, paged{}, acked{}, escalated{}, resolved{}
---@param t IncidentDojo.alerts
---@return table
function alerts(t) end

---@class IncidentDojo.fired
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field alert string alert name
---@field service? string service it is about
---@field severity? "critical"|"high"|"warning"|"info" critical, high, warning or info
---@field text? string alert body

---an alert fired
---@param t IncidentDojo.fired
---@return table
function fired(t) end

---@class IncidentDojo.paged
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string person paged
---@field by? string who paged them (none: the alerting system)
---@field text? string page text

---someone was paged
---@param t IncidentDojo.paged
---@return table
function paged(t) end

---@class IncidentDojo.acked
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string who acknowledged
---@field alert? string the fired{} alert it acknowledges (default: the first to fire)
---@field text? string note

---a page was acknowledged
---@param t IncidentDojo.acked
---@return table
function acked(t) end

---@class IncidentDojo.escalated
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who string escalated to
---@field by? string escalated by (none: by policy)
---@field text? string note

---a page was escalated
---@param t IncidentDojo.escalated
---@return table
function escalated(t) end

---@class IncidentDojo.resolved
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field who? string who resolved it
---@field text? string note

---the alert was resolved
---@param t IncidentDojo.resolved
---@return table
function resolved(t) end

---@class IncidentDojo.metric
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)
---@field unit? string unit of the values, e.g. % or ms
---@field service? string service measured
---@field points? {[1]: string, [2]: number}[] list of {time, value}
---@field from? string time of the first of values
---@field step? integer seconds between values
---@field values? number[] evenly spaced values from `from`, `step` apart

---a metric time series with annotation{}s
---@param t IncidentDojo.metric
---@return table
function metric(t) end

---@class IncidentDojo.annotation
---@field id string stable id, unique in the scenario
---@field at string when it happened
---@field text string what the chart shows there

---a pinnable moment on a chart
---@param t IncidentDojo.annotation
---@return table
function annotation(t) end

---@class IncidentDojo.oncall
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)

---the on-call schedule: shift{}s
---@param t IncidentDojo.oncall
---@return table
function oncall(t) end

---@class IncidentDojo.shift
---@field id string stable id, unique in the scenario
---@field who string who is on call
---@field team? string rotation's team
---@field from string shift start
---@field to string shift end
---@field role? "primary"|"secondary"|"manager"|"incident_commander" primary, secondary, manager or incident_commander

---an on-call shift
---@param t IncidentDojo.shift
---@return table
function shift(t) end

---@class IncidentDojo.calendar
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)

---a calendar: event{}s
---@param t IncidentDojo.calendar
---@return table
function calendar(t) end

---@class IncidentDojo.event
---@field id string stable id, unique in the scenario
---@field title string event title
---@field from string start
---@field to? string end
---@field who? string[] attendees
---@field text? string description
---@field big? boolean a big event for triage (a launch, an earnings call, a sale); once any event says so, only those count

---a calendar event
---@param t IncidentDojo.event
---@return table
function event(t) end

---@class IncidentDojo.document
---@field id string stable id, unique in the scenario
---@field title string name shown in the sources list
---@field read_minutes? integer in-game minutes reading it costs (default: by length)
---@field kind? "runbook"|"status"|"wiki"|"postmortem"|"email"|"other" runbook, status, wiki, postmortem, email or other
---@field updated? string last updated
---@field text? string body before the first section

---a runbook, status page or other document: section{}s
---@param t IncidentDojo.document
---@return table
function document(t) end

---@class IncidentDojo.section
---@field id string stable id, unique in the scenario
---@field title? string heading
---@field at? string when it was written (status page updates)
---@field text string body

---a section of a document
---@param t IncidentDojo.section
---@return table
function section(t) end

---@class IncidentDojo.criterion
---@field id string stable id, unique in the scenario
---@field title string what the participant should do
---@field category "investigation"|"interviews"|"facilitation"|"analysis"|"action_items" investigation, interviews, facilitation, analysis or action_items
---@field points integer weight, 1 to 100
---@field met string feedback when met
---@field missed string feedback when missed: why it matters
---@field when IncidentDojo.Cond|fun(s: IncidentDojo.Session): boolean condition: pinned"id", all{...}, or function(s) ... end
---@field partial? boolean all{}, any{} or at_least{}: earn a share of the points for the parts met
---@field hint? string what a hint says, in a solo drill (default: the missed feedback)
---@field hint_cost? integer points a hint takes off this criterion (default: half its points, rounded up)

---a rubric criterion
---@param t IncidentDojo.criterion
---@return table
function criterion(t) end

---@class IncidentDojo.triage_case
---@field id string stable id, unique in the scenario
---@field title string the incident's name in the queue
---@field summary string what the incident tracker says about it, in a few sentences
---@field own? boolean this scenario's own incident: its signals come from the sources
---@field at? string decoy: when it began
---@field minutes? integer decoy: how long it lasted
---@field teams? string[] decoy: teams that took part
---@field services? string[] decoy: services involved
---@field responders? string[] decoy: people who responded
---@field on_call? string[] decoy: who was on call for it
---@field paged? string[] decoy: people paged
---@field channel? integer decoy: people in its incident channel
---@field handoffs? integer decoy: times the work changed hands
---@field near_miss? boolean no customer noticed
---@field repeats? string[] earlier incidents with the same trigger

---an incident summary in the triage queue: the own incident or a decoy
---@param t IncidentDojo.triage_case
---@return table
function triage_case(t) end

---@class IncidentDojo.interviewee
---@field who string the person who can be interviewed
---@field disposition? "calm"|"talkative"|"defensive"|"anxious"|"new" calm, talkative, defensive, anxious or new: sets how candor starts and moves
---@field intro? string how they greet the investigator
---@field holds_back? string after the interview, a hint of what they kept back
---@field minutes? integer in-game minutes each question takes (default 5)
---@field available_from? integer in-game minute of the investigation they become available
---@field available_until? integer in-game minute after which they are away
---@field away? string why they are away, e.g. "out tomorrow"
---@field hours? string working hours in their own time zone, "09:00-17:30"; outside them they cannot be asked
---@field candor? integer starting candor 0..100 (default: by disposition)
---@field open? integer candor change for an open question (default: by disposition)
---@field closed? integer candor change for a closed question
---@field leading? integer candor change for a leading question
---@field blaming? integer candor change for a blaming question
---@field counterfactual? integer candor change for a counterfactual question

---a person who can be interviewed, with their disposition and availability
---@param t IncidentDojo.interviewee
---@return table
function interviewee(t) end

---@class IncidentDojo.fact
---@field id string stable id, unique in the scenario
---@field who string who knows it
---@field text string the fact, as the notebook shows it
---@field at? string when what it tells of happened: places it on the Timeline

---something a person knows, revealed by answers
---@param t IncidentDojo.fact
---@return table
function fact(t) end

---@class IncidentDojo.question
---@field id string stable id, unique in the scenario
---@field who string whom it is asked of (an interviewee)
---@field kind "open"|"cue"|"knowledge"|"goals"|"options"|"normal_work"|"help"|"closed"|"leading"|"blaming"|"counterfactual" open, cue, knowledge, goals, options, normal_work, help, closed, leading, blaming or counterfactual
---@field text string the question as the participant asks it
---@field when? IncidentDojo.Cond|fun(s: IncidentDojo.Session): boolean condition for it to be offered (data only: pinned, opened, learned, asked ...)

---a question for an interviewee, with answer{}s by candor
---@param t IncidentDojo.question
---@return table
function question(t) end

---@class IncidentDojo.answer
---@field candor? integer given when candor is at least this (default 0)
---@field text string what they say
---@field reveals? string[] facts this answer reveals

---an answer, given from a level of candor
---@param t IncidentDojo.answer
---@return table
function answer(t) end

---@class IncidentDojo.meeting
---@field title string the meeting's name
---@field minutes integer its time box in minutes

---the review meeting: attendee{}s and the agenda's beat{}s in order; at most one
---@param t IncidentDojo.meeting
---@return table
function meeting(t) end

---@class IncidentDojo.attendee
---@field who string the person attending
---@field trait? "steady"|"dominant"|"quiet_expert"|"defensive"|"wants_actions"|"lurker" steady, dominant, quiet_expert, defensive, wants_actions or lurker

---someone at the meeting, with a trait
---@param t IncidentDojo.attendee
---@return table
function attendee(t) end

---@class IncidentDojo.beat
---@field id string stable id, unique in the scenario
---@field title string the agenda item
---@field kind "opening"|"timeline"|"deep_dive"|"themes"|"close" opening, timeline, deep_dive, themes or close
---@field minutes integer its time box in minutes

---an agenda item with its time box
---@param t IncidentDojo.beat
---@return table
function beat(t) end

---@class IncidentDojo.meeting_event
---@field id string stable id, unique in the scenario
---@field who string the attendee who does it
---@field kind "blame"|"push_fixes"|"side_talk"|"holds_piece" blame, push_fixes, side_talk or holds_piece
---@field beat string the agenda beat it happens in
---@field after? integer fires after this many moves into the beat (default 1; 0 as it begins)
---@field target? string blame: the person blamed
---@field when? IncidentDojo.Cond|fun(s: IncidentDojo.Session): boolean it happens only once this holds (data only: ground_rules(), surfaced ...)
---@field text string what they say

---something an attendee does at a point of the agenda: blame, push for fixes ...
---@param t IncidentDojo.meeting_event
---@return table
function meeting_event(t) end

---@class IncidentDojo.insight
---@field id string stable id, unique in the scenario
---@field who string the attendee who holds it
---@field needs "invite"|"make_sense"|"go_deeper" the move that brings it out: invite, make_sense or go_deeper
---@field openness? integer the openness the attendee needs (default 50)
---@field beat? string the beat it belongs to (default: any)
---@field text string what they say when it surfaces

---what an attendee brings out only when the facilitator makes room
---@param t IncidentDojo.insight
---@return table
function insight(t) end

---@class IncidentDojo.weights
---@field investigation? integer weight of the investigation category
---@field interviews? integer weight of the interviews category
---@field facilitation? integer weight of the facilitation category
---@field analysis? integer weight of the analysis category
---@field action_items? integer weight of the action items category

---how much each rubric category counts in the total; at most one
---@param t IncidentDojo.weights
---@return table
function weights(t) end

---@class IncidentDojo.coach_rule
---@field phrase string words to flag, matched as whole words; end with * for a prefix
---@field kind "blame"|"counterfactual"|"hindsight"|"root_cause" blame, counterfactual, hindsight or root_cause
---@field suggestion string what to write instead

---a phrase the language coach flags in this scenario, besides the built-in ones
---@param t IncidentDojo.coach_rule
---@return table
function coach_rule(t) end

---@class IncidentDojo.analysis
---@field summary string the summary an experienced reviewer would write
---@field narrative? string the story of the incident, told from the inside
---@field went_well? string what went well
---@field surprises? string what surprised the people involved
---@field learn_more? string what others should know more about
---@field patterns? string what this shares with other incidents
---@field open_questions? string questions the review leaves open
---@field action_items? string action items, written after soak time
---@field timeline? string[] the key evidence in the order the story is told: items and facts

---the model analysis the debrief shows beside the participant's: model_factor{}s; at most one
---@param t IncidentDojo.analysis
---@return table
function analysis(t) end

---@class IncidentDojo.model_factor
---@field text string the contributing factor, as a condition rather than a culprit
---@field evidence? string[] the items and facts it rests on

---a contributing factor of the model analysis, with its evidence
---@param t IncidentDojo.model_factor
---@return table
function model_factor(t) end

---@class IncidentDojo.guide_step
---@field id string stable id, unique in the scenario
---@field section "triage"|"sources"|"timeline"|"people"|"interviews"|"meeting"|"report"|"debrief" the workspace section it teaches: triage, sources, timeline, people, interviews, meeting, report or debrief
---@field title string the step in a few words
---@field text string what to do and why, in two or three sentences
---@field done? IncidentDojo.Cond|fun(s: IncidentDojo.Session): boolean done once this holds (data only: opened, pinned, asked ...); without it, once a later step is done
---@field minutes? integer about how many real minutes it takes a newcomer (default 1)

---a step of the guided tour a tutorial shows beside the workspace, in the order written
---@param t IncidentDojo.guide_step
---@return table
function guide_step(t) end

---the item is pinned as evidence
---@param item string
---@return IncidentDojo.Cond
function pinned(item) end

---the source has been opened
---@param source string
---@return IncidentDojo.Cond
function opened(source) end

---the item is pinned with that marker: detection, diagnosis, repair or key_moment
---@param item string
---@param marker string
---@return IncidentDojo.Cond
function marked(item, marker) end

---the item (or any pinned item) carries the tag
---@param tag string
---@param item? string
---@return IncidentDojo.Cond
function tagged(tag, item) end

---the item is pinned with a note
---@param item string
---@return IncidentDojo.Cond
function noted(item) end

---the report field (or "any") mentions any of the words, ignoring case
---@param field string
---@param word string
---@param ... string|string[]
---@return IncidentDojo.Cond
function mentions(field, word, ...) end

---every condition holds
---@param t table
---@return IncidentDojo.Cond
function all(t) end

---at least one holds
---@param t table
---@return IncidentDojo.Cond
function any(t) end

---none holds (use none{c} for not c)
---@param t table
---@return IncidentDojo.Cond
function none(t) end

---at least n of them hold
---@param n integer
---@param conds IncidentDojo.Cond[]
---@return IncidentDojo.Cond
function at_least(n, conds) end

---the scenario's own incident shows the signal (many_teams, new_team_pairs ...)
---@param name string
---@return IncidentDojo.Cond
function signal(name) end

---the participant chose the triage case for a full review
---@param case string
---@return IncidentDojo.Cond
function triaged(case) end

---the participant decided the case needs no full review
---@param case string
---@return IncidentDojo.Cond
function set_aside(case) end

---the participant named that signal for the case
---@param case string
---@param signal string
---@return IncidentDojo.Cond
function named(case, signal) end

---at least n signals named for the case, and every one named is present
---@param case string
---@param n integer
---@return IncidentDojo.Cond
function signals_named(case, n) end

---the participant chose to interview the person
---@param person string
---@return IncidentDojo.Cond
function chosen(person) end

---the participant asked the person at least one question
---@param person string
---@return IncidentDojo.Cond
function interviewed(person) end

---the question was asked
---@param question string
---@return IncidentDojo.Cond
function asked(question) end

---an answer revealed the fact
---@param fact string
---@return IncidentDojo.Cond
function learned(fact) end

---the person was interviewed and their candor is at least n
---@param person string
---@param n integer
---@return IncidentDojo.Cond
function candor(person, n) end

---the insight came out in the meeting
---@param insight string
---@return IncidentDojo.Cond
function surfaced(insight) end

---the blame event was redirected to conditions
---@param event string
---@return IncidentDojo.Cond
function redirected(event) end

---the push for fixes was parked for later
---@param event string
---@return IncidentDojo.Cond
function parked(event) end

---the facilitator set ground rules
---@return IncidentDojo.Cond
function ground_rules() end

---the meeting started and no attendee took more than n% of the talk
---@param n integer
---@return IncidentDojo.Cond
function talk_balance(n) end

---the meeting ended within its time box plus n minutes
---@param n integer
---@return IncidentDojo.Cond
function within_time(n) end

---the language coach flags at most n phrases in the report
---@param n integer
---@return IncidentDojo.Cond
function flagged_at_most(n) end

---a contributing factor mentions any of the words and is linked to any of the evidence (items or facts); either may be left out
---@param t table
---@return IncidentDojo.Cond
function factor(t) end

---at least n contributing factors are each linked to evidence
---@param n integer
---@return IncidentDojo.Cond
function factors_linked(n) end

---the report field holds at least n words
---@param field string
---@param n integer
---@return IncidentDojo.Cond
function written(field, n) end

---the items are pinned and in this order on the report timeline
---@param t table
---@return IncidentDojo.Cond
function ordered(t) end

