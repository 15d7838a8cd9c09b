/* test_drill.c: the solo drill's controls on the tutorial, headless,
 * through the workspace: the hint dialog lists the criteria not met and
 * not hinted with their costs, choosing one returns exactly one hint
 * action, a hint taken costs its points once the criterion is met, pause
 * hides the section and stops the clock, the time limit moves to the
 * Debrief, and the result to share. Screenshots of the top bar with the
 * hint dialog, a hint shown, and the pause.
 * Usage: test_drill SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "script/loader.h"
#include "testing.h"
#include "ui/screen_workspace.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

typedef struct Drive {
    UiDriver drv;               /* first: its screen casts it back */
    const CondHost *host;
    Session *s;
    WorkspaceView w;
    WorkspaceIntent got;
    int intents;
} Drive;

/* The workspace, keeping the intent it returned. */
static void draw_workspace(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    WorkspaceIntent wi = screen_workspace(u->ui, r, d->s, d->host, &d->w);
    if (wi.kind != WORKSPACE_NONE) {
        if (d->got.kind == WORKSPACE_ACTION) action_clear(&d->got.action);
        d->got = wi;
        d->intents++;
    }
}

/* Applies what the workspace returned, as the app does. */
static void apply_got(Drive *d)
{
    char err[256];
    CHECK(d->got.kind == WORKSPACE_ACTION);
    if (d->got.kind != WORKSPACE_ACTION) return;
    CHECK(session_apply(d->s, &d->got.action, err, sizeof err));
    action_clear(&d->got.action);
    d->got.kind = WORKSPACE_NONE;
}

static bool golden_log(const char *name, ActionLog *log)
{
    char path[1200], err[256], *data;
    size_t len;
    snprintf(path, sizeof path, "%s/tests/golden/tutorial/%s.json", src, name);
    if (!file_read_all(path, &data, &len, err, sizeof err)) return false;
    cJSON *json = cJSON_Parse(data);
    free(data);
    bool ok = json && log_from_json(cJSON_GetObjectItemCaseSensitive(json, "actions"), log, err, sizeof err);
    cJSON_Delete(json);
    return ok;
}

/* The dialog lists exactly the criteria not met and not hinted, and one
 * click returns one hint action naming the criterion chosen. */
static void test_hint_dialog(Drive *d, int *chosen)
{
    const Scenario *sc = d->s->sc;
    ui_drive_frames(&d->drv, 3);
    ui_drive_click(&d->drv, d->w.drill.hint_button);
    char err[256];
    int expect = 0;
    for (int c = 0; c < sc->criterion_count; c++)
        if (cond_eval(d->s, sc->criteria[c].cond, NULL, err, sizeof err) != 1) {
            CHECK(expect < d->w.drill.row_count && d->w.drill.row_criterion[expect] == c);
            expect++;
        }
    CHECK(expect > 1);
    CHECK_INT(d->w.drill.row_count, expect);
    for (int i = 0; i < d->w.drill.row_count; i++) {
        const Criterion *k = &sc->criteria[d->w.drill.row_criterion[i]];
        CHECK_INT(k->hint_cost, (k->points + 1) / 2);   /* the tutorial keeps the default cost */
    }
    ui_drive_shot(&d->drv, "drill-hints", UI_DRIVE_NOT_BLANK);
    *chosen = d->w.drill.row_criterion[1];
    d->intents = 0;
    ui_drive_click(&d->drv, d->w.drill.rows[1]);
    CHECK_INT(d->intents, 1);
    CHECK(d->got.kind == WORKSPACE_ACTION && d->got.action.kind == ACTION_HINT);
    if (d->got.kind == WORKSPACE_ACTION) CHECK_STR(d->got.action.target, sc->criteria[*chosen].id);
    apply_got(d);
    ui_drive_frames(&d->drv, 2);
    CHECK_INT(d->w.drill.hint_shown, *chosen + 1);
    CHECK_INT(d->s->hint_count, 1);
    ui_drive_shot(&d->drv, "drill-hint-shown", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&d->drv, (Rect){0, 0, 10, 10});  /* nothing there; Esc closes */
    ui_drive_key(&d->drv, KEY_ESCAPE, 0);
    /* the dialog again: the criterion hinted is gone from the list */
    ui_drive_click(&d->drv, d->w.drill.hint_button);
    CHECK_INT(d->w.drill.row_count, expect - 1);
    for (int i = 0; i < d->w.drill.row_count; i++) CHECK(d->w.drill.row_criterion[i] != *chosen);
    ui_drive_key(&d->drv, KEY_ESCAPE, 0);
}

/* The expert log with a hint taken first: the hinted criterion, met in
 * the end, earns its points less the cost, and the total loses exactly it. */
