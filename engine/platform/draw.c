/* draw.c: the frame's batch. Glyphs and rectangles (a white texel of the
 * atlas) become quads in one vertex buffer, drawn with one
 * SDL_RenderGeometry call per run of the same page and clip, so drawing
 * order is kept. Buffers grow and are reused: no allocation per frame. */
#include <assert.h>
#include <stdlib.h>
#include "platform_internal.h"

static Rect full_output(const Platform *p)
{
    return (Rect){0, 0, p->out_w, p->out_h};
}

Rect platform_get_clip(const Platform *p)
{
    if (!p->nclips) return full_output(p);
    const SDL_Rect *c = &p->clips[p->nclips - 1];
    return (Rect){c->x, c->y, c->w, c->h};
}

static bool batch_reserve(Platform *p)
{
    if (p->nquads < p->capquads) return true;
    int cap = p->capquads ? p->capquads * 2 : 4096;
    SDL_Vertex *v = realloc(p->verts, sizeof *v * 4 * (size_t)cap);
    if (!v) return false;
    p->verts = v;
    int *idx = realloc(p->indices, sizeof *idx * 6 * (size_t)cap);
    if (!idx) return false;
    p->indices = idx;
    /* every quad is two triangles the same way: write the indices once */
    for (int q = p->capquads; q < cap; q++) {
        int *k = idx + q * 6, b = q * 4;
        k[0] = b, k[1] = b + 1, k[2] = b + 2, k[3] = b, k[4] = b + 2, k[5] = b + 3;
    }
    p->capquads = cap;
    return true;
}

void batch_flush(Platform *p)
{
    if (!p->nquads) return;
    SDL_RenderGeometry(p->ren, p->atlas.pages[p->batch_page].tex, p->verts, p->nquads * 4,
                       p->indices, p->nquads * 6);
    p->frame_draw_calls++;
    p->frame_quads += (unsigned)p->nquads;
    p->nquads = 0;
}

void batch_free(Platform *p)
{
    free(p->verts);
    free(p->indices);
    p->verts = NULL;
    p->indices = NULL;
    p->nquads = p->capquads = 0;
}

static void batch_quad(Platform *p, int page, float x0, float y0, float x1, float y1,
                       const float uv[4], SDL_Color c)
{
    if (page != p->batch_page) {
        batch_flush(p);
        p->batch_page = page;
    }
    if (!batch_reserve(p)) return;
    SDL_Vertex *v = p->verts + p->nquads * 4;
    v[0] = (SDL_Vertex){{x0, y0}, c, {uv[0], uv[1]}};
    v[1] = (SDL_Vertex){{x1, y0}, c, {uv[2], uv[1]}};
    v[2] = (SDL_Vertex){{x1, y1}, c, {uv[2], uv[3]}};
    v[3] = (SDL_Vertex){{x0, y1}, c, {uv[0], uv[3]}};
    p->nquads++;
}

void platform_begin_frame(Platform *p, Color clear)
{
    p->nclips = 0;
    p->frame_draw_calls = p->frame_quads = 0;
    SDL_RenderSetClipRect(p->ren, NULL);
    SDL_SetRenderDrawColor(p->ren, clear.r, clear.g, clear.b, clear.a);
    SDL_RenderClear(p->ren);
}

void platform_end_frame(Platform *p)
{
    assert(p->nclips == 0 && "platform_push_clip without platform_pop_clip");
    batch_flush(p);
    SDL_RenderPresent(p->ren);
    p->stats.draw_calls = p->frame_draw_calls;
    p->stats.quads = p->frame_quads;
}

void platform_fill_rect(Platform *p, Rect r, Color c)
{
    Rect clip = platform_get_clip(p);
    if (r.w <= 0 || r.h <= 0 || r.x >= clip.x + clip.w || r.y >= clip.y + clip.h ||
        r.x + r.w <= clip.x || r.y + r.h <= clip.y)
        return;
    /* any page has the white block: stay on the current one */
    int page = p->batch_page >= 0 ? p->batch_page : 0;
    float uv[4];
    atlas_white_uv(p, page, &uv[0], &uv[1]);
    uv[2] = uv[0], uv[3] = uv[1];
    batch_quad(p, page, (float)r.x, (float)r.y, (float)(r.x + r.w), (float)(r.y + r.h), uv,
               (SDL_Color){c.r, c.g, c.b, c.a});
}

static void draw_glyph(Platform *p, const Glyph *g, int x, int y, SDL_Color c)
{
    const AtlasPage *pg = &p->atlas.pages[g->page];
    float uv[4] = {g->x * pg->inv_w, g->y * pg->inv_h, (g->x + g->w) * pg->inv_w,
                   (g->y + g->h) * pg->inv_h};
    batch_quad(p, g->page, (float)x, (float)y, (float)(x + g->w), (float)(y + g->h), uv, c);
}

int platform_draw_text(Platform *p, FontStyle style, int x, int y, const char *s, size_t len,
                       Color color)
{
    assert((unsigned)style < FONT_STYLE_COUNT);
    Rect clip = platform_get_clip(p);
    if (y >= clip.y + clip.h || y + font_get(p, style)->line_height <= clip.y)
        return x + platform_text_width(p, style, s, len);
    int left = clip.x, right = clip.x + clip.w;
    SDL_Color c = {color.r, color.g, color.b, color.a};
    Atlas *a = &p->atlas;
    const int32_t *ascii = a->ascii[style];
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)s[i];
        Glyph *g;
        if (b < 128 && ascii[b] >= 0) {
            g = &a->glyphs[ascii[b]];
            i++;
        } else {
            g = glyph_find(p, style, platform_utf8_decode(s, len, &i));
        }
        if (!(g->flags & GLYPH_RASTERISED)) glyph_rasterise(p, g);
        int gx = x + g->off_x;
        if (!(g->flags & GLYPH_EMPTY) && gx < right && gx + g->w > left)
            draw_glyph(p, g, gx, y + g->off_y, c);
        x += g->advance;
    }
    return x;
}

void platform_push_clip(Platform *p, Rect r)
{
    assert(p->nclips < PLATFORM_CLIP_DEPTH && "clips nested too deep");
    Rect o = platform_get_clip(p);
    int x0 = r.x > o.x ? r.x : o.x, y0 = r.y > o.y ? r.y : o.y;
    int x1 = r.x + r.w < o.x + o.w ? r.x + r.w : o.x + o.w;
    int y1 = r.y + r.h < o.y + o.h ? r.y + r.h : o.y + o.h;
    SDL_Rect c = {x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
    batch_flush(p);
    p->clips[p->nclips++] = c;
    SDL_RenderSetClipRect(p->ren, &c);
}

void platform_pop_clip(Platform *p)
{
    assert(p->nclips > 0 && "platform_pop_clip without platform_push_clip");
    batch_flush(p);
    p->nclips--;
    SDL_RenderSetClipRect(p->ren, p->nclips ? &p->clips[p->nclips - 1] : NULL);
}

void platform_get_stats(const Platform *p, PlatformStats *s)
{
    *s = p->stats;
}
