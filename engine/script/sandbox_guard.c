/* sandbox_guard.c: base functions the sandbox writes itself: pairs in a
 * sorted, deterministic order, and pcall, xpcall, coroutine.resume and
 * coroutine.wrap, which would otherwise let a script catch the error that
 * stops a run and carry on. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include "sandbox_internal.h"

/* ---- pairs in sorted order ---- */

typedef struct SortKey {
    int rank;                  /* numbers, then strings, then booleans */
    bool isint;
    lua_Integer i;
    lua_Number f;
    const char *s;
    size_t len;
    lua_Integer slot;          /* index in the table of keys */
} SortKey;

static int sandbox_cmp_int_float(lua_Integer i, lua_Number f)
{
    if (f >= 9223372036854775808.0) return -1;
    if (f < -9223372036854775808.0) return 1;
    lua_Number fl = floor(f);
    lua_Integer fi = (lua_Integer)fl;
    if (i != fi) return i < fi ? -1 : 1;
    return f > fl ? -1 : 0;
}

static int sandbox_cmp_numbers(const SortKey *x, const SortKey *y)
{
    if (x->isint && y->isint) return (x->i > y->i) - (x->i < y->i);
    if (!x->isint && !y->isint) return (x->f > y->f) - (x->f < y->f);
    return x->isint ? sandbox_cmp_int_float(x->i, y->f) : -sandbox_cmp_int_float(y->i, x->f);
}

static int sandbox_cmp_keys(const void *a, const void *b)
{
    const SortKey *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    if (x->rank == 0) return sandbox_cmp_numbers(x, y);
    if (x->rank == 2) return (x->i > y->i) - (x->i < y->i);
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    if (c) return c < 0 ? -1 : 1;
    return (x->len > y->len) - (x->len < y->len);
}

static void sandbox_sort_key(lua_State *L, SortKey *k, lua_Integer slot)
{
    k->slot = slot;
    switch (lua_type(L, -1)) {
    case LUA_TNUMBER:
        k->rank = 0;
        k->isint = lua_isinteger(L, -1);
        if (k->isint) k->i = lua_tointeger(L, -1);
        else k->f = lua_tonumber(L, -1);
        break;
    case LUA_TSTRING:
        k->rank = 1;
        k->s = lua_tolstring(L, -1, &k->len);
        break;
    case LUA_TBOOLEAN:
        k->rank = 2;
        k->i = lua_toboolean(L, -1);
        break;
    default:
        luaL_error(L, "pairs: the table has a key of type %s; pairs visits keys in sorted order, "
                   "so they must be numbers, strings or booleans", luaL_typename(L, -1));
    }
}

static int sandbox_pairs_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer pos = lua_tointeger(L, lua_upvalueindex(2));
    for (;;) {
        if (lua_rawgeti(L, lua_upvalueindex(1), ++pos) == LUA_TNIL) return 1;
        lua_pushvalue(L, -1);
        if (lua_rawget(L, 1) != LUA_TNIL) break;
        lua_pop(L, 2);        /* removed since pairs() began */
    }
    lua_pushinteger(L, pos);
    lua_replace(L, lua_upvalueindex(2));
    return 2;
}

/* pairs(t) snapshots and sorts the keys, so the order is the same on
 * every run: numbers ascending, then strings byte-wise, then false, true.
 * Like next, it reads raw fields and ignores __pairs. */
int sandbox_pairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_newtable(L);
    lua_Integer n = 0;
    for (lua_pushnil(L); lua_next(L, 1); ) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, 2, ++n);
        if (n % 1024 == 0) sandbox_charge(L, 1024 * UNITS_PER_ELEMENT);
    }
    sandbox_charge(L, sandbox_units((double)n * (log2((double)n + 1) + 1) * UNITS_PER_COMPARE));
    SortKey *keys = lua_newuserdatauv(L, sizeof *keys * (size_t)(n ? n : 1), 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, 2, i);
        sandbox_sort_key(L, &keys[i - 1], i);
        lua_pop(L, 1);
    }
    qsort(keys, (size_t)n, sizeof *keys, sandbox_cmp_keys);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, 2, keys[i - 1].slot);
        lua_rawseti(L, -2, i);
    }
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, sandbox_pairs_next, 2);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* ---- pcall, xpcall, coroutines ---- */

static int sandbox_pcall_done(lua_State *L, int status, lua_KContext keep)
{
    sandbox_check_status(L, status);
    if (status != LUA_OK && status != LUA_YIELD) {
        sandbox_charge(L, UNITS_PER_CAUGHT_ERROR);
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)keep;
}

int sandbox_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    sandbox_charge(L, UNITS_PER_PCALL);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, sandbox_pcall_done);
    return sandbox_pcall_done(L, status, 0);
}

/* The user's message handler runs only while the run is alive: once it is
 * stopped, the error goes up unchanged. */
static int sandbox_msgh(lua_State *L)
{
    if (sandbox_stopped(L)) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

int sandbox_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    sandbox_charge(L, UNITS_PER_PCALL);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, sandbox_msgh, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);       /* f, handler, true, f, args... */
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, sandbox_pcall_done);
    return sandbox_pcall_done(L, status, 2);
}

/* Resumes co with narg values from L; the results, or -1 and the error.
 * A stopped run or a memory error inside is raised in the resumer. */
static int sandbox_resume(lua_State *L, lua_State *co, int narg)
{
    if (lua_status(co) == LUA_OK && lua_gettop(co) == 0) {
        lua_pushliteral(L, "cannot resume dead coroutine");
        return -1;
    }
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    sandbox_charge(L, UNITS_PER_RESUME);
    lua_xmove(L, co, narg);
    int nres, status = lua_resume(co, L, narg, &nres);
    sandbox_check_status(L, status);
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_xmove(co, L, 1);
        return -1;
    }
    if (!lua_checkstack(L, nres + 1)) {
        lua_pop(co, nres);
        lua_pushliteral(L, "too many results to resume");
        return -1;
    }
    lua_xmove(co, L, nres);
    return nres;
}

int sandbox_co_resume(lua_State *L)
{
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int r = sandbox_resume(L, co, lua_gettop(L) - 1);
    lua_pushboolean(L, r >= 0);
    lua_insert(L, r >= 0 ? -(r + 1) : -2);
    return r >= 0 ? r + 1 : 2;
}

static int sandbox_co_call(lua_State *L)
{
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = sandbox_resume(L, co, lua_gettop(L));
    if (r >= 0) return r;
    int status = lua_status(co);
    if (status != LUA_OK && status != LUA_YIELD) {
        status = lua_resetthread(co);     /* runs its pending __close handlers */
        sandbox_check_status(L, status);
    }
    if (lua_type(L, -1) == LUA_TSTRING) {
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

int sandbox_co_wrap(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, sandbox_co_call, 1);
    return 1;
}
