/* platform.c: creating the window (or the headless surface) and renderer,
 * finding the fonts, geometry, scale and screenshots. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "platform_internal.h"

static const char *const REQUIRED_FONTS[] = {
    "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf"};

void platform_describe_libraries(char *buf, int size)
{
    SDL_version sdl;
    SDL_GetVersion(&sdl);
    const SDL_version *ttf = TTF_Linked_Version();
    snprintf(buf, (size_t)size, "SDL %d.%d.%d, SDL_ttf %d.%d.%d", sdl.major, sdl.minor,
             sdl.patch, ttf->major, ttf->minor, ttf->patch);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

#ifndef DOJO_DATADIR_FROM_BIN
#define DOJO_DATADIR_FROM_BIN "../share/incident-dojo"
#endif

/* The fonts live in <assets>/fonts, and assets sits beside the binary's
 * folder in a build tree (../assets) and an install (the data folder
 * relative to the binary's, DOJO_DATADIR_FROM_BIN, from CMake). */
static int font_dir_candidates(const Platform *p, char tried[3][PATH_MAX + 64])
{
    const char *env = getenv("INCIDENT_DOJO_ASSETS");
    if (p->cfg.font_dir) {
        snprintf(tried[0], PATH_MAX + 64, "%s", p->cfg.font_dir);
        return 1;
    }
    if (env && *env) {
        snprintf(tried[0], PATH_MAX + 64, "%s/fonts", env);
        return 1;
    }
    int n = 0;
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        snprintf(tried[n++], PATH_MAX + 64, "%s/../assets/fonts", exe);
        snprintf(tried[n++], PATH_MAX + 64, "%s/" DOJO_DATADIR_FROM_BIN "/assets/fonts", exe);
    }
    snprintf(tried[n++], PATH_MAX + 64, "assets/fonts");
    return n;
}

/* Writes the first required font missing from dir into path; false if none is. */
static bool font_missing(const char *dir, char *path, size_t size)
{
    for (size_t k = 0; k < sizeof REQUIRED_FONTS / sizeof *REQUIRED_FONTS; k++) {
        int n = snprintf(path, size, "%s/%s", dir, REQUIRED_FONTS[k]);
        if (n < 0 || (size_t)n >= size || !is_file(path)) return true;
    }
    return false;
}

static bool find_font_dir(Platform *p, char *err, size_t errsize)
{
    char tried[3][PATH_MAX + 64], path[PATH_MAX + 96], first[PATH_MAX + 96] = "";
    int ntried = font_dir_candidates(p, tried);
    for (int i = 0; i < ntried; i++) {
        if (font_missing(tried[i], path, sizeof path)) {
            if (!first[0]) memcpy(first, path, sizeof first);
            continue;
        }
        if (realpath(tried[i], p->font_dir)) return true;
        if (strlen(tried[i]) >= sizeof p->font_dir) continue;
        memcpy(p->font_dir, tried[i], strlen(tried[i]) + 1);
        return true;
    }
    snprintf(err, errsize, "fonts not found: %s is missing%s. The app needs DejaVuSans.ttf, "
             "DejaVuSans-Bold.ttf, DejaVuSans-Oblique.ttf and DejaVuSansMono.ttf there: "
             "reinstall incident-dojo, or copy them from the Debian packages fonts-dejavu-core "
             "and fonts-dejavu-extra (/usr/share/fonts/truetype/dejavu/), or set "
             "INCIDENT_DOJO_ASSETS to a folder holding fonts/", first,
             ntried > 1 ? " (so are the other assets folders tried beside the binary)" : "");
    return false;
}

static void apply_defaults(PlatformConfig *c)
{
    if (!c->title) c->title = "Incident Dojo";
    if (c->width <= 0) c->width = 1280;
    if (c->height <= 0) c->height = 800;
    if (c->font_size <= 0) c->font_size = 16;
    if (c->scale <= 0) c->scale = 1;
}

