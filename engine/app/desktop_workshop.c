/* desktop_workshop.c: workshop mode in the desktop app: entering and
 * leaving it, the projector view, the facilitator bar's intents, a save
 * file per team, and the room debrief scored from every team's save. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cJSON.h>
#include "app.h"
#include "core/util.h"
#include "core/xdg.h"
#include "desktop.h"
#include "desktop_workshop.h"

static bool workshop_exists(const char *path)
{
    struct stat st;
    char bak[4200];
    snprintf(bak, sizeof bak, "%s.bak", path);
    return stat(path, &st) == 0 || stat(bak, &st) == 0;
}

bool desktop_workshop_save_path(const char *scenario_id, int team, char *buf, size_t size, char *err,
                                size_t errsize)
{
    if (team < 0) return xdg_save_file(scenario_id, buf, size, err, errsize);
    char name[512];
    snprintf(name, sizeof name, "%s-team-%d", scenario_id, team + 1);
    return xdg_save_file(name, buf, size, err, errsize);
}

/* The teams' names sit beside their saves: saves/<id>-teams.json. */
static bool workshop_names_path(const char *scenario_id, char *buf, size_t size, char *err, size_t errsize)
{
    if (!desktop_workshop_save_path(scenario_id, 0, buf, size, err, errsize)) return false;
    char *at = strstr(buf, "-team-1.save");
    if (!at || (size_t)(at - buf) + sizeof "-teams.json" > size) return error_set(err, errsize, "path too long");
    memcpy(at, "-teams.json", sizeof "-teams.json");
    return true;
}

/* Names chosen in an earlier workshop come back; a file that cannot be
 * read is named in a banner and the teams keep their numbers. */
static void workshop_names_load(struct Desktop *d)
{
    WorkshopView *v = &d->workshop->view;
    memset(v->team_names, 0, sizeof v->team_names);
    v->name_edit_team = 0;
    char path[4096], err[1024], *data = NULL;
    size_t len;
    struct stat st;
    if (!workshop_names_path(d->st->sc->meta.id, path, sizeof path, err, sizeof err) || stat(path, &st) != 0) return;
    cJSON *json = file_read_all(path, &data, &len, err, sizeof err) ? cJSON_ParseWithLength(data, len) : NULL;
    cJSON *teams = cJSON_GetObjectItemCaseSensitive(json, "teams");
    if (!cJSON_IsArray(teams)) {
        char msg[4400];
        snprintf(msg, sizeof msg, "The team names in %s could not be read, so the teams are numbered. Renaming a "
                 "team writes the file afresh.", path);
        desktop_set_banner(d, BANNER_ERROR, msg);
    }
    for (int i = 0; cJSON_IsArray(teams) && i < cJSON_GetArraySize(teams) && i < WORKSHOP_MAX_TEAMS; i++) {
        const char *name = cJSON_GetStringValue(cJSON_GetArrayItem(teams, i));
        if (name) screen_workshop_set_team_name(v, i, name);
    }
    cJSON_Delete(json);
    free(data);
}

static void workshop_names_save(struct Desktop *d)
{
    const WorkshopView *v = &d->workshop->view;
    char path[4096], err[1024];
    cJSON *json = cJSON_CreateObject(), *teams = cJSON_AddArrayToObject(json, "teams");
    for (int i = 0; i < v->team_count && i < WORKSHOP_MAX_TEAMS; i++)
        cJSON_AddItemToArray(teams, cJSON_CreateString(v->team_names[i]));
    char *text = cJSON_Print(json);
    bool ok = workshop_names_path(d->st->sc->meta.id, path, sizeof path, err, sizeof err) &&
              xdg_make_parents(path, err, sizeof err) && text && app_write_text_file(path, text);
    if (!ok) {
        char msg[4400];
        snprintf(msg, sizeof msg, "The team's name was not kept: %s. It shows until you leave workshop mode.",
                 err[0] ? err : path);
        desktop_set_banner(d, BANNER_ERROR, msg);
    }
    free(text);
    cJSON_Delete(json);
}

/* Reads the log at path for scenario sc; an empty one when there is no
 * save. False (err set) when the save exists but cannot be used. */
static bool workshop_read_log(const Scenario *sc, const char *path, ActionLog *log, uint64_t *seed, char *err,
                              size_t errsize)
{
    *log = (ActionLog){0};
    if (!workshop_exists(path)) return true;
    SaveData data = {0};
    if (save_load(path, &data, err, errsize) == SAVE_FAILED) return false;
    bool ok = strcmp(data.scenario_id, sc->meta.id) == 0;
    if (!ok) error_set(err, errsize, "%s is a save of '%s', not of '%s'", path, data.scenario_id, sc->meta.id);
    else *log = data.log, data.log = (ActionLog){0}, *seed = data.seed;
    save_data_clear(&data);
    return ok;
}

