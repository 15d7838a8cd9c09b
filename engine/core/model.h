/* model.h: a scenario as plain data: the incident's organisation, its
 * sources and their pinnable items, and the rubric. Built by the script
 * layer's loader, read by everything else; nothing here changes it after
 * load. Every string and array lives in the Scenario's arena, so a
 * `const char *` taken from the model is borrowed for the scenario's life. */
#ifndef DOJO_MODEL_H
#define DOJO_MODEL_H

#include <stdbool.h>
#include <stdint.h>
#include "report.h"
#include "timefmt.h"
#include "util.h"

#define MODEL_FORMAT_VERSION 1

/* Where a constructor was called: the file is one of Scenario.files. */
typedef struct Loc { const char *file; int line; } Loc;

typedef struct StrList { const char **v; int n; } StrList;
typedef struct IdxList { int *v; int n; } IdxList;   /* indices into the model */

typedef enum {
    SOURCE_CHAT, SOURCE_CALL, SOURCE_PR, SOURCE_TICKET, SOURCE_ALERTS,
    SOURCE_METRIC, SOURCE_ONCALL, SOURCE_CALENDAR, SOURCE_DOCUMENT,
    SOURCE_KIND_COUNT
} SourceKind;

/* Every pinnable thing inside a source. */
typedef enum {
    ITEM_MESSAGE, ITEM_JOIN, ITEM_LEAVE,             /* chat */
    ITEM_TURN,                                       /* call */
    ITEM_HUNK, ITEM_REVIEW,                          /* pull request */
    ITEM_CHANGE, ITEM_COMMENT,                       /* ticket */
    ITEM_FIRED, ITEM_PAGED, ITEM_ACKED, ITEM_ESCALATED, ITEM_RESOLVED, /* alerts */
    ITEM_ANNOTATION,                                 /* metric */
    ITEM_SHIFT,                                      /* on-call schedule */
    ITEM_EVENT,                                      /* calendar */
    ITEM_SECTION,                                    /* document */
    ITEM_KIND_COUNT
} ItemKind;

typedef enum {
    MARKER_NONE, MARKER_DETECTION, MARKER_DIAGNOSIS, MARKER_REPAIR,
    MARKER_KEY_MOMENT, MARKER_COUNT
} Marker;

typedef enum {
    CATEGORY_INVESTIGATION, CATEGORY_INTERVIEWS, CATEGORY_FACILITATION,
    CATEGORY_ANALYSIS, CATEGORY_ACTION_ITEMS, CATEGORY_COUNT
} Category;

typedef struct ScenarioMeta {
    const char *id, *title, *summary, *difficulty;  /* intro|easy|medium|hard */
    const char *company, *briefing;
    int minutes;                 /* estimated time to play */
    int format;                  /* scenario format version */
    StrList objectives, tags;
    DojoTime start, end;         /* the incident window */
    DojoTime window_from, window_to;  /* the span the sources may cover */
    int utc_offset;              /* minutes east of UTC, for display and "HH:MM" */
    Loc loc;
} ScenarioMeta;

typedef struct Team {
    const char *id, *name, *kind;  /* kind: engineering, support, ... */
    bool engineering;
    int size;                      /* people on the team, 0 if not given */
    IdxList worked_with;           /* teams this one had worked with before */
    Loc loc;
} Team;

typedef struct Service {
    const char *id, *name;
    int team;                      /* owning team or -1 */
    bool is_new;
    IdxList talks_to;              /* services it calls */
    IdxList new_talks_to;          /* subset of talks_to that is new */
    Loc loc;
} Service;

typedef struct Person {
    const char *id, *name, *role, *notes;
    int team;                      /* -1 if none */
    bool on_call;
    int utc_offset;                /* their time zone, minutes east of UTC */
    Loc loc;
} Person;

typedef struct Reaction { const char *emoji; IdxList people; } Reaction;
typedef struct MetricPoint { DojoTime at; double value; } MetricPoint;
typedef struct Field { const char *name, *value; } Field;

