/* session.c: the rules of a play-through. Every change to a Session goes
 * through session_apply, which checks everything before it touches state. */
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interview.h"
#include "rubric.h"
#include "session.h"
#include "session_internal.h"

/* A hundred years of in-game minutes: no real log comes near it, and it
 * keeps the clock far from int overflow whatever a save says. */
#define SESSION_CLOCK_MAX (100 * 365 * 24 * 60)
#define SESSION_CHARS_PER_MINUTE 1200

Session *session_create(const Scenario *sc)
{
    assert(sc);
    Session *s = xcalloc(1, sizeof *s);
    s->sc = sc;
    s->opened = xcalloc((size_t)sc->source_count, sizeof *s->opened);
    s->opened_at = xcalloc((size_t)sc->source_count, sizeof *s->opened_at);
    for (int i = 0; i < sc->source_count; i++) s->opened_at[i] = -1;
    s->pins = xcalloc((size_t)sc->item_count, sizeof *s->pins);
    s->triage = xcalloc((size_t)sc->case_count + 1, sizeof *s->triage);
    s->interviews = xcalloc((size_t)sc->interviewee_count + 1, sizeof *s->interviews);
    for (int i = 0; i < sc->interviewee_count; i++) s->interviews[i].candor = sc->interviewees[i].rules.start;
    s->asked = xcalloc((size_t)sc->question_count + 1, sizeof *s->asked);
    s->learned_from = xcalloc((size_t)sc->fact_count + 1, sizeof *s->learned_from);
    s->hinted = xcalloc((size_t)sc->criterion_count + 1, sizeof *s->hinted);
    meeting_init(&s->meeting, sc);
    for (int i = 0; i < sc->fact_count; i++) s->learned_from[i] = -1;
    return s;
}

static void pin_clear(Pin *p)
{
    free(p->note);
    for (int i = 0; i < p->tag_count; i++) free(p->tags[i]);
    free(p->tags);
    memset(p, 0, sizeof *p);
}

void session_destroy(Session *s)
{
    if (!s) return;
    for (int i = 0; i < s->sc->item_count; i++) pin_clear(&s->pins[i]);
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) free(s->report[f]);
    session_free_report(s);
    free(s->pins);
    free(s->triage);
    free(s->interviews);
    free(s->choose_why);
    free(s->asked);
    free(s->learned_from);
    free(s->hinted);
    for (int i = 0; i < s->turn_count; i++) free(s->turns[i].typed);
    free(s->turns);
    meeting_free(&s->meeting);
    free(s->opened);
    free(s->opened_at);
    free(s);
}

int session_read_cost(const Scenario *sc, int source)
{
    assert(source >= 0 && source < sc->source_count);
    const Source *src = &sc->sources[source];
    if (src->read_minutes >= 0) return src->read_minutes;
    long chars = model_source_text_length(sc, source);
    long minutes = (chars + SESSION_CHARS_PER_MINUTE / 2) / SESSION_CHARS_PER_MINUTE;
    if (minutes > SESSION_CLOCK_MAX) minutes = SESSION_CLOCK_MAX;
    return minutes < 1 ? 1 : (int)minutes;
}

const char *const session_entity_names[] = {
    [ENT_TEAM] = "a team", [ENT_SERVICE] = "a service", [ENT_PERSON] = "a person",
    [ENT_SOURCE] = "a source", [ENT_ITEM] = "an item", [ENT_CRITERION] = "a criterion",
    [ENT_CASE] = "a triage case", [ENT_FACT] = "a fact", [ENT_QUESTION] = "a question",
    [ENT_BEAT] = "an agenda beat", [ENT_MEVENT] = "a meeting event", [ENT_INSIGHT] = "an insight",
    [ENT_GUIDE] = "a guide step",
};

/* The source or item id closest to id within two edits, or NULL. */
static const char *nearest_id(const Scenario *sc, const char *id, EntityType type)
{
    const char *best = NULL;
    int best_d = 3;
    int n = type == ENT_SOURCE ? sc->source_count : sc->item_count;
    for (int i = 0; i < n; i++) {
        const char *cand = type == ENT_SOURCE ? sc->sources[i].id : sc->items[i].id;
        int d = text_edit_distance(id, cand, 2);
        if (d < best_d) { best = cand; best_d = d; }
    }
    return best;
}

