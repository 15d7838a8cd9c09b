/* curriculum.c: the curriculum{} and step{} constructors. Like the
 * scenario loader, they turn problems into diagnostics at the line that
 * wrote them instead of stopping the run, so one check reports them all. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include "core/util.h"
#include "curriculum.h"
#include "sandbox.h"

typedef struct RawStep {
    const char *scenario;
    const char **objectives; int objective_count;
    const char **requires; int require_count;
    double pass;
    int line;
    bool used;                 /* placed in curriculum{} */
} RawStep;

typedef struct CurLoader {
    const char *path;
    Diags *diags;
    Curriculum *c;
    RawStep *raw; int raw_count, raw_cap;
    int *order; int order_count, order_cap;   /* raw steps in curriculum{}, in order */
    int curriculum_line;                      /* 0: curriculum{} not called yet */
} CurLoader;

#define CUR_ERR(cl, line, code, ...) diags_add((cl)->diags, DIAG_ERROR, code, (cl)->path, line, __VA_ARGS__)

static CurLoader *cur_loader(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static int cur_line(lua_State *L)
{
    const char *file;
    int line;
    sandbox_where(L, &file, &line);
    return line;
}

static const char *cur_kind(lua_State *L, int idx)
{
    return lua_type(L, idx) == LUA_TLIGHTUSERDATA ? "a constructor result" : luaL_typename(L, idx);
}

/* A string field at the top of the stack, copied into the curriculum. */
static const char *cur_string(CurLoader *cl, lua_State *L, const char *ctor, const char *field, int line)
{
    if (lua_type(L, -1) == LUA_TSTRING) return arena_strdup(&cl->c->arena, lua_tostring(L, -1));
    CUR_ERR(cl, line, "wrong-type", "%s field '%s' must be a string, not %s", ctor, field, cur_kind(L, -1));
    return NULL;
}

/* A list of strings at the top of the stack. */
static const char **cur_strings(CurLoader *cl, lua_State *L, const char *field, int line, int *n)
{
    *n = 0;
    if (lua_type(L, -1) != LUA_TTABLE) {
        CUR_ERR(cl, line, "wrong-type", "step field '%s' must be a list {...}, not %s", field, cur_kind(L, -1));
        return NULL;
    }
    int len = lua_rawlen(L, -1) > 1000 ? 1000 : (int)lua_rawlen(L, -1);
    const char **out = arena_alloc(&cl->c->arena, sizeof *out * (size_t)(len ? len : 1));
    for (int i = 0; i < len; i++) {
        lua_rawgeti(L, -1, i + 1);
        if (lua_type(L, -1) == LUA_TSTRING) out[(*n)++] = arena_strdup(&cl->c->arena, lua_tostring(L, -1));
        else CUR_ERR(cl, line, "wrong-type", "step field '%s' entry %d must be a string, not %s", field, i + 1,
                     cur_kind(L, -1));
        lua_pop(L, 1);
    }
    return out;
}

static void cur_step_field(CurLoader *cl, lua_State *L, const char *key, RawStep *s)
{
    if (strcmp(key, "scenario") == 0) s->scenario = cur_string(cl, L, "step", key, s->line);
    else if (strcmp(key, "objectives") == 0) s->objectives = cur_strings(cl, L, key, s->line, &s->objective_count);
    else if (strcmp(key, "requires") == 0) s->requires = cur_strings(cl, L, key, s->line, &s->require_count);
    else if (strcmp(key, "pass") != 0)
        CUR_ERR(cl, s->line, "unknown-field", "step has no field '%s' (it has scenario, objectives, requires, pass)", key);
    else if (lua_type(L, -1) != LUA_TNUMBER)
        CUR_ERR(cl, s->line, "wrong-type", "step field 'pass' must be a number, not %s", cur_kind(L, -1));
    else if (!(lua_tonumber(L, -1) >= 0 && lua_tonumber(L, -1) <= 100))
        CUR_ERR(cl, s->line, "bad-value", "step field 'pass' must be a score from 0 to 100, not %g", lua_tonumber(L, -1));
    else s->pass = lua_tonumber(L, -1);
}

/* step{ scenario = ..., objectives = {...}, requires = {...}, pass = N } */
static int cur_step(lua_State *L)
{
    CurLoader *cl = cur_loader(L);
    RawStep s = {.line = cur_line(L)};
    if (lua_gettop(L) != 1 || lua_type(L, 1) != LUA_TTABLE) {
        CUR_ERR(cl, s.line, "wrong-type", "step must be called with one table: step{ scenario = \"...\" }");
        lua_pushnil(L);
        return 1;
    }
    for (lua_pushnil(L); lua_next(L, 1); lua_pop(L, 1)) {
        sandbox_charge(L, 16);
        if (lua_type(L, -2) == LUA_TSTRING) cur_step_field(cl, L, lua_tostring(L, -2), &s);
        else CUR_ERR(cl, s.line, "wrong-type", "step takes named fields only, not a list entry");
    }
    if (!s.scenario) CUR_ERR(cl, s.line, "missing-field", "step needs 'scenario', the id of the scenario to play");
    *VEC_PUSH(cl->raw, cl->raw_count, cl->raw_cap) = s;
    lua_pushlightuserdata(L, (void *)(intptr_t)cl->raw_count);
    return 1;
}

static void cur_entry(CurLoader *cl, lua_State *L, int line, lua_Integer k)
{
    intptr_t i = lua_type(L, -1) == LUA_TLIGHTUSERDATA ? (intptr_t)lua_touserdata(L, -1) - 1 : -1;
    if (i < 0 || i >= cl->raw_count) {
        if (lua_type(L, -1) != LUA_TNIL)
            CUR_ERR(cl, line, "bad-child", "curriculum entry %lld must be a step{}, not %s", (long long)k, cur_kind(L, -1));
        return;
    }
    if (cl->raw[i].used) {
        CUR_ERR(cl, line, "bad-child", "curriculum entry %lld is a step{} already used", (long long)k);
        return;
    }
    cl->raw[i].used = true;
    *VEC_PUSH(cl->order, cl->order_count, cl->order_cap) = (int)i;
}

/* curriculum{ id = ..., title = ..., summary = ..., step{...}, ... } */
static int cur_curriculum(lua_State *L)
{
    CurLoader *cl = cur_loader(L);
    int line = cur_line(L);
    if (lua_gettop(L) != 1 || lua_type(L, 1) != LUA_TTABLE) {
        CUR_ERR(cl, line, "wrong-type", "curriculum must be called with one table: curriculum{ id = \"...\", step{...} }");
        return 0;
    }
    if (cl->curriculum_line) {
        CUR_ERR(cl, line, "duplicate-id", "curriculum{} is called twice (first at line %d): one file, one curriculum",
                cl->curriculum_line);
        return 0;
    }
    cl->curriculum_line = line;
    lua_Integer len = (lua_Integer)lua_rawlen(L, 1);
    for (lua_Integer k = 1; k <= len; k++) {
        lua_rawgeti(L, 1, k);
        cur_entry(cl, L, line, k);
        lua_pop(L, 1);
    }
    for (lua_pushnil(L); lua_next(L, 1); lua_pop(L, 1)) {
        sandbox_charge(L, 16);
        if (lua_type(L, -2) != LUA_TSTRING) continue;     /* the steps, read above */
        const char *key = lua_tostring(L, -2);
        if (strcmp(key, "id") == 0) cl->c->id = cur_string(cl, L, "curriculum", key, line);
        else if (strcmp(key, "title") == 0) cl->c->title = cur_string(cl, L, "curriculum", key, line);
        else if (strcmp(key, "summary") == 0) cl->c->summary = cur_string(cl, L, "curriculum", key, line);
        else CUR_ERR(cl, line, "unknown-field", "curriculum has no field '%s' (it has id, title, summary and step{}s)", key);
    }
    if (!cl->c->id) CUR_ERR(cl, line, "missing-field", "curriculum needs 'id'");
    if (!cl->c->title) CUR_ERR(cl, line, "missing-field", "curriculum needs 'title'");
    if (!cl->order_count) CUR_ERR(cl, line, "missing-field", "curriculum has no step{}");
    return 0;
}

static void cur_register(Sandbox *sb, CurLoader *cl)
{
    lua_State *L = sandbox_lua(sb);
    lua_pushlightuserdata(L, cl);
    lua_pushcclosure(L, cur_step, 1);
    sandbox_set_global(sb, "step");
    lua_pushlightuserdata(L, cl);
    lua_pushcclosure(L, cur_curriculum, 1);
    sandbox_set_global(sb, "curriculum");
}

static bool cur_known(const char *id, const char *const *ids, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0) return true;
    return false;
}

