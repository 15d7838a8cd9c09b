/* rubric_result.c: a scored session as the result JSON that play and
 * score write (criteria, categories, triage, interviews, the meeting) and
 * as the text they print. */
#include <assert.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "coach.h"
#include "rubric.h"

static void add_string(cJSON *o, const char *key, const char *value)
{
    cJSON_AddStringToObject(o, key, value ? value : "");
}

/* A category is shown when it has criteria, even if they are worth 0. */
static void categories_used(const Scenario *sc, bool used[CATEGORY_COUNT])
{
    memset(used, 0, CATEGORY_COUNT * sizeof *used);
    for (int i = 0; i < sc->criterion_count; i++)
        if ((unsigned)sc->criteria[i].category < CATEGORY_COUNT)
            used[sc->criteria[i].category] = true;
}

static cJSON *categories_json(const Scenario *sc, const Score *score)
{
    bool used[CATEGORY_COUNT];
    categories_used(sc, used);
    cJSON *cats = cJSON_CreateObject();
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        if (!used[c]) continue;
        cJSON *o = cJSON_AddObjectToObject(cats, model_category_name((Category)c));
        cJSON_AddNumberToObject(o, "earned", score->cat_earned[c]);
        cJSON_AddNumberToObject(o, "possible", score->cat_possible[c]);
        cJSON_AddNumberToObject(o, "score",
                                rubric_percent(score->cat_earned[c], score->cat_possible[c]));
    }
    return cats;
}

static void evidence_add(Entity e, Entity *out, int max, int *n)
{
    if (e.index < 0) return;
    for (int i = 0; i < *n && i < max; i++)
        if (out[i].type == e.type && out[i].index == e.index) return;
    if (*n < max) out[*n] = e;
    (*n)++;
}

static void evidence_walk(const Scenario *sc, int cond, unsigned char *seen, Entity *out, int max, int *n)
{
    if (cond < 0 || cond >= sc->cond_count || seen[cond]) return;
    seen[cond] = 1;
    const Cond *c = &sc->conds[cond];
    switch (c->kind) {
    case COND_PINNED: case COND_NOTED: case COND_MARKED: case COND_TAGGED:
        evidence_add((Entity){ENT_ITEM, c->target}, out, max, n); break;
    case COND_OPENED: evidence_add((Entity){ENT_SOURCE, c->target}, out, max, n); break;
    case COND_ASKED: evidence_add((Entity){ENT_QUESTION, c->target}, out, max, n); break;
    case COND_LEARNED: evidence_add((Entity){ENT_FACT, c->target}, out, max, n); break;
    case COND_FACTOR: case COND_ORDERED:
        for (int i = 0; i < c->evidence_count; i++) evidence_add(c->evidence[i], out, max, n);
        break;
    default:
        for (int i = 0; i < c->children.n; i++) evidence_walk(sc, c->children.v[i], seen, out, max, n);
    }
}

int rubric_cond_evidence(const Scenario *sc, int cond, Entity *out, int max)
{
    unsigned char *seen = xcalloc((size_t)sc->cond_count + 1, 1);
    int n = 0;
    evidence_walk(sc, cond, seen, out, max, &n);
    free(seen);
    return n;
}

int rubric_evidence(const Scenario *sc, int criterion, Entity *out, int max)
{
    assert(criterion >= 0 && criterion < sc->criterion_count);
    return rubric_cond_evidence(sc, sc->criteria[criterion].cond, out, max);
}