typedef struct Source {
    const char *id, *title;
    SourceKind kind;
    int first_item, item_count;    /* its items: Scenario.items[first_item..] */
    int read_minutes;              /* in-game cost of reading; -1: by length */
    Loc loc;
    /* kind-specific; zero when not used */
    const char *topic;             /* chat */
    DojoTime started, ended;       /* call; ticket opened/closed; pr opened */
    int number;                    /* pr */
    const char *repo;              /* pr */
    const char *key;               /* ticket key, e.g. SUP-1042 */
    int author;                    /* pr author; ticket reporter */
    int assignee;                  /* ticket */
    IdxList people;                /* pr reviewers; call attendees */
    const char *description;       /* pr description */
    const char *diff;              /* pr unified diff */
    DojoTime merged;               /* pr */
    Field *fields; int field_count;/* ticket fields, in written order */
    const char *unit;              /* metric */
    int service;                   /* metric; -1 if none */
    MetricPoint *points; int point_count;
    const char *doc_kind;          /* document: runbook, status, wiki ... */
    const char *text;              /* document body */
} Source;

typedef struct Item {
    const char *id;
    ItemKind kind;
    int source;
    DojoTime at;                   /* DOJO_TIME_NONE when it has no time */
    DojoTime until;                /* shift/event end */
    int person;                    /* who wrote, spoke, was paged ...; -1 */
    int other;                     /* escalated from / paged by (person), alert of
                                      an ack (item), service, team; -1 */
    int parent;                    /* thread root for chat replies; -1 */
    const char *title;             /* alert name, event or section title, ticket
                                      field, review verdict, shift role */
    const char *text;
    const char *from, *to;         /* ticket change */
    const char *severity;          /* fired alert */
    const char *file;              /* hunk or review comment: path in the diff */
    int line;                      /* review comment line; hunk: new start */
    int old_line;                  /* hunk: old start */
    Reaction *reactions; int reaction_count;
    IdxList people;                /* event attendees */
    bool big;                      /* event: a big event for triage (event{ big = true }) */
    Loc loc;
} Item;

/* The signals that an incident has more to teach (domain: which incidents
 * deserve a review), as a participant names them in triage. signals.h
 * says how each is computed. */
typedef enum {
    SIGNAL_MANY_TEAMS, SIGNAL_NEW_TEAM_PAIRS, SIGNAL_ENG_WITH_OTHER, SIGNAL_NEW_SERVICE,
    SIGNAL_NOT_ON_CALL, SIGNAL_LURKERS, SIGNAL_BIG_EVENT, SIGNAL_COORDINATION,
    SIGNAL_NEAR_MISS, SIGNAL_RECURRING, SIGNAL_KIND_COUNT
} SignalKind;
typedef unsigned SignalSet;        /* bit (1u << SignalKind) per signal */

/* An incident summary in the triage queue: the scenario's own incident
 * (signals computed from its sources) or a decoy, whose signals the same
 * rules compute from the facts written here. */
typedef struct TriageCase {
    const char *id, *title, *summary;
    bool own;
    DojoTime at;                   /* decoy: when it began */
    int minutes;                   /* decoy: how long it lasted */
    IdxList teams, services;       /* decoy: involved */
    IdxList responders, on_call, paged;   /* decoy: people */
    int channel, handoffs;         /* decoy: people in its channel; handoffs */
    bool near_miss;                /* nobody outside noticed (both kinds: declared) */
    StrList repeats;               /* earlier incidents with the same trigger (declared) */
    SignalSet signals;             /* computed after load */
    Loc loc;
} TriageCase;

/* Kinds of interview question (domain: individual interviews). The first
 * seven invite the person to tell their story; the last four narrow it or
 * put them on the defensive. */
typedef enum {
    QUESTION_OPEN, QUESTION_CUE, QUESTION_KNOWLEDGE, QUESTION_GOALS, QUESTION_OPTIONS,
    QUESTION_NORMAL_WORK, QUESTION_HELP,
    QUESTION_CLOSED, QUESTION_LEADING, QUESTION_BLAMING, QUESTION_COUNTERFACTUAL,
    QUESTION_KIND_COUNT
} QuestionKind;

/* Something a person knows, revealed by answers. */
typedef struct Fact {
    const char *id, *text;
    int person;
    DojoTime at;                   /* when what it tells of happened, for the Timeline; NONE */
    Loc loc;
} Fact;

/* How candor moves, per question kind (interview.h has the rules). */
typedef struct CandorRules {
    int start;                     /* 0..100 */
    int open, closed, leading, blaming, counterfactual;   /* added per question */
} CandorRules;

