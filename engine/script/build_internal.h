/* build_internal.h: shared by build.c and build_sources.c, which turn the
 * recorded nodes into the model. */
#ifndef DOJO_BUILD_INTERNAL_H
#define DOJO_BUILD_INTERNAL_H

#include "loader_internal.h"

typedef struct Build {
    Loader *ld;
    Scenario *sc;
    int item_next, cond_next;
} Build;

#define ERR(b, n, code, ...) diags_add((b)->ld->diags, DIAG_ERROR, code, (n)->file, (n)->line, __VA_ARGS__)
#define WARN(b, n, code, ...) diags_add((b)->ld->diags, DIAG_WARNING, code, (n)->file, (n)->line, __VA_ARGS__)

/* Field values of a node, or NULL / def when the field was not written. */
const char *build_str(Build *b, const Node *n, const char *f);
int build_int(Build *b, const Node *n, const char *f, int def);
bool build_bool(Build *b, const Node *n, const char *f);
StrList build_strs(Build *b, const Node *n, const char *f);
DojoTime build_time(Build *b, const Node *n, const char *f);   /* reports bad times */
Loc build_loc(const Node *n);
/* The index an id names, or -1 with a dangling-ref diagnostic. */
int build_resolve(Build *b, const Node *n, const char *field, const char *id, EntityType type);
IdxList build_resolve_list(Build *b, const Node *n, const char *field, EntityType type);
void build_add_id(Build *b, const Node *n, const char *id, EntityType type, int index);

bool build_is_source(NodeKind k);

/* Evidence ids (items, and facts too when facts is set) as entities;
 * reports the ones that name nothing such. */
Entity *build_evidence(Build *b, const Node *n, const char *field, StrList ids, bool facts, int *count);
/* build.c: a condition node into the model; returns its index. */
int build_cond_node(Build *b, int node);
/* build_interviews.c */
void build_interviewees(Build *b);
int build_interviewee_ref(Build *b, const Node *n, const char *field, const char *id);
void build_fact(Build *b, const Node *n, Fact *f);
void build_question(Build *b, const Node *n, Question *q);
void build_check_facts(Build *b);
/* A data-only condition in field (functions refused: a replay runs no
 * Lua), or -1 when the field is not written. */
int build_data_cond(Build *b, const Node *n, const char *field, const char *what, const char *id);
/* build_triage.c */
void build_weights(Build *b, const Node *n);
void build_case(Build *b, const Node *n, TriageCase *c);
/* Checks the queue has one own case, and classifies every case's signals. */
void build_check_cases(Build *b);
/* build_analysis.c */
void build_analysis(Build *b, const Node *n);
void build_guide_step(Build *b, const Node *n, GuideStep *g);
/* build_meeting.c */
void build_meeting(Build *b);
void build_mevent(Build *b, const Node *n, MeetingEvent *e);
void build_insight(Build *b, const Node *n, Insight *in);
int build_source_item_count(Build *b, const Node *n);
/* Pass 1: the source's index, id and items (threads flattened, hunks). */
void build_place_source(Build *b, int *item_nodes, int node, int index);
/* Pass 2: fields and references. */
void build_fill_source(Build *b, const Node *n, Source *src);
void build_fill_item(Build *b, const Node *n, Item *it, const Source *src);

#endif
