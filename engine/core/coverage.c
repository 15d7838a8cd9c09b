/* coverage.c: static reachability of a scenario's content (coverage.h). */
#include <stdlib.h>
#include <string.h>
#include "coverage.h"
#include "interview.h"
#include "rubric.h"

typedef struct Reach {
    const Scenario *sc;
    const Coverage *cov;
    bool opaque;         /* met a Lua function on the way */
    int depth;
} Reach;

static int popcount(SignalSet s)
{
    int n = 0;
    for (; s; s &= s - 1) n++;
    return n;
}

/* Some minute lies in their window and their working hours. */
static bool can_ask(const Scenario *sc, int iv)
{
    return interview_next_available(sc, iv, 0) >= 0;
}

static int max_candor(const Interviewee *v)
{
    if (v->rules.open > 0) return 100;
    int first = v->rules.start + v->rules.open + INTERVIEW_RAPPORT;
    return interview_candor_clamp(first > v->rules.start ? first : v->rules.start);
}

static bool interviewed(const Reach *r, int iv)
{
    for (int q = 0; q < r->sc->question_count; q++)
        if (r->sc->questions[q].interviewee == iv && r->cov->question[q]) return true;
    return false;
}

static bool evidence_ok(const Reach *r, Entity e)
{
    return e.type != ENT_FACT || r->cov->fact[e.index];
}

static bool can_hold(Reach *r, int cond);

static bool children_hold(Reach *r, const Cond *c)
{
    int met = 0;
    for (int i = 0; i < c->children.n; i++) met += can_hold(r, c->children.v[i]);
    switch (c->kind) {
    case COND_ALL: return met == c->children.n;
    case COND_ANY: return met > 0;
    case COND_AT_LEAST: return met >= c->n;
    default: return true;   /* none{}: leave it undone */
    }
}

static bool can_hold(Reach *r, int cond)
{
    const Scenario *sc = r->sc;
    if (cond < 0) return true;
    if (cond >= sc->cond_count || r->depth > 64) return false;   /* a cycle never holds */
    const Cond *c = &sc->conds[cond];
    bool ok = true;
    r->depth++;
    switch (c->kind) {
    case COND_ALL: case COND_ANY: case COND_NONE: case COND_AT_LEAST: ok = children_hold(r, c); break;
    case COND_FUNCTION: r->opaque = true; break;
    case COND_SIGNAL: ok = c->target >= 0 && (sc->own_signals >> c->target & 1u); break;
    case COND_SIGNALS_NAMED: ok = c->target >= 0 && popcount(sc->cases[c->target].signals) >= c->n; break;
    case COND_INTERVIEWED: ok = c->target >= 0 && interviewed(r, c->target); break;
    case COND_CANDOR:
        ok = c->target >= 0 && interviewed(r, c->target) && max_candor(&sc->interviewees[c->target]) >= c->n;
        break;
    case COND_ASKED: ok = c->target >= 0 && r->cov->question[c->target]; break;
    case COND_LEARNED: ok = c->target >= 0 && r->cov->fact[c->target]; break;
    case COND_SURFACED:
        ok = sc->attendee_count > 0 && c->target >= 0 && sc->insights[c->target].attendee >= 0;
        break;
    case COND_REDIRECTED: case COND_PARKED:
        ok = sc->attendee_count > 0 && c->target >= 0 && sc->mevents[c->target].attendee >= 0 &&
             can_hold(r, sc->mevents[c->target].cond);
        break;
    case COND_GROUND_RULES: case COND_TALK_BALANCE: case COND_WITHIN_TIME: ok = sc->attendee_count > 0; break;
    case COND_FACTOR:
        ok = c->evidence_count == 0;
        for (int i = 0; i < c->evidence_count; i++) ok = ok || evidence_ok(r, c->evidence[i]);
        break;
    case COND_LINKED: ok = c->n <= ACTION_MAX_FACTORS; break;
    default: break;   /* evidence, triage decisions and the written report: the participant's to do */
    }
    r->depth--;
    return ok;
}

/* One pass: what is reachable given what was before; true if it grew. */
static bool grow(const Scenario *sc, Coverage *cov)
{
    bool grew = false;
    for (int q = 0; q < sc->question_count; q++) {
        const Question *qu = &sc->questions[q];
        Reach r = {sc, cov, false, 0};
        if (cov->question[q] || qu->interviewee < 0 || !can_ask(sc, qu->interviewee) || !can_hold(&r, qu->cond))
            continue;
        cov->question[q] = grew = true;
        int top = max_candor(&sc->interviewees[qu->interviewee]);
        for (int a = 0; a < qu->answer_count; a++)
            if (qu->answers[a].min_candor <= top)
                for (int k = 0; k < qu->answers[a].facts.n; k++) cov->fact[qu->answers[a].facts.v[k]] = true;
    }
    return grew;
}

void coverage_compute(const Scenario *sc, Coverage *out)
{
    memset(out, 0, sizeof *out);
    out->question = xcalloc((size_t)sc->question_count + 1, sizeof *out->question);
    out->fact = xcalloc((size_t)sc->fact_count + 1, sizeof *out->fact);
    out->criterion = xcalloc((size_t)sc->criterion_count + 1, sizeof *out->criterion);
    out->opaque = xcalloc((size_t)sc->criterion_count + 1, sizeof *out->opaque);
    out->candor = xcalloc((size_t)sc->interviewee_count + 1, sizeof *out->candor);
    for (int i = 0; i < sc->interviewee_count; i++) out->candor[i] = max_candor(&sc->interviewees[i]);
    while (grow(sc, out)) {}
    int cap = 0;
    for (int i = 0; i < sc->criterion_count; i++) {
        Reach r = {sc, out, false, 0};
        out->criterion[i] = can_hold(&r, sc->criteria[i].cond);
        out->opaque[i] = r.opaque;
        Entity ev[256];
        int n = rubric_evidence(sc, i, ev, 256);
        for (int k = 0; k < n && k < 256; k++) {
            if (ev[k].type != ENT_ITEM && ev[k].type != ENT_FACT) continue;
            bool seen = false;
            for (int j = 0; j < out->evidence_count && !seen; j++)
                seen = out->evidence[j].type == ev[k].type && out->evidence[j].index == ev[k].index;
            if (seen) continue;
            if (out->evidence_count == cap) {
                cap = cap ? cap * 2 : 32;
                out->evidence = xrealloc(out->evidence, sizeof *out->evidence * (size_t)cap);
                out->evidence_ok = xrealloc(out->evidence_ok, sizeof *out->evidence_ok * (size_t)cap);
            }
            out->evidence_ok[out->evidence_count] = evidence_ok(&r, ev[k]);
            out->evidence[out->evidence_count++] = ev[k];
        }
    }
}

void coverage_free(Coverage *c)
{
    free(c->question);
    free(c->fact);
    free(c->criterion);
    free(c->opaque);
    free(c->candor);
    free(c->evidence);
    free(c->evidence_ok);
    memset(c, 0, sizeof *c);
}
