/* util.c: arena, growable arrays, the string map and small text helpers. */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

struct ArenaBlock { ArenaBlock *next; size_t used, size; _Alignas(16) unsigned char data[]; };

#define ARENA_BLOCK_MIN (64 * 1024)

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (b && size > ARENA_BLOCK_MIN / 4 && b->size - b->used < size) {
        /* A big record gets a block of its own behind the current one, so
         * the current block's free space is not abandoned. */
        ArenaBlock *big = xmalloc(sizeof *big + size);
        big->size = big->used = size;
        big->next = b->next;
        b->next = big;
        memset(big->data, 0, size);
        return big->data;
    }
    if (!b || b->size - b->used < size) {
        size_t cap = size > ARENA_BLOCK_MIN ? size : ARENA_BLOCK_MIN;
        b = xmalloc(sizeof *b + cap);
        b->size = cap;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    if (!s) return NULL;
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *arena_strdup(Arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

void arena_destroy(Arena *a)
{
    for (ArenaBlock *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
}

static void out_of_memory(size_t size)
{
    fprintf(stderr, "incident-dojo: out of memory (asked for %zu bytes)\n", size);
    abort();
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) out_of_memory(n * size);
    return p;
}

void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

void vec_reserve(void **items, int *cap, int need, size_t elem)
{
    if (need <= *cap) return;
    int n = *cap ? *cap : 8;
    while (n < need) n *= 2;
    *items = xrealloc(*items, (size_t)n * elem);
    *cap = n;
}

/* ---- string map: open addressing, linear probing, power-of-two size ---- */

static uint32_t strmap_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void strmap_grow(StrMap *m)
{
    StrMap bigger = {0};
    bigger.cap = m->cap ? m->cap * 2 : 64;
    bigger.keys = xcalloc((size_t)bigger.cap, sizeof *bigger.keys);
    bigger.vals = xcalloc((size_t)bigger.cap, sizeof *bigger.vals);
    for (int i = 0; i < m->cap; i++)
        if (m->keys[i]) strmap_put(&bigger, m->keys[i], m->vals[i]);
    strmap_destroy(m);
    *m = bigger;
}

void strmap_put(StrMap *m, const char *key, int val)
{
    if ((m->count + 1) * 4 > m->cap * 3) strmap_grow(m);
    uint32_t mask = (uint32_t)m->cap - 1;
    for (uint32_t i = strmap_hash(key) & mask;; i = (i + 1) & mask) {
        if (!m->keys[i]) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->count++;
            return;
        }
        if (strcmp(m->keys[i], key) == 0) {
            m->vals[i] = val;
            return;
        }
    }
}

int strmap_get(const StrMap *m, const char *key)
{
    if (!m->cap) return -1;
    uint32_t mask = (uint32_t)m->cap - 1;
    for (uint32_t i = strmap_hash(key) & mask; m->keys[i]; i = (i + 1) & mask)
        if (strcmp(m->keys[i], key) == 0) return m->vals[i];
    return -1;
}

void strmap_destroy(StrMap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- text ---- */

/* Optimal string alignment distance: insertions, deletions, substitutions
 * and swaps of neighbours each cost 1, so "nmae" is one step from "name". */
int text_edit_distance(const char *a, const char *b, int cap)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la - lb > cap || lb - la > cap) return cap + 1;
    if (lb > 255 || la > 255) return cap + 1;
    int rows[3][256], *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (int j = 0; j <= lb; j++) prev[j] = j;
    for (int i = 1; i <= la; i++) {
        cur[0] = i;
        int best = i;
        for (int j = 1; j <= lb; j++) {
            char ca = (char)tolower((unsigned char)a[i - 1]), cb = (char)tolower((unsigned char)b[j - 1]);
            int v = prev[j - 1] + (ca != cb);
            if (prev[j] + 1 < v) v = prev[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
            if (v < best) best = v;
        }
        if (best > cap) return cap + 1;
        int *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb] > cap ? cap + 1 : prev[lb];
}

bool text_is_close(const char *typed, const char *known)
{
    int d = text_edit_distance(typed, known, 2);
    return d <= 2 && d * 3 <= (int)strlen(known);
}

static bool is_word_byte(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 0x80;
}

bool text_contains_word(const char *haystack, const char *needle)
{
    if (!haystack || !needle || !*needle) return false;
    size_t n = strlen(needle);
    bool prefix = needle[n - 1] == '*';
    if (prefix && --n == 0) return false;
    for (const char *h = haystack; *h; h++) {
        if (h > haystack && is_word_byte((unsigned char)h[-1]) && is_word_byte((unsigned char)needle[0]))
            continue;
        size_t i = 0;
        while (i < n && h[i] && tolower((unsigned char)h[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i < n) continue;
        if (prefix || !is_word_byte((unsigned char)h[n]) || !is_word_byte((unsigned char)needle[n - 1]))
            return true;
    }
    return false;
}

bool file_read_all(const char *path, char **data, size_t *len, char *err, size_t errsize)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errsize, "cannot open '%s': %s", path, strerror(errno));
        return false;
    }
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    for (size_t got; (got = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += got;
        if (cap - n < 2) buf = xrealloc(buf, cap *= 2);
    }
    bool ok = !ferror(f);
    if (!ok) snprintf(err, errsize, "cannot read '%s': %s", path, strerror(errno));
    fclose(f);
    if (!ok) { free(buf); return false; }
    buf[n] = 0;
    *data = buf;
    *len = n;
    return true;
}

bool error_set(char *err, size_t errsize, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (err && errsize) vsnprintf(err, errsize, fmt, ap);
    va_end(ap);
    return false;
}

void strbuf_addf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0) return;
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}
