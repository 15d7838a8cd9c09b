/* test_guide_panel.c: the tutorial's guided tour in the workspace's
 * sidebar, headless: the first step not done with its "Go to" button,
 * the tour moving on as the participant does each step; and drafts typed
 * in the Report going into the log when the participant leaves for
 * another section (Ctrl+2) or the app (screen_workspace_flush).
 * Usage: test_guide_panel SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs). */
#include <stdio.h>
#include <string.h>
#include "testing.h"
#include "ui/screen_workspace.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

typedef struct Drive {
    Platform *p;
    Ui *ui;
    Session *s;
    WorkspaceView w;
    PlatformInput in;
    uint32_t now;
    int applied;               /* actions the workspace returned, all applied */
} Drive;

static void draw(Drive *d, const char *shot_path)
{
    platform_begin_frame(d->p, ui_theme(d->ui)->background);
    ui_begin_frame(d->ui, &d->in, d->now);
    WorkspaceIntent wi = screen_workspace(d->ui, (Rect){0, 0, 1280, 800}, d->s, NULL, &d->w);
    if (wi.kind == WORKSPACE_ACTION) {
        char err[256];
        CHECK(session_apply(d->s, &wi.action, err, sizeof err));
        action_clear(&wi.action);
        d->applied++;
    }
    ui_end_frame(d->ui);
    char err[256];
    if (shot_path) CHECK(platform_save_screenshot(d->p, shot_path, err, sizeof err));
    platform_end_frame(d->p);
    d->in = (PlatformInput){.mouse_x = d->in.mouse_x, .mouse_y = d->in.mouse_y};
    d->now += 100;
}

static void frames(Drive *d, int n)
{
    for (int i = 0; i < n; i++) draw(d, NULL);
}

static void click(Drive *d, Rect r)
{
    d->in.mouse_x = r.x + r.w / 2, d->in.mouse_y = r.y + r.h / 2, d->in.mouse_moved = true;
    frames(d, 1);
    d->in.mouse_pressed = d->in.mouse_down = MOUSE_LEFT, d->in.clicks = 1;
    draw(d, NULL);
    d->in.mouse_released = MOUSE_LEFT;
    frames(d, 2);
}

static bool shown(const Drive *d, const char *text)
{
    return d->w.guide.shown.s && strstr(d->w.guide.shown.s, text);
}

static void apply(Drive *d, const char *json)
{
    cJSON *j = cJSON_Parse(json);
    Action a;
    char err[256];
    CHECK(j && action_from_json(j, &a, err, sizeof err));
    CHECK(session_apply(d->s, &a, err, sizeof err));
    action_clear(&a);
    cJSON_Delete(j);
    frames(d, 2);
}

static void test_tour(Drive *d)
{
    d->w.section = SECTION_SOURCES;
    frames(d, 2);
    CHECK(shown(d, "TOUR 1 OF 9"));
    CHECK(shown(d, "Choose what deserves a review"));
    CHECK(shown(d, "About 15 min to the end of the tour"));
    CHECK(shown(d, "Go to Triage"));
    CHECK(!shown(d, "Three incidents wait"));  /* the strip is for the step's own section */
    CHECK(d->w.guide.go_rect.w > 0 && d->w.guide.go_rect.h > 0 && d->w.guide.go_rect.y + d->w.guide.go_rect.h <= 800);
    click(d, d->w.guide.go_rect);
    CHECK_INT(d->w.section, SECTION_TRIAGE);
    CHECK(!shown(d, "Go to Triage"));          /* there already: the strip says what to do */
    CHECK(shown(d, "Step 1 of 9: Choose what deserves a review"));
    CHECK(shown(d, "Three incidents wait in the queue."));
    CHECK(d->w.guide.strip_rect.h > 0);
    char path[1200];
    snprintf(path, sizeof path, "%s/guide-triage.bmp", shots);
    draw(d, path);
    CHECK(ui_fixture_colours(path) > 8);
    apply(d, "{\"type\":\"triage\",\"case\":\"q.lunch-drop\",\"review\":true}");
    apply(d, "{\"type\":\"triage\",\"case\":\"q.stock-sync\",\"review\":false}");
    CHECK(shown(d, "1 OF 9"));                 /* one case still undecided */
    apply(d, "{\"type\":\"triage\",\"case\":\"q.receipts\",\"review\":false}");
    CHECK(shown(d, "TOUR 2 OF 9"));
    CHECK(shown(d, "Read what the responders saw"));
    CHECK(shown(d, "Go to Sources"));
    CHECK(shown(d, "About 13 min"));
    apply(d, "{\"type\":\"open\",\"source\":\"chat.checkout\"}");
    CHECK(shown(d, "3 OF 9"));
    CHECK(shown(d, "Pin evidence with a note"));
}

/* What is typed in the Report and left there reaches the log. */
static void test_flush(Drive *d)
{
    d->w.section = SECTION_REPORT;
    frames(d, 3);
    ReportDraft *summary = &d->w.report.fields[REPORT_SUMMARY];
    CHECK(summary->rect.w > 0);
    click(d, summary->rect);
    snprintf(d->in.text, sizeof d->in.text, "Checkout was slow at lunch.");
    d->in.text_len = (int)strlen(d->in.text);
    frames(d, 1);
    int before = d->applied;
    d->in.keys[0] = (KeyPress){KEY_2, MOD_CTRL, false};   /* to Sources, the draft still focused */
    d->in.key_count = 1;
    frames(d, 3);
    CHECK_INT(d->w.section, SECTION_SOURCES);
    CHECK_INT(d->applied, before + 1);
    CHECK(d->s->report[REPORT_SUMMARY] && strcmp(d->s->report[REPORT_SUMMARY], "Checkout was slow at lunch.") == 0);
    /* leaving the app: the caller drains what is left */
    d->w.section = SECTION_REPORT;
    frames(d, 2);
    click(d, d->w.report.fields[REPORT_NARRATIVE].rect);
    snprintf(d->in.text, sizeof d->in.text, "Support saw it first.");
    d->in.text_len = (int)strlen(d->in.text);
    frames(d, 1);
    Action a;
    CHECK(screen_workspace_flush(d->s, &d->w, &a));
    CHECK_INT(a.kind, ACTION_SET_REPORT);
    CHECK_STR(a.text, "Support saw it first.");
    char err[256];
    CHECK(session_apply(d->s, &a, err, sizeof err));
    action_clear(&a);
    CHECK(!screen_workspace_flush(d->s, &d->w, &a));
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "guide")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(sc != NULL && p != NULL);
    if (sc && p) {
        Drive d = {.p = p, .ui = ui_create(p), .s = session_create(sc)};
        test_tour(&d);
        test_flush(&d);
        screen_workspace_free(&d.w);
        session_destroy(d.s);
        ui_destroy(d.ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_guide_panel");
}
