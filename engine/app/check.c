/* check.c: `incident-dojo check PATH...`: validate scenarios and
 * curricula (.lua files in a folder named curricula) and print every
 * diagnostic as file:line: severity[code]: message. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "app.h"
#include "catalog.h"
#include "watch.h"
#include "core/coverage.h"
#include "script/curriculum.h"
#include "script/loader.h"
#include "script/schema.h"

typedef struct CheckOptions {
    bool quiet;      /* hide warnings */
    bool strict;     /* a warning fails too */
    bool coverage;   /* also what no play can reach */
    bool watch;      /* check again on every change, until interrupted */
} CheckOptions;

typedef struct CheckTotals { int scenarios, curricula, errors, warnings, unreachable; } CheckTotals;

static int count_true(const bool *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) k += v[i];
    return k;
}

/* What no play can reach, one line each where it was written, then the
 * totals: an author's proof that nothing is written in vain. */
static void check_coverage(const Scenario *sc, CheckTotals *t)
{
    Coverage cov;
    coverage_compute(sc, &cov);
    for (int q = 0; q < sc->question_count; q++)
        if (!cov.question[q])
            printf("%s:%d: coverage: question '%s' can never be asked: its interviewee is never available "
                   "or its condition cannot hold\n", sc->questions[q].loc.file, sc->questions[q].loc.line,
                   sc->questions[q].id);
    for (int f = 0; f < sc->fact_count; f++)
        if (!cov.fact[f])
            printf("%s:%d: coverage: fact '%s' is never revealed: no reachable answer reveals it at a candor "
                   "the person can reach\n", sc->facts[f].loc.file, sc->facts[f].loc.line, sc->facts[f].id);
    for (int i = 0; i < sc->criterion_count; i++) {
        const Criterion *c = &sc->criteria[i];
        if (!cov.criterion[i])
            printf("%s:%d: coverage: criterion '%s' can never be met\n", c->loc.file, c->loc.line, c->id);
        else if (cov.opaque[i])
            printf("%s:%d: coverage: criterion '%s' depends on a Lua function, which coverage cannot look "
                   "into\n", c->loc.file, c->loc.line, c->id);
    }
    int q = count_true(cov.question, sc->question_count), f = count_true(cov.fact, sc->fact_count);
    int e = count_true(cov.evidence_ok, cov.evidence_count), c = count_true(cov.criterion, sc->criterion_count);
    printf("coverage of %s: %d of %d questions can be asked, %d of %d facts revealed, %d of %d items and facts "
           "the rubric names found, %d of %d criteria met\n", sc->meta.id ? sc->meta.id : "?", q,
           sc->question_count, f, sc->fact_count, e, cov.evidence_count, c, sc->criterion_count);
    t->unreachable += (sc->question_count - q) + (sc->fact_count - f) + (cov.evidence_count - e) +
                      (sc->criterion_count - c);
    coverage_free(&cov);
}

static void check_print(Diags *diags, bool quiet)
{
    diags_sort(diags);
    for (int i = 0; i < diags->count; i++) {
        if (quiet && diags->items[i].severity == DIAG_WARNING) continue;
        char line[4096];
        diags_format(&diags->items[i], line, sizeof line);
        printf("%s\n", line);
    }
}

static void check_one(const char *path, bool quiet, bool coverage, CheckTotals *t)
{
    Diags diags = {0};
    Scenario *sc = loader_load(path, NULL, &diags, NULL);
    check_print(&diags, quiet);
    t->scenarios++;
    if (coverage && sc && !diags.errors) check_coverage(sc, t);
    t->errors += diags.errors;
    t->warnings += diags.warnings;
    scenario_destroy(sc);
    diags_destroy(&diags);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A curriculum names scenarios by id: the ones in the folder above its
 * curricula folder are the ones that exist. */
static void check_curriculum(const char *path, bool quiet, CheckTotals *t)
{
    char folder[4096];
    snprintf(folder, sizeof folder, "%s", path);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(folder, '/');
        if (slash) *slash = 0;
        else snprintf(folder, sizeof folder, "%s", up ? "." : "..");
    }
    int count, ids_n = 0;
    char **found = catalog_scan(folder, &count);
    const char **ids = calloc((size_t)count + 1, sizeof *ids);
    Scenario **scs = calloc((size_t)count + 1, sizeof *scs);
    for (int i = 0; i < count; i++) {
        Diags quiet_diags = {0};
        scs[i] = loader_load(found[i], NULL, &quiet_diags, NULL);
        if (scs[i] && scs[i]->meta.id) ids[ids_n++] = scs[i]->meta.id;
        diags_destroy(&quiet_diags);
    }
    Diags diags = {0};
    curriculum_destroy(curriculum_load(path, ids, ids_n, &diags));
    check_print(&diags, quiet);
    t->curricula++;
    t->errors += diags.errors;
    t->warnings += diags.warnings;
    diags_destroy(&diags);
    for (int i = 0; i < count; i++) scenario_destroy(scs[i]);
    free(scs);
    free(ids);
    catalog_free_paths(found, count);
}

