/* action.h: the participant's intents as small records. Session state is
 * replay(scenario, actions); an action's JSON form is what a save stores.
 * The vocabulary is documented in engine/README.md. */
#ifndef DOJO_ACTION_H
#define DOJO_ACTION_H

#include <stdbool.h>
#include <stddef.h>
#include <cJSON.h>
#include "model.h"

typedef enum {
    ACTION_OPEN,        /* {"type":"open","source":ID} */
    ACTION_PIN,         /* {"type":"pin","item":ID[,"note":S][,"marker":M][,"tags":[S...]]} */
    ACTION_UNPIN,       /* {"type":"unpin","item":ID} */
    ACTION_ADVANCE,     /* {"type":"advance","minutes":N} */
    ACTION_SET_REPORT,  /* {"type":"set_report","field":F,"text":S} */
    ACTION_TRIAGE,      /* {"type":"triage","case":ID,"review":B[,"signals":[S...]]} */
    ACTION_CHOOSE,      /* {"type":"choose","people":[ID...],"why":S} */
    ACTION_ASK,         /* {"type":"ask","question":ID} */
    ACTION_ASK_TYPED,   /* {"type":"ask_typed","person":ID,"text":S} */
    ACTION_MOVE,        /* {"type":"move","move":M[,"person":ID]} */
    ACTION_FACTOR,      /* {"type":"factor","index":N,"text":S[,"evidence":[ID...]]} */
    ACTION_ORDER,       /* {"type":"order","items":[ID...]} */
    ACTION_HINT,        /* {"type":"hint","criterion":ID} */
    ACTION_KIND_COUNT
} ActionKind;

/* Limits an action must keep; a longer or larger value is refused. */
#define ACTION_MAX_ID 256            /* bytes of a source or item id */
#define ACTION_MAX_TEXT (64 * 1024)  /* bytes of a note or a report field */
#define ACTION_MAX_TAGS 32
#define ACTION_MAX_TAG 64            /* bytes of one tag */
#define ACTION_MAX_MINUTES 10080     /* one advance: a week at most */
#define ACTION_MAX_PEOPLE 64         /* people chosen for interviews */
#define ACTION_MAX_QUESTION 1000     /* bytes of a typed question */
#define ACTION_MAX_FACTORS 32        /* contributing factors in a report */
#define ACTION_MAX_EVIDENCE 32       /* evidence linked to one factor */
#define ACTION_MAX_ORDER 4096        /* items in the report timeline's order */

/* An action owns its strings (heap); action_clear frees them. A note that
 * is NULL or "" means no note; set_report text NULL or "" clears the field. */
typedef struct Action {
    ActionKind kind;
    char *target;        /* source id (open) or item id (pin, unpin) */
    char *note;          /* pin; NULL if none */
    Marker marker;       /* pin */
    char **tags; int tag_count;   /* pin */
    int minutes;         /* advance */
    int field;           /* set_report: a ReportField */
    char *text;          /* set_report */
    bool review;         /* triage: chosen for a full review */
    SignalSet signals;   /* triage: the signals named */
    char **people; int people_count;   /* choose: person ids (owned) */
    int move;            /* move: a MoveKind; target is the person, or NULL */
    int index;           /* factor: which one, from 0; the count adds one */
    char **ids; int id_count;   /* factor: evidence (items, facts); order: items (owned) */
} Action;

/* Parses one action; refuses unknown types and fields, wrong types and
 * out-of-range values with a message that names the field. */
bool action_from_json(const cJSON *json, Action *out, char *err, size_t errsize);
/* Checks the values of an action built in code (ids not empty, lengths,
 * ranges, tags) with the same messages as action_from_json. It does not
 * look at the scenario: session_apply does that. */
bool action_validate(const Action *a, char *err, size_t errsize);
/* The canonical form: fields in a fixed order, optional ones only when
 * set, so that parse -> write -> parse -> write gives the same text. */
cJSON *action_to_json(const Action *a);
void action_clear(Action *a);
const char *action_kind_name(ActionKind k);

typedef struct ActionLog { Action *items; int count, cap; } ActionLog;

/* Parses a JSON array of actions into *out (which it initialises); an
 * error names the action's index ("action 3: ...") and leaves *out empty. */
bool log_from_json(const cJSON *array, ActionLog *out, char *err, size_t errsize);
cJSON *log_to_json(const ActionLog *log);
void log_push(ActionLog *log, Action *a);   /* takes ownership of a's strings */
void log_destroy(ActionLog *log);

#endif
