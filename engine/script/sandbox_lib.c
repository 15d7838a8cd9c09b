/* sandbox_lib.c: the globals a scenario sees: an allow-list of Lua's base
 * library and of string, table, math, utf8 and coroutine, every function
 * that can do unbounded work charged to the budget, sorted pairs, and
 * pcall, xpcall and coroutines that cannot swallow a stopped run. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include <lualib.h>
#include "core/util.h"
#include "pattern.h"
#include "sandbox_internal.h"

/* Registry keys. Protected names (built-ins and the host's constructors)
 * live in their own table, never in the globals table itself, so every
 * assignment to one of them reaches __newindex and is refused. */
static char sandbox_builtins_key, sandbox_globals_key, sandbox_declared_key;

/* How a wrapped C function charges the budget before it runs. */
typedef enum {
    COST_NONE, COST_STRINGS, COST_SLOW_STRINGS, COST_SUB, COST_BYTE, COST_REP, COST_NARGS, COST_SORT,
    COST_UNPACK, COST_MOVE, COST_INSERT, COST_REMOVE, COST_CONCAT, COST_SETMETATABLE, COST_RAWSET,
    COST_AFTER_CHECK, COST_UTF8_CODES
} SandboxCost;

/* numeric: the arguments (bit i for argument i) where a number is
 * expected. A string there is converted by scanning all of it (strtod),
 * so a long one is charged by its length. */
typedef struct SandboxWrap { const char *name; SandboxCost cost; unsigned numeric; } SandboxWrap;
#define ARG(i) (1u << (i))
#define ALL_ARGS (~0u)

static void sandbox_charge_numeric(lua_State *L, unsigned numeric);

long long sandbox_units(double n)
{
    return n <= 0 ? 1 : n > 1e15 ? (long long)1e15 : (long long)n + 1;
}

static double sandbox_int_arg(lua_State *L, int i, double dflt)
{
    int ok;
    lua_Integer v = lua_tointegerx(L, i, &ok);
    return ok ? (double)v : dflt;
}

/* The length of argument i if it is a string (numbers are at most ~40
 * characters once converted). Never converts in place. */
static double sandbox_len_arg(lua_State *L, int i)
{
    int t = lua_type(L, i);
    return t == LUA_TSTRING ? (double)lua_rawlen(L, i) : t == LUA_TNUMBER ? 40 : 0;
}

/* The length the table functions will use: __len may claim a huge one,
 * and insert and remove would then move that many slots. */
static double sandbox_table_len(lua_State *L, int i)
{
    if (lua_type(L, i) != LUA_TTABLE) return 0;
    if (luaL_getmetafield(L, i, "__len") == LUA_TNIL) return (double)lua_rawlen(L, i);
    lua_pop(L, 1);
    return (double)luaL_len(L, i);
}

/* The bytes s:sub(i, j) or s:byte(i, j) touch, from Lua's index rules. */
static double sandbox_span(double len, double i, double j)
{
    if (i < 0) i = i < -len ? 1 : len + i + 1;
    else if (i == 0) i = 1;
    if (j < 0) j = j < -len ? 0 : len + j + 1;
    else if (j > len) j = len;
    return j - i + 1;
}

/* string.rep's result must fit the string cap (past it the run stops),
 * and each repetition costs even when it copies nothing: rep("", 1e15). */
static long long sandbox_rep_cost(lua_State *L)
{
    double n = sandbox_int_arg(L, 2, 0), len = sandbox_len_arg(L, 1), sep = sandbox_len_arg(L, 3);
    double total = n <= 0 ? 0 : n * (len + sep) - sep;
    if (total > (double)sandbox_max_string(L)) sandbox_refuse_string(L, total);
    return sandbox_units(total / 4 * UNITS_PER_4_BYTES + n);
}

static void sandbox_check_metatable(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TTABLE) return;
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
        luaL_error(L, "setmetatable: a metatable with __gc is not allowed in scenarios "
                   "(finalizers run outside the instruction budget)");
    lua_pop(L, 1);
}

static bool sandbox_is_protected(lua_State *L, int key)
{
    if (lua_type(L, key) != LUA_TSTRING) return false;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_builtins_key);
    lua_pushvalue(L, key);
    bool found = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    return found;
}

static int sandbox_refuse_assign(lua_State *L, int key)
{
    return sandbox_raise(L, SANDBOX_ERR_GLOBAL, "cannot assign to global '%s': it is a built-in "
                         "or provided by the host; use a local or another name",
                         lua_tostring(L, key));
}

