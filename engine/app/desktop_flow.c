/* desktop_flow.c: what the screens' intents do: open a scenario or its
 * problems, resume or start over, apply actions, save the Debrief's
 * exports, go home, reload (F5). Leaving a scenario never drops actions
 * that did not reach the disk. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "catalog.h"
#include "desktop.h"
#include "desktop_export.h"
#include "desktop_workshop.h"
#include "onboarding.h"

void desktop_set_banner(Desktop *d, BannerKind kind, const char *text)
{
    snprintf(d->banner, sizeof d->banner, "%s", text);
    d->banner_kind = kind;
    d->dirty = true;
}

static void desktop_take_notice(Desktop *d)
{
    if (!d->st || !d->st->notice[0]) return;
    desktop_set_banner(d, BANNER_INFO, d->st->notice);
    d->st->notice[0] = 0;
}

/* The last resort when the save folder refuses the log: a copy in /tmp. */
static void desktop_rescue(Desktop *d)
{
    AppState *st = d->st;
    char path[512], err[1024], msg[2048];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/incident-dojo-%s-rescued.save", tmp && tmp[0] == '/' ? tmp : "/tmp",
             st->sc->meta.id);
    SaveData data = {(char *)st->sc->meta.id, st->sc->content_hash, st->seed, st->log};
    if (save_write(path, &data, err, sizeof err))
        error_set(msg, sizeof msg, "%s A copy of your session was written to %s: copy it to %s "
                  "once the problem is fixed.", st->save_error, path, st->save_path);
    else
        error_set(msg, sizeof msg, "%s Writing a copy to %s failed too (%s); your last %d "
                  "action(s) are lost.", st->save_error, path, err, st->log.count);
    fprintf(stderr, "incident-dojo: %s\n", msg);
    desktop_set_banner(d, BANNER_ERROR, msg);
}

/* What the Report still holds as drafts goes into the log before the
 * workspace goes away; a refused draft (none should be) is said, not kept. */
static void desktop_flush_drafts(Desktop *d)
{
    Action a;
    char err[1024];
    for (int n = 0; n < 4 * ACTION_MAX_FACTORS && screen_workspace_flush(d->st->session, &d->workspace, &a); n++)
        if (!app_state_apply(d->st, &a, err, sizeof err)) fprintf(stderr, "incident-dojo: a draft was refused: %s\n", err);
}

void desktop_close_scenario(Desktop *d)
{
    if (!d->st) return;
    desktop_flush_drafts(d);
    desktop_profile_leave(d);
    if (d->st->save_error[0] && d->st->log.count && !app_state_save(d->st)) desktop_rescue(d);
    screen_workspace_free(&d->workspace);
    d->workspace = (WorkspaceView){0};
    if (d->workshop) d->workshop->bound = NULL;   /* the next AppState may reuse its address */
    app_state_destroy(d->st);
    d->st = NULL;
}

static void desktop_show_error(Desktop *d, const char *path, const char *report)
{
    free(d->error_path);
    d->error_path = xstrdup(path);
    screen_error_set(&d->error, report);
    d->screen = DESKTOP_ERROR;
}

void desktop_open(Desktop *d, const char *path, bool resume)
{
    char *owned = xstrdup(path);     /* path may belong to what closing frees */
    desktop_close_scenario(d);
    char *report = NULL;
    d->st = app_state_load(owned, &report);
    d->briefing = (BriefingView){0};
    d->dirty = true;
    if (!d->st) desktop_show_error(d, owned, report);
    else if (resume && d->st->has_offer) {
        app_state_resume(d->st);
        d->screen = DESKTOP_WORKSPACE;
    } else {
        d->screen = DESKTOP_BRIEFING;
    }
    desktop_take_notice(d);
    free(report);
    free(owned);
}

void desktop_go_home(Desktop *d)
{
    desktop_close_scenario(d);
    library_refresh_saves(d->lib);
    d->home.started = false;
    d->screen = DESKTOP_HOME;
    d->dirty = true;
}

static void desktop_rescan(Desktop *d)
{
    int sel = d->home.list.selected;
    char *keep = sel >= 0 && sel < d->lib->count ? xstrdup(d->lib->paths[sel]) : NULL;
    library_destroy(d->lib);
    d->lib = library_scan(catalog_folder(), d->settings.curriculum, d->settings.profile);
    int again = keep ? library_find(d->lib, keep) : -1;
    d->home.list.selected = again >= 0 ? again : d->lib->count ? 0 : -1;
    free(keep);
    desktop_set_banner(d, BANNER_INFO, "Reloaded the scenarios folder.");
}

