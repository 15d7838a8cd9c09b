/* test_people.c: the People screen and its signals panel on the tutorial,
 * headless: who is listed with what counts, Dana marked as the responder
 * off the rotation, the panel's figures, a click selecting, screenshots.
 * Usage: test_people SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/util.h"
#include "script/loader.h"
#include "ui/screen_people.h"
#include "ui/screen_workspace.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

static void frame_begin(Platform *p, Ui *ui, PlatformInput *in)
{
    platform_begin_frame(p, ui_theme(ui)->background);
    ui_begin_frame(ui, in, 0);
}

static void frame_end(Platform *p, Ui *ui, PlatformInput *in)
{
    ui_end_frame(ui);
    platform_end_frame(p);
    *in = (PlatformInput){.mouse_x = in->mouse_x, .mouse_y = in->mouse_y};
}

static void shot(Platform *p, const char *name)
{
    char path[1200], err[256];
    snprintf(path, sizeof path, "%s/%s.bmp", shots, name);
    CHECK(platform_save_screenshot(p, path, err, sizeof err));
    int n = ui_fixture_colours(path);
    if (n < 20) fprintf(stderr, "%s: only %d colours\n", name, n);
    CHECK(n >= 20);
}

static int person(const Scenario *sc, const char *id) { return scenario_find(sc, id, ENT_PERSON); }

static void check_people(const Scenario *sc, PeopleView *v)
{
    int dana = person(sc, "dana"), priya = person(sc, "priya"), yusuf = person(sc, "yusuf");
    CHECK_INT(v->row_count, 7 + 4);             /* seven people under four team headers */
    CHECK_INT(v->hidden, 0);
    CHECK_INT(v->rows[0], -(scenario_find(sc, "checkout", ENT_TEAM) + 2));
    CHECK_INT(screen_people_row_of(v, priya), 1);
    CHECK_INT(screen_people_row_of(v, dana), 5);
    /* hand-counted in scenarios/tutorial/scenario.lua */
    CHECK_CONTAINS(v->appears[priya], "#checkout: 8 messages, 2 reactions");
    CHECK_CONTAINS(v->appears[priya], "Checkout bridge: 2 turns");
    CHECK_CONTAINS(v->appears[priya], "Alerts and pages: paged once, acknowledged once, escalated once");
    CHECK_CONTAINS(v->appears[priya], "SUP-2291: Customers cannot complete checkout: assignee, 1 comment, 1 change");
    CHECK_CONTAINS(v->appears[dana], "#checkout: 2 messages, 1 reaction");
    CHECK_CONTAINS(v->appears[dana], "Checkout bridge: 2 turns");
    CHECK_CONTAINS(v->appears[dana], "On-call rotations: 1 shift");
    CHECK_CONTAINS(v->appears[person(sc, "marcus")], "PR #418: Shorten the checkout price cache TTL: reviewer, 2 reviews");
    CHECK_CONTAINS(v->appears[person(sc, "lena")], "Shared calendar: 2 events");
    CHECK_STR(v->appears[yusuf], "On-call rotations: 1 shift");
    CHECK(v->not_on_call[dana]);
    CHECK(!v->not_on_call[priya]);
    CHECK(!v->not_on_call[yusuf]);              /* on call, never responded */
    /* support and marketing answer as part of their job: no rotation to be off */
    CHECK(!v->not_on_call[person(sc, "noor")]);
    CHECK(!v->not_on_call[person(sc, "lena")]);
    CHECK_STR(v->duty[person(sc, "marcus")], "secondary");   /* by his shift, not a flag */
    CHECK(v->duty[dana] == NULL);               /* her shift starts the week after */
}

static void check_signals(const PeopleView *v)
{
    const char *t = v->signals_text;
    CHECK_CONTAINS(t, "Teams involved: 4 (2 engineering, 2 other)");
    CHECK_CONTAINS(t, "Engineering worked with non-engineering teams: Checkout, Platform with Customer Support, Marketing.");
    CHECK_CONTAINS(t, "Platform and Customer Support");
    CHECK_CONTAINS(t, "#checkout: 6 active, 0 lurkers (0.00 lurkers per active); nobody only watched");
    CHECK_CONTAINS(t, "Dana Okafor, outside any on-call shift: first in #checkout at 12:21.");
    CHECK_CONTAINS(t, "People paged: 1\nPriya Nair, first paged in Alerts and pages at 12:04.");
    CHECK_CONTAINS(t, "Priya Nair escalated to Marcus Lee in Alerts and pages at 12:19.");
    CHECK_CONTAINS(t, "Duration: 37 minutes, from 12:01 to 12:38");
    CHECK_CONTAINS(t, "The Lunch Drop: 20% off all beans overlapped the incident (12:00 to 13:00");
    CHECK_CONTAINS(t, "new interactions: 0");
}

