/* screen_guide.h: a tutorial's guided tour: in the workspace's sidebar the
 * current step, how far along the tour is and a button to the step's
 * section; over that section, a strip saying what to do and why. Only
 * drawn for scenarios with guide_step{}s. */
#ifndef DOJO_SCREEN_GUIDE_H
#define DOJO_SCREEN_GUIDE_H

#include <stdbool.h>
#include "core/session.h"
#include "ui/ui.h"

/* Zero it to start; screen_guide_free releases what it built. */
typedef struct GuideView {
    const Session *session;       /* what done was computed for */
    int actions;
    bool *done; int current;
    StrBuf shown;                 /* the words drawn last frame, for tests */
    Rect go_rect;                 /* the "Go to" button, for tests; zero when not drawn */
    Rect strip_rect;              /* the step's strip over its section; zero when not drawn */
} GuideView;

/* Draws the tour at the top of *r and cuts what it used. section is the
 * workspace's current one (a GuideSection). Returns the GuideSection to
 * switch to when the participant asks, else -1. */
int screen_guide(Ui *ui, Rect *r, const Session *s, int section, GuideView *v);
/* On the current step's own section: a strip across the top of *area with
 * what to do and why, cut from it. Call after screen_guide in the frame. */
void screen_guide_strip(Ui *ui, Rect *area, const Session *s, int section, GuideView *v);
void screen_guide_free(GuideView *v);

#endif
