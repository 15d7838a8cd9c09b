/* build.c: turns the nodes a scenario recorded into the core model:
 * assigns indices, registers ids, resolves references and parses times. */
#include <stdlib.h>
#include <string.h>
#include "core/report.h"
#include "core/util.h"
#include "loader_internal.h"

typedef struct Build {
    Loader *ld;
    Scenario *sc;
    int item_next, cond_next;
} Build;

#define ERR(b, n, code, ...) diags_add((b)->ld->diags, DIAG_ERROR, code, (n)->file, (n)->line, __VA_ARGS__)
#define WARN(b, n, code, ...) diags_add((b)->ld->diags, DIAG_WARNING, code, (n)->file, (n)->line, __VA_ARGS__)

const Value *node_value(const Loader *ld, const Node *n, const char *field)
{
    (void)ld;
    int i = schema_field_index(schema_ctor(n->kind), field);
    return i >= 0 && n->values[i].set ? &n->values[i] : NULL;
}

static const char *vstr(Build *b, const Node *n, const char *f)
{
    const Value *v = node_value(b->ld, n, f);
    return v ? v->u.str : NULL;
}

static int vint(Build *b, const Node *n, const char *f, int def)
{
    const Value *v = node_value(b->ld, n, f);
    return v ? (int)v->u.num : def;
}

static bool vbool(Build *b, const Node *n, const char *f)
{
    const Value *v = node_value(b->ld, n, f);
    return v && v->u.b;
}

static StrList vstrs(Build *b, const Node *n, const char *f)
{
    const Value *v = node_value(b->ld, n, f);
    return v ? (StrList){v->u.strs, v->n} : (StrList){NULL, 0};
}

static Loc loc_of(const Node *n) { return (Loc){n->file, n->line}; }

static DojoTime vtime(Build *b, const Node *n, const char *f)
{
    const char *s = vstr(b, n, f), *why;
    DojoTime t;
    if (!s) return DOJO_TIME_NONE;
    if (time_parse(s, b->sc->meta.start, b->sc->meta.utc_offset, &t, &why)) return t;
    ERR(b, n, "bad-time", "%s field '%s': \"%.40s\": %s", schema_ctor(n->kind)->name, f, s, why);
    return DOJO_TIME_NONE;
}

static const char *type_word(EntityType t)
{
    static const char *const words[] = {"team", "service", "person", "source", "item", "criterion"};
    return words[t];
}

/* Resolves an id of the given type; reports a dangling one with the
 * closest id of that type. */
static int resolve(Build *b, const Node *n, const char *field, const char *id, EntityType type)
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

static IdxList resolve_list(Build *b, const Node *n, const char *field, EntityType type)
{
    StrList ids = vstrs(b, n, field);
    IdxList out = {arena_alloc(&b->sc->arena, sizeof(int) * (size_t)(ids.n ? ids.n : 1)), 0};
    for (int i = 0; i < ids.n; i++) {
        int k = resolve(b, n, field, ids.v[i], type);
        if (k >= 0) out.v[out.n++] = k;
    }
    return out;
}

static bool is_source(NodeKind k)
{
    return k == NODE_CHAT || k == NODE_CALL || k == NODE_PR || k == NODE_TICKET ||
           k == NODE_ALERTS || k == NODE_METRIC || k == NODE_ONCALL || k == NODE_CALENDAR ||
           k == NODE_DOCUMENT;
}

static SourceKind source_kind(NodeKind k)
{
    switch (k) {
    case NODE_CHAT: return SOURCE_CHAT;
    case NODE_CALL: return SOURCE_CALL;
    case NODE_PR: return SOURCE_PR;
    case NODE_TICKET: return SOURCE_TICKET;
    case NODE_ALERTS: return SOURCE_ALERTS;
    case NODE_METRIC: return SOURCE_METRIC;
    case NODE_ONCALL: return SOURCE_ONCALL;
    case NODE_CALENDAR: return SOURCE_CALENDAR;
    default: return SOURCE_DOCUMENT;
    }
}