static void sandbox_check_rawset(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_globals_key);
    bool globals = lua_rawequal(L, 1, -1);
    lua_pop(L, 1);
    if (globals && sandbox_is_protected(L, 2)) sandbox_refuse_assign(L, 2);
}

static double sandbox_strings_cost(lua_State *L)
{
    double n = 0;
    for (int i = lua_gettop(L); i > 0; i--) n += lua_type(L, i) == LUA_TSTRING ? (double)lua_rawlen(L, i) : 0;
    return n;
}

static long long sandbox_table_cost(lua_State *L, SandboxCost cost)
{
    double n = sandbox_table_len(L, 1), from = sandbox_int_arg(L, 2, 1);
    switch (cost) {
    case COST_SORT: return sandbox_units(n * (log2(n + 1) + 1) * UNITS_PER_COMPARE);
    case COST_UNPACK: return sandbox_units((sandbox_int_arg(L, 3, n) - from + 1) * UNITS_PER_ELEMENT);
    case COST_CONCAT:
        return sandbox_units((sandbox_int_arg(L, 4, n) - sandbox_int_arg(L, 3, 1) + 1) * UNITS_PER_CONCAT);
    case COST_INSERT: case COST_REMOVE:      /* moving the elements after pos */
        if (lua_gettop(L) < (cost == COST_INSERT ? 3 : 2)) return 1;
        if (cost == COST_INSERT) sandbox_charge_numeric(L, ARG(2));   /* only now a position */
        return sandbox_units((n - sandbox_int_arg(L, 2, n) + 1) * UNITS_PER_MOVE);
    default: return 1;
    }
}

static long long sandbox_cost(lua_State *L, SandboxCost cost)
{
    double len = sandbox_len_arg(L, 1), from = sandbox_int_arg(L, 2, 1);
    switch (cost) {
    case COST_STRINGS: return sandbox_units(sandbox_strings_cost(L) / 4 * UNITS_PER_4_BYTES);
    case COST_SLOW_STRINGS: return sandbox_units(sandbox_strings_cost(L) * UNITS_PER_SLOW_BYTE);
    case COST_SUB: return sandbox_units(sandbox_span(len, from, sandbox_int_arg(L, 3, -1)) / 4);
    case COST_BYTE:
        return sandbox_units(sandbox_span(len, from, sandbox_int_arg(L, 3, from)) * UNITS_PER_ELEMENT);
    case COST_REP: return sandbox_rep_cost(L);
    case COST_NARGS: return sandbox_units(lua_gettop(L) * UNITS_PER_ELEMENT);
    case COST_SORT: case COST_UNPACK: case COST_CONCAT: case COST_INSERT: case COST_REMOVE:
        return sandbox_table_cost(L, cost);
    case COST_MOVE: return sandbox_units((sandbox_int_arg(L, 3, 0) - from + 1) * UNITS_PER_MOVE);
    case COST_SETMETATABLE: sandbox_check_metatable(L); return 1;
    case COST_RAWSET: sandbox_check_rawset(L); return 1;
    case COST_UTF8_CODES: return sandbox_units(len / 4);
    case COST_NONE: case COST_AFTER_CHECK: return 1;
    }
    return 1;
}

static void sandbox_charge_numeric(lua_State *L, unsigned numeric)
{
    double bytes = 0;
    for (int i = lua_gettop(L); i > 0 && numeric; i--)
        if ((numeric == ALL_ARGS || (i < 32 && (numeric & ARG(i)))) && lua_type(L, i) == LUA_TSTRING)
            bytes += (double)lua_rawlen(L, i);
    if (bytes > 0) sandbox_charge(L, sandbox_units(bytes * UNITS_PER_NUMERIC_BYTE));
}

/* utf8.codes' iterator first skips continuation bytes from where it is
 * told to start: on a crafted string, a scan of all of it per call. */
static int sandbox_utf8_step(lua_State *L)
{
    lua_CFunction fn = *(lua_CFunction *)lua_touserdata(L, lua_upvalueindex(1));
    size_t len, n = (size_t)lua_tointeger(L, 2), run = 0;
    const char *s = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &len) : NULL;
    while (s && n + run < len && ((unsigned char)s[n + run] & 0xC0) == 0x80)
        if (++run % 65536 == 0) sandbox_charge(L, 65536 / 4);
    sandbox_charge(L, (long long)(run % 65536 / 4) + 1);
    return fn(L);
}

/* Calls the library's own function on this frame, so its argument errors
 * name the caller's line, after charging for the work it will do. */
