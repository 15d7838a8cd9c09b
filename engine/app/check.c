/* check.c: `incident-dojo check PATH...`: validate scenarios and print
 * every diagnostic as file:line: severity[code]: message. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "app.h"
#include "catalog.h"
#include "core/coverage.h"
#include "script/loader.h"

typedef struct CheckTotals { int scenarios, errors, warnings, unreachable; } CheckTotals;

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

static void check_one(const char *path, bool quiet, bool coverage, CheckTotals *t)
{
    Diags diags = {0};
    Scenario *sc = loader_load(path, NULL, &diags, NULL);
    diags_sort(&diags);
    for (int i = 0; i < diags.count; i++) {
        if (quiet && diags.items[i].severity == DIAG_WARNING) continue;
        char line[4096];
        diags_format(&diags.items[i], line, sizeof line);
        printf("%s\n", line);
    }
    t->scenarios++;
    if (coverage && sc && !diags.errors) check_coverage(sc, t);
    t->errors += diags.errors;
    t->warnings += diags.warnings;
    scenario_destroy(sc);
    diags_destroy(&diags);
}

static bool holds_scenario(const char *path)
{
    char inner[4096];
    struct stat st;
    snprintf(inner, sizeof inner, "%s/scenario.lua", path);
    return stat(inner, &st) == 0;
}

int cmd_check(int argc, char **argv)
{
    bool quiet = false, strict = false, coverage = false;
    CheckTotals t = {0};
    int paths = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--quiet") == 0) { quiet = true; continue; }
        if (strcmp(argv[i], "--strict") == 0) { strict = true; continue; }
        if (strcmp(argv[i], "--coverage") == 0) { coverage = true; continue; }
        if (argv[i][0] == '-') {
            fprintf(stderr, "incident-dojo check: unrecognized option '%s'\n", argv[i]);
            return 2;
        }
        paths++;
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            printf("%s: error[not-found]: no such file or folder\n", argv[i]);
            t.errors++;
        } else if (S_ISDIR(st.st_mode) && !holds_scenario(argv[i])) {
            int count;
            char **found = catalog_scan(argv[i], &count);
            if (!count) {
                printf("%s: error[not-found]: no scenarios here (a scenario is a .lua file or a "
                       "folder with scenario.lua)\n", argv[i]);
                t.errors++;
            }
            for (int k = 0; k < count; k++) check_one(found[k], quiet, coverage, &t);
            catalog_free_paths(found, count);
        } else {
            check_one(argv[i], quiet, coverage, &t);
        }
    }
    if (!paths) {
        fprintf(stderr, "Usage: incident-dojo check [--quiet] [--strict] [--coverage] PATH...\n");
        return 2;
    }
    fflush(stdout);   /* diagnostics before the summary, even through a pipe */
    fprintf(stderr, "checked %d scenario%s: %d error%s, %d warning%s\n", t.scenarios,
            t.scenarios == 1 ? "" : "s", t.errors, t.errors == 1 ? "" : "s", t.warnings,
            t.warnings == 1 ? "" : "s");
    if (coverage)
        fprintf(stderr, "coverage: %d thing%s no play can reach\n", t.unreachable, t.unreachable == 1 ? "" : "s");
    return t.errors || (strict && t.warnings) || t.unreachable ? 1 : 0;
}
