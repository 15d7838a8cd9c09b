/* schema.c: the constructor tables. Adding a field here makes the loader
 * accept it; build.c decides what it means. */
#include <stddef.h>
#include <string.h>
#include "schema.h"

#define BIT(k) (1ull << (k))
#define COUNT(a) (int)(sizeof a / sizeof a[0])

static const char *const difficulties[] = {"intro", "easy", "medium", "hard", NULL};
static const char *const team_kinds[] = {"engineering", "support", "communications",
    "legal", "marketing", "sales", "leadership", "finance", "operations", "other", NULL};
static const char *const severities[] = {"critical", "high", "warning", "info", NULL};
static const char *const verdicts[] = {"approve", "comment", "changes", NULL};
static const char *const shift_roles[] = {"primary", "secondary", "manager",
    "incident_commander", NULL};
static const char *const doc_kinds[] = {"runbook", "status", "wiki", "postmortem",
    "email", "other", NULL};
static const char *const categories[] = {"investigation", "interviews", "facilitation",
    "analysis", "action_items", NULL};

#define ID_FIELD {"id", FT_ID, true, "stable id, unique in the scenario", NULL, NULL}
#define SOURCE_FIELDS ID_FIELD, \
    {"title", FT_STRING, true, "name shown in the sources list", NULL, NULL}, \
    {"read_minutes", FT_INT, false, "in-game minutes reading it costs (default: by length)", NULL, NULL}
#define AT_FIELD(req) {"at", FT_TIME, req, "when it happened", NULL, NULL}
#define WHO_FIELD(req, doc) {"who", FT_REF, req, doc, NULL, "person"}

static const FieldSpec scenario_fields[] = {
    ID_FIELD,
    {"title", FT_STRING, true, "the incident's name in the catalogue", NULL, NULL},
    {"summary", FT_TEXT, true, "two or three sentences for the catalogue", NULL, NULL},
    {"difficulty", FT_ENUM, true, "how hard it is to play", difficulties, NULL},
    {"minutes", FT_INT, true, "estimated minutes to play", NULL, NULL},
    {"objectives", FT_STRINGS, false, "what the player will practise", NULL, NULL},
    {"tags", FT_STRINGS, false, "catalogue tags", NULL, NULL},
    {"format", FT_INT, true, "scenario format version; this engine reads 1", NULL, NULL},
    {"company", FT_STRING, false, "the fictional company", NULL, NULL},
    {"briefing", FT_TEXT, false, "what the investigator is told at the start", NULL, NULL},
    {"timezone", FT_OFFSET, false, "offset for \"HH:MM\" times and display (default Z)", NULL, NULL},
    {"started", FT_TIME, true, "when the incident began (full date and time)", NULL, NULL},
    {"ended", FT_TIME, true, "when it was resolved", NULL, NULL},
    {"from", FT_TIME, false, "earliest time the sources may show (default: started - 7 days)", NULL, NULL},
    {"to", FT_TIME, false, "latest time the sources may show (default: ended + 7 days)", NULL, NULL},
};

static const FieldSpec team_fields[] = {
    ID_FIELD,
    {"name", FT_STRING, true, "team name", NULL, NULL},
    {"kind", FT_ENUM, true, "engineering, or which non-engineering function", team_kinds, NULL},
    {"size", FT_INT, false, "people on the team", NULL, NULL},
    {"worked_with", FT_REFS, false, "teams it had worked with before", NULL, "team"},
};

static const FieldSpec service_fields[] = {
    ID_FIELD,
    {"name", FT_STRING, true, "service name", NULL, NULL},
    {"team", FT_REF, false, "owning team", NULL, "team"},
    {"new", FT_BOOL, false, "the service is new", NULL, NULL},
    {"talks_to", FT_REFS, false, "services it calls", NULL, "service"},
    {"new_talks_to", FT_REFS, false, "services it calls for the first time (a new interaction)", NULL, "service"},
};

