/* test_meeting_screen.c: the Meeting section on the tutorial, headless: the
 * intro card, moves by mouse and keyboard, picking an attendee, the blame
 * banner, the transcript, the expert log's summary card, the blame log's
 * talk bars, a scenario without a meeting, and a replay of the actions the
 * screen returned. Usage: test_meeting_screen SOURCE_DIR
 * (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/util.h"
#include "script/loader.h"
#include "ui/screen_meeting.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

typedef struct Drive {
    UiDriver drv;               /* first: its screen casts it back */
    Session *s;
    MeetingView *v;
    Action got;
    int actions;                /* returned since the last apply */
    ActionLog log;              /* every action applied, for the replay */
} Drive;

/* The Meeting, keeping the action it returned. */
static void draw_meeting(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    Action a = {0};
    if (screen_meeting(u->ui, r, d->s, d->v, &a)) {
        action_clear(&d->got);
        d->got = a;
        d->actions++;
    }
}

/* The one action the screen returned is applied and kept in the log. */
static void apply(Drive *d)
{
    CHECK_INT(d->actions, 1);
    ui_fixture_apply(d->s, &d->log, &d->got);
    d->actions = 0;
    ui_drive_frames(&d->drv, 2);
}

static void expect_move(Drive *d, MoveKind k, const char *target)
{
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_MOVE);
    CHECK_STR(model_move_name((MoveKind)d->got.move), model_move_name(k));
    if (target) CHECK_STR(d->got.target, target);
    else CHECK(d->got.target == NULL);
}

static bool shown(const Drive *d, const char *text) { return d->v->shown.s && strstr(d->v->shown.s, text); }

static int att(const Session *s, const char *person)
{
    return model_attendee_of(s->sc, scenario_find(s->sc, person, ENT_PERSON));
}

/* Before the first move: the intro card; people moves wait for a pick. */
static void test_intro(Drive *d)
{
    MeetingView *v = d->v;
    ui_drive_frames(&d->drv, 2);
    CHECK(shown(d, "You facilitate the review meeting"));
    CHECK(shown(d, "You wrote no calibration note"));
    CHECK(shown(d, "Review: the Lunch Drop slowdown"));
    CHECK(shown(d, "0 of 45 min"));
    CHECK(shown(d, "Opening and ground rules") && shown(d, "15 min"));
    CHECK(shown(d, "quiet expert") && shown(d, "dominant voice"));
    CHECK(shown(d, "Invite \xC2\xB7 4 min"));
    CHECK(!shown(d, "New insight"));
    CHECK(v->move_rect[MOVE_INVITE].w > 0);
    ui_drive_click(&d->drv, v->move_rect[MOVE_INVITE]);   /* nobody picked: nothing */
    CHECK_INT(d->actions, 0);
    ui_drive_click(&d->drv, v->move_rect[MOVE_GROUND_RULES]);
    expect_move(d, MOVE_GROUND_RULES, NULL);
    apply(d);
    CHECK(!shown(d, "You facilitate the review meeting"));
    CHECK(shown(d, "You: sets the ground rules: we are here to learn, not to find someone to blame."));
    CHECK(shown(d, "Marcus Lee takes the floor again."));
    CHECK(shown(d, "3 of 45 min"));
}

/* Dana picked at the table: the people moves name her. */
static void test_pick(Drive *d)
{
    MeetingView *v = d->v;
    ui_drive_click(&d->drv, v->seat_rect[att(d->s, "dana")]);
    CHECK_INT(v->pick, att(d->s, "dana") + 1);
    CHECK(shown(d, "Invite Dana \xC2\xB7 4 min"));
    CHECK(shown(d, "Pause Dana \xC2\xB7 1 min"));
    CHECK(shown(d, "People moves go to Dana Okafor"));
    ui_drive_click(&d->drv, v->move_rect[MOVE_INVITE]);
    expect_move(d, MOVE_INVITE, "dana");
    action_clear(&d->got);                                /* not made: the next tests want the plain path */
    d->actions = 0;
}

/* The timeline beat: the first walk brings Marcus's blame; the banner
 * asks for a redirect, and the redirect turns it. */
static void test_blame(Drive *d)
{
    MeetingView *v = d->v;
    ui_drive_click(&d->drv, v->move_rect[MOVE_NEXT_BEAT]);
    expect_move(d, MOVE_NEXT_BEAT, NULL);
    apply(d);
    CHECK(v->banner_rect.w == 0);
    ui_drive_click(&d->drv, v->move_rect[MOVE_WALK_TIMELINE]);
    expect_move(d, MOVE_WALK_TIMELINE, NULL);
    apply(d);
    CHECK(v->banner_rect.w > 0);
    CHECK(shown(d, "Marcus just blamed Priya: redirect now, or it stands."));
    CHECK(shown(d, "Blame") && shown(d, "waiting for your next move"));
    CHECK(shown(d, "\xE2\x80\x9CHonestly, restarting pricing twice was the mistake."));
    ui_drive_shot(&d->drv, "meeting-blame-light", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&d->drv, v->move_rect[MOVE_REDIRECT_BLAME]);
    expect_move(d, MOVE_REDIRECT_BLAME, NULL);
    apply(d);
    CHECK(v->banner_rect.w == 0);
    CHECK(shown(d, "redirected to conditions"));
}

