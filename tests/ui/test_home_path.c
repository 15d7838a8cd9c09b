/* test_home_path.c: the onboarding path on the home screen, headless: a
 * profile with the tutorial passed draws it done with its best score, the
 * certificate scenario as next with its objectives and quiet-queue locked
 * with what it requires; Start next opens the next scenario; reaching the
 * Debrief records an attempt in the profile; no curriculum, no path.
 * Screenshots in every theme go to DOJO_SHOTS when set. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "core/profile.h"
#include "desktop.h"
#include "desktop_workshop.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], tmp[256], fonts[1100], shots[512];

static Desktop *start(void)
{
    char err[1024] = "";
    DesktopConfig cfg = {.headless = true, .font_dir = fonts};
    Desktop *d = desktop_create(&cfg, err, sizeof err);
    if (!d) fprintf(stderr, "desktop_create: %s\n", err);
    if (d) d->home.keep_words = true;
    for (int i = 0; d && i < 3; i++) desktop_frame(d);
    return d;
}

static void finish(Desktop *d)
{
    screen_home_free(&d->home);
    desktop_destroy(d);
}

static void write_profile(void)
{
    char path[600], err[1024];
    snprintf(path, sizeof path, "%s/data/incident-dojo/profiles/ann.json", tmp);
    Profile p = {0};
    snprintf(p.name, sizeof p.name, "ann");
    profile_record(&p, "tutorial", 82.5, 60, true, 1700000000);
    profile_record(&p, "cert-expiry", 0, 70, true, 1700000000);
    profile_record(&p, "cert-expiry", 41.0, 70, false, 1700000000);
    CHECK(profile_save(path, &p, err, sizeof err));
    profile_clear(&p);
}

static void shoot(Desktop *d, const char *name, ThemeId theme)
{
    ui_set_theme(d->ui, theme);
    ui_desk_shot(d, shots, name, 5);
}

static void test_path_drawn(Desktop *d)
{
    const HomePath *p = d->home.path;
    CHECK(p != NULL);
    if (!p) return;
    CHECK_INT(p->count, 3);
    CHECK_INT(p->done, 1);
    CHECK_INT(p->next, 1);
    CHECK_INT(p->steps[0].state, HOME_STEP_DONE);
    CHECK_INT(p->steps[1].state, HOME_STEP_NEXT);
    CHECK_INT(p->steps[2].state, HOME_STEP_LOCKED);
    const char *shown = d->home.shown.s;
    CHECK_CONTAINS(shown, "On-call onboarding");
    CHECK_CONTAINS(shown, "1 of 3 done \xC2\xB7 profile ann");
    CHECK_CONTAINS(shown, "From reading the record of an incident to running its review: learn the tools");
    CHECK_CONTAINS(shown, "1. Tutorial: The Lunch Drop slowdown");
    CHECK_CONTAINS(shown, "\xE2\x9C\x93 Done \xC2\xB7 best 82.5");
    CHECK_CONTAINS(shown, "2. The wildcard that expired during the earnings call");
    CHECK_CONTAINS(shown, "\xE2\x86\x92 Next \xC2\xB7 best 41.0, pass at 70");
    CHECK_CONTAINS(shown, "Find what stayed green while merchants could not pay, and why");
    CHECK_CONTAINS(shown, "\xF0\x9F\x94\x92 Locked");
    CHECK_CONTAINS(shown, "Requires: The wildcard that expired during the earnings call");
    /* a locked step shows no objectives, a done one neither */
    CHECK(!strstr(shown, "Treat \"no customer impact\""));
    CHECK(!strstr(shown, "Open every kind of source"));
    CHECK(d->home.start_next_button.w > 0);
    CHECK(d->home.step_rects && d->home.step_rects[1].x > d->home.step_rects[0].x);
}

/* Start next opens cert-expiry's briefing; the Debrief records an attempt
 * with its score, and home then shows it. */
static void test_start_next_and_record(Desktop *d)
{
    ui_desk_click(d, d->home.start_next_button);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    CHECK(d->st && strcmp(d->st->sc->meta.id, "cert-expiry") == 0);
    if (!d->st) return;
    platform_inject_key(d->p, KEY_ENTER, 0);
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    d->workspace.section = SECTION_DEBRIEF;
    ui_desk_frames(d, 3);
    desktop_go_home(d);
    ui_desk_frames(d, 2);
    char path[600], err[1024];
    snprintf(path, sizeof path, "%s/data/incident-dojo/profiles/ann.json", tmp);
    Profile p;
    CHECK(profile_load(path, &p, err, sizeof err));
    const ProfileEntry *e = profile_find(&p, "cert-expiry");
    CHECK(e && e->attempts == 2 && e->best == 41.0 && e->last == 0 && !e->completed && e->last_played > 1700000000);
    e = profile_find(&p, "tutorial");
    CHECK(e && e->best == 82.5 && e->completed);
    profile_clear(&p);
    CHECK(d->home.path && d->home.path->steps[1].attempts == 2);
}

