/* ui_fixture.h: what the headless screen tests share: a folder for their
 * screenshots, a scenario of the source tree, the headless platform,
 * counting the colours of a saved frame, a driver that draws one screen
 * frame by frame with made-up input (ui_drive_...), and one for the whole
 * desktop fed through the platform's injected events (ui_desk_...).
 * Include testing.h first: the drivers CHECK. */
#ifndef DOJO_UI_FIXTURE_H
#define DOJO_UI_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/session.h"
#include "core/util.h"
#include "desktop.h"
#include "platform/platform.h"
#include "script/loader.h"
#include "ui/ui.h"

/* DOJO_SHOTS, or a new temporary folder named after the test. */
static inline bool ui_fixture_shots(char *dir, size_t size, const char *test)
{
    const char *keep = getenv("DOJO_SHOTS");
    if (keep) return snprintf(dir, size, "%s", keep) > 0;
    snprintf(dir, size, "/tmp/dojo-%s-XXXXXX", test);
    return mkdtemp(dir) != NULL;
}

/* Removes the folder ui_fixture_shots made, unless DOJO_SHOTS keeps it. */
static inline void ui_fixture_remove_shots(const char *dir)
{
    if (getenv("DOJO_SHOTS")) return;
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* SRC/scenarios/NAME loaded, or NULL with its diagnostics on stderr. */
static inline Scenario *ui_fixture_scenario(const char *src, const char *name)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios/%s", src, name);
    Diags diags = {0};
    Scenario *sc = loader_load(path, NULL, &diags, NULL);
    if (!sc) diags_print(&diags, stderr);
    diags_destroy(&diags);
    return sc;
}

/* *a applied to s and moved into log (a left empty), as the app keeps it
 * for a replay; a refusal fails with the session's reason. */
static inline void ui_fixture_apply(Session *s, ActionLog *log, Action *a)
{
    char err[256] = "";
    bool ok = session_apply(s, a, err, sizeof err);
    if (!ok) fprintf(stderr, "session_apply: %s\n", err);
    CHECK(ok);
    log_push(log, a);
    *a = (Action){0};
}

/* The app's folders for a test, so it never touches the person's own:
 * the catalogue is scenarios, HOME is tmp, settings go under tmp/config
 * and data (saves, profiles, exports) under tmp/data. */
static inline void ui_fixture_app_env(const char *scenarios, const char *tmp)
{
    char path[1200];
    setenv("INCIDENT_DOJO_SCENARIOS", scenarios, 1);
    setenv("HOME", tmp, 1);
    snprintf(path, sizeof path, "%s/config", tmp);
    setenv("XDG_CONFIG_HOME", path, 1);
    snprintf(path, sizeof path, "%s/data", tmp);
    setenv("XDG_DATA_HOME", path, 1);
}

/* The headless platform with the tree's fonts, w x h (0: its default). */
static inline Platform *ui_fixture_platform(const char *src, int w, int h)
{
    char fonts[1100], err[1024];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    PlatformConfig cfg = {.headless = true, .font_dir = fonts, .width = w, .height = h};
    Platform *p = platform_create(&cfg, err, sizeof err);
    if (!p) fprintf(stderr, "platform_create: %s\n", err);
    return p;
}

/* Distinct colours of a 32-bit BMP sampled on a grid (up to 512): a blank
 * frame has one or two. */
static inline int ui_fixture_colours(const char *path)
{
    char *data, err[256];
    size_t len;
    if (!file_read_all(path, &data, &len, err, sizeof err)) return 0;
    unsigned char *b = (unsigned char *)data;
    int count = 0;
    static unsigned seen[512];
    if (len > 54 && b[0] == 'B' && b[1] == 'M' && b[28] == 32) {
        unsigned off = b[10] | b[11] << 8 | b[12] << 16, w = b[18] | b[19] << 8, h = b[22] | b[23] << 8;
        for (unsigned y = 0; y < h && count < 512; y += 2)
            for (unsigned x = 0; x < w && count < 512; x += 2) {
                size_t at = off + ((size_t)y * w + x) * 4;
                if (at + 3 > len) break;
                unsigned c = b[at] | b[at + 1] << 8 | b[at + 2] << 16;
                int k = 0;
                while (k < count && seen[k] != c) k++;
                if (k == count) seen[count++] = c;
            }
    }
    free(data);
    return count;
}