/* The Report's drafts go into the current log before it is put away. */
static void workshop_flush(struct Desktop *d)
{
    Action a;
    char err[1024];
    for (int n = 0; n < 4 * ACTION_MAX_FACTORS && screen_workspace_flush(d->st->session, &d->workspace, &a); n++)
        if (!app_state_apply(d->st, &a, err, sizeof err)) fprintf(stderr, "incident-dojo: a draft was refused: %s\n", err);
}

/* Puts the current log away and replays the one at team's save (-1: the
 * person's own). Actions that no longer fit are dropped, as on resume. */
static void workshop_load_team(struct Desktop *d, int team)
{
    DesktopWorkshop *w = d->workshop;
    AppState *st = d->st;
    char err[1024], msg[2400];
    workshop_flush(d);
    if (w->bound == st) app_state_save(st);
    if (!desktop_workshop_save_path(st->sc->meta.id, team, st->save_path, sizeof st->save_path, err, sizeof err)) {
        st->save_path[0] = 0;
        error_set(st->save_error, sizeof st->save_error, "Progress cannot be saved: %s", err);
    }
    save_data_clear(&st->offer);
    st->has_offer = false;
    log_destroy(&st->log);
    session_destroy(st->session);
    st->session = session_create(st->sc);
    if (st->save_path[0] && !workshop_read_log(st->sc, st->save_path, &st->log, &st->seed, err, sizeof err)) {
        error_set(msg, sizeof msg, "This team's save could not be read (%s); the team starts afresh.", err);
        desktop_set_banner(d, BANNER_ERROR, msg);
    }
    int applied = session_replay(st->session, &st->log, err, sizeof err);
    if (applied < st->log.count) {
        error_set(msg, sizeof msg, "Replayed %d of %d actions of this save: %s.", applied, st->log.count, err);
        desktop_set_banner(d, BANNER_INFO, msg);
        for (int i = applied; i < st->log.count; i++) action_clear(&st->log.items[i]);
        st->log.count = applied;
    }
    if (team >= 0) app_state_save(st);   /* the team exists on disk, even before its first action */
    screen_workspace_reset(&d->workspace);
    d->dirty = true;
}

void desktop_workshop_switch(struct Desktop *d, int team)
{
    DesktopWorkshop *w = d->workshop;
    assert(w && d->st && team >= 0 && team < WORKSHOP_MAX_TEAMS);
    workshop_load_team(d, team);
    w->view.team = team;
    if (team >= w->view.team_count) w->view.team_count = team + 1;
    w->bound = d->st;
}

/* The first time a scenario is seen in workshop mode: the teams are the
 * team saves already on disk (at least one), and Team 1 plays. */
static void workshop_bind(struct Desktop *d)
{
    DesktopWorkshop *w = d->workshop;
    char path[4096], err[1024];
    int n = 0;
    while (n < WORKSHOP_MAX_TEAMS && desktop_workshop_save_path(d->st->sc->meta.id, n, path, sizeof path, err, sizeof err) &&
           workshop_exists(path))
        n++;
    w->view.team_count = n ? n : 1;
    w->view.room = false, w->view.reveal = REVEAL_NONE;
    workshop_names_load(d);
    desktop_workshop_switch(d, 0);
}

static void workshop_leave(struct Desktop *d)
{
    DesktopWorkshop *w = d->workshop;
    if (d->st && w->bound == d->st) workshop_load_team(d, -1);
    w->bound = NULL;
    w->on = false;
    w->view.projector = false, w->view.room = false, w->view.reveal = REVEAL_NONE;
    desktop_set_banner(d, BANNER_INFO, "Left workshop mode: your own settings and save are back.");
}

void desktop_workshop_toggle(struct Desktop *d)
{
    if (!d->workshop) {
        d->workshop = xcalloc(1, sizeof *d->workshop);
        workshop_clock_init(&d->workshop->view.clock);
        d->workshop->view.team_count = 1;
    }
    d->workshop->want_toggle = true;
    d->dirty = true;
}

bool desktop_workshop_zoom(struct Desktop *d, int step)
{
    DesktopWorkshop *w = d->workshop;
    if (!w || !w->on || !w->view.projector) return false;
    float cur = w->projector_scale ? w->projector_scale : WORKSHOP_PROJECTOR_SCALE;
    w->projector_scale = step ? settings_scale_step(cur, step) : WORKSHOP_PROJECTOR_SCALE;
    return true;
}

