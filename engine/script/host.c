/* host.c: running a scenario's function conditions against a session. The
 * function gets a read-only view `s` of the session: s.pinned(id),
 * s.opened(id), s.marker(id), s.note(id), s.tags(id), s.report(field),
 * s.factors(), s.learned(id), s.clock(); each call has a fresh
 * instruction budget. */
#include <string.h>
#include <lauxlib.h>
#include "core/report.h"
#include "core/rubric.h"
#include "host.h"
#include "loader.h"

static const Session *current(lua_State *L)
{
    ScriptHost *h = lua_touserdata(L, lua_upvalueindex(1));
    if (!h->current) luaL_error(L, "the session view can only be used while a condition is evaluated");
    return h->current;
}

static int item_arg(lua_State *L, const Session *s)
{
    const char *id = luaL_checkstring(L, 1);
    int i = scenario_find(s->sc, id, ENT_ITEM);
    if (i < 0) luaL_error(L, "no item has id '%s'", id);
    return i;
}

static int view_pinned(lua_State *L)
{
    const Session *s = current(L);
    lua_pushboolean(L, s->pins[item_arg(L, s)].pinned);
    return 1;
}

static int view_opened(lua_State *L)
{
    const Session *s = current(L);
    const char *id = luaL_checkstring(L, 1);
    int i = scenario_find(s->sc, id, ENT_SOURCE);
    if (i < 0) return luaL_error(L, "no source has id '%s'", id);
    lua_pushboolean(L, s->opened[i]);
    return 1;
}

static int view_marker(lua_State *L)
{
    const Session *s = current(L);
    const Pin *p = &s->pins[item_arg(L, s)];
    if (p->pinned && p->marker != MARKER_NONE) lua_pushstring(L, model_marker_name(p->marker));
    else lua_pushnil(L);
    return 1;
}

static int view_note(lua_State *L)
{
    const Session *s = current(L);
    const Pin *p = &s->pins[item_arg(L, s)];
    if (p->pinned && p->note) lua_pushstring(L, p->note);
    else lua_pushnil(L);
    return 1;
}

static int view_tags(lua_State *L)
{
    const Session *s = current(L);
    const Pin *p = &s->pins[item_arg(L, s)];
    lua_createtable(L, p->pinned ? p->tag_count : 0, 0);
    for (int i = 0; p->pinned && i < p->tag_count; i++) {
        lua_pushstring(L, p->tags[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

static int view_report(lua_State *L)
{
    const Session *s = current(L);
    const char *name = luaL_checkstring(L, 1);
    ReportField f;
    if (!report_field_parse(name, &f)) return luaL_error(L, "no report field '%s'", name);
    lua_pushstring(L, s->report[f] ? s->report[f] : "");
    return 1;
}

/* A list of {text = "...", evidence = {"id", ...}}, in the report's order. */
static int view_factors(lua_State *L)
{
    const Session *s = current(L);
    lua_createtable(L, s->factor_count, 0);
    for (int i = 0; i < s->factor_count; i++) {
        const Factor *f = &s->factors[i];
        lua_createtable(L, 0, 2);
        lua_pushstring(L, f->text);
        lua_setfield(L, -2, "text");
        lua_createtable(L, f->evidence_count, 0);
        for (int k = 0; k < f->evidence_count; k++) {
            lua_pushstring(L, model_entity_id(s->sc, f->evidence[k]));
            lua_rawseti(L, -2, k + 1);
        }
        lua_setfield(L, -2, "evidence");
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

static int view_learned(lua_State *L)
{
    const Session *s = current(L);
    const char *id = luaL_checkstring(L, 1);
    int f = scenario_find(s->sc, id, ENT_FACT);
    if (f < 0) return luaL_error(L, "no fact has id '%s'", id);
    lua_pushboolean(L, s->learned_from[f] >= 0);
    return 1;
}

static int view_clock(lua_State *L)
{
    lua_pushinteger(L, current(L)->clock);
    return 1;
}

static void push_view(ScriptHost *h, lua_State *L)
{
    if (h->view_ref != LUA_NOREF) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, h->view_ref);
        return;
    }
    static const luaL_Reg fns[] = {
        {"pinned", view_pinned}, {"opened", view_opened}, {"marker", view_marker},
        {"note", view_note}, {"tags", view_tags}, {"report", view_report},
        {"factors", view_factors}, {"learned", view_learned}, {"clock", view_clock}, {NULL, NULL},
    };
    lua_newtable(L);
    lua_pushlightuserdata(L, h);
    luaL_setfuncs(L, fns, 1);
    lua_pushvalue(L, -1);
    h->view_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

static int host_eval(void *ud, int fn_ref, const Session *s, char *err, size_t errsize)
{
    ScriptHost *h = ud;
    lua_State *L = sandbox_lua(h->sb);
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn_ref);
    push_view(h, L);
    h->current = s;
    SandboxError e;
    SandboxStatus st = sandbox_call(h->sb, 1, 1, &e);
    h->current = NULL;
    if (st != SANDBOX_OK) {
        snprintf(err, errsize, "%s:%d: %s", e.file, e.line, e.message);
        return -1;
    }
    int t = lua_type(L, -1), met = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (t != LUA_TBOOLEAN) {
        snprintf(err, errsize, "the condition function returned %s; it must return true or false",
                 lua_typename(L, t));
        return -1;
    }
    return met;
}

CondHost script_host_cond(ScriptHost *host)
{
    return (CondHost){host, host ? host_eval : NULL};
}
