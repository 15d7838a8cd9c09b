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
    int action_count;    /* actions applied so far */
} Session;

Session *session_create(const Scenario *sc);
void session_destroy(Session *s);

/* Applies one action, or refuses it with a message and leaves the session
 * unchanged. */
bool session_apply(Session *s, const Action *a, char *err, size_t errsize);

/* Applies log->items in order; stops at the first refused action. Returns
 * how many were applied; on a refusal err reads "action N: why" (N from 0). */
int session_replay(Session *s, const ActionLog *log, char *err, size_t errsize);

/* In-game minutes that first opening a source costs. */
int session_read_cost(const Scenario *sc, int source);

#endif
