/* rubric.c: evaluating a scenario's conditions against a session, and
 * scoring its criteria into totals (rubric_result.c writes them out). */
#include <assert.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "coach.h"
#include "rubric.h"

enum { EVAL_UNSEEN, EVAL_BUSY, EVAL_DONE };

/* One evaluation: results are remembered per condition, so a condition
 * shared by many parents runs once and a cycle is caught, not followed. */
typedef struct Eval {
    const Session *s;
    const CondHost *host;
    unsigned char *state;
    signed char *value;
    char *err;
    size_t errsize;
    bool failed;
} Eval;

static int eval_cond(Eval *ev, int i);

/* Records the first problem only: the first is the one to fix. */
__attribute__((format(printf, 3, 4)))
static int eval_error(Eval *ev, const Cond *c, const char *fmt, ...)
{
    if (ev->failed) return -1;
    ev->failed = true;
    if (!ev->err || !ev->errsize) return -1;
    int n = 0;
    if (c && c->loc.file) n = snprintf(ev->err, ev->errsize, "%s:%d: ", c->loc.file, c->loc.line);
    if (n < 0 || (size_t)n >= ev->errsize) return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ev->err + n, ev->errsize - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

static const Pin *target_pin(Eval *ev, const Cond *c)
{
    if (c->target < 0 || c->target >= ev->s->sc->item_count) {
        eval_error(ev, c, "condition has no valid target item (%d)", c->target);
        return NULL;
    }
    return &ev->s->pins[c->target];
}

static bool ascii_equal_nocase(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
    return *a == *b;
}

static bool pin_has_tag(const Pin *p, const char *tag)
{
    if (!p->pinned) return false;
    for (int i = 0; i < p->tag_count; i++)
        if (ascii_equal_nocase(p->tags[i], tag)) return true;
    return false;
}

static bool text_has_content(const char *s)
{
    for (; s && *s; s++)
        if (!isspace((unsigned char)*s)) return true;
    return false;
}

static int eval_opened(Eval *ev, const Cond *c)
{
    if (c->target < 0 || c->target >= ev->s->sc->source_count)
        return eval_error(ev, c, "condition has no valid target source (%d)", c->target);
    return ev->s->opened[c->target];
}

static int eval_marked(Eval *ev, const Cond *c)
{
    const Pin *p = target_pin(ev, c);
    if (!p) return -1;
    if (!p->pinned) return 0;
    return c->marker == MARKER_NONE ? p->marker != MARKER_NONE : p->marker == c->marker;
}

static int eval_tagged(Eval *ev, const Cond *c)
{
    if (!c->tag) return eval_error(ev, c, "tagged condition has no tag");
    if (c->target >= 0) {
        const Pin *p = target_pin(ev, c);
        return p ? pin_has_tag(p, c->tag) : -1;
    }
    for (int i = 0; i < ev->s->sc->item_count; i++)
        if (pin_has_tag(&ev->s->pins[i], c->tag)) return 1;
    return 0;
}

static bool field_mentions(const char *text, const StrList *words)
{
    for (int i = 0; i < words->n; i++)
        if (text_contains_word(text, words->v[i])) return true;
    return false;
}

static int eval_mentions(Eval *ev, const Cond *c)
{
    if (c->field < -1 || c->field >= REPORT_FIELD_COUNT)
        return eval_error(ev, c, "mentions condition has no valid report field (%d)", c->field);
    for (int f = 0; f < REPORT_FIELD_COUNT; f++)
        if ((c->field < 0 || c->field == f) && field_mentions(ev->s->report[f], &c->words))
            return 1;
    return 0;
}

/* Every child is evaluated, even after the answer is known, so that a
 * broken function condition always shows up instead of only sometimes. */
static int eval_children(Eval *ev, const Cond *c)
{
    int met = 0;
    bool broken = false;
    for (int i = 0; i < c->children.n; i++) {
        int v = eval_cond(ev, c->children.v[i]);
        if (v < 0) broken = true;
        else met += v;
    }
    if (broken) return -1;
    switch (c->kind) {
    case COND_ALL: return met == c->children.n;
    case COND_ANY: return met > 0;
    case COND_NONE: return met == 0;
    default: return met >= c->n;   /* COND_AT_LEAST */
    }
}

static int popcount(SignalSet s)
{
    int n = 0;
    for (; s; s &= s - 1) n++;
    return n;
}

/* Triage conditions: a decision, a signal named, and naming judged
 * against the signals the case really shows (computed at load). */
static int eval_triage(Eval *ev, const Cond *c)
{
    const Scenario *sc = ev->s->sc;
    if (c->target < 0 || c->target >= sc->case_count)
        return eval_error(ev, c, "condition has no valid triage case (%d)", c->target);
    const Triage *t = &ev->s->triage[c->target];
    SignalSet present = sc->cases[c->target].signals;
    switch (c->kind) {
    case COND_TRIAGED: return t->decided && t->review == (c->n != 0);
    case COND_NAMED:
        if (c->field < 0 || c->field >= SIGNAL_KIND_COUNT)
            return eval_error(ev, c, "named condition has no valid signal (%d)", c->field);
        return t->decided && (t->signals >> c->field & 1u);
    default:   /* COND_SIGNALS_NAMED */
        return t->decided && (t->signals & ~present) == 0 && popcount(t->signals) >= c->n;
    }
}

/* Interview conditions: whom, what was asked and learned, candor kept. */
static int eval_interview(Eval *ev, const Cond *c)
{
    const Scenario *sc = ev->s->sc;
    const Session *s = ev->s;
    int n = c->kind == COND_ASKED ? sc->question_count : c->kind == COND_LEARNED ? sc->fact_count
                                                                                 : sc->interviewee_count;
    if (c->target < 0 || c->target >= n)
        return eval_error(ev, c, "%s condition has no valid target (%d)",
                          c->kind == COND_ASKED ? "asked" : c->kind == COND_LEARNED ? "learned" : "interview",
                          c->target);
    switch (c->kind) {
    case COND_CHOSEN: return s->interviews[c->target].chosen;
    case COND_INTERVIEWED: return s->interviews[c->target].asked > 0;
    case COND_ASKED: return s->asked[c->target];
    case COND_LEARNED: return s->learned_from[c->target] >= 0;
    default: return s->interviews[c->target].asked > 0 && s->interviews[c->target].candor >= c->n;
    }
}

/* Meeting conditions: what surfaced, how blame and fixes were handled,
 * rules, balance and time. */
static int eval_meeting(Eval *ev, const Cond *c)
{
    const Scenario *sc = ev->s->sc;
    const MeetingState *m = &ev->s->meeting;
    switch (c->kind) {
    case COND_SURFACED:
        if (c->target < 0 || c->target >= sc->insight_count)
            return eval_error(ev, c, "surfaced condition has no valid insight (%d)", c->target);
        return m->surfaced[c->target] >= 0;
    case COND_REDIRECTED: case COND_PARKED:
        if (c->target < 0 || c->target >= sc->mevent_count)
            return eval_error(ev, c, "condition has no valid meeting event (%d)", c->target);
        return m->events[c->target] == MEVENT_HANDLED;
    case COND_GROUND_RULES: return m->ground_rules;
    case COND_TALK_BALANCE: return m->started && meeting_top_share(sc, m) <= c->n;
    default: return m->ended && m->minutes <= sc->meeting_minutes + c->n;   /* COND_WITHIN_TIME */
    }
}

/* Flagged phrases across the report (the calibration note included). */
static int eval_flagged(Eval *ev, const Cond *c)
{
    int n = 0;
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) n += coach_scan(ev->s->sc, ev->s->report[f], NULL, 0);
    return n <= c->n;
}

