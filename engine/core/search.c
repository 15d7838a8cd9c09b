/* search.c: the inverted index behind search.h. Words are interned in a
 * hash table at build, then sorted so that a query word's prefix matches
 * one contiguous run of terms and, with it, one contiguous run of postings. */
#include "search.h"
#include <stdlib.h>
#include <string.h>

typedef struct Term {
    uint32_t off, len;          /* folded bytes in pool */
    uint32_t begin, count;      /* postings[begin .. begin + count) */
    uint32_t used;              /* postings written so far, during build */
    int last_doc;               /* the last doc counted, so a doc counts once */
} Term;

/* Ranking of one hit inside its source's group. */
typedef struct RankKey { int doc, is_item, title; DojoTime at; } RankKey;

/* Per-query working memory, sized for every doc at build so a query
 * allocates nothing. Reached through a pointer so queries can take a
 * const index. */
typedef struct Scratch {
    uint32_t *mark;             /* per doc: which query word it has reached */
    uint16_t *tmask;            /* per doc: query words seen in its title */
    int *list;                  /* matched docs */
    RankKey *keys;
    uint32_t gen;               /* marks below this are stale */
} Scratch;

struct SearchIndex {
    const Scenario *sc;
    int doc_count;              /* each source, then its items: display order */
    int *doc_item;              /* item index, or -1 for the source itself */
    int *doc_source;
    char *pool; size_t pool_len, pool_cap;
    Term *terms; int term_count, term_cap;
    uint32_t *slots; uint32_t slot_cap;   /* hash table: term index + 1, 0 empty */
    uint32_t *post; long post_count;      /* doc << 1 | found in the title */
    Scratch *scratch;
};

static const SearchField ITEM_FIELDS[] = {SEARCH_FIELD_TEXT, SEARCH_FIELD_TITLE};
static const SearchField SOURCE_FIELDS[] = {SEARCH_FIELD_TEXT, SEARCH_FIELD_DESCRIPTION,
                                            SEARCH_FIELD_DIFF, SEARCH_FIELD_TITLE};

static bool is_word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The next word at or after s: sets *word and *len, returns the end of the
 * word, or NULL when there is none. */
static const char *next_word(const char *s, const char **word, size_t *len)
{
    while (*s && !is_word_byte((unsigned char)*s)) s++;
    if (!*s) return NULL;
    const char *e = s;
    while (is_word_byte((unsigned char)*e)) e++;
    *word = s;
    *len = (size_t)(e - s);
    return e;
}

/* A doc's searchable strings (some may be NULL) into v and f; returns how many. */
static int doc_fields(const SearchIndex *ix, int doc, const char *v[4], SearchField f[4])
{
    int item = ix->doc_item[doc];
    if (item >= 0) {
        const Item *it = &ix->sc->items[item];
        v[0] = it->text;
        v[1] = it->title;
        memcpy(f, ITEM_FIELDS, sizeof ITEM_FIELDS);
        return 2;
    }
    const Source *s = &ix->sc->sources[ix->doc_source[doc]];
    v[0] = s->text;
    v[1] = s->description;
    v[2] = s->diff;
    v[3] = s->title;
    memcpy(f, SOURCE_FIELDS, sizeof SOURCE_FIELDS);
    return 4;
}

/* ---- Build ---- */

static uint32_t hash_word(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ fold((unsigned char)w[i])) * 16777619u;
    return h;
}

static bool term_equals(const SearchIndex *ix, const Term *t, const char *w, size_t n)
{
    if (t->len != n) return false;
    const char *p = ix->pool + t->off;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)p[i] != fold((unsigned char)w[i])) return false;
    return true;
}

static void slots_grow(SearchIndex *ix)
{
    uint32_t cap = ix->slot_cap ? ix->slot_cap * 2 : 1024;
    uint32_t *slots = xcalloc(cap, sizeof *slots);
    for (int i = 0; i < ix->term_count; i++) {
        const Term *t = &ix->terms[i];
        uint32_t j = hash_word(ix->pool + t->off, t->len) & (cap - 1);
        while (slots[j]) j = (j + 1) & (cap - 1);
        slots[j] = (uint32_t)i + 1;
    }
    free(ix->slots);
    ix->slots = slots;
    ix->slot_cap = cap;
}

