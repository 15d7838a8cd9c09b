/* screen_report.h: the Report section: the participant's written
 * analysis as a structured document (summary, narrative, the timeline
 * from the pins, contributing factors linked to evidence, what went well,
 * themes, open questions, action items), with the language coach's
 * underlines. Every edit returns one action; it never changes the session. */
#ifndef DOJO_SCREEN_REPORT_H
#define DOJO_SCREEN_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include "core/action.h"
#include "core/coach.h"
#include "core/session.h"
#include "ui/ui.h"

/* The parts of the document, in reading order; the outline jumps to them. */
typedef enum {
    REPORT_PART_SUMMARY, REPORT_PART_NARRATIVE, REPORT_PART_TIMELINE, REPORT_PART_FACTORS,
    REPORT_PART_WENT_WELL, REPORT_PART_THEMES, REPORT_PART_QUESTIONS, REPORT_PART_ACTIONS,
    REPORT_PART_COUNT
} ReportPart;

#define REPORT_VIEW_HITS 32      /* coach phrases underlined per editor */

/* One editor of the report and the session text it is in step with. The
 * draft is unsaved while edit.text differs from base; seen tells a change
 * from outside (a replay, a reload) from the participant's own. */
typedef struct ReportDraft {
    UiTextEdit edit;
    char *seen;                  /* the session's text when last looked at (owned) */
    char *base;                  /* the text last saved or taken from the session (owned) */
    int uid;                     /* names its widget; a factor's moves with it */
    unsigned rev, scanned_rev;   /* the text's version; the coach hits' */
    CoachHit hits[REPORT_VIEW_HITS];
    int hit_count;               /* all of them: may be more than the array holds */
    UiTextMark marks[REPORT_VIEW_HITS];
    int lines, lines_w;          /* wrapped lines at width lines_w, for the height */
    unsigned lines_rev, lines_gen;
    bool save;                   /* Ctrl+S or Ctrl+Enter: save it though focused */
    uint32_t typed_at;           /* UI time of the last change: saved after a pause */
    int box_h;                   /* a factor's card height last frame: its fill goes first */
    Rect rect;                   /* last frame's, for tests; zero when not drawn */
} ReportDraft;

/* A factor action sent and not applied yet: the drafts move after it is. */
typedef enum { REPORT_EXPECT_NONE, REPORT_EXPECT_ADD, REPORT_EXPECT_REMOVE } ReportExpectKind;
typedef struct ReportExpect {
    ReportExpectKind kind;
    int index;                   /* the factor */
    int actions;                 /* session.action_count when sent */
    int count;                   /* the factor count it leads to */
} ReportExpect;

/* Zero it to start; screen_report_free releases what it built. */
typedef struct ReportView {
    const Scenario *sc;          /* what the drafts were built for; NULL: none */
    uint64_t sc_hash;
    ReportDraft *fields;         /* per ReportField (factors and calibration unused) */
    ReportDraft *factors;        /* ACTION_MAX_FACTORS: the session's factors */
    ReportDraft fresh;           /* "Add a factor": saved as a new factor on commit */
    bool adding;                 /* the fresh draft shows */
    Entity *fresh_evidence; int fresh_evidence_count;   /* linked before its text is saved */
    int next_uid;
    int confirm_remove;          /* the uid of the factor whose Remove was pressed once; 0 */
    ReportExpect expect;
    /* the report timeline, taken again when the session changes */
    int *items; int item_count, item_cap;
    const Session *items_session;
    int items_actions;
    int selected_item;           /* the timeline row Alt+Up/Down moves; -1 */
    /* the evidence picker: which factor (ACTION_MAX_FACTORS: the fresh one), -1 closed */
    int pick_factor;
    Entity *pick; bool *pick_checked; int pick_count;
    UiScroll pick_scroll;
    char pick_error[160];
    /* the document */
    UiScroll scroll;
    int part_top[REPORT_PART_COUNT];     /* content y of each part, last frame */
    int part;                    /* the part the outline shows as current */
    int jumped;                  /* the scroll offset a jump set; -1 when the user scrolled since */
    UiId last_focus;             /* to scroll a widget into view when Tab reaches it */
    bool emitted;                /* an action went out this frame */
    /* last frame's, for tests */
    StrBuf shown;                /* the words drawn, one a line */
    Rect outline[REPORT_PART_COUNT];
    Rect *row_rect, *up_rect, *down_rect;   /* per timeline position */
    Rect back_rect, add_rect, save_rect, soak_rect;
    Rect link_rect[ACTION_MAX_FACTORS + 1], remove_rect[ACTION_MAX_FACTORS + 1];   /* [MAX]: fresh */
    Rect (*chip_x_rect)[ACTION_MAX_EVIDENCE];       /* [factor][evidence]: its remove button */
    Rect *pick_rect;             /* per picker row */
    Rect pick_ok_rect, pick_cancel_rect;
} ReportView;

/* Draws the section in r; returns true and fills *out (the caller's to
 * apply and clear) when the participant commits an edit: set_report,
 * factor, order, or advance (letting soak time pass). One a frame. */
bool screen_report(Ui *ui, Rect r, const Session *s, ReportView *v, Action *out);
/* Saves the first unsaved draft, focused or not; call it until it returns
 * false when the section goes away (another section, Home, quitting), so
 * nothing typed is lost. */
bool screen_report_flush(const Session *s, ReportView *v, Action *out);
void screen_report_free(ReportView *v);

#endif