/* ---- the report's structure ---- */

static bool factor_links(const Factor *f, const Cond *c)
{
    if (!c->evidence_count) return true;
    for (int i = 0; i < f->evidence_count; i++)
        for (int k = 0; k < c->evidence_count; k++)
            if (f->evidence[i].type == c->evidence[k].type && f->evidence[i].index == c->evidence[k].index)
                return true;
    return false;
}

/* A word is a run of non-space bytes holding a letter or a digit, so "-"
 * and "..." pad nothing. */
static int count_words(const char *s)
{
    int n = 0;
    while (s && *s) {
        while (*s && isspace((unsigned char)*s)) s++;
        bool word = false;
        for (; *s && !isspace((unsigned char)*s); s++) word = word || isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80;
        n += word;
    }
    return n;
}

static int eval_ordered(Eval *ev, const Cond *c)
{
    const Session *s = ev->s;
    for (int k = 0; k < c->evidence_count; k++)
        if (c->evidence[k].type != ENT_ITEM || !s->pins[c->evidence[k].index].pinned) return 0;
    int *items = xcalloc((size_t)s->pin_count + 1, sizeof *items), n = session_timeline(s, items);
    int found = 0;
    for (int i = 0; i < n && found < c->evidence_count; i++)
        if (items[i] == c->evidence[found].index) found++;
    free(items);
    return found == c->evidence_count;
}