/* A person who can be interviewed. */
typedef struct Interviewee {
    int person;
    const char *disposition;       /* defensive, talkative, anxious, new, ... */
    const char *intro;             /* how they greet the investigator */
    const char *holds_back;        /* a hint, after the interview, of what they kept back */
    int minutes;                   /* in-game minutes each question costs */
    int available_from, available_until;   /* clock minutes; -1: no bound */
    int hours_from, hours_to;      /* working hours, minutes of their own day;
                                      -1 (or equal): any time */
    const char *away;              /* why they are not available, if they are not */
    CandorRules rules;
    Loc loc;
} Interviewee;

typedef struct Answer {
    int min_candor;                /* given when candor >= this */
    const char *text;
    IdxList facts;                 /* revealed */
} Answer;

typedef struct Question {
    const char *id, *text;
    QuestionKind kind;
    int interviewee;               /* index into Scenario.interviewees */
    int cond;                      /* must hold for it to be offered; -1: always */
    Answer *answers; int answer_count;   /* by min_candor, highest first */
    Loc loc;
} Question;

/* The review meeting (meeting.h has its rules). */
typedef enum {
    TRAIT_STEADY, TRAIT_DOMINANT, TRAIT_QUIET_EXPERT, TRAIT_DEFENSIVE, TRAIT_WANTS_ACTIONS,
    TRAIT_LURKER, TRAIT_COUNT
} Trait;
typedef enum { BEAT_OPENING, BEAT_TIMELINE, BEAT_DEEP_DIVE, BEAT_THEMES, BEAT_CLOSE, BEAT_KIND_COUNT } BeatKind;
typedef enum {
    MOVE_GROUND_RULES, MOVE_WALK_TIMELINE, MOVE_INVITE, MOVE_MAKE_SENSE, MOVE_REDIRECT_BLAME,
    MOVE_PAUSE, MOVE_PARK, MOVE_SUMMARISE, MOVE_CHECK_TIME, MOVE_GO_DEEPER, MOVE_NEXT_BEAT,
    MOVE_KIND_COUNT
} MoveKind;
typedef enum { MEVENT_BLAME, MEVENT_PUSH_FIXES, MEVENT_SIDE_TALK, MEVENT_HOLDS_PIECE, MEVENT_KIND_COUNT } MeetingEventKind;

typedef struct Attendee { int person; Trait trait; Loc loc; } Attendee;
typedef struct Beat { const char *id, *title; BeatKind kind; int minutes; Loc loc; } Beat;

/* Something an attendee does at a fixed point of a beat. */
typedef struct MeetingEvent {
    const char *id, *text;
    MeetingEventKind kind;
    int attendee;                  /* who does it */
    int target;                    /* blame: the person blamed, -1 */
    int beat, after;               /* fires after that many moves into the beat */
    int cond;                      /* and only once this holds; -1: always */
    Loc loc;
} MeetingEvent;

/* What the room learns only when the facilitator makes room for it. */
typedef struct Insight {
    const char *id, *text;
    int attendee;
    int beat;                      /* -1: any beat */
    MoveKind needs;                /* MOVE_INVITE, MOVE_MAKE_SENSE or MOVE_GO_DEEPER */
    int openness;                  /* the attendee's openness it needs */
    Loc loc;
} Insight;

/* The language coach's rules (coach.h); a scenario may add its own. */
typedef enum { COACH_BLAME, COACH_COUNTERFACTUAL, COACH_HINDSIGHT, COACH_ROOT_CAUSE, COACH_KIND_COUNT } CoachKind;
typedef struct CoachRule { const char *phrase, *suggestion; CoachKind kind; Loc loc; } CoachRule;

