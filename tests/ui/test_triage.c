/* test_triage.c: the Triage screen on the tutorial's queue, headless: the
 * cases in order, decisions by mouse and keyboard as ACTION_TRIAGE, a
 * decided case's checklist, no trace of the answer key, screenshots.
 * Usage: test_triage SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/util.h"
#include "script/loader.h"
#include "ui/screen_triage.h"
#include "testing.h"
#include "ui/ui_fixture.h"

#define BIT(k) (1u << (k))

static char src[1024], shots[1024];

/* Everything a frame needs, and the actions the screen returned. */
typedef struct Drive {
    UiDriver drv;               /* first: its screen casts it back */
    Session *s;
    TriageView *v;
    Action got;
    int actions;                /* returned since the last take */
} Drive;

/* Triage, keeping the action it returned. */
static void draw_triage(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    Action a = {0};
    if (screen_triage(u->ui, r, d->s, d->v, &a)) {
        action_clear(&d->got);
        d->got = a;
        d->actions++;
    }
}

static Rect row_rect(const UiList *l, int i)
{
    return (Rect){l->r.x, l->r.y + i * l->row_h - l->scroll.offset, l->r.w, l->row_h};
}

/* The screen's own id for a signal's check box, as it makes it. */
static UiId signal_id(Ui *ui, int k)
{
    ui_push_scope(ui, "triage");
    UiId id = ui_id_int(ui, "signal", k);
    ui_pop_scope(ui);
    return id;
}

/* Clicks a signal's check box, scrolling the panel first when it is below
 * the fold (the footer starts just above the decision buttons). */
static void click_signal(Drive *d, int k)
{
    Rect r = d->v->signal_rect[k];
    int fold = d->v->review_rect.y - 40;
    if (r.y + r.h > fold) {
        d->v->detail_scroll.offset += r.y + r.h - fold;
        ui_drive_frames(&d->drv, 2);
    }
    ui_drive_click(&d->drv, d->v->signal_rect[k]);
}

static void apply(Drive *d)
{
    char err[256] = "";
    bool ok = session_apply(d->s, &d->got, err, sizeof err);
    if (!ok) fprintf(stderr, "session_apply: %s\n", err);
    CHECK(ok);
    action_clear(&d->got);
    d->actions = 0;
    ui_drive_frames(&d->drv, 2);
}

static const char *state(const Drive *d, int c)
{
    static char buf[96];
    return screen_triage_state(d->s, c, buf, sizeof buf);
}

/* The queue in written order, each case's panel, Up/Down with no focus. */
static void test_queue(Drive *d)
{
    const Scenario *sc = d->s->sc;
    TriageView *v = d->v;
    ui_drive_frames(&d->drv, 2);
    CHECK_INT(sc->case_count, 3);
    CHECK_INT(v->list.count, 3);
    CHECK_INT(v->list.selected, 0);
    CHECK_STR(sc->cases[0].id, "q.lunch-drop");
    CHECK_STR(sc->cases[1].id, "q.stock-sync");
    CHECK_STR(sc->cases[2].id, "q.receipts");
    for (int c = 0; c < 3; c++) CHECK_STR(state(d, c), "Undecided");
    CHECK(strncmp(v->detail_text, "Checkout slow during the Lunch Drop promotion\n", 46) == 0);
    CHECK_CONTAINS(v->detail_text, "Details: in the sources of this scenario");
    CHECK_CONTAINS(v->detail_text, "When: 2026-03-12 12:01 to 12:38");
    CHECK(!strstr(v->detail_text, "Paged:"));           /* the own case has no tracker facts */
    ui_drive_key(&d->drv, KEY_DOWN, 0);
    CHECK_INT(v->list.selected, 1);
    CHECK(strncmp(v->detail_text, "Nightly stock sync retried twice\n", 33) == 0);
    CHECK_CONTAINS(v->detail_text, "When: 2026-03-09 03:10");
    CHECK_CONTAINS(v->detail_text, "How long: 12 minutes");
    CHECK_CONTAINS(v->detail_text, "Teams: Platform (engineering)");
    CHECK_CONTAINS(v->detail_text, "Services: pricing");
    CHECK_CONTAINS(v->detail_text, "On call: Yusuf");
    CHECK_CONTAINS(v->detail_text, "In the channel: 1 person");
    CHECK_CONTAINS(v->detail_text, "Near miss: No");
    CHECK_CONTAINS(v->detail_text, "Same trigger before: None recorded");
    ui_drive_key(&d->drv, KEY_DOWN, 0);
    ui_drive_key(&d->drv, KEY_DOWN, 0);                   /* stays on the last */
    CHECK_INT(v->list.selected, 2);
    CHECK(strncmp(v->detail_text, "Receipt emails delayed by 40 minutes\n", 37) == 0);
    CHECK_CONTAINS(v->detail_text, "Teams: Checkout (engineering), Customer Support (support)");
    CHECK_CONTAINS(v->detail_text, "Responders: Priya Nair (Checkout), Noor");
    CHECK_CONTAINS(v->detail_text, "How long: 50 minutes");
    ui_drive_key(&d->drv, KEY_UP, 0);
    CHECK_INT(v->list.selected, 1);
    for (int k = 0; k < SIGNAL_KIND_COUNT; k++) CHECK_CONTAINS(v->detail_text, model_signal_doc((SignalKind)k));
}

