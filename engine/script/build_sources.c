/* build_sources.c: sources and their items from nodes: threads, diff hunks,
 * metric series, ticket fields, alert events, shifts and calendar events. */
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "build_internal.h"

bool build_is_source(NodeKind k)
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

int build_source_item_count(Build *b, const Node *n)
{
    int count = 0;
    for (int i = 0; i < n->child_count; i++) {
        const Node *c = &b->ld->nodes[n->children[i]];
        const Value *r = c->kind == NODE_MSG ? node_value(b->ld, c, "replies") : NULL;
        count += 1 + (r ? r->n : 0);
    }
    const char *diff = n->kind == NODE_PR ? build_str(b, n, "diff") : NULL;
    if (diff) count += diff_hunks(diff, NULL, NULL);
    return count;
}

/* ---- pass 1: give every thing its index and register its id ---- */

typedef struct HunkCtx { Build *b; const Node *pr; int source, k; } HunkCtx;

static void place_hunk(void *ud, const Hunk *h)
{
    HunkCtx *c = ud;
    Build *b = c->b;
    int idx = b->item_next++;
    Item *it = &b->sc->items[idx];
    const char *pr_id = build_str(b, c->pr, "id");
    char id[96];
    snprintf(id, sizeof id, "%s/h%d", pr_id ? pr_id : "?", ++c->k);
    it->id = arena_strdup(&b->sc->arena, id);
    it->kind = ITEM_HUNK;
    it->source = c->source;
    it->text = arena_strndup(&b->sc->arena, h->start, h->len);
    it->file = h->file ? arena_strdup(&b->sc->arena, h->file) : NULL;
    it->line = h->new_line;
    it->old_line = h->old_line;
    it->loc = build_loc(c->pr);
    build_add_id(b, c->pr, it->id, ENT_ITEM, idx);
}

static int place_item(Build *b, int *item_nodes, int node, int source, int parent)
{
    const Node *n = &b->ld->nodes[node];
    int idx = b->item_next++;
    Item *it = &b->sc->items[idx];
    it->id = build_str(b, n, "id");
    it->kind = item_kind(n->kind);
    it->source = source;
    it->parent = parent;
    it->loc = build_loc(n);
    item_nodes[idx] = node;
    build_add_id(b, n, it->id, ENT_ITEM, idx);
    return idx;
}

void build_place_source(Build *b, int *item_nodes, int node, int index)
{
    const Node *n = &b->ld->nodes[node];
    Source *src = &b->sc->sources[index];
    src->id = build_str(b, n, "id");
    src->kind = source_kind(n->kind);
    src->loc = build_loc(n);
    src->first_item = b->item_next;
    build_add_id(b, n, src->id, ENT_SOURCE, index);
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
    const char *diff = n->kind == NODE_PR ? build_str(b, n, "diff") : NULL;
    if (diff) {
        HunkCtx hc = {b, n, index, 0};
        diff_hunks(diff, place_hunk, &hc);
    }
    src->item_count = b->item_next - src->first_item;
}

/* ---- pass 2: fields and references ---- */

static int person_ref(Build *b, const Node *n, const char *field)
{
    return build_resolve(b, n, field, build_str(b, n, field), ENT_PERSON);
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
            int p = build_resolve(b, n, "reactions", v->u.pairs[i].strs.v[k], ENT_PERSON);
            if (p >= 0) r->people.v[r->people.n++] = p;
        }
    }
}