static void read_output_size(Platform *p)
{
    if (p->headless) {
        p->out_w = p->surface->w;
        p->out_h = p->surface->h;
        p->pixel_ratio = 1;
        return;
    }
    int ww, wh;
    SDL_GetWindowSize(p->win, &ww, &wh);
    SDL_GetRendererOutputSize(p->ren, &p->out_w, &p->out_h);
    p->pixel_ratio = ww > 0 ? (float)p->out_w / (float)ww : 1;
}

/* The window's own icon, for task bars that do not match the window to the
 * desktop entry: a BMP (SDL reads those without SDL_image) in the icons
 * folder beside the fonts. Without it the window keeps SDL's default. */
static void set_window_icon(Platform *p)
{
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/../icons/org.incidentdojo.IncidentDojo.bmp", p->font_dir);
    SDL_Surface *icon = SDL_LoadBMP(path);
    if (!icon) return;
    SDL_SetWindowIcon(p->win, icon);
    SDL_FreeSurface(icon);
}

static bool open_window(Platform *p, char *err, size_t errsize)
{
    const PlatformConfig *c = &p->cfg;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (c->maximized) flags |= SDL_WINDOW_MAXIMIZED;
    int x = c->position_set ? c->x : (int)SDL_WINDOWPOS_UNDEFINED;
    int y = c->position_set ? c->y : (int)SDL_WINDOWPOS_UNDEFINED;
    p->win = SDL_CreateWindow(c->title, x, y, c->width, c->height, flags);
    if (!p->win) {
        snprintf(err, errsize, "cannot open a window: %s", SDL_GetError());
        return false;
    }
    set_window_icon(p);
    Uint32 vsync = c->no_vsync ? 0 : SDL_RENDERER_PRESENTVSYNC;
    p->ren = SDL_CreateRenderer(p->win, -1, SDL_RENDERER_ACCELERATED | vsync);
    if (!p->ren) p->ren = SDL_CreateRenderer(p->win, -1, SDL_RENDERER_SOFTWARE);
    if (!p->ren) {
        snprintf(err, errsize, "cannot create a renderer: %s", SDL_GetError());
        return false;
    }
    return true;
}

static bool open_headless(Platform *p, char *err, size_t errsize)
{
    p->surface = SDL_CreateRGBSurfaceWithFormat(0, p->cfg.width, p->cfg.height, 32,
                                                SDL_PIXELFORMAT_ARGB8888);
    if (p->surface) p->ren = SDL_CreateSoftwareRenderer(p->surface);
    if (!p->ren) {
        snprintf(err, errsize, "cannot create the headless renderer: %s", SDL_GetError());
        return false;
    }
    return true;
}

Platform *platform_create(const PlatformConfig *cfg, char *err, size_t errsize)
{
    Platform *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    if (cfg) p->cfg = *cfg;
    apply_defaults(&p->cfg);
    p->headless = p->cfg.headless;
    p->batch_page = -1;
    p->normal = (PlatformGeometry){p->cfg.x, p->cfg.y, p->cfg.width, p->cfg.height, false};
    if (!find_font_dir(p, err, errsize)) goto fail;
    /* Headless needs no desktop services, but SDL connects to D-Bus anyway,
     * and with no session bus address libdbus would start one through X11
     * (leaking as it does). Only when nothing set the address already. */
    if (p->headless) setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0);
    p->sdl_flags = p->headless ? SDL_INIT_EVENTS : SDL_INIT_VIDEO | SDL_INIT_EVENTS;
    if (SDL_InitSubSystem(p->sdl_flags) != 0) {
        snprintf(err, errsize, "cannot start SDL: %s%s", SDL_GetError(),
                 p->headless ? "" : " (no display? set DISPLAY, or use --headless)");
        p->sdl_flags = 0;
        goto fail;
    }
    if (TTF_Init() != 0) {
        snprintf(err, errsize, "cannot start SDL_ttf: %s", TTF_GetError());
        goto fail;
    }
    p->ttf_started = true;
    SDL_EventState(SDL_DROPFILE, SDL_ENABLE);
    if (!(p->headless ? open_headless(p, err, errsize) : open_window(p, err, errsize))) goto fail;
    SDL_RendererInfo info;
    SDL_GetRendererInfo(p->ren, &info);
    snprintf(p->renderer_name, sizeof p->renderer_name, "%s", info.name);
    read_output_size(p);
    input_track_geometry(p);
    if (!font_open_regular(p, err, errsize) || !atlas_init(p)) {
        if (!err[0]) snprintf(err, errsize, "out of memory for the glyph atlas");
        goto fail;
    }
    return p;
