/* desktop_results.c: the Results screen's part of the desktop: result files
 * dropped on the window go into one Aggregate, shown by screen_results;
 * Ctrl+R at home opens it (empty, it says what to drop). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "desktop.h"
#include "script/loader.h"

void desktop_show_results(Desktop *d)
{
    if (d->screen != DESKTOP_RESULTS) d->results_back = d->screen;
    d->screen = DESKTOP_RESULTS;
    d->dirty = true;
}

static void results_drop_scenario(Desktop *d)
{
    scenario_destroy(d->results_sc);
    d->results_sc = NULL;
    d->results_view.sc = NULL;
    d->results_view.sc_missing = false;
}

/* The catalogue's copy of the results' scenario, so the screen can name
 * evidence and questions; without it the screen shows ids and says why. */
static void results_find_scenario(Desktop *d)
{
    const char *id = d->results ? d->results->scenario : NULL;
    if (d->results_sc && id && d->results_sc->meta.id && strcmp(d->results_sc->meta.id, id) == 0) return;
    results_drop_scenario(d);
    if (!id) return;
    d->results_sc = catalog_load(id, NULL, true);
    d->results_view.sc = d->results_sc;
    d->results_view.sc_missing = d->results_sc == NULL;
}

void desktop_free_results(Desktop *d)
{
    aggregate_destroy(d->results);
    d->results = NULL;
    results_drop_scenario(d);
    screen_results_free(&d->results_view);
}

static bool results_has_file(const Aggregate *a, const char *path)
{
    for (int i = 0; i < a->count; i++)
        if (strcmp(a->people[i].file, path) == 0) return true;
    return false;
}

/* One dropped path: added, skipped (already there), or a problem appended
 * to problems so several bad files make one banner. */
static bool results_add_drop(Desktop *d, const char *path, StrBuf *problems)
{
    char err[1024];
    size_t n = strlen(path);
    bool ok;
    if (n < 5 || strcmp(path + n - 5, ".json") != 0)
        ok = error_set(err, sizeof err, "%s: not a result file: drop the .json saved from the Debrief "
                       "or written by 'incident-dojo play --out'", path);
    else if (results_has_file(d->results, path)) return false;
    else ok = aggregate_add_file(d->results, path, err, sizeof err);
    if (!ok) strbuf_addf(problems, "%s%s", problems->len ? "\n" : "", err);
    return ok;
}

void desktop_take_drops(Desktop *d)
{
    char *path;
    int added = 0;
    StrBuf problems = {0};
    while ((path = platform_take_dropped(d->p))) {
        if (!d->results) d->results = aggregate_create();
        if (results_add_drop(d, path, &problems)) added++;
        free(path);
    }
    if (problems.len) desktop_set_banner(d, BANNER_ERROR, problems.s);
    free(problems.s);
    if (added) {
        aggregate_compute(d->results);
        results_find_scenario(d);
        d->results_view.scroll.offset = 0;
        desktop_show_results(d);
    }
}

void desktop_draw_results(Desktop *d, Rect area)
{
    switch (screen_results(d->ui, area, d->results, &d->results_view)) {
    case RESULTS_BACK:
        d->screen = d->st || d->results_back == DESKTOP_HOME || d->results_back == DESKTOP_ERROR
                        ? d->results_back : DESKTOP_HOME;
        break;
    case RESULTS_CLEAR:
        aggregate_destroy(d->results);
        d->results = NULL;
        results_drop_scenario(d);
        d->results_view.scroll.offset = 0;
        break;
    case RESULTS_NONE: break;
    }
}
