/* graph.c: a scenario as a Graphviz graph (graph.h). What can be reached is
 * coverage_compute's word, and what a condition names rubric_cond_evidence's. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coverage.h"
#include "graph.h"
#include "rubric.h"

#define GRAPH_LABEL_CHARS 40   /* a label line, in characters */
#define GRAPH_TIP_CHARS 300    /* a tooltip */
#define GRAPH_NAMED_MAX 1024   /* what one condition names; more is not drawn */

typedef struct Graph {
    const Scenario *sc;
    Coverage cov;
    StrBuf out;
    bool *source_drawn, *item_drawn;   /* named by some condition */
    Entity heads[4];                   /* each column's first node, in order */
    int columns;
} Graph;

/* What a node shows: its id, then up to three short lines and its marks. */
typedef struct GraphNode {
    Entity e;
    const char *shape, *style;   /* style before the marks: "filled", ... */
    const char *text;            /* what it says, cut to a line */
    char extra[160];             /* a second line, or "" */
    char more[96];               /* a third line, or "" */
    const char *tip;             /* the tooltip: the whole text, cut long */
    const char *why;             /* why no play reaches it; NULL when one can */
    bool opaque;                 /* rests on a Lua function */
} GraphNode;

/* Appends s as the inside of a DOT quoted string on one line: runs of
 * spaces and control characters become one space, and it is cut after max
 * characters (a UTF-8 sequence counts once, and is never split) with "...".
 * Quotes and backslashes are escaped, since DOT reads \N, \G, \l in labels. */
static void graph_add_text(StrBuf *b, const char *s, int max)
{
    int chars = 0;
    bool space = false;
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p <= ' ' || *p == 0x7f) {
            space = chars > 0;
            continue;
        }
        if ((*p & 0xC0) != 0x80) {
            if (chars + space >= max) {
                strbuf_addf(b, "...");
                return;
            }
            if (space) strbuf_addf(b, " ");
            chars += 1 + space;
            space = false;
        }
        if (*p == '"' || *p == '\\') strbuf_addf(b, "\\%c", *p);
        else strbuf_addf(b, "%c", *p);
    }
}

static void graph_add_id(Graph *g, Entity e)
{
    strbuf_addf(&g->out, "\"");
    graph_add_text(&g->out, model_entity_id(g->sc, e), INT_MAX);
    strbuf_addf(&g->out, "\"");
}

static const char *graph_person_name(const Scenario *sc, int person)
{
    if (person < 0 || person >= sc->person_count) return "";
    return sc->people[person].name ? sc->people[person].name : sc->people[person].id;
}

/* Items are reachable by coverage's rules (every item can be pinned) unless
 * coverage lists one as evidence it cannot find. */
static bool graph_reachable(const Graph *g, Entity e)
{
    switch (e.type) {
    case ENT_QUESTION: return g->cov.question[e.index];
    case ENT_FACT: return g->cov.fact[e.index];
    case ENT_CRITERION: return g->cov.criterion[e.index];
    default: break;
    }
    for (int i = 0; i < g->cov.evidence_count; i++)
        if (g->cov.evidence[i].type == e.type && g->cov.evidence[i].index == e.index) return g->cov.evidence_ok[i];
    return true;
}

static void graph_add_node(Graph *g, const GraphNode *n, bool first)
{
    StrBuf *b = &g->out;
    if (first && g->columns < 4) g->heads[g->columns++] = n->e;
    strbuf_addf(b, "    ");
    graph_add_id(g, n->e);
    strbuf_addf(b, " [shape=%s, label=\"", n->shape);
    graph_add_text(b, model_entity_id(g->sc, n->e), INT_MAX);
    if (n->text && strspn(n->text, " \t\r\n") < strlen(n->text)) {   /* a join, say, says nothing */
        strbuf_addf(b, "\\n");
        graph_add_text(b, n->text, GRAPH_LABEL_CHARS);
    }
    if (n->extra[0]) {
        strbuf_addf(b, "\\n");
        graph_add_text(b, n->extra, GRAPH_LABEL_CHARS + 10);
    }
    if (n->more[0]) {
        strbuf_addf(b, "\\n");
        graph_add_text(b, n->more, GRAPH_LABEL_CHARS + 10);
    }
    if (n->opaque) strbuf_addf(b, "\\n(Lua function)");
    if (n->why) strbuf_addf(b, "\\n(unreachable)");
    strbuf_addf(b, "\", tooltip=\"");
    if (n->why) strbuf_addf(b, "unreachable: %s. ", n->why);
    graph_add_text(b, n->tip, GRAPH_TIP_CHARS);
    if (n->why)
        strbuf_addf(b, "\", color=red, fontcolor=red, fillcolor=\"#fff0f0\", style=\"%s,dashed\"];\n", n->style);
    else if (n->opaque) strbuf_addf(b, "\", style=\"%s,dotted\"];\n", n->style);
    else strbuf_addf(b, "\", style=\"%s\"];\n", n->style);
}

