/* catalog.h: finding scenarios: by path, or by id in the scenarios folder. */
#ifndef DOJO_CATALOG_H
#define DOJO_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

/* The scenarios folder: $INCIDENT_DOJO_SCENARIOS, else the one beside the
 * binary's folder (a build tree or an install prefix), else ./scenarios. */
const char *catalog_folder(void);

/* Every scenario path inside folder (files *.lua and folders holding
 * scenario.lua), sorted. Caller frees with catalog_free_paths. */
char **catalog_scan(const char *folder, int *count);
void catalog_free_paths(char **paths, int count);

/* A path as given when it exists, else the catalogued scenario with that id
 * or folder name. Returns a heap string, or NULL with err set. */
char *catalog_resolve(const char *arg, char *err, size_t errsize);

struct Scenario;
struct ScriptHost;
/* catalog_resolve, then the loader: the scenario, or NULL after saying why
 * on stderr (not found; or its diagnostics and what to run) unless quiet.
 * host, when not NULL, receives the scenario's script host (caller
 * destroys it with script_host_destroy). */
struct Scenario *catalog_load(const char *arg, struct ScriptHost **host, bool quiet);

#endif
