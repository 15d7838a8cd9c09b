/* input.c: SDL events to one plain PlatformInput per frame, waiting for
 * events, the clipboard, text input and IME, and synthetic events. */
#include <stdlib.h>
#include <string.h>
#include "platform_internal.h"

static const struct { SDL_Keycode sdl; PlatformKey key; } KEYS[] = {
    {SDLK_ESCAPE, KEY_ESCAPE}, {SDLK_RETURN, KEY_ENTER}, {SDLK_KP_ENTER, KEY_ENTER},
    {SDLK_TAB, KEY_TAB}, {SDLK_BACKSPACE, KEY_BACKSPACE}, {SDLK_DELETE, KEY_DELETE},
    {SDLK_INSERT, KEY_INSERT}, {SDLK_LEFT, KEY_LEFT}, {SDLK_RIGHT, KEY_RIGHT},
    {SDLK_UP, KEY_UP}, {SDLK_DOWN, KEY_DOWN}, {SDLK_HOME, KEY_HOME}, {SDLK_END, KEY_END},
    {SDLK_PAGEUP, KEY_PAGE_UP}, {SDLK_PAGEDOWN, KEY_PAGE_DOWN}, {SDLK_SPACE, KEY_SPACE},
    {SDLK_PLUS, KEY_PLUS}, {SDLK_KP_PLUS, KEY_PLUS}, {SDLK_MINUS, KEY_MINUS},
    {SDLK_KP_MINUS, KEY_MINUS}, {SDLK_EQUALS, KEY_EQUALS},
};

static PlatformKey key_from_sdl(SDL_Keycode k)
{
    if (k >= SDLK_a && k <= SDLK_z) return (PlatformKey)(KEY_A + (k - SDLK_a));
    if (k >= SDLK_0 && k <= SDLK_9) return (PlatformKey)(KEY_0 + (k - SDLK_0));
    if (k >= SDLK_F1 && k <= SDLK_F12) return (PlatformKey)(KEY_F1 + (k - SDLK_F1));
    for (size_t i = 0; i < sizeof KEYS / sizeof *KEYS; i++)
        if (KEYS[i].sdl == k) return KEYS[i].key;
    return KEY_NONE;
}

SDL_Keycode input_key_to_sdl(PlatformKey key)
{
    if (key >= KEY_A && key <= KEY_Z) return SDLK_a + (key - KEY_A);
    if (key >= KEY_0 && key <= KEY_9) return SDLK_0 + (key - KEY_0);
    if (key >= KEY_F1 && key <= KEY_F12) return SDLK_F1 + (key - KEY_F1);
    for (size_t i = 0; i < sizeof KEYS / sizeof *KEYS; i++)
        if (KEYS[i].key == key) return KEYS[i].sdl;
    return SDLK_UNKNOWN;
}

static unsigned mods_from_sdl(Uint16 m)
{
    return (m & KMOD_SHIFT ? MOD_SHIFT : 0) | (m & KMOD_CTRL ? MOD_CTRL : 0) |
           (m & KMOD_ALT ? MOD_ALT : 0) | (m & KMOD_GUI ? MOD_GUI : 0);
}

Uint16 input_mods_to_sdl(unsigned m)
{
    return (Uint16)((m & MOD_SHIFT ? KMOD_LSHIFT : 0) | (m & MOD_CTRL ? KMOD_LCTRL : 0) |
                    (m & MOD_ALT ? KMOD_LALT : 0) | (m & MOD_GUI ? KMOD_LGUI : 0));
}

static unsigned button_bit(Uint8 b)
{
    return b == SDL_BUTTON_LEFT ? MOUSE_LEFT : b == SDL_BUTTON_MIDDLE ? MOUSE_MIDDLE
         : b == SDL_BUTTON_RIGHT ? MOUSE_RIGHT : 0;
}

/* Window events come in points; everything else here is in pixels. */
static int to_px(const Platform *p, int v) { return (int)((float)v * p->pixel_ratio + 0.5f); }

void input_track_geometry(Platform *p)
{
    if (!p->win) {
        p->normal = (PlatformGeometry){0, 0, p->out_w, p->out_h, false};
        return;
    }
    if (SDL_GetWindowFlags(p->win) & (SDL_WINDOW_MAXIMIZED | SDL_WINDOW_FULLSCREEN)) return;
    SDL_GetWindowPosition(p->win, &p->normal.x, &p->normal.y);
    SDL_GetWindowSize(p->win, &p->normal.width, &p->normal.height);
}

static void on_window(Platform *p, const SDL_WindowEvent *w, PlatformInput *in)
{
    switch (w->event) {
    case SDL_WINDOWEVENT_SIZE_CHANGED: {
        int ww, wh;
        SDL_GetWindowSize(p->win, &ww, &wh);
        SDL_GetRendererOutputSize(p->ren, &p->out_w, &p->out_h);
        float ratio = ww > 0 ? (float)p->out_w / (float)ww : 1;
        in->resized = true;
        if (ratio != p->pixel_ratio) {     /* moved to a screen of another density */
            p->pixel_ratio = ratio;
            platform_set_scale(p, p->cfg.scale);
        }
        input_track_geometry(p);
        break;
    }
    case SDL_WINDOWEVENT_MOVED: input_track_geometry(p); break;
    case SDL_WINDOWEVENT_EXPOSED: in->exposed = true; break;
    case SDL_WINDOWEVENT_FOCUS_GAINED: in->focus_gained = in->focused = true; break;
    case SDL_WINDOWEVENT_FOCUS_LOST: in->focus_lost = true, in->focused = false; break;
    case SDL_WINDOWEVENT_CLOSE: in->quit = true; break;
    default: break;
    }
}