static cJSON *criterion_json(const Scenario *sc, int i, const CriterionScore *cs)
{
    const Criterion *c = &sc->criteria[i];
    cJSON *o = cJSON_CreateObject();
    add_string(o, "id", c->id);
    add_string(o, "title", c->title);
    add_string(o, "category", model_category_name(c->category));
    cJSON_AddNumberToObject(o, "points", c->points);
    cJSON_AddNumberToObject(o, "earned", cs->earned);
    cJSON_AddBoolToObject(o, "met", cs->met);
    add_string(o, "feedback", cs->met ? c->met : c->missed);
    if (cs->hinted) cJSON_AddNumberToObject(o, "hint_cost", c->hint_cost);
    if (cs->error) add_string(o, "error", cs->error);
    Entity ev[64];
    int n = rubric_evidence(sc, i, ev, 64);
    cJSON *list = cJSON_AddArrayToObject(o, "evidence");
    for (int k = 0; k < n && k < 64; k++) cJSON_AddItemToArray(list, cJSON_CreateString(model_entity_id(sc, ev[k])));
    return o;
}

static cJSON *signals_names(SignalSet set)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < SIGNAL_KIND_COUNT; k++)
        if (set >> k & 1u) cJSON_AddItemToArray(a, cJSON_CreateString(model_signal_name((SignalKind)k)));
    return a;
}

/* Each case with what it shows and what the participant decided, so a
 * debrief can put the two side by side. */
static cJSON *triage_json(const Session *s)
{
    cJSON *list = cJSON_CreateArray();
    for (int i = 0; i < s->sc->case_count; i++) {
        const TriageCase *c = &s->sc->cases[i];
        const Triage *t = &s->triage[i];
        cJSON *o = cJSON_CreateObject();
        add_string(o, "case", c->id);
        cJSON_AddBoolToObject(o, "own", c->own);
        cJSON_AddItemToObject(o, "present", signals_names(c->signals));
        if (t->decided) cJSON_AddBoolToObject(o, "review", t->review);
        else cJSON_AddNullToObject(o, "review");
        cJSON_AddItemToObject(o, "named", signals_names(t->signals));
        cJSON_AddItemToArray(list, o);
    }
    return list;
}

/* Each interviewee: chosen, questions by kind and in order, candor, facts learned. */
static cJSON *interviews_json(const Session *s)
{
    const Scenario *sc = s->sc;
    cJSON *list = cJSON_CreateArray();
    for (int i = 0; i < sc->interviewee_count; i++) {
        const InterviewState *st = &s->interviews[i];
        int person = sc->interviewees[i].person;
        cJSON *o = cJSON_CreateObject();
        add_string(o, "person", sc->people[person].id);
        cJSON_AddBoolToObject(o, "chosen", st->chosen);
        cJSON_AddNumberToObject(o, "asked", st->asked);
        cJSON_AddNumberToObject(o, "candor", st->candor);
        cJSON *kinds = cJSON_AddObjectToObject(o, "kinds");
        for (int k = 0; k < QUESTION_KIND_COUNT; k++)
            if (st->by_kind[k]) cJSON_AddNumberToObject(kinds, model_question_kind_name((QuestionKind)k), st->by_kind[k]);
        cJSON *asked = cJSON_AddArrayToObject(o, "questions");   /* in the order asked; typed ones as typed */
        for (int t = 0; t < s->turn_count; t++) {
            const InterviewTurn *turn = &s->turns[t];
            if (turn->interviewee != i) continue;
            cJSON_AddItemToArray(asked, cJSON_CreateString(turn->question >= 0 ? sc->questions[turn->question].id
                                                                               : turn->typed ? turn->typed : ""));
        }
        cJSON *learned = cJSON_AddArrayToObject(o, "learned");
        for (int f = 0; f < sc->fact_count; f++)
            if (sc->facts[f].person == person && s->learned_from[f] >= 0)
                cJSON_AddItemToArray(learned, cJSON_CreateString(sc->facts[f].id));
        cJSON_AddItemToArray(list, o);
    }
    return list;
}

/* The meeting as the debrief reads it: time, safety, talk, what came out,
 * how each event was met. */
