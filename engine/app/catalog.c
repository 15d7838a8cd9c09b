/* catalog.c: the scenarios folder and how a scenario argument is found. */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "catalog.h"
#include "core/util.h"
#include "script/loader.h"

#ifndef DOJO_DATADIR_FROM_BIN
#define DOJO_DATADIR_FROM_BIN "../share/incident-dojo"
#endif

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

const char *catalog_folder(void)
{
    static char found[PATH_MAX];
    const char *env = getenv("INCIDENT_DOJO_SCENARIOS");
    if (env && *env) return env;
    if (found[0]) return found;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        /* A build tree first, then an install (the data folder relative to
         * the binary's, as CMake computed it from GNUInstallDirs). */
        const char *tries[] = {"../scenarios", DOJO_DATADIR_FROM_BIN "/scenarios"};
        for (int i = 0; i < 2; i++) {
            char p[PATH_MAX + 256];
            snprintf(p, sizeof p, "%s/%s", exe, tries[i]);
            if (is_dir(p) && realpath(p, found)) return found;
        }
    }
    snprintf(found, sizeof found, "scenarios");
    return found;
}

static int path_order(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **catalog_scan(const char *folder, int *count)
{
    char **paths = NULL;
    int n = 0, cap = 0;
    DIR *d = opendir(folder);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        char p[PATH_MAX], inner[PATH_MAX + 16];
        snprintf(p, sizeof p, "%s%s%s", folder, folder[strlen(folder) - 1] == '/' ? "" : "/", e->d_name);
        snprintf(inner, sizeof inner, "%s/scenario.lua", p);
        size_t len = strlen(e->d_name);
        bool lua = len > 4 && strcmp(e->d_name + len - 4, ".lua") == 0 && is_file(p);
        if (lua || (is_dir(p) && is_file(inner))) *VEC_PUSH(paths, n, cap) = xstrdup(p);
    }
    if (d) closedir(d);
    if (n > 1) qsort(paths, (size_t)n, sizeof *paths, path_order);
    *count = n;
    return paths;
}

void catalog_free_paths(char **paths, int count)
{
    for (int i = 0; i < count; i++) free(paths[i]);
    free(paths);
}

char *catalog_resolve(const char *arg, char *err, size_t errsize)
{
    if (is_file(arg) || is_dir(arg)) return xstrdup(arg);
    const char *folder = catalog_folder();
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", folder, arg);
    if (!strchr(arg, '/') && (is_dir(p) || is_file(p))) return xstrdup(p);
    snprintf(p, sizeof p, "%s/%s.lua", folder, arg);
    if (!strchr(arg, '/') && is_file(p)) return xstrdup(p);
    int count;
    char **paths = catalog_scan(folder, &count), *match = NULL;
    for (int i = 0; i < count && !match; i++) {
        Diags diags = {0};
        Scenario *sc = loader_load(paths[i], NULL, &diags, NULL);
        if (sc && sc->meta.id && strcmp(sc->meta.id, arg) == 0) match = xstrdup(paths[i]);
        scenario_destroy(sc);
        diags_destroy(&diags);
    }
    catalog_free_paths(paths, count);
    if (!match)
        snprintf(err, errsize, "no scenario '%s': not a file or folder, and not an id in %s "
                 "(see 'incident-dojo list')", arg, folder);
    return match;
}

Scenario *catalog_load(const char *arg, ScriptHost **host, bool quiet)
{
    char err[1024];
    char *path = catalog_resolve(arg, err, sizeof err);
    if (!path) {
        if (!quiet) fprintf(stderr, "incident-dojo: %s\n", err);
        return NULL;
    }
    Diags diags = {0};
    Scenario *sc = loader_load(path, NULL, &diags, host);
    if (!sc && !quiet) {
        diags_sort(&diags);
        diags_print(&diags, stderr);
        fprintf(stderr, "incident-dojo: scenario '%s' has errors; run 'incident-dojo check %s'\n", path, path);
    }
    diags_destroy(&diags);
    free(path);
    return sc;
}
