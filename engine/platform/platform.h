/* platform.h: the one small API through which the app reaches SDL: a window
 * (or a headless surface), input, the clipboard, fonts, and batched drawing.
 * Only files in engine/platform include SDL headers. */
#ifndef DOJO_PLATFORM_H
#define DOJO_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Color { unsigned char r, g, b, a; } Color;
/* Everything drawn or measured is in pixels of the output (HiDPI included);
 * the UI multiplies its own constants by platform_scale(). */
typedef struct Rect { int x, y, w, h; } Rect;

typedef struct Platform Platform;

typedef enum FontStyle {
    FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_MONO, FONT_MONO_BOLD, FONT_STYLE_COUNT
} FontStyle;

/* Zero-initialised means defaults: title "Incident Dojo", 1280x800, placed
 * by the window manager, vsync on, fonts from the assets folder, 16 px,
 * scale 1. */
typedef struct PlatformConfig {
    const char *title;
    int width, height;          /* logical window size */
    bool position_set;          /* else the window manager places it */
    int x, y;
    bool maximized;
    bool headless;              /* no window: a software renderer into a surface */
    bool no_vsync;
    const char *font_dir;       /* NULL: <assets>/fonts found beside the binary */
    float font_size;            /* base size in px before scaling */
    float scale;                /* UI scale, 0.75 to 2.5 */
} PlatformConfig;

/* Returns NULL with a message in err when there is no display, no renderer
 * or a font file is missing. The caller destroys what it created. */
Platform *platform_create(const PlatformConfig *cfg, char *err, size_t errsize);
void platform_destroy(Platform *p);

/* "SDL 2.26.5, SDL_ttf 2.20.1": the libraries linked at run time. */
void platform_describe_libraries(char *buf, int size);
const char *platform_renderer_name(const Platform *p);
bool platform_is_headless(const Platform *p);
/* The assets folder the fonts were found in, e.g. /usr/share/incident-dojo/assets. */
const char *platform_font_dir(const Platform *p);

/* ---- window ---- */
typedef struct PlatformGeometry { int x, y, width, height; bool maximized; } PlatformGeometry;
/* The size and position to remember: the restored one while maximized. */
void platform_get_geometry(const Platform *p, PlatformGeometry *g);
/* Output size in pixels. */
void platform_get_size(const Platform *p, int *w, int *h);
/* Output pixels per window point: 2 on a HiDPI display, else 1. */
float platform_pixel_ratio(const Platform *p);
/* UI scale times pixel ratio: what UI constants are multiplied by. */
float platform_scale(const Platform *p);
/* Reopens the fonts at the new size and empties the atlas; returns false
 * (and keeps the old scale) if a font cannot be opened. */
bool platform_set_scale(Platform *p, float scale);
/* Changes whenever glyph metrics may have changed: caches key on it. */
unsigned platform_font_generation(const Platform *p);
/* Saves the current back buffer as BMP: call after drawing and before
 * platform_end_frame (a window's back buffer is undefined after present). */
bool platform_save_screenshot(Platform *p, const char *path, char *err, size_t errsize);

/* ---- input ---- */
typedef enum PlatformKey {
    KEY_NONE, KEY_ESCAPE, KEY_ENTER, KEY_TAB, KEY_BACKSPACE, KEY_DELETE, KEY_INSERT,
    KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN, KEY_HOME, KEY_END, KEY_PAGE_UP, KEY_PAGE_DOWN,
    KEY_SPACE, KEY_PLUS, KEY_MINUS, KEY_EQUALS,
    KEY_F1, KEY_F2, KEY_F3, KEY_F4, KEY_F5, KEY_F6, KEY_F7, KEY_F8, KEY_F9, KEY_F10,
    KEY_F11, KEY_F12,
    KEY_0, KEY_1, KEY_2, KEY_3, KEY_4, KEY_5, KEY_6, KEY_7, KEY_8, KEY_9,
    KEY_A, KEY_B, KEY_C, KEY_D, KEY_E, KEY_F, KEY_G, KEY_H, KEY_I, KEY_J, KEY_K, KEY_L,
    KEY_M, KEY_N, KEY_O, KEY_P, KEY_Q, KEY_R, KEY_S, KEY_T, KEY_U, KEY_V, KEY_W, KEY_X,
    KEY_Y, KEY_Z, KEY_COUNT
} PlatformKey;

enum { MOD_SHIFT = 1, MOD_CTRL = 2, MOD_ALT = 4, MOD_GUI = 8 };
enum { MOUSE_LEFT = 1, MOUSE_MIDDLE = 2, MOUSE_RIGHT = 4 };