typedef enum {
    COND_PINNED, COND_OPENED, COND_MARKED, COND_TAGGED, COND_NOTED,
    COND_MENTIONS, COND_ALL, COND_ANY, COND_NONE, COND_AT_LEAST, COND_FUNCTION,
    COND_SIGNAL,         /* target: SignalKind the own incident shows */
    COND_TRIAGED,        /* target: case; n: 1 chosen for review, 0 set aside */
    COND_NAMED,          /* target: case; field: SignalKind named for it */
    COND_SIGNALS_NAMED,  /* target: case; n: at least n named, all of them present */
    COND_CHOSEN,         /* target: interviewee chosen to be interviewed */
    COND_INTERVIEWED,    /* target: interviewee asked at least one question */
    COND_ASKED,          /* target: question asked */
    COND_LEARNED,        /* target: fact revealed */
    COND_CANDOR,         /* target: interviewee; n: candor now at least n */
    COND_SURFACED,       /* target: insight surfaced in the meeting */
    COND_REDIRECTED,     /* target: blame event, redirected */
    COND_PARKED,         /* target: push_fixes event, parked */
    COND_GROUND_RULES,   /* the facilitator set ground rules */
    COND_TALK_BALANCE,   /* n: no attendee took more than n% of the talk */
    COND_WITHIN_TIME,    /* n: the meeting ended within its time box plus n minutes */
    COND_FLAGGED,        /* n: the language coach flags at most n phrases in the report */
    COND_FACTOR,         /* a contributing factor mentions any of words (if any) and is
                            linked to any of evidence (if any) */
    COND_LINKED,         /* n: at least n contributing factors are linked to evidence */
    COND_WRITTEN,        /* field: ReportField; n: it holds at least n words */
    COND_ORDERED,        /* evidence: items, pinned and in this order on the report timeline */
    COND_KIND_COUNT
} CondKind;

/* Conditions are data so that a checker can reason about them; a Lua
 * function (COND_FUNCTION) is the escape hatch and is not analysable. */
typedef struct Cond {
    CondKind kind;
    int target;                    /* item or source index; -1 if none */
    Marker marker;                 /* COND_MARKED */
    const char *tag;               /* COND_TAGGED */
    int field;                     /* COND_MENTIONS: ReportField or -1 for any */
    StrList words;                 /* COND_MENTIONS: any of these */
    IdxList children;              /* indices into Scenario.conds */
    int n;                         /* COND_AT_LEAST */
    int fn_ref;                    /* COND_FUNCTION: handle owned by the script host */
    struct Entity *evidence;       /* COND_FACTOR: items and facts; COND_ORDERED: items */
    int evidence_count;
    Loc loc;
} Cond;

typedef struct Criterion {
    const char *id, *title, *met, *missed;   /* feedback when met / missed */
    Category category;
    int points;
    int cond;                      /* index into Scenario.conds */
    bool partial;                  /* a group condition earns its share of points */
    const char *hint;              /* shown for a hint action; NULL: the missed feedback */
    int hint_cost;                 /* points a hint takes off this criterion */
    Loc loc;
} Criterion;

/* What an id names. Ids are unique across the whole scenario. */
typedef enum {
    ENT_TEAM, ENT_SERVICE, ENT_PERSON, ENT_SOURCE, ENT_ITEM, ENT_CRITERION, ENT_CASE,
    ENT_FACT, ENT_QUESTION, ENT_BEAT, ENT_MEVENT, ENT_INSIGHT, ENT_GUIDE
} EntityType;
typedef struct Entity { EntityType type; int index; } Entity;

/* A step of a guided tour (guide_step{}), for tutorials: the workspace
 * shows the steps in order beside the sections. A step is done once its
 * condition holds, or, without one, once a later step is done. */
typedef enum {
    GUIDE_TRIAGE, GUIDE_SOURCES, GUIDE_TIMELINE, GUIDE_PEOPLE, GUIDE_INTERVIEWS, GUIDE_MEETING,
    GUIDE_REPORT, GUIDE_DEBRIEF, GUIDE_SECTION_COUNT
} GuideSection;   /* the workspace's sections, in their order */
typedef struct GuideStep {
    const char *id, *title, *text;
    GuideSection section;
    int cond;                      /* data only; -1: none */
    int minutes;                   /* about how long the step takes a newcomer */
    Loc loc;
} GuideStep;

/* The scenario's model analysis (analysis{}): what an experienced reviewer
 * would write, for the debrief to set beside the participant's. */
typedef struct ModelFactor { const char *text; Entity *evidence; int evidence_count; Loc loc; } ModelFactor;
typedef struct Analysis {
    const char *text[REPORT_FIELD_COUNT];   /* by ReportField; NULL when not given */
    ModelFactor *factors;  int factor_count;
    Entity *timeline;      int timeline_count;   /* items and facts, in the order told */
    bool given;
    Loc loc;
} Analysis;

