/* atlas.c: the glyph atlas pages: bitmaps packed on shelves into a page
 * texture that grows to 2048x2048 before another page is added. */
#include <stdlib.h>
#include <string.h>
#include "platform_internal.h"

#define WHITE_SIZE 4    /* opaque block at (0, 0) of every page: rectangles sample it */

static SDL_Texture *page_texture(Platform *p, int w, int h)
{
    SDL_Texture *t = SDL_CreateTexture(p->ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, w, h);
    if (!t) return NULL;
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    /* quads sit on whole pixels, so nearest is exact and cheaper to sample */
    SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest);
    return t;
}

/* Glyphs are white with coverage in alpha; the vertex colour tints them. */
static void page_upload(Platform *p, AtlasPage *pg, SDL_Rect r)
{
    Atlas *a = &p->atlas;
    int rows = r.h;
    /* bounded scratch: big regions go up in strips */
    while (rows * r.w > 65536 && rows > 1) rows = (rows + 1) / 2;
    if (a->upload_cap < (size_t)(rows * r.w)) {
        Uint32 *n = realloc(a->upload, sizeof *n * (size_t)(rows * r.w));
        if (!n) return;
        a->upload = n;
        a->upload_cap = (size_t)(rows * r.w);
    }
    for (int y0 = r.y; y0 < r.y + r.h; y0 += rows) {
        int n = r.y + r.h - y0 < rows ? r.y + r.h - y0 : rows;
        for (int y = 0; y < n; y++) {
            const unsigned char *src = pg->alpha + (size_t)(y0 + y) * (size_t)pg->w + r.x;
            Uint32 *dst = a->upload + y * r.w;
            for (int x = 0; x < r.w; x++) dst[x] = (Uint32)src[x] << 24 | 0xFFFFFFu;
        }
        SDL_Rect strip = {r.x, y0, r.w, n};
        SDL_UpdateTexture(pg->tex, &strip, a->upload, r.w * 4);
    }
}

static bool shelf_pack(AtlasPage *pg, int w, int h, int *x, int *y)
{
    int bucket = (h + 3) & ~3;  /* shelves hold glyphs of similar height */
    for (int i = 0; i < pg->nshelves; i++) {
        Shelf *s = &pg->shelves[i];
        if (s->h == bucket && s->x + w <= pg->w) {
            *x = s->x;
            *y = s->y;
            s->x += w + 1;
            return true;
        }
    }
    if (pg->bottom + bucket > pg->h || w > pg->w) return false;
    if (pg->nshelves == pg->capshelves) {
        int cap = pg->capshelves ? pg->capshelves * 2 : 16;
        Shelf *n = realloc(pg->shelves, sizeof *n * (size_t)cap);
        if (!n) return false;
        pg->shelves = n;
        pg->capshelves = cap;
    }
    pg->shelves[pg->nshelves++] = (Shelf){pg->bottom, bucket, w + 1};
    *x = 0;
    *y = pg->bottom;
    pg->bottom += bucket + 1;
    return true;
}

static bool page_add(Platform *p)
{
    Atlas *a = &p->atlas;
    AtlasPage *pages = realloc(a->pages, sizeof *pages * (size_t)(a->npages + 1));
    if (!pages) return false;
    a->pages = pages;
    AtlasPage *pg = &pages[a->npages];
    *pg = (AtlasPage){.w = ATLAS_FIRST_SIZE, .h = ATLAS_FIRST_SIZE};
    pg->inv_w = 1.0f / (float)pg->w;
    pg->inv_h = 1.0f / (float)pg->h;
    pg->alpha = calloc((size_t)pg->w * (size_t)pg->h, 1);
    pg->tex = pg->alpha ? page_texture(p, pg->w, pg->h) : NULL;
    int x, y;
    if (!pg->tex || !shelf_pack(pg, WHITE_SIZE, WHITE_SIZE, &x, &y)) {
        if (pg->tex) SDL_DestroyTexture(pg->tex);
        free(pg->alpha);
        free(pg->shelves);
        return false;
    }
    for (int r = 0; r < WHITE_SIZE; r++) memset(pg->alpha + r * pg->w, 255, WHITE_SIZE);
    page_upload(p, pg, (SDL_Rect){0, 0, pg->w, pg->h});
    a->npages++;
    p->stats.atlas_pages = (unsigned)a->npages;
    return true;
}

/* Doubles a page; its pixels keep their place, so packed glyphs stay valid.
 * Quads already batched use the old size in their UVs: draw them first. */
static bool page_grow(Platform *p, AtlasPage *pg)
{
    int nw = pg->w * 2, nh = pg->h * 2;
    unsigned char *alpha = calloc((size_t)nw * (size_t)nh, 1);
    SDL_Texture *tex = alpha ? page_texture(p, nw, nh) : NULL;
    if (!tex) {
        free(alpha);
        return false;
    }
    batch_flush(p);
    for (int y = 0; y < pg->h; y++) memcpy(alpha + (size_t)y * (size_t)nw, pg->alpha + (size_t)y * (size_t)pg->w, (size_t)pg->w);
    free(pg->alpha);
    SDL_DestroyTexture(pg->tex);
    pg->alpha = alpha;
    pg->tex = tex;
    pg->w = nw;
    pg->h = nh;
    pg->inv_w = 1.0f / (float)nw;
    pg->inv_h = 1.0f / (float)nh;
    page_upload(p, pg, (SDL_Rect){0, 0, nw, nh});
    p->stats.atlas_grows++;
    return true;
}

bool atlas_place(Platform *p, int w, int h, int *page, int *x, int *y)
{
    Atlas *a = &p->atlas;
    for (int attempt = 0; attempt < 8; attempt++) {
        AtlasPage *pg = &a->pages[a->npages - 1];
        if (shelf_pack(pg, w, h, x, y)) {
            *page = a->npages - 1;
            return true;
        }
        bool ok = pg->w < ATLAS_MAX_SIZE ? page_grow(p, pg) : page_add(p);
        if (!ok) return false;
    }
    return false;
}

bool atlas_init(Platform *p)
{
    Atlas *a = &p->atlas;
    memset(a->ascii, 0xFF, sizeof a->ascii);        /* all -1 */
    memset(a->ascii_adv, 0xFF, sizeof a->ascii_adv);
    a->nslots = 512;
    a->slots = malloc(sizeof *a->slots * a->nslots);
    if (!a->slots) return false;
    memset(a->slots, 0xFF, sizeof *a->slots * a->nslots);
    return page_add(p);
}

void atlas_free(Platform *p)
{
    Atlas *a = &p->atlas;
    for (int i = 0; i < a->npages; i++) {
        if (a->pages[i].tex) SDL_DestroyTexture(a->pages[i].tex);
        free(a->pages[i].alpha);
        free(a->pages[i].shelves);
    }
    free(a->pages);
    free(a->glyphs);
    free(a->slots);
    free(a->upload);
    *a = (Atlas){0};
    p->batch_page = -1;
}

void atlas_white_uv(const Platform *p, int page, float *u, float *v)
{
    const AtlasPage *pg = &p->atlas.pages[page];
    *u = 1.5f * pg->inv_w;      /* a texel's centre, well inside the block */
    *v = 1.5f * pg->inv_h;
}

void atlas_upload(Platform *p, int page, SDL_Rect r)
{
    page_upload(p, &p->atlas.pages[page], r);
}