/* Two signals by mouse and "Deserves a full review", then a change of mind. */
static void test_decide_by_mouse(Drive *d)
{
    TriageView *v = d->v;
    ui_drive_click(&d->drv, row_rect(&v->list, 2));
    CHECK_INT(v->list.selected, 2);
    click_signal(d, SIGNAL_MANY_TEAMS);
    click_signal(d, SIGNAL_ENG_WITH_OTHER);
    click_signal(d, SIGNAL_NEW_TEAM_PAIRS);
    click_signal(d, SIGNAL_NEW_TEAM_PAIRS);      /* on and off again */
    SignalSet two = BIT(SIGNAL_MANY_TEAMS) | BIT(SIGNAL_ENG_WITH_OTHER);
    CHECK_INT(screen_triage_checked(v, d->s, 2), two);
    CHECK_INT(d->actions, 0);                             /* a draft is no decision */
    CHECK_STR(state(d, 2), "Undecided");
    ui_drive_click(&d->drv, v->review_rect);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_TRIAGE);
    CHECK_STR(d->got.target, "q.receipts");
    CHECK(d->got.review);
    CHECK_INT(d->got.signals, two);
    apply(d);
    CHECK_STR(state(d, 2), "Review \xC2\xB7 2 signals");
    CHECK_INT(d->s->triage_count, 1);
    CHECK_INT(screen_triage_checked(v, d->s, 2), two);
    ui_drive_shot(&d->drv, "triage-decided-light", 20);
    /* the same case, set aside with one more signal: a new action replaces it */
    click_signal(d, SIGNAL_COORDINATION);
    ui_drive_click(&d->drv, v->aside_rect);
    CHECK_INT(d->actions, 1);
    CHECK_STR(d->got.target, "q.receipts");
    CHECK(!d->got.review);
    CHECK_INT(d->got.signals, two | BIT(SIGNAL_COORDINATION));
    apply(d);
    CHECK_STR(state(d, 2), "Set aside \xC2\xB7 3 signals");
    CHECK_INT(d->s->triage_count, 1);
    /* another case starts empty, and coming back shows the record */
    ui_drive_click(&d->drv, row_rect(&v->list, 1));
    CHECK_INT(screen_triage_checked(v, d->s, 1), 0);
    ui_drive_click(&d->drv, v->aside_rect);
    CHECK(!d->got.review);
    CHECK_INT(d->got.signals, 0);
    apply(d);
    CHECK_STR(state(d, 1), "Set aside");
    ui_drive_click(&d->drv, row_rect(&v->list, 2));
    CHECK_INT(screen_triage_checked(v, d->s, 2), two | BIT(SIGNAL_COORDINATION));
}

/* A fresh view over a session that already decided starts from it. */
static void test_checklist_from_session(Drive *d)
{
    char err[256];
    Action a = {.kind = ACTION_TRIAGE, .target = xstrdup("q.lunch-drop"), .review = true,
                .signals = BIT(SIGNAL_BIG_EVENT) | BIT(SIGNAL_NOT_ON_CALL) | BIT(SIGNAL_RECURRING)};
    CHECK(session_apply(d->s, &a, err, sizeof err));
    action_clear(&a);
    TriageView fresh = {0};
    TriageView *old = d->v;
    d->v = &fresh;
    ui_drive_frames(&d->drv, 2);
    CHECK_INT(fresh.list.selected, 0);
    CHECK_INT(screen_triage_checked(&fresh, d->s, 0), BIT(SIGNAL_BIG_EVENT) | BIT(SIGNAL_NOT_ON_CALL) | BIT(SIGNAL_RECURRING));
    CHECK_STR(state(d, 0), "Review \xC2\xB7 3 signals");
    /* unchecking one is a draft until recorded: the session keeps three */
    click_signal(d, SIGNAL_BIG_EVENT);
    CHECK_INT(screen_triage_checked(&fresh, d->s, 0), BIT(SIGNAL_NOT_ON_CALL) | BIT(SIGNAL_RECURRING));
    CHECK_INT(d->s->triage[0].signals, BIT(SIGNAL_BIG_EVENT) | BIT(SIGNAL_NOT_ON_CALL) | BIT(SIGNAL_RECURRING));
    CHECK_INT(d->actions, 0);
    screen_triage_free(&fresh);
    CHECK(fresh.sc == NULL && fresh.detail_text == NULL);
    d->v = old;
}