/* Priya asked what made it make sense: her insight surfaces, marked. */
static void test_insight(Drive *d)
{
    MeetingView *v = d->v;
    ui_drive_click(&d->drv, v->seat_rect[att(d->s, "priya")]);
    CHECK(shown(d, "Make sense: Priya \xC2\xB7 4 min"));
    ui_drive_click(&d->drv, v->move_rect[MOVE_MAKE_SENSE]);
    expect_move(d, MOVE_MAKE_SENSE, "priya");
    apply(d);
    CHECK_INT(d->s->meeting.surfaced_count, 1);
    CHECK(shown(d, "New insight"));
    CHECK(shown(d, "Priya Nair explains what made it make sense then."));
    CHECK(shown(d, "\xE2\x80\x9CStep 2 of the runbook says"));
    CHECK(shown(d, "speaking"));
}

/* Tab reaches the palette and Enter makes the focused move. */
static void test_keyboard(Drive *d)
{
    ui_push_scope(d->drv.ui, "meeting");
    UiId summarise = ui_id_int(d->drv.ui, "move", MOVE_SUMMARISE);
    ui_pop_scope(d->drv.ui);
    ui_drive_click(&d->drv, (Rect){1270, 60, 1, 1});       /* the header: nothing focused */
    bool reached = false;
    for (int i = 0; i < 40 && !reached; i++) {
        ui_drive_key(&d->drv, KEY_TAB, 0);
        reached = ui_focus(d->drv.ui) == summarise;
    }
    CHECK(reached);
    CHECK_INT(d->actions, 0);
    ui_drive_key(&d->drv, KEY_ENTER, 0);
    expect_move(d, MOVE_SUMMARISE, NULL);
    apply(d);
}

static void screenshots_mid(Drive *d)
{
    ui_drive_shot_themes(&d->drv, "meeting-mid");
    /* the workspace's share of the window, zoomed: the palette still fits */
    ui_set_scale(d->drv.ui, 1.25f);
    d->drv.area = (Rect){208, 56, 1072, 744};
    ui_drive_frames(&d->drv, 3);
    ui_drive_shot(&d->drv, "meeting-narrow", UI_DRIVE_NOT_BLANK);
    for (int k = 0; k < MOVE_KIND_COUNT; k++) CHECK(d->v->move_rect[k].x + d->v->move_rect[k].w <= 1280);
    CHECK(d->v->move_rect[MOVE_GO_DEEPER].y + d->v->move_rect[MOVE_GO_DEEPER].h <= 800);
    ui_set_scale(d->drv.ui, 1.0f);
    d->drv.area = (Rect){0};
    ui_drive_frames(&d->drv, 2);
}

/* The log of what the screen returned, replayed, gives the same meeting. */
static void test_replay(Drive *d)
{
    Session *r = session_create(d->s->sc);
    char err[256];
    CHECK_INT(session_replay(r, &d->log, err, sizeof err), d->log.count);
    const MeetingState *a = &r->meeting, *b = &d->s->meeting;
    CHECK_INT(a->line_count, b->line_count);
    CHECK_INT(a->minutes, b->minutes);
    CHECK_INT(a->safety, b->safety);
    for (int k = 0; k < r->sc->attendee_count; k++) CHECK_INT(a->talk[k], b->talk[k]);
    for (int k = 0; k < r->sc->insight_count; k++) CHECK_INT(a->surfaced[k], b->surfaced[k]);
    CHECK_INT(d->log.count, 6);
    session_destroy(r);
}

/* A golden log's actions applied to a fresh session. */
static Session *golden(const Scenario *sc, const char *name)
{
    char path[1200], err[256];
    snprintf(path, sizeof path, "%s/tests/golden/tutorial/%s.json", src, name);
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (!f) return NULL;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    cJSON *json = cJSON_Parse(buf);
    ActionLog log = {0};
    CHECK(json && log_from_json(cJSON_GetObjectItemCaseSensitive(json, "actions"), &log, err, sizeof err));
    cJSON_Delete(json);
    Session *s = session_create(sc);
    CHECK_INT(session_replay(s, &log, err, sizeof err), log.count);
    log_destroy(&log);
    return s;
}

