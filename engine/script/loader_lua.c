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
#define CTOR_COST 40          /* budget units charged per constructor call */

static Loader *loader_of(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(1)); }

static void *handle_of(int node) { return (void *)(uintptr_t)(node + 1); }

/* A constructor result, or -1 when v is not one. */
static int node_of(Loader *ld, lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TLIGHTUSERDATA) return -1;
    uintptr_t h = (uintptr_t)lua_touserdata(L, idx);
    return h >= 1 && h <= (uintptr_t)ld->node_count ? (int)(h - 1) : -1;
}

static int new_node(Loader *ld, lua_State *L, NodeKind kind)
{
    const char *rel;
    int line;
    sandbox_where(L, &rel, &line);
    int i = strmap_get(&ld->file_names, rel ? rel : "?");
    Node *n = VEC_PUSH(ld->nodes, ld->node_count, ld->node_cap);
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->file = i >= 0 ? ld->sc->files.v[i] : arena_strdup(&ld->sc->arena, rel ? rel : "?");
    n->line = line;
    n->parent = -1;
    n->fn_ref = -1;
    const CtorSpec *spec = kind == NODE_COND ? NULL : schema_ctor(kind);
    if (spec) n->values = arena_alloc(&ld->tmp, sizeof(Value) * (size_t)spec->field_count);
    sandbox_charge(L, CTOR_COST);
    return ld->node_count - 1;
}

#define NODE_ERR(ld, node, code, ...) \
    diags_add((ld)->diags, DIAG_ERROR, code, (ld)->nodes[node].file, (ld)->nodes[node].line, __VA_ARGS__)

static bool utf8_valid(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + (size_t)len > n) return false;
        for (int k = 1; k < len; k++)
            if (((unsigned char)s[i + (size_t)k] >> 6) != 2) return false;
        i += (size_t)len;
    }
    return true;
}

/* Copies a Lua string into the scenario; NULL (with a diagnostic) if it is
 * not valid text. */
static const char *copy_text(Loader *ld, lua_State *L, int idx, int node, const char *what)
{
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    if (strlen(s) != n) {
        NODE_ERR(ld, node, "bad-value", "%s contains a NUL byte; scenario text must be UTF-8 text", what);
        return NULL;
    }
    if (!utf8_valid(s, n)) {
        NODE_ERR(ld, node, "bad-value", "%s is not valid UTF-8; save the file as UTF-8", what);
        return NULL;
    }
    ld->copied += n;
    sandbox_charge(L, (long long)(n / 16));
    if (ld->copied > ld->copy_limit)
        luaL_error(L, "scenario text exceeds %d MiB", (int)(ld->copy_limit >> 20));
    return arena_strndup(&ld->sc->arena, s, n);
}

/* Removes the indentation common to all non-blank lines, and blank lines at
 * the ends, so long [[...]] strings can be indented with the code. When the
 * text starts on the line of the [[, that first line has no indentation to
 * lose and does not count. */
static const char *dedent(Loader *ld, const char *s)
{
    const char *first_eol = strchr(s, '\n');
    if (!first_eol) return s;
    const char *from = s[0] != ' ' && s[0] != '\t' && first_eol[1] ? first_eol + 1 : s;
    size_t common = (size_t)-1;
    for (const char *p = from; *p;) {
        size_t ind = strspn(p, " \t");
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        if (ind < len && ind < common) common = ind;
        p = eol ? eol + 1 : p + len;
    }
    if (common == (size_t)-1) common = 0;
    size_t n = strlen(s);
    char *out = arena_alloc(&ld->sc->arena, n + 1), *o = out;
    for (const char *p = s; *p;) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        size_t skip = p < from ? 0 : len < common ? len : common;
        memcpy(o, p + skip, len - skip);
        o += len - skip;
        if (eol) *o++ = '\n';
        p = eol ? eol + 1 : p + len;
    }
    *o = 0;
    while (o > out && (o[-1] == '\n' || o[-1] == ' ' || o[-1] == '\t')) *--o = 0;
    char *start = out;
    while (*start == '\n') start++;
    return start;
}

static bool id_valid(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64) return false;
    return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-") == n;
}

static const char *lua_kind(lua_State *L, int idx)
{
    int t = lua_type(L, idx);
    if (t == LUA_TLIGHTUSERDATA) return "a constructor result";
    return lua_typename(L, t);
}