static void append_text(PlatformInput *in, const char *s)
{
    size_t n = strlen(s);
    if ((size_t)in->text_len + n >= sizeof in->text) return;   /* a frame's worth is plenty */
    memcpy(in->text + in->text_len, s, n + 1);
    in->text_len += (int)n;
}

/* SDL hands over the path, which must be SDL_free'd; the app gets a copy
 * it frees with free(). */
static void queue_dropped(Platform *p, char *file)
{
    if (!file) return;
    if (p->ndropped == p->capdropped) {
        int cap = p->capdropped ? p->capdropped * 2 : 8;
        char **grown = realloc(p->dropped, (size_t)cap * sizeof *grown);
        if (!grown) {
            SDL_free(file);
            return;
        }
        p->dropped = grown, p->capdropped = cap;
    }
    char *copy = strdup(file);
    SDL_free(file);
    if (copy) p->dropped[p->ndropped++] = copy;
}

char *platform_take_dropped(Platform *p)
{
    if (!p->ndropped) return NULL;
    char *first = p->dropped[0];
    memmove(p->dropped, p->dropped + 1, (size_t)(p->ndropped - 1) * sizeof *p->dropped);
    p->ndropped--;
    return first;
}

static void on_event(Platform *p, const SDL_Event *e, PlatformInput *in)
{
    switch (e->type) {
    case SDL_QUIT: in->quit = true; break;
    case SDL_WINDOWEVENT: if (p->win) on_window(p, &e->window, in); break;
    case SDL_MOUSEMOTION:
        in->mouse_x = to_px(p, e->motion.x), in->mouse_y = to_px(p, e->motion.y);
        in->mouse_moved = true;
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
        unsigned bit = button_bit(e->button.button);
        in->mouse_x = to_px(p, e->button.x), in->mouse_y = to_px(p, e->button.y);
        if (e->type == SDL_MOUSEBUTTONDOWN) {
            in->mouse_pressed |= bit, in->mouse_down |= bit, in->clicks = e->button.clicks;
        } else {
            in->mouse_released |= bit, in->mouse_down &= ~bit;
        }
        break;
    }
    case SDL_MOUSEWHEEL: {
        float dir = e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -1.0f : 1.0f;
        in->wheel_x += e->wheel.preciseX * dir, in->wheel_y += e->wheel.preciseY * dir;
        break;
    }
    case SDL_TEXTINPUT:
        append_text(in, e->text.text);
        p->composition[0] = 0;
        break;
    case SDL_TEXTEDITING:
        snprintf(p->composition, sizeof p->composition, "%s", e->edit.text);
        p->composition_cursor = e->edit.start;
        break;
    case SDL_KEYDOWN: {
        PlatformKey k = key_from_sdl(e->key.keysym.sym);
        if (k != KEY_NONE && in->key_count < PLATFORM_MAX_KEYS)
            in->keys[in->key_count++] = (KeyPress){k, mods_from_sdl(e->key.keysym.mod), e->key.repeat != 0};
        in->mods = mods_from_sdl(e->key.keysym.mod);
        break;
    }
    case SDL_KEYUP: in->mods = mods_from_sdl(e->key.keysym.mod); break;
    case SDL_DROPFILE: queue_dropped(p, e->drop.file); break;
    case SDL_DROPTEXT: SDL_free(e->drop.file); break;   /* dropped text: not a file */
    default: break;
    }
}

void platform_poll_input(Platform *p, PlatformInput *in)
{
    in->mouse_moved = false;
    in->mouse_pressed = in->mouse_released = 0;
    in->clicks = 0;
    in->wheel_x = in->wheel_y = 0;
    in->text[0] = 0, in->text_len = 0;
    in->key_count = 0;
    in->resized = in->quit = in->exposed = in->focus_gained = in->focus_lost = false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) on_event(p, &e, in);
    memcpy(in->composition, p->composition, sizeof in->composition);
    in->composition_cursor = p->composition_cursor;
}

bool platform_wait_events(Platform *p, int timeout_ms)
{
    (void)p;
    return SDL_WaitEventTimeout(NULL, timeout_ms) == 1;
}

void platform_start_text_input(Platform *p, Rect r)
{
    float k = p->pixel_ratio > 0 ? 1.0f / p->pixel_ratio : 1.0f;
    SDL_Rect pts = {(int)(r.x * k), (int)(r.y * k), (int)(r.w * k), (int)(r.h * k)};
    SDL_SetTextInputRect(&pts);
    SDL_StartTextInput();
}

void platform_stop_text_input(Platform *p)
{
    SDL_StopTextInput();
    p->composition[0] = 0;
}

char *platform_get_clipboard(Platform *p)
{
    if (p->headless) return strdup(p->clipboard ? p->clipboard : "");
    char *s = SDL_GetClipboardText();
    char *copy = strdup(s ? s : "");
    SDL_free(s);
    return copy;
}

bool platform_set_clipboard(Platform *p, const char *utf8)
{
    if (!p->headless) return SDL_SetClipboardText(utf8) == 0;
    char *copy = strdup(utf8);
    if (!copy) return false;
    free(p->clipboard);
    p->clipboard = copy;
    return true;
}
