/* loader_cond.c: the condition functions a rubric is written with:
 * pinned"id", marked(id, marker), mentions(field, words), all{...} ... */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include "core/util.h"
#include "loader_internal.h"

/* ---- conditions: pinned"id", all{...} ... ---- */

static int cond_node(lua_State *L, CondKind kind)
{
    Loader *ld = loader_from_lua(L);
    int node = loader_new_node(ld, L, NODE_COND);
    ld->nodes[node].cond = kind;
    return node;
}

static const char *cond_string_arg(Loader *ld, lua_State *L, int node, int idx, const char *fn,
                                   const char *what)
{
    if (lua_type(L, idx) != LUA_TSTRING) {
        NODE_ERR(ld, node, "wrong-type", "%s: %s must be a string, not %s", fn, what, loader_value_kind(L, idx));
        return NULL;
    }
    char label[64];
    snprintf(label, sizeof label, "%s's %s", fn, what);
    return loader_copy_text(ld, L, idx, node, label);
}

static int cond_push(lua_State *L, int node)
{
    lua_settop(L, 0);
    lua_pushlightuserdata(L, loader_handle(node));
    return 1;
}

/* pinned"id", opened"id", noted"id" */
static int cond_target(lua_State *L)
{
    CondKind kind = (CondKind)lua_tointeger(L, lua_upvalueindex(2));
    const char *fn = lua_tostring(L, lua_upvalueindex(3));
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, kind);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, fn, "the id");
    return cond_push(L, node);
}

static int cond_marked(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_MARKED);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, "marked", "the item id");
    ld->nodes[node].arg2 = cond_string_arg(ld, L, node, 2, "marked", "the marker");
    return cond_push(L, node);
}

static int cond_tagged(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_TAGGED);
    ld->nodes[node].arg2 = cond_string_arg(ld, L, node, 1, "tagged", "the tag");
    if (!lua_isnoneornil(L, 2))
        ld->nodes[node].arg = cond_string_arg(ld, L, node, 2, "tagged", "the item id");
    return cond_push(L, node);
}

/* mentions("factors", "cert", "certificate") or mentions("factors", {"cert", ...}) */
static int cond_mentions(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_MENTIONS);
    Node *n = &ld->nodes[node];
    n->arg = cond_string_arg(ld, L, node, 1, "mentions", "the report field");
    int top = lua_gettop(L), count = 0;
    if (top == 2 && lua_type(L, 2) == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, 2);
        for (int i = 1; i <= len && i <= 256; i++) lua_rawgeti(L, 2, i);
        lua_remove(L, 2);
        top = lua_gettop(L);
    }
    const char **words = arena_alloc(&ld->sc->arena, sizeof *words * (size_t)(top > 1 ? top : 1));
    for (int i = 2; i <= top; i++) {
        const char *w = cond_string_arg(ld, L, node, i, "mentions", "each word");
        if (w && *w) words[count++] = w;
    }
    if (!count) NODE_ERR(ld, node, "missing-field", "mentions needs at least one word after the field");
    n->words.v = words;
    n->words.n = count;
    return cond_push(L, node);
}

/* A condition or function at idx as a condition node, or -1. */
static int cond_operand(Loader *ld, lua_State *L, int parent, int idx, const char *fn, int pos)
{
    int child = loader_node_at(ld, L, idx);
    if (lua_type(L, idx) == LUA_TFUNCTION) {
        child = cond_node(L, COND_FUNCTION);
        lua_pushvalue(L, idx);
        ld->nodes[child].fn_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        ld->function_conds++;
    } else if (child < 0 || ld->nodes[child].kind != NODE_COND) {
        NODE_ERR(ld, parent, "wrong-type", "%s: entry %d must be a condition such as pinned\"id\", "
                 "or a function, not %s", fn, pos, loader_value_kind(L, idx));
        return -1;
    }
    return loader_adopt(ld, parent, child) ? child : -1;
}

static void cond_operands(Loader *ld, lua_State *L, int node, int idx, const char *fn)
{
    if (lua_type(L, idx) != LUA_TTABLE) {
        NODE_ERR(ld, node, "wrong-type", "%s takes a list of conditions: %s{ pinned\"a\", opened\"b\" }",
                 fn, fn);
        return;
    }
    int len = (int)lua_rawlen(L, idx);
    if (len > 10000) len = 10000;
    int *kids = arena_alloc(&ld->tmp, sizeof *kids * (size_t)(len ? len : 1)), count = 0;
    for (int i = 1; i <= len; i++) {
        lua_rawgeti(L, idx, i);
        int child = cond_operand(ld, L, node, lua_gettop(L), fn, i);
        if (child >= 0) kids[count++] = child;
        lua_pop(L, 1);
    }
    if (!len) NODE_ERR(ld, node, "missing-field", "%s{} needs at least one condition", fn);
    ld->nodes[node].children = kids;
    ld->nodes[node].child_count = count;
}