static const FieldSpec person_fields[] = {
    ID_FIELD,
    {"name", FT_STRING, true, "full name", NULL, NULL},
    {"role", FT_STRING, false, "job title", NULL, NULL},
    {"team", FT_REF, false, "team", NULL, "team"},
    {"on_call", FT_BOOL, false, "on call during the incident", NULL, NULL},
    {"notes", FT_TEXT, false, "background for the facilitator", NULL, NULL},
    {"timezone", FT_OFFSET, false, "where they work, e.g. \"+09:00\"", NULL, NULL},
};

static const FieldSpec chat_fields[] = {
    SOURCE_FIELDS,
    {"topic", FT_STRING, false, "channel topic", NULL, NULL},
};

static const FieldSpec msg_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "author"),
    {"text", FT_TEXT, true, "message text", NULL, NULL},
    {"reactions", FT_REACTIONS, false, "emoji -> people who reacted", NULL, "person"},
    {"replies", FT_NODES, false, "thread replies: a list of msg{}", NULL, NULL},
};

static const FieldSpec joinleave_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "who joined or left"),
};

static const FieldSpec call_fields[] = {
    SOURCE_FIELDS,
    {"started", FT_TIME, false, "when the call began", NULL, NULL},
    {"ended", FT_TIME, false, "when it ended", NULL, NULL},
    {"attendees", FT_REFS, false, "people on the call", NULL, "person"},
};

static const FieldSpec turn_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "speaker"),
    {"text", FT_TEXT, true, "what they said", NULL, NULL},
};

static const FieldSpec pr_fields[] = {
    SOURCE_FIELDS,
    {"number", FT_INT, false, "pull request number", NULL, NULL},
    {"repo", FT_STRING, false, "repository", NULL, NULL},
    {"author", FT_REF, true, "who opened it", NULL, "person"},
    {"reviewers", FT_REFS, false, "requested reviewers", NULL, "person"},
    {"description", FT_TEXT, false, "description", NULL, NULL},
    {"opened", FT_TIME, true, "when it was opened", NULL, NULL},
    {"merged", FT_TIME, false, "when it was merged", NULL, NULL},
    {"diff", FT_TEXT, false, "unified diff; each hunk becomes item <id>/h1, <id>/h2 ...", NULL, NULL},
};

static const FieldSpec review_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "reviewer"),
    {"text", FT_TEXT, true, "comment", NULL, NULL},
    {"verdict", FT_ENUM, false, "approve, comment or changes", verdicts, NULL},
    {"file", FT_STRING, false, "file the comment is on", NULL, NULL},
    {"line", FT_INT, false, "line in that file (new side)", NULL, NULL},
};

static const FieldSpec ticket_fields[] = {
    SOURCE_FIELDS,
    {"key", FT_STRING, false, "ticket key, e.g. SUP-1042", NULL, NULL},
    {"fields", FT_FIELDS, false, "status, priority ...: a map or a list of {name, value}", NULL, NULL},
    {"reporter", FT_REF, false, "who filed it", NULL, "person"},
    {"assignee", FT_REF, false, "who owns it", NULL, "person"},
    {"opened", FT_TIME, true, "when it was filed", NULL, NULL},
    {"closed", FT_TIME, false, "when it was closed", NULL, NULL},
    {"description", FT_TEXT, false, "body", NULL, NULL},
};

static const FieldSpec change_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(false, "who changed it"),
    {"field", FT_STRING, true, "which field changed", NULL, NULL},
    {"from", FT_STRING, false, "old value", NULL, NULL},
    {"to", FT_STRING, false, "new value", NULL, NULL},
};

static const FieldSpec comment_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "author"),
    {"text", FT_TEXT, true, "comment", NULL, NULL},
};

static const FieldSpec alerts_fields[] = { SOURCE_FIELDS };

static const FieldSpec fired_fields[] = {
    ID_FIELD, AT_FIELD(true),
    {"alert", FT_STRING, true, "alert name", NULL, NULL},
    {"service", FT_REF, false, "service it is about", NULL, "service"},
    {"severity", FT_ENUM, false, "critical, high, warning or info", severities, NULL},
    {"text", FT_TEXT, false, "alert body", NULL, NULL},
};

