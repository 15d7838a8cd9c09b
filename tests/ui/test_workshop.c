/* test_workshop.c: workshop mode. The phases' timers with a fake clock;
 * then the whole desktop, headless, started as `--workshop tutorial`: the
 * projector view (and the person's settings restored on leaving), the
 * facilitator bar's phases, timer buttons and reveals, two teams taking
 * turns with a save each (each save replays to its own state), and the
 * room debrief's numbers checked by hand against the golden expert log.
 * Usage: test_workshop SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "desktop.h"
#include "desktop_workshop.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024], tmp[256];

static void test_clock(void)
{
    WorkshopClock c;
    workshop_clock_init(&c);
    CHECK_INT(c.phase, 0);
    CHECK(!c.running);
    CHECK_INT(workshop_clock_left_ms(&c, 0, 5000), 10 * 60000);
    CHECK_INT(workshop_clock_left_ms(&c, 1, 5000), 25 * 60000);
    workshop_clock_start(&c, 1000);
    CHECK_INT(workshop_clock_left_ms(&c, 0, 61000), 9 * 60000);
    workshop_clock_pause(&c, 61000);
    CHECK_INT(workshop_clock_left_ms(&c, 0, 999999), 9 * 60000);      /* paused: it stands */
    workshop_clock_extend(&c, 5);
    CHECK_INT(workshop_clock_left_ms(&c, 0, 999999), 14 * 60000);
    workshop_clock_select(&c, 1, 1000000);                              /* paused stays paused */
    CHECK(!c.running);
    CHECK_INT(c.phase, 1);
    workshop_clock_start(&c, 100000);
    workshop_clock_select(&c, 2, 160000);                               /* running stays running */
    CHECK(c.running);
    CHECK_INT(workshop_clock_left_ms(&c, 1, 900000), 24 * 60000);
    CHECK_INT(workshop_clock_left_ms(&c, 2, 220000), 19 * 60000);
    CHECK_INT(workshop_clock_left_ms(&c, 0, 220000), 14 * 60000);
    CHECK_INT(workshop_clock_left_ms(&c, 2, 160000 + 21 * 60000), -60000);   /* over by a minute */
    workshop_clock_start(&c, 0);                                        /* already running: no restart */
    CHECK_INT(c.since_ms, 160000);
}

static void apply(Desktop *dk, Action a)
{
    char err[1024];
    CHECK(app_state_apply(dk->st, &a, err, sizeof err));
}

static void open_source(Desktop *dk, int source)
{
    apply(dk, (Action){.kind = ACTION_OPEN, .target = xstrdup(dk->st->sc->sources[source].id)});
}

/* A team's save replayed on its own: which sources it opened. */
static Session *replay_team(Desktop *dk, int team)
{
    char path[4096], err[1024];
    CHECK(desktop_workshop_save_path("tutorial", team, path, sizeof path, err, sizeof err));
    SaveData data = {0};
    CHECK(save_load(path, &data, err, sizeof err) == SAVE_LOADED);
    Session *s = session_create(dk->st->sc);
    CHECK_INT(session_replay(s, &data.log, err, sizeof err), data.log.count);
    save_data_clear(&data);
    return s;
}