void desktop_workshop_between(struct Desktop *d)
{
    DesktopWorkshop *w = d->workshop;
    if (!w) return;
    if (w->want_toggle) {
        w->want_toggle = false;
        if (w->on) workshop_leave(d);
        else w->on = true, w->view.projector = true;
    }
    bool want = w->on && w->view.projector;
    float scale = w->projector_scale ? w->projector_scale : WORKSHOP_PROJECTOR_SCALE;
    if (want == w->projector_applied && (!want || scale == w->applied_scale)) return;
    /* the person's settings are never changed, so leaving restores them */
    ui_set_scale(d->ui, want ? scale : d->settings.scale);
    ui_set_theme(d->ui, want ? THEME_HIGH_CONTRAST : (ThemeId)theme_parse(d->settings.theme));
    w->projector_applied = want;
    w->applied_scale = want ? scale : 0;
    d->dirty = true;
}

static void workshop_intent(struct Desktop *d, WorkshopIntent wi)
{
    DesktopWorkshop *w = d->workshop;
    if (wi.kind == WORKSHOP_NONE) return;
    d->dirty = true;
    switch (wi.kind) {
    case WORKSHOP_PHASE: d->workspace.section = (Section)screen_workshop_phase_section(wi.phase); break;
    case WORKSHOP_TEAM: desktop_workshop_switch(d, wi.team); break;
    case WORKSHOP_ADD_TEAM: desktop_workshop_switch(d, w->view.team_count); break;
    case WORKSHOP_ROOM:
        desktop_workshop_score_room(d);
        w->view.room = true, w->view.room_scroll.offset = 0;
        break;
    case WORKSHOP_PROJECTOR: w->view.projector = !w->view.projector; break;
    case WORKSHOP_LEAVE: desktop_workshop_toggle(d); break;
    case WORKSHOP_RENAME: workshop_names_save(d); break;
    default: break;
    }
}

bool desktop_workshop_draw(struct Desktop *d, Rect *area)
{
    DesktopWorkshop *w = d->workshop;
    d->workspace.no_drill = w && w->on;
    if (!w || !w->on || !d->st) return true;
    if (w->bound != d->st) workshop_bind(d);
    workshop_intent(d, screen_workshop_bar(d->ui, area, d->st->sc, &w->view));
    if (w->view.room) {
        screen_workshop_room(d->ui, *area, d->st->sc, w->room, w->room_count, &w->view);
        return false;
    }
    return !screen_workshop_reveal(d->ui, *area, d->st->sc, &w->view);
}

void desktop_workshop_dialogs(struct Desktop *d)
{
    DesktopWorkshop *w = d->workshop;
    if (!w || !w->on || !d->st || w->bound != d->st) return;
    workshop_intent(d, screen_workshop_dialogs(d->ui, d->st->sc, &w->view));
}

int desktop_workshop_wait(const struct Desktop *d, int wait)
{
    const DesktopWorkshop *w = d->workshop;
    bool ticking = (w && w->on && w->view.clock.running) ||
                   (d->screen == DESKTOP_WORKSPACE && !d->workspace.no_drill && !d->workspace.drill.paused);
    return ticking && (wait < 0 || wait > 500) ? 500 : wait;
}

static void workshop_free_room(DesktopWorkshop *w)
{
    for (int i = 0; i < w->room_count; i++) score_destroy(&w->room[i].score);
    w->room_count = 0;
}

void desktop_workshop_score_room(struct Desktop *d)
{
    DesktopWorkshop *w = d->workshop;
    AppState *st = d->st;
    workshop_flush(d);
    app_state_save(st);
    workshop_free_room(w);
    CondHost host = app_state_cond_host(st);
    for (int i = 0; i < w->view.team_count; i++) {
        WorkshopTeamScore *t = &w->room[w->room_count++];
        screen_workshop_team_name(&w->view, i, t->name, sizeof t->name);
        char path[4096], err[1024];
        ActionLog log = {0};
        uint64_t seed;
        bool ok = desktop_workshop_save_path(st->sc->meta.id, i, path, sizeof path, err, sizeof err) &&
                  workshop_read_log(st->sc, path, &log, &seed, err, sizeof err);
        Session *s = session_create(st->sc);
        if (ok) session_replay(s, &log, err, sizeof err);
        t->played = ok && log.count > 0;
        rubric_score(s, &host, &t->score);
        session_destroy(s);
        log_destroy(&log);
    }
}

void desktop_workshop_free(struct Desktop *d)
{
    if (!d->workshop) return;
    workshop_free_room(d->workshop);
    screen_workshop_free(&d->workshop->view);
    free(d->workshop);
    d->workshop = NULL;
}