static const FieldSpec paged_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "person paged"),
    {"by", FT_REF, false, "who paged them (none: the alerting system)", NULL, "person"},
    {"text", FT_TEXT, false, "page text", NULL, NULL},
};

static const FieldSpec ack_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "who acknowledged"),
    {"alert", FT_REF, false, "the fired{} alert it acknowledges (default: the first to fire)", NULL, "item"},
    {"text", FT_TEXT, false, "note", NULL, NULL},
};

static const FieldSpec escalated_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(true, "escalated to"),
    {"by", FT_REF, false, "escalated by (none: by policy)", NULL, "person"},
    {"text", FT_TEXT, false, "note", NULL, NULL},
};

static const FieldSpec resolved_fields[] = {
    ID_FIELD, AT_FIELD(true), WHO_FIELD(false, "who resolved it"),
    {"text", FT_TEXT, false, "note", NULL, NULL},
};

static const FieldSpec metric_fields[] = {
    SOURCE_FIELDS,
    {"unit", FT_STRING, false, "unit of the values, e.g. % or ms", NULL, NULL},
    {"service", FT_REF, false, "service measured", NULL, "service"},
    {"points", FT_POINTS, false, "list of {time, value}", NULL, NULL},
    {"from", FT_TIME, false, "time of the first of values", NULL, NULL},
    {"step", FT_INT, false, "seconds between values", NULL, NULL},
    {"values", FT_NUMBERS, false, "evenly spaced values from `from`, `step` apart", NULL, NULL},
};

static const FieldSpec annotation_fields[] = {
    ID_FIELD, AT_FIELD(true),
    {"text", FT_TEXT, true, "what the chart shows there", NULL, NULL},
};

static const FieldSpec plain_source_fields[] = { SOURCE_FIELDS };

static const FieldSpec shift_fields[] = {
    ID_FIELD, WHO_FIELD(true, "who is on call"),
    {"team", FT_REF, false, "rotation's team", NULL, "team"},
    {"from", FT_TIME, true, "shift start", NULL, NULL},
    {"to", FT_TIME, true, "shift end", NULL, NULL},
    {"role", FT_ENUM, false, "primary, secondary, manager or incident_commander", shift_roles, NULL},
};

static const FieldSpec event_fields[] = {
    ID_FIELD,
    {"title", FT_STRING, true, "event title", NULL, NULL},
    {"from", FT_TIME, true, "start", NULL, NULL},
    {"to", FT_TIME, false, "end", NULL, NULL},
    {"who", FT_REFS, false, "attendees", NULL, "person"},
    {"text", FT_TEXT, false, "description", NULL, NULL},
    {"big", FT_BOOL, false, "a big event for triage (a launch, an earnings call, a sale); once any event says so, only those count", NULL, NULL},
};

static const FieldSpec document_fields[] = {
    SOURCE_FIELDS,
    {"kind", FT_ENUM, false, "runbook, status, wiki, postmortem, email or other", doc_kinds, NULL},
    {"updated", FT_TIME, false, "last updated", NULL, NULL},
    {"text", FT_TEXT, false, "body before the first section", NULL, NULL},
};

static const FieldSpec section_fields[] = {
    ID_FIELD,
    {"title", FT_STRING, false, "heading", NULL, NULL},
    {"at", FT_TIME, false, "when it was written (status page updates)", NULL, NULL},
    {"text", FT_TEXT, true, "body", NULL, NULL},
};

static const FieldSpec criterion_fields[] = {
    ID_FIELD,
    {"title", FT_STRING, true, "what the participant should do", NULL, NULL},
    {"category", FT_ENUM, true, "investigation, interviews, facilitation, analysis or action_items", categories, NULL},
    {"points", FT_INT, true, "weight, 1 to 100", NULL, NULL},
    {"met", FT_TEXT, true, "feedback when met", NULL, NULL},
    {"missed", FT_TEXT, true, "feedback when missed: why it matters", NULL, NULL},
    {"when", FT_COND, true, "condition: pinned\"id\", all{...}, or function(s) ... end", NULL, NULL},
    {"partial", FT_BOOL, false, "all{}, any{} or at_least{}: earn a share of the points for the parts met", NULL, NULL},
    {"hint", FT_TEXT, false, "what a hint says, in a solo drill (default: the missed feedback)", NULL, NULL},
    {"hint_cost", FT_INT, false, "points a hint takes off this criterion (default: half its points, rounded up)", NULL, NULL},
};