static int sandbox_wrapped(lua_State *L)
{
    lua_CFunction fn = *(lua_CFunction *)lua_touserdata(L, lua_upvalueindex(1));
    SandboxCost cost = (SandboxCost)lua_tointeger(L, lua_upvalueindex(2));
    sandbox_charge_numeric(L, (unsigned)lua_tointeger(L, lua_upvalueindex(3)));
    sandbox_charge(L, sandbox_cost(L, cost));
    int n = fn(L);
    if (cost == COST_AFTER_CHECK) sandbox_check_status(L, LUA_OK);
    if (cost == COST_UTF8_CODES && n > 0) {
        int iter = lua_gettop(L) - n + 1;
        lua_CFunction step = lua_tocfunction(L, iter);
        if (step) {
            *(lua_CFunction *)lua_newuserdatauv(L, sizeof step, 0) = step;
            lua_pushcclosure(L, sandbox_utf8_step, 1);
            lua_replace(L, iter);
        }
    }
    return n;
}

static void sandbox_push_wrapper(lua_State *L, lua_CFunction fn, SandboxCost cost, unsigned numeric)
{
    *(lua_CFunction *)lua_newuserdatauv(L, sizeof fn, 0) = fn;
    lua_pushinteger(L, cost);
    lua_pushinteger(L, (lua_Integer)numeric);
    lua_pushcclosure(L, sandbox_wrapped, 3);
}

/* Copies the listed functions of the table at src into the table on top,
 * wrapping those with a cost. */
static void sandbox_copy(lua_State *L, int src, const SandboxWrap *list)
{
    for (; list->name; list++) {
        lua_getfield(L, src, list->name);
        lua_CFunction fn = lua_tocfunction(L, -1);
        if (!fn) luaL_error(L, "sandbox: the Lua library has no C function %s", list->name);
        if (list->cost != COST_NONE || list->numeric) {
            lua_pop(L, 1);
            sandbox_push_wrapper(L, fn, list->cost, list->numeric);
        }
        lua_setfield(L, -2, list->name);
    }
}

/* ---- Globals ---- */

static const struct { const char *name, *hint; } sandbox_forbidden[] = {
    {"io", "to read a file of the scenario's folder use read(\"file\")"},
    {"os", "a scenario must run the same everywhere (no clock, environment or processes); to read "
           "a file of its folder use read(\"file\")"},
    {"debug", "it would reach around the sandbox"},
    {"package", "to run another file of the scenario's folder use include(\"file.lua\")"},
    {"require", "to run another file of the scenario's folder use include(\"file.lua\")"},
    {"load", "to run another file of the scenario's folder use include(\"file.lua\")"},
    {"loadstring", "to run another file of the scenario's folder use include(\"file.lua\")"},
    {"dofile", "to run another file of the scenario's folder use include(\"file.lua\")"},
    {"loadfile", "to run another file of the scenario's folder use include(\"file.lua\")"},
    {"collectgarbage", "the host manages memory"},
    {"print", "nobody would see the output; to report a problem use error(\"message\")"},
    {"warn", "to report a problem use error(\"message\")"},
    {"next", "its order differs between runs; use pairs(t), which visits keys in sorted order"},
    {"_G", "use a global by its name"},
    {"unpack", "in Lua 5.4 it is table.unpack"},
};

static const char *sandbox_forbidden_hint(const char *name)
{
    for (size_t i = 0; i < sizeof sandbox_forbidden / sizeof *sandbox_forbidden; i++)
        if (strcmp(name, sandbox_forbidden[i].name) == 0) return sandbox_forbidden[i].hint;
    return NULL;
}

/* The closest defined name within a small edit distance, ties broken
 * byte-wise so the suggestion does not depend on table order. */
static void sandbox_suggest_from(lua_State *L, const void *key, const char *name, int *best,
                                 const char **found)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, key);
    for (lua_pushnil(L); lua_next(L, -2); lua_pop(L, 1)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_rawlen(L, -2) > 64) continue;
        const char *k = lua_tostring(L, -2);
        int d = text_edit_distance(name, k, *best);
        if (d < *best || (d == *best && *found && strcmp(k, *found) < 0)) {
            *best = d;
            *found = k;       /* stays alive: the table holds it */
        }
    }
    lua_pop(L, 1);
}

