/* test_interviews.c: the Interviews section on the tutorial, headless:
 * choosing whom to talk to, asking by button, keyboard and own words, the
 * transcript, notebook, moods, someone away, the feedback card, the
 * calibration note, a long transcript drawn in part, and a replay of the
 * actions the screen returned. Usage: test_interviews SOURCE_DIR
 * (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/gameclock.h"
#include "core/util.h"
#include "script/loader.h"
#include "ui/screen_interviews.h"
#include "core/gameclock.h"
#include "core/interview.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

/* Everything a frame needs, the actions the screen returned, and the log
 * of every action applied, for the replay. */
typedef struct Drive {
    UiDriver drv;               /* first: its screen casts it back */
    Session *s;
    InterviewsView *v;
    Action got;
    int actions;                /* returned since the last apply */
    ActionLog log;
} Drive;

/* The Interviews, keeping the action they returned. */
static void draw_interviews(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    Action a = {0};
    if (screen_interviews(u->ui, r, d->s, d->v, &a)) {
        action_clear(&d->got);
        d->got = a;
        d->actions++;
    }
}

static void apply(Drive *d)
{
    CHECK_INT(d->actions, 1);
    ui_fixture_apply(d->s, &d->log, &d->got);
    d->actions = 0;
    ui_drive_frames(&d->drv, 2);
}

static int iv_of(const Session *s, const char *person)
{
    return model_interviewee_of(s->sc, scenario_find(s->sc, person, ENT_PERSON));
}

static int q_of(const Session *s, const char *id) { return scenario_find(s->sc, id, ENT_QUESTION); }
static int f_of(const Session *s, const char *id) { return scenario_find(s->sc, id, ENT_FACT); }
static bool shown(const Drive *d, const char *text) { return d->v->shown.s && strstr(d->v->shown.s, text); }

static UiId scoped_id(Ui *ui, const char *label, int n)
{
    ui_push_scope(ui, "interviews");
    UiId id = n < 0 ? ui_id(ui, label) : ui_id_int(ui, label, n);
    ui_pop_scope(ui);
    return id;
}

/* Row i of the people on the left. */
static Rect person_row(const InterviewsView *v, int i)
{
    const UiList *l = &v->people;
    return (Rect){l->r.x, l->r.y + i * l->row_h - l->scroll.offset, l->r.w, l->row_h};
}

static void select_person(Drive *d, const char *person)
{
    int iv = iv_of(d->s, person);
    for (int i = 0; i < d->v->row_count; i++)
        if (d->v->rows[i] == iv) ui_drive_click(&d->drv, person_row(d->v, i));
    CHECK_INT(d->v->person, iv);
}

/* The side pane's tabs by keyboard: a click on the first, then Right. */
static void side_tab(Drive *d, InterviewsTab tab)
{
    Rect r = d->v->tabs_rect;
    ui_drive_click(&d->drv, (Rect){r.x + 4, r.y, 8, r.h});
    for (int k = 0; k < (int)tab; k++) ui_drive_key(&d->drv, KEY_RIGHT, 0);
    CHECK_INT(d->v->side, tab);
}

/* ---- the tests ---- */

