/* aggregate_stats.c: the numbers of an Aggregate: per criterion, per
 * category and in total, the evidence most missed and the questions most
 * asked. Everything is recomputed from the parsed results each call. */
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "core/aggregate.h"

static const cJSON *field(const cJSON *o, const char *key) { return cJSON_GetObjectItemCaseSensitive(o, key); }

static int crit_bin(int earned, int points, bool met)
{
    if (points <= 0) return met ? AGG_CRIT_BINS - 1 : 0;
    int b = (int)((long)earned * AGG_CRIT_BINS / points);
    return b < 0 ? 0 : b >= AGG_CRIT_BINS ? AGG_CRIT_BINS - 1 : b;
}

static AggCriterion *criterion_slot(Aggregate *a, StrMap *index, const cJSON *c, int *cap)
{
    const char *id = field(c, "id")->valuestring;
    int at = strmap_get(index, id);
    if (at >= 0) return &a->criteria[at];
    strmap_put(index, id, a->criterion_count);
    AggCriterion *ac = VEC_PUSH(a->criteria, a->criterion_count, *cap);
    memset(ac, 0, sizeof *ac);
    const cJSON *t = field(c, "title"), *k = field(c, "category");
    ac->id = id;
    ac->title = cJSON_IsString(t) ? t->valuestring : id;
    ac->category = cJSON_IsString(k) ? k->valuestring : "";
    ac->points = (int)field(c, "points")->valuedouble;
    return ac;
}

static void compute_criteria(Aggregate *a)
{
    StrMap index = {0};
    int cap = 0;
    for (int i = 0; i < a->count; i++) {
        for (const cJSON *c = field(a->roots[i], "criteria")->child; c; c = c->next) {
            AggCriterion *ac = criterion_slot(a, &index, c, &cap);
            int earned = (int)field(c, "earned")->valuedouble;
            bool met = cJSON_IsTrue(field(c, "met"));
            if (met) ac->met++;
            else if (earned > 0) ac->partial++;
            else ac->missed++;
            ac->bins[crit_bin(earned, ac->points, met)]++;
            ac->mean_earned += earned;   /* a sum until divided below */
        }
    }
    for (int j = 0; j < a->criterion_count; j++) {
        AggCriterion *ac = &a->criteria[j];
        int n = ac->met + ac->partial + ac->missed;
        if (n) ac->mean_earned /= n;
    }
    strmap_destroy(&index);
}

