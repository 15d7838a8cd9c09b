/* build.c: turns the nodes a scenario recorded into the core model:
 * assigns indices, registers ids, resolves references and parses times. */
#include <stdlib.h>
#include <string.h>
#include "core/report.h"
#include "core/util.h"
#include "build_internal.h"
#include "core/coach.h"

const Value *node_value(const Loader *ld, const Node *n, const char *field)
{
    (void)ld;
    int i = schema_field_index(schema_ctor(n->kind), field);
    return i >= 0 && n->values[i].set ? &n->values[i] : NULL;
}

const char *build_str(Build *b, const Node *n, const char *f)
{
    const Value *v = node_value(b->ld, n, f);
    return v ? v->u.str : NULL;
}

int build_int(Build *b, const Node *n, const char *f, int def)
{
    const Value *v = node_value(b->ld, n, f);
    return v ? (int)v->u.num : def;
}

bool build_bool(Build *b, const Node *n, const char *f)
{
    const Value *v = node_value(b->ld, n, f);
    return v && v->u.b;
}

StrList build_strs(Build *b, const Node *n, const char *f)
{
    const Value *v = node_value(b->ld, n, f);
    return v ? (StrList){v->u.strs, v->n} : (StrList){NULL, 0};
}

Loc build_loc(const Node *n) { return (Loc){n->file, n->line}; }

DojoTime build_time(Build *b, const Node *n, const char *f)
{
    const char *s = build_str(b, n, f), *why;
    DojoTime t;
    if (!s) return DOJO_TIME_NONE;
    if (time_parse(s, b->sc->meta.start, b->sc->meta.utc_offset, &t, &why)) return t;
    ERR(b, n, "bad-time", "%s field '%s': \"%.40s\": %s", schema_ctor(n->kind)->name, f, s, why);
    return DOJO_TIME_NONE;
}

static const char *type_word(EntityType t)
{
    static const char *const words[] = {"team", "service", "person", "source", "item", "criterion",
                                        "triage case", "fact", "question", "agenda beat",
                                        "meeting event", "insight", "guide step"};
    return words[t];
}

/* Resolves an id of the given type; reports a dangling one with the
 * closest id of that type. */
int build_resolve(Build *b, const Node *n, const char *field, const char *id, EntityType type)
{
    if (!id) return -1;
    int i = scenario_find(b->sc, id, type);
    if (i >= 0) return i;
    const char *best = NULL;
    int best_d = 3;
    for (int k = 0; k < b->sc->ids.cap; k++) {
        const char *key = b->sc->ids.keys[k];
        if (!key || b->sc->entities[b->sc->ids.vals[k]].type != type || !text_is_close(id, key)) continue;
        int d = text_edit_distance(id, key, 2);
        if (d < best_d || (d == best_d && best && strcmp(key, best) < 0)) { best_d = d; best = key; }
    }
    const Entity *other = scenario_lookup(b->sc, id);
    char hint[160] = "";
    if (other) snprintf(hint, sizeof hint, " (it names a %s)", type_word(other->type));
    if (best) snprintf(hint + strlen(hint), sizeof hint - strlen(hint), "; did you mean '%s'?", best);
    ERR(b, n, "dangling-ref", "%s field '%s': no %s has id '%s'%s",
        n->kind == NODE_COND ? "condition" : schema_ctor(n->kind)->name, field, type_word(type), id, hint);
    return -1;
}

IdxList build_resolve_list(Build *b, const Node *n, const char *field, EntityType type)
{
    StrList ids = build_strs(b, n, field);
    IdxList out = {arena_alloc(&b->sc->arena, sizeof(int) * (size_t)(ids.n ? ids.n : 1)), 0};
    for (int i = 0; i < ids.n; i++) {
        int k = build_resolve(b, n, field, ids.v[i], type);
        if (k >= 0) out.v[out.n++] = k;
    }
    return out;
}

/* Where the thing an id already names was defined, for duplicate-id. */
static Loc entity_loc(const Scenario *sc, const Entity *e)
{
    switch (e->type) {
    case ENT_TEAM: return sc->teams[e->index].loc;
    case ENT_SERVICE: return sc->services[e->index].loc;
    case ENT_PERSON: return sc->people[e->index].loc;
    case ENT_SOURCE: return sc->sources[e->index].loc;
    case ENT_ITEM: return sc->items[e->index].loc;
    case ENT_CASE: return sc->cases[e->index].loc;
    case ENT_FACT: return sc->facts[e->index].loc;
    case ENT_QUESTION: return sc->questions[e->index].loc;
    case ENT_BEAT: return sc->beats[e->index].loc;
    case ENT_MEVENT: return sc->mevents[e->index].loc;
    case ENT_INSIGHT: return sc->insights[e->index].loc;
    case ENT_GUIDE: return sc->guide[e->index].loc;
    default: return sc->criteria[e->index].loc;
    }
}

