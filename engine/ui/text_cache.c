/* text_cache.c: a direct-mapped cache of wrapped layouts for texts drawn
 * every frame by code that keeps no state of its own. Each slot keeps a
 * copy of its text and spans (so a hash collision can never return the
 * wrong lines) in buffers that grow and are reused. */
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "text.h"

typedef struct CacheSlot {
    bool used;
    uint64_t key;
    int width, len, cap, nspans, capspans;
    unsigned generation;
    FontStyle style;
    char *text;
    TextSpan *spans;
    TextLines lines;
} CacheSlot;

struct TextCache {
    CacheSlot *slots;
    unsigned mask, misses;
};

TextCache *text_cache_create(int entries)
{
    unsigned n = 16;
    while ((int)n < entries) n *= 2;
    TextCache *c = xcalloc(1, sizeof *c);
    c->slots = xcalloc(n, sizeof *c->slots);
    c->mask = n - 1;
    return c;
}

void text_cache_destroy(TextCache *cache)
{
    if (!cache) return;
    for (unsigned i = 0; i <= cache->mask; i++) {
        free(cache->slots[i].text);
        free(cache->slots[i].spans);
        text_lines_free(&cache->slots[i].lines);
    }
    free(cache->slots);
    free(cache);
}

static uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
    const unsigned char *s = data;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

static uint64_t block_key(const TextBlock *b, int width, unsigned generation)
{
    int head[3] = {width, (int)generation, (int)b->style};
    uint64_t h = fnv1a(0xcbf29ce484222325ull, head, sizeof head);
    h = fnv1a(h, b->text, (size_t)b->len);
    return b->nspans ? fnv1a(h, b->spans, sizeof *b->spans * (size_t)b->nspans) : h;
}

static bool slot_matches(const CacheSlot *s, const TextBlock *b, uint64_t key, int width,
                         unsigned generation)
{
    return s->used && s->key == key && s->width == width && s->generation == generation &&
           s->style == b->style && s->len == b->len && s->nspans == b->nspans &&
           (b->len == 0 || memcmp(s->text, b->text, (size_t)b->len) == 0) &&
           (!b->nspans || memcmp(s->spans, b->spans, sizeof *b->spans * (size_t)b->nspans) == 0);
}

const TextLines *text_cache_get(TextCache *cache, Platform *p, const TextBlock *b, int width)
{
    unsigned generation = platform_font_generation(p);
    uint64_t key = block_key(b, width, generation);
    CacheSlot *s = &cache->slots[key & cache->mask];
    if (slot_matches(s, b, key, width, generation)) return &s->lines;
    cache->misses++;
    if (s->cap < b->len) {
        s->text = xrealloc(s->text, (size_t)b->len);
        s->cap = b->len;
    }
    if (s->capspans < b->nspans) {
        s->spans = xrealloc(s->spans, sizeof *s->spans * (size_t)b->nspans);
        s->capspans = b->nspans;
    }
    if (b->len) memcpy(s->text, b->text, (size_t)b->len);
    if (b->nspans) memcpy(s->spans, b->spans, sizeof *s->spans * (size_t)b->nspans);
    s->used = true;
    s->key = key;
    s->width = width;
    s->generation = generation;
    s->style = b->style;
    s->len = b->len;
    s->nspans = b->nspans;
    s->lines.count = 0;
    text_wrap(p, b, width, &s->lines);
    return &s->lines;
}

unsigned text_cache_misses(const TextCache *cache)
{
    return cache->misses;
}