/* Reading a global nobody defined: __index of the built-ins table. */
static int sandbox_global_unknown(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING) return 0;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_declared_key);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL) return 0;     /* assigned nil: defined, but nil */
    const char *name = lua_tostring(L, 2);
    const char *hint = sandbox_forbidden_hint(name);
    if (hint) return sandbox_raise(L, SANDBOX_ERR_GLOBAL, "scenarios cannot use '%s'; %s", name, hint);
    int best = strlen(name) < 4 ? 1 : 2;
    const char *found = NULL;
    if (lua_rawlen(L, 2) <= 64) {
        sandbox_charge(L, 100);
        sandbox_suggest_from(L, &sandbox_builtins_key, name, &best, &found);
        sandbox_suggest_from(L, &sandbox_globals_key, name, &best, &found);
        sandbox_suggest_from(L, &sandbox_declared_key, name, &best, &found);
    }
    if (found) return sandbox_raise(L, SANDBOX_ERR_GLOBAL, "unknown global '%s'; did you mean '%s'?",
                                    name, found);
    return sandbox_raise(L, SANDBOX_ERR_GLOBAL, "unknown global '%s'", name);
}

/* Assigning a global that is not in the globals table yet. */
static int sandbox_global_assign(lua_State *L)
{
    if (sandbox_is_protected(L, 2)) return sandbox_refuse_assign(L, 2);
    if (lua_isnil(L, 3) && lua_type(L, 2) == LUA_TSTRING) {
        lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_declared_key);
        lua_pushvalue(L, 2);
        lua_pushboolean(L, 1);
        lua_rawset(L, -3);
    }
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 0;
}

static void sandbox_set_meta(lua_State *L, lua_CFunction index, lua_CFunction newindex)
{
    lua_newtable(L);
    if (index) lua_pushcfunction(L, index);
    else lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_builtins_key);
    lua_setfield(L, -2, "__index");
    if (newindex) {
        lua_pushcfunction(L, newindex);
        lua_setfield(L, -2, "__newindex");
    }
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

void sandbox_set_global(Sandbox *sb, const char *name)
{
    lua_State *L = sandbox_lua(sb);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &sandbox_builtins_key);
    lua_insert(L, -2);
    lua_setfield(L, -2, name);     /* no __newindex: a raw set */
    lua_pop(L, 1);
}

/* ---- Building it all ---- */

/* tostring is O(1) on a string (it returns it), so it costs nothing; what
 * it builds for other values is charged by the allocator. */
static const SandboxWrap sandbox_base_fns[] = {
    {"assert", COST_NONE, 0}, {"error", COST_NONE, ARG(2)}, {"ipairs", COST_NONE, 0},
    {"getmetatable", COST_NONE, 0}, {"rawequal", COST_STRINGS, 0}, {"rawget", COST_NONE, 0},
    {"rawlen", COST_NONE, 0}, {"rawset", COST_RAWSET, 0}, {"select", COST_NONE, ARG(1)},
    {"setmetatable", COST_SETMETATABLE, 0}, {"tonumber", COST_STRINGS, ARG(2)},
    {"tostring", COST_NONE, 0}, {"type", COST_NONE, 0}, {NULL, COST_NONE, 0}};
static const SandboxWrap sandbox_string_fns[] = {
    {"byte", COST_BYTE, ARG(2) | ARG(3)}, {"char", COST_NARGS, ALL_ARGS},
    {"format", COST_STRINGS, 0}, {"len", COST_NONE, 0}, {"lower", COST_SLOW_STRINGS, 0},
    {"pack", COST_STRINGS, 0}, {"packsize", COST_STRINGS, 0}, {"rep", COST_REP, ARG(2)},
    {"reverse", COST_STRINGS, 0}, {"sub", COST_SUB, ARG(2) | ARG(3)},
    {"unpack", COST_STRINGS, 0}, {"upper", COST_SLOW_STRINGS, 0}, {NULL, COST_NONE, 0}};
static const SandboxWrap sandbox_table_fns[] = {
    {"concat", COST_CONCAT, ARG(3) | ARG(4)}, {"insert", COST_INSERT, 0},
    {"move", COST_MOVE, ARG(2) | ARG(3) | ARG(4)}, {"pack", COST_NARGS, 0},
    {"remove", COST_REMOVE, ARG(2)}, {"sort", COST_SORT, 0},
    {"unpack", COST_UNPACK, ARG(2) | ARG(3)}, {NULL, COST_NONE, 0}};
static const SandboxWrap sandbox_utf8_fns[] = {
    {"char", COST_NARGS, ALL_ARGS}, {"codepoint", COST_BYTE, ARG(2) | ARG(3)},
    {"codes", COST_UTF8_CODES, 0}, {"len", COST_SLOW_STRINGS, ARG(2) | ARG(3)},
    {"offset", COST_SLOW_STRINGS, ARG(2) | ARG(3)}, {NULL, COST_NONE, 0}};