/* The checklist, nobody chosen refused, then Priya and Dana with a reason. */
static void test_choose(Drive *d)
{
    InterviewsView *v = d->v;
    ui_drive_frames(&d->drv, 2);
    CHECK(shown(d, "Whom will you talk to one-on-one?"));
    CHECK(shown(d, "Priya Nair") && shown(d, "Dana Okafor") && shown(d, "Noor Haddad"));
    CHECK(shown(d, "Tom\xC3\xA1s Ferreira"));
    CHECK(shown(d, "Software engineer \xC2\xB7 Checkout \xC2\xB7 on call"));
    CHECK(shown(d, "Available until Day 1, 13:00"));       /* Tomás leaves at minute 240 */
    CHECK(!shown(d, "Change who you interview"));
    CHECK(v->start_rect.w > 0 && v->cancel_rect.w == 0);
    ui_drive_click(&d->drv, v->start_rect);
    CHECK_INT(d->actions, 0);
    CHECK(shown(d, "Choose at least one person to interview."));
    ui_drive_click(&d->drv, v->check_rect[iv_of(d->s, "priya")]);
    CHECK(!shown(d, "Choose at least one person to interview."));
    ui_drive_click(&d->drv, v->check_rect[iv_of(d->s, "dana")]);
    ui_drive_click(&d->drv, v->check_rect[iv_of(d->s, "noor")]);
    ui_drive_click(&d->drv, v->check_rect[iv_of(d->s, "noor")]);  /* on and off again */
    ui_drive_click(&d->drv, v->start_rect);                /* people, but no reason yet */
    CHECK_INT(d->actions, 0);
    CHECK(shown(d, "Say why these people: what moment or knowledge each of them holds."));
    ui_drive_click(&d->drv, v->why_rect);
    ui_drive_type(&d->drv, "Priya detected and repaired it; Dana knew what nobody else did.");
    ui_drive_shot(&d->drv, "interviews-choose-light", UI_DRIVE_NOT_BLANK);
    CHECK_INT(d->actions, 0);
    ui_drive_click(&d->drv, v->start_rect);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_CHOOSE);
    CHECK_INT(d->got.people_count, 2);
    if (d->got.people_count == 2) {
        CHECK_STR(d->got.people[0], "priya");
        CHECK_STR(d->got.people[1], "dana");
    }
    CHECK_STR(d->got.text, "Priya detected and repaired it; Dana knew what nobody else did.");
    apply(d);
    CHECK_INT(d->s->chosen_count, 2);
    CHECK(shown(d, "Change who you interview"));
}

/* A question by mouse: its answer, chip, notebook entry and mood. */
static void test_ask(Drive *d)
{
    InterviewsView *v = d->v;
    int priya = iv_of(d->s, "priya"), notice = q_of(d->s, "q.priya-notice"), help = q_of(d->s, "q.priya-help");
    CHECK_INT(v->person, priya);
    CHECK(shown(d, "Priya joins with her camera off."));
    CHECK_INT(d->s->interviews[priya].candor, 40);
    CHECK(shown(d, "anxious \xC2\xB7 cautious"));
    CHECK(v->q_rect[notice].w > 0);
    CHECK(v->q_rect[help].w == 0);                          /* only once q.priya-notice is asked */
    CHECK(v->q_rect[q_of(d->s, "q.priya-why-not")].w > 0);
    CHECK(shown(d, "5 min"));
    CHECK(shown(d, "ASK A QUESTION"));
    CHECK(shown(d, "Nothing learned yet."));
    ui_drive_click(&d->drv, v->q_rect[notice]);
    CHECK_INT(d->got.kind, ACTION_ASK);
    CHECK_STR(d->got.target, "q.priya-notice");
    apply(d);
    CHECK_INT(d->s->interviews[priya].candor, 52);         /* 40 + 8 open + 4 rapport */
    CHECK_STR(screen_mood(52), "cautious");
    CHECK(shown(d, "anxious \xC2\xB7 cautious"));
    const Question *q = &d->s->sc->questions[notice];
    CHECK(shown(d, q->answers[0].text));                    /* the full answer: 52 reaches 50 */
    int f = f_of(d->s, "f.runbook-first");
    CHECK_INT(d->s->learned_from[f], 0);
    CHECK(shown(d, "Noted:"));
    CHECK(shown(d, d->s->sc->facts[f].text));
    char when[48], source[300];
    gameclock_format(d->s->turns[0].minute, when, sizeof when);
    snprintf(source, sizeof source, "from Priya Nair, answer to \xE2\x80\x9C" "What did you notice first?"
             "\xE2\x80\x9D, %s", when);
    CHECK(shown(d, source));
    CHECK(v->q_rect[notice].w == 0 && v->q_rect[help].w > 0);
    ui_drive_click(&d->drv, v->q_rect[help]);
    CHECK_STR(d->got.target, "q.priya-help");
    apply(d);
    CHECK_INT(d->s->interviews[priya].candor, 60);
    CHECK(shown(d, "anxious \xC2\xB7 open"));
    CHECK(shown(d, d->s->sc->facts[f_of(d->s, "f.offsite")].text));
}

