/* loader_internal.h: what the constructors record while a scenario runs
 * (nodes), shared by loader.c (Lua side) and build.c (nodes -> model). */
#ifndef DOJO_LOADER_INTERNAL_H
#define DOJO_LOADER_INTERNAL_H

#include "core/diag.h"
#include "core/model.h"
#include "schema.h"
#include "sandbox.h"

typedef struct Pair { const char *key; const char *str; double num; StrList strs; } Pair;

/* One field's value as written; which member is used follows its FieldType. */
typedef struct Value {
    unsigned char set;         /* 1: written; for FT_COND 2 means a function */
    int n;                     /* length of a list */
    union {
        const char *str;
        double num;
        bool b;
        const char **strs;
        double *nums;
        Pair *pairs;
        int *nodes;
        int node;              /* FT_COND: the condition node */
        int fn_ref;            /* FT_COND: a function kept in the Lua registry */
    } u;
} Value;

typedef struct Node {
    NodeKind kind;
    const char *file;          /* display path, interned in the scenario's arena */
    int line;
    int parent;                /* node that took it as a child; -1 */
    Value *values;             /* one per field of its CtorSpec */
    int *children; int child_count;
    /* condition nodes */
    CondKind cond;
    const char *arg, *arg2;
    StrList words;
    StrList ids;               /* factor{evidence}, ordered{...} */
    int n;
    int fn_ref;
} Node;

typedef struct Loader {
    Scenario *sc;              /* strings are copied into sc->arena */
    Arena tmp;                 /* node values; freed after build */
    Node *nodes; int node_count, node_cap;
    Diags *diags;
    Sandbox *sb;
    const char *prefix;        /* folder to prepend to relative file names */
    StrMap file_names;         /* relative name -> index into sc->files */
    int file_cap;
    size_t copied;             /* bytes of text copied out of Lua */
    size_t copy_limit;
    int function_conds;        /* how many conditions are Lua functions */
} Loader;

void loader_register(Loader *ld);   /* installs the constructors as globals */
void loader_register_conds(Loader *ld);
/* Adds a C closure with upvalues (ld, kind, name) as a global. */
void loader_register_fn(Loader *ld, const char *name, lua_CFunction fn, int kind);

/* ---- node plumbing (loader_node.c) ---- */
#define NODE_ERR(ld, node, code, ...) \
    diags_add((ld)->diags, DIAG_ERROR, code, (ld)->nodes[node].file, (ld)->nodes[node].line, __VA_ARGS__)

Loader *loader_from_lua(lua_State *L);          /* the Loader in upvalue 1 */
void *loader_handle(int node);                  /* what a constructor returns */
int loader_node_at(Loader *ld, lua_State *L, int idx);   /* -1: not a constructor result */
int loader_new_node(Loader *ld, lua_State *L, NodeKind kind);
/* Copies a Lua string into the scenario; NULL (with a diagnostic) unless
 * it is UTF-8 text without NUL bytes. */
const char *loader_copy_text(Loader *ld, lua_State *L, int idx, int node, const char *what);
const char *loader_dedent(Loader *ld, const char *s);
bool loader_id_valid(const char *s);
const char *loader_value_kind(lua_State *L, int idx);    /* "a table", "a constructor result" */
/* Takes child as a child of parent; false (reported) if placed elsewhere. */
bool loader_adopt(Loader *ld, int parent, int child);
/* Builds sc from the recorded nodes; reports problems to ld->diags. */
void build_scenario(Loader *ld);
const Value *node_value(const Loader *ld, const Node *n, const char *field);

#endif