static const FieldSpec weights_fields[] = {
    {"investigation", FT_INT, false, "weight of the investigation category", NULL, NULL},
    {"interviews", FT_INT, false, "weight of the interviews category", NULL, NULL},
    {"facilitation", FT_INT, false, "weight of the facilitation category", NULL, NULL},
    {"analysis", FT_INT, false, "weight of the analysis category", NULL, NULL},
    {"action_items", FT_INT, false, "weight of the action items category", NULL, NULL},
};

static const FieldSpec case_fields[] = {
    ID_FIELD,
    {"title", FT_STRING, true, "the incident's name in the queue", NULL, NULL},
    {"summary", FT_TEXT, true, "what the incident tracker says about it, in a few sentences", NULL, NULL},
    {"own", FT_BOOL, false, "this scenario's own incident: its signals come from the sources", NULL, NULL},
    {"at", FT_TIME, false, "decoy: when it began", NULL, NULL},
    {"minutes", FT_INT, false, "decoy: how long it lasted", NULL, NULL},
    {"teams", FT_REFS, false, "decoy: teams that took part", NULL, "team"},
    {"services", FT_REFS, false, "decoy: services involved", NULL, "service"},
    {"responders", FT_REFS, false, "decoy: people who responded", NULL, "person"},
    {"on_call", FT_REFS, false, "decoy: who was on call for it", NULL, "person"},
    {"paged", FT_REFS, false, "decoy: people paged", NULL, "person"},
    {"channel", FT_INT, false, "decoy: people in its incident channel", NULL, NULL},
    {"handoffs", FT_INT, false, "decoy: times the work changed hands", NULL, NULL},
    {"near_miss", FT_BOOL, false, "no customer noticed", NULL, NULL},
    {"repeats", FT_STRINGS, false, "earlier incidents with the same trigger", NULL, NULL},
};

static const char *const dispositions[] = {"calm", "talkative", "defensive", "anxious", "new", NULL};
static const char *const question_kinds[] = {"open", "cue", "knowledge", "goals", "options",
    "normal_work", "help", "closed", "leading", "blaming", "counterfactual", NULL};

static const FieldSpec interviewee_fields[] = {
    WHO_FIELD(true, "the person who can be interviewed"),
    {"disposition", FT_ENUM, false, "calm, talkative, defensive, anxious or new: sets how candor starts and moves", dispositions, NULL},
    {"intro", FT_TEXT, false, "how they greet the investigator", NULL, NULL},
    {"holds_back", FT_TEXT, false, "after the interview, a hint of what they kept back", NULL, NULL},
    {"minutes", FT_INT, false, "in-game minutes each question takes (default 5)", NULL, NULL},
    {"available_from", FT_INT, false, "in-game minute of the investigation they become available", NULL, NULL},
    {"available_until", FT_INT, false, "in-game minute after which they are away", NULL, NULL},
    {"away", FT_STRING, false, "why they are away, e.g. \"out tomorrow\"", NULL, NULL},
    {"hours", FT_STRING, false, "working hours in their own time zone, \"09:00-17:30\"; outside them they cannot be asked", NULL, NULL},
    {"candor", FT_INT, false, "starting candor 0..100 (default: by disposition)", NULL, NULL},
    {"open", FT_INT, false, "candor change for an open question (default: by disposition)", NULL, NULL},
    {"closed", FT_INT, false, "candor change for a closed question", NULL, NULL},
    {"leading", FT_INT, false, "candor change for a leading question", NULL, NULL},
    {"blaming", FT_INT, false, "candor change for a blaming question", NULL, NULL},
    {"counterfactual", FT_INT, false, "candor change for a counterfactual question", NULL, NULL},
};