static int eval_report(Eval *ev, const Cond *c)
{
    const Session *s = ev->s;
    int n = 0;
    switch (c->kind) {
    case COND_FACTOR:
        for (int i = 0; i < s->factor_count; i++)
            if ((!c->words.n || field_mentions(s->factors[i].text, &c->words)) && factor_links(&s->factors[i], c))
                return 1;
        return 0;
    case COND_LINKED:
        for (int i = 0; i < s->factor_count; i++) n += s->factors[i].evidence_count > 0;
        return n >= c->n;
    case COND_WRITTEN:
        if (c->field < 0 || c->field >= REPORT_FIELD_COUNT)
            return eval_error(ev, c, "written condition has no valid report field (%d)", c->field);
        return count_words(s->report[c->field]) >= c->n;
    default: return eval_ordered(ev, c);   /* COND_ORDERED */
    }
}

static int eval_function(Eval *ev, const Cond *c)
{
    const CondHost *h = ev->host;
    if (!h || !h->eval_function)
        return eval_error(ev, c, "function condition cannot run without a script host");
    char why[256] = "";
    int v = h->eval_function(h->ud, c->fn_ref, ev->s, why, sizeof why);
    if (v == 0 || v == 1) return v;
    if (v == -1) return eval_error(ev, c, "function condition failed: %s", why[0] ? why : "?");
    return eval_error(ev, c, "function condition host returned %d", v);
}

static int eval_kind(Eval *ev, const Cond *c)
{
    const Pin *p;
    switch (c->kind) {
    case COND_PINNED: return (p = target_pin(ev, c)) ? p->pinned : -1;
    case COND_OPENED: return eval_opened(ev, c);
    case COND_MARKED: return eval_marked(ev, c);
    case COND_TAGGED: return eval_tagged(ev, c);
    case COND_NOTED: return (p = target_pin(ev, c)) ? p->pinned && text_has_content(p->note) : -1;
    case COND_MENTIONS: return eval_mentions(ev, c);
    case COND_ALL: case COND_ANY: case COND_NONE: case COND_AT_LEAST:
        return eval_children(ev, c);
    case COND_FUNCTION: return eval_function(ev, c);
    case COND_SIGNAL:
        if (c->target < 0 || c->target >= SIGNAL_KIND_COUNT)
            return eval_error(ev, c, "signal condition has no valid signal (%d)", c->target);
        return (int)(ev->s->sc->own_signals >> c->target & 1u);
    case COND_TRIAGED: case COND_NAMED: case COND_SIGNALS_NAMED: return eval_triage(ev, c);
    case COND_CHOSEN: case COND_INTERVIEWED: case COND_ASKED: case COND_LEARNED: case COND_CANDOR:
        return eval_interview(ev, c);
    case COND_SURFACED: case COND_REDIRECTED: case COND_PARKED: case COND_GROUND_RULES:
    case COND_TALK_BALANCE: case COND_WITHIN_TIME:
        return eval_meeting(ev, c);
    case COND_FLAGGED: return eval_flagged(ev, c);
    case COND_FACTOR: case COND_LINKED: case COND_WRITTEN: case COND_ORDERED: return eval_report(ev, c);
    default: return eval_error(ev, c, "unknown condition kind %d", (int)c->kind);
    }
}

