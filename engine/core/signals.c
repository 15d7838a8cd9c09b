/* signals.c: computes an incident's signals and coordination metrics from
 * its scenario; the rules are documented in signals.h. */
#include "signals.h"

#include <string.h>

static bool in_window(const Scenario *sc, DojoTime t)
{
    if (t == DOJO_TIME_NONE) return false;
    if (sc->meta.start != DOJO_TIME_NONE && t < sc->meta.start) return false;
    return sc->meta.end == DOJO_TIME_NONE || t <= sc->meta.end;
}

/* Paged and escalated are done to Item.person; the one acting is the pager. */
static int item_actor(const Scenario *sc, const Item *it)
{
    int p = -1;
    switch (it->kind) {
    case ITEM_MESSAGE: case ITEM_JOIN: case ITEM_TURN: case ITEM_REVIEW:
    case ITEM_CHANGE: case ITEM_COMMENT: case ITEM_ACKED: case ITEM_RESOLVED:
        p = it->person; break;
    case ITEM_PAGED: case ITEM_ESCALATED:
        p = it->other; break;
    default: break;
    }
    return p >= 0 && p < sc->person_count ? p : -1;
}

/* True when item a comes before item b (b == -1: nothing yet). */
static bool item_earlier(const Scenario *sc, int a, int b)
{
    if (b < 0) return true;
    DojoTime ta = sc->items[a].at, tb = sc->items[b].at;
    if (ta != tb) return ta < tb;
    return a < b;
}

/* Insertion sort by time then index: the lists sorted here are short. */
static void sort_items(const Scenario *sc, int *v, int n)
{
    for (int i = 1; i < n; i++) {
        int x = v[i], j = i;
        for (; j > 0 && item_earlier(sc, x, v[j - 1]); j--) v[j] = v[j - 1];
        v[j] = x;
    }
}

static IdxList idx_alloc(Arena *a, int cap)
{
    IdxList l = { arena_alloc(a, (size_t)(cap > 0 ? cap : 1) * sizeof(int)), 0 };
    return l;
}

static int *ints_alloc(Arena *a, int n, int fill)
{
    int *v = arena_alloc(a, (size_t)(n > 0 ? n : 1) * sizeof(int));
    for (int i = 0; i < n; i++) v[i] = fill;
    return v;
}

/* On-call only means something to people who take turns at it. */
static bool in_rotation(const Scenario *sc, const IdxList *shifts, int person)
{
    int t = sc->people[person].team;
    if (t >= 0 && t < sc->team_count && sc->teams[t].engineering) return true;
    for (int k = 0; k < shifts->n; k++)
        if (sc->items[shifts->v[k]].person == person) return true;
    return false;
}

static bool shift_covers(const Scenario *sc, const IdxList *shifts, int person, DojoTime t)
{
    for (int k = 0; k < shifts->n; k++) {
        const Item *it = &sc->items[shifts->v[k]];
        if (it->person == person && it->at != DOJO_TIME_NONE && it->at <= t
            && (it->until == DOJO_TIME_NONE || t < it->until))
            return true;
    }
    return false;
}

/* Per person: first act, first response, first response outside on-call. */
typedef struct Acts { int *first, *response, *uncovered; } Acts;

static Acts scan_acts(const Scenario *sc, Arena *a)
{
    Acts acts = { ints_alloc(a, sc->person_count, -1), ints_alloc(a, sc->person_count, -1),
                  ints_alloc(a, sc->person_count, -1) };
    IdxList shifts = idx_alloc(a, sc->item_count);
    for (int i = 0; i < sc->item_count; i++)
        if (sc->items[i].kind == ITEM_SHIFT) shifts.v[shifts.n++] = i;
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        int p = item_actor(sc, it);
        if (p < 0 || !in_window(sc, it->at)) continue;
        if (item_earlier(sc, i, acts.first[p])) acts.first[p] = i;
        if (it->kind == ITEM_JOIN) continue;
        if (item_earlier(sc, i, acts.response[p])) acts.response[p] = i;
        if (!sc->people[p].on_call && !shift_covers(sc, &shifts, p, it->at)
            && item_earlier(sc, i, acts.uncovered[p]) && in_rotation(sc, &shifts, p))
            acts.uncovered[p] = i;
    }
    return acts;
}