typedef struct FieldCtx { Loader *ld; lua_State *L; int node; const char *ctor; const FieldSpec *f; } FieldCtx;

static void wrong_type(FieldCtx *c, int idx, const char *want)
{
    NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' must be %s, not %s", c->ctor, c->f->name,
             want, lua_kind(c->L, idx));
}

static const char *read_string(FieldCtx *c, int idx, const char *want)
{
    if (lua_type(c->L, idx) != LUA_TSTRING) {
        wrong_type(c, idx, want);
        return NULL;
    }
    char what[96];
    snprintf(what, sizeof what, "%s field '%s'", c->ctor, c->f->name);
    return copy_text(c->ld, c->L, idx, c->node, what);
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
                     c->ctor, c->f->name, i + 1, ids ? " (an id)" : "", lua_kind(c->L, -1));
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
                      c->ctor, c->f->name, i + 1, lua_kind(c->L, -1));
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

/* Takes node child as a child of parent; false (with a diagnostic) if it is
 * already placed elsewhere. */
static bool adopt(Loader *ld, int parent, int child)
{
    Node *c = &ld->nodes[child];
    if (c->parent >= 0) {
        NODE_ERR(ld, parent, "bad-child", "this %s (line %d) is already inside the %s at line %d",
                 c->kind == NODE_COND ? "condition" : schema_ctor(c->kind)->name, c->line,
                 schema_ctor(ld->nodes[c->parent].kind) ? schema_ctor(ld->nodes[c->parent].kind)->name
                                                         : "condition",
                 ld->nodes[c->parent].line);
        return false;
    }
    c->parent = parent;
    return true;
}

static void read_nodes(FieldCtx *c, int idx, Value *v)
{
    int n;
    if (!read_list_len(c, idx, &n)) return;
    int *out = arena_alloc(&c->ld->tmp, sizeof *out * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        lua_rawgeti(c->L, idx, i + 1);
        out[i] = node_of(c->ld, c->L, -1);
        if (out[i] < 0)
            NODE_ERR(c->ld, c->node, "wrong-type", "%s field '%s' entry %d must be a constructor "
                     "such as msg{...}, not %s", c->ctor, c->f->name, i + 1, lua_kind(c->L, -1));
        lua_pop(c->L, 1);
        if (out[i] < 0 || !adopt(c->ld, c->node, out[i])) return;
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
    int node = node_of(c->ld, c->L, idx);
    if (node < 0 || c->ld->nodes[node].kind != NODE_COND) {
        wrong_type(c, idx, "a condition such as pinned\"id\" or all{...}, or a function");
        return;
    }
    if (!adopt(c->ld, c->node, node)) return;
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
            if (!id_valid(v->u.str))
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
            v->u.str = dedent(c->ld, v->u.str);
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
                     spec->name, lua_kind(L, -2));
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
        int child = node_of(ld, L, -1);
        if (child < 0 || ld->nodes[child].kind == NODE_COND ||
            !(spec->children & (1ull << ld->nodes[child].kind))) {
            char allowed[200] = "";
            for (int k = 0; k < NODE_KIND_COUNT; k++)
                if (spec->children & (1ull << k))
                    snprintf(allowed + strlen(allowed), sizeof allowed - strlen(allowed), "%s%s{}",
                             allowed[0] ? ", " : "", schema_ctor((NodeKind)k)->name);
            NODE_ERR(ld, node, "bad-child", "entry %d of %s{} is %s%s; it takes %s", i, spec->name,
                     child >= 0 && ld->nodes[child].kind != NODE_COND ? schema_ctor(ld->nodes[child].kind)->name
                                                                      : lua_kind(L, -1),
                     child >= 0 && ld->nodes[child].kind != NODE_COND ? "{}" : "", allowed);
        } else if (adopt(ld, node, child)) {
            kids[count++] = child;
        }
        lua_pop(L, 1);
    }
    ld->nodes[node].children = kids;
    ld->nodes[node].child_count = count;
}

static int ctor_call(lua_State *L)
{
    Loader *ld = loader_of(L);
    const CtorSpec *spec = &schema_ctors[lua_tointeger(L, lua_upvalueindex(2))];
    int node = new_node(ld, L, spec->kind);
    if (lua_type(L, 1) != LUA_TTABLE || lua_gettop(L) != 1) {
        NODE_ERR(ld, node, "wrong-type", "%s takes one table: %s{ id = \"...\", ... }", spec->name, spec->name);
    } else {
        read_fields(ld, L, node, spec);
        check_required(ld, node, spec, L);
        read_children(ld, L, node, spec);
    }
    lua_settop(L, 0);
    lua_pushlightuserdata(L, handle_of(node));
    return 1;
}

