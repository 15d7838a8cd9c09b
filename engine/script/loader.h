/* loader.h: runs a scenario (a .lua file, or a folder with scenario.lua) in
 * a sandbox and builds the core model from the constructors it calls. */
#ifndef DOJO_LOADER_H
#define DOJO_LOADER_H

#include "core/diag.h"
#include "core/model.h"
#include "core/rubric.h"
#include "sandbox_limits.h"

/* Keeps the Lua state alive after load, for function conditions. */
typedef struct ScriptHost ScriptHost;

/* Loads path. On success returns the scenario (possibly with warnings in
 * diags) and, if host is not NULL, the host that evaluates its function
 * conditions. On any error returns NULL; diags say why. limits may be NULL. */
Scenario *loader_load(const char *path, const SandboxLimits *limits, Diags *diags,
                      ScriptHost **host);

/* The CondHost that rubric_score uses to run this host's functions. */
CondHost script_host_cond(ScriptHost *host);
void script_host_destroy(ScriptHost *host);

#endif