static SignalsPerson *people_from(Signals *s, const int *item_of, int n, int *count)
{
    SignalsPerson *v = arena_alloc(&s->arena, (size_t)(n > 0 ? n : 1) * sizeof *v);
    *count = 0;
    for (int p = 0; p < n; p++)
        if (item_of[p] >= 0) v[(*count)++] = (SignalsPerson){ p, item_of[p] };
    return v;
}

static bool teams_worked(const Scenario *sc, int a, int b)
{
    const IdxList *wa = &sc->teams[a].worked_with, *wb = &sc->teams[b].worked_with;
    for (int k = 0; k < wa->n; k++) if (wa->v[k] == b) return true;
    for (int k = 0; k < wb->n; k++) if (wb->v[k] == a) return true;
    return false;
}

static void compute_teams(const Scenario *sc, Signals *s, const Acts *acts)
{
    SignalsTeam *per = arena_alloc(&s->arena, (size_t)(sc->team_count + 1) * sizeof *per);
    for (int t = 0; t < sc->team_count; t++) per[t] = (SignalsTeam){ t, 0, -1 };
    for (int p = 0; p < sc->person_count; p++) {
        int t = sc->people[p].team;
        if (acts->first[p] < 0 || t < 0 || t >= sc->team_count) continue;
        per[t].participants++;
        if (item_earlier(sc, acts->first[p], per[t].first_item)) per[t].first_item = acts->first[p];
    }
    s->teams = per;
    for (int t = 0; t < sc->team_count; t++) {
        if (!per[t].participants) continue;
        per[s->team_count++] = per[t];   /* compacts in place: team_count <= t */
        if (sc->teams[t].engineering) s->engineering_teams++; else s->other_teams++;
    }
    s->engineering_with_other = s->engineering_teams > 0 && s->other_teams > 0;
    int n = s->team_count;
    s->new_pairs = arena_alloc(&s->arena, (size_t)(n * n / 2 + 1) * sizeof *s->new_pairs);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (!teams_worked(sc, per[i].team, per[j].team))
                s->new_pairs[s->new_pair_count++] = (SignalsPair){ per[i].team, per[j].team };
}

static bool metric_in_window(const Scenario *sc, const Source *src)
{
    for (int k = 0; k < src->point_count; k++)
        if (in_window(sc, src->points[k].at)) return true;
    return false;
}

static void compute_services(const Scenario *sc, Signals *s)
{
    int n = sc->service_count;
    SignalsService *per = arena_alloc(&s->arena, (size_t)(n + 1) * sizeof *per);
    for (int v = 0; v < n; v++) per[v] = (SignalsService){ v, -1, -1 };
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        if (it->kind == ITEM_FIRED && it->other >= 0 && it->other < n && in_window(sc, it->at)
            && item_earlier(sc, i, per[it->other].item))
            per[it->other].item = i;
    }
    for (int k = 0; k < sc->source_count; k++) {
        const Source *src = &sc->sources[k];
        if (src->kind == SOURCE_METRIC && src->service >= 0 && src->service < n
            && per[src->service].source < 0 && metric_in_window(sc, src))
            per[src->service].source = k;
    }
    bool *involved = arena_alloc(&s->arena, (size_t)(n + 1));
    s->services = per;
    s->new_services = idx_alloc(&s->arena, n);
    for (int v = 0; v < n; v++) {
        if (per[v].item < 0 && per[v].source < 0) continue;
        involved[v] = true;
        per[s->service_count++] = per[v];
        if (sc->services[v].is_new) s->new_services.v[s->new_services.n++] = v;
    }
    int links = 0;
    for (int v = 0; v < n; v++) links += sc->services[v].new_talks_to.n;
    s->new_links = arena_alloc(&s->arena, (size_t)(links + 1) * sizeof *s->new_links);
    for (int v = 0; v < n; v++) {
        const IdxList *l = &sc->services[v].new_talks_to;
        for (int k = 0; k < l->n; k++)
            if (involved[v] && l->v[k] >= 0 && l->v[k] < n && involved[l->v[k]])
                s->new_links[s->new_link_count++] = (SignalsPair){ v, l->v[k] };
    }
}

