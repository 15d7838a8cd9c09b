/* loader_lua.c: the constructors a scenario calls. Each records a node with
 * its file:line and checks its fields against schema.c; problems become
 * diagnostics, not Lua errors, so one run reports as many as it can. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include "core/util.h"
#include "loader_internal.h"

#define MAX_LIST 1000000

typedef struct FieldCtx { Loader *ld; lua_State *L; int node; const char *ctor; const FieldSpec *f; } FieldCtx;

static void wrong_type(FieldCtx *c, int idx, const char *want)
{
    NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' must be %s, not %s", c->ctor, c->f->name,
             want, loader_value_kind(c->L, idx));
}

static const char *read_string(FieldCtx *c, int idx, const char *want)
{
    if (lua_type(c->L, idx) != LUA_TSTRING) {
        wrong_type(c, idx, want);
        return NULL;
    }
    char what[96];
    snprintf(what, sizeof what, "%s field '%s'", c->ctor, c->f->name);
    return loader_copy_text(c->ld, c->L, idx, c->node, what);
}

/* A sequence of n values read by one; false if the value is not a list. */
static bool read_list_len(FieldCtx *c, int idx, int *n)
{
    if (lua_type(c->L, idx) != LUA_TTABLE) {
        wrong_type(c, idx, "a list {...}");
        return false;
    }
    lua_Unsigned len = lua_rawlen(c->L, idx);
    if (len > MAX_LIST) {
        NODE_ERR(c->ld, c->node, "bad-value", "%s field '%s' has more than %d entries", c->ctor,
                 c->f->name, MAX_LIST);
        return false;
    }
    *n = (int)len;
    sandbox_charge(c->L, (long long)len);
    return true;
}

static void read_strings(FieldCtx *c, int idx, Value *v, bool ids)
{
    int n;
    if (!read_list_len(c, idx, &n)) return;
    const char **out = arena_alloc(&c->ld->sc->arena, sizeof *out * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        lua_rawgeti(c->L, idx, i + 1);
        out[i] = lua_type(c->L, -1) == LUA_TSTRING ? read_string(c, -1, "") : NULL;
        if (!out[i] && lua_type(c->L, -1) != LUA_TSTRING)
            NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' entry %d must be a string%s, not %s",
                     c->ctor, c->f->name, i + 1, ids ? " (an id)" : "", loader_value_kind(c->L, -1));
        lua_pop(c->L, 1);
        if (!out[i]) return;
    }
    v->set = 1;
    v->n = n;
    v->u.strs = out;
}

static void read_numbers(FieldCtx *c, int idx, Value *v)
{
    int n;
    if (!read_list_len(c, idx, &n)) return;
    double *out = arena_alloc(&c->ld->tmp, sizeof *out * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        lua_rawgeti(c->L, idx, i + 1);
        bool ok = lua_type(c->L, -1) == LUA_TNUMBER;
        if (ok) out[i] = lua_tonumber(c->L, -1);
        else NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' entry %d must be a number, not %s",
                      c->ctor, c->f->name, i + 1, loader_value_kind(c->L, -1));
        lua_pop(c->L, 1);
        if (!ok) return;
    }
    v->set = 1;
    v->n = n;
    v->u.nums = out;
}

static void read_points(FieldCtx *c, int idx, Value *v)
{
    int n;
    if (!read_list_len(c, idx, &n)) return;
    Pair *out = arena_alloc(&c->ld->tmp, sizeof *out * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        lua_rawgeti(c->L, idx, i + 1);
        bool ok = lua_type(c->L, -1) == LUA_TTABLE && lua_rawlen(c->L, -1) == 2;
        if (ok) {
            lua_rawgeti(c->L, -1, 1);
            lua_rawgeti(c->L, -2, 2);
            ok = lua_type(c->L, -2) == LUA_TSTRING && lua_type(c->L, -1) == LUA_TNUMBER;
            if (ok) {
                out[i].key = arena_strdup(&c->ld->sc->arena, lua_tostring(c->L, -2));
                out[i].num = lua_tonumber(c->L, -1);
            }
            lua_pop(c->L, 2);
        }
        lua_pop(c->L, 1);
        if (!ok) {
            NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' entry %d must be {\"time\", number}",
                     c->ctor, c->f->name, i + 1);
            return;
        }
    }
    v->set = 1;
    v->n = n;
    v->u.pairs = out;
}

static int pair_order(const void *a, const void *b)
{
    return strcmp(((const Pair *)a)->key, ((const Pair *)b)->key);
}

