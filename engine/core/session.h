/* session.h: the state of one play-through, derived only by applying
 * actions to a scenario. The scenario is borrowed and must outlive it. */
#ifndef DOJO_SESSION_H
#define DOJO_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include "action.h"
#include "meeting.h"
#include "model.h"
#include "report.h"

typedef struct Pin {
    bool pinned;
    char *note;          /* owned; NULL if none */
    Marker marker;
    char **tags; int tag_count;   /* owned */
    int seq;             /* order in which it was (last) pinned */
    int minute;          /* in-game minute it was pinned */
} Pin;

/* A triage decision on one case of the queue; deciding again replaces it. */
typedef struct Triage {
    bool decided, review;
    SignalSet signals;   /* the signals the participant named */
} Triage;

/* One interviewee's state: chosen, how safe they feel, what was asked. */
typedef struct InterviewState {
    bool chosen;
    int candor;                       /* 0..100 */
    int asked;                        /* questions put to them, typed ones too */
    int by_kind[QUESTION_KIND_COUNT];
    int minutes;                      /* in-game minutes spent with them */
} InterviewState;

/* A contributing factor in the report, with the evidence it rests on:
 * pinned items and learned facts. A link stays if the item is unpinned. */
typedef struct Factor {
    char *text;                       /* owned, never empty */
    Entity *evidence; int evidence_count;   /* owned */
} Factor;

/* One exchange, in order: the interviews as a conversation. */
typedef struct InterviewTurn {
    int interviewee;
    int question;                     /* -1: typed and matched no question */
    char *typed;                      /* owned; the words typed, or NULL */
    QuestionKind kind;                /* as asked; typed: as classified */
    int answer;                       /* into the question's answers; -1: guarded or unmatched */
    int candor;                       /* after the question */
    int minute;                       /* clock when asked */
} InterviewTurn;

typedef struct Session {
    const Scenario *sc;
    int clock;           /* in-game minutes since the investigation began */
    bool *opened;        /* per source */
    int *opened_at;      /* per source: minute first opened, -1 if never */
    int open_count;
    Pin *pins;           /* per item */
    int pin_count;       /* items currently pinned */
    int pin_seq;
    char *report[REPORT_FIELD_COUNT];   /* owned; NULL when empty. report[REPORT_FACTORS]
                                           is the factors' texts, one per line */
    Factor *factors;     /* ACTION_MAX_FACTORS of them */
    int factor_count;
    int *order;          /* the report timeline's order as the participant set it: items */
    int order_count;
    Triage *triage;      /* per triage case */
    int triage_count;    /* cases decided */
    InterviewState *interviews;   /* per interviewee */
    char *choose_why;    /* owned; why these people */
    int chosen_count;
    bool *asked;         /* per question */
    int *learned_from;   /* per fact: the turn that revealed it, -1 */
    int learned_count;
    InterviewTurn *turns; int turn_count, turn_cap;
    MeetingState meeting;
    bool *hinted;        /* per criterion: a hint was taken */
    int hint_count;
    int action_count;    /* actions applied so far */
} Session;

Session *session_create(const Scenario *sc);
void session_destroy(Session *s);

/* Applies one action, or refuses it with a message and leaves the session
 * unchanged. The rules (engine/README.md has the full list):
 *   open: the source must exist; the first opening advances the clock by
 *         session_read_cost, later ones are free and keep opened_at.
 *   pin: the item must exist and its source be open. A pin carries the
 *        whole pin: pinning a pinned item replaces note, marker and tags
 *        but keeps its seq and minute.
 *   unpin: the item must be pinned.   advance: adds minutes.
 *   set_report: sets the field; empty text clears it (NULL). Action items
 *        are locked until soak time is over (session_soak_minutes). The
 *        factors field is refused: factors are written with factor.
 *   factor: index < factor_count replaces that factor, index ==
 *        factor_count adds one; empty text removes it (later ones move up).
 *        Each evidence id is a pinned item or a learned fact (or an item
 *        the factor being replaced already cites, pinned or not).
 *   order: every id a pinned item, each once; replaces the order of the
 *        report timeline (an empty list goes back to incident time).
 *   hint: the criterion exists, is not met yet and has had no hint; its
 *        hint is shown and its hint_cost comes off its points (rubric.h).
 *        Free on the clock: the cost is in points.
 *   triage: the case must exist; records (or replaces) the decision and
 *           the signals named. Free: reading a summary is the point.
 *   choose: every id an interviewee; replaces the chosen set and why.
 *   ask: the question exists, is not yet asked, its condition holds, its
 *        interviewee was chosen and is available at the clock; candor
 *        moves (interview.h), the answer reveals its facts, and the clock
 *        advances by the interviewee's minutes.
 *   move: a facilitation move in the review meeting (meeting.h has the
 *        rules); invite, make_sense and pause name an attendee.
 *   ask_typed: as ask, for the interviewee's best-matching offered
 *        question (interview_match_score >= INTERVIEW_MATCH_MIN, earliest
 *        on a tie); candor moves by the typed words' own kind; no match is
 *        a polite non-answer that still costs the time.
 * The clock has a ceiling of a hundred years, so it cannot overflow. */
bool session_apply(Session *s, const Action *a, char *err, size_t errsize);

/* Applies log->items in order; stops at the first refused action. Returns
 * how many were applied; on a refusal err reads "action N: why" (N from 0). */
int session_replay(Session *s, const ActionLog *log, char *err, size_t errsize);

/* The interview rules that screens show before anything is asked: whether
 * interviewee iv is there at the session's clock, and whether question q
 * is offered now (not asked, its condition holds). session_apply uses the
 * same two. */
bool session_interviewee_available(const Session *s, int iv);
bool session_question_offered(const Session *s, int q);

/* Soak time: action items come out better a day after the meeting. The
 * in-game minutes until action items may be written: 0 when they may;
 * -1 while the scenario's meeting is not over; else the minutes left of
 * SESSION_SOAK_MINUTES after it ended (after the start of the
 * investigation, for a scenario without a meeting). */
#define SESSION_SOAK_MINUTES (24 * 60)
int session_soak_minutes(const Session *s);

/* The report timeline: the pinned items in the order the participant set
 * (session.order, skipping items no longer pinned), then the rest in
 * incident time, then those without a time in the order pinned. Writes
 * s->pin_count indices into items; returns how many. */
int session_timeline(const Session *s, int *items);

/* In-game minutes that first opening a source costs: its read_minutes when
 * the author gave one (0 is free), else one minute per 1200 characters of
 * model_source_text_length, rounded to nearest, at least 1. */
int session_read_cost(const Scenario *sc, int source);

#endif