static void test_bar(Desktop *dk)
{
    WorkshopView *v = &dk->workshop->view;
    ui_desk_click(dk, v->phase_rects[2]);
    CHECK_INT(v->clock.phase, 2);
    CHECK_INT(dk->workspace.section, SECTION_INTERVIEWS);
    ui_desk_click(dk, v->start_button);
    CHECK(v->clock.running);
    ui_desk_click(dk, v->extend_button);
    CHECK_INT(v->clock.length_ms[2], 25 * 60000);
    ui_desk_click(dk, v->start_button);
    CHECK(!v->clock.running);
    ui_desk_click(dk, v->phase_rects[1]);
    CHECK_INT(dk->workspace.section, SECTION_SOURCES);
    ui_desk_shot(dk, shots, "workshop-projector", UI_DRIVE_NOT_BLANK);
    /* the model timeline, one card per entry; Esc closes it */
    ui_desk_click(dk, v->timeline_button);
    CHECK_INT(v->reveal, REVEAL_TIMELINE);
    CHECK(dk->st->sc->analysis.timeline_count > 3);
    CHECK_INT(v->cards_drawn, dk->st->sc->analysis.timeline_count);
    ui_desk_shot(dk, shots, "workshop-reveal-timeline", UI_DRIVE_NOT_BLANK);
    platform_inject_key(dk->p, KEY_ESCAPE, 0);
    ui_desk_frames(dk, 2);
    CHECK_INT(v->reveal, REVEAL_NONE);
    ui_desk_click(dk, v->source_button);
    CHECK_INT(v->source_row_count, dk->st->sc->source_count);
    ui_desk_click(dk, v->source_rows[0]);
    CHECK_INT(v->reveal, REVEAL_SOURCE);
    CHECK_INT(v->reveal_source, 0);
    CHECK_INT(v->cards_drawn, 1);
    ui_desk_shot(dk, shots, "workshop-reveal-source", UI_DRIVE_NOT_BLANK);
    platform_inject_key(dk->p, KEY_ESCAPE, 0);
    ui_desk_frames(dk, 2);
    CHECK_INT(v->reveal, REVEAL_NONE);
}

/* Team 1 plays the golden expert log, team 2 opens two sources; each save
 * replays to its own state, and switching brings each log back. */
static void test_teams(Desktop *dk)
{
    WorkshopView *v = &dk->workshop->view;
    char path[1200], err[256], *data;
    size_t len;
    snprintf(path, sizeof path, "%s/tests/golden/tutorial/expert.json", src);
    CHECK(file_read_all(path, &data, &len, err, sizeof err));
    cJSON *json = cJSON_Parse(data);
    free(data);
    ActionLog expert = {0};
    CHECK(json && log_from_json(cJSON_GetObjectItemCaseSensitive(json, "actions"), &expert, err, sizeof err));
    cJSON_Delete(json);
    for (int i = 0; i < expert.count; i++) {
        apply(dk, expert.items[i]);
        expert.items[i] = (Action){0};
    }
    int n = expert.count;
    log_destroy(&expert);
    CHECK_INT(dk->st->log.count, n);
    ui_desk_click(dk, v->menu_button);
    ui_desk_click(dk, v->add_team_button);
    CHECK_INT(v->team_count, 2);
    CHECK_INT(v->team, 1);
    CHECK_INT(dk->st->log.count, 0);
    CHECK_INT(dk->st->session->open_count, 0);
    CHECK(strstr(dk->st->save_path, "tutorial-team-2") != NULL);
    open_source(dk, 1);
    open_source(dk, 2);
    ui_desk_click(dk, v->menu_button);
    ui_desk_shot(dk, shots, "workshop-teams", UI_DRIVE_NOT_BLANK);
    ui_desk_click(dk, v->team_rects[0]);
    CHECK_INT(v->team, 0);
    CHECK_INT(dk->st->log.count, n);
    CHECK_INT(dk->st->session->open_count, dk->st->sc->source_count);
    ui_desk_click(dk, v->menu_button);
    ui_desk_click(dk, v->team_rects[1]);
    CHECK_INT(dk->st->log.count, 2);
    CHECK(dk->st->session->opened[1] && dk->st->session->opened[2] && !dk->st->session->opened[0]);
    Session *one = replay_team(dk, 0), *two = replay_team(dk, 1);
    CHECK_INT(one->action_count, n);
    CHECK_INT(one->open_count, dk->st->sc->source_count);
    CHECK_INT(two->action_count, 2);
    CHECK_INT(two->open_count, 2);
    session_destroy(one);
    session_destroy(two);
}

/* The room names a team in the team menu: it shows on the bar and in the
 * room debrief, and is kept beside the teams' saves. */
