/* screen_triage.h: the Triage screen: the scenario's queue of incident
 * summaries, where the participant decides which deserve a full review and
 * names the signals that say so. It never shows which signals a case really
 * has (TriageCase.signals is the debrief's answer key). */
#ifndef DOJO_SCREEN_TRIAGE_H
#define DOJO_SCREEN_TRIAGE_H

#include <stdbool.h>
#include <stddef.h>
#include "core/action.h"
#include "core/session.h"
#include "ui/ui.h"

/* A fact a tracker shows for a case: "Paged" -> "Yusuf Adeyemi". */
typedef struct TriageFact { const char *label; char *value; } TriageFact;

/* Zero it to start; screen_triage_free releases what it built. Facts are
 * built once per scenario; the draft checklists live here until recorded. */
typedef struct TriageView {
    const Scenario *sc;           /* what the cache was built for; NULL: none */
    uint64_t sc_hash;
    int case_count;
    TriageFact *facts;            /* every case's facts, case after case */
    int fact_total, fact_cap;
    int *fact_first, *fact_count; /* per case: its run in facts */
    SignalSet *draft;             /* per case: the checklist as edited */
    bool *touched;                /* per case: draft differs from the session's */
    int shown;                    /* case detail_text was built for; -1: none */
    char *detail_text;            /* the right panel's words, for tests */
    UiList list;
    UiScroll detail_scroll;
    UiId last_focus;              /* to scroll a signal into view when Tab reaches it */
    /* where the last frame drew them, for tests and guided tours */
    Rect signal_rect[SIGNAL_KIND_COUNT], review_rect, aside_rect;
} TriageView;

/* Draws the queue in r; returns true and fills *out with an ACTION_TRIAGE
 * when the participant records a decision (the caller applies it and
 * clears it). */
bool screen_triage(Ui *ui, Rect r, const Session *s, TriageView *v, Action *out);
void screen_triage_free(TriageView *v);

/* A case's state as its list row reads it: "Undecided", "Review · 2
 * signals", "Set aside". Returns buf. */
const char *screen_triage_state(const Session *s, int c, char *buf, size_t size);
/* The checklist shown for case c: the draft if edited, else the session's. */
SignalSet screen_triage_checked(const TriageView *v, const Session *s, int c);

#endif
