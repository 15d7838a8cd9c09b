/* sandbox.h: a fresh Lua state for one untrusted scenario. Allow-listed
 * globals only, text chunks only, an instruction budget and a memory cap
 * that no pcall, coroutine, metamethod or pattern can get around, and file
 * reads confined to the scenario's folder. */
#ifndef DOJO_SANDBOX_H
#define DOJO_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <lua.h>
#include "sandbox_limits.h"


typedef enum {
    SANDBOX_OK,
    SANDBOX_ERR_SYNTAX,        /* the chunk does not parse */
    SANDBOX_ERR_RUNTIME,       /* error() or a runtime error */
    SANDBOX_ERR_BUDGET,        /* instruction budget exceeded */
    SANDBOX_ERR_MEMORY,        /* memory cap reached */
    SANDBOX_ERR_FILE,          /* a file could not be read or is outside the folder */
    SANDBOX_ERR_BYTECODE,      /* precompiled chunk refused */
    SANDBOX_ERR_GLOBAL         /* use of a global that is not allowed or not defined */
} SandboxStatus;

/* Where and why a run failed. file is relative to the folder when it is
 * inside it; line is 0 when unknown. */
typedef struct SandboxError {
    SandboxStatus status;
    char file[512];
    int line;
    char message[1024];
} SandboxError;

typedef struct Sandbox Sandbox;

/* folder: the directory a scenario may read from, or NULL for none (a
 * single-file scenario). limits may be NULL for the defaults. Returns NULL
 * when folder is not a directory or the state cannot be made. */
Sandbox *sandbox_create(const char *folder, const SandboxLimits *limits);
void sandbox_destroy(Sandbox *sb);
lua_State *sandbox_lua(Sandbox *sb);

/* The budget counts VM instructions plus the work C functions do for the
 * script (bytes copied, pattern steps, sort comparisons) and bytes
 * allocated, so it bounds time whatever the script calls. The wall-clock
 * limit is a backstop for the few VM operations no count sees (comparing
 * long equal strings); a sane scenario never gets near it. Strings are
 * capped at max(file_bytes, 1 MiB). */
#define SANDBOX_DEFAULT_SECONDS 1.0
void sandbox_set_time_limit(Sandbox *sb, double seconds);

/* Pops the value on top of the stack into the sandbox's protected globals,
 * next to the built-ins. Scripts may define globals of their own but not
 * assign to a protected name (an error naming it), and reading a global
 * nobody defined is an error with a did-you-mean suggestion (a script
 * tests for one with rawget(_ENV, "name")). */
void sandbox_set_global(Sandbox *sb, const char *name);

/* Called for each file the sandbox reads (the main chunk, include(), read()),
 * so the loader can list and hash them. */
typedef void (*SandboxFileFn)(void *ud, const char *relpath, const char *data, size_t n);
void sandbox_on_file(Sandbox *sb, SandboxFileFn fn, void *ud);

/* Loads and runs a text chunk from a file, with a fresh budget. path is
 * relative to the folder, or any path when the sandbox has no folder
 * (the host chose it; the script cannot). */
SandboxStatus sandbox_run_file(Sandbox *sb, const char *path, SandboxError *err);

/* Calls the function below nargs arguments on the stack, with a fresh
 * budget, leaving nresults results. On failure nothing is left. */
SandboxStatus sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err);

/* Reads a file inside the folder under the rules read() and include()
 * follow: relative, no '..', inside the folder after resolving links, a
 * regular file, at most file_bytes. On success *data is malloc'd (the
 * caller frees it) and NUL-terminated; on failure why says why. */
bool sandbox_read_file(Sandbox *sb, const char *relpath, char **data, size_t *n,
                       char *why, size_t whysize);

/* Where the script is now: the innermost Lua function's file and line.
 * For constructors implemented in C. *file is borrowed from the running
 * function (copy it); "" and 0 when no Lua function is running. */
void sandbox_where(lua_State *L, const char **file, int *line);

/* The Sandbox a state belongs to (for C functions registered by the host). */
Sandbox *sandbox_from_lua(lua_State *L);

/* Charge extra work done by a C function to the budget; raises a budget
 * error when it runs out. */
void sandbox_charge(lua_State *L, long long units);

const char *sandbox_status_code(SandboxStatus s);   /* "syntax", "budget" ... */

#endif
