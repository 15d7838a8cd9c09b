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
    HOME_CURRICULUM,    /* follow curriculum number entry of the choices */
    HOME_PROFILE,       /* play as the profile named in the view's picked_profile */
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

/* What the path's Change dialog offers; every pointer borrowed. */
enum { HOME_MAX_CHOICES = 16 };
typedef struct HomeChoices {
    const char *const *curricula;    /* titles, by file name */
    int curriculum_count, curriculum;    /* curriculum: the one followed, -1: none */
    const char *const *profiles;     /* the profiles on this machine, by name */
    int profile_count;
    const char *profile;             /* the one playing */
} HomeChoices;

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
    const HomeChoices *choices;      /* set by the caller; NULL: no Change button */
    Rect change_button, curriculum_rects[HOME_MAX_CHOICES], profile_rects[HOME_MAX_CHOICES];
    Rect new_profile_input, use_profile_button;
    UiTextEdit new_profile;          /* the dialog's field for a new profile's name */
    char picked_profile[64];         /* HOME_PROFILE: the name chosen */
    char pick_problem[160];          /* why a typed name was refused; "" for none */
} HomeView;

HomeIntent screen_home(Ui *ui, Rect area, const HomeEntry *entries, int count, HomeView *v);
/* The path panel cut off the top of *area (screen_home_path.c). */
void screen_home_path(Ui *ui, Rect *area, const HomePath *path, HomeView *v, HomeIntent *out);
/* The Change dialog (screen_home_pick.c): which curriculum to follow and
 * whose progress it is; opened by the path's Change button. */
void screen_home_pick(Ui *ui, HomeView *v, HomeIntent *out);
void screen_home_pick_open(Ui *ui, HomeView *v);
/* Frees what keep_words kept and the dialog's field. */
void screen_home_free(HomeView *v);

#endif