static ItemKind item_kind(NodeKind k)
{
    switch (k) {
    case NODE_MSG: return ITEM_MESSAGE;
    case NODE_JOIN: return ITEM_JOIN;
    case NODE_LEAVE: return ITEM_LEAVE;
    case NODE_TURN: return ITEM_TURN;
    case NODE_REVIEW: return ITEM_REVIEW;
    case NODE_CHANGE: return ITEM_CHANGE;
    case NODE_COMMENT: return ITEM_COMMENT;
    case NODE_FIRED: return ITEM_FIRED;
    case NODE_PAGED: return ITEM_PAGED;
    case NODE_ACKED: return ITEM_ACKED;
    case NODE_ESCALATED: return ITEM_ESCALATED;
    case NODE_RESOLVED: return ITEM_RESOLVED;
    case NODE_ANNOTATION: return ITEM_ANNOTATION;
    case NODE_SHIFT: return ITEM_SHIFT;
    case NODE_EVENT: return ITEM_EVENT;
    default: return ITEM_SECTION;
    }
}

/* ---- diff hunks: each "@@ -a,b +c,d @@" starts one pinnable item ---- */

typedef struct Hunk { const char *start; size_t len; int old_line, new_line; const char *file; } Hunk;

/* Calls fn for each hunk of a unified diff; returns the count. */
static int diff_hunks(const char *diff, void (*fn)(void *, const Hunk *), void *ud)
{
    int count = 0;
    Hunk h = {0};
    const char *file = NULL, *p = diff;
    size_t file_len = 0;
    char file_buf[256] = "";
    while (p && *p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        bool header = strncmp(p, "diff ", 5) == 0 || strncmp(p, "+++ ", 4) == 0 ||
                      (strncmp(p, "--- ", 4) == 0 && eol && strncmp(eol + 1, "+++ ", 4) == 0);
        if (h.start && (header || strncmp(p, "@@ ", 3) == 0)) {
            h.len = (size_t)(p - h.start);
            if (fn) fn(ud, &h);
            h.start = NULL;
        }
        if (strncmp(p, "+++ ", 4) == 0) {
            file = p + 4;
            file_len = len - 4;
            if (file_len > 2 && strncmp(file, "b/", 2) == 0) file += 2, file_len -= 2;
            snprintf(file_buf, sizeof file_buf, "%.*s", (int)file_len, file);
        } else if (strncmp(p, "@@ ", 3) == 0) {
            int a = 0, c = 0;
            const char *q = strchr(p, '-'), *r = strchr(p, '+');
            if (q) a = atoi(q + 1);
            if (r) c = atoi(r + 1);
            h = (Hunk){p, 0, a, c, file_buf[0] ? file_buf : NULL};
            count++;
        }
        p = eol ? eol + 1 : p + len;
    }
    if (h.start) {
        h.len = (size_t)(p - h.start);
        if (fn) fn(ud, &h);
    }
    return count;
}

static int source_item_count(Build *b, const Node *n)
{
    int count = 0;
    for (int i = 0; i < n->child_count; i++) {
        const Node *c = &b->ld->nodes[n->children[i]];
        const Value *r = c->kind == NODE_MSG ? node_value(b->ld, c, "replies") : NULL;
        count += 1 + (r ? r->n : 0);
    }
    const char *diff = n->kind == NODE_PR ? vstr(b, n, "diff") : NULL;
    if (diff) count += diff_hunks(diff, NULL, NULL);
    return count;
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
    default: return sc->criteria[e->index].loc;
    }
}

static void add_id(Build *b, const Node *n, const char *id, EntityType type, int index)
{
    if (!id || scenario_add_id(b->sc, id, type, index)) return;
    Loc at = entity_loc(b->sc, scenario_lookup(b->sc, id));
    ERR(b, n, "duplicate-id", "id '%s' is already used by the %s at %s:%d; ids must be unique in "
        "the scenario", id, type_word(scenario_lookup(b->sc, id)->type), at.file, at.line);
}

/* ---- pass 1: give every thing its index and register its id ---- */

typedef struct HunkCtx { Build *b; const Node *pr; int source, k; } HunkCtx;

static void place_hunk(void *ud, const Hunk *h)
{
    HunkCtx *c = ud;
    Build *b = c->b;
    int idx = b->item_next++;
    Item *it = &b->sc->items[idx];
    const char *pr_id = vstr(b, c->pr, "id");
    char id[96];
    snprintf(id, sizeof id, "%s/h%d", pr_id ? pr_id : "?", ++c->k);
    it->id = arena_strdup(&b->sc->arena, id);
    it->kind = ITEM_HUNK;
    it->source = c->source;
    it->text = arena_strndup(&b->sc->arena, h->start, h->len);
    it->file = h->file ? arena_strdup(&b->sc->arena, h->file) : NULL;
    it->line = h->new_line;
    it->old_line = h->old_line;
    it->loc = loc_of(c->pr);
    add_id(b, c->pr, it->id, ENT_ITEM, idx);
}