/* Index of id as a source or item; otherwise -1 and a message that says
 * what the id names instead, or the id it was probably meant to be. */
static int find_entity(const Scenario *sc, const char *id, EntityType type,
                       char *err, size_t errsize)
{
    assert(type == ENT_SOURCE || type == ENT_ITEM);
    int i = scenario_find(sc, id, type);
    if (i >= 0) return i;
    const Entity *e = scenario_lookup(sc, id);
    const char *near = e ? NULL : nearest_id(sc, id, type);
    const char *what = type == ENT_SOURCE ? "source" : "item";
    if (e)
        error_set(err, errsize, "'%s' is %s, not %s", id, session_entity_names[e->type], session_entity_names[type]);
    else if (near)
        error_set(err, errsize, "no %s '%s' in this scenario (did you mean '%s'?)", what, id, near);
    else
        error_set(err, errsize, "no %s '%s' in this scenario", what, id);
    return -1;
}

static bool clock_can_add(const Session *s, long minutes, char *err, size_t errsize)
{
    if (s->clock + minutes > SESSION_CLOCK_MAX)
        return error_set(err, errsize, "the in-game clock cannot pass %d minutes", SESSION_CLOCK_MAX);
    return true;
}

/* Reading takes in-game time once; going back to a source is free. */
static bool apply_open(Session *s, const Action *a, char *err, size_t errsize)
{
    int src = find_entity(s->sc, a->target, ENT_SOURCE, err, errsize);
    if (src < 0) return false;
    if (s->opened[src]) return true;
    int cost = session_read_cost(s->sc, src);
    if (!clock_can_add(s, cost, err, errsize)) return false;
    s->opened[src] = true;
    s->opened_at[src] = s->clock;
    s->open_count++;
    s->clock += cost;
    return true;
}

static char **tags_copy(char *const *tags, int n)
{
    if (n == 0) return NULL;
    char **out = xcalloc((size_t)n, sizeof *out);
    for (int i = 0; i < n; i++) out[i] = xstrdup(tags[i]);
    return out;
}

/* The pin action carries the whole pin: pinning a pinned item replaces
 * its note, marker and tags, but keeps its place in the pin order. */
static bool apply_pin(Session *s, const Action *a, char *err, size_t errsize)
{
    const Scenario *sc = s->sc;
    int it = find_entity(sc, a->target, ENT_ITEM, err, errsize);
    if (it < 0) return false;
    int src = sc->items[it].source;
    if (!s->opened[src])
        return error_set(err, errsize, "cannot pin '%s': open its source '%s' first",
                    a->target, sc->sources[src].id);
    Pin *p = &s->pins[it];
    Pin next = {.pinned = true, .marker = a->marker};
    next.note = a->note && *a->note ? xstrdup(a->note) : NULL;
    next.tags = tags_copy(a->tags, a->tag_count);
    next.tag_count = a->tag_count;
    next.seq = p->pinned ? p->seq : ++s->pin_seq;
    next.minute = p->pinned ? p->minute : s->clock;
    if (!p->pinned) s->pin_count++;
    pin_clear(p);
    *p = next;
    return true;
}

static bool apply_unpin(Session *s, const Action *a, char *err, size_t errsize)
{
    int it = find_entity(s->sc, a->target, ENT_ITEM, err, errsize);
    if (it < 0) return false;
    if (!s->pins[it].pinned)
        return error_set(err, errsize, "cannot unpin '%s': it is not pinned", a->target);
    pin_clear(&s->pins[it]);
    s->pin_count--;
    return true;
}

static bool apply_advance(Session *s, const Action *a, char *err, size_t errsize)
{
    if (!clock_can_add(s, a->minutes, err, errsize)) return false;
    s->clock += a->minutes;
    return true;
}

static bool apply_triage(Session *s, const Action *a, char *err, size_t errsize)
{
    int c = scenario_find(s->sc, a->target, ENT_CASE);
    if (c < 0) {
        const Entity *e = scenario_lookup(s->sc, a->target);
        if (e) return error_set(err, errsize, "'%s' is %s, not a triage case", a->target, session_entity_names[e->type]);
        return error_set(err, errsize, "no triage case '%s' in this scenario", a->target);
    }
    Triage *t = &s->triage[c];
    if (!t->decided) s->triage_count++;
    *t = (Triage){true, a->review, a->signals};
    return true;
}

/* ---- interviews ---- */