/* One screen drawn frame by frame with input the test sets and a fake
 * clock. A test's own struct holds it as its first member, so screen can
 * cast it back to that struct (copies of the struct keep working), draw the
 * screen under test in r and keep what the screen returned. */
typedef struct UiDriver UiDriver;
struct UiDriver {
    Platform *p;
    Ui *ui;
    PlatformInput in;           /* the next frame's; the mouse stays where it was */
    uint32_t now;               /* the fake clock, 100 ms a frame */
    Rect area;                  /* where the screen draws; 0 wide: the whole 1280 x 800 window */
    const char *shots;          /* the folder ui_drive_shot saves into */
    int rest;                   /* frames the pointer rests on a target before a press (0: one) */
    void (*screen)(UiDriver *d, Rect r);
};

#define UI_DRIVE_NOT_BLANK 9    /* colours in a frame with more than a background and a border */

/* One frame, saved to shot_path before it ends when given (the headless
 * platform's frame is whole then); the one-shot input is then spent. */
static inline void ui_drive_frame(UiDriver *d, const char *shot_path)
{
    platform_begin_frame(d->p, ui_theme(d->ui)->background);
    ui_begin_frame(d->ui, &d->in, d->now);
    d->screen(d, d->area.w ? d->area : (Rect){0, 0, 1280, 800});
    ui_end_frame(d->ui);
    char err[256];
    if (shot_path) CHECK(platform_save_screenshot(d->p, shot_path, err, sizeof err));
    platform_end_frame(d->p);
    d->in = (PlatformInput){.mouse_x = d->in.mouse_x, .mouse_y = d->in.mouse_y};
    d->now += 100;
}

static inline void ui_drive_frames(UiDriver *d, int n)
{
    for (int i = 0; i < n; i++) ui_drive_frame(d, NULL);
}

/* The pointer moved to x, y and left there for d->rest frames, so what is
 * under it is hot before anything presses. */
static inline void ui_drive_move(UiDriver *d, int x, int y)
{
    d->in.mouse_x = x, d->in.mouse_y = y, d->in.mouse_moved = true;
    ui_drive_frames(d, d->rest > 0 ? d->rest : 1);
}

static inline void ui_drive_hover(UiDriver *d, Rect r)
{
    ui_drive_move(d, r.x + r.w / 2, r.y + r.h / 2);
}

/* A left click at x, y: the press in one frame, the release over two. */
static inline void ui_drive_click_at(UiDriver *d, int x, int y)
{
    ui_drive_move(d, x, y);
    d->in.mouse_pressed = d->in.mouse_down = MOUSE_LEFT, d->in.clicks = 1;
    ui_drive_frame(d, NULL);
    d->in.mouse_released = MOUSE_LEFT;
    ui_drive_frames(d, 2);
}

/* A click in the middle of r, which the last frame must have drawn: a rect
 * left empty fails with the line of the test that clicked it. */
static inline void ui_drive_click_line(UiDriver *d, Rect r, const char *file, int line)
{
    if (r.w <= 0 || r.h <= 0) fprintf(stderr, "%s:%d: clicking a rect that was not drawn\n", file, line);
    CHECK(r.w > 0 && r.h > 0);
    ui_drive_click_at(d, r.x + r.w / 2, r.y + r.h / 2);
}
#define ui_drive_click(d, ...) ui_drive_click_line((d), (__VA_ARGS__), __FILE__, __LINE__)

/* One key press with mods, given two frames to take effect. */
static inline void ui_drive_key(UiDriver *d, PlatformKey k, unsigned mods)
{
    d->in.keys[0] = (KeyPress){k, mods, false};
    d->in.key_count = 1;
    ui_drive_frames(d, 2);
}