/* Tab reaches the checklist, Space toggles, Down moves along it (and the
 * panel scrolls to show the focused one), Tab and Enter decide. */
static void test_keyboard(Drive *d)
{
    TriageView *v = d->v;
    ui_drive_click(&d->drv, row_rect(&v->list, 0));
    ui_drive_key(&d->drv, KEY_DOWN, 0);                   /* the focused list moves itself */
    CHECK_INT(v->list.selected, 1);
    ui_drive_key(&d->drv, KEY_UP, 0);
    CHECK_INT(v->list.selected, 0);
    SignalSet before = screen_triage_checked(v, d->s, 0);
    int tabs = 0;
    while (ui_focus(d->drv.ui) != signal_id(d->drv.ui, 0) && tabs < 20) ui_drive_key(&d->drv, KEY_TAB, 0), tabs++;
    CHECK(ui_focus(d->drv.ui) == signal_id(d->drv.ui, 0));
    ui_drive_key(&d->drv, KEY_SPACE, 0);
    ui_drive_key(&d->drv, KEY_DOWN, 0);
    CHECK(ui_focus(d->drv.ui) == signal_id(d->drv.ui, 1));
    ui_drive_key(&d->drv, KEY_SPACE, 0);
    CHECK_INT(screen_triage_checked(v, d->s, 0), before ^ (BIT(0) | BIT(1)));
    for (int k = 2; k < SIGNAL_KIND_COUNT; k++) ui_drive_key(&d->drv, KEY_DOWN, 0);
    CHECK(ui_focus(d->drv.ui) == signal_id(d->drv.ui, SIGNAL_KIND_COUNT - 1));
    Rect last = v->signal_rect[SIGNAL_KIND_COUNT - 1];
    CHECK(v->detail_scroll.offset > 0);                   /* the checklist runs below the fold at 800 px */
    CHECK(last.y >= 0 && last.y + last.h <= v->review_rect.y);
    ui_drive_shot(&d->drv, "triage-keyboard", 20);
    ui_drive_key(&d->drv, KEY_SPACE, 0);
    SignalSet want = before ^ (BIT(0) | BIT(1) | BIT(SIGNAL_KIND_COUNT - 1));
    CHECK_INT(screen_triage_checked(v, d->s, 0), want);
    CHECK_INT(d->actions, 0);
    ui_drive_key(&d->drv, KEY_TAB, 0);                    /* the first decision button */
    ui_drive_key(&d->drv, KEY_ENTER, 0);
    CHECK_INT(d->actions, 1);
    CHECK_STR(d->got.target, "q.lunch-drop");
    CHECK(d->got.review);
    CHECK_INT(d->got.signals, want);
    apply(d);
    ui_drive_key(&d->drv, KEY_TAB, 0);                    /* then Set aside */
    ui_drive_key(&d->drv, KEY_SPACE, 0);
    CHECK_INT(d->actions, 1);
    CHECK(!d->got.review);
    apply(d);
    ui_drive_key(&d->drv, KEY_ESCAPE, 0);
}

/* The answer key never reaches the screen: no words for it, and the same
 * pixels when it is turned upside down. */