static void compute_categories(Aggregate *a)
{
    StrMap index = {0};
    int cap = 0, *counts = NULL, ccap = 0, cn = 0;
    for (int i = 0; i < a->count; i++) {
        const cJSON *cats = field(a->roots[i], "categories");
        for (const cJSON *c = cJSON_IsObject(cats) ? cats->child : NULL; c; c = c->next) {
            const cJSON *s = field(c, "score");
            if (!c->string || !cJSON_IsNumber(s)) continue;
            int at = strmap_get(&index, c->string);
            if (at < 0) {
                strmap_put(&index, c->string, at = a->category_count);
                *VEC_PUSH(a->categories, a->category_count, cap) = (AggCategory){c->string, 0, s->valuedouble, s->valuedouble};
                *VEC_PUSH(counts, cn, ccap) = 0;
            }
            AggCategory *k = &a->categories[at];
            k->mean += s->valuedouble;
            if (s->valuedouble < k->min) k->min = s->valuedouble;
            if (s->valuedouble > k->max) k->max = s->valuedouble;
            counts[at]++;
        }
    }
    for (int j = 0; j < a->category_count; j++) a->categories[j].mean /= counts[j];
    free(counts);
    strmap_destroy(&index);
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static void compute_totals(Aggregate *a)
{
    a->mean = a->median = a->min = a->max = 0;
    memset(a->score_bins, 0, sizeof a->score_bins);
    if (!a->count) return;
    double *s = xmalloc((size_t)a->count * sizeof *s);
    for (int i = 0; i < a->count; i++) {
        s[i] = a->people[i].score;
        a->mean += s[i];
        int b = (int)(s[i] / (100.0 / AGG_SCORE_BINS));
        a->score_bins[b < 0 ? 0 : b >= AGG_SCORE_BINS ? AGG_SCORE_BINS - 1 : b]++;
    }
    qsort(s, (size_t)a->count, sizeof *s, cmp_double);
    a->mean /= a->count;
    a->min = s[0], a->max = s[a->count - 1];
    a->median = a->count % 2 ? s[a->count / 2] : (s[a->count / 2 - 1] + s[a->count / 2]) / 2;
    free(s);
}

/* What a participant has in hand: pinned items and learned facts. */
static void participant_known(const cJSON *root, StrMap *known)
{
    const cJSON *tl = field(root, "timeline"), *iv = field(root, "interviews");
    for (const cJSON *e = cJSON_IsArray(tl) ? tl->child : NULL; e; e = e->next)
        if (cJSON_IsString(field(e, "item"))) strmap_put(known, field(e, "item")->valuestring, 1);
    for (const cJSON *p = cJSON_IsArray(iv) ? iv->child : NULL; p; p = p->next) {
        const cJSON *l = field(p, "learned");
        for (const cJSON *f = cJSON_IsArray(l) ? l->child : NULL; f; f = f->next)
            if (cJSON_IsString(f)) strmap_put(known, f->valuestring, 1);
    }
}

static void compute_evidence(Aggregate *a)
{
    StrMap index = {0};
    int cap = 0;
    for (int i = 0; i < a->count; i++) {
        StrMap known = {0};
        participant_known(a->roots[i], &known);
        for (const cJSON *c = field(a->roots[i], "criteria")->child; c; c = c->next) {
            if (cJSON_IsTrue(field(c, "met"))) continue;
            const cJSON *ev = field(c, "evidence"), *t = field(c, "title");
            for (const cJSON *e = cJSON_IsArray(ev) ? ev->child : NULL; e; e = e->next) {
                if (!cJSON_IsString(e) || strmap_get(&known, e->valuestring) >= 0) continue;
                strmap_put(&known, e->valuestring, 1);   /* once per participant */
                int at = strmap_get(&index, e->valuestring);
                if (at < 0) {
                    strmap_put(&index, e->valuestring, at = a->evidence_count);
                    const char *title = cJSON_IsString(t) ? t->valuestring : field(c, "id")->valuestring;
                    *VEC_PUSH(a->evidence, a->evidence_count, cap) = (AggEvidence){e->valuestring, title, 0};
                }
                a->evidence[at].count++;
            }
        }
        strmap_destroy(&known);
    }
    strmap_destroy(&index);
}

static void compute_questions(Aggregate *a)
{
    StrMap index = {0};
    int cap = 0;
    for (int i = 0; i < a->count; i++) {
        StrMap seen = {0};
        const cJSON *iv = field(a->roots[i], "interviews");
        for (const cJSON *p = cJSON_IsArray(iv) ? iv->child : NULL; p; p = p->next) {
            const cJSON *qs = field(p, "questions"), *who = field(p, "person");
            const char *person = cJSON_IsString(who) ? who->valuestring : "";
            for (const cJSON *q = cJSON_IsArray(qs) ? qs->child : NULL; q; q = q->next) {
                if (!cJSON_IsString(q) || strmap_get(&seen, q->valuestring) >= 0) continue;
                strmap_put(&seen, q->valuestring, 1);
                int at = strmap_get(&index, q->valuestring);
                if (at < 0) {
                    strmap_put(&index, q->valuestring, at = a->question_count);
                    *VEC_PUSH(a->questions, a->question_count, cap) = (AggQuestion){q->valuestring, person, 0};
                }
                a->questions[at].count++;
            }
        }
        strmap_destroy(&seen);
    }
    strmap_destroy(&index);
}

static int cmp_evidence(const void *x, const void *y)
{
    const AggEvidence *a = x, *b = y;
    return a->count != b->count ? b->count - a->count : strcmp(a->id, b->id);
}

static int cmp_question(const void *x, const void *y)
{
    const AggQuestion *a = x, *b = y;
    return a->count != b->count ? b->count - a->count : strcmp(a->id, b->id);
}

void aggregate_compute(Aggregate *a)
{
    free(a->criteria), free(a->categories), free(a->evidence), free(a->questions);
    a->criteria = NULL, a->categories = NULL, a->evidence = NULL, a->questions = NULL;
    a->criterion_count = a->category_count = a->evidence_count = a->question_count = 0;
    compute_criteria(a);
    compute_categories(a);
    compute_totals(a);
    compute_evidence(a);
    compute_questions(a);
    if (a->evidence_count) qsort(a->evidence, (size_t)a->evidence_count, sizeof *a->evidence, cmp_evidence);
    if (a->question_count) qsort(a->questions, (size_t)a->question_count, sizeof *a->questions, cmp_question);
}