fail:
    platform_destroy(p);
    return NULL;
}

void platform_destroy(Platform *p)
{
    if (!p) return;
    batch_free(p);
    atlas_free(p);
    font_close_all(p);
    if (p->ren) SDL_DestroyRenderer(p->ren);
    if (p->win) SDL_DestroyWindow(p->win);
    if (p->surface) SDL_FreeSurface(p->surface);
    if (p->ttf_started) TTF_Quit();
    if (p->sdl_flags) SDL_QuitSubSystem(p->sdl_flags);
    /* SDL keeps hints and the like until SDL_Quit: release them with the
     * last platform so leak checkers see a clean exit. */
    if (SDL_WasInit(0) == 0) SDL_Quit();
    free(p->clipboard);
    for (int i = 0; i < p->ndropped; i++) free(p->dropped[i]);
    free(p->dropped);
    free(p);
}

const char *platform_renderer_name(const Platform *p) { return p->renderer_name; }
bool platform_is_headless(const Platform *p) { return p->headless; }
const char *platform_font_dir(const Platform *p) { return p->font_dir; }
unsigned platform_font_generation(const Platform *p) { return p->generation; }
float platform_pixel_ratio(const Platform *p) { return p->pixel_ratio; }
float platform_scale(const Platform *p) { return p->cfg.scale * p->pixel_ratio; }

void platform_get_size(const Platform *p, int *w, int *h)
{
    *w = p->out_w;
    *h = p->out_h;
}

void platform_get_geometry(const Platform *p, PlatformGeometry *g)
{
    *g = p->normal;
    g->maximized = p->win && (SDL_GetWindowFlags(p->win) & SDL_WINDOW_MAXIMIZED);
}

bool platform_set_scale(Platform *p, float scale)
{
    assert(scale > 0);
    float old = p->cfg.scale;
    char err[256] = "";
    batch_flush(p);
    atlas_free(p);
    font_close_all(p);
    p->cfg.scale = scale;
    bool ok = font_open_regular(p, err, sizeof err);
    if (!ok) {
        /* Back to the size that worked; if even that fails now (the files
         * went away), text measures 0 and draws nothing rather than crash. */
        fprintf(stderr, "incident-dojo: %s\n", err);
        p->cfg.scale = old;
        if (!font_open_regular(p, err, sizeof err)) fprintf(stderr, "incident-dojo: %s\n", err);
    }
    if (!atlas_init(p)) abort();    /* a few hundred KiB: out of memory is fatal */
    p->generation++;
    return ok;
}

bool platform_save_screenshot(Platform *p, const char *path, char *err, size_t errsize)
{
    batch_flush(p);
    if (p->headless) {
        SDL_RenderFlush(p->ren);
        if (SDL_SaveBMP(p->surface, path) == 0) return true;
        snprintf(err, errsize, "cannot write %s: %s", path, SDL_GetError());
        return false;
    }
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, p->out_w, p->out_h, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = s && SDL_RenderReadPixels(p->ren, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0
              && SDL_SaveBMP(s, path) == 0;
    if (!ok) snprintf(err, errsize, "cannot write %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}