/* Draws n frames of the screen; a click on rect r at frame 1 when r.w. */
static void frames(Platform *p, Ui *ui, const Scenario *sc, PeopleView *v, int n, Rect r)
{
    PlatformInput in = {0};
    for (int f = 0; f < n; f++) {
        frame_begin(p, ui, &in);
        screen_people(ui, (Rect){0, 0, 1280, 800}, sc, v);
        frame_end(p, ui, &in);
        if (f == 0 && r.w) in.mouse_x = r.x + r.w / 2, in.mouse_y = r.y + r.h / 2, in.mouse_moved = true;
        if (f == 1 && r.w) in.mouse_pressed = in.mouse_down = MOUSE_LEFT, in.clicks = 1;
        if (f == 2 && r.w) in.mouse_released = MOUSE_LEFT;
    }
}

static void test_screen(Platform *p, Ui *ui, const Scenario *sc)
{
    PeopleView v = {0};
    frames(p, ui, sc, &v, 2, (Rect){0});
    check_people(sc, &v);
    check_signals(&v);
    int row = screen_people_row_of(&v, person(sc, "dana"));
    Rect r = {v.list.r.x, v.list.r.y + row * v.list.row_h - v.list.scroll.offset, v.list.r.w, v.list.row_h};
    frames(p, ui, sc, &v, 5, r);
    CHECK_INT(v.list.selected, row);
    const ThemeId themes[] = {THEME_LIGHT, THEME_DARK};
    const char *names[] = {"light", "dark"};
    for (int k = 0; k < 2; k++) {
        char name[64];
        ui_set_theme(ui, themes[k]);
        v.tab = 0;
        frames(p, ui, sc, &v, 2, (Rect){0});
        snprintf(name, sizeof name, "people-%s", names[k]);
        shot(p, name);
        v.tab = 1;
        frames(p, ui, sc, &v, 2, (Rect){0});
        snprintf(name, sizeof name, "signals-%s", names[k]);
        shot(p, name);
        v.signals_scroll.offset = 1 << 20;          /* the scroll region clamps it to the end */
        frames(p, ui, sc, &v, 2, (Rect){0});
        CHECK(v.signals_scroll.offset > 0 && v.signals_scroll.offset < v.signals_scroll.content);
        snprintf(name, sizeof name, "signals-end-%s", names[k]);
        shot(p, name);
        v.signals_scroll.offset = 0;
    }
    ui_set_theme(ui, THEME_LIGHT);
    screen_people_free(&v);
    CHECK(v.sc == NULL);
}

/* The workspace shows the screen for its People section. */
static void test_workspace(Platform *p, Ui *ui, const Scenario *sc)
{
    Session *s = session_create(sc);
    WorkspaceView w = {.section = SECTION_PEOPLE};
    PlatformInput in = {0};
    for (int f = 0; f < 3; f++) {
        frame_begin(p, ui, &in);
        screen_workspace(ui, (Rect){0, 0, 1280, 800}, s, NULL, &w);
        frame_end(p, ui, &in);
    }
    shot(p, "workspace-people");
    screen_workspace_free(&w);
    session_destroy(s);
}

/* An incident that runs over days: its span in days and hours, and a time
 * on another day than the start with its date. The tutorial is stretched
 * to end 2 days 3 hours after 12:01 on 12 March, and Priya's escalation
 * moved to 19:19 the next day. */
static void test_long_incident(Platform *p, Ui *ui, Scenario *sc)
{
    DojoTime end = sc->meta.end;
    int esc = scenario_find(sc, "a.escalated-marcus", ENT_ITEM);
    CHECK(esc >= 0);
    if (esc < 0) return;
    DojoTime esc_at = sc->items[esc].at;
    sc->meta.end = sc->meta.start + (2 * 24 + 3) * 3600;
    sc->items[esc].at = sc->meta.start + (24 + 7) * 3600 + 18 * 60;
    PeopleView v = {0};
    frames(p, ui, sc, &v, 2, (Rect){0});
    CHECK_CONTAINS(v.signals_text, "Duration: 2 days 3 hours, from 12:01 to 2026-03-14 15:01");
    CHECK_CONTAINS(v.signals_text, "Priya Nair escalated to Marcus Lee in Alerts and pages at 2026-03-13 19:19.");
    screen_people_free(&v);
    sc->meta.end = end;
    sc->items[esc].at = esc_at;
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "people")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 0, 0);
    CHECK(p != NULL);
    if (sc && p) {
        Ui *ui = ui_create(p);
        test_screen(p, ui, sc);
        test_workspace(p, ui, sc);
        test_long_incident(p, ui, sc);
        ui_destroy(ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_people");
}
