/* onboarding.c: the curriculum and profile behind the home screen's path.
 * Progress itself is core's pure function (progress.h); this file only
 * finds the files, keeps them, and turns progress into what home draws. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "catalog.h"
#include "core/settings.h"
#include "core/util.h"
#include "library.h"
#include "onboarding.h"
#include "script/curriculum.h"

/* Every .lua file in folder/curricula, by name: the paths one can choose. */
static void onboarding_list_curricula(Onboarding *o, const char *folder)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/curricula", folder);
    int count;
    char **paths = catalog_scan(dir, &count);
    o->cur_files = xcalloc((size_t)count + 1, sizeof *o->cur_files);
    o->cur_titles = xcalloc((size_t)count + 1, sizeof *o->cur_titles);
    for (int i = 0; i < count; i++) {
        size_t n = strlen(paths[i]);
        if (n > 4 && strcmp(paths[i] + n - 4, ".lua") == 0) o->cur_files[o->cur_count++] = xstrdup(paths[i]);
    }
    catalog_free_paths(paths, count);
}

static const char *onboarding_base(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Loads curriculum file i; with errors, NULL and its first error in first. */
static Curriculum *onboarding_read(const Onboarding *o, int i, const Library *lib, char *first, size_t size)
{
    const char **ids = xcalloc((size_t)lib->count + 1, sizeof *ids);
    int n = 0;
    for (int k = 0; k < lib->count; k++)
        if (lib->scenarios[k] && lib->entries[k].id) ids[n++] = lib->entries[k].id;
    Diags diags = {0};
    Curriculum *c = curriculum_load(o->cur_files[i], ids, n, &diags);
    diags_sort(&diags);
    if (size) first[0] = 0;
    for (int k = 0; k < diags.count && !first[0]; k++)
        if (diags.items[k].severity == DIAG_ERROR) diags_format(&diags.items[k], first, size);
    diags_destroy(&diags);
    free(ids);
    return c;
}

/* The chosen curriculum (by file name; the first when the choice is gone)
 * is kept; the others are read for their titles. One with errors hides
 * the path; its first problem is said once and `check` gives the rest. */
static void onboarding_load_curriculum(Onboarding *o, const char *folder, const Library *lib, const char *choice)
{
    onboarding_list_curricula(o, folder);
    o->cur_index = o->cur_count ? 0 : -1;
    for (int i = 0; choice && choice[0] && i < o->cur_count; i++)
        if (strcmp(onboarding_base(o->cur_files[i]), choice) == 0) o->cur_index = i;
    for (int i = 0; i < o->cur_count; i++) {
        char first[1024];
        Curriculum *c = onboarding_read(o, i, lib, first, sizeof first);
        StrBuf title = {0};
        if (c && c->title) strbuf_addf(&title, "%s", c->title);
        else strbuf_addf(&title, "%s (has errors)", onboarding_base(o->cur_files[i]));
        o->cur_titles[i] = title.s;
        if (i != o->cur_index) {
            curriculum_destroy(c);
            continue;
        }
        o->cur = c;
        snprintf(o->cur_path, sizeof o->cur_path, "%s", o->cur_files[i]);
        if (!c)
            error_set(o->notice, sizeof o->notice, "The onboarding path is hidden: %s has errors (run "
                      "'incident-dojo check %s'). The first: %s", o->cur_path, o->cur_path, first);
    }
}

static int onboarding_name_order(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The profiles kept on this machine (profiles/NAME.json), by name, and
 * the one in use even before its first save. */
static void onboarding_list_profiles(Onboarding *o)
{
    char dir[4096], err[256];
    int cap = 0;
    o->profiles = NULL;
    bool current = false;
    DIR *d = NULL;
    if (profile_path("x", dir, sizeof dir, err, sizeof err)) {    /* <data>/profiles/x.json: its folder */
        dir[strlen(dir) - strlen("/x.json")] = 0;
        d = opendir(dir);
    }
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        char name[64];
        if (n <= 5 || n - 5 >= sizeof name || strcmp(e->d_name + n - 5, ".json") != 0) continue;
        snprintf(name, sizeof name, "%.*s", (int)(n - 5), e->d_name);
        if (!settings_name_valid(name)) continue;
        current |= strcmp(name, o->profile.name) == 0;
        vec_reserve((void **)&o->profiles, &cap, o->profile_count + 1, sizeof *o->profiles);
        o->profiles[o->profile_count++] = xstrdup(name);
    }
    if (d) closedir(d);
    if (!current) {
        vec_reserve((void **)&o->profiles, &cap, o->profile_count + 1, sizeof *o->profiles);
        o->profiles[o->profile_count++] = xstrdup(o->profile.name);
    }
    qsort(o->profiles, (size_t)o->profile_count, sizeof *o->profiles, onboarding_name_order);
}

static void onboarding_load_profile(Onboarding *o, const char *choice)
{
    char name[64], err[2048];
    if (choice && choice[0]) snprintf(name, sizeof name, "%s", choice);
    else profile_default_name(name, sizeof name);
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

Onboarding *onboarding_load(const char *folder, const Library *lib, const char *curriculum, const char *profile)
{
    Onboarding *o = xcalloc(1, sizeof *o);
    onboarding_load_curriculum(o, folder, lib, curriculum);
    onboarding_load_profile(o, profile);
    onboarding_list_profiles(o);
    o->choices = (HomeChoices){.curricula = (const char *const *)o->cur_titles, .curriculum_count = o->cur_count,
                               .curriculum = o->cur_index, .profiles = (const char *const *)o->profiles,
                               .profile_count = o->profile_count, .profile = o->profile.name};
    onboarding_refresh(o, lib);
    return o;
}

const char *onboarding_curriculum_file(const Onboarding *o, int i)
{
    return i >= 0 && i < o->cur_count ? onboarding_base(o->cur_files[i]) : NULL;
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
    for (int i = 0; i < o->cur_count; i++) free(o->cur_files[i]), free(o->cur_titles[i]);
    for (int i = 0; i < o->profile_count; i++) free(o->profiles[i]);
    free(o->cur_files);
    free(o->cur_titles);
    free(o->profiles);
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
