/* desktop.h: the desktop app as an object that runs one frame at a time,
 * so the real loop (desktop_run) and the headless tests drive the same
 * code: settings, the catalogue, the screens and what their intents do. */
#ifndef DOJO_DESKTOP_H
#define DOJO_DESKTOP_H

#include <stdbool.h>
#include <stddef.h>
#include "app_state.h"
#include "core/settings.h"
#include "library.h"
#include "ui/screen_briefing.h"
#include "ui/screen_common.h"
#include "ui/screen_error.h"
#include "ui/screen_home.h"
#include "ui/screen_results.h"
#include "ui/screen_workspace.h"

typedef struct DesktopConfig {
    const char *scenario;        /* a resolved path: open its briefing first; NULL: home */
    bool headless;               /* draw off-screen (tests, bench --headless) */
    bool no_vsync;
    bool no_settings;            /* neither read nor write the settings file (bench) */
    bool workshop;               /* start in workshop mode (desktop_workshop.h) */
    const char *font_dir;        /* NULL: the assets beside the binary */
    const char *title;           /* NULL: "Incident Dojo" */
} DesktopConfig;

typedef enum { DESKTOP_HOME, DESKTOP_BRIEFING, DESKTOP_WORKSPACE, DESKTOP_ERROR, DESKTOP_RESULTS } DesktopScreen;

/* Tests read these fields; only desktop*.c change them. */
typedef struct Desktop {
    DesktopConfig cfg;
    Platform *p;
    Ui *ui;
    Settings settings;
    char settings_path[4096];    /* "" when there is no config folder */
    bool settings_corrupt;       /* set aside as .corrupt before it is rewritten */
    Library *lib;
    AppState *st;                /* the scenario being played, or NULL */
    char *error_path;            /* the scenario the error screen is about */
    DesktopScreen screen;
    HomeView home;
    BriefingView briefing;
    WorkspaceView workspace;
    ErrorView error, reload_error;
    Aggregate *results;          /* result files dropped on the window, or NULL */
    ResultsView results_view;
    Scenario *results_sc;        /* the results' scenario from the catalogue, or NULL */
    DesktopScreen results_back;  /* the screen the Results screen returns to */
    char banner[2048];           /* a notice until dismissed; "" for none */
    BannerKind banner_kind;
    PlatformInput in;
    bool quit, dirty;            /* dirty: draw another frame before waiting */
    float want_scale;            /* a scale change, applied between frames */
    bool want_reload;
    const char *screenshot;      /* when set, the next frame is saved there (BMP) */
    int frames;
    struct DesktopWorkshop *workshop;   /* workshop mode, NULL until first entered */
} Desktop;

/* Reads the settings, opens the window, scans the catalogue and opens
 * cfg->scenario if given. NULL with err when no window can be opened. */
Desktop *desktop_create(const DesktopConfig *cfg, char *err, size_t errsize);
/* Saves the settings (with the window geometry) and frees everything. */
void desktop_destroy(Desktop *d);
/* Polls input, draws one frame and does what the user chose; false once
 * the user quit (window closed, Ctrl+Q). */
bool desktop_frame(Desktop *d);
/* Frames until quit, sleeping while nothing changes. */
void desktop_run(Desktop *d);

/* Writes the settings file now (a failure becomes a banner). */
void desktop_save_settings(Desktop *d);

/* ---- desktop_flow.c: what the screens' intents do ---- */
/* Loads path and shows its briefing (or its problems); with resume, the
 * save is resumed and the workspace shown. */
void desktop_open(Desktop *d, const char *path, bool resume);
void desktop_go_home(Desktop *d);
/* Ends the scenario being played: a log the save folder refused is
 * written to a rescue copy first. */
void desktop_close_scenario(Desktop *d);
/* F5: reloads the scenario being played (or retries a broken one, or
 * rescans the catalogue at home). */
void desktop_reload(Desktop *d);
void desktop_draw_screen(Desktop *d, Rect area);
void desktop_set_banner(Desktop *d, BannerKind kind, const char *text);

/* ---- desktop_profile.c: progress into the person's profile ---- */
/* Each frame: records the Debrief's score when it is reached or changes,
 * and shows a profile or curriculum problem once. */
void desktop_profile_note(Desktop *d);
/* Before a scenario closes: its final score, if its Debrief was reached. */
void desktop_profile_leave(Desktop *d);

/* ---- desktop_results.c: the Results screen (Ctrl+R at home) ---- */
void desktop_show_results(Desktop *d);
/* Loads the result files dropped on the window since the last frame and
 * opens the Results screen; a file that is not a result is a banner. */
void desktop_take_drops(Desktop *d);
void desktop_draw_results(Desktop *d, Rect area);
void desktop_free_results(Desktop *d);

#endif