/* role per person: 0 not a member, 1 joined, 2 posted. */
static void compute_channel(const Scenario *sc, Signals *s, int source, int *role)
{
    const Source *src = &sc->sources[source];
    memset(role, 0, (size_t)sc->person_count * sizeof *role);
    for (int i = src->first_item; i < src->first_item + src->item_count; i++) {
        const Item *it = &sc->items[i];
        if (it->person < 0 || it->person >= sc->person_count) continue;
        if (it->kind == ITEM_MESSAGE) role[it->person] = 2;
        else if (it->kind == ITEM_JOIN && !role[it->person]) role[it->person] = 1;
    }
    SignalsChannel *c = &s->channels[s->channel_count++];
    c->source = source;
    c->members = idx_alloc(&s->arena, sc->person_count);
    c->active = idx_alloc(&s->arena, sc->person_count);
    c->lurkers = idx_alloc(&s->arena, sc->person_count);
    for (int p = 0; p < sc->person_count; p++) {
        if (!role[p]) continue;
        c->members.v[c->members.n++] = p;
        if (role[p] == 2) c->active.v[c->active.n++] = p;
        else c->lurkers.v[c->lurkers.n++] = p;
    }
    c->lurker_ratio = c->active.n ? (double)c->lurkers.n / c->active.n : -1.0;
}

static void compute_channels(const Scenario *sc, Signals *s)
{
    s->channels = arena_alloc(&s->arena, (size_t)(sc->source_count + 1) * sizeof *s->channels);
    int *role = ints_alloc(&s->arena, sc->person_count, 0);
    for (int k = 0; k < sc->source_count; k++)
        if (sc->sources[k].kind == SOURCE_CHAT) compute_channel(sc, s, k, role);
}

/* Walks one alerts source in time order, following who holds the alert. */
static void alert_handoffs(const Scenario *sc, Signals *s, const Source *src, int *order)
{
    int n = src->item_count, holder = -1;
    for (int k = 0; k < n; k++) order[k] = src->first_item + k;
    sort_items(sc, order, n);
    for (int k = 0; k < n; k++) {
        const Item *it = &sc->items[order[k]];
        bool during = in_window(sc, it->at);   /* who held it before still counts */
        if (it->kind == ITEM_ESCALATED) {
            if (during) s->handoffs.v[s->handoffs.n++] = order[k];
            holder = it->person;
        } else if (it->kind == ITEM_ACKED && it->person >= 0) {
            if (during && holder >= 0 && it->person != holder) s->handoffs.v[s->handoffs.n++] = order[k];
            holder = it->person;
        }
    }
}

static bool is_assignee_field(const char *s)
{
    const char *want = "assignee";
    for (; *s && *want; s++, want++)
        if ((*s >= 'A' && *s <= 'Z' ? *s + 32 : *s) != *want) return false;
    return !*s && !*want;
}

static bool is_reassignment(const Item *it)
{
    return it->kind == ITEM_CHANGE && it->title && is_assignee_field(it->title)
        && it->from && it->to && it->from[0] && it->to[0] && strcmp(it->from, it->to) != 0;
}

static void compute_coordination(const Scenario *sc, Signals *s)
{
    int *paged = ints_alloc(&s->arena, sc->person_count, -1);
    s->escalations = idx_alloc(&s->arena, sc->item_count);
    s->handoffs = idx_alloc(&s->arena, sc->item_count);
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        int p = it->person;
        /* Coordination is the incident's own: a page or a reassignment
         * before it began or after it ended is another story. */
        bool during = in_window(sc, it->at);
        if (it->kind == ITEM_PAGED && during && p >= 0 && p < sc->person_count
            && item_earlier(sc, i, paged[p]))
            paged[p] = i;
        if (it->kind == ITEM_ESCALATED && during) s->escalations.v[s->escalations.n++] = i;
        if (is_reassignment(it) && during) s->handoffs.v[s->handoffs.n++] = i;
        if (it->kind == ITEM_FIRED && item_earlier(sc, i, s->first_fired)) s->first_fired = i;
        if (it->kind == ITEM_ACKED && item_earlier(sc, i, s->first_acked)) s->first_acked = i;
    }
    s->paged = people_from(s, paged, sc->person_count, &s->paged_count);
    int *order = ints_alloc(&s->arena, sc->item_count, -1);
    for (int k = 0; k < sc->source_count; k++)
        if (sc->sources[k].kind == SOURCE_ALERTS) alert_handoffs(sc, s, &sc->sources[k], order);
    sort_items(sc, s->escalations.v, s->escalations.n);
    sort_items(sc, s->handoffs.v, s->handoffs.n);
}

