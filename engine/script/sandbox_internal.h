/* sandbox_internal.h: what the sandbox's own files (sandbox*.c, pattern.c)
 * share and nobody else needs: the state behind a Sandbox, the calls
 * between them and the costs of C work. Not for the loader. */
#ifndef DOJO_SANDBOX_INTERNAL_H
#define DOJO_SANDBOX_INTERNAL_H

#include <limits.h>
#include <sys/stat.h>
#include <time.h>
#include "sandbox.h"

#define SANDBOX_MAX_INCLUDES 16

typedef enum { REFUSE_NONE, REFUSE_CAP, REFUSE_STRING, REFUSE_CHURN } SandboxRefusal;

struct Sandbox {
    lua_State *L;
    SandboxLimits lim;
    double seconds;
    char *folder;                 /* realpath of the folder, or NULL */
    size_t used, churn, churn_cap, max_string;
    SandboxRefusal refusal;       /* why the allocator last said no */
    size_t refused_bytes;
    long long spent;
    size_t run_source;            /* bytes of Lua source loaded by this run */
    struct timespec started;
    double last_hook;             /* seconds into the run at the last hook */
    int running;                  /* nesting of runs; the outermost resets the budget */
    SandboxStatus stopped;        /* SANDBOX_OK, or why the run was stopped for good */
    char stop_msg[768];           /* "file:line: why", or "why" when nobody knew where */
    SandboxStatus tag_status;     /* the status of the last sandbox_raise() */
    char tag_msg[1024];
    char *includes[SANDBOX_MAX_INCLUDES];
    int include_depth;
    SandboxFileFn on_file;
    void *on_file_ud;
};

/* A file the script named, found and checked. */
typedef struct SandboxFile {
    char rel[512];                /* cleaned, relative to the folder */
    char real[PATH_MAX];
    struct stat st;
} SandboxFile;

/* What C work costs in budget units. A unit is about what a VM instruction
 * costs (2-5 ns); these were measured on Lua 5.4: copying a byte is cheap,
 * case-mapping one is not, a sort comparison goes through the API several
 * times. The allocator's and the matcher's rates are in their files. */
#define UNITS_PER_4_BYTES 1
#define UNITS_PER_SLOW_BYTE 2
#define UNITS_PER_ELEMENT 2
#define UNITS_PER_MOVE 3
#define UNITS_PER_CONCAT 6
#define UNITS_PER_COMPARE 8
#define UNITS_PER_PCALL 10
#define UNITS_PER_CAUGHT_ERROR 100     /* building the message, the long jump */
#define UNITS_PER_RESUME 40            /* a switch of threads each way */
#define UNITS_PER_NUMERIC_BYTE 2       /* strtod over a long numeric string */

/* n units, at least 1, and far below overflow. */
long long sandbox_units(double n);

/* Raises an error that the host reports with status s instead of
 * SANDBOX_ERR_RUNTIME, prefixed with the calling script's file:line. */
int sandbox_raise(lua_State *L, SandboxStatus s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* After a protected call made inside the sandbox: a memory error or a
 * stopped run cannot be caught by the script, so this raises it again. */
void sandbox_check_status(lua_State *L, int status);
/* True once the run is stopped (budget or memory): nothing more may run. */
bool sandbox_stopped(lua_State *L);
/* Stops the run for good: a string longer than the sandbox allows. */
int sandbox_refuse_string(lua_State *L, double bytes);
size_t sandbox_max_string(lua_State *L);

/* sandbox_file.c */
bool sandbox_read_main(Sandbox *sb, const char *path, SandboxFile *f, char **data,
                       char *why, size_t whysize);
SandboxStatus sandbox_load_text(Sandbox *sb, const char *rel, const char *data, size_t n,
                                char *why, size_t whysize);
bool sandbox_push_include(Sandbox *sb, const char *rel);
void sandbox_pop_include(Sandbox *sb);
int sandbox_lua_read(lua_State *L);        /* read("file") */
int sandbox_lua_include(lua_State *L);     /* include("file.lua") */

/* sandbox_lib.c: builds the allow-listed globals; runs in protected mode. */
void sandbox_lib_open(lua_State *L);

/* sandbox_guard.c */
int sandbox_pairs(lua_State *L);
int sandbox_pcall(lua_State *L);
int sandbox_xpcall(lua_State *L);
int sandbox_co_resume(lua_State *L);
int sandbox_co_wrap(lua_State *L);

#endif