typedef struct Scenario {
    Arena arena;
    ScenarioMeta meta;
    const char *root;              /* folder or file it was loaded from */
    StrList files;                 /* every file read while loading */
    uint64_t content_hash;         /* FNV-1a over those files' bytes */
    Team *teams;           int team_count;
    Service *services;     int service_count;
    Person *people;        int person_count;
    Source *sources;       int source_count;
    Item *items;           int item_count;
    Cond *conds;           int cond_count;
    Criterion *criteria;   int criterion_count;
    TriageCase *cases;     int case_count;    /* the triage queue, in written order */
    Interviewee *interviewees; int interviewee_count;
    Fact *facts;           int fact_count;
    Question *questions;   int question_count;
    /* the review meeting; attendee_count 0: the scenario has none */
    const char *meeting_title;
    int meeting_minutes;           /* its time box */
    Attendee *attendees;   int attendee_count;
    Beat *beats;           int beat_count;
    MeetingEvent *mevents; int mevent_count;
    Insight *insights;     int insight_count;
    CoachRule *coach_rules; int coach_rule_count;   /* added to the built-in ones */
    int weights[CATEGORY_COUNT];   /* weights{}: all 0 when not given */
    Analysis analysis;
    GuideStep *guide;      int guide_count;
    bool big_events;       /* some event says big = true: only those count as big events */
    SignalSet own_signals; /* the own incident's, computed after load */
    StrMap ids;            /* id -> index into entities */
    Entity *entities;      int entity_count, entity_cap;
} Scenario;

Scenario *scenario_create(void);
void scenario_destroy(Scenario *sc);

/* Registers id as naming (type, index). Returns false if already taken. */
bool scenario_add_id(Scenario *sc, const char *id, EntityType type, int index);
/* Index of id if it names something of this type, else -1. */
int scenario_find(const Scenario *sc, const char *id, EntityType type);
const Entity *scenario_lookup(const Scenario *sc, const char *id);

const char *model_source_kind_name(SourceKind k);   /* "chat", "pr", ... */
const char *model_item_kind_name(ItemKind k);       /* "message", "hunk", ... */
const char *model_marker_name(Marker m);            /* "detection", ... ; "" for none */
bool model_marker_parse(const char *s, Marker *out);
const char *model_category_name(Category c);        /* "investigation", ... */
const char *model_signal_name(SignalKind k);        /* "many_teams", ... */
const char *model_question_kind_name(QuestionKind k);   /* "open", "cue", ... */
bool model_question_kind_parse(const char *s, QuestionKind *out);
/* True for open, cue, knowledge, goals, options, normal_work and help. */
bool model_question_kind_opens(QuestionKind k);
const char *model_trait_name(Trait t);              /* "dominant", ... */
bool model_trait_parse(const char *s, Trait *out);
const char *model_beat_kind_name(BeatKind k);       /* "opening", ... */
bool model_beat_kind_parse(const char *s, BeatKind *out);
const char *model_move_name(MoveKind k);            /* "ground_rules", ... */
bool model_move_parse(const char *s, MoveKind *out);
const char *model_mevent_kind_name(MeetingEventKind k);   /* "blame", ... */
bool model_mevent_kind_parse(const char *s, MeetingEventKind *out);
/* The attendee of a person, or -1. */
int model_attendee_of(const Scenario *sc, int person);
/* The interviewee of a person, or -1. */
int model_interviewee_of(const Scenario *sc, int person);
bool model_signal_parse(const char *s, SignalKind *out);
/* A sentence saying what the signal means, for the triage screen. */
const char *model_signal_doc(SignalKind k);
bool model_category_parse(const char *s, Category *out);
const char *model_guide_section_name(GuideSection g);   /* "triage", "sources", ... */
bool model_guide_section_parse(const char *s, GuideSection *out);

/* Whether calendar event item i counts as a big event for triage: every
 * event, unless the scenario marks some with big = true; then only those. */
bool model_event_is_big(const Scenario *sc, int item);

/* The id an entity was given. */
const char *model_entity_id(const Scenario *sc, Entity e);
/* One line naming evidence for people: an item as "Source, 12:04, Name:
 * text...", a fact as "Name (interview): text"; other entities by their
 * title or id. Truncated to size with "...". */
void model_entity_label(const Scenario *sc, Entity e, char *buf, size_t size);

/* Total characters of readable text in a source: drives reading time. */
long model_source_text_length(const Scenario *sc, int source);

#endif