void build_add_id(Build *b, const Node *n, const char *id, EntityType type, int index)
{
    if (!id || scenario_add_id(b->sc, id, type, index)) return;
    Loc at = entity_loc(b->sc, scenario_lookup(b->sc, id));
    ERR(b, n, "duplicate-id", "id '%s' is already used by the %s at %s:%d; ids must be unique in "
        "the scenario", id, type_word(scenario_lookup(b->sc, id)->type), at.file, at.line);
}

/* ---- conditions and criteria ---- */

Entity *build_evidence(Build *b, const Node *n, const char *field, StrList ids, bool facts, int *count)
{
    Entity *out = arena_alloc(&b->sc->arena, sizeof *out * (size_t)(ids.n ? ids.n : 1));
    *count = 0;
    for (int i = 0; i < ids.n; i++) {
        const Entity *e = scenario_lookup(b->sc, ids.v[i]);
        if (e && (e->type == ENT_ITEM || (facts && e->type == ENT_FACT))) out[(*count)++] = *e;
        else build_resolve(b, n, field, ids.v[i], ENT_ITEM);   /* reports it, with a suggestion */
    }
    return out;
}

static int build_cond(Build *b, int node);

int build_cond_node(Build *b, int node) { return build_cond(b, node); }

/* A signal's name into *out (a SignalKind), or a bad-value naming them all. */
static void build_signal(Build *b, const Node *n, const char *fn, const char *name, int *out)
{
    SignalKind k;
    if (!name) return;
    if (model_signal_parse(name, &k)) { *out = (int)k; return; }
    char all[400] = "";
    for (int i = 0; i < SIGNAL_KIND_COUNT; i++)
        snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s", i ? ", " : "", model_signal_name((SignalKind)i));
    ERR(b, n, "bad-value", "%s: \"%.40s\" is not a signal; use one of %s", fn, name, all);
}

static int new_cond(Build *b, CondKind kind, const Node *n)
{
    int idx = b->cond_next++;
    Cond *c = &b->sc->conds[idx];
    c->kind = kind;
    c->target = c->field = c->fn_ref = -1;
    c->loc = build_loc(n);
    return idx;
}

