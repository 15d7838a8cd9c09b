/* library.c: loading the catalogue for the home screen. Scenarios stay
 * loaded while the library lives, so the entries can borrow their text. */
#include <stdlib.h>
#include <string.h>
#include "app_state.h"
#include "catalog.h"
#include "core/save.h"
#include "core/util.h"
#include "core/xdg.h"
#include "library.h"
#include "onboarding.h"
#include "script/loader.h"

/* A broken scenario is named by its file or folder, and shows its first
 * problem: the rest is on the error screen. */
static void library_fill_broken(Library *lib, int i)
{
    HomeEntry *e = &lib->entries[i];
    const char *slash = strrchr(lib->paths[i], '/');
    e->title = slash ? slash + 1 : lib->paths[i];
    e->summary = "";
    e->difficulty = "";
    const char *first = strstr(lib->reports[i], "\n\n");
    e->error = first ? first + 2 : lib->reports[i];
}

static void library_fill(Library *lib, int i)
{
    const ScenarioMeta *m = &lib->scenarios[i]->meta;
    lib->entries[i] = (HomeEntry){.id = m->id, .title = m->title ? m->title : m->id,
        .summary = m->summary ? m->summary : "", .difficulty = m->difficulty ? m->difficulty : "",
        .company = m->company, .minutes = m->minutes,
        .objectives = (const char *const *)m->objectives.v, .objective_count = m->objectives.n};
}

Library *library_scan(const char *folder, const char *curriculum, const char *profile)
{
    Library *lib = xcalloc(1, sizeof *lib);
    lib->paths = catalog_scan(folder, &lib->count);
    size_t n = lib->count ? (size_t)lib->count : 1;
    lib->scenarios = xcalloc(n, sizeof *lib->scenarios);
    lib->reports = xcalloc(n, sizeof *lib->reports);
    lib->entries = xcalloc(n, sizeof *lib->entries);
    for (int i = 0; i < lib->count; i++) {
        Diags diags = {0};
        lib->scenarios[i] = loader_load(lib->paths[i], NULL, &diags, NULL);
        if (lib->scenarios[i]) library_fill(lib, i);
        else {
            lib->reports[i] = app_state_diag_report(lib->paths[i], &diags);
            library_fill_broken(lib, i);
        }
        diags_destroy(&diags);
    }
    library_refresh_saves(lib);
    lib->onboarding = onboarding_load(folder, lib, curriculum, profile);
    return lib;
}

void library_choose_path(Library *lib, const char *folder, const char *curriculum, const char *profile)
{
    onboarding_destroy(lib->onboarding);
    lib->onboarding = onboarding_load(folder, lib, curriculum, profile);
}

void library_destroy(Library *lib)
{
    if (!lib) return;
    onboarding_destroy(lib->onboarding);
    for (int i = 0; i < lib->count; i++) {
        scenario_destroy(lib->scenarios[i]);
        free(lib->reports[i]);
    }
    catalog_free_paths(lib->paths, lib->count);
    free(lib->scenarios);
    free(lib->reports);
    free(lib->entries);
    free(lib);
}

/* Only the save's header and log are read: a save of another scenario
 * that happens to share the file name counts as none. */
static int library_saved_actions(const char *id)
{
    char path[4096], err[2048];
    if (!xdg_save_file(id, path, sizeof path, err, sizeof err)) return 0;
    SaveData d = {0};
    if (save_load(path, &d, err, sizeof err) == SAVE_FAILED) return 0;
    int n = strcmp(d.scenario_id, id) == 0 ? d.log.count : 0;
    save_data_clear(&d);
    return n;
}

void library_refresh_saves(Library *lib)
{
    for (int i = 0; i < lib->count; i++)
        if (lib->scenarios[i]) lib->entries[i].saved_actions = library_saved_actions(lib->entries[i].id);
    if (lib->onboarding) onboarding_refresh(lib->onboarding, lib);
}

int library_find(const Library *lib, const char *path)
{
    for (int i = 0; i < lib->count; i++)
        if (strcmp(lib->paths[i], path) == 0) return i;
    return -1;
}
