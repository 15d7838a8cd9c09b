/* screen_drill.h: the solo drill's controls in the workspace's top bar:
 * hints (each a `hint` action that costs points), a pause that hides the
 * sources, an optional time limit in real minutes with its countdown, and
 * a short result to share. The drill's clock is wall-clock UI state, not
 * session state: the session's clock moves only by actions. */
#ifndef DOJO_SCREEN_DRILL_H
#define DOJO_SCREEN_DRILL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/rubric.h"
#include "core/session.h"
#include "ui/ui.h"

#define DRILL_LIMIT_CHOICES 5    /* none, 15, 30, 45, 60 minutes */
#define DRILL_MAX_ROWS 32        /* hint choices listed at once */
extern const int DRILL_LIMITS[DRILL_LIMIT_CHOICES];

/* Zero it to start: no limit, not paused. */
typedef struct DrillView {
    int limit_min;               /* 0: no time limit */
    uint32_t elapsed_ms;         /* real time played, pauses left out */
    uint32_t last_ms;            /* ui_now when last counted; 0: not counting yet */
    bool paused;
    bool expired;                /* the limit ran out (the message was shown) */
    int hint_pending;            /* criterion + 1 asked for: shown once the session has it */
    int hint_shown;              /* criterion + 1 whose text the hint dialog shows; 0: the list */
    bool copied;                 /* the result went to the clipboard: the button says so */
    UiScroll scroll;             /* the hint dialog's list; content measured last frame */
    /* where the last frame drew the controls (tests click them) */
    Rect hint_button, pause_button, limit_button, copy_button, resume_button;
    Rect rows[DRILL_MAX_ROWS];   /* the hint dialog's choices, criterion in row_criterion */
    int row_criterion[DRILL_MAX_ROWS], row_count;
    Rect limit_rows[DRILL_LIMIT_CHOICES];
} DrillView;

typedef enum {
    DRILL_NONE,
    DRILL_HINT,                  /* *action is a hint action, the caller's to apply and clear */
    DRILL_TIME_UP,               /* the limit just ran out: show the Debrief */
} DrillIntentKind;

/* Counts the real time since the last frame unless paused; DRILL_TIME_UP
 * once when the limit runs out. Call it once a frame, before drawing. */
DrillIntentKind screen_drill_tick(Ui *ui, DrillView *v);
/* The countdown (or time played) and Hint, Pause and Limit buttons, cut
 * off the right of *bar; with debrief, a "Copy result" button too. */
void screen_drill_bar(Ui *ui, Rect *bar, const Session *s, const CondHost *host, bool debrief,
                      DrillView *v);
/* While paused, a card over area that hides the section (pausing is not a
 * free read) and returns true: the caller draws no section then. Esc or
 * Resume resumes. */
bool screen_drill_pause(Ui *ui, Rect area, DrillView *v);
/* The dialogs: hints, the limit, time's up. DRILL_HINT with *action. */
DrillIntentKind screen_drill_dialogs(Ui *ui, const Session *s, const CondHost *host, DrillView *v,
                                     Action *action);

/* Criteria a hint can be asked for (not met, no hint yet), by the same
 * rule as the session's; writes up to max indices, returns the count. */
int screen_drill_hintable(const Session *s, int *out, int max);
/* The text a hint shows: the criterion's hint, else its missed feedback. */
const char *screen_drill_hint_text(const Scenario *sc, int criterion);
/* The result to share as plain text: scenario, score, each category,
 * hints taken with their cost, and the real time used. */
void screen_drill_result_text(const Session *s, const CondHost *host, const DrillView *v, char *buf,
                              size_t size);

#endif