/* ---- conditions: pinned"id", all{...} ... ---- */

static int cond_node(lua_State *L, CondKind kind)
{
    Loader *ld = loader_of(L);
    int node = new_node(ld, L, NODE_COND);
    ld->nodes[node].cond = kind;
    return node;
}

static const char *cond_string_arg(Loader *ld, lua_State *L, int node, int idx, const char *fn,
                                   const char *what)
{
    if (lua_type(L, idx) != LUA_TSTRING) {
        NODE_ERR(ld, node, "wrong-type", "%s: %s must be a string, not %s", fn, what, lua_kind(L, idx));
        return NULL;
    }
    char label[64];
    snprintf(label, sizeof label, "%s's %s", fn, what);
    return copy_text(ld, L, idx, node, label);
}

static int cond_push(lua_State *L, int node)
{
    lua_settop(L, 0);
    lua_pushlightuserdata(L, handle_of(node));
    return 1;
}

/* pinned"id", opened"id", noted"id" */
static int cond_target(lua_State *L)
{
    CondKind kind = (CondKind)lua_tointeger(L, lua_upvalueindex(2));
    const char *fn = lua_tostring(L, lua_upvalueindex(3));
    Loader *ld = loader_of(L);
    int node = cond_node(L, kind);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, fn, "the id");
    return cond_push(L, node);
}

static int cond_marked(lua_State *L)
{
    Loader *ld = loader_of(L);
    int node = cond_node(L, COND_MARKED);
    ld->nodes[node].arg = cond_string_arg(ld, L, node, 1, "marked", "the item id");
    ld->nodes[node].arg2 = cond_string_arg(ld, L, node, 2, "marked", "the marker");
    return cond_push(L, node);
}

static int cond_tagged(lua_State *L)
{
    Loader *ld = loader_of(L);
    int node = cond_node(L, COND_TAGGED);
    ld->nodes[node].arg2 = cond_string_arg(ld, L, node, 1, "tagged", "the tag");
    if (!lua_isnoneornil(L, 2))
        ld->nodes[node].arg = cond_string_arg(ld, L, node, 2, "tagged", "the item id");
    return cond_push(L, node);
}

/* mentions("factors", "cert", "certificate") or mentions("factors", {"cert", ...}) */
static int cond_mentions(lua_State *L)
{
    Loader *ld = loader_of(L);
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
    int child = node_of(ld, L, idx);
    if (lua_type(L, idx) == LUA_TFUNCTION) {
        child = cond_node(L, COND_FUNCTION);
        lua_pushvalue(L, idx);
        ld->nodes[child].fn_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        ld->function_conds++;
    } else if (child < 0 || ld->nodes[child].kind != NODE_COND) {
        NODE_ERR(ld, parent, "wrong-type", "%s: entry %d must be a condition such as pinned\"id\", "
                 "or a function, not %s", fn, pos, lua_kind(L, idx));
        return -1;
    }
    return adopt(ld, parent, child) ? child : -1;
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
    Loader *ld = loader_of(L);
    int node = cond_node(L, kind);
    cond_operands(ld, L, node, 1, fn);
    return cond_push(L, node);
}

static int cond_at_least(lua_State *L)
{
    Loader *ld = loader_of(L);
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

static void register_fn(Loader *ld, const char *name, lua_CFunction fn, int kind)
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
        register_fn(ld, schema_ctors[i].name, ctor_call, i);
    register_fn(ld, "pinned", cond_target, COND_PINNED);
    register_fn(ld, "opened", cond_target, COND_OPENED);
    register_fn(ld, "noted", cond_target, COND_NOTED);
    register_fn(ld, "marked", cond_marked, COND_MARKED);
    register_fn(ld, "tagged", cond_tagged, COND_TAGGED);
    register_fn(ld, "mentions", cond_mentions, COND_MENTIONS);
    register_fn(ld, "all", cond_group, COND_ALL);
    register_fn(ld, "any", cond_group, COND_ANY);
    register_fn(ld, "none", cond_group, COND_NONE);
    register_fn(ld, "at_least", cond_at_least, COND_AT_LEAST);
}