static const FieldSpec fact_fields[] = {
    ID_FIELD, WHO_FIELD(true, "who knows it"),
    {"text", FT_TEXT, true, "the fact, as the notebook shows it", NULL, NULL},
    {"at", FT_TIME, false, "when what it tells of happened: places it on the Timeline", NULL, NULL},
};

static const FieldSpec question_fields[] = {
    ID_FIELD, WHO_FIELD(true, "whom it is asked of (an interviewee)"),
    {"kind", FT_ENUM, true, "open, cue, knowledge, goals, options, normal_work, help, closed, leading, blaming or counterfactual", question_kinds, NULL},
    {"text", FT_STRING, true, "the question as the participant asks it", NULL, NULL},
    {"when", FT_COND, false, "condition for it to be offered (data only: pinned, opened, learned, asked ...)", NULL, NULL},
};

static const FieldSpec answer_fields[] = {
    {"candor", FT_INT, false, "given when candor is at least this (default 0)", NULL, NULL},
    {"text", FT_TEXT, true, "what they say", NULL, NULL},
    {"reveals", FT_REFS, false, "facts this answer reveals", NULL, "fact"},
};

static const char *const traits[] = {"steady", "dominant", "quiet_expert", "defensive",
    "wants_actions", "lurker", NULL};
static const char *const beat_kinds[] = {"opening", "timeline", "deep_dive", "themes", "close", NULL};
static const char *const mevent_kinds[] = {"blame", "push_fixes", "side_talk", "holds_piece", NULL};
static const char *const insight_needs[] = {"invite", "make_sense", "go_deeper", NULL};

static const FieldSpec meeting_fields[] = {
    {"title", FT_STRING, true, "the meeting's name", NULL, NULL},
    {"minutes", FT_INT, true, "its time box in minutes", NULL, NULL},
};

static const FieldSpec attendee_fields[] = {
    WHO_FIELD(true, "the person attending"),
    {"trait", FT_ENUM, false, "steady, dominant, quiet_expert, defensive, wants_actions or lurker", traits, NULL},
};

static const FieldSpec beat_fields[] = {
    ID_FIELD,
    {"title", FT_STRING, true, "the agenda item", NULL, NULL},
    {"kind", FT_ENUM, true, "opening, timeline, deep_dive, themes or close", beat_kinds, NULL},
    {"minutes", FT_INT, true, "its time box in minutes", NULL, NULL},
};

static const FieldSpec mevent_fields[] = {
    ID_FIELD, WHO_FIELD(true, "the attendee who does it"),
    {"kind", FT_ENUM, true, "blame, push_fixes, side_talk or holds_piece", mevent_kinds, NULL},
    {"beat", FT_REF, true, "the agenda beat it happens in", NULL, "beat"},
    {"after", FT_INT, false, "fires after this many moves into the beat (default 1; 0 as it begins)", NULL, NULL},
    {"target", FT_REF, false, "blame: the person blamed", NULL, "person"},
    {"when", FT_COND, false, "it happens only once this holds (data only: ground_rules(), surfaced ...)", NULL, NULL},
    {"text", FT_TEXT, true, "what they say", NULL, NULL},
};

static const FieldSpec insight_fields[] = {
    ID_FIELD, WHO_FIELD(true, "the attendee who holds it"),
    {"needs", FT_ENUM, true, "the move that brings it out: invite, make_sense or go_deeper", insight_needs, NULL},
    {"openness", FT_INT, false, "the openness the attendee needs (default 50)", NULL, NULL},
    {"beat", FT_REF, false, "the beat it belongs to (default: any)", NULL, "beat"},
    {"text", FT_TEXT, true, "what they say when it surfaces", NULL, NULL},
};

static const char *const coach_kinds[] = {"blame", "counterfactual", "hindsight", "root_cause", NULL};

