/* sandbox.c: one untrusted scenario's Lua state: the capped allocator, the
 * budget and the switch that stops a run for good, and running chunks and
 * turning their errors into SandboxError. Files are in sandbox_file.c, the
 * allow-listed library in sandbox_lib.c, string patterns in pattern.c. */
#include <assert.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include "sandbox_internal.h"

#define SANDBOX_HOOK_COUNT 1000      /* instructions between two hook calls */
#define SANDBOX_SLOW_HOOK_COUNT 100  /* ... when they turn out to be slow ones */
#define SANDBOX_SLOW_INTERVAL 0.01   /* seconds between hooks that count as slow */
#define SANDBOX_CHURN_FACTOR 16      /* bytes allocated in one run, in memory caps */
#define SANDBOX_ALLOC_BYTES_PER_UNIT 4   /* page faults, copies, the collector's pace */
#define SANDBOX_UNITS_PER_ALLOC 32       /* malloc, free and the collector's share */
#define SANDBOX_MIN_STRING ((size_t)1 << 20)
#define SANDBOX_MAX_BUDGET 1000000000000000LL   /* keeps the counters far from overflow */

static char sandbox_stopped_key;  /* registry: the error value a stopped run raises */

/* ---- Memory ---- */

static long long sandbox_budget(const Sandbox *sb);

static bool sandbox_refuse(Sandbox *sb, SandboxRefusal why, size_t bytes, bool stop);
static void sandbox_stop(Sandbox *sb, SandboxStatus why, const char *file, int line,
                         const char *text);
static void sandbox_describe_memory(const Sandbox *sb, char *out, size_t size);

/* Growth while a run is active: the cap, the string cap, the churn
 * backstop, and a charge to the budget, because a loop of big
 * concatenations is only a few instructions to the count hook. The budget
 * may be overdrawn by an eighth here, so that usually the hook stops the
 * run and can say on which line. */
static bool sandbox_may_grow(Sandbox *sb, int tag, size_t nsize, size_t grow)
{
    if (sb->stopped) return false;
    if (tag == LUA_TSTRING && nsize > sb->max_string + 64)
        return sandbox_refuse(sb, REFUSE_STRING, nsize, true);
    if (sb->used + grow > sb->lim.memory) return sandbox_refuse(sb, REFUSE_CAP, nsize, false);
    sb->churn += grow;
    if (sb->churn > sb->churn_cap) return sandbox_refuse(sb, REFUSE_CHURN, nsize, true);
    sb->spent += (long long)(grow / SANDBOX_ALLOC_BYTES_PER_UNIT) + SANDBOX_UNITS_PER_ALLOC;
    long long budget = sandbox_budget(sb);
    if (sb->spent > budget + budget / 8) {
        char text[256];
        snprintf(text, sizeof text, "instruction budget exceeded (%lld): the scenario runs too "
                 "long; look for an endless loop or a string that keeps growing", budget);
        sandbox_stop(sb, SANDBOX_ERR_BUDGET, NULL, 0, text);
        return false;
    }
    return true;
}

/* A refusal at the cap is not final: Lua collects garbage and asks again. */
static bool sandbox_refuse(Sandbox *sb, SandboxRefusal why, size_t bytes, bool stop)
{
    sb->refusal = why;
    sb->refused_bytes = bytes;
    if (stop) {
        char text[512];
        sandbox_describe_memory(sb, text, sizeof text);
        sandbox_stop(sb, SANDBOX_ERR_MEMORY, NULL, 0, text);
    }
    return false;
}

/* Lua's allocator. When ptr is NULL, osize is the type of the new object,
 * which is how strings are told apart. Outside runs the host allocates
 * and nothing is refused, so host code never meets a memory error. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && sb->running && !sandbox_may_grow(sb, ptr ? -1 : (int)osize, nsize, nsize - old))
        return NULL;
    void *p = realloc(ptr, nsize);
    if (p) sb->used = sb->used - old + nsize;
    return p;
}

static void sandbox_describe_memory(const Sandbox *sb, char *out, size_t size)
{
    switch (sb->refusal) {
    case REFUSE_STRING:
        snprintf(out, size, "a string of %zu bytes is longer than the %zu bytes a scenario's "
                 "string may hold; look for a string that keeps growing", sb->refused_bytes,
                 sb->max_string);
        break;
    case REFUSE_CHURN:
        snprintf(out, size, "memory churn limit reached: the scenario allocated more than %zu MiB in "
                 "one run (%d times the memory cap); look for a loop that builds and drops big values",
                 sb->churn_cap >> 20, SANDBOX_CHURN_FACTOR);
        break;
    default:
        snprintf(out, size, "memory cap reached (%zu MiB): the scenario uses too much memory; look "
                 "for a table or string that grows without end", sb->lim.memory >> 20);
    }
}

/* ---- The budget ---- */

