/* inject.c: synthetic input for tests and scripted drivers. Each is pushed
 * as the SDL event a person would cause, so it takes the same path through
 * platform_poll_input as real input. */
#include <string.h>
#include "platform_internal.h"

static Uint32 window_id(const Platform *p) { return p->win ? SDL_GetWindowID(p->win) : 0; }
static int to_points(const Platform *p, int v) { return (int)((float)v / p->pixel_ratio + 0.5f); }

void platform_inject_key(Platform *p, PlatformKey key, unsigned mods)
{
    SDL_Event e = {0};
    e.key = (SDL_KeyboardEvent){.type = SDL_KEYDOWN, .windowID = window_id(p), .state = SDL_PRESSED};
    e.key.keysym.sym = input_key_to_sdl(key);
    e.key.keysym.mod = input_mods_to_sdl(mods);
    SDL_PushEvent(&e);
    e.key.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

/* SDL_TEXTINPUT carries at most 31 bytes: split at codepoint boundaries. */
void platform_inject_text(Platform *p, const char *utf8)
{
    size_t len = strlen(utf8), i = 0;
    while (i < len) {
        size_t end = i;
        while (end < len) {
            size_t next = end;
            platform_utf8_decode(utf8, len, &next);
            if (next - i > SDL_TEXTINPUTEVENT_TEXT_SIZE - 1) break;
            end = next;
        }
        size_t n = end - i;
        SDL_Event e = {0};
        e.text.type = SDL_TEXTINPUT;
        e.text.windowID = window_id(p);
        memcpy(e.text.text, utf8 + i, n);
        SDL_PushEvent(&e);
        i += n;
    }
}

void platform_inject_mouse_move(Platform *p, int x, int y)
{
    SDL_Event e = {0};
    e.motion = (SDL_MouseMotionEvent){.type = SDL_MOUSEMOTION, .windowID = window_id(p),
                                      .x = to_points(p, x), .y = to_points(p, y)};
    SDL_PushEvent(&e);
}

void platform_inject_mouse_button(Platform *p, unsigned button, bool down, int x, int y)
{
    Uint8 b = button == MOUSE_RIGHT ? SDL_BUTTON_RIGHT : button == MOUSE_MIDDLE ? SDL_BUTTON_MIDDLE
            : SDL_BUTTON_LEFT;
    SDL_Event e = {0};
    e.button = (SDL_MouseButtonEvent){.type = down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP,
                                      .windowID = window_id(p), .button = b,
                                      .state = down ? SDL_PRESSED : SDL_RELEASED, .clicks = 1,
                                      .x = to_points(p, x), .y = to_points(p, y)};
    SDL_PushEvent(&e);
}

void platform_inject_wheel(Platform *p, float dy)
{
    SDL_Event e = {0};
    e.wheel = (SDL_MouseWheelEvent){.type = SDL_MOUSEWHEEL, .windowID = window_id(p),
                                    .y = (Sint32)dy, .preciseY = dy,
                                    .direction = SDL_MOUSEWHEEL_NORMAL};
    SDL_PushEvent(&e);
}

void platform_inject_quit(Platform *p)
{
    (void)p;
    SDL_Event e = {0};
    e.type = SDL_QUIT;
    SDL_PushEvent(&e);
}

/* SDL_DROPFILE's path is SDL_free'd by whoever handles the event. */
void platform_inject_drop(Platform *p, const char *path)
{
    SDL_Event e = {0};
    e.drop.type = SDL_DROPFILE;
    e.drop.windowID = window_id(p);
    e.drop.file = SDL_strdup(path);
    if (e.drop.file && SDL_PushEvent(&e) != 1) SDL_free(e.drop.file);
}
