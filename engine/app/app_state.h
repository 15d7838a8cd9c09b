/* app_state.h: the scenario being played in the desktop app: the loaded
 * scenario, the session derived from its action log, and the save the log
 * is written to after every action. The GUI changes the session only
 * through app_state_apply, so the log on disk is always the whole truth. */
#ifndef DOJO_APP_STATE_H
#define DOJO_APP_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/save.h"
#include "core/session.h"
#include "script/loader.h"

typedef struct AppState {
    char *path;                  /* the scenario's file or folder, as given */
    Scenario *sc;
    ScriptHost *host;
    Session *session;
    ActionLog log;               /* every applied action: session == replay(sc, log) */
    uint64_t seed;
    char save_path[4096];        /* "" when there is no folder for saves */
    char save_error[1024];       /* why the last autosave failed; "" after a good one */
    bool has_offer;              /* a save found on load, not yet resumed or dropped */
    SaveData offer;
    char notice[2048];           /* something the user should read: a backup was used ... */
} AppState;

/* Loads the scenario at path and looks for its save. NULL on failure, with
 * *report (heap, caller frees) holding every diagnostic, one a line. */
AppState *app_state_load(const char *path, char **report);
void app_state_destroy(AppState *st);

/* Applies one action and autosaves. Takes a's strings either way. A refused
 * action changes nothing (err says why); a failed save keeps the action in
 * memory, sets save_error and is retried at the next action. */
bool app_state_apply(AppState *st, Action *a, char *err, size_t errsize);
/* Writes the save now; false (save_error set) on failure. */
bool app_state_save(AppState *st);

/* Actions in the offered save, 0 when there is none. */
int app_state_offer_count(const AppState *st);
/* Replays the offered save. When part of it no longer fits the scenario,
 * keeps what replayed and says which action stopped it in notice; returns
 * false then. */
bool app_state_resume(AppState *st);
/* Drops the offer and starts from an empty log, writing it at once so the
 * old save is kept as the save's .bak. */
void app_state_start_over(AppState *st);

typedef enum { RELOAD_OK, RELOAD_PARTIAL, RELOAD_FAILED } ReloadStatus;
/* Loads the scenario again from disk and replays the log on it. FAILED:
 * nothing changes and *report (caller frees) holds the diagnostics.
 * PARTIAL: the new version runs with the actions that still fit; notice
 * names the first that did not. */
ReloadStatus app_state_reload(AppState *st, char **report);

/* Every diagnostic of a failed load as text (caller frees): a line on what
 * happened and what to do, then "file:line: error[code]: message" lines. */
char *app_state_diag_report(const char *path, Diags *diags);

/* What rubric_score needs to run the scenario's function conditions. */
CondHost app_state_cond_host(AppState *st);

#endif