/* An edge that can never carry anything (its tail cannot be reached, or it
 * is an answer given only at a candor its person never reaches) is marked
 * like a node. */
static void graph_add_edge(Graph *g, Entity from, Entity to, int candor)
{
    bool answer = from.type == ENT_QUESTION && to.type == ENT_FACT;
    int iv = answer ? g->sc->questions[from.index].interviewee : -1;
    bool dead = !graph_reachable(g, from) || (answer && (iv < 0 || candor > g->cov.candor[iv]));
    strbuf_addf(&g->out, "  ");
    graph_add_id(g, from);
    strbuf_addf(&g->out, " -> ");
    graph_add_id(g, to);
    const char *sep = " [";
    if (candor > 0) {
        strbuf_addf(&g->out, "%slabel=\"candor %d+\"", sep, candor);
        sep = ", ";
    }
    if (dead) {
        strbuf_addf(&g->out, "%scolor=red, fontcolor=red, style=dashed, tooltip=\"unreachable: %s\"", sep,
                    graph_reachable(g, from) ? "the answer needs a candor the person never reaches"
                                             : "what it comes from cannot be reached");
        sep = ", ";
    }
    strbuf_addf(&g->out, "%s\n", *sep == ',' ? "];" : ";");
}

/* ---- nodes ---- */

/* Marks the sources and items cond names as drawn. */
static void graph_mark_named(Graph *g, int cond)
{
    Entity named[GRAPH_NAMED_MAX];
    int n = rubric_cond_evidence(g->sc, cond, named, GRAPH_NAMED_MAX);
    for (int i = 0; i < n && i < GRAPH_NAMED_MAX; i++) {
        if (named[i].type == ENT_SOURCE) g->source_drawn[named[i].index] = true;
        if (named[i].type == ENT_ITEM) g->item_drawn[named[i].index] = true;
    }
}

static void graph_cluster_open(Graph *g, const char *name, const char *label, const char *fill)
{
    strbuf_addf(&g->out, "\n  subgraph cluster_%s {\n    rank=same; label=\"%s\"; style=\"rounded,filled\"; "
                "color=\"#b0b0b0\"; fillcolor=\"%s\";\n", name, label, fill);
}

static void graph_write_evidence(Graph *g)
{
    const Scenario *sc = g->sc;
    bool any = false;
    for (int s = 0; s < sc->source_count; s++) any = any || g->source_drawn[s];
    for (int i = 0; i < sc->item_count; i++) any = any || g->item_drawn[i];
    if (!any) return;
    graph_cluster_open(g, "evidence", "Evidence (what a condition names)", "#eef4fb");
    int drawn = 0;
    for (int s = 0; s < sc->source_count; s++) {
        const Source *src = &sc->sources[s];
        if (g->source_drawn[s]) {
            GraphNode n = {.e = {ENT_SOURCE, s}, .shape = "folder", .style = "filled", .text = src->title,
                           .tip = src->title};
            snprintf(n.extra, sizeof n.extra, "%s, opened", model_source_kind_name(src->kind));
            graph_add_node(g, &n, !drawn++);
        }
        for (int i = src->first_item; i < src->first_item + src->item_count; i++) {
            if (!g->item_drawn[i]) continue;
            const Item *it = &sc->items[i];
            char tip[512];
            model_entity_label(sc, (Entity){ENT_ITEM, i}, tip, sizeof tip);
            GraphNode n = {.e = {ENT_ITEM, i}, .shape = "note", .style = "filled", .tip = tip,
                           .text = it->kind == ITEM_HUNK ? it->file : it->text ? it->text : it->title};
            snprintf(n.extra, sizeof n.extra, "%s%s%s in %s", graph_person_name(sc, it->person),
                     it->person >= 0 ? ", " : "", model_item_kind_name(it->kind), src->title);
            n.why = graph_reachable(g, n.e) ? NULL : "coverage cannot find it";
            graph_add_node(g, &n, !drawn++);
        }
    }
    strbuf_addf(&g->out, "  }\n");
}

static void graph_write_questions(Graph *g)
{
    const Scenario *sc = g->sc;
    if (!sc->question_count) return;
    graph_cluster_open(g, "questions", "Questions", "#fdf6e3");
    for (int q = 0; q < sc->question_count; q++) {
        const Question *qu = &sc->questions[q];
        GraphNode n = {.e = {ENT_QUESTION, q}, .shape = "box", .style = "rounded,filled", .text = qu->text,
                       .tip = qu->text};
        int person = qu->interviewee >= 0 ? sc->interviewees[qu->interviewee].person : -1;
        snprintf(n.extra, sizeof n.extra, "to %s, %s", graph_person_name(sc, person),
                 model_question_kind_name(qu->kind));
        if (!g->cov.question[q]) n.why = "its interviewee is never available or its condition cannot hold";
        graph_add_node(g, &n, q == 0);
    }
    strbuf_addf(&g->out, "  }\n");
}