static int eval_cond(Eval *ev, int i)
{
    const Scenario *sc = ev->s->sc;
    if (i < 0 || i >= sc->cond_count) return eval_error(ev, NULL, "no condition %d", i);
    if (ev->state[i] == EVAL_DONE) return ev->value[i];
    if (ev->state[i] == EVAL_BUSY)
        return eval_error(ev, &sc->conds[i], "condition contains itself (a cycle)");
    ev->state[i] = EVAL_BUSY;
    int v = eval_kind(ev, &sc->conds[i]);
    ev->state[i] = EVAL_DONE;
    ev->value[i] = (signed char)v;
    return v;
}

int cond_eval(const Session *s, int cond, const CondHost *host, char *err, size_t errsize)
{
    int n = s->sc->cond_count;
    Eval ev = {s, host, xcalloc((size_t)n, 1), xcalloc((size_t)n, 1), err, errsize, false};
    if (err && errsize) err[0] = 0;
    int v = eval_cond(&ev, cond);
    free(ev.state);
    free(ev.value);
    return ev.failed ? -1 : v;
}

double rubric_percent(int earned, int possible)
{
    if (possible <= 0) return 0;
    long long num = 1000LL * earned, half = possible / 2;
    long long tenths = num >= 0 ? (num + half) / possible : -((-num + half) / possible);
    return (double)tenths / 10.0;
}

/* The share of a group condition's children that hold, as points. A
 * none{} child holds on an empty report, so it only counts once something
 * else in the group holds: an empty answer earns nothing. */
static int partial_points(const Session *s, const Criterion *c, const CondHost *host)
{
    const Cond *cd = &s->sc->conds[c->cond];
    int need = cd->kind == COND_ALL ? cd->children.n : cd->kind == COND_AT_LEAST ? cd->n
             : cd->kind == COND_ANY ? 1 : 0;
    if (need <= 0) return 0;
    int met = 0, positive = 0;
    char err[128];
    for (int k = 0; k < cd->children.n; k++) {
        int child = cd->children.v[k];
        bool held = cond_eval(s, child, host, err, sizeof err) == 1;
        met += held;
        positive += held && s->sc->conds[child].kind != COND_NONE;
    }
    if (!positive) return 0;
    if (met > need) met = need;
    return c->points * met / need;
}

static double weighted_total(const Scenario *sc, const Score *out)
{
    long long num = 0, den = 0;   /* in thousandths of a percent, to round once */
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        if (!sc->weights[c] || !out->cat_possible[c]) continue;
        num += (long long)sc->weights[c] * 100000 * out->cat_earned[c] / out->cat_possible[c];
        den += sc->weights[c];
    }
    if (!den) return 0;
    long long hundredths = (num / den + 50) / 100;   /* tenths of a percent */
    return (double)hundredths / 10.0;
}

void rubric_score(const Session *s, const CondHost *host, Score *out)
{
    const Scenario *sc = s->sc;
    memset(out, 0, sizeof *out);
    out->count = sc->criterion_count;
    out->criteria = xcalloc((size_t)out->count, sizeof *out->criteria);
    for (int i = 0; i < sc->criterion_count; i++) {
        const Criterion *c = &sc->criteria[i];
        CriterionScore *cs = &out->criteria[i];
        char err[512];
        int v = cond_eval(s, c->cond, host, err, sizeof err);
        cs->met = v == 1;
        cs->earned = cs->met ? c->points : 0;
        if (v == 0 && c->partial) cs->earned = partial_points(s, c, host);
        cs->hinted = s->hinted[i];
        if (cs->hinted) cs->earned = cs->earned > c->hint_cost ? cs->earned - c->hint_cost : 0;
        if (v < 0) cs->error = xstrdup(err);
        out->earned += cs->earned;
        out->possible += c->points;
        assert((unsigned)c->category < CATEGORY_COUNT);
        out->cat_earned[c->category] += cs->earned;
        out->cat_possible[c->category] += c->points;
    }
    bool weighted = false;
    for (int c = 0; c < CATEGORY_COUNT; c++) weighted = weighted || sc->weights[c];
    out->total = weighted ? weighted_total(sc, out) : rubric_percent(out->earned, out->possible);
}

void score_destroy(Score *sc)
{
    for (int i = 0; i < sc->count; i++) free(sc->criteria[i].error);
    free(sc->criteria);
    memset(sc, 0, sizeof *sc);
}