static int cond_group(lua_State *L)
{
    CondKind kind = (CondKind)lua_tointeger(L, lua_upvalueindex(2));
    const char *fn = lua_tostring(L, lua_upvalueindex(3));
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, kind);
    cond_operands(ld, L, node, 1, fn);
    return cond_push(L, node);
}

static int cond_at_least(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_AT_LEAST);
    if (!lua_isinteger(L, 1) || lua_tointeger(L, 1) < 1 || lua_tointeger(L, 1) > 10000)
        NODE_ERR(ld, node, "wrong-type", "at_least(n, {...}): n must be a whole number from 1");
    else ld->nodes[node].n = (int)lua_tointeger(L, 1);
    cond_operands(ld, L, node, 2, "at_least");
    if (ld->nodes[node].n > ld->nodes[node].child_count && ld->nodes[node].child_count)
        NODE_ERR(ld, node, "bad-value", "at_least(%d, ...) has only %d conditions, so it can never hold",
                 ld->nodes[node].n, ld->nodes[node].child_count);
    return cond_push(L, node);
}

/* signal"name", triaged"case", set_aside"case" */
static int cond_case(lua_State *L)
{
    CondKind kind = (CondKind)lua_tointeger(L, lua_upvalueindex(2));
    const char *fn = lua_tostring(L, lua_upvalueindex(3));
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, kind);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, fn, kind == COND_SIGNAL ? "the signal" : "the case id");
    ld->nodes[node].n = strcmp(fn, "set_aside") != 0;
    return cond_push(L, node);
}

/* candor("person", n) */
static int cond_candor(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_CANDOR);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, "candor", "the person id");
    if (!lua_isinteger(L, 2) || lua_tointeger(L, 2) < 0 || lua_tointeger(L, 2) > 100)
        NODE_ERR(ld, node, "wrong-type", "candor(person, n): n must be a whole number from 0 to 100");
    else ld->nodes[node].n = (int)lua_tointeger(L, 2);
    return cond_push(L, node);
}

/* ground_rules(), talk_balance(n), within_time(n) */
static int cond_meeting(lua_State *L)
{
    CondKind kind = (CondKind)lua_tointeger(L, lua_upvalueindex(2));
    const char *fn = lua_tostring(L, lua_upvalueindex(3));
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, kind);
    if (kind == COND_GROUND_RULES) return cond_push(L, node);
    if (!lua_isinteger(L, 1) || lua_tointeger(L, 1) < 0 || lua_tointeger(L, 1) > 1000)
        NODE_ERR(ld, node, "wrong-type", "%s(n): n must be a whole number from 0", fn);
    else ld->nodes[node].n = (int)lua_tointeger(L, 1);
    return cond_push(L, node);
}

/* named("case", "signal") */
static int cond_named(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_NAMED);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, "named", "the case id");
    ld->nodes[node].arg2 = cond_string_arg(ld, L, node, 2, "named", "the signal");
    return cond_push(L, node);
}

/* signals_named("case", n) */
static int cond_signals_named(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_SIGNALS_NAMED);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, "signals_named", "the case id");
    if (!lua_isinteger(L, 2) || lua_tointeger(L, 2) < 1 || lua_tointeger(L, 2) > SIGNAL_KIND_COUNT)
        NODE_ERR(ld, node, "wrong-type", "signals_named(case, n): n must be a whole number from 1 to %d",
                 SIGNAL_KIND_COUNT);
    else ld->nodes[node].n = (int)lua_tointeger(L, 2);
    return cond_push(L, node);
}

/* The strings of a Lua list at idx (at most 256), as a StrList. */
static StrList cond_string_list(Loader *ld, lua_State *L, int node, int idx, const char *fn, const char *what)
{
    StrList out = {NULL, 0};
    if (lua_type(L, idx) != LUA_TTABLE) {
        NODE_ERR(ld, node, "wrong-type", "%s: %s must be a list of strings, not %s", fn, what, loader_value_kind(L, idx));
        return out;
    }
    int len = (int)lua_rawlen(L, idx);
    if (len > 256) {
        NODE_ERR(ld, node, "bad-value", "%s: %s holds %d entries; at most 256", fn, what, len);
        len = 256;
    }
    out.v = arena_alloc(&ld->sc->arena, sizeof *out.v * (size_t)(len ? len : 1));
    for (int i = 1; i <= len; i++) {
        lua_rawgeti(L, idx, i);
        const char *w = cond_string_arg(ld, L, node, lua_gettop(L), fn, what);
        if (w && *w) out.v[out.n++] = w;
        lua_pop(L, 1);
    }
    return out;
}