static void graph_write_facts(Graph *g)
{
    const Scenario *sc = g->sc;
    if (!sc->fact_count) return;
    graph_cluster_open(g, "facts", "Facts", "#eefaf0");
    for (int f = 0; f < sc->fact_count; f++) {
        const Fact *fa = &sc->facts[f];
        GraphNode n = {.e = {ENT_FACT, f}, .shape = "ellipse", .style = "filled", .text = fa->text, .tip = fa->text};
        snprintf(n.extra, sizeof n.extra, "%s knows", graph_person_name(sc, fa->person));
        if (!g->cov.fact[f]) n.why = "no reachable answer reveals it at a candor the person can reach";
        graph_add_node(g, &n, f == 0);
    }
    strbuf_addf(&g->out, "  }\n");
}

/* What a criterion rests on besides the nodes drawn, so one with few
 * edges does not look as if it rested on nothing. */
enum { GRAPH_ON_TRIAGE = 1, GRAPH_ON_INTERVIEWS = 2, GRAPH_ON_MEETING = 4, GRAPH_ON_REPORT = 8 };

static unsigned graph_cond_areas(const Scenario *sc, int cond, int depth)
{
    if (cond < 0 || cond >= sc->cond_count || depth > 64) return 0;
    const Cond *c = &sc->conds[cond];
    unsigned on = 0;
    switch (c->kind) {
    case COND_SIGNAL: case COND_TRIAGED: case COND_NAMED: case COND_SIGNALS_NAMED: return GRAPH_ON_TRIAGE;
    case COND_CHOSEN: case COND_INTERVIEWED: case COND_CANDOR: return GRAPH_ON_INTERVIEWS;
    case COND_SURFACED: case COND_REDIRECTED: case COND_PARKED: case COND_GROUND_RULES: case COND_TALK_BALANCE:
    case COND_WITHIN_TIME: return GRAPH_ON_MEETING;
    case COND_MENTIONS: case COND_FLAGGED: case COND_FACTOR: case COND_LINKED: case COND_WRITTEN: case COND_ORDERED:
        return GRAPH_ON_REPORT;
    default: break;
    }
    for (int i = 0; i < c->children.n; i++) on |= graph_cond_areas(sc, c->children.v[i], depth + 1);
    return on;
}

static void graph_write_criteria(Graph *g)
{
    const Scenario *sc = g->sc;
    if (!sc->criterion_count) return;
    static const char *const area_names[] = {"triage", "interviews", "the meeting", "the report"};
    graph_cluster_open(g, "criteria", "Criteria", "#f3eefb");
    for (int i = 0; i < sc->criterion_count; i++) {
        const Criterion *c = &sc->criteria[i];
        GraphNode n = {.e = {ENT_CRITERION, i}, .shape = "box", .style = "filled", .text = c->title, .tip = c->title,
                       .opaque = g->cov.opaque[i]};
        snprintf(n.extra, sizeof n.extra, "%s, %d pt%s", model_category_name(c->category), c->points,
                 c->points == 1 ? "" : "s");
        unsigned on = graph_cond_areas(sc, c->cond, 0);
        for (int k = 0; k < 4; k++)
            if (on >> k & 1u)
                snprintf(n.more + strlen(n.more), sizeof n.more - strlen(n.more), "%s%s", *n.more ? ", " : "also on: ",
                         area_names[k]);
        if (!g->cov.criterion[i]) n.why = "its condition can never hold";
        graph_add_node(g, &n, i == 0);
    }
    strbuf_addf(&g->out, "  }\n");
}

/* ---- edges ---- */

/* Whether answer a's k-th fact is that fact's first mention in the question:
 * a question gets one edge per fact. */
static bool graph_answer_first(const Question *qu, int a, int k)
{
    int fact = qu->answers[a].facts.v[k];
    for (int b = 0; b <= a; b++)
        for (int j = 0; j < (b < a ? qu->answers[b].facts.n : k); j++)
            if (qu->answers[b].facts.v[j] == fact) return false;
    return true;
}

/* The lowest candor at which some answer of the question reveals fact. */
static int graph_fact_candor(const Question *qu, int fact)
{
    int candor = INT_MAX;
    for (int a = 0; a < qu->answer_count; a++)
        for (int k = 0; k < qu->answers[a].facts.n; k++)
            if (qu->answers[a].facts.v[k] == fact && qu->answers[a].min_candor < candor)
                candor = qu->answers[a].min_candor;
    return candor;
}