static double sandbox_elapsed(const Sandbox *sb)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - sb->started.tv_sec) + (now.tv_nsec - sb->started.tv_nsec) / 1e9;
}

/* This run's budget and time limit: the base ones plus an allowance for
 * the Lua source it has loaded so far (sandbox_limits.h). */
static long long sandbox_budget(const Sandbox *sb)
{
    long long extra = (long long)(sb->run_source > SANDBOX_MAX_BUDGET / SANDBOX_UNITS_PER_SOURCE_BYTE
                                      ? SANDBOX_MAX_BUDGET / SANDBOX_UNITS_PER_SOURCE_BYTE : sb->run_source)
                      * SANDBOX_UNITS_PER_SOURCE_BYTE;
    long long b = sb->lim.budget + extra;
    return b > SANDBOX_MAX_BUDGET ? SANDBOX_MAX_BUDGET : b;
}

static double sandbox_seconds(const Sandbox *sb)
{
    return sb->seconds + (double)sb->run_source / (double)SANDBOX_SOURCE_BYTES_PER_SECOND;
}

/* Writes why the run must stop into text, or returns false. */
static bool sandbox_over(Sandbox *sb, char *text, size_t size)
{
    if (!sb->running) return false;
    long long budget = sandbox_budget(sb);
    if (sb->spent > budget) {
        snprintf(text, size, "instruction budget exceeded (%lld): the scenario runs too long; "
                 "look for an endless loop", budget);
        return true;
    }
    double now = sandbox_elapsed(sb), limit = sandbox_seconds(sb);
    sb->last_hook = now;
    if (now > limit) {
        snprintf(text, size, "time limit exceeded (%.3g s): the scenario runs too long; look for "
                 "an endless loop or heavy work on very long strings", limit);
        return true;
    }
    return false;
}

static void sandbox_stop(Sandbox *sb, SandboxStatus why, const char *file, int line,
                         const char *text)
{
    if (sb->stopped) return;
    sb->stopped = why;
    if (file && *file && line > 0)
        snprintf(sb->stop_msg, sizeof sb->stop_msg, "%s:%d: %s", file, line, text);
    else
        snprintf(sb->stop_msg, sizeof sb->stop_msg, "%s", text);
}

/* Raises the stopped run's error. The value is made in advance, since the
 * allocator refuses everything once a run is stopped; the hook then fires
 * on every instruction of this thread, so no Lua code gets further. */
static int sandbox_throw_stopped(lua_State *L)
{
    lua_Hook hook = lua_gethook(L);
    if (hook) lua_sethook(L, hook, LUA_MASKCOUNT, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_stopped_key);
    return lua_error(L);
}

/* Hooks are copied to new coroutines, so every thread of the state gets
 * here. Instructions that each take long (comparing huge strings) make the
 * hook come ten times as often, so the time limit is not overshot by much;
 * a thread left at count 1 by a stopped run is set back. */
static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = sandbox_from_lua(L);
    int count = lua_gethookcount(L);
    if (!sb->stopped) {
        double before = sb->last_hook;
        sb->spent += count;
        char text[256];
        bool over = sandbox_over(sb, text, sizeof text);
        int want = sb->last_hook - before > SANDBOX_SLOW_INTERVAL ? SANDBOX_SLOW_HOOK_COUNT
                   : count == 1 ? SANDBOX_HOOK_COUNT : count;
        if (want != count) lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, want);
        if (!over) return;
        lua_getinfo(L, "Sl", ar);
        sandbox_stop(sb, SANDBOX_ERR_BUDGET, ar->source[0] == '@' ? ar->source + 1 : NULL,
                     ar->currentline, text);
    }
    sandbox_throw_stopped(L);
}