void desktop_reload(Desktop *d)
{
    d->dirty = true;
    if (d->screen == DESKTOP_HOME || d->screen == DESKTOP_ERROR) {
        if (d->screen == DESKTOP_HOME) desktop_rescan(d);
        else desktop_open(d, d->error_path, false);
        return;
    }
    char *report = NULL;
    desktop_flush_drafts(d);
    ReloadStatus r = app_state_reload(d->st, &report);
    if (r == RELOAD_FAILED) {
        screen_error_set(&d->reload_error, report);
        ui_modal_open(d->ui, screen_error_modal_id(d->ui));
    } else {
        if (ui_modal_is_open(d->ui, screen_error_modal_id(d->ui))) ui_modal_close(d->ui);
        screen_workspace_reset(&d->workspace);
        if (r == RELOAD_OK) desktop_set_banner(d, BANNER_INFO, "Reloaded the scenario from disk; every action replayed.");
        desktop_take_notice(d);
    }
    free(report);
}

/* Another curriculum or profile: kept in the settings, and the path
 * rebuilt from it at once. */
static void desktop_choose_path(Desktop *d, HomeIntent hi)
{
    const Onboarding *o = d->lib->onboarding;
    const char *file = onboarding_curriculum_file(o, hi.entry);
    if (hi.kind == HOME_CURRICULUM && file)
        snprintf(d->settings.curriculum, sizeof d->settings.curriculum, "%s", file);
    if (hi.kind == HOME_PROFILE)
        snprintf(d->settings.profile, sizeof d->settings.profile, "%s", d->home.picked_profile);
    desktop_save_settings(d);
    library_choose_path(d->lib, catalog_folder(), d->settings.curriculum, d->settings.profile);
    d->home.path = onboarding_path(d->lib->onboarding);
    d->home.choices = &d->lib->onboarding->choices;
}

static void desktop_home_intent(Desktop *d, HomeIntent hi)
{
    if (hi.kind == HOME_NONE) return;
    d->dirty = true;
    if (hi.kind == HOME_RESULTS) {
        desktop_show_results(d);
    } else if (hi.kind == HOME_CURRICULUM || hi.kind == HOME_PROFILE) {
        desktop_choose_path(d, hi);
    } else if (hi.kind == HOME_THEME) {
        ui_set_theme(d->ui, hi.theme);
        snprintf(d->settings.theme, sizeof d->settings.theme, "%s", theme_get(hi.theme)->name);
        desktop_save_settings(d);
    } else if (d->lib->reports[hi.entry]) {
        desktop_show_error(d, d->lib->paths[hi.entry], d->lib->reports[hi.entry]);
    } else {
        desktop_open(d, d->lib->paths[hi.entry], hi.kind == HOME_CONTINUE);
    }
}

static void desktop_briefing_intent(Desktop *d, BriefingIntent bi)
{
    if (bi == BRIEFING_NONE) return;
    d->dirty = true;
    if (bi == BRIEFING_HOME) {
        desktop_go_home(d);
        return;
    }
    if (bi == BRIEFING_START_OVER) {
        app_state_start_over(d->st);
        d->briefing.started = false;     /* focus Start again */
        return;
    }
    if (bi == BRIEFING_RESUME) app_state_resume(d->st);
    desktop_take_notice(d);
    d->workspace.section = screen_workspace_first_section(d->st->session);
    d->workspace.sources.started = false;
    d->screen = DESKTOP_WORKSPACE;
}

static void desktop_workspace_intent(Desktop *d, WorkspaceIntent wi)
{
    if (wi.kind == WORKSPACE_NONE) return;
    d->dirty = true;
    char err[1024];
    if (wi.kind == WORKSPACE_HOME) desktop_go_home(d);
    else if (wi.kind == WORKSPACE_EXPORT) desktop_export(d, wi.format);
    else if (!app_state_apply(d->st, &wi.action, err, sizeof err)) desktop_set_banner(d, BANNER_ERROR, err);
}

void desktop_draw_screen(Desktop *d, Rect area)
{
    switch (d->screen) {
    case DESKTOP_HOME:
        d->home.path = onboarding_path(d->lib->onboarding);
        d->home.choices = d->lib->onboarding ? &d->lib->onboarding->choices : NULL;
        desktop_home_intent(d, screen_home(d->ui, area, d->lib->entries, d->lib->count, &d->home));
        break;
    case DESKTOP_BRIEFING:
        desktop_briefing_intent(d, screen_briefing(d->ui, area, d->st->sc, app_state_offer_count(d->st), &d->briefing));
        break;
    case DESKTOP_WORKSPACE: {
        if (!desktop_workshop_draw(d, &area)) break;   /* a reveal or the room debrief covers it */
        CondHost host = app_state_cond_host(d->st);
        d->workspace.log = &d->st->log;      /* the Debrief's path; the state may have been reloaded */
        desktop_workspace_intent(d, screen_workspace(d->ui, area, d->st->session, &host, &d->workspace));
        desktop_workshop_dialogs(d);
        break;
    }
    case DESKTOP_ERROR: {
        ErrorIntent ei = screen_error(d->ui, area, d->error_path, &d->error);
        if (ei == ERROR_HOME) desktop_go_home(d);
        else if (ei == ERROR_RETRY) desktop_open(d, d->error_path, false);
        break;
    }
    case DESKTOP_RESULTS: desktop_draw_results(d, area); break;
    }
    desktop_profile_note(d);
}