/* Text typed in one go into what has the keyboard, given two frames. */
static inline void ui_drive_type(UiDriver *d, const char *text)
{
    snprintf(d->in.text, sizeof d->in.text, "%s", text);
    d->in.text_len = (int)strlen(d->in.text);
    ui_drive_frames(d, 2);
}

/* shots/NAME.bmp after two frames to settle, and at least min_colours in it
 * (UI_DRIVE_NOT_BLANK: something was drawn). */
static inline void ui_drive_shot(UiDriver *d, const char *name, int min_colours)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s.bmp", d->shots, name);
    ui_drive_frames(d, 2);
    ui_drive_frame(d, path);
    int n = ui_fixture_colours(path);
    if (n < min_colours) fprintf(stderr, "%s: only %d colours\n", name, n);
    CHECK(n >= min_colours);
}

/* PREFIX-light.bmp in the light theme the screen is in, then -dark and
 * -contrast each two frames after the switch; light again after. */
static inline void ui_drive_shot_themes(UiDriver *d, const char *prefix)
{
    static const ThemeId themes[] = {THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST};
    static const char *const names[] = {"light", "dark", "contrast"};
    for (int i = 0; i < 3; i++) {
        if (i > 0) {
            ui_set_theme(d->ui, themes[i]);
            ui_drive_frames(d, 2);
        }
        char name[300];
        snprintf(name, sizeof name, "%s-%s", prefix, names[i]);
        ui_drive_shot(d, name, UI_DRIVE_NOT_BLANK);
    }
    ui_set_theme(d->ui, THEME_LIGHT);
}

/* The whole desktop, headless: events go in through the platform as a
 * window would deliver them and each frame is the app's own. */
static inline void ui_desk_frames(Desktop *dk, int n)
{
    for (int i = 0; i < n; i++) desktop_frame(dk);
}

/* A click in the middle of r, which must have been drawn: the pointer there
 * for a frame, press and release within one frame (what ui_hit calls a
 * click), then `after` frames; a rect left empty fails with the caller's line. */
static inline void ui_desk_click_line(Desktop *dk, Rect r, int after, const char *file, int line)
{
    if (r.w <= 0 || r.h <= 0) fprintf(stderr, "%s:%d: clicking a rect that was not drawn\n", file, line);
    CHECK(r.w > 0 && r.h > 0);
    int x = r.x + r.w / 2, y = r.y + r.h / 2;
    platform_inject_mouse_move(dk->p, x, y);
    ui_desk_frames(dk, 1);
    platform_inject_mouse_button(dk->p, MOUSE_LEFT, true, x, y);
    platform_inject_mouse_button(dk->p, MOUSE_LEFT, false, x, y);
    ui_desk_frames(dk, after);
}
#define ui_desk_click_then(dk, after, ...) ui_desk_click_line((dk), (__VA_ARGS__), (after), __FILE__, __LINE__)
#define ui_desk_click(dk, ...) ui_desk_click_then((dk), 3, __VA_ARGS__)

/* One key press, then three frames for it to take effect. */
static inline void ui_desk_key(Desktop *dk, PlatformKey k, unsigned mods)
{
    platform_inject_key(dk->p, k, mods);
    ui_desk_frames(dk, 3);
}

static inline void ui_desk_type(Desktop *dk, const char *text)
{
    platform_inject_text(dk->p, text);
    ui_desk_frames(dk, 2);
}

/* DIR/NAME.bmp after two frames to settle, and at least min_colours in it. */
static inline void ui_desk_shot(Desktop *dk, const char *dir, const char *name, int min_colours)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s.bmp", dir, name);
    ui_desk_frames(dk, 2);
    dk->screenshot = path;                  /* desktop_frame saves and clears it */
    ui_desk_frames(dk, 1);
    int n = ui_fixture_colours(path);
    if (n < min_colours) fprintf(stderr, "%s: only %d colours\n", name, n);
    CHECK(n >= min_colours);
}

#endif