/* The keyboard reaches the questions and the field: Tab, then Enter. */
static void test_keyboard(Drive *d)
{
    UiId normal = scoped_id(d->drv.ui, "q", q_of(d->s, "q.priya-normal")), typed = scoped_id(d->drv.ui, "typed", -1);
    ui_drive_click(&d->drv, (Rect){1270, 790, 1, 1});        /* nothing focused */
    bool reached_q = false, reached_typed = false;
    for (int i = 0; i < 30 && !reached_q; i++) {
        ui_drive_key(&d->drv, KEY_TAB, 0);
        reached_q = ui_focus(d->drv.ui) == normal;
    }
    CHECK(reached_q);
    for (int i = 0; i < 10 && !reached_typed; i++) {
        ui_drive_key(&d->drv, KEY_TAB, 0);
        reached_typed = ui_focus(d->drv.ui) == typed;
    }
    CHECK(reached_typed);
    for (int i = 0; i < 10 && ui_focus(d->drv.ui) != normal; i++) ui_drive_key(&d->drv, KEY_TAB, MOD_SHIFT);
    CHECK(ui_focus(d->drv.ui) == normal);
    ui_drive_key(&d->drv, KEY_ENTER, 0);
    CHECK_INT(d->actions, 1);
    CHECK_STR(d->got.target, "q.priya-normal");
    apply(d);
    CHECK_INT(d->s->interviews[iv_of(d->s, "priya")].candor, 68);
}

/* Own words: the kind they read as, live, and Enter asks them. */
static void test_typed(Drive *d)
{
    InterviewsView *v = d->v;
    char buf[200];
    CHECK_STR(screen_interviews_reads_as("What did you notice first?", buf, sizeof buf), "reads as: open (cue)");
    CHECK_STR(screen_interviews_reads_as("Who is responsible for this?", buf, sizeof buf),
              "reads as: blaming \xE2\x80\x94 people get guarded");
    ui_drive_click(&d->drv, v->typed_rect);
    CHECK(shown(d, "Enter asks"));
    ui_drive_type(&d->drv, "How does the runbook usually get updated?");
    CHECK(shown(d, "reads as: open (normal work)"));
    ui_drive_key(&d->drv, KEY_A, MOD_CTRL);
    ui_drive_type(&d->drv, "Why didn't you check the cache?");
    CHECK(shown(d, "reads as: counterfactual \xE2\x80\x94"));
    ui_drive_shot(&d->drv, "interviews-typed-light", UI_DRIVE_NOT_BLANK);
    CHECK_INT(d->actions, 0);
    ui_drive_key(&d->drv, KEY_ENTER, 0);
    CHECK_INT(d->got.kind, ACTION_ASK_TYPED);
    CHECK_STR(d->got.target, "priya");
    CHECK_STR(d->got.text, "Why didn't you check the cache?");
    apply(d);
    const InterviewTurn *t = &d->s->turns[d->s->turn_count - 1];
    CHECK_INT(t->kind, QUESTION_COUNTERFACTUAL);
    CHECK_INT(t->question, -1);                              /* it matches no question */
    CHECK(shown(d, "Why didn't you check the cache?"));
    CHECK(shown(d, "I'm not sure I follow; could you ask that another way?"));
    CHECK(v->typed.len == 0);                                /* the field is ready for the next */
    CHECK_INT(d->s->interviews[iv_of(d->s, "priya")].candor, 53);   /* 60, +8 normal work, -15 */
}

