/* test_screens.c: the screens and the desktop flow on the headless
 * backend, driven by synthetic input: home -> briefing -> workspace by
 * keyboard and by mouse, opening sources, autosave and resume, start over,
 * broken scenarios, F5 reloads, a failing save folder, settings.
 * Every run uses its own temp folders for settings, saves and scenarios.
 * Usage: test_screens SOURCE_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "core/save.h"
#include "desktop.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], tmp[256], scen[512], fonts[1100];

static void run(const char *fmt, const char *a, const char *b)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, fmt, a, b);
    if (system(cmd) != 0) fprintf(stderr, "failed: %s\n", cmd);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) fputs(text, f), fclose(f);
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void data_path(char *buf, size_t size, const char *rel)
{
    snprintf(buf, size, "%s/data/incident-dojo/%s", tmp, rel);
}

static Desktop *start(const char *scenario)
{
    char err[1024] = "";
    DesktopConfig cfg = {.scenario = scenario, .headless = true, .font_dir = fonts};
    Desktop *d = desktop_create(&cfg, err, sizeof err);
    if (!d) fprintf(stderr, "desktop_create: %s\n", err);
    for (int i = 0; d && i < 3; i++) desktop_frame(d);
    return d;
}

static Rect list_row(const UiList *l, int i)
{
    return (Rect){l->r.x, l->r.y + i * l->row_h - l->scroll.offset, l->r.w, l->row_h};
}

/* The catalogue in the temp folder is example, mini, zz-broken.lua. */
static void test_home_lists(void)
{
    Desktop *d = start(NULL);
    if (!d) return;
    CHECK_INT(d->screen, DESKTOP_HOME);
    CHECK_INT(d->lib->count, 3);
    CHECK_STR(d->lib->entries[0].title, "Example: the expired certificate");
    CHECK_STR(d->lib->entries[1].title, "Mini");
    CHECK(d->lib->entries[0].error == NULL && d->lib->entries[0].objective_count == 2);
    CHECK(d->lib->entries[2].error != NULL);
    CHECK_INT(d->lib->entries[1].saved_actions, 0);
    CHECK_INT(d->home.list.selected, 0);
    ui_desk_shot(d, tmp, "home", 20);
    desktop_destroy(d);
}

