/* desktop_workshop.h: workshop mode in the desktop app (--workshop or F9):
 * the projector view (large scale, high contrast, the person's own
 * settings untouched and restored on leaving), the facilitator bar over
 * the workspace, a save per team so teams take turns at one machine, and
 * the room debrief scored from every team's save. */
#ifndef DOJO_DESKTOP_WORKSHOP_H
#define DOJO_DESKTOP_WORKSHOP_H

#include <stdbool.h>
#include <stddef.h>
#include "ui/screen_workshop.h"

struct Desktop;

#define WORKSHOP_PROJECTOR_SCALE 1.5f

/* Owned by the Desktop (d->workshop, NULL until workshop mode is first
 * entered); freed by desktop_workshop_free. */
typedef struct DesktopWorkshop {
    bool on;
    bool want_toggle, want_projector;    /* asked for during a frame, done between frames */
    bool projector_applied;              /* the UI shows the projector scale and theme */
    float projector_scale;               /* the room's zoom (0: WORKSHOP_PROJECTOR_SCALE) */
    float applied_scale;                 /* the projector scale the UI has now */
    const void *bound;                   /* the AppState whose save is the current team's */
    WorkshopView view;
    WorkshopTeamScore room[WORKSHOP_MAX_TEAMS];
    int room_count;
} DesktopWorkshop;

/* Turns workshop mode on or off between frames (F9, Leave workshop). */
void desktop_workshop_toggle(struct Desktop *d);
/* The zoom keys in the projector view: step (-1, +1, or 0 for the
 * default) the room's scale, never the person's saved one; false when the
 * projector view is off and the keys are the person's. */
bool desktop_workshop_zoom(struct Desktop *d, int step);
/* Between frames: applies or restores the projector view. */
void desktop_workshop_between(struct Desktop *d);
/* In the workspace: the facilitator bar cut off *area and what it asked
 * for; false when a reveal or the room debrief covers the area (the
 * workspace is not drawn then). */
bool desktop_workshop_draw(struct Desktop *d, Rect *area);
/* After the workspace: the facilitator's dialogs, on top. */
void desktop_workshop_dialogs(struct Desktop *d);
/* How long the loop may sleep: at most a second while a phase runs. */
int desktop_workshop_wait(const struct Desktop *d, int wait);

/* The save file of a team (0-based; -1: the person's own save). */
bool desktop_workshop_save_path(const char *scenario_id, int team, char *buf, size_t size, char *err,
                                size_t errsize);
/* Saves the current team's log and loads team's (an empty log when it has
 * none yet). A save that cannot be read is a banner; the team starts empty. */
void desktop_workshop_switch(struct Desktop *d, int team);
/* Replays every team's save and scores it, for the room debrief. */
void desktop_workshop_score_room(struct Desktop *d);
void desktop_workshop_free(struct Desktop *d);

#endif