/* path is a .lua file in a folder named curricula, or that folder. */
static bool is_curricula(const char *path, bool folder)
{
    char p[4096];
    snprintf(p, sizeof p, "%s", path);
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/') p[--n] = 0;
    char *slash = strrchr(p, '/');
    if (!folder) {
        if (!slash) return false;
        *slash = 0;
        slash = strrchr(p, '/');
    }
    return strcmp(slash ? slash + 1 : p, "curricula") == 0;
}

static void check_curricula_in(const char *folder, bool quiet, CheckTotals *t)
{
    int count;
    char **found = catalog_scan(folder, &count);
    for (int k = 0; k < count; k++)
        if (!is_dir(found[k])) check_curriculum(found[k], quiet, t);
    catalog_free_paths(found, count);
}

static bool holds_scenario(const char *path)
{
    char inner[4096];
    struct stat st;
    snprintf(inner, sizeof inner, "%s/scenario.lua", path);
    return stat(inner, &st) == 0;
}

/* `incident-dojo meta [--out FILE]`: the editor definitions. */
int cmd_meta(int argc, char **argv)
{
    const char *out = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) out = argv[++i];
        else {
            fprintf(stderr, "Usage: incident-dojo meta [--out FILE]\n");
            return 2;
        }
    }
    char *text = schema_lua_meta();
    bool ok = out ? app_write_text_file(out, text) : fputs(text, stdout) >= 0;
    free(text);
    return ok ? 0 : 1;
}

/* Checks the scenarios, curricula and folders at paths, prints each
 * diagnostic to stdout and a summary to stderr; the exit status (0, or 1
 * when anything failed). */
static int check_paths(char **paths, int count, const CheckOptions *o)
{
    bool quiet = o->quiet, coverage = o->coverage;
    CheckTotals t = {0};
    for (int i = 0; i < count; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) {
            printf("%s: error[not-found]: no such file or folder\n", paths[i]);
            t.errors++;
        } else if (S_ISDIR(st.st_mode) && is_curricula(paths[i], true)) {
            check_curricula_in(paths[i], quiet, &t);
        } else if (!S_ISDIR(st.st_mode) && is_curricula(paths[i], false)) {
            check_curriculum(paths[i], quiet, &t);
        } else if (S_ISDIR(st.st_mode) && !holds_scenario(paths[i])) {
            int found_n;
            char **found = catalog_scan(paths[i], &found_n);
            if (!found_n) {
                printf("%s: error[not-found]: no scenarios here (a scenario is a .lua file or a "
                       "folder with scenario.lua)\n", paths[i]);
                t.errors++;
            }
            for (int k = 0; k < found_n; k++) check_one(found[k], quiet, coverage, &t);
            catalog_free_paths(found, found_n);
            char sub[4200];
            snprintf(sub, sizeof sub, "%s/curricula", paths[i]);
            if (is_dir(sub)) check_curricula_in(sub, quiet, &t);
        } else {
            check_one(paths[i], quiet, coverage, &t);
        }
    }
    fflush(stdout);   /* diagnostics before the summary, even through a pipe */
    char curricula[64] = "";
    if (t.curricula) snprintf(curricula, sizeof curricula, " and %d curricul%s", t.curricula, t.curricula == 1 ? "um" : "a");
    char scenarios[64] = "";
    if (t.scenarios || !t.curricula) snprintf(scenarios, sizeof scenarios, " %d scenario%s", t.scenarios, t.scenarios == 1 ? "" : "s");
    fprintf(stderr, "checked%s%s: %d error%s, %d warning%s\n", scenarios,
            t.scenarios || !t.curricula ? curricula : curricula + 4, t.errors, t.errors == 1 ? "" : "s", t.warnings,
            t.warnings == 1 ? "" : "s");
    if (coverage)
        fprintf(stderr, "coverage: %d thing%s no play can reach\n", t.unreachable, t.unreachable == 1 ? "" : "s");
    return t.errors || (o->strict && t.warnings) || t.unreachable ? 1 : 0;
}

typedef struct CheckJob { char **paths; int count; const CheckOptions *o; } CheckJob;

static int check_job(void *ctx)
{
    const CheckJob *j = ctx;
    return check_paths(j->paths, j->count, j->o);
}

int cmd_check(int argc, char **argv)
{
    CheckOptions o = {0};
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    int count = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--quiet") == 0) o.quiet = true;
        else if (strcmp(argv[i], "--strict") == 0) o.strict = true;
        else if (strcmp(argv[i], "--coverage") == 0) o.coverage = true;
        else if (strcmp(argv[i], "--watch") == 0) o.watch = true;
        else if (argv[i][0] == '-') {
            fprintf(stderr, "incident-dojo check: unrecognized option '%s'\n", argv[i]);
            free(paths);
            return 2;
        } else paths[count++] = argv[i];
    }
    int rc = 2;
    if (!count)
        fprintf(stderr, "Usage: incident-dojo check [--quiet] [--strict] [--coverage] [--watch] PATH...\n");
    else if (!o.watch) rc = check_paths(paths, count, &o);
    else rc = watch_run(paths, count, check_job, &(CheckJob){paths, count, &o});
    free(paths);
    return rc;
}