static int build_cond(Build *b, int node)
{
    const Node *n = &b->ld->nodes[node];
    int idx = new_cond(b, n->cond, n);
    Cond *c = &b->sc->conds[idx];
    switch (n->cond) {
    case COND_PINNED: case COND_NOTED: case COND_MARKED:
        c->target = build_resolve(b, n, "item", n->arg, ENT_ITEM);
        if (n->cond == COND_MARKED && n->arg2 && !model_marker_parse(n->arg2, &c->marker))
            ERR(b, n, "bad-value", "marked: \"%.40s\" is not a marker; use detection, diagnosis, "
                "repair or key_moment", n->arg2);
        break;
    case COND_OPENED: c->target = build_resolve(b, n, "source", n->arg, ENT_SOURCE); break;
    case COND_TAGGED:
        c->tag = n->arg2;
        if (n->arg) c->target = build_resolve(b, n, "item", n->arg, ENT_ITEM);
        break;
    case COND_MENTIONS: {
        ReportField f;
        c->words = n->words;
        if (n->arg && strcmp(n->arg, "any") != 0) {
            if (report_field_parse(n->arg, &f)) c->field = (int)f;
            else ERR(b, n, "bad-value", "mentions: \"%.40s\" is not a report field; use \"any\" or one of "
                     "summary, narrative, factors, went_well, surprises, learn_more, patterns, "
                     "open_questions, action_items, calibration", n->arg);
        }
        break;
    }
    case COND_FUNCTION: c->fn_ref = n->fn_ref; break;
    case COND_FACTOR: case COND_ORDERED:
        c->words = n->words;
        c->evidence = build_evidence(b, n, n->cond == COND_FACTOR ? "evidence" : "items", n->ids,
                                     n->cond == COND_FACTOR, &c->evidence_count);
        break;
    case COND_LINKED:
        c->n = n->n;
        if (c->n < 1) ERR(b, n, "bad-value", "factors_linked(n): n must be at least 1, or it holds for an empty report");
        break;
    case COND_WRITTEN: {
        ReportField f;
        c->n = n->n;
        if (n->arg && report_field_parse(n->arg, &f)) c->field = (int)f;
        else if (n->arg) ERR(b, n, "bad-value", "written: \"%.40s\" is not a report field; use one of "
                             "summary, narrative, factors, went_well, surprises, learn_more, patterns, "
                             "open_questions, action_items, calibration", n->arg);
        break;
    }
    case COND_SIGNAL: build_signal(b, n, "signal", n->arg, &c->target); break;
    case COND_CHOSEN: case COND_INTERVIEWED: case COND_CANDOR:
        c->target = build_interviewee_ref(b, n, "person", n->arg);
        c->n = n->n;
        break;
    case COND_ASKED: c->target = build_resolve(b, n, "question", n->arg, ENT_QUESTION); break;
    case COND_LEARNED: c->target = build_resolve(b, n, "fact", n->arg, ENT_FACT); break;
    case COND_SURFACED: c->target = build_resolve(b, n, "insight", n->arg, ENT_INSIGHT); break;
    case COND_REDIRECTED: case COND_PARKED:
        c->target = build_resolve(b, n, "event", n->arg, ENT_MEVENT);
        break;
    case COND_GROUND_RULES: case COND_TALK_BALANCE: case COND_WITHIN_TIME: case COND_FLAGGED:
        c->n = n->n;
        break;
    case COND_TRIAGED: case COND_NAMED: case COND_SIGNALS_NAMED:
        c->target = build_resolve(b, n, "case", n->arg, ENT_CASE);
        c->n = n->n;
        if (n->cond == COND_NAMED) build_signal(b, n, "named", n->arg2, &c->field);
        break;
    default: {  /* all, any, none, at_least */
        int *kids = arena_alloc(&b->sc->arena, sizeof(int) * (size_t)(n->child_count + 1));
        c->n = n->n;
        for (int i = 0; i < n->child_count; i++) kids[i] = build_cond(b, n->children[i]);
        c = &b->sc->conds[idx];
        c->children = (IdxList){kids, n->child_count};
        break;
    }
    }
    return idx;
}

static void fill_criterion(Build *b, const Node *n, Criterion *cr)
{
    cr->title = build_str(b, n, "title");
    cr->met = build_str(b, n, "met");
    cr->missed = build_str(b, n, "missed");
    cr->points = build_int(b, n, "points", 1);
    if (cr->points < 1 || cr->points > 100)
        ERR(b, n, "bad-value", "criterion points must be from 1 to 100, not %d", cr->points);
    const char *cat = build_str(b, n, "category");
    if (cat) model_category_parse(cat, &cr->category);
    const Value *w = node_value(b->ld, n, "when");
    cr->cond = -1;
    cr->partial = build_bool(b, n, "partial");
    cr->hint = build_str(b, n, "hint");
    cr->hint_cost = build_int(b, n, "hint_cost", (cr->points + 1) / 2);
    if (cr->hint_cost < 0 || cr->hint_cost > cr->points)
        ERR(b, n, "bad-value", "criterion hint_cost must be from 0 to its points (%d), not %d", cr->points, cr->hint_cost);
    if (w && w->set == 2) {
        cr->cond = new_cond(b, COND_FUNCTION, n);
        b->sc->conds[cr->cond].fn_ref = w->u.fn_ref;
    } else if (w) {
        cr->cond = build_cond(b, w->u.node);
    }
}

/* ---- metadata, organisation ---- */