static void test_hint_cost(const Scenario *sc, const CondHost *host, int chosen)
{
    ActionLog log = {0};
    CHECK(golden_log("expert", &log));
    char err[256];
    Session *plain = session_create(sc), *hinted = session_create(sc);
    Action h = {.kind = ACTION_HINT, .target = xstrdup(sc->criteria[chosen].id)};
    CHECK(session_apply(hinted, &h, err, sizeof err));
    action_clear(&h);
    CHECK_INT(session_replay(plain, &log, err, sizeof err), log.count);
    CHECK_INT(session_replay(hinted, &log, err, sizeof err), log.count);
    Score a, b;
    rubric_score(plain, host, &a);
    rubric_score(hinted, host, &b);
    const Criterion *k = &sc->criteria[chosen];
    CHECK(a.criteria[chosen].met && b.criteria[chosen].met && b.criteria[chosen].hinted);
    CHECK_INT(a.criteria[chosen].earned, k->points);
    CHECK_INT(b.criteria[chosen].earned, k->points - k->hint_cost);
    CHECK_INT(a.earned - b.earned, k->hint_cost);
    CHECK(b.total < a.total);
    score_destroy(&a);
    score_destroy(&b);
    session_destroy(plain);
    session_destroy(hinted);
    log_destroy(&log);
}

/* Paused: the section is not drawn (Sources never starts), the clock
 * stands still; Esc resumes and the section draws again. */
static void test_pause(Drive *d)
{
    d->w.section = SECTION_SOURCES;
    ui_drive_click(&d->drv, d->w.drill.pause_button);
    CHECK(d->w.drill.paused);
    d->w.sources.started = false;
    uint32_t at = d->w.drill.elapsed_ms;
    ui_drive_frames(&d->drv, 20);
    CHECK_INT(d->w.drill.elapsed_ms, at);
    CHECK(!d->w.sources.started);
    CHECK(d->w.drill.resume_button.w > 0);
    ui_drive_shot(&d->drv, "drill-paused", UI_DRIVE_NOT_BLANK);
    ui_drive_key(&d->drv, KEY_ESCAPE, 0);
    CHECK(!d->w.drill.paused);
    ui_drive_frames(&d->drv, 2);
    CHECK(d->w.sources.started);
    CHECK(d->w.drill.elapsed_ms > at);
}

/* A 15-minute limit: when the real time runs out, the Debrief, once. */
static void test_limit(Drive *d, const CondHost *host)
{
    ui_drive_click(&d->drv, d->w.drill.limit_button);
    ui_drive_click(&d->drv, d->w.drill.limit_rows[1]);
    CHECK_INT(d->w.drill.limit_min, 15);
    d->w.section = SECTION_SOURCES;
    ui_drive_frames(&d->drv, 2);
    CHECK(d->w.section == SECTION_SOURCES);
    d->drv.now += 15u * 60000u;
    ui_drive_frames(&d->drv, 2);
    CHECK(d->w.drill.expired);
    CHECK(d->w.section == SECTION_DEBRIEF);
    ui_drive_shot(&d->drv, "drill-time-up", UI_DRIVE_NOT_BLANK);
    ui_drive_key(&d->drv, KEY_ESCAPE, 0);
    d->w.section = SECTION_REPORT;     /* carrying on after it: no second jump */
    ui_drive_frames(&d->drv, 3);
    CHECK(d->w.section == SECTION_REPORT);
    char text[4096];
    screen_drill_result_text(d->s, host, &d->w.drill, text, sizeof text);
    CHECK_CONTAINS(text, "Incident Dojo drill: ");
    CHECK_CONTAINS(text, "(tutorial)");
    CHECK_CONTAINS(text, "Hints taken: 1 (");
    CHECK_CONTAINS(text, "investigation: ");
    CHECK_CONTAINS(text, " of 15:00");
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "drill")) return 1;
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios/tutorial", src);
    Diags diags = {0};
    ScriptHost *sh = NULL;
    Scenario *sc = loader_load(path, NULL, &diags, &sh);
    if (!sc) diags_print(&diags, stderr);
    diags_destroy(&diags);
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(p != NULL);
    if (sc && p) {
        CondHost host = script_host_cond(sh);
        Drive d = {.drv = {.p = p, .ui = ui_create(p), .now = 1000, .shots = shots, .rest = 2, .screen = draw_workspace},
                   .host = &host, .s = session_create(sc)};
        d.w.section = SECTION_SOURCES;
        int chosen = -1;
        test_hint_dialog(&d, &chosen);
        if (chosen >= 0) test_hint_cost(sc, &host, chosen);
        test_pause(&d);
        test_limit(&d, &host);
        if (d.got.kind == WORKSPACE_ACTION) action_clear(&d.got.action);
        screen_workspace_free(&d.w);
        session_destroy(d.s);
        ui_destroy(d.drv.ui);
    }
    if (p) platform_destroy(p);
    script_host_destroy(sh);
    scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_drill");
}