static void test_names(Desktop *dk)
{
    WorkshopView *v = &dk->workshop->view;
    CHECK_INT(v->team, 1);
    ui_desk_click(dk, v->menu_button);
    ui_desk_click(dk, v->name_input);
    ui_desk_type(dk, "  Blue herons ");
    ui_desk_key(dk, KEY_ENTER, 0);
    CHECK_STR(v->team_names[1], "Blue herons");
    CHECK_STR(v->team_names[0], "");
    char name[WORKSHOP_TEAM_NAME], path[1200];
    screen_workshop_team_name(v, 1, name, sizeof name);
    CHECK_STR(name, "Blue herons");
    screen_workshop_team_name(v, 0, name, sizeof name);
    CHECK_STR(name, "Team 1");
    ui_desk_shot(dk, shots, "workshop-team-name", UI_DRIVE_NOT_BLANK);
    platform_inject_key(dk->p, KEY_ESCAPE, 0);
    ui_desk_frames(dk, 2);
    snprintf(path, sizeof path, "%s/data/incident-dojo/saves/tutorial-teams.json", tmp);
    char *data = NULL, err[256];
    size_t len;
    CHECK(file_read_all(path, &data, &len, err, sizeof err));
    CHECK(data && strstr(data, "\"Blue herons\"") && strstr(data, "\"\""));
    free(data);
}

