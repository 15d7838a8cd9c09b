/* platform_internal.h: the Platform struct and the functions the files of
 * engine/platform share (window, fonts, atlas, batch, input). */
#ifndef DOJO_PLATFORM_INTERNAL_H
#define DOJO_PLATFORM_INTERNAL_H

#include <limits.h>
#include <SDL.h>
#include <SDL_ttf.h>
#include "platform.h"

#define PLATFORM_CLIP_DEPTH 32
#define ATLAS_FIRST_SIZE 256
#define ATLAS_MAX_SIZE 2048

enum { GLYPH_RASTERISED = 1, GLYPH_EMPTY = 2, GLYPH_FALLBACK = 4 };

/* One (style, codepoint): metrics from first use, bitmap from first draw. */
typedef struct Glyph {
    uint32_t cp;
    uint8_t style, flags;
    uint16_t page;
    int16_t x, y, w, h;         /* rect in the atlas page */
    int16_t off_x, off_y;       /* bitmap's top-left from (pen x, line top) */
    int16_t advance;
} Glyph;

typedef struct Shelf { int y, h, x; } Shelf;

typedef struct AtlasPage {
    SDL_Texture *tex;
    int w, h;
    float inv_w, inv_h;
    unsigned char *alpha;       /* CPU copy, so the page can grow */
    Shelf *shelves;
    int nshelves, capshelves, bottom;
} AtlasPage;

typedef struct Atlas {
    AtlasPage *pages;
    int npages;
    Glyph *glyphs;
    int nglyphs, capglyphs;
    int32_t *slots;             /* open addressing: glyph index or -1 */
    unsigned nslots;            /* power of two */
    int32_t ascii[FONT_STYLE_COUNT][128];       /* fast path: glyph index or -1 */
    int16_t ascii_adv[FONT_STYLE_COUNT][128];   /* advance or -1 */
    Uint32 *upload;             /* scratch for texture uploads */
    size_t upload_cap;
} Atlas;

typedef struct FontSlot {
    TTF_Font *font;
    bool tried;
    int line_height, ascent;
} FontSlot;

struct Platform {
    PlatformConfig cfg;
    char font_dir[PATH_MAX];
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Surface *surface;       /* headless target */
    bool headless;
    Uint32 sdl_flags;           /* subsystems we started, to quit them */
    bool ttf_started;
    char renderer_name[32];
    int out_w, out_h;
    float pixel_ratio;
    unsigned generation;
    PlatformGeometry normal;    /* last geometry while not maximized */

    FontSlot fonts[FONT_STYLE_COUNT];
    FontSlot fallback;
    int font_px;
    Atlas atlas;

    SDL_Vertex *verts;
    int *indices;
    int nquads, capquads, batch_page;
    SDL_Rect clips[PLATFORM_CLIP_DEPTH];
    int nclips;
    PlatformStats stats;
    unsigned frame_draw_calls, frame_quads;

    char *clipboard;            /* headless only */
    char **dropped;             /* dropped files' paths, oldest first, until taken */
    int ndropped, capdropped;
    char composition[PLATFORM_TEXT_SIZE];
    int composition_cursor;
};

/* font.c */
bool font_open_regular(Platform *p, char *err, size_t errsize);
void font_close_all(Platform *p);
FontSlot *font_get(Platform *p, int style);
FontSlot *font_get_fallback(Platform *p);

/* atlas.c */
bool atlas_init(Platform *p);
void atlas_free(Platform *p);
/* Finds room for a w x h bitmap, growing or adding a page; may flush the batch. */
bool atlas_place(Platform *p, int w, int h, int *page, int *x, int *y);
void atlas_upload(Platform *p, int page, SDL_Rect r);
void atlas_white_uv(const Platform *p, int page, float *u, float *v);

/* glyph.c: the pointer is valid until the next glyph_find. */
Glyph *glyph_find(Platform *p, int style, uint32_t cp);
void glyph_rasterise(Platform *p, Glyph *g);

/* draw.c */
void batch_flush(Platform *p);
void batch_free(Platform *p);

/* input.c */
void input_track_geometry(Platform *p);
SDL_Keycode input_key_to_sdl(PlatformKey key);
Uint16 input_mods_to_sdl(unsigned mods);

#endif
