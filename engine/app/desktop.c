/* desktop.c: the desktop app: settings in and out, the window, the frame
 * loop that sleeps while nothing changes, and the keys that work on every
 * screen (UI scale, F5 reload, Ctrl+Q). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "app.h"
#include "catalog.h"
#include "core/util.h"
#include "core/xdg.h"
#include "desktop.h"
#include "desktop_workshop.h"

static uint32_t desktop_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint32_t)((uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u);
}

static void desktop_load_settings(Desktop *d)
{
    char err[2048], msg[2400];
    settings_defaults(&d->settings);
    if (d->cfg.no_settings) return;
    if (!xdg_config_file("settings.json", d->settings_path, sizeof d->settings_path, err, sizeof err)) {
        d->settings_path[0] = 0;
        error_set(msg, sizeof msg, "Settings will not be kept: %s.", err);
        desktop_set_banner(d, BANNER_ERROR, msg);
        return;
    }
    if (settings_load(d->settings_path, &d->settings, err, sizeof err) == SETTINGS_CORRUPT) {
        d->settings_corrupt = true;
        error_set(msg, sizeof msg, "Your settings could not be read (%s), so the defaults are used "
                  "for what was wrong. The file will be kept as settings.json.corrupt.", err);
        desktop_set_banner(d, BANNER_ERROR, msg);
    }
    if (theme_parse(d->settings.theme) < 0) {
        error_set(msg, sizeof msg, "%s: there is no theme \"%s\"; using light (the themes are "
                  "light, dark and high-contrast).", d->settings_path, d->settings.theme);
        desktop_set_banner(d, BANNER_ERROR, msg);
        snprintf(d->settings.theme, sizeof d->settings.theme, "light");
    }
}

void desktop_save_settings(Desktop *d)
{
    if (d->cfg.no_settings || !d->settings_path[0]) return;
    char err[2048], msg[2400];
    if (d->settings_corrupt) {
        char aside[4200];
        snprintf(aside, sizeof aside, "%s.corrupt", d->settings_path);
        rename(d->settings_path, aside);
        d->settings_corrupt = false;
    }
    if (!settings_save(d->settings_path, &d->settings, err, sizeof err)) {
        error_set(msg, sizeof msg, "Settings could not be saved: %s.", err);
        fprintf(stderr, "incident-dojo: %s\n", msg);
        desktop_set_banner(d, BANNER_ERROR, msg);
    }
}

Desktop *desktop_create(const DesktopConfig *cfg, char *err, size_t errsize)
{
    Desktop *d = xcalloc(1, sizeof *d);
    d->cfg = *cfg;
    desktop_load_settings(d);
    const Settings *s = &d->settings;
    PlatformConfig pc = {.title = cfg->title, .width = s->width, .height = s->height,
                         .position_set = s->position_set, .x = s->x, .y = s->y,
                         .maximized = s->maximized, .headless = cfg->headless,
                         .no_vsync = cfg->no_vsync, .font_dir = cfg->font_dir, .scale = s->scale};
    d->p = platform_create(&pc, err, errsize);
    if (!d->p) {
        free(d);
        return NULL;
    }
    d->ui = ui_create(d->p);
    ui_set_theme(d->ui, (ThemeId)theme_parse(s->theme));
    d->lib = library_scan(catalog_folder(), d->settings.curriculum, d->settings.profile);
    d->screen = DESKTOP_HOME;
    if (cfg->scenario) desktop_open(d, cfg->scenario, false);
    if (cfg->workshop) {
        desktop_workshop_toggle(d);
        desktop_workshop_between(d);
        if (d->st) d->screen = DESKTOP_WORKSPACE, d->workspace.section = screen_workspace_first_section(d->st->session);
    }
    d->dirty = true;
    return d;
}

void desktop_destroy(Desktop *d)
{
    if (!d) return;
    desktop_close_scenario(d);
    if (!platform_is_headless(d->p)) {
        PlatformGeometry g;
        platform_get_geometry(d->p, &g);
        d->settings.width = g.width, d->settings.height = g.height;
        d->settings.x = g.x, d->settings.y = g.y;
        d->settings.position_set = true;
        d->settings.maximized = g.maximized;
    }
    desktop_save_settings(d);
    desktop_workshop_free(d);
    screen_error_free(&d->error);
    screen_error_free(&d->reload_error);
    screen_workspace_free(&d->workspace);
    screen_home_free(&d->home);
    desktop_free_results(d);
    library_destroy(d->lib);
    free(d->error_path);
    ui_destroy(d->ui);
    platform_destroy(d->p);
    free(d);
}

/* Ctrl with +, = or -, or 0: a step of the UI scale (0: back to 100%). */
static bool zoom_key(PlatformKey key, int *step)
{
    *step = key == KEY_PLUS || key == KEY_EQUALS ? 1 : key == KEY_MINUS ? -1 : 0;
    return *step || key == KEY_0;
}