static bool apply_choose(Session *s, const Action *a, char *err, size_t errsize)
{
    const Scenario *sc = s->sc;
    int *who = xcalloc((size_t)a->people_count + 1, sizeof *who);
    for (int i = 0; i < a->people_count; i++) {
        int p = scenario_find(sc, a->people[i], ENT_PERSON);
        who[i] = p < 0 ? -1 : model_interviewee_of(sc, p);
        if (who[i] < 0) {
            free(who);
            return error_set(err, errsize, p < 0 ? "no person '%s' in this scenario"
                             : "'%s' cannot be interviewed in this scenario", a->people[i]);
        }
    }
    for (int i = 0; i < sc->interviewee_count; i++) s->interviews[i].chosen = false;
    for (int i = 0; i < a->people_count; i++) s->interviews[who[i]].chosen = true;
    s->chosen_count = a->people_count;
    free(who);
    free(s->choose_why);
    s->choose_why = a->text && *a->text ? xstrdup(a->text) : NULL;
    return true;
}

bool session_interviewee_available(const Session *s, int iv)
{
    return interview_available_at(s->sc, iv, s->clock);
}

/* Chosen, and there at this time of the in-game clock. */
static bool can_interview(const Session *s, int iv, char *err, size_t errsize)
{
    const Interviewee *v = &s->sc->interviewees[iv];
    const char *name = s->sc->people[v->person].name;
    if (!s->interviews[iv].chosen)
        return error_set(err, errsize, "choose whom to interview first: %s is not among them", name);
    if (!session_interviewee_available(s, iv)) {
        bool early = v->available_from >= 0 && s->clock < v->available_from;
        bool gone = v->available_until >= 0 && s->clock >= v->available_until;
        if (early || gone)
            return error_set(err, errsize, "%s is not available %s%s%s", name, early ? "yet" : "any more",
                             v->away ? ": " : "", v->away ? v->away : "");
        int local = interview_local_minute(s->sc, iv, s->clock);
        return error_set(err, errsize, "%s is not at work: it is %02d:%02d where they are, and they work "
                         "%02d:%02d-%02d:%02d; advance the clock, or talk to someone else", name, local / 60,
                         local % 60, v->hours_from / 60, v->hours_from % 60, v->hours_to / 60, v->hours_to % 60);
    }
    return clock_can_add(s, v->minutes, err, errsize);
}

bool session_question_offered(const Session *s, int q)
{
    int c = s->sc->questions[q].cond;
    char why[64];
    return !s->asked[q] && (c < 0 || cond_eval(s, c, NULL, why, sizeof why) == 1);
}

/* Records a turn: candor moves, the answer is chosen, its facts learned. */
static void interview_turn(Session *s, int iv, int q, QuestionKind kind, const char *typed)
{
    const Interviewee *v = &s->sc->interviewees[iv];
    InterviewState *st = &s->interviews[iv];
    st->candor = interview_candor_clamp(st->candor + interview_candor_delta(&v->rules, kind, st->asked == 0));
    st->asked++;
    st->by_kind[kind]++;
    st->minutes += v->minutes;
    InterviewTurn *t = VEC_PUSH(s->turns, s->turn_count, s->turn_cap);
    *t = (InterviewTurn){iv, q, typed ? xstrdup(typed) : NULL, kind, -1, st->candor, s->clock};
    s->clock += v->minutes;
    if (q < 0) return;
    s->asked[q] = true;
    const Question *qq = &s->sc->questions[q];
    t->answer = interview_answer_for(qq, st->candor);
    if (t->answer < 0) return;
    const IdxList *facts = &qq->answers[t->answer].facts;
    for (int k = 0; k < facts->n; k++)
        if (s->learned_from[facts->v[k]] < 0) {
            s->learned_from[facts->v[k]] = s->turn_count - 1;
            s->learned_count++;
        }
}

static bool apply_ask(Session *s, const Action *a, char *err, size_t errsize)
{
    int q = scenario_find(s->sc, a->target, ENT_QUESTION);
    if (q < 0) return error_set(err, errsize, "no question '%s' in this scenario", a->target);
    int iv = s->sc->questions[q].interviewee;
    if (!can_interview(s, iv, err, errsize)) return false;
    if (s->asked[q]) return error_set(err, errsize, "'%s' was already asked", a->target);
    if (!session_question_offered(s, q))
        return error_set(err, errsize, "'%s' is not open yet: its condition does not hold", a->target);
    interview_turn(s, iv, q, s->sc->questions[q].kind, NULL);
    return true;
}

