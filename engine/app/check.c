/* check.c: `incident-dojo check PATH...`: validate scenarios and print
 * every diagnostic as file:line: severity[code]: message. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "app.h"
#include "catalog.h"
#include "script/loader.h"

typedef struct CheckTotals { int scenarios, errors, warnings; } CheckTotals;

static void check_one(const char *path, bool quiet, CheckTotals *t)
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
    bool quiet = false, strict = false;
    CheckTotals t = {0};
    int paths = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--quiet") == 0) { quiet = true; continue; }
        if (strcmp(argv[i], "--strict") == 0) { strict = true; continue; }
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
            for (int k = 0; k < count; k++) check_one(found[k], quiet, &t);
            catalog_free_paths(found, count);
        } else {
            check_one(argv[i], quiet, &t);
        }
    }
    if (!paths) {
        fprintf(stderr, "Usage: incident-dojo check [--quiet] [--strict] PATH...\n");
        return 2;
    }
    fflush(stdout);   /* diagnostics before the summary, even through a pipe */
    fprintf(stderr, "checked %d scenario%s: %d error%s, %d warning%s\n", t.scenarios,
            t.scenarios == 1 ? "" : "s", t.errors, t.errors == 1 ? "" : "s", t.warnings,
            t.warnings == 1 ? "" : "s");
    return t.errors || (strict && t.warnings) ? 1 : 0;
}