void build_fill_item(Build *b, const Node *n, Item *it, const Source *src)
{
    it->at = node_value(b->ld, n, "at") ? build_time(b, n, "at") : DOJO_TIME_NONE;
    it->until = DOJO_TIME_NONE;
    it->person = it->other = -1;
    if (node_value(b->ld, n, "who") && n->kind != NODE_EVENT) it->person = person_ref(b, n, "who");
    if (node_value(b->ld, n, "by")) it->other = person_ref(b, n, "by");
    it->text = build_str(b, n, "text");
    switch (n->kind) {
    case NODE_MSG: fill_reactions(b, n, it); break;
    case NODE_REVIEW:
        it->title = build_str(b, n, "verdict");
        it->file = build_str(b, n, "file");
        it->line = build_int(b, n, "line", 0);
        break;
    case NODE_CHANGE:
        it->title = build_str(b, n, "field");
        it->from = build_str(b, n, "from");
        it->to = build_str(b, n, "to");
        break;
    case NODE_FIRED:
        it->title = build_str(b, n, "alert");
        it->severity = build_str(b, n, "severity");
        it->other = build_resolve(b, n, "service", build_str(b, n, "service"), ENT_SERVICE);
        break;
    case NODE_ACKED:
        it->other = build_resolve(b, n, "alert", build_str(b, n, "alert"), ENT_ITEM);
        if (it->other >= 0 && b->sc->items[it->other].kind != ITEM_FIRED) {
            ERR(b, n, "dangling-ref", "acked field 'alert': '%s' is a %s item, not a fired{} alert",
                b->sc->items[it->other].id, model_item_kind_name(b->sc->items[it->other].kind));
            it->other = -1;
        }
        break;
    case NODE_SHIFT:
        it->at = build_time(b, n, "from");
        it->until = build_time(b, n, "to");
        it->title = build_str(b, n, "role");
        it->other = build_resolve(b, n, "team", build_str(b, n, "team"), ENT_TEAM);
        break;
    case NODE_EVENT:
        it->at = build_time(b, n, "from");
        it->until = build_time(b, n, "to");
        it->title = build_str(b, n, "title");
        it->people = build_resolve_list(b, n, "who", ENT_PERSON);
        it->big = build_bool(b, n, "big");
        if (it->big) b->sc->big_events = true;
        break;
    case NODE_SECTION: it->title = build_str(b, n, "title"); break;
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
        DojoTime from = build_time(b, n, "from");
        int step = build_int(b, n, "step", 0);
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

void build_fill_source(Build *b, const Node *n, Source *src)
{
    src->title = build_str(b, n, "title");
    src->read_minutes = build_int(b, n, "read_minutes", -1);
    src->started = src->ended = src->merged = DOJO_TIME_NONE;
    src->author = src->assignee = src->service = -1;
    src->topic = build_str(b, n, "topic");
    src->description = build_str(b, n, "description");
    src->text = build_str(b, n, "text");
    switch (n->kind) {
    case NODE_CALL:
        src->started = build_time(b, n, "started");
        src->ended = build_time(b, n, "ended");
        src->people = build_resolve_list(b, n, "attendees", ENT_PERSON);
        break;
    case NODE_PR:
        src->number = build_int(b, n, "number", 0);
        src->repo = build_str(b, n, "repo");
        src->author = person_ref(b, n, "author");
        src->people = build_resolve_list(b, n, "reviewers", ENT_PERSON);
        src->started = build_time(b, n, "opened");
        src->merged = build_time(b, n, "merged");
        src->diff = build_str(b, n, "diff");
        break;
    case NODE_TICKET: {
        src->started = build_time(b, n, "opened");
        src->ended = build_time(b, n, "closed");
        src->author = person_ref(b, n, "reporter");
        src->assignee = person_ref(b, n, "assignee");
        const Value *f = node_value(b->ld, n, "fields");
        if (f) {
            src->fields = arena_alloc(&b->sc->arena, sizeof *src->fields * (size_t)(f->n + 1));
            for (int i = 0; i < f->n; i++) src->fields[i] = (Field){f->u.pairs[i].key, f->u.pairs[i].str};
            src->field_count = f->n;
        }
        src->key = build_str(b, n, "key");
        break;
    }
    case NODE_METRIC:
        src->unit = build_str(b, n, "unit");
        src->service = build_resolve(b, n, "service", build_str(b, n, "service"), ENT_SERVICE);
        fill_metric(b, n, src);
        break;
    case NODE_DOCUMENT:
        src->doc_kind = build_str(b, n, "kind");
        src->started = build_time(b, n, "updated");
        break;
    default: break;
    }
}