static void compute_events(const Scenario *sc, Signals *s)
{
    s->events = idx_alloc(&s->arena, sc->item_count);
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        if (!model_event_is_big(sc, i) || it->at == DOJO_TIME_NONE) continue;
        bool overlaps = it->until == DOJO_TIME_NONE ? in_window(sc, it->at)
            : (sc->meta.end == DOJO_TIME_NONE || it->at <= sc->meta.end)
              && (sc->meta.start == DOJO_TIME_NONE || it->until > sc->meta.start);
        if (overlaps) s->events.v[s->events.n++] = i;
    }
}

static long long span(DojoTime from, DojoTime to)
{
    if (from == DOJO_TIME_NONE || to == DOJO_TIME_NONE || to < from) return -1;
    return (long long)(to - from);
}

static void compute_times(const Scenario *sc, Signals *s)
{
    s->duration = span(sc->meta.start, sc->meta.end);
    DojoTime fired = s->first_fired >= 0 ? sc->items[s->first_fired].at : DOJO_TIME_NONE;
    DojoTime acked = s->first_acked >= 0 ? sc->items[s->first_acked].at : DOJO_TIME_NONE;
    s->time_to_detect = span(sc->meta.start, fired);
    /* An acknowledgement that names its alert is timed from that alert, so
     * an early unrelated warning does not stretch it. */
    int named = s->first_acked >= 0 ? sc->items[s->first_acked].other : -1;
    DojoTime ack_from = named >= 0 && named < sc->item_count ? sc->items[named].at : fired;
    s->time_to_ack = span(ack_from, acked);
}

void signals_compute(const Scenario *sc, Signals *out)
{
    memset(out, 0, sizeof *out);
    out->first_fired = out->first_acked = -1;
    Acts acts = scan_acts(sc, &out->arena);
    out->participants = people_from(out, acts.first, sc->person_count, &out->participant_count);
    out->responders = people_from(out, acts.response, sc->person_count, &out->responder_count);
    out->not_on_call = people_from(out, acts.uncovered, sc->person_count, &out->not_on_call_count);
    compute_teams(sc, out, &acts);
    compute_services(sc, out);
    compute_channels(sc, out);
    compute_coordination(sc, out);
    compute_events(sc, out);
    compute_times(sc, out);
}

void signals_destroy(Signals *s)
{
    if (!s) return;
    arena_destroy(&s->arena);
    memset(s, 0, sizeof *s);
}

/* ---- JSON: ids, not indices, so a panel and rubrics can show them. ---- */

static cJSON *id_or_null(const char *id)
{
    return id ? cJSON_CreateString(id) : cJSON_CreateNull();
}

static cJSON *item_id(const Scenario *sc, int i)
{
    return id_or_null(i >= 0 && i < sc->item_count ? sc->items[i].id : NULL);
}

static cJSON *person_ids(const Scenario *sc, const IdxList *l)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < l->n; k++) cJSON_AddItemToArray(a, id_or_null(sc->people[l->v[k]].id));
    return a;
}

static cJSON *item_ids(const Scenario *sc, const IdxList *l)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < l->n; k++) cJSON_AddItemToArray(a, item_id(sc, l->v[k]));
    return a;
}

static cJSON *people_json(const Scenario *sc, const SignalsPerson *v, int n)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < n; k++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "id", id_or_null(sc->people[v[k].person].id));
        cJSON_AddItemToObject(o, "item", item_id(sc, v[k].item));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

static cJSON *number_or_null(long long v)
{
    return v >= 0 ? cJSON_CreateNumber((double)v) : cJSON_CreateNull();
}

static cJSON *teams_json(const Signals *s, const Scenario *sc)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < s->team_count; k++) {
        const Team *t = &sc->teams[s->teams[k].team];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "id", id_or_null(t->id));
        cJSON_AddItemToObject(o, "kind", id_or_null(t->kind));
        cJSON_AddBoolToObject(o, "engineering", t->engineering);
        cJSON_AddNumberToObject(o, "size", t->size);
        cJSON_AddNumberToObject(o, "participants", s->teams[k].participants);
        cJSON_AddItemToObject(o, "first_item", item_id(sc, s->teams[k].first_item));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

