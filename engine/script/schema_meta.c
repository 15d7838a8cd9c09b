/* schema_meta.c: the Lua Language Server definitions (`---@meta`) of every
 * constructor, field and condition, written from the same tables the
 * loader checks against, so an author's editor and the checker agree. */
#include <stdio.h>
#include <string.h>
#include "core/util.h"
#include "schema.h"

/* A field's type as LuaLS writes it. */
static void meta_type(StrBuf *b, const FieldSpec *f)
{
    switch (f->type) {
    case FT_INT: strbuf_addf(b, "integer"); break;
    case FT_BOOL: strbuf_addf(b, "boolean"); break;
    case FT_ENUM:
        for (int i = 0; f->choices && f->choices[i]; i++) strbuf_addf(b, "%s\"%s\"", i ? "|" : "", f->choices[i]);
        break;
    case FT_REFS: case FT_STRINGS: strbuf_addf(b, "string[]"); break;
    case FT_NUMBERS: strbuf_addf(b, "number[]"); break;
    case FT_POINTS: strbuf_addf(b, "{[1]: string, [2]: number}[]"); break;
    case FT_REACTIONS: strbuf_addf(b, "table<string, string[]>"); break;
    case FT_FIELDS: strbuf_addf(b, "table<string, string>|{[1]: string, [2]: string}[]"); break;
    case FT_NODES: strbuf_addf(b, "table[]"); break;
    case FT_COND: strbuf_addf(b, "IncidentDojo.Cond|fun(s: IncidentDojo.Session): boolean"); break;
    default: strbuf_addf(b, "string"); break;   /* ids, text, times, offsets, references */
    }
}

/* One line of documentation: newlines would end the comment. */
static void meta_doc(StrBuf *b, const char *doc)
{
    for (const char *p = doc ? doc : ""; *p; p++) strbuf_addf(b, "%c", *p == '\n' ? ' ' : *p);
}

static void meta_ctor(StrBuf *b, const CtorSpec *c)
{
    strbuf_addf(b, "---@class IncidentDojo.%s\n", c->name);
    for (int i = 0; i < c->field_count; i++) {
        const FieldSpec *f = &c->fields[i];
        strbuf_addf(b, "---@field %s%s ", f->name, f->required ? "" : "?");
        meta_type(b, &c->fields[i]);
        strbuf_addf(b, " ");
        meta_doc(b, f->doc);
        strbuf_addf(b, "\n");
    }
    strbuf_addf(b, "\n---");
    meta_doc(b, c->doc);
    strbuf_addf(b, "\n---@param t IncidentDojo.%s\n---@return table\nfunction %s(t) end\n\n", c->name, c->name);
}

/* "(case, n)" -> "---@param case string" ...: n is a whole number, a
 * {...} list a table, an argument in [ ] optional, "..." more words. */
static void meta_cond(StrBuf *b, const CondSpec *c)
{
    strbuf_addf(b, "---");
    meta_doc(b, c->doc);
    strbuf_addf(b, "\n");
    char args[128], names[128] = "";
    snprintf(args, sizeof args, "%s", c->args);
    if (args[0] == '{') {   /* all{...}, ordered{...}, factor{...}: one table */
        strbuf_addf(b, "---@param t table\n");
        snprintf(names, sizeof names, "t");
    }
    bool optional = false, list = false;
    int k = 0;
    for (char *tok = args[0] == '{' ? NULL : strtok(args + 1, ", )"); tok; tok = strtok(NULL, ", )")) {
        if (tok[0] == '[') optional = true, tok++;
        if (tok[0] == '{') list = true;
        if (!*tok || list) continue;   /* the {...} of at_least(n, {...}) is written below */
        size_t n = strlen(tok);
        if (tok[n - 1] == ']') tok[n - 1] = 0;
        if (strcmp(tok, "...") == 0) {
            strbuf_addf(b, "---@param ... string|string[]\n");
        } else {
            strbuf_addf(b, "---@param %s%s %s\n", tok, optional ? "?" : "", strcmp(tok, "n") == 0 ? "integer" : "string");
        }
        snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", k++ ? ", " : "", tok);
    }
    if (list) {
        strbuf_addf(b, "---@param conds IncidentDojo.Cond[]\n");
        snprintf(names + strlen(names), sizeof names - strlen(names), "%sconds", k ? ", " : "");
    }
    strbuf_addf(b, "---@return IncidentDojo.Cond\nfunction %s(%s) end\n\n", c->name, names);
}

char *schema_lua_meta(void)
{
    StrBuf b = {0};
    strbuf_addf(&b, "---@meta\n-- Incident Dojo scenario definitions for the Lua Language Server, written by\n"
                "-- `incident-dojo meta` from the checker's own tables: do not edit by hand.\n\n"
                "---@class IncidentDojo.Cond a condition, made by pinned\"id\", all{...} and the others\n\n"
                "---@class IncidentDojo.Session the read-only view a function condition gets\n"
                "---@field pinned fun(id: string): boolean\n---@field opened fun(id: string): boolean\n"
                "---@field marker fun(id: string): string?\n---@field note fun(id: string): string?\n"
                "---@field tags fun(id: string): string[]\n---@field report fun(field: string): string\n"
                "---@field factors fun(): {text: string, evidence: string[]}[]\n"
                "---@field learned fun(id: string): boolean\n---@field clock fun(): integer\n\n"
                "---Reads a file of the scenario's folder (a diff, a long text).\n"
                "---@param name string\n---@return string\nfunction read(name) end\n\n"
                "---Runs another Lua file of the scenario's folder.\n---@param name string\nfunction include(name) end\n\n");
    for (int i = 0; i < schema_ctor_count; i++) meta_ctor(&b, &schema_ctors[i]);
    for (int i = 0; i < schema_cond_count; i++) meta_cond(&b, &schema_conds[i]);
    return b.s;
}
