/* app_state.c: loading a scenario for play, applying actions with an
 * autosave after each, resuming a save and reloading from disk (F5). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "app_state.h"
#include "core/util.h"
#include "core/xdg.h"

char *app_state_diag_report(const char *path, Diags *diags)
{
    diags_sort(diags);
    size_t cap = 1024, len;
    char *out = xmalloc(cap), line[2048];
    len = (size_t)snprintf(out, cap, "%s could not be loaded. Fix the problems below, then "
                           "press F5 to try again (or run 'incident-dojo check %s').\n\n",
                           path, path);
    if (len >= cap) len = cap - 1;
    for (int i = 0; i < diags->count; i++) {
        diags_format(&diags->items[i], line, sizeof line);
        size_t n = strlen(line);
        if (len + n + 2 > cap) {
            cap = (len + n + 2) * 2;
            out = xrealloc(out, cap);
        }
        memcpy(out + len, line, n);
        out[len + n] = '\n';
        len += n + 1;
        out[len] = 0;
    }
    return out;
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* A save that neither it nor its backup can read is moved aside, so the
 * next autosave cannot replace the only copy of what it held. */
static void app_state_set_aside(AppState *st, const char *why)
{
    char aside[4200];
    snprintf(aside, sizeof aside, "%s.unreadable", st->save_path);
    bool moved = rename(st->save_path, aside) == 0;
    error_set(st->notice, sizeof st->notice, "Your saved session could not be read (%s). %s",
             why, moved ? "It was moved aside as .unreadable and a new one begins."
                        : "A new session begins.");
}

static void app_state_find_save(AppState *st)
{
    char err[1024];
    if (!xdg_save_file(st->sc->meta.id, st->save_path, sizeof st->save_path, err, sizeof err)) {
        st->save_path[0] = 0;
        error_set(st->save_error, sizeof st->save_error, "Progress cannot be saved: %s", err);
        return;
    }
    char bak[4200];
    snprintf(bak, sizeof bak, "%s.bak", st->save_path);
    if (!file_exists(st->save_path) && !file_exists(bak)) return;
    char why[2048];
    SaveLoadStatus s = save_load(st->save_path, &st->offer, why, sizeof why);
    if (s == SAVE_FAILED) {
        app_state_set_aside(st, why);
        return;
    }
    if (s == SAVE_LOADED_BACKUP)
        error_set(st->notice, sizeof st->notice, "%s", why);
    if (strcmp(st->offer.scenario_id, st->sc->meta.id) != 0 || st->offer.log.count == 0) {
        save_data_clear(&st->offer);
        return;
    }
    st->has_offer = true;
    st->seed = st->offer.seed;
}

static uint64_t app_state_new_seed(void)
{
    uint64_t x = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull ^ (uint64_t)getpid();
    x ^= x >> 31;
    return x * 0xBF58476D1CE4E5B9ull;
}

AppState *app_state_load(const char *path, char **report)
{
    Diags diags = {0};
    ScriptHost *host = NULL;
    Scenario *sc = loader_load(path, NULL, &diags, &host);
    *report = sc ? NULL : app_state_diag_report(path, &diags);
    diags_destroy(&diags);
    if (!sc) return NULL;
    AppState *st = xcalloc(1, sizeof *st);
    st->path = xstrdup(path);
    st->sc = sc;
    st->host = host;
    st->session = session_create(sc);
    st->seed = app_state_new_seed();
    app_state_find_save(st);
    return st;
}

void app_state_destroy(AppState *st)
{
    if (!st) return;
    session_destroy(st->session);
    log_destroy(&st->log);
    save_data_clear(&st->offer);
    script_host_destroy(st->host);
    scenario_destroy(st->sc);
    free(st->path);
    free(st);
}

bool app_state_save(AppState *st)
{
    char err[1024];
    if (!st->save_path[0]) return false;   /* save_error already says why */
    SaveData d = {(char *)st->sc->meta.id, st->sc->content_hash, st->seed, st->log};
    if (!xdg_make_parents(st->save_path, err, sizeof err) ||
        !save_write(st->save_path, &d, err, sizeof err)) {
        error_set(st->save_error, sizeof st->save_error, "Autosave failed: %s. Your progress is "
                 "kept in memory and saving is tried again after your next action.", err);
        return false;
    }
    st->save_error[0] = 0;
    return true;
}

bool app_state_apply(AppState *st, Action *a, char *err, size_t errsize)
{
    if (!session_apply(st->session, a, err, errsize)) {
        action_clear(a);
        return false;
    }
    log_push(&st->log, a);
    app_state_save(st);
    return true;
}

int app_state_offer_count(const AppState *st)
{
    return st->has_offer ? st->offer.log.count : 0;
}

/* Keeps the first n actions of the log; the rest are freed. */
static void app_state_truncate(ActionLog *log, int n)
{
    for (int i = n; i < log->count; i++) action_clear(&log->items[i]);
    log->count = n;
}

bool app_state_resume(AppState *st)
{
    if (!st->has_offer) return true;
    char err[1024];
    session_destroy(st->session);
    st->session = session_create(st->sc);
    log_destroy(&st->log);
    st->log = st->offer.log;
    st->offer.log = (ActionLog){0};
    save_data_clear(&st->offer);
    st->has_offer = false;
    int total = st->log.count, applied = session_replay(st->session, &st->log, err, sizeof err);
    if (applied == total) return true;
    app_state_truncate(&st->log, applied);
    error_set(st->notice, sizeof st->notice, "The scenario has changed since this session was "
             "saved: resumed %d of %d actions; %s. %s still holds all %d; your next action "
             "replaces it and keeps it as its .bak.", applied, total, err, st->save_path, total);
    return false;
}

void app_state_start_over(AppState *st)
{
    save_data_clear(&st->offer);
    st->has_offer = false;
    log_destroy(&st->log);
    session_destroy(st->session);
    st->session = session_create(st->sc);
    st->seed = app_state_new_seed();
    app_state_save(st);
}

ReloadStatus app_state_reload(AppState *st, char **report)
{
    Diags diags = {0};
    ScriptHost *host = NULL;
    Scenario *sc = loader_load(st->path, NULL, &diags, &host);
    *report = sc ? NULL : app_state_diag_report(st->path, &diags);
    diags_destroy(&diags);
    if (!sc) return RELOAD_FAILED;
    char err[1024];
    Session *s = session_create(sc);
    int total = st->log.count, applied = session_replay(s, &st->log, err, sizeof err);
    session_destroy(st->session);
    script_host_destroy(st->host);
    scenario_destroy(st->sc);
    st->sc = sc, st->host = host, st->session = s;
    if (applied == total) return RELOAD_OK;
    app_state_truncate(&st->log, applied);
    error_set(st->notice, sizeof st->notice, "Reloaded the scenario; replayed %d of %d actions: "
             "%s. The actions from there on were dropped; the save on disk still holds them, "
             "and your next action replaces it (keeping it as its .bak).", applied, total, err);
    return RELOAD_PARTIAL;
}

CondHost app_state_cond_host(AppState *st)
{
    return script_host_cond(st->host);
}