static const FieldSpec coach_rule_fields[] = {
    {"phrase", FT_STRING, true, "words to flag, matched as whole words; end with * for a prefix", NULL, NULL},
    {"kind", FT_ENUM, true, "blame, counterfactual, hindsight or root_cause", coach_kinds, NULL},
    {"suggestion", FT_STRING, true, "what to write instead", NULL, NULL},
};

static const FieldSpec analysis_fields[] = {
    {"summary", FT_TEXT, true, "the summary an experienced reviewer would write", NULL, NULL},
    {"narrative", FT_TEXT, false, "the story of the incident, told from the inside", NULL, NULL},
    {"went_well", FT_TEXT, false, "what went well", NULL, NULL},
    {"surprises", FT_TEXT, false, "what surprised the people involved", NULL, NULL},
    {"learn_more", FT_TEXT, false, "what others should know more about", NULL, NULL},
    {"patterns", FT_TEXT, false, "what this shares with other incidents", NULL, NULL},
    {"open_questions", FT_TEXT, false, "questions the review leaves open", NULL, NULL},
    {"action_items", FT_TEXT, false, "action items, written after soak time", NULL, NULL},
    {"timeline", FT_REFS, false, "the key evidence in the order the story is told: items and facts", NULL, "item or fact"},
};

static const FieldSpec model_factor_fields[] = {
    {"text", FT_TEXT, true, "the contributing factor, as a condition rather than a culprit", NULL, NULL},
    {"evidence", FT_REFS, false, "the items and facts it rests on", NULL, "item or fact"},
};

static const char *const guide_sections[] = {"triage", "sources", "timeline", "people", "interviews",
    "meeting", "report", "debrief", NULL};

static const FieldSpec guide_step_fields[] = {
    ID_FIELD,
    {"section", FT_ENUM, true, "the workspace section it teaches: triage, sources, timeline, people, interviews, meeting, report or debrief", guide_sections, NULL},
    {"title", FT_STRING, true, "the step in a few words", NULL, NULL},
    {"text", FT_TEXT, true, "what to do and why, in two or three sentences", NULL, NULL},
    {"done", FT_COND, false, "done once this holds (data only: opened, pinned, asked ...); without it, once a later step is done", NULL, NULL},
    {"minutes", FT_INT, false, "about how many real minutes it takes a newcomer (default 1)", NULL, NULL},
};

#define CTOR(name, kind, fields, children, top, doc) \
    {name, kind, fields, COUNT(fields), children, top, doc}