/* Keys that work everywhere, read before any widget: even a modal dialog
 * does not stop F5 or the zoom keys. */
static void desktop_keys(Desktop *d)
{
    for (int i = 0; i < d->in.key_count; i++) {
        KeyPress k = d->in.keys[i];
        bool ctrl = (k.mods & ~(unsigned)MOD_SHIFT) == MOD_CTRL;
        int zoom;
        if (ctrl && zoom_key(k.key, &zoom)) {
            float cur = d->want_scale ? d->want_scale : d->settings.scale;
            /* in the projector view the zoom is the room's, not the person's */
            if (!desktop_workshop_zoom(d, zoom)) d->want_scale = settings_scale_step(cur, zoom);
        } else if (k.key == KEY_F5 && !k.mods && !k.repeat) d->want_reload = true;
        else if (k.key == KEY_F9 && !k.mods && !k.repeat) desktop_workshop_toggle(d);
        else if (k.key == KEY_Q && k.mods == MOD_CTRL) d->quit = true;
        else if (k.key == KEY_R && k.mods == MOD_CTRL && d->screen == DESKTOP_HOME) desktop_show_results(d);
    }
}

static void desktop_banners(Desktop *d, Rect *area)
{
    AppState *st = d->st;
    if (st && st->save_error[0] &&
        (screen_banner(d->ui, 1, area, BANNER_ERROR, st->save_error, "Retry now", false) & BANNER_ACTION)) {
        app_state_save(st);
        d->dirty = true;
    }
    if (d->banner[0] && (screen_banner(d->ui, 2, area, d->banner_kind, d->banner, NULL, true) & BANNER_DISMISSED)) {
        d->banner[0] = 0;
        d->dirty = true;
    }
}

/* Changes that must not happen while a frame is being drawn: the scale
 * reopens the fonts, a reload frees what the frame borrowed. */
static void desktop_between_frames(Desktop *d)
{
    if (d->want_scale && d->want_scale != d->settings.scale) {
        d->settings.scale = d->want_scale;
        ui_set_scale(d->ui, d->want_scale);
        desktop_save_settings(d);
        d->dirty = true;
    }
    d->want_scale = 0;
    desktop_workshop_between(d);
    if (d->want_reload) {
        d->want_reload = false;
        desktop_reload(d);
    }
}

bool desktop_frame(Desktop *d)
{
    platform_poll_input(d->p, &d->in);
    d->dirty = false;
    if (d->in.quit) d->quit = true;
    desktop_keys(d);
    desktop_take_drops(d);
    int w, h;
    platform_get_size(d->p, &w, &h);
    platform_begin_frame(d->p, ui_theme(d->ui)->background);
    ui_begin_frame(d->ui, &d->in, desktop_now_ms());
    Rect area = {0, 0, w, h};
    desktop_banners(d, &area);
    desktop_draw_screen(d, area);
    if (ui_modal_is_open(d->ui, screen_error_modal_id(d->ui))) screen_error_modal(d->ui, &d->reload_error);
    ui_end_frame(d->ui);
    char err[1024];
    if (d->screenshot && !platform_save_screenshot(d->p, d->screenshot, err, sizeof err))
        fprintf(stderr, "incident-dojo: %s\n", err);
    d->screenshot = NULL;
    platform_end_frame(d->p);
    d->frames++;
    desktop_between_frames(d);
    return !d->quit;
}

void desktop_run(Desktop *d)
{
    while (desktop_frame(d)) {
        int wait = desktop_workshop_wait(d, ui_next_frame_ms(d->ui));
        if (d->dirty || wait == 0) continue;
        platform_wait_events(d->p, wait);
    }
}

static int desktop_run_app(const char *scenario, bool workshop)
{
    char err[2048];
    char *path = NULL;
    if (scenario && !(path = catalog_resolve(scenario, err, sizeof err))) {
        fprintf(stderr, "incident-dojo: %s\n", err);
        return 1;
    }
    DesktopConfig cfg = {.scenario = path, .workshop = workshop};
    Desktop *d = desktop_create(&cfg, err, sizeof err);
    if (!d) {
        fprintf(stderr, "incident-dojo: %s\n", err);
        free(path);
        return 1;
    }
    desktop_run(d);
    desktop_destroy(d);
    free(path);
    return 0;
}

int app_run_desktop(const char *scenario) { return desktop_run_app(scenario, false); }
int app_run_workshop(const char *scenario) { return desktop_run_app(scenario, true); }