/* The index of word's term, added if new. */
static int term_intern(SearchIndex *ix, const char *w, size_t n)
{
    if ((uint32_t)ix->term_count * 2 >= ix->slot_cap) slots_grow(ix);
    uint32_t j = hash_word(w, n) & (ix->slot_cap - 1);
    for (; ix->slots[j]; j = (j + 1) & (ix->slot_cap - 1))
        if (term_equals(ix, &ix->terms[ix->slots[j] - 1], w, n)) return (int)ix->slots[j] - 1;
    if (ix->pool_len + n > ix->pool_cap) {
        ix->pool_cap = (ix->pool_len + n) * 2 + 4096;
        ix->pool = xrealloc(ix->pool, ix->pool_cap);
    }
    for (size_t i = 0; i < n; i++) ix->pool[ix->pool_len + i] = (char)fold((unsigned char)w[i]);
    vec_reserve((void **)&ix->terms, &ix->term_cap, ix->term_count + 1, sizeof *ix->terms);
    ix->terms[ix->term_count] = (Term){.off = (uint32_t)ix->pool_len, .len = (uint32_t)n,
                                       .last_doc = -1};
    ix->pool_len += n;
    ix->slots[j] = (uint32_t)++ix->term_count;
    return ix->term_count - 1;
}

/* Pass one counts each term's docs; pass two writes the postings. */
static void index_doc(SearchIndex *ix, int doc, bool fill)
{
    const char *v[4];
    SearchField f[4];
    int nf = doc_fields(ix, doc, v, f);
    for (int k = 0; k < nf; k++) {
        const char *s = v[k];
        if (!s) continue;
        uint32_t title = f[k] == SEARCH_FIELD_TITLE;
        const char *w;
        size_t n;
        while ((s = next_word(s, &w, &n))) {
            int id = term_intern(ix, w, n);   /* may move ix->terms */
            Term *t = &ix->terms[id];
            if (!fill && t->last_doc != doc) t->count++;
            else if (fill && t->last_doc != doc) ix->post[t->begin + t->used++] = (uint32_t)doc << 1 | title;
            else if (fill) ix->post[t->begin + t->used - 1] |= title;
            t->last_doc = doc;
        }
    }
}

typedef struct SortTerm { const char *s; uint32_t len; int id; } SortTerm;