static void test_answer_key(Drive *d, Scenario *sc)
{
    TriageView *v = d->v;
    for (int c = 0; c < sc->case_count; c++) {
        ui_drive_click(&d->drv, row_rect(&v->list, c));
        CHECK(!strstr(v->detail_text, "present"));
    }
    char a[1200], b[1200], err[256];
    snprintf(a, sizeof a, "%s/key-a.bmp", shots);
    snprintf(b, sizeof b, "%s/key-b.bmp", shots);
    ui_drive_frames(&d->drv, 2);
    CHECK(platform_save_screenshot(d->drv.p, a, err, sizeof err));
    SignalSet all = BIT(SIGNAL_KIND_COUNT) - 1, own = sc->own_signals;
    for (int c = 0; c < sc->case_count; c++) sc->cases[c].signals ^= all;
    sc->own_signals ^= all;
    ui_drive_frames(&d->drv, 2);
    CHECK(platform_save_screenshot(d->drv.p, b, err, sizeof err));
    for (int c = 0; c < sc->case_count; c++) sc->cases[c].signals ^= all;
    sc->own_signals = own;
    char *da = NULL, *db = NULL;
    size_t la = 0, lb = 0;
    CHECK(file_read_all(a, &da, &la, err, sizeof err));
    CHECK(file_read_all(b, &db, &lb, err, sizeof err));
    CHECK(da && db && la == lb && la > 54 && memcmp(da, db, la) == 0);
    free(da);
    free(db);
}

/* Without cases the screen says so and returns nothing. */
static void test_empty(Drive *d, Scenario *sc)
{
    int n = sc->case_count;
    sc->case_count = 0;
    Session *s = session_create(sc);
    TriageView v = {0};
    Drive e = *d;
    e.s = s, e.v = &v, e.actions = 0, e.got = (Action){0};
    ui_drive_click(&e.drv, (Rect){600, 300, 10, 10});
    CHECK_INT(e.actions, 0);
    CHECK_STR(v.detail_text, "This scenario has no triage queue.");
    ui_drive_shot(&e.drv, "triage-empty", 3);
    screen_triage_free(&v);
    session_destroy(s);
    sc->case_count = n;
}

static void screenshots(Drive *d)
{
    TriageView *v = d->v;
    const ThemeId themes[] = {THEME_LIGHT, THEME_DARK};
    const char *names[] = {"light", "dark"};
    for (int k = 0; k < 2; k++) {
        char name[64];
        ui_set_theme(d->drv.ui, themes[k]);
        ui_drive_click(&d->drv, row_rect(&v->list, 2));
        click_signal(d, SIGNAL_NEAR_MISS);       /* a draft differing from the record */
        d->drv.in.mouse_x = v->signal_rect[SIGNAL_LURKERS].x + 40, d->drv.in.mouse_y = v->signal_rect[SIGNAL_LURKERS].y + 8;
        d->drv.in.mouse_moved = true;
        ui_drive_frames(&d->drv, 8);                      /* past the tooltip delay */
        snprintf(name, sizeof name, "triage-decoy-%s", names[k]);
        ui_drive_shot(&d->drv, name, 20);
        click_signal(d, SIGNAL_NEAR_MISS);
        ui_drive_click(&d->drv, row_rect(&v->list, 0));
        snprintf(name, sizeof name, "triage-own-%s", names[k]);
        ui_drive_shot(&d->drv, name, 20);
    }
    ui_set_theme(d->drv.ui, THEME_LIGHT);
    /* a narrow window at 1.25 scale: the panel wraps and scrolls, nothing overlaps */
    ui_set_scale(d->drv.ui, 1.25f);
    d->drv.area = (Rect){0, 0, 760, 800};
    ui_drive_frames(&d->drv, 2);
    ui_drive_click(&d->drv, row_rect(&v->list, 1));
    CHECK_INT(v->list.selected, 1);
    ui_drive_shot(&d->drv, "triage-narrow", 20);
    CHECK(v->review_rect.x + v->review_rect.w <= 760 && v->aside_rect.x + v->aside_rect.w <= 760);
    CHECK(v->aside_rect.y > v->review_rect.y);            /* too narrow for a row: stacked */
    ui_set_scale(d->drv.ui, 1.0f);
    d->drv.area = (Rect){0};
    ui_drive_frames(&d->drv, 2);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "triage")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(p != NULL);
    if (sc && p) {
        Ui *ui = ui_create(p);
        Session *s = session_create(sc);
        TriageView v = {0};
        Drive d = {.drv = {.p = p, .ui = ui, .shots = shots, .screen = draw_triage}, .s = s, .v = &v};
        test_queue(&d);
        test_decide_by_mouse(&d);
        test_checklist_from_session(&d);
        test_keyboard(&d);
        test_answer_key(&d, sc);
        screenshots(&d);
        test_empty(&d, sc);
        action_clear(&d.got);
        screen_triage_free(&v);
        session_destroy(s);
        ui_destroy(ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_triage");
}