static void build_meta(Build *b, const Node *n)
{
    ScenarioMeta *m = &b->sc->meta;
    m->id = build_str(b, n, "id");
    m->title = build_str(b, n, "title");
    m->summary = build_str(b, n, "summary");
    m->difficulty = build_str(b, n, "difficulty");
    m->company = build_str(b, n, "company");
    m->briefing = build_str(b, n, "briefing");
    m->minutes = build_int(b, n, "minutes", 0);
    m->format = build_int(b, n, "format", MODEL_FORMAT_VERSION);
    m->objectives = build_strs(b, n, "objectives");
    m->tags = build_strs(b, n, "tags");
    m->loc = build_loc(n);
    const char *tz = build_str(b, n, "timezone");
    if (tz) time_parse_offset(tz, &m->utc_offset);
    if (m->format != MODEL_FORMAT_VERSION)
        ERR(b, n, "bad-value", "scenario format %d is not supported; this version reads format %d",
            m->format, MODEL_FORMAT_VERSION);
    const char *started = build_str(b, n, "started");
    if (started && started[0] && started[1] && started[2] == ':')
        ERR(b, n, "bad-time", "scenario 'started' needs a full date and time, e.g. \"2026-03-14T09:00:00Z\"");
    else m->start = build_time(b, n, "started");
    m->end = build_time(b, n, "ended");
    if (m->start != DOJO_TIME_NONE && m->end != DOJO_TIME_NONE && m->end < m->start)
        ERR(b, n, "time-order", "scenario 'ended' is before 'started'");
    m->window_from = node_value(b->ld, n, "from") ? build_time(b, n, "from")
                     : m->start == DOJO_TIME_NONE ? DOJO_TIME_NONE : m->start - 7 * 86400;
    m->window_to = node_value(b->ld, n, "to") ? build_time(b, n, "to")
                   : m->end == DOJO_TIME_NONE ? DOJO_TIME_NONE : m->end + 7 * 86400;
}

static void fill_org(Build *b, const Node *n, EntityType type, int index)
{
    Scenario *sc = b->sc;
    if (type == ENT_TEAM) {
        Team *t = &sc->teams[index];
        t->name = build_str(b, n, "name");
        t->kind = build_str(b, n, "kind");
        t->engineering = t->kind && strcmp(t->kind, "engineering") == 0;
        t->size = build_int(b, n, "size", 0);
        t->worked_with = build_resolve_list(b, n, "worked_with", ENT_TEAM);
    } else if (type == ENT_SERVICE) {
        Service *s = &sc->services[index];
        s->name = build_str(b, n, "name");
        s->team = build_resolve(b, n, "team", build_str(b, n, "team"), ENT_TEAM);
        s->is_new = build_bool(b, n, "new");
        s->talks_to = build_resolve_list(b, n, "talks_to", ENT_SERVICE);
        s->new_talks_to = build_resolve_list(b, n, "new_talks_to", ENT_SERVICE);
    } else {
        Person *p = &sc->people[index];
        p->name = build_str(b, n, "name");
        p->role = build_str(b, n, "role");
        p->notes = build_str(b, n, "notes");
        p->team = build_resolve(b, n, "team", build_str(b, n, "team"), ENT_TEAM);
        p->on_call = build_bool(b, n, "on_call");
        p->utc_offset = sc->meta.utc_offset;
        const char *tz = build_str(b, n, "timezone");
        if (tz) time_parse_offset(tz, &p->utc_offset);
    }
}

/* ---- the whole scenario ---- */

static EntityType org_type(NodeKind k)
{
    return k == NODE_TEAM ? ENT_TEAM : k == NODE_SERVICE ? ENT_SERVICE : ENT_PERSON;
}

static void report_unattached(Build *b, const Node *n)
{
    if (n->kind == NODE_COND) {
        WARN(b, n, "unreachable", "this condition is not used by any criterion");
        return;
    }
    const char *name = schema_ctor(n->kind)->name, *parent = "a source";
    for (int k = 0; k < schema_ctor_count; k++)
        if (schema_ctors[k].children & (1ull << n->kind)) parent = schema_ctors[k].name;
    WARN(b, n, "unreachable", "this %s{} is not inside any %s{}, so nothing can reach it", name, parent);
}

/* Counts what to allocate and finds the scenario{} node. */
static int survey(Build *b, int counts[NODE_KIND_COUNT], int *items, int *conds)
{
    int meta = -1;
    for (int i = 0; i < b->ld->node_count; i++) {
        const Node *n = &b->ld->nodes[i];
        if (n->kind == NODE_COND) (*conds)++;
        if (n->parent >= 0) continue;
        if (n->kind == NODE_SCENARIO && meta >= 0)
            ERR(b, n, "duplicate-id", "scenario{} is called again; the first call is at line %d",
                b->ld->nodes[meta].line);
        else if (n->kind == NODE_SCENARIO) meta = i;
        else if (n->kind == NODE_COND || !schema_ctor(n->kind)->top_level) report_unattached(b, n);
        else {
            counts[build_is_source(n->kind) ? NODE_CHAT : n->kind]++;
            if (build_is_source(n->kind)) *items += build_source_item_count(b, n);
            if (n->kind == NODE_CRITERION) (*conds)++;
        }
    }
    return meta;
}