/* Keyboard only: Down, Enter (briefing), Enter (Start), Enter (open). */
static void test_keyboard_flow(void)
{
    Desktop *d = start(NULL);
    if (!d) return;
    ui_desk_key(d, KEY_DOWN, 0);
    CHECK_INT(d->home.list.selected, 1);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    CHECK(d->st && strcmp(d->st->sc->meta.id, "mini") == 0);
    ui_desk_shot(d, tmp, "briefing", 20);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK_INT(d->workspace.section, SECTION_SOURCES);
    CHECK_INT(d->st->session->clock, 0);
    int cost = session_read_cost(d->st->sc, 0);
    ui_desk_key(d, KEY_ENTER, 0);           /* the first source, selected and focused */
    CHECK(d->st->session->opened[0]);
    CHECK_INT(d->st->session->clock, cost);
    CHECK_INT(d->st->log.count, 1);
    CHECK(cost > 0);
    ui_desk_shot(d, tmp, "workspace", 20);
    ui_desk_key(d, KEY_DOWN, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK(d->st->session->opened[1]);
    CHECK_INT(d->st->log.count, 2);
    ui_desk_key(d, KEY_8, MOD_CTRL);
    CHECK_INT(d->workspace.section, SECTION_DEBRIEF);
    CHECK(d->workspace.debrief.scored && d->workspace.debrief.score.possible > 0);
    ui_desk_key(d, KEY_2, MOD_CTRL);
    ui_desk_key(d, KEY_Q, MOD_CTRL);
    CHECK(!desktop_frame(d));
    desktop_destroy(d);
    /* the autosave is there and loads */
    char path[512], err[1024];
    data_path(path, sizeof path, "saves/mini.save");
    SaveData data = {0};
    CHECK_INT(save_load(path, &data, err, sizeof err), SAVE_LOADED);
    CHECK_STR(data.scenario_id, "mini");
    CHECK_INT(data.log.count, 2);
    CHECK(data.log.count == 2 && data.log.items[0].kind == ACTION_OPEN);
    save_data_clear(&data);
}

/* A second run offers to resume (Enter picks Resume) and restores the state. */
static void test_resume(void)
{
    Desktop *d = start(NULL);
    if (!d) return;
    CHECK_INT(d->lib->entries[1].saved_actions, 2);
    ui_desk_key(d, KEY_DOWN, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    CHECK_INT(app_state_offer_count(d->st), 2);
    CHECK_INT(d->st->session->action_count, 0);
    ui_desk_shot(d, tmp, "resume-offer", 20);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK_INT(d->st->session->action_count, 2);
    CHECK(d->st->session->opened[0] && d->st->session->opened[1]);
    CHECK_INT(d->st->session->clock, session_read_cost(d->st->sc, 0) + session_read_cost(d->st->sc, 1));
    desktop_destroy(d);
}

/* Mouse only: Continue from home, then another scenario's briefing and Start,
 * choosing a source in the list and opening it with the button. */
static void test_mouse_flow(void)
{
    Desktop *d = start(NULL);
    if (!d) return;
    ui_desk_click(d, list_row(&d->home.list, 1));
    ui_desk_shot(d, tmp, "home-continue", 20);
    CHECK_INT(d->home.list.selected, 1);
    CHECK(d->home.continue_button.w > 0);
    ui_desk_click(d, d->home.continue_button);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK(d->st && d->st->session->open_count == 2);
    desktop_go_home(d);
    ui_desk_frames(d, 2);
    ui_desk_click(d, list_row(&d->home.list, 0));
    CHECK_INT(d->home.list.selected, 0);
    ui_desk_click(d, d->home.open_button);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    CHECK(d->st && strcmp(d->st->sc->meta.id, "example-cert") == 0);
    ui_desk_click(d, d->briefing.start_button);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    const UiList *l = &d->workspace.sources.list;
    ui_desk_click(d, list_row(l, 1));
    CHECK_INT(l->selected, 1);
    CHECK(!d->st->session->opened[1]);          /* choosing is free; reading is not */
    CHECK_INT(d->st->session->clock, 0);
    ui_desk_click(d, d->workspace.sources.open_button);
    CHECK(d->st->session->opened[1]);
    CHECK_INT(d->st->session->clock, session_read_cost(d->st->sc, 1));
    ui_desk_shot(d, tmp, "workspace-text", 20);
    desktop_destroy(d);
}

/* Start over keeps the old save as the .bak and begins from nothing. */
static void test_start_over(void)
{
    Desktop *d = start(NULL);
    if (!d) return;
    ui_desk_key(d, KEY_DOWN, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(app_state_offer_count(d->st), 2);
    ui_desk_key(d, KEY_TAB, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    CHECK_INT(app_state_offer_count(d->st), 0);
    char path[512], bak[600], err[1024];
    data_path(path, sizeof path, "saves/mini.save");
    snprintf(bak, sizeof bak, "%s.bak", path);
    SaveData data = {0};
    CHECK_INT(save_load(path, &data, err, sizeof err), SAVE_LOADED);
    CHECK_INT(data.log.count, 0);
    save_data_clear(&data);
    CHECK_INT(save_load(bak, &data, err, sizeof err), SAVE_LOADED);
    CHECK_INT(data.log.count, 2);
    save_data_clear(&data);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK_INT(d->st->session->clock, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->st->log.count, 1);
    desktop_destroy(d);
}

/* A broken scenario: its problems on the error screen, copyable; fixed and
 * retried, it opens. */
static void test_broken(void)
{
    char broken[600];
    snprintf(broken, sizeof broken, "%s/zz-broken.lua", scen);
    Desktop *d = start(broken);
    if (!d) return;
    CHECK_INT(d->screen, DESKTOP_ERROR);
    CHECK(d->st == NULL);
    CHECK_CONTAINS(d->error.text.text, "zz-broken.lua:1: error[unknown-field]");
    CHECK_CONTAINS(d->error.text.text, "colour");
    CHECK(d->error.text.read_only);
    ui_desk_shot(d, tmp, "error", 20);
    ui_desk_click(d, d->error.copy_button);
    CHECK_INT(d->error.copies, 1);
    char *clip = platform_get_clipboard(d->p);
    CHECK_CONTAINS(clip, "error[unknown-field]");
    free(clip);
    desktop_go_home(d);
    ui_desk_frames(d, 2);
    ui_desk_key(d, KEY_END, 0);
    ui_desk_key(d, KEY_ENTER, 0);           /* from the list too */
    CHECK_INT(d->screen, DESKTOP_ERROR);
    write_file(broken, "scenario { id = \"fixed\", title = \"Fixed\", summary = \"s\", difficulty = \"easy\",\n"
               "  minutes = 1, format = 1, started = \"2026-01-01T10:00:00Z\", ended = \"2026-01-01T11:00:00Z\" }\n");
    ui_desk_key(d, KEY_F5, 0);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    CHECK(d->st && strcmp(d->st->sc->meta.id, "fixed") == 0);
    desktop_destroy(d);
}

/* F5: a broken edit keeps the old version running and shows the problems;
 * an edit the log no longer fits keeps what replayed and says which action. */
static void test_reload(void)
{
    char dir[600], file[700];
    snprintf(dir, sizeof dir, "%s/mini", scen);
    snprintf(file, sizeof file, "%s/scenario.lua", dir);
    Desktop *d = start(dir);
    if (!d) return;
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    ui_desk_key(d, KEY_ENTER, 0);           /* resume the 1 action left by start over */
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK_INT(d->st->log.count, 1);
    ui_desk_key(d, KEY_DOWN, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->st->log.count, 2);
    const Scenario *before = d->st->sc;
    int clock = d->st->session->clock;
    run("cp '%s' '%s.orig'", file, file);
    FILE *f = fopen(file, "a");
    if (f) fputs("this is not lua\n", f), fclose(f);
    ui_desk_key(d, KEY_F5, 0);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK(d->st->sc == before);
    CHECK_INT(d->st->session->clock, clock);
    CHECK(ui_modal_is_open(d->ui, screen_error_modal_id(d->ui)));
    CHECK_CONTAINS(d->reload_error.text.text, "scenario.lua:");
    ui_desk_shot(d, tmp, "reload-failed", 20);
    ui_desk_key(d, KEY_ENTER, 0);           /* Close */
    CHECK(!ui_modal_is_open(d->ui, screen_error_modal_id(d->ui)));
    run("sed 's/\"pr7\"/\"pr8\"/g' '%s.orig' > '%s'", file, file);
    ui_desk_key(d, KEY_F5, 0);
    CHECK(!ui_modal_is_open(d->ui, screen_error_modal_id(d->ui)));
    CHECK(d->st->sc != NULL && scenario_find(d->st->sc, "pr8", ENT_SOURCE) >= 0);
    CHECK_INT(d->st->log.count, 1);
    CHECK_INT(d->st->session->action_count, 1);
    CHECK_CONTAINS(d->banner, "replayed 1 of 2 actions");
    CHECK_CONTAINS(d->banner, "action 1");
    ui_desk_shot(d, tmp, "reload-partial", 20);
    run("cp '%s.orig' '%s'", file, file);
    ui_desk_key(d, KEY_F5, 0);
    CHECK_CONTAINS(d->banner, "every action replayed");
    desktop_destroy(d);
}

/* A save the scenario has outgrown: resumed as far as it fits, and said so. */
static void test_resume_changed(void)
{
    char dir[600], file[700];
    snprintf(dir, sizeof dir, "%s/mini", scen);
    snprintf(file, sizeof file, "%s/scenario.lua", dir);
    run("sed 's/\"pr7\"/\"pr8\"/g' '%s.orig' > '%s'", file, file);
    Desktop *d = start(dir);
    if (!d) return;
    CHECK_INT(app_state_offer_count(d->st), 2);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    CHECK_INT(d->st->log.count, 1);
    CHECK_CONTAINS(d->banner, "resumed 1 of 2 actions");
    CHECK_CONTAINS(d->banner, "no source 'pr7'");
    desktop_destroy(d);
    run("cp '%s.orig' '%s'", file, file);
}

/* A save folder that cannot be written: a banner with the reason, the state
 * kept in memory, and the save retried (and made) at the next action. */
static void test_save_fails(void)
{
    char blocker[512], dir[600], path[700], err[1024];
    snprintf(blocker, sizeof blocker, "%s/blocker", tmp);
    write_file(blocker, "a file where the data folder should be");
    setenv("XDG_DATA_HOME", blocker, 1);
    snprintf(dir, sizeof dir, "%s/example", scen);
    Desktop *d = start(dir);
    if (!d) return;
    ui_desk_key(d, KEY_ENTER, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK(d->st && d->st->session->opened[0]);
    CHECK_CONTAINS(d->st->save_error, "Autosave failed");
    CHECK_CONTAINS(d->st->save_error, "blocker");
    ui_desk_shot(d, tmp, "save-failed", 20);
    unlink(blocker);
    ui_desk_key(d, KEY_DOWN, 0);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_STR(d->st->save_error, "");
    snprintf(path, sizeof path, "%s/incident-dojo/saves/example-cert.save", blocker);
    SaveData data = {0};
    CHECK_INT(save_load(path, &data, err, sizeof err), SAVE_LOADED);
    CHECK_INT(data.log.count, 2);
    save_data_clear(&data);
    desktop_destroy(d);
    char data_home[512];
    snprintf(data_home, sizeof data_home, "%s/data", tmp);
    setenv("XDG_DATA_HOME", data_home, 1);
}

static void settings_file(char *buf, size_t size)
{
    snprintf(buf, size, "%s/config/incident-dojo/settings.json", tmp);
}

/* Scale keys and the theme switcher are saved, and come back next run; a
 * corrupt file gives the defaults and a banner, and is kept aside. */
static void test_settings(void)
{
    char path[512], err[1024], aside[600];
    settings_file(path, sizeof path);
    Desktop *d = start(NULL);
    if (!d) return;
    ui_desk_key(d, KEY_EQUALS, MOD_CTRL);
    CHECK(d->settings.scale == 1.1f);
    ui_desk_key(d, KEY_EQUALS, MOD_CTRL | MOD_SHIFT);
    ui_desk_key(d, KEY_MINUS, MOD_CTRL);
    CHECK(d->settings.scale == 1.1f);
    CHECK(ui_scale(d->ui) > 1.09f && ui_scale(d->ui) < 1.11f);
    Rect tabs = d->home.theme_tabs;
    ui_desk_click(d, (Rect){tabs.x + tabs.w * 5 / 6, tabs.y, 1, tabs.h});
    CHECK_INT(ui_theme_id(d->ui), THEME_HIGH_CONTRAST);
    Settings s;
    CHECK_INT(settings_load(path, &s, err, sizeof err), SETTINGS_LOADED);
    CHECK_STR(s.theme, "high-contrast");
    CHECK(s.scale == 1.1f);
    desktop_destroy(d);
    d = start(NULL);
    if (!d) return;
    CHECK_INT(ui_theme_id(d->ui), THEME_HIGH_CONTRAST);
    CHECK(d->settings.scale == 1.1f);
    CHECK_STR(d->banner, "");
    ui_desk_key(d, KEY_0, MOD_CTRL);
    CHECK(d->settings.scale == 1.0f);
    desktop_destroy(d);
    write_file(path, "{\"theme\": \"dark\", \"scale\": 1.5, \x01 garbage");
    d = start(NULL);
    if (!d) return;
    CHECK_CONTAINS(d->banner, "could not be read");
    CHECK_CONTAINS(d->banner, "settings.json");
    CHECK_INT(ui_theme_id(d->ui), THEME_LIGHT);
    CHECK(d->settings.scale == 1.0f);
    ui_desk_shot(d, tmp, "settings-corrupt", 20);
    desktop_destroy(d);
    snprintf(aside, sizeof aside, "%s.corrupt", path);
    CHECK(exists(aside));
    CHECK_INT(settings_load(path, &s, err, sizeof err), SETTINGS_LOADED);
    write_file(path, "{\"theme\": \"sepia\"}");
    d = start(NULL);
    if (!d) return;
    CHECK_CONTAINS(d->banner, "no theme \"sepia\"");
    desktop_destroy(d);
}

/* ---- the screens alone: synthetic input in, intents out ---- */

static void screen_frame(Platform *p, Ui *ui, PlatformInput *in)
{
    platform_begin_frame(p, ui_theme(ui)->background);
    ui_begin_frame(ui, in, 0);
}

static void screen_done(Platform *p, Ui *ui, PlatformInput *in)
{
    ui_end_frame(ui);
    platform_end_frame(p);
    *in = (PlatformInput){.mouse_x = in->mouse_x, .mouse_y = in->mouse_y};
}

static void test_home_screen(Platform *p, Ui *ui)
{
    static const char *const objectives[] = {"Read the chat", "Mark detection"};
    HomeEntry e[3] = {
        {.id = "a", .title = "Alpha", .summary = "First.", .difficulty = "easy", .minutes = 5,
         .objectives = objectives, .objective_count = 2},
        {.id = "b", .title = "Beta", .summary = "Second.", .difficulty = "hard", .minutes = 40, .saved_actions = 3},
        {.id = "c", .title = "c.lua", .error = "c.lua:1: error[syntax]: oops"}};
    HomeView v = {0};
    PlatformInput in = {0};
    HomeIntent got[8];
    for (int f = 0; f < 8; f++) {
        screen_frame(p, ui, &in);
        got[f] = screen_home(ui, (Rect){0, 0, 1280, 800}, e, 3, &v);
        screen_done(p, ui, &in);
        Rect row = list_row(&v.list, 1);
        if (f == 1) in.keys[in.key_count++] = (KeyPress){KEY_DOWN, 0, false};
        if (f == 2) in.keys[in.key_count++] = (KeyPress){KEY_ENTER, 0, false};
        if (f == 4) in.mouse_x = row.x + 10, in.mouse_y = row.y + 10, in.mouse_moved = true;
        if (f == 5) in.mouse_pressed = in.mouse_down = MOUSE_LEFT, in.clicks = 2;
        if (f == 6) in.mouse_released = MOUSE_LEFT;
    }
    CHECK_INT(got[2].kind, HOME_NONE);
    CHECK_INT(got[3].kind, HOME_OPEN);
    CHECK_INT(got[3].entry, 1);
    CHECK(got[6].kind == HOME_OPEN || got[7].kind == HOME_OPEN);     /* the double click */
    CHECK(v.continue_button.w > 0);         /* Beta has a save */
}

static void test_workspace_screen(Platform *p, Ui *ui, const char *mini)
{
    Diags diags = {0};
    Scenario *sc = loader_load(mini, NULL, &diags, NULL);
    diags_destroy(&diags);
    CHECK(sc != NULL);
    if (!sc) return;
    Session *s = session_create(sc);
    WorkspaceView v = {.section = screen_workspace_first_section(s)};   /* mini has no triage */
    CHECK_INT(v.section, SECTION_SOURCES);
    PlatformInput in = {0};
    WorkspaceIntent got = {0};
    int actions = 0;
    for (int f = 0; f < 6; f++) {
        screen_frame(p, ui, &in);
        WorkspaceIntent w = screen_workspace(ui, (Rect){0, 0, 1280, 800}, s, NULL, &v);
        screen_done(p, ui, &in);
        if (w.kind == WORKSPACE_ACTION) {
            actions++;
            action_clear(&got.action);
            got = w;
        }
        if (f == 2) in.keys[in.key_count++] = (KeyPress){KEY_ENTER, 0, false};
    }
    CHECK_INT(actions, 1);
    CHECK_INT(got.kind, WORKSPACE_ACTION);
    CHECK_INT(got.action.kind, ACTION_OPEN);
    CHECK_STR(got.action.target, sc->sources[0].id);
    CHECK_INT(s->clock, 0);                 /* the screen never applies it itself */
    CHECK_INT(s->open_count, 0);
    char err[256];
    CHECK(session_apply(s, &got.action, err, sizeof err));
    CHECK(s->clock > 0);
    action_clear(&got.action);
    CHECK_STR(screen_workspace_phase(SECTION_SOURCES), "Investigate");
    CHECK_STR(screen_workspace_phase(SECTION_INTERVIEWS), "Interview");
    CHECK_STR(screen_workspace_phase(SECTION_MEETING), "Meet");
    CHECK_STR(screen_workspace_phase(SECTION_REPORT), "Write");
    CHECK_STR(screen_workspace_phase(SECTION_DEBRIEF), "Debrief");
    screen_workspace_free(&v);
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_screens_alone(void)
{
    char err[1024], mini[1100];
    PlatformConfig cfg = {.headless = true, .font_dir = fonts};
    Platform *p = platform_create(&cfg, err, sizeof err);
    CHECK(p != NULL);
    if (!p) return;
    Ui *ui = ui_create(p);
    test_home_screen(p, ui);
    snprintf(mini, sizeof mini, "%s/tests/scenario/mini", src);
    test_workspace_screen(p, ui, mini);
    ui_destroy(ui);
    platform_destroy(p);
}

/* With DOJO_SHOTS=DIR: the tutorial's screens in every theme at 100% and at
 * 200% on a 2x surface, as BMPs in DIR, for people to look at. */
static void gallery_one(const char *dir, const char *theme, int scale)
{
    char path[600], text[256], name[1100];
    snprintf(path, sizeof path, "%s/config/incident-dojo/settings.json", tmp);
    snprintf(text, sizeof text, "{\"theme\":\"%s\",\"scale\":%d,\"window\":{\"width\":%d,\"height\":%d}}",
             theme, scale, 1280 * scale, 800 * scale);
    write_file(path, text);
    run("rm -rf '%s/gallery-data'%s", tmp, "");
    Desktop *d = start(NULL);
    if (!d) return;
    const char *steps[] = {"home", "briefing", "chat", "call", "pr", "debrief"};
    for (int k = 0; k < 6; k++) {
        snprintf(name, sizeof name, "%s/%s-%dx-%d-%s.bmp", dir, theme, scale, k, steps[k]);
        d->screenshot = name;
        ui_desk_frames(d, 1);
        if (k == 0 || k == 1) ui_desk_key(d, KEY_ENTER, 0);
        if (k == 1) ui_desk_key(d, KEY_ENTER, 0);
        if (k >= 2 && k <= 3) ui_desk_key(d, KEY_DOWN, 0), ui_desk_key(d, KEY_ENTER, 0);
        if (k == 4) ui_desk_key(d, KEY_8, MOD_CTRL);
    }
    desktop_destroy(d);
}

static void gallery(const char *dir)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios", src);
    setenv("INCIDENT_DOJO_SCENARIOS", path, 1);
    snprintf(path, sizeof path, "%s/gallery-data", tmp);
    setenv("XDG_DATA_HOME", path, 1);
    const char *themes[] = {"light", "dark", "high-contrast"};
    for (int t = 0; t < 3; t++)
        for (int s = 1; s <= 2; s++) gallery_one(dir, themes[t], s);
}

static void setup(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/dojo-screens-XXXXXX");
    if (!mkdtemp(tmp)) exit(1);
    snprintf(scen, sizeof scen, "%s/scenarios", tmp);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    char path[600];
    mkdir(scen, 0755);
    run("cp -r '%s/tests/scenario/mini' '%s/'", src, scen);
    run("cp -r '%s/tests/scenario/example' '%s/'", src, scen);
    snprintf(path, sizeof path, "%s/zz-broken.lua", scen);
    write_file(path, "scenario { id = \"broken\", title = \"Broken\", summary = \"s\", difficulty = \"easy\",\n"
               "  minutes = 1, format = 1, colour = \"red\" }\n");
    ui_fixture_app_env(scen, tmp);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    setup();
    test_screens_alone();
    test_home_lists();
    test_keyboard_flow();
    test_resume();
    test_mouse_flow();
    test_start_over();
    test_broken();
    test_reload();
    test_resume_changed();
    test_save_fails();
    test_settings();
    if (getenv("DOJO_SHOTS")) gallery(getenv("DOJO_SHOTS"));
    if (!getenv("DOJO_KEEP_TMP")) run("rm -rf '%s'%s", tmp, "");
    else printf("kept %s\n", tmp);
    return testing_done("test_screens");
}
