/* schema.h: every scenario constructor and its fields, as data. The loader
 * validates against these tables, the authoring guide lists them, and
 * editor definitions can be generated from them, so the three cannot drift. */
#ifndef DOJO_SCHEMA_H
#define DOJO_SCHEMA_H

#include <stdbool.h>

typedef enum {
    FT_ID,        /* this thing's own id: letters, digits, _ . : - */
    FT_STRING,    /* one line of text */
    FT_TEXT,      /* any text, may span lines */
    FT_INT,       /* an integer */
    FT_BOOL,
    FT_TIME,      /* "2026-03-14T09:12:00Z" or "09:12" on the incident's day */
    FT_OFFSET,    /* a time zone offset: "Z", "+09:00", "-05:00" */
    FT_ENUM,      /* one of FieldSpec.choices */
    FT_REF,       /* the id of another thing */
    FT_REFS,      /* a list of ids */
    FT_STRINGS,   /* a list of strings */
    FT_NUMBERS,   /* a list of numbers */
    FT_POINTS,    /* a list of {time, number} */
    FT_REACTIONS, /* a map emoji -> list of person ids */
    FT_FIELDS,    /* a map name -> text, or a list of {name, text} */
    FT_NODES,     /* a list of constructor results (e.g. thread replies) */
    FT_COND,      /* a condition (pinned"x", all{...}) or a function(s) */
    FT_TYPE_COUNT
} FieldType;

typedef enum {
    NODE_SCENARIO, NODE_TEAM, NODE_SERVICE, NODE_PERSON,
    NODE_CHAT, NODE_MSG, NODE_JOIN, NODE_LEAVE,
    NODE_CALL, NODE_TURN,
    NODE_PR, NODE_REVIEW,
    NODE_TICKET, NODE_CHANGE, NODE_COMMENT,
    NODE_ALERTS, NODE_FIRED, NODE_PAGED, NODE_ACKED, NODE_ESCALATED, NODE_RESOLVED,
    NODE_METRIC, NODE_ANNOTATION,
    NODE_ONCALL, NODE_SHIFT,
    NODE_CALENDAR, NODE_EVENT,
    NODE_DOCUMENT, NODE_SECTION,
    NODE_CRITERION,
    NODE_CASE,
    NODE_INTERVIEWEE, NODE_FACT, NODE_QUESTION, NODE_ANSWER,
    NODE_MEETING, NODE_ATTENDEE, NODE_BEAT, NODE_MEVENT, NODE_INSIGHT,
    NODE_COACH_RULE, NODE_WEIGHTS,
    NODE_ANALYSIS, NODE_MODEL_FACTOR, NODE_GUIDE_STEP,
    NODE_COND,    /* made by the condition functions, not by a table constructor */
    NODE_KIND_COUNT
} NodeKind;

typedef struct FieldSpec {
    const char *name;
    FieldType type;
    bool required;
    const char *doc;
    const char *const *choices;   /* FT_ENUM: NULL-terminated */
    const char *ref;              /* FT_REF/FT_REFS: what it names, for messages */
} FieldSpec;

#define SCHEMA_MAX_FIELDS 24

typedef struct CtorSpec {
    const char *name;             /* the Lua global */
    NodeKind kind;
    const FieldSpec *fields;
    int field_count;
    unsigned long long children;  /* bit per NodeKind allowed in the list part */
    bool top_level;               /* called on its own, not inside another */
    const char *doc;
} CtorSpec;

/* The table constructors, in documentation order. */
extern const CtorSpec schema_ctors[];
extern const int schema_ctor_count;

const CtorSpec *schema_ctor(NodeKind kind);
/* Index of a field of ctor by name, or -1. */
int schema_field_index(const CtorSpec *ctor, const char *name);
const char *schema_type_name(FieldType t);   /* "string", "time", ... */

/* The condition functions: name, arguments, meaning. */
typedef struct CondSpec { const char *name, *args, *doc; } CondSpec;
extern const CondSpec schema_conds[];
extern const int schema_cond_count;

/* Lua Language Server definitions (`---@meta`) of every constructor, field
 * and condition, from these tables; malloc'd. */
char *schema_lua_meta(void);

#endif
