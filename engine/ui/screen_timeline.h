/* screen_timeline.h: the workspace's Timeline section: the pinned evidence
 * and the facts learned in interviews, in time order across sources, with
 * markers, notes, tags, the gaps between moments and the incident window,
 * filtered by marker, by tag or to the interviews. It changes nothing: it
 * asks the workspace to show an item in its source or to edit its pin. */
#ifndef DOJO_SCREEN_TIMELINE_H
#define DOJO_SCREEN_TIMELINE_H

#include "core/action.h"
#include "core/session.h"
#include "ui/ui.h"

typedef enum {
    TIMELINE_ROW_PIN,            /* a pinned item */
    TIMELINE_ROW_START,          /* the incident window's start (meta.start) */
    TIMELINE_ROW_END,            /* and its end */
    TIMELINE_ROW_UNTIMED,        /* the heading over pins without a time */
    TIMELINE_ROW_FACT,           /* a fact learned in an interview (Session.learned_from) */
    TIMELINE_ROW_UNTIMED_FACTS   /* the heading over learned facts without a time */
} TimelineRowKind;

typedef struct TimelineRow {
    TimelineRowKind kind;
    int item;                    /* PIN: the item; else -1 */
    int fact;                    /* FACT: the fact; else -1 */
    int gap;                     /* minutes since the timed row above (pin, fact or
                                    window line), -1 for none */
    int top, h;                  /* place in the scrolled content, px */
    Rect show, edit;             /* last frame's buttons; w 0 when not drawn */
    Rect card;                   /* FACT: last frame's card, which a click selects */
} TimelineRow;

#define TIMELINE_MAX_TAGS 24     /* tag filters offered */

/* Zero it to start; free with screen_timeline_free. */
#define TIMELINE_FILTERS 6       /* All, the four markers, Interviews */

typedef struct TimelineView {
    Marker marker;               /* filter: MARKER_NONE shows every pin */
    bool interviews;             /* filter: only the facts learned in interviews */
    char tag[ACTION_MAX_TAG + 1];   /* filter: "" shows every pin */
    int fact_selected;           /* the fact row clicked last: fact index + 1; 0: none */
    UiScroll scroll;
    TimelineRow *rows; int row_count, row_cap;
    int shown_pins, all_pins;
    int shown_facts, all_facts;  /* learned facts shown / learned */
    int drawn_from, drawn_to;    /* rows drawn last frame */
    /* what the rows were built from: rebuilt when any changes */
    const Session *built_session;
    int built_actions, built_width, built_marker;
    bool built_interviews;
    float built_scale;
    char built_tag[ACTION_MAX_TAG + 1];
    /* last frame's filter buttons, for tests: All, the markers (by Marker), Interviews
     * (TIMELINE_FILTERS - 1); then the tags (All first) */
    Rect marker_buttons[TIMELINE_FILTERS], tag_buttons[TIMELINE_MAX_TAGS + 1];
} TimelineView;

typedef enum { TIMELINE_NONE, TIMELINE_SHOW, TIMELINE_EDIT } TimelineIntentKind;
typedef struct TimelineIntent { TimelineIntentKind kind; int item; } TimelineIntent;

TimelineIntent screen_timeline(Ui *ui, Rect r, const Session *s, TimelineView *v);
/* "42 min later", "1 h 05 min later", "2 days 3 h later"; "" under a minute. */
void screen_timeline_gap_label(int minutes, char *buf, size_t size);
/* "From interview with Priya Nair": the badge of a learned fact's row. */
void screen_timeline_fact_badge(const Scenario *sc, int fact, char *buf, size_t size);
/* Forgets the rows (after a reload: the session they came from is gone). */
void screen_timeline_reset(TimelineView *v);
void screen_timeline_free(TimelineView *v);

#endif