/* The expert's meeting, over: the summary card, and no more moves. */
static void test_expert(Drive *d)
{
    Session *s = golden(d->s->sc, "expert");
    if (!s) return;
    MeetingView v = {0};
    Drive e = *d;
    e.s = s, e.v = &v, e.actions = 0, e.got = (Action){0}, e.log = (ActionLog){0};
    ui_drive_frames(&e.drv, 2);
    CHECK(s->meeting.ended);
    CHECK(v.summary_rect.w > 0);
    CHECK(shown(&e, "The meeting is over"));
    CHECK(shown(&e, "44 of 45 min: within the time box."));
    CHECK(shown(&e, "Insights surfaced: 4 of 4 that the room held."));
    CHECK(shown(&e, "Marcus, Blame: redirected to conditions."));
    CHECK(shown(&e, "Lena, Pushes for fixes: parked for later."));
    CHECK(shown(&e, "This note went to the attendees") == false);   /* the intro is gone */
    CHECK(v.tx_drawn > 0 && v.tx_drawn < v.tx_count);             /* only what shows is drawn */
    ui_drive_shot(&e.drv, "meeting-summary-light", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&e.drv, v.move_rect[MOVE_GROUND_RULES]);
    CHECK_INT(e.actions, 0);
    ui_set_theme(e.drv.ui, THEME_DARK);
    ui_drive_shot(&e.drv, "meeting-summary-dark", UI_DRIVE_NOT_BLANK);
    ui_set_theme(e.drv.ui, THEME_LIGHT);
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    screen_meeting_free(&v);
    session_destroy(s);
}

/* The blame log: Marcus talks most, and his bar is the widest. */
static void test_blame_log(Drive *d)
{
    Session *s = golden(d->s->sc, "blame");
    if (!s) return;
    MeetingView v = {0};
    Drive e = *d;
    e.s = s, e.v = &v, e.actions = 0, e.got = (Action){0}, e.log = (ActionLog){0};
    ui_drive_frames(&e.drv, 2);
    int n = s->sc->attendee_count, marcus = att(s, "marcus");
    for (int a = 0; a < n; a++) {
        CHECK(s->meeting.talk[marcus] >= s->meeting.talk[a]);
        for (int b = 0; b < n; b++)
            if (s->meeting.talk[a] > s->meeting.talk[b]) CHECK(v.bar_w[a] > v.bar_w[b]);
    }
    CHECK(v.bar_w[marcus] > 0);
    CHECK(shown(&e, "Marcus, Blame: left standing."));
    CHECK(shown(&e, "Ground rules: never set."));
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    screen_meeting_free(&v);
    session_destroy(s);
}

/* The calibration note, when written, is what the intro shows. */
static void test_calibration(Drive *d)
{
    Session *s = session_create(d->s->sc);
    Action a = {.kind = ACTION_SET_REPORT, .field = REPORT_CALIBRATION, .text = xstrdup("Themes: the runbook.")};
    char err[256];
    CHECK(session_apply(s, &a, err, sizeof err));
    action_clear(&a);
    MeetingView v = {0};
    Drive e = *d;
    e.s = s, e.v = &v, e.actions = 0, e.got = (Action){0}, e.log = (ActionLog){0};
    ui_drive_frames(&e.drv, 2);
    CHECK(shown(&e, "This note went to the attendees before the meeting:"));
    CHECK(shown(&e, "Themes: the runbook."));
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    screen_meeting_free(&v);
    session_destroy(s);
}

/* A scenario without attendees has no meeting: a plain message. */
static void test_none(Drive *d, Scenario *sc)
{
    Session *s = session_create(sc);
    int count = sc->attendee_count;
    sc->attendee_count = 0;
    MeetingView v = {0};
    Drive e = *d;
    e.s = s, e.v = &v, e.actions = 0, e.got = (Action){0}, e.log = (ActionLog){0};
    ui_drive_frames(&e.drv, 2);
    CHECK(shown(&e, "This scenario has no review meeting."));
    CHECK(v.move_rect[MOVE_GROUND_RULES].w == 0);
    sc->attendee_count = count;
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    screen_meeting_free(&v);
    session_destroy(s);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "meeting")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(p != NULL);
    if (sc && p) {
        Ui *ui = ui_create(p);
        Session *s = session_create(sc);
        MeetingView v = {0};
        Drive d = {.drv = {.p = p, .ui = ui, .shots = shots, .screen = draw_meeting}, .s = s, .v = &v};
        test_intro(&d);
        test_pick(&d);
        test_blame(&d);
        test_insight(&d);
        test_keyboard(&d);
        screenshots_mid(&d);
        test_replay(&d);
        test_expert(&d);
        test_blame_log(&d);
        test_calibration(&d);
        test_none(&d, sc);
        action_clear(&d.got);
        log_destroy(&d.log);
        screen_meeting_free(&v);
        session_destroy(s);
        ui_destroy(ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_meeting_screen");
}