/* The index in the curriculum of the step playing scenario, or -1. */
static int cur_step_of(const CurLoader *cl, const char *scenario)
{
    for (int i = 0; i < cl->order_count; i++) {
        const char *s = cl->raw[cl->order[i]].scenario;
        if (s && strcmp(s, scenario) == 0) return i;
    }
    return -1;
}

/* requires names earlier steps only: that rules out cycles as well. */
static void cur_build_requires(CurLoader *cl, int at, const RawStep *r, CurriculumStep *s)
{
    int *req = arena_alloc(&cl->c->arena, sizeof *req * (size_t)(r->require_count ? r->require_count : 1));
    for (int k = 0; k < r->require_count; k++) {
        int j = cur_step_of(cl, r->requires[k]);
        if (j < 0)
            CUR_ERR(cl, r->line, "dangling-ref", "step '%s' requires '%s', which is no step of this curriculum",
                    r->scenario, r->requires[k]);
        else if (j >= at)
            CUR_ERR(cl, r->line, "dangling-ref", "step '%s' requires '%s', which comes %s: a step may require "
                    "only earlier steps", r->scenario, r->requires[k], j == at ? "at this step" : "later");
        else req[s->require_count++] = j;
    }
    s->requires = req;
}

static void cur_build(CurLoader *cl, const char *const *ids, int id_count)
{
    Curriculum *c = cl->c;
    c->steps = arena_alloc(&c->arena, sizeof *c->steps * (size_t)(cl->order_count ? cl->order_count : 1));
    for (int i = 0; i < cl->order_count; i++) {
        const RawStep *r = &cl->raw[cl->order[i]];
        if (!r->scenario) continue;
        int first = cur_step_of(cl, r->scenario);
        if (first < i)
            CUR_ERR(cl, r->line, "duplicate-id", "scenario '%s' is already step %d (line %d)", r->scenario,
                    first + 1, cl->raw[cl->order[first]].line);
        if (ids && !cur_known(r->scenario, ids, id_count))
            CUR_ERR(cl, r->line, "dangling-ref", "step names scenario '%s', which is not in the scenarios folder",
                    r->scenario);
        CurriculumStep *s = &c->steps[c->count++];
        *s = (CurriculumStep){.scenario = r->scenario, .objectives = r->objectives,
                              .objective_count = r->objective_count, .pass = r->pass, .line = r->line};
        cur_build_requires(cl, i, r, s);
    }
    for (int i = 0; i < cl->raw_count; i++)
        if (!cl->raw[i].used)
            diags_add(cl->diags, DIAG_WARNING, "unreachable", cl->path, cl->raw[i].line,
                      "step{} is not inside curriculum{}, so it is not part of the path");
}

Curriculum *curriculum_load(const char *path, const char *const *ids, int id_count, Diags *diags)
{
    Curriculum *c = xcalloc(1, sizeof *c);
    c->file = arena_strdup(&c->arena, path);
    CurLoader cl = {.path = c->file, .diags = diags, .c = c};
    int errors_before = diags->errors;
    Sandbox *sb = sandbox_create(NULL, NULL);
    cur_register(sb, &cl);
    SandboxError e;
    if (sandbox_run_file(sb, path, &e) != SANDBOX_OK)
        diags_add(diags, DIAG_ERROR, sandbox_status_code(e.status), path, e.line, "%s", e.message);
    else if (!cl.curriculum_line)
        diags_add(diags, DIAG_ERROR, "no-curriculum", path, 0, "the file never calls curriculum{}");
    else
        cur_build(&cl, ids, id_count);
    sandbox_destroy(sb);
    free(cl.raw);
    free(cl.order);
    if (diags->errors == errors_before) return c;
    curriculum_destroy(c);
    return NULL;
}