/* In workshop mode the Debrief is a team's: the person's profile keeps
 * its attempts as they were. */
static void test_workshop_not_recorded(Desktop *d)
{
    char path[1200], err[1024];
    snprintf(path, sizeof path, "%s/scenarios/cert-expiry", src);
    desktop_open(d, path, false);
    platform_inject_key(d->p, KEY_F9, 0);
    ui_desk_frames(d, 3);
    CHECK(d->workshop && d->workshop->on);
    platform_inject_key(d->p, KEY_ENTER, 0);
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    d->workspace.section = SECTION_DEBRIEF;
    ui_desk_frames(d, 3);
    CHECK(d->workspace.debrief.scored);
    desktop_go_home(d);
    ui_desk_frames(d, 2);
    snprintf(path, sizeof path, "%s/data/incident-dojo/profiles/ann.json", tmp);
    Profile p;
    CHECK(profile_load(path, &p, err, sizeof err));
    const ProfileEntry *e = profile_find(&p, "cert-expiry");
    CHECK(e && e->attempts == 2);                       /* as test_start_next_and_record left it */
    profile_clear(&p);
    platform_inject_key(d->p, KEY_F9, 0);
    ui_desk_frames(d, 2);
}

static void test_no_curriculum(void)
{
    char scen[600];
    snprintf(scen, sizeof scen, "%s/bare", tmp);
    mkdir(scen, 0755);
    char cmd[2200];
    snprintf(cmd, sizeof cmd, "cp -r '%s/scenarios/tutorial' '%s/'", src, scen);
    CHECK(system(cmd) == 0);
    setenv("INCIDENT_DOJO_SCENARIOS", scen, 1);
    Desktop *d = start();
    if (!d) return;
    CHECK(d->home.path == NULL);
    CHECK_INT(d->home.start_next_button.w, 0);
    CHECK_INT(d->lib->count, 1);
    finish(d);
}

/* A curriculum with errors and an unreadable profile: each said once in
 * the banner, naming the file; no path; the old profile kept aside. */
static void test_problems(void)
{
    char scen[600], path[800], cmd[2200];
    snprintf(scen, sizeof scen, "%s/broken", tmp);
    snprintf(path, sizeof path, "%s/curricula", scen);
    mkdir(scen, 0755);
    mkdir(path, 0755);
    snprintf(cmd, sizeof cmd, "cp -r '%s/scenarios/tutorial' '%s/'", src, scen);
    CHECK(system(cmd) == 0);
    snprintf(path, sizeof path, "%s/curricula/a.lua", scen);
    FILE *f = fopen(path, "wb");
    if (f) fputs("curriculum { id = \"a\", title = \"A\",\n  step { scenario = \"nope\" } }\n", f), fclose(f);
    setenv("INCIDENT_DOJO_SCENARIOS", scen, 1);
    Desktop *d = start();
    if (!d) return;
    CHECK(d->home.path == NULL);
    CHECK_CONTAINS(d->banner, "The onboarding path is hidden");
    CHECK_CONTAINS(d->banner, "a.lua:2: error[dangling-ref]: step names scenario 'nope'");
    finish(d);

    setenv("INCIDENT_DOJO_SCENARIOS", scen, 1);
    remove(path);
    setenv("INCIDENT_DOJO_PROFILE", "bob", 1);
    char prof[700];
    snprintf(prof, sizeof prof, "%s/data/incident-dojo/profiles/bob.json", tmp);
    f = fopen(prof, "wb");
    if (f) fputs("{\"scenarios\": ", f), fclose(f);
    d = start();
    if (!d) return;
    CHECK_CONTAINS(d->banner, prof);
    CHECK_CONTAINS(d->banner, "could not be read");
    char aside[800];
    snprintf(aside, sizeof aside, "%s.unreadable", prof);
    struct stat st;
    CHECK(stat(aside, &st) == 0 && st.st_size > 0);
    finish(d);
    setenv("INCIDENT_DOJO_PROFILE", "ann", 1);
}

/* The path's Change dialog: another curriculum and another profile, each
 * taken at once, kept in the settings and there again on the next start;
 * a name that cannot be a profile is refused with what names may hold. */