void sandbox_charge(lua_State *L, long long units)
{
    Sandbox *sb = sandbox_from_lua(L);
    assert(units >= 0);
    if (!sb->stopped) {
        long long budget = sandbox_budget(sb);
        sb->spent += units < budget ? units : budget + 1;
        char text[256];
        if (!sandbox_over(sb, text, sizeof text)) return;
        const char *file;
        int line;
        sandbox_where(L, &file, &line);
        sandbox_stop(sb, SANDBOX_ERR_BUDGET, file, line, text);
    }
    sandbox_throw_stopped(L);
}

void sandbox_check_status(lua_State *L, int status)
{
    Sandbox *sb = sandbox_from_lua(L);
    if (status == LUA_ERRMEM && !sb->stopped) {
        char text[512];
        const char *file;
        int line;
        sandbox_describe_memory(sb, text, sizeof text);
        sandbox_where(L, &file, &line);
        sandbox_stop(sb, SANDBOX_ERR_MEMORY, file, line, text);
    }
    if (sb->stopped) sandbox_throw_stopped(L);
}

bool sandbox_stopped(lua_State *L)
{
    return sandbox_from_lua(L)->stopped != SANDBOX_OK;
}

int sandbox_refuse_string(lua_State *L, double bytes)
{
    Sandbox *sb = sandbox_from_lua(L);
    sb->refusal = REFUSE_STRING;
    sb->refused_bytes = bytes >= (double)SIZE_MAX ? SIZE_MAX : (size_t)bytes;
    sandbox_check_status(L, LUA_ERRMEM);
    return 0;
}

size_t sandbox_max_string(lua_State *L)
{
    return sandbox_from_lua(L)->max_string;
}

/* ---- Where, and errors the host reports ---- */

void sandbox_where(lua_State *L, const char **file, int *line)
{
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) break;
        if (ar.currentline > 0 && ar.source[0] == '@') {
            *file = ar.source + 1;
            *line = ar.currentline;
            return;
        }
    }
    *file = "";
    *line = 0;
}

int sandbox_raise(lua_State *L, SandboxStatus s, const char *fmt, ...)
{
    Sandbox *sb = sandbox_from_lua(L);
    char text[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    const char *file;
    int line;
    sandbox_where(L, &file, &line);
    if (line > 0) snprintf(sb->tag_msg, sizeof sb->tag_msg, "%s:%d: %s", file, line, text);
    else snprintf(sb->tag_msg, sizeof sb->tag_msg, "%s", text);
    sb->tag_status = s;
    lua_pushstring(L, sb->tag_msg);
    return lua_error(L);
}

/* Splits "file:line: message", the way Lua writes positions. */
static const char *sandbox_split_where(const char *msg, char *file, size_t size, int *line)
{
    for (const char *p = msg; *p && *p != '\n'; p++) {
        if (*p != ':' || p == msg || !isdigit((unsigned char)p[1])) continue;
        const char *q = p + 1;
        long n = 0;
        for (; isdigit((unsigned char)*q); q++) n = n < 100000000 ? n * 10 + (*q - '0') : n;
        if (*q != ':') continue;
        size_t len = (size_t)(p - msg) < size ? (size_t)(p - msg) : size - 1;
        memcpy(file, msg, len);
        file[len] = '\0';
        *line = (int)n;
        return q[1] == ' ' ? q + 2 : q + 1;
    }
    return NULL;
}

static void sandbox_set_message(SandboxError *err, SandboxStatus st, const char *msg)
{
    err->status = st;
    char file[sizeof err->file];
    int line;
    const char *rest = sandbox_split_where(msg, file, sizeof file, &line);
    if (rest) {
        snprintf(err->file, sizeof err->file, "%s", file);
        err->line = line;
        msg = rest;
    }
    snprintf(err->message, sizeof err->message, "%s", msg);
}

static void sandbox_error_init(SandboxError *err, const char *file, int line)
{
    memset(err, 0, sizeof *err);
    snprintf(err->file, sizeof err->file, "%s", file);
    err->line = line;
}

/* The error on top of the stack, popped into err. The error object's
 * metamethods are never called: a __tostring could loop. */
static SandboxStatus sandbox_fill_error(Sandbox *sb, int status, bool loading, SandboxError *err)
{
    lua_State *L = sb->L;
    char text[600];
    int t = lua_type(L, -1);
    if (sb->stopped) {
        sandbox_set_message(err, sb->stopped, sb->stop_msg);
    } else if (status == LUA_ERRMEM) {
        sandbox_describe_memory(sb, text, sizeof text);
        sandbox_set_message(err, SANDBOX_ERR_MEMORY, text);
    } else if (t == LUA_TSTRING) {
        const char *msg = lua_tostring(L, -1);
        SandboxStatus st = loading ? SANDBOX_ERR_SYNTAX : SANDBOX_ERR_RUNTIME;
        if (sb->tag_msg[0] && strstr(msg, sb->tag_msg)) st = sb->tag_status;
        sandbox_set_message(err, st, msg);
    } else if (t == LUA_TNUMBER) {
        if (lua_isinteger(L, -1)) snprintf(text, sizeof text, "%lld", (long long)lua_tointeger(L, -1));
        else snprintf(text, sizeof text, "%.14g", (double)lua_tonumber(L, -1));
        sandbox_set_message(err, SANDBOX_ERR_RUNTIME, text);
    } else {
        snprintf(text, sizeof text, "error object is a %s, not a string; raise errors with "
                 "error(\"message\")", lua_typename(L, t));
        sandbox_set_message(err, SANDBOX_ERR_RUNTIME, text);
    }
    lua_pop(L, 1);
    return err->status;
}

/* ---- Runs ---- */

static void sandbox_begin(Sandbox *sb)
{
    if (sb->running++ > 0) return;
    sb->spent = 0;
    sb->run_source = 0;
    sb->churn = 0;
    sb->stopped = SANDBOX_OK;
    sb->refusal = REFUSE_NONE;
    sb->stop_msg[0] = sb->tag_msg[0] = '\0';
    sb->last_hook = 0;
    clock_gettime(CLOCK_MONOTONIC, &sb->started);
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, SANDBOX_HOOK_COUNT);
}

