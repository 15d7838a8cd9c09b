/* test_results.c: the Results screen on the headless backend: Ctrl+R at
 * home opens it empty; three result files dropped on the window (the
 * synthetic drop) fill it; bad files, a file dropped twice and a result
 * of another scenario are banners that change nothing; Clear empties it.
 * Screenshots in light, dark and high contrast.
 * Usage: test_results SOURCE_DIR */
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include "app.h"
#include "desktop.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], tmp[256], fonts[1100];

static void drop(Desktop *d, const char *name)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", tmp, name);
    platform_inject_drop(d->p, path);
}

/* play SCENARIO --actions golden --out tmp/NAME.json, as a workshop would. */
static void make_result(const char *scenario, const char *log, const char *name)
{
    char actions[1200], out[600];
    snprintf(actions, sizeof actions, "%s/tests/golden/%s/%s.json", src, scenario, log);
    snprintf(out, sizeof out, "%s/%s.json", tmp, name);
    char *argv[] = {(char *)scenario, "--actions", actions, "--out", out};
    CHECK_INT(cmd_play(5, argv), 0);
}

static bool shown(const Desktop *d, const char *text)
{
    return d->results_view.kept.s && strstr(d->results_view.kept.s, text);
}

static void test_empty(Desktop *d)
{
    CHECK_INT(d->screen, DESKTOP_HOME);
    platform_inject_key(d->p, KEY_R, MOD_CTRL);
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_RESULTS);
    CHECK(shown(d, "Drop participants' result files"));
    platform_inject_key(d->p, KEY_ESCAPE, 0);
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_HOME);
    /* and from the Home screen's button, for who does not know the key */
    Rect b = d->home.results_rect;
    CHECK(b.w > 0);
    platform_inject_mouse_move(d->p, b.x + b.w / 2, b.y + b.h / 2);
    ui_desk_frames(d, 1);
    platform_inject_mouse_button(d->p, MOUSE_LEFT, true, b.x + b.w / 2, b.y + b.h / 2);
    ui_desk_frames(d, 1);
    platform_inject_mouse_button(d->p, MOUSE_LEFT, false, b.x + b.w / 2, b.y + b.h / 2);
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_RESULTS);
    platform_inject_key(d->p, KEY_ESCAPE, 0);
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_HOME);
}

static void test_drop(Desktop *d, const char *dir)
{
    drop(d, "expert.json"), drop(d, "novice.json"), drop(d, "blame.json");
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_RESULTS);
    CHECK(d->results && d->results->count == 3);
    CHECK_STR(d->banner, "");
    CHECK(shown(d, "Workshop results"));
    CHECK(shown(d, "Tutorial: The Lunch Drop slowdown: 3 participants"));
    CHECK(shown(d, "Mean 42.7, median 15.4, lowest 12.8, highest 100.0"));
    CHECK(shown(d, "Find the change that set the stage, and the discussion around it\n3 of 3 met"));
    CHECK(shown(d, "Choose the incident with the most to teach, and say why\n1 of 3 met"));
    CHECK(shown(d, "Most-missed evidence"));
    CHECK(shown(d, "missed by 2 of 3"));
    CHECK(shown(d, "What did you notice first?\xE2\x80\x9D (Priya Nair)\n    asked by 3 of 3, 100%"));
    CHECK(!shown(d, "q.priya-notice"));                    /* the catalogue's scenario names it */
    CHECK(d->results_view.sc != NULL && !d->results_view.sc_missing);
    CHECK(shown(d, "Timelines side by side"));
    CHECK(shown(d, "expert  100.0"));
    CHECK(shown(d, "novice  15.4"));
    CHECK(shown(d, "2026-03-12 12:04 detection\nAlerts and pages, 12:04"));
    static const ThemeId themes[] = {THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST};
    static const char *const names[] = {"results-light", "results-dark", "results-high-contrast"};
    for (int i = 0; i < 3; i++) {
        ui_set_theme(d->ui, themes[i]);
        ui_desk_shot(d, dir, names[i], 20);
    }
    ui_set_theme(d->ui, THEME_LIGHT);
    platform_inject_mouse_move(d->p, 600, 500);
    ui_desk_frames(d, 1);
    platform_inject_wheel(d->p, -30);
    ui_desk_frames(d, 2);
    CHECK(d->results_view.scroll.offset > 0);
    ui_desk_shot(d, dir, "results-scrolled", 20);
    d->results_view.scroll.offset = ui_px(d->ui, 560);
    ui_desk_shot(d, dir, "results-lists", 20);
}