#define ALLOC(sc, field, n) ((sc)->field = arena_alloc(&(sc)->arena, sizeof *(sc)->field * (size_t)((n) + 1)))

void build_scenario(Loader *ld)
{
    Build b = {ld, ld->sc, 0, 0};
    Scenario *sc = ld->sc;
    int counts[NODE_KIND_COUNT] = {0}, items = 0, conds = 0;
    int meta = survey(&b, counts, &items, &conds);
    if (meta < 0) {
        diags_add(ld->diags, DIAG_ERROR, "no-scenario", sc->files.n ? sc->files.v[0] : NULL, 0,
                  "the file never calls scenario{ id = ..., title = ... }; every scenario needs one");
        return;
    }
    build_meta(&b, &ld->nodes[meta]);
    ALLOC(sc, teams, counts[NODE_TEAM]);
    ALLOC(sc, services, counts[NODE_SERVICE]);
    ALLOC(sc, people, counts[NODE_PERSON]);
    ALLOC(sc, sources, counts[NODE_CHAT]);
    ALLOC(sc, items, items);
    ALLOC(sc, criteria, counts[NODE_CRITERION]);
    ALLOC(sc, cases, counts[NODE_CASE]);
    ALLOC(sc, interviewees, counts[NODE_INTERVIEWEE]);
    ALLOC(sc, facts, counts[NODE_FACT]);
    ALLOC(sc, questions, counts[NODE_QUESTION]);
    ALLOC(sc, mevents, counts[NODE_MEVENT]);
    ALLOC(sc, insights, counts[NODE_INSIGHT]);
    ALLOC(sc, coach_rules, counts[NODE_COACH_RULE]);
    ALLOC(sc, guide, counts[NODE_GUIDE_STEP]);
    ALLOC(sc, conds, conds);
    int *item_nodes = xcalloc((size_t)items + 1, sizeof *item_nodes);
    int *index_of = xcalloc((size_t)ld->node_count + 1, sizeof *index_of);

    for (int i = 0; i < ld->node_count; i++) {   /* pass 1: indices and ids */
        const Node *n = &ld->nodes[i];
        if (n->parent >= 0 || n->kind == NODE_SCENARIO || n->kind == NODE_COND ||
            !schema_ctor(n->kind)->top_level)
            continue;
        const char *id = build_str(&b, n, "id");
        if (build_is_source(n->kind)) {
            index_of[i] = sc->source_count++;
            build_place_source(&b, item_nodes, i, index_of[i]);
        } else if (n->kind == NODE_CRITERION) {
            index_of[i] = sc->criterion_count++;
            sc->criteria[index_of[i]] = (Criterion){.id = id, .loc = build_loc(n), .cond = -1};
            build_add_id(&b, n, id, ENT_CRITERION, index_of[i]);
        } else if (n->kind == NODE_INTERVIEWEE || n->kind == NODE_MEETING || n->kind == NODE_COACH_RULE ||
                   n->kind == NODE_WEIGHTS || n->kind == NODE_ANALYSIS) {
            continue;   /* built once every person is known; coach rules have no id */
        } else if (n->kind == NODE_MEVENT || n->kind == NODE_INSIGHT) {
            bool ev = n->kind == NODE_MEVENT;
            index_of[i] = ev ? sc->mevent_count++ : sc->insight_count++;
            if (ev) sc->mevents[index_of[i]] = (MeetingEvent){.id = id, .loc = build_loc(n), .attendee = -1,
                                                               .beat = -1, .target = -1};
            else sc->insights[index_of[i]] = (Insight){.id = id, .loc = build_loc(n), .attendee = -1, .beat = -1};
            build_add_id(&b, n, id, ev ? ENT_MEVENT : ENT_INSIGHT, index_of[i]);
        } else if (n->kind == NODE_FACT || n->kind == NODE_QUESTION) {
            bool fact = n->kind == NODE_FACT;
            index_of[i] = fact ? sc->fact_count++ : sc->question_count++;
            if (fact) sc->facts[index_of[i]] = (Fact){.id = id, .loc = build_loc(n), .person = -1};
            else sc->questions[index_of[i]] = (Question){.id = id, .loc = build_loc(n), .interviewee = -1, .cond = -1};
            build_add_id(&b, n, id, fact ? ENT_FACT : ENT_QUESTION, index_of[i]);
        } else if (n->kind == NODE_GUIDE_STEP) {
            index_of[i] = sc->guide_count++;
            sc->guide[index_of[i]] = (GuideStep){.id = id, .loc = build_loc(n), .cond = -1};
            build_add_id(&b, n, id, ENT_GUIDE, index_of[i]);
        } else if (n->kind == NODE_CASE) {
            index_of[i] = sc->case_count++;
            sc->cases[index_of[i]] = (TriageCase){.id = id, .loc = build_loc(n), .at = DOJO_TIME_NONE};
            build_add_id(&b, n, id, ENT_CASE, index_of[i]);
        } else {
            EntityType t = org_type(n->kind);
            int *count = t == ENT_TEAM ? &sc->team_count : t == ENT_SERVICE ? &sc->service_count
                                                                            : &sc->person_count;
            index_of[i] = (*count)++;
            if (t == ENT_TEAM) sc->teams[index_of[i]] = (Team){.id = id, .loc = build_loc(n)};
            else if (t == ENT_SERVICE) sc->services[index_of[i]] = (Service){.id = id, .loc = build_loc(n)};
            else sc->people[index_of[i]] = (Person){.id = id, .loc = build_loc(n)};
            build_add_id(&b, n, id, t, index_of[i]);
        }
    }
    sc->item_count = b.item_next;
    build_interviewees(&b);
    build_meeting(&b);

    for (int i = 0; i < ld->node_count; i++) {   /* pass 2: fields and references */
        const Node *n = &ld->nodes[i];
        if (n->parent >= 0 || n->kind == NODE_SCENARIO || n->kind == NODE_COND ||
            !schema_ctor(n->kind)->top_level)
            continue;
        if (build_is_source(n->kind)) {
            Source *src = &sc->sources[index_of[i]];
            build_fill_source(&b, n, src);
            for (int k = src->first_item; k < src->first_item + src->item_count; k++) {
                Item *it = &sc->items[k];
                if (it->kind == ITEM_HUNK) {
                    it->at = src->merged != DOJO_TIME_NONE ? src->merged : src->started;
                    it->until = DOJO_TIME_NONE;
                    it->person = src->author;
                    it->other = it->parent = -1;
                } else {
                    build_fill_item(&b, &ld->nodes[item_nodes[k]], it, src);
                }
            }
        } else if (n->kind == NODE_CRITERION) {
            fill_criterion(&b, n, &sc->criteria[index_of[i]]);
        } else if (n->kind == NODE_CASE) {
            build_case(&b, n, &sc->cases[index_of[i]]);
        } else if (n->kind == NODE_INTERVIEWEE || n->kind == NODE_MEETING) {
            continue;
        } else if (n->kind == NODE_WEIGHTS) {
            build_weights(&b, n);
        } else if (n->kind == NODE_ANALYSIS) {
            build_analysis(&b, n);
        } else if (n->kind == NODE_GUIDE_STEP) {
            build_guide_step(&b, n, &sc->guide[index_of[i]]);
        } else if (n->kind == NODE_COACH_RULE) {
            CoachRule *r = &sc->coach_rules[sc->coach_rule_count++];
            *r = (CoachRule){.phrase = build_str(&b, n, "phrase"), .suggestion = build_str(&b, n, "suggestion"),
                             .loc = build_loc(n)};
            const char *kind = build_str(&b, n, "kind");
            if (kind) coach_kind_parse(kind, &r->kind);
            if (!r->phrase || !r->phrase[0] || r->phrase[0] == '*')
                ERR(&b, n, "bad-value", "coach_rule phrase must start with a word");
        } else if (n->kind == NODE_MEVENT) {
            build_mevent(&b, n, &sc->mevents[index_of[i]]);
        } else if (n->kind == NODE_INSIGHT) {
            build_insight(&b, n, &sc->insights[index_of[i]]);
        } else if (n->kind == NODE_FACT) {
            build_fact(&b, n, &sc->facts[index_of[i]]);
        } else if (n->kind == NODE_QUESTION) {
            build_question(&b, n, &sc->questions[index_of[i]]);
        } else {
            fill_org(&b, n, org_type(n->kind), index_of[i]);
        }
    }
    sc->cond_count = b.cond_next;
    build_check_cases(&b);
    build_check_facts(&b);
    free(item_nodes);
    free(index_of);
}
