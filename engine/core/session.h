/* session.h: the state of one play-through, derived only by applying
 * actions to a scenario. The scenario is borrowed and must outlive it. */
#ifndef DOJO_SESSION_H
#define DOJO_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include "action.h"
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

typedef struct Session {
    const Scenario *sc;
    int clock;           /* in-game minutes since the investigation began */
    bool *opened;        /* per source */
    int *opened_at;      /* per source: minute first opened, -1 if never */
    int open_count;
    Pin *pins;           /* per item */
    int pin_count;       /* items currently pinned */
    int pin_seq;
    char *report[REPORT_FIELD_COUNT];   /* owned; NULL when empty */
    Triage *triage;      /* per triage case */
    int triage_count;    /* cases decided */
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
 *   set_report: sets the field; empty text clears it (NULL).
 *   triage: the case must exist; records (or replaces) the decision and
 *           the signals named. Free: reading a summary is the point.
 * The clock has a ceiling of a hundred years, so it cannot overflow. */
bool session_apply(Session *s, const Action *a, char *err, size_t errsize);

/* Applies log->items in order; stops at the first refused action. Returns
 * how many were applied; on a refusal err reads "action N: why" (N from 0). */
int session_replay(Session *s, const ActionLog *log, char *err, size_t errsize);

/* In-game minutes that first opening a source costs: its read_minutes when
 * the author gave one (0 is free), else one minute per 1200 characters of
 * model_source_text_length, rounded to nearest, at least 1. */
int session_read_cost(const Scenario *sc, int source);

#endif