static void test_refused(Desktop *d)
{
    char path[600];
    snprintf(path, sizeof path, "%s/notes.txt", tmp);
    FILE *f = fopen(path, "w");
    if (f) fputs("hello", f), fclose(f);
    snprintf(path, sizeof path, "%s/save.json", tmp);
    f = fopen(path, "w");
    if (f) fputs("{\"scenario\":{\"id\":\"tutorial\"},\"actions\":[]}", f), fclose(f);
    drop(d, "notes.txt"), drop(d, "save.json"), drop(d, "expert.json");
    ui_desk_frames(d, 3);
    CHECK_INT(d->results->count, 3);
    CHECK_CONTAINS(d->banner, "notes.txt: not a result file");
    CHECK_CONTAINS(d->banner, "save.json: not a result file: no \"score\"");
    make_result("cert-expiry", "expert", "cert");
    drop(d, "cert.json");
    ui_desk_frames(d, 3);
    CHECK_INT(d->results->count, 3);
    CHECK_CONTAINS(d->banner, "cert.json: a result of scenario 'cert-expiry'");
    d->banner[0] = 0;
}

/* Nine participants: the timelines wrap to rows of readable columns. */
static void test_many(Desktop *d, const char *dir)
{
    char cmd[1400];
    for (int i = 1; i <= 6; i++) {
        snprintf(cmd, sizeof cmd, "cp '%s/novice.json' '%s/team-%d.json'", tmp, tmp, i);
        CHECK_INT(system(cmd), 0);
        char name[32];
        snprintf(name, sizeof name, "team-%d.json", i);
        drop(d, name);
    }
    ui_desk_frames(d, 3);
    CHECK_INT(d->results->count, 9);
    CHECK(shown(d, "team-6  15.4"));
    CHECK(shown(d, "Tutorial: The Lunch Drop slowdown: 9 participants"));
    d->results_view.scroll.offset = 1 << 20;   /* clamped to the end */
    ui_desk_shot(d, dir, "results-many", 20);
    CHECK(d->results_view.scroll.offset < 1 << 20);
}

static void test_clear(Desktop *d)
{
    /* Clear results sits at the right end of the top bar */
    int w, h;
    platform_get_size(d->p, &w, &h);
    ui_desk_click(d, (Rect){w - 40, 20, 1, 1});
    CHECK(d->results == NULL);
    CHECK(shown(d, "Drop participants' result files"));
    CHECK_INT(d->screen, DESKTOP_RESULTS);
}

/* Results of a scenario the catalogue does not hold: ids, and why. */
static void test_not_catalogued(Desktop *d)
{
    char empty[600], keep[1100];
    snprintf(keep, sizeof keep, "%s", getenv("INCIDENT_DOJO_SCENARIOS"));
    snprintf(empty, sizeof empty, "%s/no-scenarios", tmp);
    mkdir(empty, 0777);
    setenv("INCIDENT_DOJO_SCENARIOS", empty, 1);
    drop(d, "expert.json");
    ui_desk_frames(d, 3);
    CHECK(d->results && d->results->count == 1);
    CHECK(d->results_view.sc == NULL && d->results_view.sc_missing);
    CHECK(shown(d, "The scenario 'tutorial' is not in the catalogue, so evidence and questions show as ids."));
    CHECK(shown(d, "q.priya-notice (priya)\n    asked by 1 of 1, 100%"));
    CHECK(shown(d, "key_moment\na.priya-paged"));
    setenv("INCIDENT_DOJO_SCENARIOS", keep, 1);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    snprintf(tmp, sizeof tmp, "/tmp/dojo-results-XXXXXX");
    if (!mkdtemp(tmp)) return 1;
    char path[1200], dir[1024];
    snprintf(path, sizeof path, "%s/scenarios", src);
    ui_fixture_app_env(path, tmp);
    make_result("tutorial", "expert", "expert");
    make_result("tutorial", "novice", "novice");
    make_result("tutorial", "blame", "blame");
    if (!ui_fixture_shots(dir, sizeof dir, "results")) return 1;
    char err[1024] = "";
    DesktopConfig cfg = {.headless = true, .font_dir = fonts};
    Desktop *d = desktop_create(&cfg, err, sizeof err);
    if (!d) {
        fprintf(stderr, "desktop_create: %s\n", err);
        return 1;
    }
    ui_desk_frames(d, 3);
    test_empty(d);
    test_drop(d, dir);
    test_refused(d);
    test_many(d, dir);
    test_clear(d);
    test_not_catalogued(d);
    desktop_destroy(d);
    ui_fixture_remove_shots(dir);
    snprintf(path, sizeof path, "rm -rf '%s'", tmp);
    if (system(path) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    return testing_done("test_results");
}