static bool apply_ask_typed(Session *s, const Action *a, char *err, size_t errsize)
{
    const Scenario *sc = s->sc;
    int p = scenario_find(sc, a->target, ENT_PERSON);
    int iv = p < 0 ? -1 : model_interviewee_of(sc, p);
    if (iv < 0) return error_set(err, errsize, "'%s' is not someone who can be interviewed", a->target);
    if (!can_interview(s, iv, err, errsize)) return false;
    int best = -1, best_score = INTERVIEW_MATCH_MIN - 1;
    for (int q = 0; q < sc->question_count; q++) {
        if (sc->questions[q].interviewee != iv || !session_question_offered(s, q)) continue;
        int score = interview_match_score(a->text, sc->questions[q].text);
        if (score > best_score) best = q, best_score = score;
    }
    interview_turn(s, iv, best, interview_classify(a->text), a->text);
    return true;
}

static bool apply_move(Session *s, const Action *a, char *err, size_t errsize)
{
    int attendee = -1;
    if (a->target) {
        int p = scenario_find(s->sc, a->target, ENT_PERSON);
        attendee = p < 0 ? -1 : model_attendee_of(s->sc, p);
        if (attendee < 0) return error_set(err, errsize, "'%s' does not attend the meeting", a->target);
    }
    if (!clock_can_add(s, meeting_move_minutes((MoveKind)a->move) + 5, err, errsize)) return false;
    return meeting_apply(s, (MoveKind)a->move, attendee, err, errsize);
}

/* A hint is for what is not done yet; its condition is judged without
 * Lua (a function condition counts as not met), as a replay must be. */
static bool apply_hint(Session *s, const Action *a, char *err, size_t errsize)
{
    int c = scenario_find(s->sc, a->target, ENT_CRITERION);
    if (c < 0) return error_set(err, errsize, "no criterion '%s' in this scenario", a->target);
    if (s->hinted[c]) return error_set(err, errsize, "the hint for '%s' was already taken", a->target);
    char why[128];
    if (cond_eval(s, s->sc->criteria[c].cond, NULL, why, sizeof why) == 1)
        return error_set(err, errsize, "'%s' is met already: no hint needed", a->target);
    s->hinted[c] = true;
    s->hint_count++;
    return true;
}

bool session_apply(Session *s, const Action *a, char *err, size_t errsize)
{
    if (err && errsize) err[0] = 0;
    if (!action_validate(a, err, errsize)) return false;
    bool ok = false;
    switch (a->kind) {
    case ACTION_OPEN: ok = apply_open(s, a, err, errsize); break;
    case ACTION_PIN: ok = apply_pin(s, a, err, errsize); break;
    case ACTION_UNPIN: ok = apply_unpin(s, a, err, errsize); break;
    case ACTION_ADVANCE: ok = apply_advance(s, a, err, errsize); break;
    case ACTION_SET_REPORT: ok = session_apply_set_report(s, a, err, errsize); break;
    case ACTION_FACTOR: ok = session_apply_factor(s, a, err, errsize); break;
    case ACTION_ORDER: ok = session_apply_order(s, a, err, errsize); break;
    case ACTION_HINT: ok = apply_hint(s, a, err, errsize); break;
    case ACTION_TRIAGE: ok = apply_triage(s, a, err, errsize); break;
    case ACTION_CHOOSE: ok = apply_choose(s, a, err, errsize); break;
    case ACTION_ASK: ok = apply_ask(s, a, err, errsize); break;
    case ACTION_ASK_TYPED: ok = apply_ask_typed(s, a, err, errsize); break;
    case ACTION_MOVE: ok = apply_move(s, a, err, errsize); break;
    default: assert(!"unknown action kind");
    }
    if (ok) s->action_count++;
    return ok;
}

int session_replay(Session *s, const ActionLog *log, char *err, size_t errsize)
{
    if (err && errsize) err[0] = 0;
    for (int i = 0; i < log->count; i++) {
        char why[512];
        if (!session_apply(s, &log->items[i], why, sizeof why)) {
            error_set(err, errsize, "action %d: %s", i, why);
            return i;
        }
    }
    return log->count;
}
