/* build_interviews.c: interviewees, facts and questions from their nodes.
 * Interviewees are built before everything that names them, since a
 * question or a condition may come first in the file. */
#include <stdlib.h>
#include <string.h>
#include "build_internal.h"
#include "core/interview.h"

static void rule(Build *b, const Node *n, const char *f, int *slot, int lo, int hi)
{
    if (!node_value(b->ld, n, f)) return;
    int v = build_int(b, n, f, *slot);
    if (v < lo || v > hi) ERR(b, n, "bad-value", "interviewee field '%s' must be from %d to %d, not %d", f, lo, hi, v);
    else *slot = v;
}

void build_interviewees(Build *b)
{
    Scenario *sc = b->sc;
    for (int i = 0; i < b->ld->node_count; i++) {
        const Node *n = &b->ld->nodes[i];
        if (n->kind != NODE_INTERVIEWEE || n->parent >= 0) continue;
        int p = build_resolve(b, n, "who", build_str(b, n, "who"), ENT_PERSON);
        if (p >= 0 && model_interviewee_of(sc, p) >= 0) {
            Loc first = sc->interviewees[model_interviewee_of(sc, p)].loc;
            ERR(b, n, "duplicate-id", "'%s' already has an interviewee{} at %s:%d; one per person",
                sc->people[p].id, first.file, first.line);
            continue;
        }
        Interviewee *v = &sc->interviewees[sc->interviewee_count++];
        const char *disp = build_str(b, n, "disposition");
        *v = (Interviewee){.person = p, .disposition = disp, .loc = build_loc(n),
                           .intro = build_str(b, n, "intro"), .holds_back = build_str(b, n, "holds_back"),
                           .away = build_str(b, n, "away"), .rules = interview_rules_for(disp),
                           .minutes = build_int(b, n, "minutes", INTERVIEW_DEFAULT_MINUTES),
                           .available_from = build_int(b, n, "available_from", -1),
                           .available_until = build_int(b, n, "available_until", -1),
                           .hours_from = -1, .hours_to = -1};
        const char *hours = build_str(b, n, "hours");
        if (hours && !interview_parse_hours(hours, &v->hours_from, &v->hours_to))
            ERR(b, n, "bad-value", "interviewee hours \"%.40s\" should be \"HH:MM-HH:MM\" in their own time "
                "zone, two different times, e.g. \"09:00-17:30\" (or \"22:00-06:00\" for a night shift)", hours);
        if (v->minutes < 1 || v->minutes > 600)
            ERR(b, n, "bad-value", "interviewee minutes must be from 1 to 600, not %d", v->minutes);
        rule(b, n, "candor", &v->rules.start, 0, 100);
        rule(b, n, "open", &v->rules.open, -100, 100);
        rule(b, n, "closed", &v->rules.closed, -100, 100);
        rule(b, n, "leading", &v->rules.leading, -100, 100);
        rule(b, n, "blaming", &v->rules.blaming, -100, 100);
        rule(b, n, "counterfactual", &v->rules.counterfactual, -100, 100);
        if (p < 0) sc->interviewee_count--;
    }
}

/* The interviewee a person id names, or -1 with a message saying why. */
int build_interviewee_ref(Build *b, const Node *n, const char *field, const char *id)
{
    int p = build_resolve(b, n, field, id, ENT_PERSON);
    if (p < 0) return -1;
    int iv = model_interviewee_of(b->sc, p);
    if (iv < 0)
        ERR(b, n, "dangling-ref", "%s '%s': no interviewee{ who = \"%s\" } makes them available for "
            "interviews", field, id, id);
    return iv;
}

void build_fact(Build *b, const Node *n, Fact *f)
{
    f->text = build_str(b, n, "text");
    f->person = build_resolve(b, n, "who", build_str(b, n, "who"), ENT_PERSON);
    f->at = build_time(b, n, "at");
}

/* Replay must not depend on running the scenario's Lua, so the conditions
 * that open questions are data only. */
static bool cond_is_data(const Scenario *sc, int c)
{
    if (c < 0) return true;
    if (sc->conds[c].kind == COND_FUNCTION) return false;
    for (int i = 0; i < sc->conds[c].children.n; i++)
        if (!cond_is_data(sc, sc->conds[c].children.v[i])) return false;
    return true;
}

static int by_candor_desc(const void *a, const void *b)
{
    const Answer *x = a, *y = b;
    return (y->min_candor > x->min_candor) - (y->min_candor < x->min_candor);
}

int build_data_cond(Build *b, const Node *n, const char *field, const char *what, const char *id)
{
    const Value *w = node_value(b->ld, n, field);
    if (!w) return -1;
    if (w->set == 2) {
        ERR(b, n, "bad-value", "%s '%s': '%s' must be a condition such as learned\"f\" or pinned\"i\", not "
            "a function: a replay cannot run Lua", what, id, field);
        return -1;
    }
    int c = build_cond_node(b, w->u.node);
    if (!cond_is_data(b->sc, c))
        ERR(b, n, "bad-value", "%s '%s': its condition uses a function; use data conditions only", what, id);
    return c;
}

void build_question(Build *b, const Node *n, Question *q)
{
    q->text = build_str(b, n, "text");
    q->interviewee = build_interviewee_ref(b, n, "who", build_str(b, n, "who"));
    const char *kind = build_str(b, n, "kind");
    if (kind) model_question_kind_parse(kind, &q->kind);
    q->cond = build_data_cond(b, n, "when", "question", q->id);
    q->answers = arena_alloc(&b->sc->arena, sizeof *q->answers * (size_t)(n->child_count + 1));
    for (int i = 0; i < n->child_count; i++) {
        const Node *c = &b->ld->nodes[n->children[i]];
        Answer *a = &q->answers[q->answer_count++];
        a->min_candor = build_int(b, c, "candor", 0);
        a->text = build_str(b, c, "text");
        a->facts = build_resolve_list(b, c, "reveals", ENT_FACT);
        if (a->min_candor < 0 || a->min_candor > 100)
            ERR(b, c, "bad-value", "answer candor must be from 0 to 100, not %d", a->min_candor);
    }
    if (!q->answer_count)
        WARN(b, n, "missing-field", "question '%s' has no answer{}; the person will only ever deflect", q->id);
    /* a stable sort: equal thresholds keep their written order */
    for (int i = 0; i < q->answer_count; i++) q->answers[i].min_candor = q->answers[i].min_candor * 1024 + (1023 - i);
    qsort(q->answers, (size_t)q->answer_count, sizeof *q->answers, by_candor_desc);
    for (int i = 0; i < q->answer_count; i++) q->answers[i].min_candor /= 1024;
}

/* A fact no answer reveals can never be learned: say so where it is. */
void build_check_facts(Build *b)
{
    const Scenario *sc = b->sc;
    char *revealed = calloc((size_t)sc->fact_count + 1, 1);
    for (int q = 0; q < sc->question_count; q++)
        for (int a = 0; a < sc->questions[q].answer_count; a++)
            for (int k = 0; k < sc->questions[q].answers[a].facts.n; k++)
                revealed[sc->questions[q].answers[a].facts.v[k]] = 1;
    for (int f = 0; f < sc->fact_count; f++)
        if (!revealed[f])
            diags_add(b->ld->diags, DIAG_WARNING, "unreachable", sc->facts[f].loc.file, sc->facts[f].loc.line,
                      "fact '%s' is revealed by no answer{}, so nobody can learn it", sc->facts[f].id);
    free(revealed);
}