static void sandbox_end(Sandbox *sb)
{
    assert(sb->running > 0);
    if (--sb->running > 0) return;
    if (sb->stopped) lua_gc(sb->L, LUA_GCCOLLECT);   /* give a memory bomb's garbage back now */
    sb->stopped = SANDBOX_OK;
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, SANDBOX_HOOK_COUNT);
}

SandboxStatus sandbox_run_file(Sandbox *sb, const char *path, SandboxError *err)
{
    assert(sb && path && err);
    lua_State *L = sb->L;
    SandboxFile f;
    char *data = NULL, why[900];
    sandbox_error_init(err, path, 0);
    if (!sandbox_read_main(sb, path, &f, &data, why, sizeof why)) {
        sandbox_set_message(err, SANDBOX_ERR_FILE, why);
        return SANDBOX_ERR_FILE;
    }
    snprintf(err->file, sizeof err->file, "%s", f.rel);
    sandbox_begin(sb);
    bool pushed = sandbox_push_include(sb, f.rel);
    SandboxStatus st = sandbox_load_text(sb, f.rel, data, (size_t)f.st.st_size, why, sizeof why);
    free(data);
    if (st == SANDBOX_ERR_MEMORY && !sb->stopped) sandbox_describe_memory(sb, why, sizeof why);
    if (sb->stopped) {
        if (st == SANDBOX_OK) lua_pop(L, 1);
        sandbox_set_message(err, st = sb->stopped, sb->stop_msg);
    } else if (st != SANDBOX_OK) {
        sandbox_set_message(err, st, why);
    } else {
        int status = lua_pcall(L, 0, 0, 0);
        if (status != LUA_OK) st = sandbox_fill_error(sb, status, false, err);
        else if (sb->stopped) sandbox_set_message(err, st = sb->stopped, sb->stop_msg);
    }
    if (pushed) sandbox_pop_include(sb);
    sandbox_end(sb);
    return st;
}