static int place_item(Build *b, int *item_nodes, int node, int source, int parent)
{
    const Node *n = &b->ld->nodes[node];
    int idx = b->item_next++;
    Item *it = &b->sc->items[idx];
    it->id = vstr(b, n, "id");
    it->kind = item_kind(n->kind);
    it->source = source;
    it->parent = parent;
    it->loc = loc_of(n);
    item_nodes[idx] = node;
    add_id(b, n, it->id, ENT_ITEM, idx);
    return idx;
}

static void place_source(Build *b, int *item_nodes, int node, int index)
{
    const Node *n = &b->ld->nodes[node];
    Source *src = &b->sc->sources[index];
    src->id = vstr(b, n, "id");
    src->kind = source_kind(n->kind);
    src->loc = loc_of(n);
    src->first_item = b->item_next;
    add_id(b, n, src->id, ENT_SOURCE, index);
    for (int i = 0; i < n->child_count; i++) {
        int root = place_item(b, item_nodes, n->children[i], index, -1);
        const Node *c = &b->ld->nodes[n->children[i]];
        const Value *r = c->kind == NODE_MSG ? node_value(b->ld, c, "replies") : NULL;
        for (int k = 0; r && k < r->n; k++) {
            const Node *reply = &b->ld->nodes[r->u.nodes[k]];
            if (reply->kind != NODE_MSG) {
                ERR(b, reply, "bad-child", "replies must be msg{}, not %s{}",
                    reply->kind == NODE_COND ? "a condition" : schema_ctor(reply->kind)->name);
                continue;
            }
            if (node_value(b->ld, reply, "replies"))
                ERR(b, reply, "bad-child", "a reply cannot have replies of its own; threads are one level deep");
            place_item(b, item_nodes, r->u.nodes[k], index, root);
        }
    }
    const char *diff = n->kind == NODE_PR ? vstr(b, n, "diff") : NULL;
    if (diff) {
        HunkCtx hc = {b, n, index, 0};
        diff_hunks(diff, place_hunk, &hc);
    }
    src->item_count = b->item_next - src->first_item;
}

/* ---- pass 2: fields and references ---- */

static int person_ref(Build *b, const Node *n, const char *field)
{
    return resolve(b, n, field, vstr(b, n, field), ENT_PERSON);
}

static void fill_reactions(Build *b, const Node *n, Item *it)
{
    const Value *v = node_value(b->ld, n, "reactions");
    if (!v) return;
    it->reactions = arena_alloc(&b->sc->arena, sizeof *it->reactions * (size_t)(v->n ? v->n : 1));
    it->reaction_count = v->n;
    for (int i = 0; i < v->n; i++) {
        Reaction *r = &it->reactions[i];
        r->emoji = v->u.pairs[i].key;
        r->people.v = arena_alloc(&b->sc->arena, sizeof(int) * (size_t)(v->u.pairs[i].strs.n + 1));
        for (int k = 0; k < v->u.pairs[i].strs.n; k++) {
            int p = resolve(b, n, "reactions", v->u.pairs[i].strs.v[k], ENT_PERSON);
            if (p >= 0) r->people.v[r->people.n++] = p;
        }
    }
}

static void fill_item(Build *b, const Node *n, Item *it, const Source *src)
{
    it->at = node_value(b->ld, n, "at") ? vtime(b, n, "at") : DOJO_TIME_NONE;
    it->until = DOJO_TIME_NONE;
    it->person = it->other = -1;
    if (node_value(b->ld, n, "who") && n->kind != NODE_EVENT) it->person = person_ref(b, n, "who");
    if (node_value(b->ld, n, "by")) it->other = person_ref(b, n, "by");
    it->text = vstr(b, n, "text");
    switch (n->kind) {
    case NODE_MSG: fill_reactions(b, n, it); break;
    case NODE_REVIEW:
        it->title = vstr(b, n, "verdict");
        it->file = vstr(b, n, "file");
        it->line = vint(b, n, "line", 0);
        break;
    case NODE_CHANGE:
        it->title = vstr(b, n, "field");
        it->from = vstr(b, n, "from");
        it->to = vstr(b, n, "to");
        break;
    case NODE_FIRED:
        it->title = vstr(b, n, "alert");
        it->severity = vstr(b, n, "severity");
        it->other = resolve(b, n, "service", vstr(b, n, "service"), ENT_SERVICE);
        break;
    case NODE_SHIFT:
        it->at = vtime(b, n, "from");
        it->until = vtime(b, n, "to");
        it->title = vstr(b, n, "role");
        it->other = resolve(b, n, "team", vstr(b, n, "team"), ENT_TEAM);
        break;
    case NODE_EVENT:
        it->at = vtime(b, n, "from");
        it->until = vtime(b, n, "to");
        it->title = vstr(b, n, "title");
        it->people = resolve_list(b, n, "who", ENT_PERSON);
        break;
    case NODE_SECTION: it->title = vstr(b, n, "title"); break;
    default: break;
    }
    (void)src;
}

