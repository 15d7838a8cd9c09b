/* onboarding.c: the curriculum and profile behind the home screen's path.
 * Progress itself is core's pure function (progress.h); this file only
 * finds the files, keeps them, and turns progress into what home draws. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "catalog.h"
#include "core/util.h"
#include "library.h"
#include "onboarding.h"
#include "script/curriculum.h"

/* The first .lua file by name in folder/curricula: one path at a time is enough for a
 * team's onboarding; more files are for switching by renaming. */
static bool onboarding_find(const char *folder, char *buf, size_t size)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/curricula", folder);
    int count;
    char **paths = catalog_scan(dir, &count);
    bool found = false;
    for (int i = 0; i < count && !found; i++) {
        size_t n = strlen(paths[i]);
        if (n > 4 && strcmp(paths[i] + n - 4, ".lua") == 0) found = snprintf(buf, size, "%s", paths[i]) > 0;
    }
    catalog_free_paths(paths, count);
    return found;
}

/* A curriculum with errors hides the path; its first problem is said once
 * and `incident-dojo check` gives the rest. */
static void onboarding_load_curriculum(Onboarding *o, const char *folder, const Library *lib)
{
    if (!onboarding_find(folder, o->cur_path, sizeof o->cur_path)) {
        o->cur_path[0] = 0;
        return;
    }
    const char **ids = xcalloc((size_t)lib->count + 1, sizeof *ids);
    int n = 0;
    for (int i = 0; i < lib->count; i++)
        if (lib->scenarios[i] && lib->entries[i].id) ids[n++] = lib->entries[i].id;
    Diags diags = {0};
    o->cur = curriculum_load(o->cur_path, ids, n, &diags);
    if (!o->cur) {
        diags_sort(&diags);
        char first[1024] = "";
        for (int i = 0; i < diags.count && !first[0]; i++)
            if (diags.items[i].severity == DIAG_ERROR) diags_format(&diags.items[i], first, sizeof first);
        error_set(o->notice, sizeof o->notice, "The onboarding path is hidden: %s has errors (run "
                 "'incident-dojo check %s'). The first: %s", o->cur_path, o->cur_path, first);
    }
    diags_destroy(&diags);
    free(ids);
}

static void onboarding_load_profile(Onboarding *o)
{
    char name[64], err[2048];
    profile_default_name(name, sizeof name);
    if (!profile_path(name, o->profile_path, sizeof o->profile_path, err, sizeof err)) {
        o->profile_path[0] = 0;
        snprintf(o->profile.name, sizeof o->profile.name, "%s", name);
        return;
    }
    if (!profile_load(o->profile_path, &o->profile, o->notice, sizeof o->notice)) {
        FILE *f = fopen(o->profile_path, "rb");
        o->profile_readonly = f != NULL;      /* not moved aside: keep it for the person to fix */
        if (f) fclose(f);
    }
    snprintf(o->profile.name, sizeof o->profile.name, "%s", name);
}

Onboarding *onboarding_load(const char *folder, const Library *lib)
{
    Onboarding *o = xcalloc(1, sizeof *o);
    onboarding_load_curriculum(o, folder, lib);
    onboarding_load_profile(o);
    onboarding_refresh(o, lib);
    return o;
}

static void onboarding_free_path(Onboarding *o)
{
    for (int i = 0; i < o->path.count; i++) free(o->requires[i]);
    free(o->requires);
    free(o->steps);
    o->requires = NULL;
    o->steps = NULL;
    o->path = (HomePath){0};
}

void onboarding_destroy(Onboarding *o)
{
    if (!o) return;
    onboarding_free_path(o);
    curriculum_destroy(o->cur);
    profile_clear(&o->profile);
    free(o);
}

static int onboarding_entry(const Library *lib, const char *id)
{
    for (int i = 0; i < lib->count; i++)
        if (lib->scenarios[i] && lib->entries[i].id && strcmp(lib->entries[i].id, id) == 0) return i;
    return -1;
}

/* "Requires: The wildcard that expired ..." by the required steps' titles. */
static char *onboarding_requires(const Onboarding *o, const CurriculumStep *cs)
{
    StrBuf b = {0};
    strbuf_addf(&b, "Requires: ");
    for (int k = 0; k < cs->require_count; k++)
        strbuf_addf(&b, "%s%s", k ? ", " : "", o->steps[cs->requires[k]].title);
    return b.s;
}

static void onboarding_fill_step(Onboarding *o, const Library *lib, int i, StepState st)
{
    const CurriculumStep *cs = &o->cur->steps[i];
    HomePathStep *s = &o->steps[i];
    const ProfileEntry *e = profile_find(&o->profile, cs->scenario);
    s->entry = onboarding_entry(lib, cs->scenario);
    s->title = s->entry >= 0 ? lib->entries[s->entry].title : cs->scenario;
    s->state = st == STEP_DONE ? HOME_STEP_DONE : st == STEP_LOCKED ? HOME_STEP_LOCKED : HOME_STEP_OPEN;
    s->pass = cs->pass;
    s->attempts = e ? e->attempts : 0;
    s->best = e ? e->best : 0;
    s->objectives = cs->objectives;
    s->objective_count = cs->objective_count;
    o->requires[i] = st == STEP_LOCKED && cs->require_count ? onboarding_requires(o, cs) : NULL;
    s->requires = o->requires[i];
}

void onboarding_refresh(Onboarding *o, const Library *lib)
{
    onboarding_free_path(o);
    if (!o->cur) return;
    Progress pr;
    progress_compute(o->cur, &o->profile, &pr);
    int n = o->cur->count;
    o->steps = xcalloc((size_t)n + 1, sizeof *o->steps);
    o->requires = xcalloc((size_t)n + 1, sizeof *o->requires);
    for (int i = 0; i < n; i++) onboarding_fill_step(o, lib, i, pr.state[i]);
    if (pr.next >= 0) o->steps[pr.next].state = HOME_STEP_NEXT;
    o->path = (HomePath){.title = o->cur->title, .summary = o->cur->summary, .profile = o->profile.name,
                         .steps = o->steps, .count = n, .done = pr.done, .next = pr.next};
    progress_free(&pr);
}

const HomePath *onboarding_path(const Onboarding *o)
{
    return o && o->cur ? &o->path : NULL;
}

bool onboarding_record(Onboarding *o, const char *scenario, double score, bool new_attempt, char *err,
                       size_t errsize)
{
    double pass = 1000;      /* outside the curriculum nothing is passed */
    for (int i = 0; o->cur && i < o->cur->count; i++)
        if (strcmp(o->cur->steps[i].scenario, scenario) == 0) pass = o->cur->steps[i].pass;
    profile_record(&o->profile, scenario, score, pass, new_attempt, (long long)time(NULL));
    if (!o->profile_path[0] || o->profile_readonly) return true;
    return profile_save(o->profile_path, &o->profile, err, errsize);
}