SandboxStatus sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err)
{
    assert(sb && err && nargs >= 0);
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs - 1;
    assert(base >= 0);
    lua_Debug ar = {.source = ""};
    if (lua_isfunction(L, base + 1)) {     /* errors without a position point at it */
        lua_pushvalue(L, base + 1);
        lua_getinfo(L, ">S", &ar);
    }
    bool lua_fn = ar.source[0] == '@';
    sandbox_error_init(err, lua_fn ? ar.source + 1 : "", lua_fn ? ar.linedefined : 0);
    sandbox_begin(sb);
    int status = lua_pcall(L, nargs, nresults, 0);
    SandboxStatus st = SANDBOX_OK;
    if (status != LUA_OK) {
        st = sandbox_fill_error(sb, status, false, err);
    } else if (sb->stopped) {
        sandbox_set_message(err, st = sb->stopped, sb->stop_msg);
        lua_settop(L, base);
    }
    sandbox_end(sb);
    return st;
}

/* ---- Life cycle ---- */

static int sandbox_setup(lua_State *L)
{
    lua_pushliteral(L, "the scenario's run was stopped");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &sandbox_stopped_key);
    sandbox_lib_open(L);
    return 0;
}

static void sandbox_apply_limits(Sandbox *sb, const SandboxLimits *limits)
{
    sb->lim = limits ? *limits : (SandboxLimits){0};
    if (sb->lim.budget <= 0) sb->lim.budget = SANDBOX_DEFAULT_BUDGET;
    if (sb->lim.budget > SANDBOX_MAX_BUDGET) sb->lim.budget = SANDBOX_MAX_BUDGET;
    if (!sb->lim.memory) sb->lim.memory = SANDBOX_DEFAULT_MEMORY;
    if (!sb->lim.file_bytes) sb->lim.file_bytes = SANDBOX_DEFAULT_FILE_BYTES;
    if (!sb->lim.source_bytes) sb->lim.source_bytes = SANDBOX_DEFAULT_SOURCE_BYTES;
    sb->max_string = sb->lim.file_bytes > SANDBOX_MIN_STRING ? sb->lim.file_bytes : SANDBOX_MIN_STRING;
    sb->churn_cap = sb->lim.memory > SIZE_MAX / SANDBOX_CHURN_FACTOR
                        ? SIZE_MAX : sb->lim.memory * SANDBOX_CHURN_FACTOR;
    sb->seconds = SANDBOX_DEFAULT_SECONDS;
}

Sandbox *sandbox_create(const char *folder, const SandboxLimits *limits)
{
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return NULL;
    sandbox_apply_limits(sb, limits);
    struct stat st;
    if (folder && (!(sb->folder = realpath(folder, NULL)) || stat(sb->folder, &st) != 0 ||
                   !S_ISDIR(st.st_mode)))
        goto fail;
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) goto fail;
    lua_pushcfunction(sb->L, sandbox_setup);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) goto fail;
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, SANDBOX_HOOK_COUNT);
    return sb;
fail:
    sandbox_destroy(sb);
    return NULL;
}

void sandbox_destroy(Sandbox *sb)
{
    if (!sb) return;
    if (sb->L) lua_close(sb->L);
    while (sb->include_depth > 0) sandbox_pop_include(sb);
    free(sb->folder);
    free(sb);
}

lua_State *sandbox_lua(Sandbox *sb)
{
    return sb->L;
}

Sandbox *sandbox_from_lua(lua_State *L)
{
    void *ud;
    lua_Alloc f = lua_getallocf(L, &ud);
    assert(f == sandbox_alloc);
    (void)f;
    return ud;
}

void sandbox_set_time_limit(Sandbox *sb, double seconds)
{
    sb->seconds = seconds > 0 ? seconds : SANDBOX_DEFAULT_SECONDS;
}

void sandbox_on_file(Sandbox *sb, SandboxFileFn fn, void *ud)
{
    sb->on_file = fn;
    sb->on_file_ud = ud;
}

const char *sandbox_status_code(SandboxStatus s)
{
    switch (s) {
    case SANDBOX_OK: return "ok";
    case SANDBOX_ERR_SYNTAX: return "syntax";
    case SANDBOX_ERR_RUNTIME: return "runtime";
    case SANDBOX_ERR_BUDGET: return "budget";
    case SANDBOX_ERR_MEMORY: return "memory";
    case SANDBOX_ERR_FILE: return "file";
    case SANDBOX_ERR_BYTECODE: return "bytecode";
    case SANDBOX_ERR_GLOBAL: return "global";
    }
    return "unknown";
}