/* Priya's card (all she knows learned) and Dana's (one of three). */
static void test_feedback(Drive *d)
{
    InterviewsView *v = d->v;
    side_tab(d, INTERVIEWS_FEEDBACK);
    CHECK(shown(d, "How it went with Priya Nair"));
    CHECK(shown(d, "4 questions in 20 min: 3 open, 1 that narrowed, led or blamed."));
    CHECK(shown(d, "cue \xC3\x97 1") && shown(d, "help \xC3\x97 1") && shown(d, "normal work \xC3\x97 1"));
    CHECK(shown(d, "counterfactual \xC3\x97 1"));
    CHECK(shown(d, "Candor now: 53 of 100, cautious"));
    CHECK(shown(d, "Facts learned: 3 of 3 that Priya Nair knows."));
    CHECK(!shown(d, "WHAT THEY MAY HAVE HELD BACK"));
    select_person(d, "dana");
    CHECK(shown(d, "You have not asked Dana Okafor anything yet."));
    CHECK(v->q_rect[q_of(d->s, "q.dana-speak")].w == 0);
    ui_drive_click(&d->drv, v->q_rect[q_of(d->s, "q.dana-join")]);
    CHECK_STR(d->got.target, "q.dana-join");
    apply(d);
    CHECK(shown(d, "How it went with Dana Okafor"));
    CHECK(shown(d, "Facts learned: 1 of 3 that Dana Okafor knows."));
    CHECK(shown(d, "WHAT THEY MAY HAVE HELD BACK"));
    CHECK(shown(d, d->s->sc->interviewees[iv_of(d->s, "dana")].holds_back));
    CHECK(shown(d, "calm \xC2\xB7 open"));                   /* 55 + 6 + 4 */
    ui_drive_shot(&d->drv, "interviews-feedback-light", UI_DRIVE_NOT_BLANK);
    side_tab(d, INTERVIEWS_NOTEBOOK);
    CHECK(shown(d, d->s->sc->facts[f_of(d->s, "f.dana-watches")].text));
    CHECK(shown(d, "from Dana Okafor, answer to \xE2\x80\x9CWhat drew you into the channel?\xE2\x80\x9D"));
    ui_drive_shot(&d->drv, "interviews-notebook-light", UI_DRIVE_NOT_BLANK);
}

/* Changing the choice starts from the session's; Tomás is away later. */
static void test_change_and_away(Drive *d)
{
    InterviewsView *v = d->v;
    int tomas = iv_of(d->s, "tomas");
    ui_drive_click(&d->drv, v->change_rect);
    CHECK(v->checks[iv_of(d->s, "priya")] && v->checks[iv_of(d->s, "dana")] && !v->checks[tomas]);
    CHECK_STR(v->why.text, "Priya detected and repaired it; Dana knew what nobody else did.");
    CHECK(v->cancel_rect.w > 0);
    ui_drive_click(&d->drv, v->check_rect[iv_of(d->s, "dana")]);
    ui_drive_click(&d->drv, v->cancel_rect);                  /* nothing changes */
    CHECK_INT(d->actions, 0);
    CHECK(shown(d, "Change who you interview"));
    ui_drive_click(&d->drv, v->change_rect);
    CHECK(v->checks[iv_of(d->s, "dana")]);                    /* the session's choice again */
    ui_drive_click(&d->drv, v->check_rect[tomas]);
    ui_drive_click(&d->drv, v->check_rect[iv_of(d->s, "noor")]);
    ui_drive_click(&d->drv, v->start_rect);
    CHECK_INT(d->got.kind, ACTION_CHOOSE);
    CHECK_INT(d->got.people_count, 4);
    apply(d);
    select_person(d, "tomas");
    CHECK(v->q_rect[q_of(d->s, "q.tomas-context")].w > 0);
    Action adv = {.kind = ACTION_ADVANCE, .minutes = 241 - d->s->clock};
    ui_fixture_apply(d->s, &d->log, &adv);
    ui_drive_frames(&d->drv, 2);
    CHECK(d->s->clock >= 240);
    CHECK(shown(d, "Tom\xC3\xA1s Ferreira is away: on leave from this afternoon, back next week."));
    CHECK(v->q_rect[q_of(d->s, "q.tomas-context")].w == 0);
    CHECK(v->typed_rect.w == 0);                              /* nothing to ask with */
    CHECK(!shown(d, "ASK A QUESTION"));
}