/* Maps (reactions, ticket fields) are read in key order, never pairs order. */
static void read_map(FieldCtx *c, int idx, Value *v)
{
    if (lua_type(c->L, idx) != LUA_TTABLE) {
        wrong_type(c, idx, "a table");
        return;
    }
    bool list = c->f->type == FT_FIELDS && lua_rawlen(c->L, idx) > 0;
    int n = 0, cap = 0;
    Pair *out = NULL;
    if (list) {   /* { {"Status", "Open"}, ... } keeps the author's order */
        int len = (int)lua_rawlen(c->L, idx);
        for (int i = 1; i <= len; i++) {
            lua_rawgeti(c->L, idx, i);
            bool ok = lua_type(c->L, -1) == LUA_TTABLE && lua_rawlen(c->L, -1) == 2;
            if (ok) {
                lua_rawgeti(c->L, -1, 1);
                lua_rawgeti(c->L, -2, 2);
                ok = lua_type(c->L, -2) == LUA_TSTRING && lua_type(c->L, -1) == LUA_TSTRING;
                if (ok) {
                    Pair *p = VEC_PUSH(out, n, cap);
                    memset(p, 0, sizeof *p);
                    p->key = arena_strdup(&c->ld->sc->arena, lua_tostring(c->L, -2));
                    p->str = read_string(c, -1, "a string");
                }
                lua_pop(c->L, 2);
            }
            lua_pop(c->L, 1);
            if (!ok) {
                NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' entry %d must be {\"name\", \"value\"}",
                         c->ctor, c->f->name, i);
                free(out);
                return;
            }
        }
    } else {
        lua_pushnil(c->L);
        while (lua_next(c->L, idx)) {
            if (lua_type(c->L, -2) != LUA_TSTRING) {
                NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' keys must be strings", c->ctor, c->f->name);
                lua_pop(c->L, 2);
                free(out);
                return;
            }
            Pair *p = VEC_PUSH(out, n, cap);
            memset(p, 0, sizeof *p);
            p->key = arena_strdup(&c->ld->sc->arena, lua_tostring(c->L, -2));
            if (c->f->type == FT_FIELDS) {
                p->str = read_string(c, lua_gettop(c->L), "a string");
            } else {
                Value tmp = {0};
                read_strings(c, lua_gettop(c->L), &tmp, true);
                p->strs.v = tmp.u.strs;
                p->strs.n = tmp.n;
            }
            lua_pop(c->L, 1);
        }
        if (n > 1) qsort(out, (size_t)n, sizeof *out, pair_order);
    }
    Pair *kept = arena_alloc(&c->ld->tmp, sizeof *kept * (size_t)(n ? n : 1));
    if (n) memcpy(kept, out, sizeof *kept * (size_t)n);
    free(out);
    v->set = 1;
    v->n = n;
    v->u.pairs = kept;
}

static void read_nodes(FieldCtx *c, int idx, Value *v)
{
    int n;
    if (!read_list_len(c, idx, &n)) return;
    int *out = arena_alloc(&c->ld->tmp, sizeof *out * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        lua_rawgeti(c->L, idx, i + 1);
        out[i] = loader_node_at(c->ld, c->L, -1);
        if (out[i] < 0)
            NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' entry %d must be a constructor "
                     "such as msg{...}, not %s", c->ctor, c->f->name, i + 1, loader_value_kind(c->L, -1));
        lua_pop(c->L, 1);
        if (out[i] < 0 || !loader_adopt(c->ld, c->node, out[i])) return;
    }
    v->set = 1;
    v->n = n;
    v->u.nodes = out;
}

/* A condition is a node made by pinned"x", all{...}..., or a function. */
static void read_cond(FieldCtx *c, int idx, Value *v)
{
    if (lua_type(c->L, idx) == LUA_TFUNCTION) {
        lua_pushvalue(c->L, idx);
        v->u.fn_ref = luaL_ref(c->L, LUA_REGISTRYINDEX);
        v->set = 2;
        c->ld->function_conds++;
        return;
    }
    int node = loader_node_at(c->ld, c->L, idx);
    if (node < 0 || c->ld->nodes[node].kind != NODE_COND) {
        wrong_type(c, idx, "a condition such as pinned\"id\" or all{...}, or a function");
        return;
    }
    if (!loader_adopt(c->ld, c->node, node)) return;
    v->set = 1;
    v->u.node = node;
}

