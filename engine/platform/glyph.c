/* glyph.c: the glyph table. Each (style, codepoint) is measured on first
 * use (from the fallback font when the style's font lacks it) and
 * rasterised once on first draw, trimmed to its ink, into the atlas. */
#include <stdlib.h>
#include <string.h>
#include "platform_internal.h"

static unsigned hash_key(int style, uint32_t cp)
{
    uint32_t k = cp * 8u + (uint32_t)style;
    k ^= k >> 16;
    k *= 0x7feb352du;
    k ^= k >> 15;
    k *= 0x846ca68bu;
    return k ^ (k >> 16);
}

static void slots_insert(Atlas *a, int32_t index)
{
    const Glyph *g = &a->glyphs[index];
    unsigned mask = a->nslots - 1, i = hash_key(g->style, g->cp) & mask;
    while (a->slots[i] >= 0) i = (i + 1) & mask;
    a->slots[i] = index;
}

static bool slots_grow(Atlas *a)
{
    int32_t *old = a->slots;
    a->slots = malloc(sizeof *a->slots * a->nslots * 2);
    if (!a->slots) {
        a->slots = old;
        return false;
    }
    free(old);
    a->nslots *= 2;
    memset(a->slots, 0xFF, sizeof *a->slots * a->nslots);
    for (int32_t i = 0; i < a->nglyphs; i++) slots_insert(a, i);
    return true;
}

static void glyph_measure(Platform *p, Glyph *g)
{
    FontSlot *slot = font_get(p, g->style);
    TTF_Font *f = slot->font;
    int minx = 0, maxx = 0, miny = 0, maxy = 0, adv = 0;
    g->flags = GLYPH_EMPTY;
    if (!f) return;
    if (g->cp == '\t') {
        TTF_GlyphMetrics32(f, ' ', &minx, &maxx, &miny, &maxy, &adv);
        g->advance = (int16_t)(adv * 4);
        return;
    }
    if (g->cp < 32 || g->cp == 0x7F) return;    /* controls take no room */
    if (!TTF_GlyphIsProvided32(f, g->cp)) {
        FontSlot *fb = font_get_fallback(p);
        if (fb && TTF_GlyphIsProvided32(fb->font, g->cp)) {
            f = fb->font;
            g->flags |= GLYPH_FALLBACK;
        }
    }
    if (TTF_GlyphMetrics32(f, g->cp, &minx, &maxx, &miny, &maxy, &adv) != 0) return;
    g->advance = (int16_t)adv;
    if (maxx > minx && maxy > miny) g->flags &= (uint8_t)~GLYPH_EMPTY;
}

Glyph *glyph_find(Platform *p, int style, uint32_t cp)
{
    Atlas *a = &p->atlas;
    unsigned mask = a->nslots - 1;
    for (unsigned i = hash_key(style, cp) & mask; a->slots[i] >= 0; i = (i + 1) & mask) {
        Glyph *g = &a->glyphs[a->slots[i]];
        if (g->cp == cp && g->style == style) return g;
    }
    if (a->nglyphs == a->capglyphs) {
        int cap = a->capglyphs ? a->capglyphs * 2 : 256;
        Glyph *n = realloc(a->glyphs, sizeof *n * (size_t)cap);
        if (!n) abort();    /* a few KiB: out of memory here is not recoverable */
        a->glyphs = n;
        a->capglyphs = cap;
    }
    if ((unsigned)(a->nglyphs + 1) * 2 > a->nslots && !slots_grow(a)) abort();
    int32_t index = a->nglyphs++;
    Glyph *g = &a->glyphs[index];
    *g = (Glyph){.cp = cp, .style = (uint8_t)style};
    glyph_measure(p, g);
    slots_insert(a, index);
    if (cp < 128) {
        a->ascii[style][cp] = index;
        a->ascii_adv[style][cp] = g->advance;
    }
    return g;
}

/* The smallest box holding every pixel with ink; false if there is none. */
static bool ink_box(const SDL_Surface *s, SDL_Rect *box)
{
    int x0 = s->w, y0 = s->h, x1 = -1, y1 = -1;
    for (int y = 0; y < s->h; y++) {
        const Uint32 *row = (const Uint32 *)((const char *)s->pixels + y * s->pitch);
        for (int x = 0; x < s->w; x++) {
            if (!(row[x] >> 24)) continue;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            y1 = y;
        }
    }
    *box = (SDL_Rect){x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    return x1 >= 0;
}

/* SDL_ttf puts the pen at x = -min(minx, 0) and the line top at
 * y = -min(ascent - maxy, 0) in the surface it renders; the trimmed bitmap's
 * offset is taken from there, and a fallback glyph shares our baseline. */
void glyph_rasterise(Platform *p, Glyph *g)
{
    g->flags |= GLYPH_RASTERISED;
    if (g->flags & GLYPH_EMPTY) return;
    g->flags |= GLYPH_EMPTY;
    FontSlot *own = font_get(p, g->style);
    FontSlot *slot = g->flags & GLYPH_FALLBACK ? font_get_fallback(p) : own;
    int minx, maxx, miny, maxy, adv;
    if (!slot || TTF_GlyphMetrics32(slot->font, g->cp, &minx, &maxx, &miny, &maxy, &adv) != 0) return;
    uint32_t cp = g->cp;
    int style = g->style;
    SDL_Surface *s = TTF_RenderGlyph32_Blended(slot->font, cp, (SDL_Color){255, 255, 255, 255});
    SDL_Rect box;
    int page, x, y;
    p->stats.glyphs_rasterised++;
    if (g->flags & GLYPH_FALLBACK) p->stats.fallback_glyphs++;
    if (!s || !ink_box(s, &box) || !atlas_place(p, box.w, box.h, &page, &x, &y)) {
        SDL_FreeSurface(s);
        return;
    }
    int xstart = minx < 0 ? -minx : 0, ystart = maxy > slot->ascent ? maxy - slot->ascent : 0;
    *g = (Glyph){.cp = cp, .style = (uint8_t)style, .advance = g->advance,
                 .flags = (uint8_t)(g->flags & ~GLYPH_EMPTY), .page = (uint16_t)page,
                 .x = (int16_t)x, .y = (int16_t)y, .w = (int16_t)box.w, .h = (int16_t)box.h,
                 .off_x = (int16_t)(box.x - xstart),
                 .off_y = (int16_t)(box.y - ystart + own->ascent - slot->ascent)};
    AtlasPage *pg = &p->atlas.pages[page];
    for (int r = 0; r < box.h; r++) {
        const Uint32 *src = (const Uint32 *)((const char *)s->pixels + (box.y + r) * s->pitch) + box.x;
        unsigned char *dst = pg->alpha + (size_t)(y + r) * (size_t)pg->w + x;
        for (int c = 0; c < box.w; c++) dst[c] = (unsigned char)(src[c] >> 24);
    }
    SDL_FreeSurface(s);
    atlas_upload(p, page, (SDL_Rect){x, y, box.w, box.h});
}