/* factor{ words = {...}, evidence = {...} } */
static int cond_factor(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_FACTOR);
    if (lua_type(L, 1) != LUA_TTABLE) {
        NODE_ERR(ld, node, "wrong-type", "factor takes a table: factor{ words = {\"cert\"}, evidence = {\"id\"} }");
        return cond_push(L, node);
    }
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (key && strcmp(key, "words") == 0)
            ld->nodes[node].words = cond_string_list(ld, L, node, lua_gettop(L), "factor", "words");
        else if (key && strcmp(key, "evidence") == 0)
            ld->nodes[node].ids = cond_string_list(ld, L, node, lua_gettop(L), "factor", "evidence");
        else
            NODE_ERR(ld, node, "unknown-field", "factor{} takes words and evidence, not %s",
                     key ? key : "a list entry");
        lua_pop(L, 1);
    }
    if (!ld->nodes[node].words.n && !ld->nodes[node].ids.n)
        NODE_ERR(ld, node, "missing-field", "factor{} needs words, evidence or both");
    return cond_push(L, node);
}

/* ordered{ "item", "item", ... } */
static int cond_ordered(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_ORDERED);
    ld->nodes[node].ids = cond_string_list(ld, L, node, 1, "ordered", "the items");
    if (ld->nodes[node].ids.n < 2 && lua_type(L, 1) == LUA_TTABLE)
        NODE_ERR(ld, node, "missing-field", "ordered{} needs at least two items to put in order");
    return cond_push(L, node);
}

/* written("field", n) */
static int cond_written(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    int node = cond_node(L, COND_WRITTEN);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, "written", "the report field");
    if (!lua_isinteger(L, 2) || lua_tointeger(L, 2) < 1 || lua_tointeger(L, 2) > 100000)
        NODE_ERR(ld, node, "wrong-type", "written(field, n): n must be a whole number of words from 1");
    else ld->nodes[node].n = (int)lua_tointeger(L, 2);
    return cond_push(L, node);
}

void loader_register_conds(Loader *ld)
{
    loader_register_fn(ld, "factor", cond_factor, COND_FACTOR);
    loader_register_fn(ld, "factors_linked", cond_meeting, COND_LINKED);
    loader_register_fn(ld, "written", cond_written, COND_WRITTEN);
    loader_register_fn(ld, "ordered", cond_ordered, COND_ORDERED);
    loader_register_fn(ld, "chosen", cond_target, COND_CHOSEN);
    loader_register_fn(ld, "interviewed", cond_target, COND_INTERVIEWED);
    loader_register_fn(ld, "asked", cond_target, COND_ASKED);
    loader_register_fn(ld, "learned", cond_target, COND_LEARNED);
    loader_register_fn(ld, "candor", cond_candor, COND_CANDOR);
    loader_register_fn(ld, "surfaced", cond_target, COND_SURFACED);
    loader_register_fn(ld, "redirected", cond_target, COND_REDIRECTED);
    loader_register_fn(ld, "parked", cond_target, COND_PARKED);
    loader_register_fn(ld, "ground_rules", cond_meeting, COND_GROUND_RULES);
    loader_register_fn(ld, "talk_balance", cond_meeting, COND_TALK_BALANCE);
    loader_register_fn(ld, "within_time", cond_meeting, COND_WITHIN_TIME);
    loader_register_fn(ld, "flagged_at_most", cond_meeting, COND_FLAGGED);
    loader_register_fn(ld, "signal", cond_case, COND_SIGNAL);
    loader_register_fn(ld, "triaged", cond_case, COND_TRIAGED);
    loader_register_fn(ld, "set_aside", cond_case, COND_TRIAGED);
    loader_register_fn(ld, "named", cond_named, COND_NAMED);
    loader_register_fn(ld, "signals_named", cond_signals_named, COND_SIGNALS_NAMED);
    loader_register_fn(ld, "pinned", cond_target, COND_PINNED);
    loader_register_fn(ld, "opened", cond_target, COND_OPENED);
    loader_register_fn(ld, "noted", cond_target, COND_NOTED);
    loader_register_fn(ld, "marked", cond_marked, COND_MARKED);
    loader_register_fn(ld, "tagged", cond_tagged, COND_TAGGED);
    loader_register_fn(ld, "mentions", cond_mentions, COND_MENTIONS);
    loader_register_fn(ld, "all", cond_group, COND_ALL);
    loader_register_fn(ld, "any", cond_group, COND_ANY);
    loader_register_fn(ld, "none", cond_group, COND_NONE);
    loader_register_fn(ld, "at_least", cond_at_least, COND_AT_LEAST);
}