static void graph_write_question_edges(Graph *g, int q)
{
    const Question *qu = &g->sc->questions[q];
    Entity named[GRAPH_NAMED_MAX];
    int n = rubric_cond_evidence(g->sc, qu->cond, named, GRAPH_NAMED_MAX);
    for (int i = 0; i < n && i < GRAPH_NAMED_MAX; i++) graph_add_edge(g, named[i], (Entity){ENT_QUESTION, q}, 0);
    for (int a = 0; a < qu->answer_count; a++)
        for (int k = 0; k < qu->answers[a].facts.n; k++) {
            int fact = qu->answers[a].facts.v[k];
            if (graph_answer_first(qu, a, k)) graph_add_edge(g, (Entity){ENT_QUESTION, q}, (Entity){ENT_FACT, fact},
                                                             graph_fact_candor(qu, fact));
        }
}

static void graph_write_edges(Graph *g)
{
    const Scenario *sc = g->sc;
    strbuf_addf(&g->out, "\n");
    for (int q = 0; q < sc->question_count; q++) graph_write_question_edges(g, q);
    for (int i = 0; i < sc->criterion_count; i++) {
        Entity named[GRAPH_NAMED_MAX];
        int n = rubric_evidence(sc, i, named, GRAPH_NAMED_MAX);
        for (int k = 0; k < n && k < GRAPH_NAMED_MAX; k++) graph_add_edge(g, named[k], (Entity){ENT_CRITERION, i}, 0);
    }
    /* invisible, from column to column: they keep the columns in order where
     * few real edges would (criteria that name nothing drawn, say) */
    if (g->columns < 2) return;
    strbuf_addf(&g->out, "  ");
    for (int k = 0; k < g->columns; k++) {
        graph_add_id(g, g->heads[k]);
        strbuf_addf(&g->out, k + 1 < g->columns ? " -> " : " [style=invis];\n");
    }
}

/* The legend is in words that avoid the mark itself, so a search for
 * "unreachable" finds only what is marked. */
static void graph_write_head(Graph *g)
{
    const Scenario *sc = g->sc;
    StrBuf *b = &g->out;
    strbuf_addf(b, "// incident-dojo graph: scenario '%s' as Graphviz; view it with: dot -Tsvg FILE.dot -o FILE.svg\n"
                "// Left to right: evidence (sources and items some condition names) -> questions (their `when`)\n"
                "// -> facts (their answers reveal; edge label: the candor needed) -> criteria (what they name).\n"
                "// Red and dashed: no play can reach it, as check --coverage says; its label and tooltip say so.\n"
                "// Dotted: a criterion resting on a Lua function, which cannot be looked into.\n",
                sc->meta.id ? sc->meta.id : "?");
    strbuf_addf(b, "digraph \"");
    graph_add_text(b, sc->meta.id, INT_MAX);
    strbuf_addf(b, "\" {\n  graph [rankdir=LR, newrank=true, nodesep=0.12, ranksep=0.9, fontname=\"DejaVu Sans\", "
                "fontsize=12, labelloc=t, labeljust=l, label=\"");
    graph_add_text(b, sc->meta.title ? sc->meta.title : sc->meta.id, 80);
    strbuf_addf(b, " (");
    graph_add_text(b, sc->meta.id, INT_MAX);
    strbuf_addf(b, ")\\lLeft to right: evidence, questions, facts, criteria. Red and dashed: no play can reach it. "
                "Dotted: rests on a Lua function. Edge label: the candor an answer needs.\\l\"];\n"
                "  node [fontname=\"DejaVu Sans\", fontsize=10, fillcolor=white, margin=\"0.08,0.04\"];\n"
                "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#606060\", arrowsize=0.7];\n");
}

char *graph_write_dot(const Scenario *sc)
{
    Graph g = {.sc = sc};
    coverage_compute(sc, &g.cov);
    g.source_drawn = xcalloc((size_t)sc->source_count + 1, sizeof *g.source_drawn);
    g.item_drawn = xcalloc((size_t)sc->item_count + 1, sizeof *g.item_drawn);
    for (int q = 0; q < sc->question_count; q++) graph_mark_named(&g, sc->questions[q].cond);
    for (int i = 0; i < sc->criterion_count; i++) graph_mark_named(&g, sc->criteria[i].cond);
    graph_write_head(&g);
    graph_write_evidence(&g);
    graph_write_questions(&g);
    graph_write_facts(&g);
    graph_write_criteria(&g);
    graph_write_edges(&g);
    strbuf_addf(&g.out, "}\n");
    free(g.source_drawn);
    free(g.item_drawn);
    coverage_free(&g.cov);
    return g.out.s;
}