static const SandboxWrap sandbox_coroutine_fns[] = {
    {"create", COST_NONE, 0}, {"isyieldable", COST_NONE, 0}, {"running", COST_NONE, 0},
    {"status", COST_NONE, 0}, {"yield", COST_NONE, 0}, {"close", COST_AFTER_CHECK, 0},
    {NULL, COST_NONE, 0}};
static const SandboxWrap sandbox_string_meta[] = {
    {"__add", COST_STRINGS, 0}, {"__sub", COST_STRINGS, 0}, {"__mul", COST_STRINGS, 0},
    {"__div", COST_STRINGS, 0}, {"__mod", COST_STRINGS, 0}, {"__pow", COST_STRINGS, 0},
    {"__unm", COST_STRINGS, 0}, {"__idiv", COST_STRINGS, 0}, {NULL, COST_NONE, 0}};

/* math without random and randomseed (scenarios are deterministic); every
 * argument of every function is a number. */
static void sandbox_copy_math(lua_State *L, int src)
{
    lua_newtable(L);
    for (lua_pushnil(L); lua_next(L, src); lua_pop(L, 1)) {
        const char *k = lua_tostring(L, -2);
        if (strcmp(k, "random") == 0 || strcmp(k, "randomseed") == 0) continue;
        lua_pushvalue(L, -2);
        lua_CFunction fn = lua_tocfunction(L, -2);
        if (fn) sandbox_push_wrapper(L, fn, COST_NONE, ALL_ARGS);
        else lua_pushvalue(L, -2);
        lua_rawset(L, -5);
    }
}

/* The shared string metatable: methods come from the sandbox's string
 * table, getmetatable("") reveals nothing, and string arithmetic (which
 * parses the whole string) is charged. */
static void sandbox_string_metatable(lua_State *L, int strings)
{
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    sandbox_copy(L, lua_gettop(L), sandbox_string_meta);
    lua_pushvalue(L, strings);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
}

static void sandbox_add_lib(lua_State *L, const char *name, lua_CFunction open,
                            const SandboxWrap *fns, int builtins)
{
    luaL_requiref(L, name, open, 0);
    int src = lua_gettop(L);
    lua_newtable(L);
    sandbox_copy(L, src, fns);
    if (strcmp(name, LUA_STRLIBNAME) == 0) {
        pattern_register(L);
        sandbox_string_metatable(L, lua_gettop(L));
    } else if (strcmp(name, LUA_COLIBNAME) == 0) {
        lua_pushcfunction(L, sandbox_co_resume);
        lua_setfield(L, -2, "resume");
        lua_pushcfunction(L, sandbox_co_wrap);
        lua_setfield(L, -2, "wrap");
    }
    lua_setfield(L, builtins, name);
    lua_pop(L, 1);
}

static void sandbox_add_base(lua_State *L, int builtins)
{
    luaL_requiref(L, "_G", luaopen_base, 0);
    lua_pushvalue(L, builtins);
    sandbox_copy(L, lua_gettop(L) - 1, sandbox_base_fns);
    lua_getfield(L, -2, "_VERSION");
    lua_setfield(L, -2, "_VERSION");
    static const luaL_Reg own[] = {
        {"pairs", sandbox_pairs}, {"pcall", sandbox_pcall}, {"xpcall", sandbox_xpcall},
        {"read", sandbox_lua_read}, {"include", sandbox_lua_include}, {NULL, NULL}};
    luaL_setfuncs(L, own, 0);
    lua_pop(L, 2);
}

void sandbox_lib_open(lua_State *L)
{
    lua_newtable(L);
    int builtins = lua_gettop(L);
    lua_pushvalue(L, builtins);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &sandbox_builtins_key);
    sandbox_add_base(L, builtins);
    sandbox_add_lib(L, LUA_STRLIBNAME, luaopen_string, sandbox_string_fns, builtins);
    sandbox_add_lib(L, LUA_TABLIBNAME, luaopen_table, sandbox_table_fns, builtins);
    sandbox_add_lib(L, LUA_UTF8LIBNAME, luaopen_utf8, sandbox_utf8_fns, builtins);
    sandbox_add_lib(L, LUA_COLIBNAME, luaopen_coroutine, sandbox_coroutine_fns, builtins);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);
    sandbox_copy_math(L, lua_gettop(L));
    lua_setfield(L, builtins, LUA_MATHLIBNAME);
    lua_pop(L, 1);
    sandbox_set_meta(L, sandbox_global_unknown, NULL);        /* on the built-ins */
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &sandbox_declared_key);
    lua_newtable(L);                                          /* the scripts' globals */
    sandbox_set_meta(L, NULL, sandbox_global_assign);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &sandbox_globals_key);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_pop(L, 1);
}
