/* screen_interviews.h: the Interviews section: choosing whom to talk to and
 * why, the one-on-one conversations, the notebook of what was learned, how
 * each interview went, and the calibration note sent before the meeting. */
#ifndef DOJO_SCREEN_INTERVIEWS_H
#define DOJO_SCREEN_INTERVIEWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/action.h"
#include "core/session.h"
#include "ui/ui.h"

/* The tabs of the side pane (a column when wide, tabs next to the
 * conversation when narrow). */
typedef enum { INTERVIEWS_NOTEBOOK, INTERVIEWS_FEEDBACK, INTERVIEWS_CALIBRATION, INTERVIEWS_TAB_COUNT } InterviewsTab;

/* Zero it to start; screen_interviews_free releases what it built. Drafts
 * (the checklist, why, the typed question, the calibration note) live here
 * until the participant commits them as an action. */
typedef struct InterviewsView {
    const Scenario *sc;           /* what the arrays were built for; NULL: none */
    uint64_t sc_hash;
    /* choosing whom to interview */
    bool choosing;                /* the checklist is open over a choice already made */
    bool choose_filled;           /* the drafts below start from the session's choice */
    bool *checks;                 /* per interviewee: the draft */
    UiTextEdit why;
    char error[160];
    UiScroll choose_scroll;
    UiId last_focus;              /* to scroll a row into view when Tab reaches it */
    /* the conversation */
    int person;                   /* the interviewee shown; -1: none yet */
    int *rows; int row_count;     /* interviewees in the left list */
    UiList people;
    int *offered; int offered_count;   /* the shown person's questions, by kind */
    UiScroll questions_scroll;
    UiTextEdit typed;
    bool narrow;                  /* the side pane is a tab of the centre */
    int tab;                      /* narrow: 0 the conversation, 1 + InterviewsTab */
    InterviewsTab side;
    /* the transcript: tops of the shown person's items, laid out again only
     * when the turns, the person, the width or the fonts change */
    int *tx_turn, *tx_top; int tx_count, tx_cap;
    const Session *tx_session;
    int tx_person, tx_turns, tx_actions, tx_width, tx_view_h;
    unsigned tx_gen;
    UiScroll tx_scroll;
    int tx_drawn;                 /* items drawn by the last frame */
    /* the notebook and the feedback card */
    UiScroll notes_scroll, feedback_scroll;
    /* the calibration note: the draft, and the session's text it started from */
    UiTextEdit cal;
    char *cal_seen;
    /* every string the last frame drew, one a line, for tests */
    StrBuf shown;                 /* the words drawn last frame, for tests */
    /* where the last frame drew them, for tests; zero when not drawn */
    Rect *check_rect;             /* per interviewee, in the checklist */
    Rect *q_rect;                 /* per question */
    Rect why_rect, start_rect, cancel_rect, change_rect, typed_rect, cal_rect, save_rect;
    Rect tabs_rect;
} InterviewsView;

/* Draws the section in r; returns true and fills *out (the caller's to
 * apply and clear) with a choose, ask, ask_typed or set_report action when
 * the participant does something. */
bool screen_interviews(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out);
void screen_interviews_free(InterviewsView *v);

/* How a candor reads: "open" (60 and up), "cautious" (35 to 59), "guarded". */
const char *screen_mood(int candor);
/* What the classifier makes of typed words, as the screen says it:
 * "reads as: open (cue)", "reads as: blaming — people get guarded".
 * Returns buf. */
const char *screen_interviews_reads_as(const char *text, char *buf, size_t size);
/* Whether interviewee iv can answer at the clock (not away). */
bool screen_interviews_available(const Session *s, int iv);

#endif