static void read_field(FieldCtx *c, int idx, Value *v)
{
    const FieldSpec *f = c->f;
    lua_State *L = c->L;
    switch (f->type) {
    case FT_ID: case FT_REF:
        if ((v->u.str = read_string(c, idx, "a string (an id)"))) {
            if (!loader_id_valid(v->u.str))
                NODE_ERR(c->ld, c->node, "bad-id", "%s field '%s': \"%.80s\" is not a valid id; use 1 "
                         "to 64 letters, digits, '_', '.', ':' or '-'", c->ctor, f->name, v->u.str);
            else v->set = 1;
        }
        break;
    case FT_STRING: case FT_TIME:
        if ((v->u.str = read_string(c, idx, "a string"))) v->set = 1;
        break;
    case FT_TEXT:
        if ((v->u.str = read_string(c, idx, "a string"))) {
            v->u.str = loader_dedent(c->ld, v->u.str);
            v->set = 1;
        }
        break;
    case FT_OFFSET: {
        int minutes;
        if ((v->u.str = read_string(c, idx, "a string such as \"+09:00\""))) {
            if (time_parse_offset(v->u.str, &minutes)) v->set = 1;
            else NODE_ERR(c->ld, c->node, "bad-value", "%s field '%s': \"%.40s\" is not a time zone "
                          "offset; write \"Z\", \"+09:00\" or \"-05:00\"", c->ctor, f->name, v->u.str);
        }
        break;
    }
    case FT_ENUM:
        if ((v->u.str = read_string(c, idx, "a string"))) {
            int best = -1, best_d = 3;
            for (int i = 0; f->choices[i]; i++) {
                if (strcmp(v->u.str, f->choices[i]) != 0 && !text_is_close(v->u.str, f->choices[i])) continue;
                int d = text_edit_distance(v->u.str, f->choices[i], 2);
                if (d < best_d) { best_d = d; best = i; }
            }
            if (best >= 0 && best_d == 0) { v->set = 1; break; }
            char list[256] = "";
            for (int i = 0; f->choices[i]; i++)
                snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", f->choices[i]);
            NODE_ERR(c->ld, c->node, "bad-value", "%s field '%s' is \"%.40s\"; use one of: %s%s%s%s",
                     c->ctor, f->name, v->u.str, list, best >= 0 ? " (did you mean '" : "",
                     best >= 0 ? f->choices[best] : "", best >= 0 ? "'?)" : "");
        }
        break;
    case FT_INT:
        if (lua_type(L, idx) != LUA_TNUMBER) { wrong_type(c, idx, "a whole number"); break; }
        {
            double d = lua_tonumber(L, idx);
            if (!(d >= -1e9 && d <= 1e9) || d != (double)(long long)d)   /* range first: the cast of 1e88 is UB */
                NODE_ERR(c->ld, c->node, "bad-value", "%s field '%s' must be a whole number", c->ctor, f->name);
            else { v->u.num = d; v->set = 1; }
        }
        break;
    case FT_BOOL:
        if (lua_type(L, idx) != LUA_TBOOLEAN) { wrong_type(c, idx, "true or false"); break; }
        v->u.b = lua_toboolean(L, idx);
        v->set = 1;
        break;
    case FT_REFS: case FT_STRINGS: read_strings(c, idx, v, f->type == FT_REFS); break;
    case FT_NUMBERS: read_numbers(c, idx, v); break;
    case FT_POINTS: read_points(c, idx, v); break;
    case FT_REACTIONS: case FT_FIELDS: read_map(c, idx, v); break;
    case FT_NODES: read_nodes(c, idx, v); break;
    case FT_COND: read_cond(c, idx, v); break;
    case FT_TYPE_COUNT: assert(0); break;
    }
}

static const char *closest_field(const CtorSpec *spec, const char *name)
{
    const char *best = NULL;
    int best_d = 3;
    for (int i = 0; i < spec->field_count; i++) {
        if (!text_is_close(name, spec->fields[i].name)) continue;
        int d = text_edit_distance(name, spec->fields[i].name, 2);
        if (d < best_d) { best_d = d; best = spec->fields[i].name; }
    }
    return best;
}

static int diag_by_message(const void *a, const void *b)
{
    return strcmp(((const Diag *)a)->message, ((const Diag *)b)->message);
}

