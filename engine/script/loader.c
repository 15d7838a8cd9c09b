/* loader.c: loading a scenario file or folder: the sandbox run, the build,
 * the checks, and the host that keeps Lua alive for function conditions. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <lauxlib.h>
#include "core/util.h"
#include "core/validate.h"
#include "loader.h"
#include "loader_internal.h"
#include "host.h"


static void on_file(void *ud, const char *rel, const char *data, size_t n)
{
    Loader *ld = ud;
    Scenario *sc = ld->sc;
    if (strmap_get(&ld->file_names, rel) >= 0) return;
    if (sc->files.n == ld->file_cap) {
        ld->file_cap = ld->file_cap ? ld->file_cap * 2 : 8;
        const char **bigger = arena_alloc(&sc->arena, sizeof *bigger * (size_t)ld->file_cap);
        if (sc->files.n) memcpy(bigger, sc->files.v, sizeof *bigger * (size_t)sc->files.n);
        sc->files.v = bigger;
    }
    size_t len = strlen(ld->prefix) + strlen(rel) + 1;
    char *display = arena_alloc(&sc->arena, len);
    snprintf(display, len, "%s%s", ld->prefix, rel);
    sc->files.v[sc->files.n] = display;
    strmap_put(&ld->file_names, arena_strdup(&sc->arena, rel), sc->files.n++);
    sc->content_hash = hash_fnv1a64(sc->content_hash, rel, strlen(rel) + 1);
    sc->content_hash = hash_fnv1a64(sc->content_hash, data, n);
}

static bool is_folder(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void report_run_error(Loader *ld, const SandboxError *e)
{
    const char *file = NULL;
    int i = strmap_get(&ld->file_names, e->file);
    if (i >= 0) file = ld->sc->files.v[i];
    char display[1024];
    if (!file && e->file[0]) {
        snprintf(display, sizeof display, "%s%s", ld->prefix, e->file);
        file = display;
    }
    diags_add(ld->diags, DIAG_ERROR, sandbox_status_code(e->status), file, e->line, "%s", e->message);
}

static void loader_free_nodes(Loader *ld)
{
    free(ld->nodes);
    arena_destroy(&ld->tmp);
    strmap_destroy(&ld->file_names);
}

Scenario *loader_load(const char *path, const SandboxLimits *limits, Diags *diags, ScriptHost **host)
{
    if (host) *host = NULL;
    bool folder = is_folder(path);
    Scenario *sc = scenario_create();
    sc->root = arena_strdup(&sc->arena, path);
    sc->content_hash = HASH_FNV_SEED;
    size_t plen = strlen(path);
    char *prefix = arena_alloc(&sc->arena, plen + 2);
    if (folder) snprintf(prefix, plen + 2, "%s%s", path, plen && path[plen - 1] == '/' ? "" : "/");
    Loader ld = {.sc = sc, .diags = diags, .prefix = prefix};
    ld.copy_limit = limits && limits->memory ? limits->memory : SANDBOX_DEFAULT_MEMORY;
    int errors_before = diags->errors;

    ld.sb = sandbox_create(folder ? path : NULL, limits);
    sandbox_on_file(ld.sb, on_file, &ld);
    loader_register(&ld);
    SandboxError e;
    if (sandbox_run_file(ld.sb, folder ? "scenario.lua" : path, &e) != SANDBOX_OK) {
        report_run_error(&ld, &e);
    } else {
        build_scenario(&ld);
        if (diags->errors == errors_before) validate_scenario(sc, diags);
    }
    int function_conds = ld.function_conds;
    loader_free_nodes(&ld);
    if (diags->errors > errors_before) {
        sandbox_destroy(ld.sb);
        scenario_destroy(sc);
        return NULL;
    }
    if (host && function_conds > 0) {
        ScriptHost *h = xcalloc(1, sizeof *h);
        h->sb = ld.sb;
        h->view_ref = LUA_NOREF;
        *host = h;
    } else {
        sandbox_destroy(ld.sb);
    }
    return sc;
}

void script_host_destroy(ScriptHost *host)
{
    if (!host) return;
    sandbox_destroy(host->sb);
    free(host);
}