/* Names as typed: trimmed, "Team N" is the number, cut at a character. */
static void test_name_rules(void)
{
    WorkshopView v = {0};
    screen_workshop_set_team_name(&v, 2, "Team 3");
    CHECK_STR(v.team_names[2], "");
    screen_workshop_set_team_name(&v, 2, "   ");
    CHECK_STR(v.team_names[2], "");
    /* 15 two-byte letters (30 bytes) and one more: 32 bytes cut to 30 */
    screen_workshop_set_team_name(&v, 0, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                                        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
    CHECK_INT((int)strlen(v.team_names[0]), 30);
    screen_workshop_set_team_name(&v, 9, "out of range");            /* ignored */
    char name[WORKSHOP_TEAM_NAME];
    screen_workshop_team_name(&v, 7, name, sizeof name);
    CHECK_STR(name, "Team 8");
}

/* By hand: the expert log meets all 22 criteria of the tutorial, 195 of
 * 195 points, 100.0 and every category 100.0; opening two sources meets
 * none: 0 of 195, 0.0. */
static void test_room(Desktop *dk)
{
    DesktopWorkshop *w = dk->workshop;
    ui_desk_click(dk, w->view.room_button);
    CHECK(w->view.room);
    CHECK_INT(w->room_count, 2);
    if (w->room_count < 2) return;
    CHECK_STR(w->room[0].name, "Team 1");
    CHECK_STR(w->room[1].name, "Blue herons");
    CHECK(w->room[0].played && w->room[1].played);
    CHECK_INT(w->room[0].score.possible, 195);
    CHECK_INT(w->room[0].score.earned, 195);
    CHECK(w->room[0].score.total == 100.0);
    CHECK_INT(w->room[1].score.earned, 0);
    CHECK(w->room[1].score.total == 0.0);
    CHECK_INT(dk->st->sc->criterion_count, 22);
    for (int c = 0; c < CATEGORY_COUNT; c++)
        CHECK_INT(w->room[0].score.cat_earned[c], w->room[0].score.cat_possible[c]);
    for (int k = 0; k < dk->st->sc->criterion_count; k++)
        CHECK(w->room[0].score.criteria[k].met && !w->room[1].score.criteria[k].met);
    ui_desk_shot(dk, shots, "workshop-room", UI_DRIVE_NOT_BLANK);
    platform_inject_key(dk->p, KEY_ESCAPE, 0);
    ui_desk_frames(dk, 2);
    CHECK(!w->view.room);
}

static void test_desktop(void)
{
    char path[1200], fonts[1100], err[1024] = "";
    snprintf(path, sizeof path, "%s/scenarios", src);
    ui_fixture_app_env(path, tmp);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    snprintf(path, sizeof path, "%s/scenarios/tutorial", src);
    DesktopConfig cfg = {.scenario = path, .headless = true, .font_dir = fonts, .no_settings = true,
                         .workshop = true};
    Desktop *dk = desktop_create(&cfg, err, sizeof err);
    CHECK(dk != NULL);
    if (!dk) return;
    ui_desk_frames(dk, 3);
    CHECK_INT(dk->screen, DESKTOP_WORKSPACE);
    CHECK(dk->workshop && dk->workshop->on);
    if (!dk->workshop) {
        desktop_destroy(dk);
        return;
    }
    CHECK(ui_scale(dk->ui) == WORKSHOP_PROJECTOR_SCALE);
    CHECK_INT(ui_theme_id(dk->ui), THEME_HIGH_CONTRAST);
    CHECK(dk->settings.scale == 1.0f);                   /* the person's own, untouched */
    CHECK(strstr(dk->st->save_path, "tutorial-team-1") != NULL);
    /* Ctrl+Plus in the projector view zooms the room's view, one step
     * (150% -> 175%), and Ctrl+0 brings back the projector's 150%; the
     * person's saved scale stays 100% throughout. */
    platform_inject_key(dk->p, KEY_EQUALS, MOD_CTRL);
    ui_desk_frames(dk, 2);
    CHECK(ui_scale(dk->ui) == 1.75f);
    CHECK(dk->settings.scale == 1.0f);
    platform_inject_key(dk->p, KEY_0, MOD_CTRL);
    ui_desk_frames(dk, 2);
    CHECK(ui_scale(dk->ui) == WORKSHOP_PROJECTOR_SCALE);
    CHECK(dk->settings.scale == 1.0f);
    test_bar(dk);
    test_teams(dk);
    test_names(dk);
    test_room(dk);
    /* F9 leaves: the person's scale, theme and own save come back */
    platform_inject_key(dk->p, KEY_F9, 0);
    ui_desk_frames(dk, 3);
    CHECK(!dk->workshop->on);
    CHECK(ui_scale(dk->ui) == 1.0f);
    CHECK_INT(ui_theme_id(dk->ui), THEME_LIGHT);
    platform_inject_key(dk->p, KEY_EQUALS, MOD_CTRL);      /* outside it, the zoom is the person's */
    ui_desk_frames(dk, 2);
    CHECK(ui_scale(dk->ui) == 1.1f && dk->settings.scale == 1.1f);
    /* back in: the names come from their file; a file spoilt meanwhile is
     * named in a banner and the teams are numbered */
    platform_inject_key(dk->p, KEY_F9, 0);
    ui_desk_frames(dk, 3);
    CHECK(dk->workshop->on);
    CHECK_STR(dk->workshop->view.team_names[1], "Blue herons");
    platform_inject_key(dk->p, KEY_F9, 0);
    ui_desk_frames(dk, 3);
    snprintf(path, sizeof path, "%s/data/incident-dojo/saves/tutorial-teams.json", tmp);
    FILE *f = fopen(path, "w");
    if (f) fputs("{\"teams\": ", f), fclose(f);
    platform_inject_key(dk->p, KEY_F9, 0);
    ui_desk_frames(dk, 3);
    CHECK_STR(dk->workshop->view.team_names[1], "");
    CHECK(strstr(dk->banner, "tutorial-teams.json could not be read") != NULL);
    platform_inject_key(dk->p, KEY_F9, 0);
    ui_desk_frames(dk, 3);
    CHECK(strstr(dk->st->save_path, "-team-") == NULL);
    CHECK_INT(dk->st->log.count, 0);
    desktop_destroy(dk);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    snprintf(tmp, sizeof tmp, "/tmp/dojo-workshop-XXXXXX");
    if (!mkdtemp(tmp) || !ui_fixture_shots(shots, sizeof shots, "workshop")) return 1;
    test_clock();
    test_name_rules();
    test_desktop();
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    ui_fixture_remove_shots(shots);
    return testing_done("test_workshop");
}