static void read_fields(Loader *ld, lua_State *L, int node, const CtorSpec *spec)
{
    int first_diag = ld->diags->count;
    lua_Unsigned len = lua_rawlen(L, 1);
    FieldCtx c = {ld, L, node, spec->name, NULL};
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        int top = lua_gettop(L);
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *key = lua_tostring(L, -2);
            int fi = schema_field_index(spec, key);
            if (fi >= 0) {
                c.f = &spec->fields[fi];
                read_field(&c, top, &ld->nodes[node].values[fi]);
            } else {
                const char *near = closest_field(spec, key);
                NODE_ERR(ld, node, "unknown-field", "%s has no field '%.40s'%s%s%s", spec->name, key,
                         near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
            }
        } else if (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 1 ||
                   (lua_Unsigned)lua_tointeger(L, -2) > len) {
            NODE_ERR(ld, node, "wrong-type", "%s{} keys must be field names; remove the %s key",
                     spec->name, loader_value_kind(L, -2));
        }
        lua_settop(L, top - 1);
    }
    /* lua_next's order is not stable from run to run; the report must be. */
    int added = ld->diags->count - first_diag;
    if (added > 1) {
        qsort(ld->diags->items + first_diag, (size_t)added, sizeof(Diag), diag_by_message);
        for (int i = 0; i < added; i++) ld->diags->items[first_diag + i].seq = first_diag + i;
    }
}

static void check_required(Loader *ld, int node, const CtorSpec *spec, lua_State *L)
{
    for (int i = 0; i < spec->field_count; i++) {
        if (!spec->fields[i].required || ld->nodes[node].values[i].set) continue;
        lua_pushstring(L, spec->fields[i].name);   /* present but invalid: already reported */
        bool present = lua_rawget(L, 1) != LUA_TNIL;
        lua_pop(L, 1);
        if (!present)
            NODE_ERR(ld, node, "missing-field", "%s needs '%s' (%s)", spec->name,
                     spec->fields[i].name, spec->fields[i].doc);
    }
}

static void read_children(Loader *ld, lua_State *L, int node, const CtorSpec *spec)
{
    int n = (int)lua_rawlen(L, 1);
    if (n > MAX_LIST) n = MAX_LIST;
    if (n > 0 && !spec->children) {
        NODE_ERR(ld, node, "bad-child", "%s{} takes no list entries; give every value a field name",
                 spec->name);
        return;
    }
    int *kids = arena_alloc(&ld->tmp, sizeof *kids * (size_t)(n ? n : 1)), count = 0;
    sandbox_charge(L, n);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, 1, i);
        int child = loader_node_at(ld, L, -1);
        if (child < 0 || ld->nodes[child].kind == NODE_COND ||
            !(spec->children & (1ull << ld->nodes[child].kind))) {
            char allowed[200] = "";
            for (int k = 0; k < NODE_KIND_COUNT; k++)
                if (spec->children & (1ull << k))
                    snprintf(allowed + strlen(allowed), sizeof allowed - strlen(allowed), "%s%s{}",
                             allowed[0] ? ", " : "", schema_ctor((NodeKind)k)->name);
            NODE_ERR(ld, node, "bad-child", "entry %d of %s{} is %s%s; it takes %s", i, spec->name,
                     child >= 0 && ld->nodes[child].kind != NODE_COND ? schema_ctor(ld->nodes[child].kind)->name
                                                                      : loader_value_kind(L, -1),
                     child >= 0 && ld->nodes[child].kind != NODE_COND ? "{}" : "", allowed);
        } else if (loader_adopt(ld, node, child)) {
            kids[count++] = child;
        }
        lua_pop(L, 1);
    }
    ld->nodes[node].children = kids;
    ld->nodes[node].child_count = count;
}

static int ctor_call(lua_State *L)
{
    Loader *ld = loader_from_lua(L);
    const CtorSpec *spec = &schema_ctors[lua_tointeger(L, lua_upvalueindex(2))];
    int node = loader_new_node(ld, L, spec->kind);
    if (lua_type(L, 1) != LUA_TTABLE || lua_gettop(L) != 1) {
        NODE_ERR(ld, node, "wrong-type", "%s takes one table: %s{ id = \"...\", ... }", spec->name, spec->name);
    } else {
        read_fields(ld, L, node, spec);
        check_required(ld, node, spec, L);
        read_children(ld, L, node, spec);
    }
    lua_settop(L, 0);
    lua_pushlightuserdata(L, loader_handle(node));
    return 1;
}

void loader_register_fn(Loader *ld, const char *name, lua_CFunction fn, int kind)
{
    lua_State *L = sandbox_lua(ld->sb);
    lua_pushlightuserdata(L, ld);
    lua_pushinteger(L, kind);
    lua_pushstring(L, name);
    lua_pushcclosure(L, fn, 3);
    sandbox_set_global(ld->sb, name);
}

void loader_register(Loader *ld)
{
    for (int i = 0; i < schema_ctor_count; i++)
        loader_register_fn(ld, schema_ctors[i].name, ctor_call, i);
    loader_register_conds(ld);
}