const CtorSpec schema_ctors[] = {
    CTOR("scenario", NODE_SCENARIO, scenario_fields, 0, true, "the scenario's metadata; exactly one"),
    CTOR("team", NODE_TEAM, team_fields, 0, true, "a team in the incident's organisation"),
    CTOR("service", NODE_SERVICE, service_fields, 0, true, "a service and whom it talks to"),
    CTOR("person", NODE_PERSON, person_fields, 0, true, "someone who appears in the sources"),
    CTOR("chat", NODE_CHAT, chat_fields, BIT(NODE_MSG) | BIT(NODE_JOIN) | BIT(NODE_LEAVE), true,
         "a chat channel: msg{}, join{}, leave{} in time order"),
    CTOR("msg", NODE_MSG, msg_fields, 0, false, "a chat message"),
    CTOR("join", NODE_JOIN, joinleave_fields, 0, false, "someone joined the channel"),
    CTOR("leave", NODE_LEAVE, joinleave_fields, 0, false, "someone left the channel"),
    CTOR("call", NODE_CALL, call_fields, BIT(NODE_TURN), true, "a call transcript: turn{} in order"),
    CTOR("turn", NODE_TURN, turn_fields, 0, false, "one speaker's turn on a call"),
    CTOR("pr", NODE_PR, pr_fields, BIT(NODE_REVIEW), true, "a pull request with its review{} comments"),
    CTOR("review", NODE_REVIEW, review_fields, 0, false, "a review comment"),
    CTOR("ticket", NODE_TICKET, ticket_fields, BIT(NODE_CHANGE) | BIT(NODE_COMMENT), true,
         "a ticket with its change{} history and comment{}s"),
    CTOR("change", NODE_CHANGE, change_fields, 0, false, "a ticket field change"),
    CTOR("comment", NODE_COMMENT, comment_fields, 0, false, "a ticket comment"),
    CTOR("alerts", NODE_ALERTS, alerts_fields,
         BIT(NODE_FIRED) | BIT(NODE_PAGED) | BIT(NODE_ACKED) | BIT(NODE_ESCALATED) | BIT(NODE_RESOLVED),
         true, "alerts and pages: fired{}, paged{}, acked{}, escalated{}, resolved{}"),
    CTOR("fired", NODE_FIRED, fired_fields, 0, false, "an alert fired"),
    CTOR("paged", NODE_PAGED, paged_fields, 0, false, "someone was paged"),
    CTOR("acked", NODE_ACKED, ack_fields, 0, false, "a page was acknowledged"),
    CTOR("escalated", NODE_ESCALATED, escalated_fields, 0, false, "a page was escalated"),
    CTOR("resolved", NODE_RESOLVED, resolved_fields, 0, false, "the alert was resolved"),
    CTOR("metric", NODE_METRIC, metric_fields, BIT(NODE_ANNOTATION), true,
         "a metric time series with annotation{}s"),
    CTOR("annotation", NODE_ANNOTATION, annotation_fields, 0, false, "a pinnable moment on a chart"),
    CTOR("oncall", NODE_ONCALL, plain_source_fields, BIT(NODE_SHIFT), true, "the on-call schedule: shift{}s"),
    CTOR("shift", NODE_SHIFT, shift_fields, 0, false, "an on-call shift"),
    CTOR("calendar", NODE_CALENDAR, plain_source_fields, BIT(NODE_EVENT), true, "a calendar: event{}s"),
    CTOR("event", NODE_EVENT, event_fields, 0, false, "a calendar event"),
    CTOR("document", NODE_DOCUMENT, document_fields, BIT(NODE_SECTION), true,
         "a runbook, status page or other document: section{}s"),
    CTOR("section", NODE_SECTION, section_fields, 0, false, "a section of a document"),
    CTOR("criterion", NODE_CRITERION, criterion_fields, 0, true, "a rubric criterion"),
    CTOR("triage_case", NODE_CASE, case_fields, 0, true,
         "an incident summary in the triage queue: the own incident or a decoy"),
    CTOR("interviewee", NODE_INTERVIEWEE, interviewee_fields, 0, true,
         "a person who can be interviewed, with their disposition and availability"),
    CTOR("fact", NODE_FACT, fact_fields, 0, true, "something a person knows, revealed by answers"),
    CTOR("question", NODE_QUESTION, question_fields, BIT(NODE_ANSWER), true,
         "a question for an interviewee, with answer{}s by candor"),
    CTOR("answer", NODE_ANSWER, answer_fields, 0, false, "an answer, given from a level of candor"),
    CTOR("meeting", NODE_MEETING, meeting_fields, BIT(NODE_ATTENDEE) | BIT(NODE_BEAT), true,
         "the review meeting: attendee{}s and the agenda's beat{}s in order; at most one"),
    CTOR("attendee", NODE_ATTENDEE, attendee_fields, 0, false, "someone at the meeting, with a trait"),
    CTOR("beat", NODE_BEAT, beat_fields, 0, false, "an agenda item with its time box"),
    CTOR("meeting_event", NODE_MEVENT, mevent_fields, 0, true,
         "something an attendee does at a point of the agenda: blame, push for fixes ..."),
    CTOR("insight", NODE_INSIGHT, insight_fields, 0, true,
         "what an attendee brings out only when the facilitator makes room"),
    CTOR("weights", NODE_WEIGHTS, weights_fields, 0, true,
         "how much each rubric category counts in the total; at most one"),
    CTOR("coach_rule", NODE_COACH_RULE, coach_rule_fields, 0, true,
         "a phrase the language coach flags in this scenario, besides the built-in ones"),
    CTOR("analysis", NODE_ANALYSIS, analysis_fields, BIT(NODE_MODEL_FACTOR), true,
         "the model analysis the debrief shows beside the participant's: model_factor{}s; at most one"),
    CTOR("model_factor", NODE_MODEL_FACTOR, model_factor_fields, 0, false,
         "a contributing factor of the model analysis, with its evidence"),
    CTOR("guide_step", NODE_GUIDE_STEP, guide_step_fields, 0, true,
         "a step of the guided tour a tutorial shows beside the workspace, in the order written"),
};
const int schema_ctor_count = COUNT(schema_ctors);

