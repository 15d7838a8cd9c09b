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
    UiDriver drv;               /* first: its screen casts it back */
    Session *s;
    WorkspaceView w;
    int applied;               /* actions the workspace returned, all applied */
} Drive;

/* The workspace, applying each action it returns at once, as the app does. */
static void draw_workspace(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    WorkspaceIntent wi = screen_workspace(u->ui, r, d->s, NULL, &d->w);
    if (wi.kind == WORKSPACE_ACTION) {
        char err[256];
        CHECK(session_apply(d->s, &wi.action, err, sizeof err));
        action_clear(&wi.action);
        d->applied++;
    }
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
    ui_drive_frames(&d->drv, 2);
}

static void test_tour(Drive *d)
{
    d->w.section = SECTION_SOURCES;
    ui_drive_frames(&d->drv, 2);
    CHECK(shown(d, "TOUR 1 OF 9"));
    CHECK(shown(d, "Choose what deserves a review"));
    CHECK(shown(d, "About 15 min to the end of the tour"));
    CHECK(shown(d, "Go to Triage"));
    CHECK(!shown(d, "Three incidents wait"));  /* the strip is for the step's own section */
    CHECK(d->w.guide.go_rect.w > 0 && d->w.guide.go_rect.h > 0 && d->w.guide.go_rect.y + d->w.guide.go_rect.h <= 800);
    ui_drive_click(&d->drv, d->w.guide.go_rect);
    CHECK_INT(d->w.section, SECTION_TRIAGE);
    CHECK(!shown(d, "Go to Triage"));          /* there already: the strip says what to do */
    CHECK(shown(d, "Step 1 of 9: Choose what deserves a review"));
    CHECK(shown(d, "Three incidents wait in the queue."));
    CHECK(d->w.guide.strip_rect.h > 0);
    char path[1200];
    snprintf(path, sizeof path, "%s/guide-triage.bmp", shots);
    ui_drive_frame(&d->drv, path);
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
    ui_drive_frames(&d->drv, 3);
    ReportDraft *summary = &d->w.report.fields[REPORT_SUMMARY];
    CHECK(summary->rect.w > 0);
    ui_drive_click(&d->drv, summary->rect);
    snprintf(d->drv.in.text, sizeof d->drv.in.text, "Checkout was slow at lunch.");
    d->drv.in.text_len = (int)strlen(d->drv.in.text);
    ui_drive_frames(&d->drv, 1);
    int before = d->applied;
    d->drv.in.keys[0] = (KeyPress){KEY_2, MOD_CTRL, false};  /* to Sources, the draft still focused */
    d->drv.in.key_count = 1;
    ui_drive_frames(&d->drv, 3);
    CHECK_INT(d->w.section, SECTION_SOURCES);
    CHECK_INT(d->applied, before + 1);
    CHECK(d->s->report[REPORT_SUMMARY] && strcmp(d->s->report[REPORT_SUMMARY], "Checkout was slow at lunch.") == 0);
    /* leaving the app: the caller drains what is left */
    d->w.section = SECTION_REPORT;
    ui_drive_frames(&d->drv, 2);
    ui_drive_click(&d->drv, d->w.report.fields[REPORT_NARRATIVE].rect);
    snprintf(d->drv.in.text, sizeof d->drv.in.text, "Support saw it first.");
    d->drv.in.text_len = (int)strlen(d->drv.in.text);
    ui_drive_frames(&d->drv, 1);
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
        Drive d = {.drv = {.p = p, .ui = ui_create(p), .shots = shots, .screen = draw_workspace},
                   .s = session_create(sc)};
        test_tour(&d);
        test_flush(&d);
        screen_workspace_free(&d.w);
        session_destroy(d.s);
        ui_destroy(d.drv.ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_guide_panel");
}
