/* loader_node.c: the plumbing under the constructors: nodes and their
 * handles, text copied out of Lua (checked, dedented), ids. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include "core/util.h"
#include "loader_internal.h"

#define CTOR_COST 40          /* budget units charged per constructor call */

Loader *loader_from_lua(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(1)); }

void *loader_handle(int node) { return (void *)(uintptr_t)(node + 1); }

/* A constructor result, or -1 when v is not one. */
int loader_node_at(Loader *ld, lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TLIGHTUSERDATA) return -1;
    uintptr_t h = (uintptr_t)lua_touserdata(L, idx);
    return h >= 1 && h <= (uintptr_t)ld->node_count ? (int)(h - 1) : -1;
}

int loader_new_node(Loader *ld, lua_State *L, NodeKind kind)
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


static bool loader_utf8_valid(const char *s, size_t n)
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
const char *loader_copy_text(Loader *ld, lua_State *L, int idx, int node, const char *what)
{
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    if (strlen(s) != n) {
        NODE_ERR(ld, node, "bad-value", "%s contains a NUL byte; scenario text must be UTF-8 text", what);
        return NULL;
    }
    if (!loader_utf8_valid(s, n)) {
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
const char *loader_dedent(Loader *ld, const char *s)
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

bool loader_id_valid(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64) return false;
    return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-") == n;
}

const char *loader_value_kind(lua_State *L, int idx)
{
    int t = lua_type(L, idx);
    if (t == LUA_TLIGHTUSERDATA) return "a constructor result";
    return lua_typename(L, t);
}

/* Takes node child as a child of parent; false (with a diagnostic) if it is
 * already placed elsewhere. */
bool loader_adopt(Loader *ld, int parent, int child)
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