static void fill_metric(Build *b, const Node *n, Source *src)
{
    const Value *pts = node_value(b->ld, n, "points"), *vals = node_value(b->ld, n, "values");
    if (pts && vals) ERR(b, n, "bad-value", "metric takes either points or from/step/values, not both");
    if (pts) {
        src->points = arena_alloc(&b->sc->arena, sizeof *src->points * (size_t)(pts->n + 1));
        for (int i = 0; i < pts->n; i++) {
            const char *why;
            MetricPoint *p = &src->points[src->point_count];
            if (!time_parse(pts->u.pairs[i].key, b->sc->meta.start, b->sc->meta.utc_offset, &p->at, &why)) {
                ERR(b, n, "bad-time", "metric points entry %d: \"%.40s\": %s", i + 1, pts->u.pairs[i].key, why);
                continue;
            }
            p->value = pts->u.pairs[i].num;
            src->point_count++;
        }
    } else if (vals) {
        DojoTime from = vtime(b, n, "from");
        int step = vint(b, n, "step", 0);
        if (from == DOJO_TIME_NONE || step <= 0) {
            ERR(b, n, "missing-field", "metric values need 'from' (time of the first) and 'step' (seconds, > 0)");
            return;
        }
        src->points = arena_alloc(&b->sc->arena, sizeof *src->points * (size_t)(vals->n + 1));
        for (int i = 0; i < vals->n; i++)
            src->points[i] = (MetricPoint){from + (DojoTime)i * step, vals->u.nums[i]};
        src->point_count = vals->n;
    }
}

static void fill_source(Build *b, const Node *n, Source *src)
{
    src->title = vstr(b, n, "title");
    src->read_minutes = vint(b, n, "read_minutes", -1);
    src->started = src->ended = src->merged = DOJO_TIME_NONE;
    src->author = src->assignee = src->service = -1;
    src->topic = vstr(b, n, "topic");
    src->description = vstr(b, n, "description");
    src->text = vstr(b, n, "text");
    switch (n->kind) {
    case NODE_CALL:
        src->started = vtime(b, n, "started");
        src->ended = vtime(b, n, "ended");
        src->people = resolve_list(b, n, "attendees", ENT_PERSON);
        break;
    case NODE_PR:
        src->number = vint(b, n, "number", 0);
        src->repo = vstr(b, n, "repo");
        src->author = person_ref(b, n, "author");
        src->people = resolve_list(b, n, "reviewers", ENT_PERSON);
        src->started = vtime(b, n, "opened");
        src->merged = vtime(b, n, "merged");
        src->diff = vstr(b, n, "diff");
        break;
    case NODE_TICKET: {
        src->started = vtime(b, n, "opened");
        src->ended = vtime(b, n, "closed");
        src->author = person_ref(b, n, "reporter");
        src->assignee = person_ref(b, n, "assignee");
        const Value *f = node_value(b->ld, n, "fields");
        if (f) {
            src->fields = arena_alloc(&b->sc->arena, sizeof *src->fields * (size_t)(f->n + 1));
            for (int i = 0; i < f->n; i++) src->fields[i] = (Field){f->u.pairs[i].key, f->u.pairs[i].str};
            src->field_count = f->n;
        }
        src->key = vstr(b, n, "key");
        break;
    }
    case NODE_METRIC:
        src->unit = vstr(b, n, "unit");
        src->service = resolve(b, n, "service", vstr(b, n, "service"), ENT_SERVICE);
        fill_metric(b, n, src);
        break;
    case NODE_DOCUMENT:
        src->doc_kind = vstr(b, n, "kind");
        src->started = vtime(b, n, "updated");
        break;
    default: break;
    }
}

