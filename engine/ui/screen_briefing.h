/* screen_briefing.h: the briefing: who you are in this exercise, the
 * incident, what you have to work with and what you are asked to produce,
 * and the button that starts the investigation. When the scenario has a
 * saved session it offers (in a dialog) to resume it or start over. */
#ifndef DOJO_SCREEN_BRIEFING_H
#define DOJO_SCREEN_BRIEFING_H

#include "core/model.h"
#include "ui/ui.h"

typedef enum {
    BRIEFING_NONE,
    BRIEFING_START,         /* begin (a fresh session, or the one already running) */
    BRIEFING_RESUME,        /* replay the offered save and go to the workspace */
    BRIEFING_START_OVER,    /* drop the offered save and begin afresh */
    BRIEFING_HOME,
} BriefingIntent;

/* Zero it when the briefing is entered. */
typedef struct BriefingView {
    UiScroll scroll;
    int content;             /* height of what scrolls, measured last frame */
    bool started;            /* focus placed and the offer made */
    Rect start_button;       /* last frame's, for hit tests */
} BriefingView;

/* offer: actions in a save not yet resumed or dropped (0: none). */
BriefingIntent screen_briefing(Ui *ui, Rect area, const Scenario *sc, int offer,
                               BriefingView *v);

#endif
