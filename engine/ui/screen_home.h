/* screen_home.h: the home screen: the scenario catalogue with each one's
 * summary, difficulty, time and objectives, the saved sessions to continue,
 * the onboarding path when a curriculum is found, and the theme switcher.
 * It draws and returns what the user chose. */
#ifndef DOJO_SCREEN_HOME_H
#define DOJO_SCREEN_HOME_H

#include "core/util.h"
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
    HOME_RESULTS,       /* the workshop results (also Ctrl+R, or drop result files) */
} HomeIntentKind;

typedef struct HomeIntent { HomeIntentKind kind; int entry; ThemeId theme; } HomeIntent;

/* The onboarding path: a curriculum's steps with the person's progress.
 * Every pointer is borrowed. */
typedef enum { HOME_STEP_LOCKED, HOME_STEP_OPEN, HOME_STEP_NEXT, HOME_STEP_DONE } HomeStepState;

typedef struct HomePathStep {
    const char *title;               /* the scenario's title (its id when it is not catalogued) */
    int entry;                       /* its index in the entries, -1: not catalogued */
    HomeStepState state;
    double best, pass;               /* best score so far (attempts > 0), the bar */
    int attempts;
    const char *const *objectives;
    int objective_count;
    const char *requires;            /* "Requires: A, B" for a locked step, else NULL */
} HomePathStep;

typedef struct HomePath {
    const char *title, *summary, *profile;
    const HomePathStep *steps;
    int count, done;
    int next;                        /* the step Start next opens, -1: none */
} HomePath;

/* The screen's own state, kept by the caller between frames. Zero it to
 * start; the rectangles are where things were drawn last frame (for hit
 * tests in tests and tools). */
typedef struct HomeView {
    UiList list;
    bool started;
    Rect open_button, continue_button, theme_tabs, results_rect;
    const HomePath *path;            /* set by the caller; NULL: no curriculum, no path drawn */
    Rect start_next_button;          /* zero when not drawn */
    Rect *step_rects;                /* per path step, when keep_words (tests) */
    bool keep_words;                 /* keep what the path drew in shown (tests) */
    StrBuf shown;
} HomeView;

HomeIntent screen_home(Ui *ui, Rect area, const HomeEntry *entries, int count, HomeView *v);
/* The path panel cut off the top of *area (screen_home_path.c). */
void screen_home_path(Ui *ui, Rect *area, const HomePath *path, HomeView *v, HomeIntent *out);
/* Frees what keep_words kept. */
void screen_home_free(HomeView *v);

#endif
