/* session_report.c: the rules of the written report: its text fields,
 * the contributing factors with their evidence, the timeline's order, and
 * soak time for action items. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "session_internal.h"

int session_soak_minutes(const Session *s)
{
    int from = 0;
    if (s->sc->attendee_count) {
        if (!s->meeting.ended) return -1;
        from = s->meeting.ended_at;
    }
    int left = from + SESSION_SOAK_MINUTES - s->clock;
    return left > 0 ? left : 0;
}

bool session_apply_set_report(Session *s, const Action *a, char *err, size_t errsize)
{
    if (a->field == REPORT_FACTORS)
        return error_set(err, errsize, "contributing factors are written one at a time, each with its "
                         "evidence: use {\"type\":\"factor\",\"index\":N,\"text\":...}");
    int soak = session_soak_minutes(s);
    if (a->field == REPORT_ACTION_ITEMS && a->text && *a->text && soak != 0) {
        if (soak < 0)
            return error_set(err, errsize, "action items wait for soak time: finish the review meeting, "
                             "then let a day pass (they come out better)");
        return error_set(err, errsize, "action items wait for soak time: %d h %02d min to go; meanwhile "
                         "work on the narrative, factors and themes", soak / 60, soak % 60);
    }
    char **slot = &s->report[a->field];
    free(*slot);
    *slot = a->text && *a->text ? xstrdup(a->text) : NULL;
    return true;
}

/* ---- contributing factors ---- */

static bool factor_cites(const Factor *f, const Entity *e)
{
    for (int k = 0; f && k < f->evidence_count; k++)
        if (f->evidence[k].type == e->type && f->evidence[k].index == e->index) return true;
    return false;
}

/* An evidence id as a pinned item or a learned fact, or false and why.
 * An item the factor already cites may have been unpinned since: the
 * link stays, so saving the factor's new text keeps it. */
static bool resolve_evidence(const Session *s, const Factor *was, const char *id, Entity *out,
                             char *err, size_t errsize)
{
    const Entity *e = scenario_lookup(s->sc, id);
    if (!e) return error_set(err, errsize, "field 'evidence': no item or fact '%s' in this scenario", id);
    if (e->type == ENT_ITEM && !s->pins[e->index].pinned && !factor_cites(was, e))
        return error_set(err, errsize, "field 'evidence': item '%s' is not pinned; pin it first", id);
    if (e->type == ENT_FACT && s->learned_from[e->index] < 0)
        return error_set(err, errsize, "field 'evidence': fact '%s' has not come up in an interview yet", id);
    if (e->type != ENT_ITEM && e->type != ENT_FACT)
        return error_set(err, errsize, "field 'evidence': '%s' is %s; link a pinned item or a learned fact",
                         id, session_entity_names[e->type]);
    *out = *e;
    return true;
}

static void factor_clear(Factor *f)
{
    free(f->text);
    free(f->evidence);
    memset(f, 0, sizeof *f);
}

/* report[REPORT_FACTORS] mirrors the factors, so mentions("factors") and
 * the language coach read them as they read any field. */
static void factors_join(Session *s)
{
    StrBuf b = {0};
    for (int i = 0; i < s->factor_count; i++) strbuf_addf(&b, "%s%s", i ? "\n" : "", s->factors[i].text);
    free(s->report[REPORT_FACTORS]);
    s->report[REPORT_FACTORS] = b.s;
}

bool session_apply_factor(Session *s, const Action *a, char *err, size_t errsize)
{
    int i = a->index;
    if (i < 0 || i > s->factor_count)
        return error_set(err, errsize, "factor %d does not exist; there are %d (index %d adds one)",
                         i, s->factor_count, s->factor_count);
    if (!a->text || !*a->text) {
        if (i == s->factor_count) return error_set(err, errsize, "factor %d does not exist, so it cannot be removed", i);
        factor_clear(&s->factors[i]);
        memmove(&s->factors[i], &s->factors[i + 1], sizeof *s->factors * (size_t)(s->factor_count - i - 1));
        memset(&s->factors[--s->factor_count], 0, sizeof *s->factors);
        factors_join(s);
        return true;
    }
    if (i == ACTION_MAX_FACTORS)
        return error_set(err, errsize, "a report holds at most %d contributing factors", ACTION_MAX_FACTORS);
    Entity ev[ACTION_MAX_EVIDENCE];
    assert(a->id_count <= ACTION_MAX_EVIDENCE);
    const Factor *was = i < s->factor_count ? &s->factors[i] : NULL;
    for (int k = 0; k < a->id_count; k++)
        if (!resolve_evidence(s, was, a->ids[k], &ev[k], err, errsize)) return false;
    if (!s->factors) s->factors = xcalloc(ACTION_MAX_FACTORS, sizeof *s->factors);
    Factor *f = &s->factors[i];
    factor_clear(f);
    f->text = xstrdup(a->text);
    f->evidence = xcalloc((size_t)a->id_count + 1, sizeof *f->evidence);
    memcpy(f->evidence, ev, sizeof *ev * (size_t)a->id_count);
    f->evidence_count = a->id_count;
    if (i == s->factor_count) s->factor_count++;
    factors_join(s);
    return true;
}

/* ---- the report timeline ---- */

bool session_apply_order(Session *s, const Action *a, char *err, size_t errsize)
{
    int *order = xcalloc((size_t)a->id_count + 1, sizeof *order);
    for (int k = 0; k < a->id_count; k++) {
        int it = scenario_find(s->sc, a->ids[k], ENT_ITEM);
        if (it < 0 || !s->pins[it].pinned) {
            free(order);
            return error_set(err, errsize, it < 0 ? "field 'items': no item '%s' in this scenario"
                                                  : "field 'items': item '%s' is not pinned", a->ids[k]);
        }
        order[k] = it;
    }
    free(s->order);
    s->order = order;
    s->order_count = a->id_count;
    return true;
}

typedef struct TimelineKey { int item; int has_time; DojoTime at; int seq; } TimelineKey;

static int key_compare(const void *pa, const void *pb)
{
    const TimelineKey *a = pa, *b = pb;
    if (a->has_time != b->has_time) return a->has_time ? -1 : 1;
    if (a->has_time && a->at != b->at) return a->at < b->at ? -1 : 1;
    if (!a->has_time && a->seq != b->seq) return a->seq < b->seq ? -1 : 1;
    return a->item - b->item;
}

int session_timeline(const Session *s, int *items)
{
    const Scenario *sc = s->sc;
    int n = 0;
    unsigned char *placed = xcalloc((size_t)sc->item_count + 1, 1);
    for (int k = 0; k < s->order_count; k++) {
        int it = s->order[k];
        if (s->pins[it].pinned && !placed[it]) { items[n++] = it; placed[it] = 1; }
    }
    TimelineKey *keys = xcalloc((size_t)s->pin_count + 1, sizeof *keys);
    int rest = 0;
    for (int i = 0; i < sc->item_count; i++)
        if (s->pins[i].pinned && !placed[i])
            keys[rest++] = (TimelineKey){i, sc->items[i].at != DOJO_TIME_NONE, sc->items[i].at, s->pins[i].seq};
    qsort(keys, (size_t)rest, sizeof *keys, key_compare);
    for (int k = 0; k < rest; k++) items[n++] = keys[k].item;
    free(keys);
    free(placed);
    assert(n == s->pin_count);
    return n;
}

void session_free_report(Session *s)
{
    for (int i = 0; i < s->factor_count; i++) factor_clear(&s->factors[i]);
    free(s->factors);
    free(s->order);
}