/* ---- conditions and criteria ---- */

static int build_cond(Build *b, int node);

static int new_cond(Build *b, CondKind kind, const Node *n)
{
    int idx = b->cond_next++;
    Cond *c = &b->sc->conds[idx];
    c->kind = kind;
    c->target = c->field = c->fn_ref = -1;
    c->loc = loc_of(n);
    return idx;
}

static int build_cond(Build *b, int node)
{
    const Node *n = &b->ld->nodes[node];
    int idx = new_cond(b, n->cond, n);
    Cond *c = &b->sc->conds[idx];
    switch (n->cond) {
    case COND_PINNED: case COND_NOTED: case COND_MARKED:
        c->target = resolve(b, n, "item", n->arg, ENT_ITEM);
        if (n->cond == COND_MARKED && n->arg2 && !model_marker_parse(n->arg2, &c->marker))
            ERR(b, n, "bad-value", "marked: \"%.40s\" is not a marker; use detection, diagnosis, "
                "repair or key_moment", n->arg2);
        break;
    case COND_OPENED: c->target = resolve(b, n, "source", n->arg, ENT_SOURCE); break;
    case COND_TAGGED:
        c->tag = n->arg2;
        if (n->arg) c->target = resolve(b, n, "item", n->arg, ENT_ITEM);
        break;
    case COND_MENTIONS: {
        ReportField f;
        c->words = n->words;
        if (n->arg && strcmp(n->arg, "any") != 0) {
            if (report_field_parse(n->arg, &f)) c->field = (int)f;
            else ERR(b, n, "bad-value", "mentions: \"%.40s\" is not a report field; use \"any\" or one of "
                     "summary, narrative, factors, went_well, surprises, learn_more, patterns, "
                     "open_questions, action_items", n->arg);
        }
        break;
    }
    case COND_FUNCTION: c->fn_ref = n->fn_ref; break;
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
    cr->title = vstr(b, n, "title");
    cr->met = vstr(b, n, "met");
    cr->missed = vstr(b, n, "missed");
    cr->points = vint(b, n, "points", 1);
    if (cr->points < 1 || cr->points > 100)
        ERR(b, n, "bad-value", "criterion points must be from 1 to 100, not %d", cr->points);
    const char *cat = vstr(b, n, "category");
    if (cat) model_category_parse(cat, &cr->category);
    const Value *w = node_value(b->ld, n, "when");
    cr->cond = -1;
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
    m->id = vstr(b, n, "id");
    m->title = vstr(b, n, "title");
    m->summary = vstr(b, n, "summary");
    m->difficulty = vstr(b, n, "difficulty");
    m->company = vstr(b, n, "company");
    m->briefing = vstr(b, n, "briefing");
    m->minutes = vint(b, n, "minutes", 0);
    m->format = vint(b, n, "format", MODEL_FORMAT_VERSION);
    m->objectives = vstrs(b, n, "objectives");
    m->tags = vstrs(b, n, "tags");
    m->loc = loc_of(n);
    const char *tz = vstr(b, n, "timezone");
    if (tz) time_parse_offset(tz, &m->utc_offset);
    if (m->format != MODEL_FORMAT_VERSION)
        ERR(b, n, "bad-value", "scenario format %d is not supported; this version reads format %d",
            m->format, MODEL_FORMAT_VERSION);
    const char *started = vstr(b, n, "started");
    if (started && started[0] && started[1] && started[2] == ':')
        ERR(b, n, "bad-time", "scenario 'started' needs a full date and time, e.g. \"2026-03-14T09:00:00Z\"");
    else m->start = vtime(b, n, "started");
    m->end = vtime(b, n, "ended");
    if (m->start != DOJO_TIME_NONE && m->end != DOJO_TIME_NONE && m->end < m->start)
        ERR(b, n, "time-order", "scenario 'ended' is before 'started'");
    m->window_from = node_value(b->ld, n, "from") ? vtime(b, n, "from")
                     : m->start == DOJO_TIME_NONE ? DOJO_TIME_NONE : m->start - 7 * 86400;
    m->window_to = node_value(b->ld, n, "to") ? vtime(b, n, "to")
                   : m->end == DOJO_TIME_NONE ? DOJO_TIME_NONE : m->end + 7 * 86400;
}

static void fill_org(Build *b, const Node *n, EntityType type, int index)
{
    Scenario *sc = b->sc;
    if (type == ENT_TEAM) {
        Team *t = &sc->teams[index];
        t->name = vstr(b, n, "name");
        t->kind = vstr(b, n, "kind");
        t->engineering = t->kind && strcmp(t->kind, "engineering") == 0;
        t->size = vint(b, n, "size", 0);
        t->worked_with = resolve_list(b, n, "worked_with", ENT_TEAM);
    } else if (type == ENT_SERVICE) {
        Service *s = &sc->services[index];
        s->name = vstr(b, n, "name");
        s->team = resolve(b, n, "team", vstr(b, n, "team"), ENT_TEAM);
        s->is_new = vbool(b, n, "new");
        s->talks_to = resolve_list(b, n, "talks_to", ENT_SERVICE);
        s->new_talks_to = resolve_list(b, n, "new_talks_to", ENT_SERVICE);
    } else {
        Person *p = &sc->people[index];
        p->name = vstr(b, n, "name");
        p->role = vstr(b, n, "role");
        p->notes = vstr(b, n, "notes");
        p->team = resolve(b, n, "team", vstr(b, n, "team"), ENT_TEAM);
        p->on_call = vbool(b, n, "on_call");
        p->utc_offset = sc->meta.utc_offset;
        const char *tz = vstr(b, n, "timezone");
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
            counts[is_source(n->kind) ? NODE_CHAT : n->kind]++;
            if (is_source(n->kind)) *items += source_item_count(b, n);
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
    ALLOC(sc, conds, conds);
    int *item_nodes = xcalloc((size_t)items + 1, sizeof *item_nodes);
    int *index_of = xcalloc((size_t)ld->node_count + 1, sizeof *index_of);

    for (int i = 0; i < ld->node_count; i++) {   /* pass 1: indices and ids */
        const Node *n = &ld->nodes[i];
        if (n->parent >= 0 || n->kind == NODE_SCENARIO || n->kind == NODE_COND ||
            !schema_ctor(n->kind)->top_level)
            continue;
        const char *id = vstr(&b, n, "id");
        if (is_source(n->kind)) {
            index_of[i] = sc->source_count++;
            place_source(&b, item_nodes, i, index_of[i]);
        } else if (n->kind == NODE_CRITERION) {
            index_of[i] = sc->criterion_count++;
            sc->criteria[index_of[i]] = (Criterion){.id = id, .loc = loc_of(n), .cond = -1};
            add_id(&b, n, id, ENT_CRITERION, index_of[i]);
        } else {
            EntityType t = org_type(n->kind);
            int *count = t == ENT_TEAM ? &sc->team_count : t == ENT_SERVICE ? &sc->service_count
                                                                            : &sc->person_count;
            index_of[i] = (*count)++;
            if (t == ENT_TEAM) sc->teams[index_of[i]] = (Team){.id = id, .loc = loc_of(n)};
            else if (t == ENT_SERVICE) sc->services[index_of[i]] = (Service){.id = id, .loc = loc_of(n)};
            else sc->people[index_of[i]] = (Person){.id = id, .loc = loc_of(n)};
            add_id(&b, n, id, t, index_of[i]);
        }
    }
    sc->item_count = b.item_next;

    for (int i = 0; i < ld->node_count; i++) {   /* pass 2: fields and references */
        const Node *n = &ld->nodes[i];
        if (n->parent >= 0 || n->kind == NODE_SCENARIO || n->kind == NODE_COND ||
            !schema_ctor(n->kind)->top_level)
            continue;
        if (is_source(n->kind)) {
            Source *src = &sc->sources[index_of[i]];
            fill_source(&b, n, src);
            for (int k = src->first_item; k < src->first_item + src->item_count; k++) {
                Item *it = &sc->items[k];
                if (it->kind == ITEM_HUNK) {
                    it->at = src->merged != DOJO_TIME_NONE ? src->merged : src->started;
                    it->until = DOJO_TIME_NONE;
                    it->person = src->author;
                    it->other = it->parent = -1;
                } else {
                    fill_item(&b, &ld->nodes[item_nodes[k]], it, src);
                }
            }
        } else if (n->kind == NODE_CRITERION) {
            fill_criterion(&b, n, &sc->criteria[index_of[i]]);
        } else {
            fill_org(&b, n, org_type(n->kind), index_of[i]);
        }
    }
    sc->cond_count = b.cond_next;
    free(item_nodes);
    free(index_of);
}
