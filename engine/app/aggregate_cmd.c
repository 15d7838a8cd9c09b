/* aggregate_cmd.c: `incident-dojo aggregate RESULT... [--out FILE.md]`: a
 * workshop's result files summed up in Markdown, with SVG charts beside
 * the file when there is one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app.h"
#include "catalog.h"
#include "core/aggregate.h"
#include "script/loader.h"

static int usage_aggregate(void)
{
    fprintf(stderr, "Usage: incident-dojo aggregate RESULT.json... [--out FILE.md]\n");
    return 2;
}

/* "out/results.md" -> stem "out/results" (where the charts go) and
 * "results" (how the Markdown beside them links to them). */
static void aggregate_chart_names(const char *out, char *stem, size_t n, const char **link)
{
    snprintf(stem, n, "%s", out);
    size_t len = strlen(stem);
    if (len > 3 && strcmp(stem + len - 3, ".md") == 0) stem[len - 3] = 0;
    const char *slash = strrchr(stem, '/');
    *link = slash ? slash + 1 : stem;
}

static bool aggregate_write_charts(const Aggregate *a, const char *stem)
{
    char path[4200];
    char *scores = aggregate_svg_scores(a), *crit = aggregate_svg_criteria(a);
    snprintf(path, sizeof path, "%s-scores.svg", stem);
    bool ok = app_write_text_file(path, scores);
    snprintf(path, sizeof path, "%s-criteria.svg", stem);
    ok = app_write_text_file(path, crit) && ok;
    free(scores);
    free(crit);
    return ok;
}

/* The catalogue's copy of the results' scenario, so the report names
 * evidence and questions in words; NULL (ids only, and a note) without. */
static Scenario *aggregate_find_scenario(const Aggregate *a)
{
    Scenario *sc = a->scenario ? catalog_load(a->scenario, NULL, true) : NULL;
    if (!sc)
        fprintf(stderr, "incident-dojo: note: the scenario '%s' is not in the catalogue, so evidence and "
                        "questions are named by id\n", a->scenario ? a->scenario : "?");
    return sc;
}

int cmd_aggregate(int argc, char **argv)
{
    const char *out = NULL;
    Aggregate *a = aggregate_create();
    char err[2048];
    int rc = 0;
    for (int i = 0; i < argc && rc == 0; i++) {
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) out = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1]) rc = usage_aggregate();
        else if (!aggregate_add_file(a, argv[i], err, sizeof err)) {
            fprintf(stderr, "incident-dojo: %s\n", err);
            rc = 1;
        }
    }
    if (rc == 0 && a->count == 0) rc = usage_aggregate();
    if (rc == 0) {
        aggregate_compute(a);
        char stem[4096];
        const char *link = NULL;
        if (out) aggregate_chart_names(out, stem, sizeof stem, &link);
        Scenario *sc = aggregate_find_scenario(a);
        char *md = aggregate_markdown(a, link, sc);
        scenario_destroy(sc);
        bool ok = out ? app_write_text_file(out, md) && aggregate_write_charts(a, stem) : fputs(md, stdout) >= 0;
        free(md);
        if (!ok) rc = 1;
    }
    aggregate_destroy(a);
    return rc;
}