#define PLATFORM_MAX_KEYS 32
#define PLATFORM_TEXT_SIZE 256

typedef struct KeyPress { PlatformKey key; unsigned mods; bool repeat; } KeyPress;

/* One frame's input. Held state (mouse_down, mods, position, composition)
 * carries over; the rest is what happened since the last poll. */
typedef struct PlatformInput {
    int mouse_x, mouse_y;           /* pixels */
    bool mouse_moved;
    unsigned mouse_down, mouse_pressed, mouse_released;   /* MOUSE_* bits */
    int clicks;                     /* 2 on a double click */
    float wheel_x, wheel_y;         /* notches; positive y scrolls up */
    char text[PLATFORM_TEXT_SIZE];  /* typed UTF-8, NUL-terminated */
    int text_len;
    char composition[PLATFORM_TEXT_SIZE];   /* IME text not yet committed */
    int composition_cursor;
    KeyPress keys[PLATFORM_MAX_KEYS];
    int key_count;
    unsigned mods;                  /* MOD_* held now */
    bool resized;                   /* platform_get_size has the new size */
    bool quit, exposed, focus_gained, focus_lost, focused;
} PlatformInput;

/* Fills in from the events since the last call; never blocks. */
void platform_poll_input(Platform *p, PlatformInput *in);
/* Sleeps until an event arrives or timeout_ms passes (-1: forever);
 * true if an event is waiting. */
bool platform_wait_events(Platform *p, int timeout_ms);
/* Text input with the IME candidate window placed near r. */
void platform_start_text_input(Platform *p, Rect r);
void platform_stop_text_input(Platform *p);
/* Returns a malloc'd copy the caller frees; "" when empty. */
char *platform_get_clipboard(Platform *p);
bool platform_set_clipboard(Platform *p, const char *utf8);

/* Files dropped on the window, one path per call, oldest first (malloc'd:
 * the caller frees); NULL when none is waiting. Polling queues them. */
char *platform_take_dropped(Platform *p);

/* Synthetic input, queued like real events and read by the next poll:
 * for tests and scripted drivers. Positions in pixels. */
void platform_inject_key(Platform *p, PlatformKey key, unsigned mods);
void platform_inject_text(Platform *p, const char *utf8);
void platform_inject_mouse_move(Platform *p, int x, int y);
void platform_inject_mouse_button(Platform *p, unsigned button, bool down, int x, int y);
void platform_inject_wheel(Platform *p, float dy);
void platform_inject_quit(Platform *p);
/* A file dropped on the window, as a file manager would. */
void platform_inject_drop(Platform *p, const char *path);

/* ---- text metrics ---- */
int platform_line_height(Platform *p, FontStyle style);
int platform_ascent(Platform *p, FontStyle style);
int platform_advance(Platform *p, FontStyle style, uint32_t codepoint);
/* Sum of advances (no kerning, so a line's width is the sum of its words'). */
int platform_text_width(Platform *p, FontStyle style, const char *utf8, size_t len);
/* Decodes the codepoint at *pos and moves *pos past it; an invalid or
 * truncated sequence yields U+FFFD. *pos must be < len. */
uint32_t platform_utf8_decode(const char *utf8, size_t len, size_t *pos);
/* True if the style's own font lacks the codepoint and the fallback has it. */
bool platform_glyph_uses_fallback(Platform *p, FontStyle style, uint32_t codepoint);

/* ---- drawing: every quad of a frame goes into one batch, drawn with one
 * call per atlas page, flushed only when the clip or page changes ---- */
void platform_begin_frame(Platform *p, Color clear);
void platform_end_frame(Platform *p);
void platform_fill_rect(Platform *p, Rect r, Color c);
/* Draws one line at (x, y) = (pen start, line top); returns the pen x after it. */
int platform_draw_text(Platform *p, FontStyle style, int x, int y, const char *utf8,
                       size_t len, Color c);
/* Clips are intersected with the enclosing one; pop what you push. */
void platform_push_clip(Platform *p, Rect r);
void platform_pop_clip(Platform *p);
Rect platform_get_clip(const Platform *p);

typedef struct PlatformStats {
    unsigned glyphs_rasterised;     /* since create: each (style, codepoint) once */
    unsigned fallback_glyphs;       /* of those, from the fallback font */
    unsigned atlas_pages, atlas_grows;
    unsigned draw_calls, quads;     /* in the last finished frame */
} PlatformStats;
void platform_get_stats(const Platform *p, PlatformStats *s);

#endif