/* Out of working hours: no questions, and the screen says what time it
 * is for them and when they are back. Noor's hours are set to start an
 * hour after her present local time and last an hour. */
static void test_out_of_hours(Drive *d, Scenario *sc)
{
    int noor = iv_of(d->s, "noor");
    Interviewee *v = &sc->interviewees[noor];
    int local = interview_local_minute(sc, noor, d->s->clock);
    v->hours_from = (local + 60) % 1440, v->hours_to = (local + 120) % 1440;
    select_person(d, "noor");
    ui_drive_frames(&d->drv, 2);
    char want[200], when[48];
    snprintf(want, sizeof want, "Noor Haddad is not at work: it is %02d:%02d where they are, and they work "
             "%02d:%02d-%02d:%02d.", local / 60, local % 60, v->hours_from / 60, v->hours_from % 60,
             v->hours_to / 60, v->hours_to % 60);
    CHECK(shown(d, want));
    gameclock_format(d->s->clock + 60, when, sizeof when);
    snprintf(want, sizeof want, "They can talk from %s.", when);
    CHECK(shown(d, want));
    CHECK(!shown(d, "ASK A QUESTION"));
    ui_drive_shot(&d->drv, "interviews-out-of-hours", UI_DRIVE_NOT_BLANK);
    /* choosing whom to ask, the hours are part of the choice */
    ui_drive_click(&d->drv, d->v->change_rect);
    snprintf(want, sizeof want, "Works %02d:%02d-%02d:%02d their time", v->hours_from / 60, v->hours_from % 60,
             v->hours_to / 60, v->hours_to % 60);
    CHECK(shown(d, want));
    ui_drive_click(&d->drv, d->v->cancel_rect);
    CHECK_INT(d->actions, 0);
    v->hours_from = v->hours_to = -1;
    ui_drive_frames(&d->drv, 2);
    CHECK(shown(d, "ASK A QUESTION"));
}

/* The note: unsaved, saved as a set_report, saved. */
static void test_calibration(Drive *d)
{
    InterviewsView *v = d->v;
    side_tab(d, INTERVIEWS_CALIBRATION);
    CHECK(shown(d, "What you learned so far, emerging themes, open questions: the meeting's attendees "
                   "receive it before the meeting."));
    CHECK(shown(d, "Not written yet"));
    ui_drive_click(&d->drv, v->cal_rect);
    ui_drive_type(&d->drv, "Themes: the runbook points away from the cache; expertise off the rotation.");
    CHECK(shown(d, "Unsaved changes"));
    ui_drive_shot(&d->drv, "interviews-calibration-light", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&d->drv, v->save_rect);
    CHECK_INT(d->got.kind, ACTION_SET_REPORT);
    CHECK_INT(d->got.field, REPORT_CALIBRATION);
    CHECK_STR(d->got.text, "Themes: the runbook points away from the cache; expertise off the rotation.");
    apply(d);
    CHECK(shown(d, "Saved"));
    CHECK(!shown(d, "Unsaved changes"));
    ui_drive_click(&d->drv, v->save_rect);                    /* nothing new to save */
    CHECK_INT(d->actions, 0);
    side_tab(d, INTERVIEWS_NOTEBOOK);
}