static int sort_term_cmp(const void *a, const void *b)
{
    const SortTerm *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Puts the terms in byte order, lays out their postings in that order and
 * points the hash table at the new positions. */
static void terms_sort(SearchIndex *ix)
{
    int n = ix->term_count;
    SortTerm *order = xmalloc((size_t)(n ? n : 1) * sizeof *order);
    for (int i = 0; i < n; i++)
        order[i] = (SortTerm){ix->pool + ix->terms[i].off, ix->terms[i].len, i};
    qsort(order, (size_t)n, sizeof *order, sort_term_cmp);
    Term *sorted = xmalloc((size_t)(n ? n : 1) * sizeof *sorted);
    int *remap = xmalloc((size_t)(n ? n : 1) * sizeof *remap);
    long begin = 0;
    for (int i = 0; i < n; i++) {
        sorted[i] = ix->terms[order[i].id];
        sorted[i].begin = (uint32_t)begin;
        sorted[i].last_doc = -1;
        begin += sorted[i].count;
        remap[order[i].id] = i;
    }
    for (uint32_t j = 0; j < ix->slot_cap; j++)
        if (ix->slots[j]) ix->slots[j] = (uint32_t)remap[ix->slots[j] - 1] + 1;
    free(ix->terms);
    ix->terms = sorted;
    ix->term_cap = n;
    ix->post_count = begin;
    free(order);
    free(remap);
}

static void docs_layout(SearchIndex *ix)
{
    const Scenario *sc = ix->sc;
    int n = sc->source_count;
    for (int s = 0; s < sc->source_count; s++) n += sc->sources[s].item_count;
    size_t cap = (size_t)(n ? n : 1);
    ix->doc_item = xmalloc(cap * sizeof *ix->doc_item);
    ix->doc_source = xmalloc(cap * sizeof *ix->doc_source);
    for (int s = 0; s < sc->source_count; s++) {
        const Source *src = &sc->sources[s];
        for (int i = -1; i < src->item_count; i++) {
            ix->doc_item[ix->doc_count] = i < 0 ? -1 : src->first_item + i;
            ix->doc_source[ix->doc_count++] = s;
        }
    }
}

SearchIndex *search_build(const Scenario *sc)
{
    SearchIndex *ix = xcalloc(1, sizeof *ix);
    ix->sc = sc;
    docs_layout(ix);
    for (int d = 0; d < ix->doc_count; d++) index_doc(ix, d, false);
    terms_sort(ix);
    ix->post = xmalloc((size_t)(ix->post_count ? ix->post_count : 1) * sizeof *ix->post);
    for (int d = 0; d < ix->doc_count; d++) index_doc(ix, d, true);
    size_t cap = (size_t)(ix->doc_count ? ix->doc_count : 1);
    Scratch *sc_ = xcalloc(1, sizeof *sc_);
    sc_->mark = xcalloc(cap, sizeof *sc_->mark);
    sc_->tmask = xcalloc(cap, sizeof *sc_->tmask);
    sc_->list = xmalloc(cap * sizeof *sc_->list);
    sc_->keys = xmalloc(cap * sizeof *sc_->keys);
    sc_->gen = 1;
    ix->scratch = sc_;
    return ix;
}

void search_destroy(SearchIndex *ix)
{
    if (!ix) return;
    free(ix->scratch->mark);
    free(ix->scratch->tmask);
    free(ix->scratch->list);
    free(ix->scratch->keys);
    free(ix->scratch);
    free(ix->doc_item);
    free(ix->doc_source);
    free(ix->pool);
    free(ix->terms);
    free(ix->slots);
    free(ix->post);
    free(ix);
}

void search_stats(const SearchIndex *ix, int *terms, long *postings)
{
    *terms = ix->term_count;
    *postings = ix->post_count;
}

/* ---- Query ---- */

typedef struct QWord {
    const char *w; size_t n;
    int lo, hi;                 /* the terms it is a prefix of */
    int bit;                    /* its bit in tmask: its place in the query */
} QWord;

/* <0, 0 or >0 as term t sorts before, has as its prefix, or sorts after q. */
static int prefix_cmp(const SearchIndex *ix, const Term *t, const QWord *q)
{
    const unsigned char *p = (const unsigned char *)ix->pool + t->off;
    size_t n = t->len < q->n ? t->len : q->n;
    for (size_t i = 0; i < n; i++) {
        int c = (int)p[i] - (int)fold((unsigned char)q->w[i]);
        if (c) return c;
    }
    return t->len >= q->n ? 0 : -1;
}

/* First term at which prefix_cmp is > above (above 0: past the matches). */
static int terms_bound(const SearchIndex *ix, const QWord *q, int above)
{
    int lo = 0, hi = ix->term_count;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (prefix_cmp(ix, &ix->terms[mid], q) < above) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static long qword_cost(const SearchIndex *ix, const QWord *q)
{
    if (q->lo >= q->hi) return 0;
    const Term *last = &ix->terms[q->hi - 1];
    return (long)(last->begin + last->count - ix->terms[q->lo].begin);
}

static bool qword_same(const QWord *a, const QWord *b)
{
    if (a->n != b->n) return false;
    for (size_t i = 0; i < a->n; i++)
        if (fold((unsigned char)a->w[i]) != fold((unsigned char)b->w[i])) return false;
    return true;
}

/* Splits the query, drops repeats, finds each word's terms and orders the
 * words rarest first. Returns the number of words, or 0 if any is absent. */
static int query_parse(const SearchIndex *ix, const char *query, QWord *q)
{
    int n = 0;
    const char *s = query ? query : "";
    QWord w = {0};
    while (n < SEARCH_MAX_WORDS && (s = next_word(s, &w.w, &w.n))) {
        bool repeat = false;
        for (int i = 0; i < n; i++) repeat = repeat || qword_same(&q[i], &w);
        if (repeat) continue;
        w.lo = terms_bound(ix, &w, 0);
        w.hi = terms_bound(ix, &w, 1);
        if (w.lo >= w.hi) return 0;
        w.bit = n;
        q[n++] = w;
    }
    for (int i = 1; i < n; i++)           /* insertion sort: n is tiny */
        for (int j = i; j > 0 && qword_cost(ix, &q[j]) < qword_cost(ix, &q[j - 1]); j--) {
            QWord t = q[j]; q[j] = q[j - 1]; q[j - 1] = t;
        }
    return n;
}

/* Advances every doc that has words 0..k-1 and contains word k. Marks run
 * base+1 .. base+n, so nothing needs clearing between queries. */
static void query_mark(const SearchIndex *ix, const QWord *q, int k, uint32_t base)
{
    Scratch *s = ix->scratch;
    const uint32_t *p = ix->post + ix->terms[q->lo].begin, *end = p + qword_cost(ix, q);
    uint16_t bit = (uint16_t)(1u << q->bit);
    for (; p < end; p++) {
        uint32_t d = *p >> 1;
        if (k == 0 && s->mark[d] != base + 1) {
            s->mark[d] = base + 1;
            s->tmask[d] = 0;
        } else if (s->mark[d] == base + (uint32_t)k) {
            s->mark[d] = base + (uint32_t)k + 1;
        } else if (s->mark[d] != base + (uint32_t)k + 1) {
            continue;
        }
        if (*p & 1) s->tmask[d] |= bit;
    }
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Lists the docs that reached mark done, in doc order, and returns how many. */
static int query_collect(const SearchIndex *ix, const QWord *last, uint32_t done)
{
    Scratch *s = ix->scratch;
    const uint32_t *p = ix->post + ix->terms[last->lo].begin, *end = p + qword_cost(ix, last);
    int m = 0;
    for (; p < end; p++)
        if (s->mark[*p >> 1] == done) {
            s->list[m++] = (int)(*p >> 1);
            s->mark[*p >> 1] = done + 1;          /* listed once */
        }
    if (last->hi - last->lo == 1) return m;       /* one term: already in doc order */
    if ((long)m * 16 < ix->doc_count) {
        qsort(s->list, (size_t)m, sizeof *s->list, int_cmp);
        return m;
    }
    m = 0;                                        /* many: a pass over the marks is cheaper */
    for (int d = 0; d < ix->doc_count; d++)
        if (s->mark[d] == done + 1) s->list[m++] = d;
    return m;
}

static int rank_cmp(const void *a, const void *b)
{
    const RankKey *x = a, *y = b;
    if (x->is_item != y->is_item) return x->is_item - y->is_item;
    if (x->title != y->title) return y->title - x->title;
    if (x->at != y->at) return x->at < y->at ? -1 : 1;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

/* Sorts the groups that start before max by rank; later ones are not returned. */
static void query_rank(const SearchIndex *ix, int m, int max)
{
    Scratch *s = ix->scratch;
    for (int i = 0, end; i < m && i < max; i = end) {
        int src = ix->doc_source[s->list[i]];
        bool sorted = true;
        for (end = i; end < m && ix->doc_source[s->list[end]] == src; end++) {
            int d = s->list[end], item = ix->doc_item[d];
            s->keys[end] = (RankKey){d, item >= 0, __builtin_popcount(s->tmask[d]),
                                     item >= 0 ? ix->sc->items[item].at : DOJO_TIME_NONE};
            sorted = sorted && (end == i || rank_cmp(&s->keys[end - 1], &s->keys[end]) <= 0);
        }
        if (sorted) continue;
        qsort(s->keys + i, (size_t)(end - i), sizeof *s->keys, rank_cmp);
        for (int k = i; k < end; k++) s->list[k] = s->keys[k].doc;
    }
}

/* Points hit at the first word in the doc that starts with a query word. */
static void hit_locate(const SearchIndex *ix, int doc, const QWord *q, int n, SearchHit *hit)
{
    const char *v[4];
    SearchField f[4];
    int nf = doc_fields(ix, doc, v, f);
    for (int k = 0; k < nf; k++) {
        const char *s = v[k], *w;
        size_t len;
        while (s && (s = next_word(s, &w, &len)))
            for (int i = 0; i < n; i++) {
                QWord word = {.w = w, .n = len < q[i].n ? len : q[i].n};
                if (len >= q[i].n && qword_same(&word, &q[i])) {
                    hit->field = f[k];
                    hit->offset = (int)(w - v[k]);
                    hit->length = (int)q[i].n;
                    return;
                }
            }
    }
}

int search_query(const SearchIndex *ix, const char *query, SearchHit *hits, int max)
{
    QWord q[SEARCH_MAX_WORDS];
    int n = query_parse(ix, query, q);
    if (n == 0) return 0;
    Scratch *s = ix->scratch;
    if (s->gen > UINT32_MAX - 2 * SEARCH_MAX_WORDS) {   /* wrapped: start the marks afresh */
        memset(s->mark, 0, (size_t)ix->doc_count * sizeof *s->mark);
        s->gen = 1;
    }
    uint32_t base = s->gen;
    s->gen += (uint32_t)n + 2;
    for (int k = 0; k < n; k++) query_mark(ix, &q[k], k, base);
    int m = query_collect(ix, &q[n - 1], base + (uint32_t)n);
    query_rank(ix, m, max);
    for (int i = 0; i < m && i < max; i++) {
        int d = s->list[i];
        hits[i] = (SearchHit){.source = ix->doc_source[d], .item = ix->doc_item[d],
                              .title_words = __builtin_popcount(s->tmask[d])};
        hit_locate(ix, d, q, n, &hits[i]);
    }
    return m;
}

int search_group_end(const SearchHit *hits, int n, int start)
{
    int end = start;
    while (end < n && hits[end].source == hits[start].source) end++;
    return end;
}
