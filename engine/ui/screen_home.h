/* screen_home.h: the home screen: the scenario catalogue with each one's
 * summary, difficulty, time and objectives, the saved sessions to continue,
 * and the theme switcher. It draws and returns what the user chose. */
#ifndef DOJO_SCREEN_HOME_H
#define DOJO_SCREEN_HOME_H

#include "ui/ui.h"

/* One catalogued scenario; every pointer is borrowed. */
typedef struct HomeEntry {
    const char *id, *title, *summary, *difficulty, *company;
    int minutes;                     /* estimated time to play */
    const char *const *objectives;
    int objective_count;
    const char *error;               /* not NULL: it did not load; the first problem */
    int saved_actions;               /* > 0: a save to continue, with this many actions */
} HomeEntry;

typedef enum {
    HOME_NONE,
    HOME_OPEN,          /* open entry's briefing (or its problems when it is broken) */
    HOME_CONTINUE,      /* resume entry's save straight into the workspace */
    HOME_THEME,         /* switch to theme */
} HomeIntentKind;

typedef struct HomeIntent { HomeIntentKind kind; int entry; ThemeId theme; } HomeIntent;

/* The screen's own state, kept by the caller between frames. Zero it to
 * start; the rectangles are where things were drawn last frame (for hit
 * tests in tests and tools). */
typedef struct HomeView {
    UiList list;
    bool started;
    Rect open_button, continue_button, theme_tabs;
} HomeView;

HomeIntent screen_home(Ui *ui, Rect area, const HomeEntry *entries, int count, HomeView *v);

#endif