/* Thirty questions to Noor: the transcript draws only what shows and
 * follows the newest turn. */
static void test_long_transcript(Drive *d)
{
    InterviewsView *v = d->v;
    select_person(d, "noor");
    for (int i = 0; i < 30; i++) {
        char q[96];
        snprintf(q, sizeof q, "Tell me about the weather, take %02d", i);
        ui_drive_click(&d->drv, v->typed_rect);
        ui_drive_type(&d->drv, q);
        ui_drive_key(&d->drv, KEY_ENTER, 0);
        CHECK_STR(d->got.text, q);
        apply(d);
    }
    CHECK_INT(v->tx_count, 31);
    CHECK(v->tx_drawn > 0 && v->tx_drawn < 10);
    CHECK(shown(d, "Tell me about the weather, take 29"));
    CHECK(!shown(d, "Tell me about the weather, take 00"));
    CHECK(v->tx_scroll.offset > 0);
}

/* The log of what the screen returned, replayed, gives the same interviews. */
static void test_replay(Drive *d)
{
    Session *r = session_create(d->s->sc);
    char err[256];
    CHECK_INT(session_replay(r, &d->log, err, sizeof err), d->log.count);
    CHECK_INT(r->turn_count, d->s->turn_count);
    for (int i = 0; i < r->turn_count && i < d->s->turn_count; i++) {
        const InterviewTurn *a = &r->turns[i], *b = &d->s->turns[i];
        CHECK(a->interviewee == b->interviewee && a->question == b->question && a->kind == b->kind);
        CHECK(a->answer == b->answer && a->candor == b->candor && a->minute == b->minute);
        CHECK((!a->typed && !b->typed) || (a->typed && b->typed && strcmp(a->typed, b->typed) == 0));
    }
    for (int f = 0; f < r->sc->fact_count; f++) CHECK_INT(r->learned_from[f], d->s->learned_from[f]);
    CHECK_INT(r->learned_count, 4);
    CHECK_STR(r->report[REPORT_CALIBRATION], d->s->report[REPORT_CALIBRATION]);
    CHECK_INT(r->clock, d->s->clock);
    session_destroy(r);
}

static void screenshots(Drive *d)
{
    select_person(d, "priya");
    ui_drive_shot_themes(&d->drv, "interviews-talk");
    ui_set_scale(d->drv.ui, 1.25f);
    d->drv.area = (Rect){0, 0, 900, 800};
    ui_drive_frames(&d->drv, 3);
    CHECK(d->v->narrow);
    CHECK(d->v->tx_scroll.offset > 0);                          /* still at the newest turn */
    CHECK(d->v->tx_scroll.offset + d->v->tx_view_h >= d->v->tx_top[d->v->tx_count] - 1);
    CHECK(d->v->typed_rect.x + d->v->typed_rect.w <= 900);
    ui_drive_shot(&d->drv, "interviews-narrow", UI_DRIVE_NOT_BLANK);
    ui_set_scale(d->drv.ui, 1.0f);
    d->drv.area = (Rect){0};
    ui_drive_frames(&d->drv, 2);
    CHECK(!d->v->narrow);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "interviews")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(p != NULL);
    if (sc && p) {
        Ui *ui = ui_create(p);
        Session *s = session_create(sc);
        InterviewsView v = {0};
        Drive d = {.drv = {.p = p, .ui = ui, .shots = shots, .screen = draw_interviews}, .s = s, .v = &v};
        test_choose(&d);
        test_ask(&d);
        test_keyboard(&d);
        test_typed(&d);
        test_feedback(&d);
        test_calibration(&d);
        test_change_and_away(&d);
        test_out_of_hours(&d, sc);
        test_long_transcript(&d);
        test_replay(&d);
        screenshots(&d);
        action_clear(&d.got);
        log_destroy(&d.log);
        screen_interviews_free(&v);
        session_destroy(s);
        ui_destroy(ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_interviews");
}