const CondSpec schema_conds[] = {
    {"pinned", "(item)", "the item is pinned as evidence"},
    {"opened", "(source)", "the source has been opened"},
    {"marked", "(item, marker)", "the item is pinned with that marker: detection, diagnosis, repair or key_moment"},
    {"tagged", "(tag [, item])", "the item (or any pinned item) carries the tag"},
    {"noted", "(item)", "the item is pinned with a note"},
    {"mentions", "(field, word, ...)", "the report field (or \"any\") mentions any of the words, ignoring case"},
    {"all", "{cond, ...}", "every condition holds"},
    {"any", "{cond, ...}", "at least one holds"},
    {"none", "{cond, ...}", "none holds (use none{c} for not c)"},
    {"at_least", "(n, {cond, ...})", "at least n of them hold"},
    {"signal", "(name)", "the scenario's own incident shows the signal (many_teams, new_team_pairs ...)"},
    {"triaged", "(case)", "the participant chose the triage case for a full review"},
    {"set_aside", "(case)", "the participant decided the case needs no full review"},
    {"named", "(case, signal)", "the participant named that signal for the case"},
    {"signals_named", "(case, n)", "at least n signals named for the case, and every one named is present"},
    {"chosen", "(person)", "the participant chose to interview the person"},
    {"interviewed", "(person)", "the participant asked the person at least one question"},
    {"asked", "(question)", "the question was asked"},
    {"learned", "(fact)", "an answer revealed the fact"},
    {"candor", "(person, n)", "the person was interviewed and their candor is at least n"},
    {"surfaced", "(insight)", "the insight came out in the meeting"},
    {"redirected", "(event)", "the blame event was redirected to conditions"},
    {"parked", "(event)", "the push for fixes was parked for later"},
    {"ground_rules", "()", "the facilitator set ground rules"},
    {"talk_balance", "(n)", "the meeting started and no attendee took more than n% of the talk"},
    {"within_time", "(n)", "the meeting ended within its time box plus n minutes"},
    {"flagged_at_most", "(n)", "the language coach flags at most n phrases in the report"},
    {"factor", "{words = {...}, evidence = {...}}", "a contributing factor mentions any of the words and is linked to any of the evidence (items or facts); either may be left out"},
    {"factors_linked", "(n)", "at least n contributing factors are each linked to evidence"},
    {"written", "(field, n)", "the report field holds at least n words"},
    {"ordered", "{item, item, ...}", "the items are pinned and in this order on the report timeline"},
};
const int schema_cond_count = COUNT(schema_conds);

const CtorSpec *schema_ctor(NodeKind kind)
{
    for (int i = 0; i < schema_ctor_count; i++)
        if (schema_ctors[i].kind == kind) return &schema_ctors[i];
    return NULL;
}

int schema_field_index(const CtorSpec *ctor, const char *name)
{
    for (int i = 0; i < ctor->field_count; i++)
        if (strcmp(ctor->fields[i].name, name) == 0) return i;
    return -1;
}

const char *schema_type_name(FieldType t)
{
    static const char *const names[FT_TYPE_COUNT] = {
        "id", "string", "text", "integer", "boolean", "time", "time zone offset", "choice",
        "id", "list of ids", "list of strings", "list of numbers", "list of {time, value}",
        "map of emoji to people", "map of name to text", "list of constructors", "condition",
    };
    return (unsigned)t < FT_TYPE_COUNT ? names[t] : "?";
}