/* kind 0: team pairs, 1: service links. */
static cJSON *pairs_json(const Scenario *sc, const SignalsPair *v, int n, int kind)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < n; k++) {
        const char *x = kind ? sc->services[v[k].a].id : sc->teams[v[k].a].id;
        const char *y = kind ? sc->services[v[k].b].id : sc->teams[v[k].b].id;
        cJSON *p = cJSON_CreateArray();
        cJSON_AddItemToArray(p, id_or_null(x));
        cJSON_AddItemToArray(p, id_or_null(y));
        cJSON_AddItemToArray(a, p);
    }
    return a;
}

static cJSON *services_json(const Signals *s, const Scenario *sc)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < s->service_count; k++) {
        const SignalsService *v = &s->services[k];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "id", id_or_null(sc->services[v->service].id));
        cJSON_AddBoolToObject(o, "new", sc->services[v->service].is_new);
        cJSON_AddItemToObject(o, "alert", item_id(sc, v->item));
        cJSON_AddItemToObject(o, "metric", id_or_null(v->source >= 0 ? sc->sources[v->source].id : NULL));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

static cJSON *channels_json(const Signals *s, const Scenario *sc)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < s->channel_count; k++) {
        const SignalsChannel *c = &s->channels[k];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "id", id_or_null(sc->sources[c->source].id));
        cJSON_AddItemToObject(o, "members", person_ids(sc, &c->members));
        cJSON_AddItemToObject(o, "active", person_ids(sc, &c->active));
        cJSON_AddItemToObject(o, "lurkers", person_ids(sc, &c->lurkers));
        cJSON_AddItemToObject(o, "lurker_ratio", c->lurker_ratio >= 0
                              ? cJSON_CreateNumber(c->lurker_ratio) : cJSON_CreateNull());
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

static cJSON *events_json(const Signals *s, const Scenario *sc)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < s->events.n; k++) {
        const Item *it = &sc->items[s->events.v[k]];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "id", id_or_null(it->id));
        cJSON_AddItemToObject(o, "title", id_or_null(it->title));
        cJSON_AddItemToObject(o, "attendees", person_ids(sc, &it->people));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

cJSON *signals_to_json(const Signals *s, const Scenario *sc)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "duration", number_or_null(s->duration));
    cJSON_AddItemToObject(o, "time_to_detect", number_or_null(s->time_to_detect));
    cJSON_AddItemToObject(o, "time_to_ack", number_or_null(s->time_to_ack));
    cJSON_AddItemToObject(o, "first_fired", item_id(sc, s->first_fired));
    cJSON_AddItemToObject(o, "first_acked", item_id(sc, s->first_acked));
    cJSON_AddItemToObject(o, "teams", teams_json(s, sc));
    cJSON_AddBoolToObject(o, "engineering_with_other", s->engineering_with_other);
    cJSON_AddItemToObject(o, "new_team_pairs", pairs_json(sc, s->new_pairs, s->new_pair_count, 0));
    cJSON_AddItemToObject(o, "services", services_json(s, sc));
    IdxList nl = s->new_services;
    cJSON *ns = cJSON_AddArrayToObject(o, "new_services");
    for (int k = 0; k < nl.n; k++) cJSON_AddItemToArray(ns, id_or_null(sc->services[nl.v[k]].id));
    cJSON_AddItemToObject(o, "new_interactions", pairs_json(sc, s->new_links, s->new_link_count, 1));
    cJSON_AddItemToObject(o, "participants", people_json(sc, s->participants, s->participant_count));
    cJSON_AddItemToObject(o, "responders", people_json(sc, s->responders, s->responder_count));
    cJSON_AddItemToObject(o, "not_on_call", people_json(sc, s->not_on_call, s->not_on_call_count));
    cJSON_AddItemToObject(o, "channels", channels_json(s, sc));
    cJSON_AddItemToObject(o, "paged", people_json(sc, s->paged, s->paged_count));
    cJSON_AddItemToObject(o, "escalations", item_ids(sc, &s->escalations));
    cJSON_AddItemToObject(o, "handoffs", item_ids(sc, &s->handoffs));
    cJSON_AddItemToObject(o, "calendar", events_json(s, sc));
    return o;
}