static void test_pick(void)
{
    char scen[600], cmd[8000], path[800];
    snprintf(scen, sizeof scen, "%s/two-paths", tmp);
    mkdir(scen, 0755);
    snprintf(cmd, sizeof cmd, "cp -r '%s/scenarios/tutorial' '%s/scenarios/cert-expiry' '%s/scenarios/quiet-queue' "
             "'%s/scenarios/curricula' '%s/'", src, src, src, src, scen);
    CHECK(system(cmd) == 0);
    snprintf(path, sizeof path, "%s/curricula/short.lua", scen);
    FILE *f = fopen(path, "wb");
    if (f) fputs("curriculum { id = \"short\", title = \"Just the certificate\",\n"
                 "  step { scenario = \"cert-expiry\", objectives = { \"Find the lost warning\" } } }\n", f), fclose(f);
    setenv("INCIDENT_DOJO_SCENARIOS", scen, 1);
    Desktop *d = start();
    if (!d) return;
    const HomeChoices *ch = d->home.choices;
    CHECK(ch && ch->curriculum_count == 2 && ch->curriculum == 0);
    if (!ch || ch->curriculum_count != 2) {
        finish(d);
        return;
    }
    CHECK_STR(ch->curricula[0], "On-call onboarding");          /* onboarding.lua before short.lua */
    CHECK_STR(ch->curricula[1], "Just the certificate");
    CHECK_INT(d->home.path->count, 3);
    ui_desk_click(d, d->home.change_button);
    ui_desk_shot(d, shots, "home-path-change", 5);
    ui_desk_click(d, d->home.curriculum_rects[1]);
    CHECK(d->home.path && d->home.path->count == 1);
    CHECK_STR(d->home.path->title, "Just the certificate");
    CHECK_STR(d->settings.curriculum, "short.lua");
    /* a name with a space is refused, and the dialog stays */
    ui_desk_click(d, d->home.change_button);
    ui_desk_click(d, d->home.new_profile_input);
    ui_desk_type(d, "no way");
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_CONTAINS(d->home.pick_problem, "A profile's name is letters, digits");
    CHECK_STR(d->settings.profile, "");
    ui_desk_key(d, KEY_A, MOD_CTRL);
    ui_desk_type(d, "cleo");
    ui_desk_click(d, d->home.use_profile_button);
    CHECK_STR(d->settings.profile, "cleo");
    CHECK(d->home.path && strcmp(d->home.path->profile, "cleo") == 0);
    CHECK_STR(d->home.pick_problem, "");
    finish(d);
    /* the next start follows the same path as the same person, who can go
     * back to ann from the list */
    d = start();
    if (!d) return;
    CHECK(d->home.path && d->home.path->count == 1 && strcmp(d->home.path->profile, "cleo") == 0);
    ch = d->home.choices;
    int ann = -1;
    for (int i = 0; ch && i < ch->profile_count; i++)
        if (strcmp(ch->profiles[i], "ann") == 0) ann = i;
    CHECK(ann >= 0);
    if (ann >= 0) {
        ui_desk_click(d, d->home.change_button);
        ui_desk_click(d, d->home.profile_rects[ann]);
        CHECK_STR(d->settings.profile, "ann");
        CHECK(d->home.path && strcmp(d->home.path->profile, "ann") == 0);
    }
    finish(d);
    snprintf(path, sizeof path, "%s/config/incident-dojo/settings.json", tmp);
    remove(path);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    snprintf(tmp, sizeof tmp, "/tmp/dojo-home-path-XXXXXX");
    if (!mkdtemp(tmp) || !ui_fixture_shots(shots, sizeof shots, "home-path")) return 1;
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios", src);
    ui_fixture_app_env(path, tmp);
    setenv("INCIDENT_DOJO_PROFILE", "ann", 1);
    write_profile();
    Desktop *d = start();
    if (d) {
        test_path_drawn(d);
        shoot(d, "home-path-light", THEME_LIGHT);
        shoot(d, "home-path-dark", THEME_DARK);
        shoot(d, "home-path-high-contrast", THEME_HIGH_CONTRAST);
        ui_set_theme(d->ui, THEME_LIGHT);
        test_start_next_and_record(d);
        test_workshop_not_recorded(d);
        finish(d);
    }
    test_no_curriculum();
    test_problems();
    test_pick();
    ui_fixture_remove_shots(shots);
    snprintf(path, sizeof path, "rm -rf '%s'", tmp);
    if (system(path) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    return testing_done("test_home_path");
}