static cJSON *meeting_json(const Session *s)
{
    const Scenario *sc = s->sc;
    const MeetingState *m = &s->meeting;
    static const char *const states[] = {"not_yet", "pending", "handled", "missed"};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddBoolToObject(o, "started", m->started);
    cJSON_AddBoolToObject(o, "ended", m->ended);
    cJSON_AddNumberToObject(o, "minutes", m->minutes);
    cJSON_AddNumberToObject(o, "time_box", sc->meeting_minutes);
    cJSON_AddNumberToObject(o, "safety", m->safety);
    cJSON_AddNumberToObject(o, "top_share", meeting_top_share(sc, m));
    cJSON *talk = cJSON_AddObjectToObject(o, "talk_seconds");
    for (int a = 0; a < sc->attendee_count; a++)
        cJSON_AddNumberToObject(talk, sc->people[sc->attendees[a].person].id, m->talk[a]);
    cJSON *surfaced = cJSON_AddArrayToObject(o, "surfaced");
    for (int i = 0; i < sc->insight_count; i++)
        if (m->surfaced[i] >= 0) cJSON_AddItemToArray(surfaced, cJSON_CreateString(sc->insights[i].id));
    cJSON *events = cJSON_AddObjectToObject(o, "events");
    for (int e = 0; e < sc->mevent_count; e++) cJSON_AddStringToObject(events, sc->mevents[e].id, states[m->events[e]]);
    return o;
}

cJSON *rubric_result_json(const Session *s, const Score *score)
{
    const Scenario *sc = s->sc;
    assert(score->count == sc->criterion_count);
    cJSON *o = cJSON_CreateObject();
    add_string(o, "scenario", sc->meta.id);
    add_string(o, "title", sc->meta.title);
    cJSON_AddNumberToObject(o, "score", score->total);
    cJSON_AddNumberToObject(o, "earned", score->earned);
    cJSON_AddNumberToObject(o, "possible", score->possible);
    cJSON_AddItemToObject(o, "categories", categories_json(sc, score));
    cJSON *list = cJSON_AddArrayToObject(o, "criteria");
    for (int i = 0; i < sc->criterion_count; i++)
        cJSON_AddItemToArray(list, criterion_json(sc, i, &score->criteria[i]));
    cJSON_AddNumberToObject(o, "clock_minutes", s->clock);
    cJSON_AddNumberToObject(o, "actions", s->action_count);
    cJSON_AddNumberToObject(o, "pinned", s->pin_count);
    if (s->sc->case_count) cJSON_AddItemToObject(o, "triage", triage_json(s));
    if (s->sc->interviewee_count) {
        cJSON_AddItemToObject(o, "interviews", interviews_json(s));
        cJSON_AddNumberToObject(o, "facts_learned", s->learned_count);
    }
    if (s->sc->attendee_count) cJSON_AddItemToObject(o, "meeting", meeting_json(s));
    return o;
}

void rubric_print(const Session *s, const Score *score, FILE *out)
{
    const Scenario *sc = s->sc;
    assert(score->count == sc->criterion_count);
    fprintf(out, "%s: %.1f / 100 (%d of %d points)\n",
            sc->meta.title ? sc->meta.title : "Score",
            score->total, score->earned, score->possible);
    bool used[CATEGORY_COUNT];
    categories_used(sc, used);
    for (int c = 0; c < CATEGORY_COUNT; c++)
        if (used[c])
            fprintf(out, "  %-14s %3d/%-3d %5.1f\n", model_category_name((Category)c),
                    score->cat_earned[c], score->cat_possible[c],
                    rubric_percent(score->cat_earned[c], score->cat_possible[c]));
    fputc('\n', out);
    for (int i = 0; i < sc->criterion_count; i++) {
        const Criterion *c = &sc->criteria[i];
        const CriterionScore *cs = &score->criteria[i];
        const char *feedback = cs->met ? c->met : c->missed;
        fprintf(out, "%s %s (%d/%d%s)\n", cs->met ? "[x]" : "[ ]",
                c->title ? c->title : c->id, cs->earned, c->points, cs->hinted ? ", after a hint" : "");
        if (feedback && *feedback) fprintf(out, "    %s\n", feedback);
        if (cs->error) fprintf(out, "    error: %s\n", cs->error);
    }
}
