/* test_platform.c: the platform layer on its headless backend: missing
 * fonts, UTF-8 decoding, the glyph atlas, the fallback font, batching,
 * screenshots, synthetic input, the clipboard and scaling.
 * Usage: test_platform FONT_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testing.h"
#include "platform/platform.h"

static const char *font_dir;
static const Color BG = {20, 22, 26, 255}, WHITE = {255, 255, 255, 255}, RED = {255, 0, 0, 255};

static Platform *make(int w, int h)
{
    char err[1024] = "";
    PlatformConfig cfg = {.headless = true, .font_dir = font_dir, .width = w, .height = h};
    Platform *p = platform_create(&cfg, err, sizeof err);
    if (!p) fprintf(stderr, "platform_create: %s\n", err);
    return p;
}

static void test_missing_fonts(void)
{
    char err[1024] = "";
    PlatformConfig cfg = {.headless = true, .font_dir = "/nonexistent/fonts"};
    Platform *p = platform_create(&cfg, err, sizeof err);
    CHECK(p == NULL);
    CHECK_CONTAINS(err, "/nonexistent/fonts/DejaVuSans.ttf");
    CHECK_CONTAINS(err, "fonts-dejavu-core");
    platform_destroy(p);
}

static void check_decode(const char *s, size_t len, uint32_t cp, size_t next)
{
    size_t pos = 0;
    CHECK_INT(platform_utf8_decode(s, len, &pos), cp);
    CHECK_INT(pos, next);
}

static void test_utf8(Platform *p)
{
    check_decode("a", 1, 'a', 1);
    check_decode("\xC3\xA9", 2, 0xE9, 2);
    check_decode("\xF0\x9F\x91\x8D", 4, 0x1F44D, 4);
    check_decode("\xE2\x82", 2, 0xFFFD, 2);             /* truncated */
    check_decode("\xE2\x82" "a", 3, 0xFFFD, 2);         /* cut short by a new character */
    check_decode("\xFF", 1, 0xFFFD, 1);
    check_decode("\xC0\xAF", 2, 0xFFFD, 1);             /* overlong */
    check_decode("\xED\xA0\x80", 3, 0xFFFD, 1);         /* surrogate */
    check_decode("\x80", 1, 0xFFFD, 1);                 /* stray continuation */
    int bad = platform_advance(p, FONT_REGULAR, 0xFFFD);
    CHECK(bad > 0);
    CHECK_INT(platform_text_width(p, FONT_REGULAR, "\xFF\xFE", 2), 2 * bad);
    CHECK_INT(platform_text_width(p, FONT_REGULAR, "ab", 2),
              platform_advance(p, FONT_REGULAR, 'a') + platform_advance(p, FONT_REGULAR, 'b'));
}

static void draw_frame(Platform *p, FontStyle style, const char *text)
{
    platform_begin_frame(p, BG);
    platform_draw_text(p, style, 10, 10, text, strlen(text), WHITE);
    platform_end_frame(p);
}

static void test_atlas_once(Platform *p)
{
    PlatformStats s0, s1, s2, s3;
    platform_get_stats(p, &s0);
    draw_frame(p, FONT_REGULAR, "hello hello");
    platform_get_stats(p, &s1);
    CHECK_INT(s1.glyphs_rasterised - s0.glyphs_rasterised, 4);     /* h e l o; space has no ink */
    draw_frame(p, FONT_REGULAR, "hello hello");
    draw_frame(p, FONT_REGULAR, "hole");
    platform_get_stats(p, &s2);
    CHECK_INT(s2.glyphs_rasterised, s1.glyphs_rasterised);
    draw_frame(p, FONT_BOLD, "hello");
    platform_get_stats(p, &s3);
    CHECK_INT(s3.glyphs_rasterised - s2.glyphs_rasterised, 4);
    CHECK(platform_text_width(p, FONT_BOLD, "hello", 5) > platform_text_width(p, FONT_REGULAR, "hello", 5));
}

static void test_fallback(Platform *p)
{
    CHECK(platform_glyph_uses_fallback(p, FONT_REGULAR, 0x1F44D));    /* thumbs up */
    CHECK(!platform_glyph_uses_fallback(p, FONT_REGULAR, 'a'));
    CHECK(!platform_glyph_uses_fallback(p, FONT_REGULAR, 0xE9));
    PlatformStats s0, s1;
    platform_get_stats(p, &s0);
    draw_frame(p, FONT_REGULAR, "ok \xF0\x9F\x91\x8D");
    platform_get_stats(p, &s1);
    CHECK_INT(s1.fallback_glyphs - s0.fallback_glyphs, 1);
    CHECK(platform_advance(p, FONT_REGULAR, 0x1F44D) > 0);
}

static void test_batching(Platform *p)
{
    PlatformStats s;
    platform_begin_frame(p, BG);
    for (int i = 0; i < 20; i++) {
        platform_fill_rect(p, (Rect){i * 10, 50, 8, 8}, RED);
        platform_draw_text(p, FONT_REGULAR, i * 10, 70, "ab", 2, WHITE);
    }
    platform_end_frame(p);
    platform_get_stats(p, &s);
    CHECK_INT(s.draw_calls, 1);     /* rectangles and glyphs share the atlas page */
    CHECK_INT(s.quads, 60);
    platform_begin_frame(p, BG);
    platform_fill_rect(p, (Rect){0, 0, 10, 10}, RED);
    platform_push_clip(p, (Rect){0, 0, 50, 50});
    platform_draw_text(p, FONT_REGULAR, 0, 0, "ab", 2, WHITE);
    platform_fill_rect(p, (Rect){100, 100, 10, 10}, RED);     /* outside the clip: dropped */
    platform_pop_clip(p);
    platform_fill_rect(p, (Rect){0, 0, 10, 10}, RED);
    platform_end_frame(p);
    platform_get_stats(p, &s);
    CHECK_INT(s.draw_calls, 3);     /* flushed at the clip's push and pop only */
    CHECK_INT(s.quads, 4);
}

typedef struct Bmp { unsigned char *data; int w, h, offset; } Bmp;

static bool bmp_load(const char *path, Bmp *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    b->data = malloc(16 << 20);
    size_t n = fread(b->data, 1, 16 << 20, f);
    fclose(f);
    if (n < 54 || b->data[0] != 'B' || b->data[1] != 'M' || b->data[28] != 32) return false;
    memcpy(&b->offset, b->data + 10, 4);
    memcpy(&b->w, b->data + 18, 4);
    memcpy(&b->h, b->data + 22, 4);
    return (size_t)b->offset + (size_t)b->w * (size_t)abs(b->h) * 4 <= n;
}

static Color bmp_pixel(const Bmp *b, int x, int y)
{
    int row = b->h > 0 ? b->h - 1 - y : y;      /* positive height: bottom-up rows */
    const unsigned char *px = b->data + b->offset + ((size_t)row * (size_t)b->w + (size_t)x) * 4;
    return (Color){px[2], px[1], px[0], 255};
}

/* Pixels of the saved frame that differ from BG inside r (all if r.w == 0). */
static int count_not_bg_in(const char *path, Rect r, Color *at)
{
    Bmp b = {0};
    int n = -1;
    if (bmp_load(path, &b)) {
        if (!r.w) r = (Rect){0, 0, b.w, abs(b.h)};
        n = 0;
        for (int y = r.y; y < r.y + r.h; y++)
            for (int x = r.x; x < r.x + r.w; x++) {
                Color c = bmp_pixel(&b, x, y);
                n += c.r != BG.r || c.g != BG.g || c.b != BG.b;
            }
        *at = bmp_pixel(&b, 15, 105);
    }
    free(b.data);
    return n;
}

static int count_not_bg(const char *path, Color *at)
{
    return count_not_bg_in(path, (Rect){0}, at);
}

static void test_screenshot(Platform *p)
{
    char path[64], err[512];
    snprintf(path, sizeof path, "/tmp/dojo-test-platform-%d.bmp", (int)getpid());
    Color at = {0};
    platform_begin_frame(p, BG);
    CHECK(platform_save_screenshot(p, path, err, sizeof err));
    platform_end_frame(p);
    CHECK_INT(count_not_bg(path, &at), 0);
    platform_begin_frame(p, BG);
    platform_draw_text(p, FONT_REGULAR, 10, 10, "Incident Dojo", 13, WHITE);
    platform_fill_rect(p, (Rect){10, 100, 20, 10}, RED);
    CHECK(platform_save_screenshot(p, path, err, sizeof err));
    platform_end_frame(p);
    int n = count_not_bg(path, &at);
    CHECK(n > 200 + 100);       /* the rectangle plus the text's ink */
    CHECK(n < 320 * 200 / 4);
    CHECK(at.r == 255 && at.g == 0 && at.b == 0);
    CHECK(!platform_save_screenshot(p, "/nonexistent/dir/x.bmp", err, sizeof err));
    CHECK_CONTAINS(err, "/nonexistent/dir/x.bmp");
    remove(path);
}

/* Growing a page moves no glyph, and the UVs of glyphs drawn after it
 * follow the new size: the same word draws the same pixels. */
static void test_atlas_growth(Platform *p)
{
    char path[64], err[512], many[4096];
    snprintf(path, sizeof path, "/tmp/dojo-test-atlas-%d.bmp", (int)getpid());
    Color at;
    Rect word = {10, 10, 120, 30};
    draw_frame(p, FONT_MONO_BOLD, "Hxq");
    platform_begin_frame(p, BG);
    platform_draw_text(p, FONT_MONO_BOLD, 10, 10, "Hxq", 3, WHITE);
    CHECK(platform_save_screenshot(p, path, err, sizeof err));
    platform_end_frame(p);
    int before = count_not_bg_in(path, word, &at);
    CHECK(before > 20);
    PlatformStats s0, s1;
    platform_get_stats(p, &s0);
    size_t n = 0;
    for (uint32_t cp = 0x100; cp < 0x500 && n + 4 < sizeof many; cp++) {    /* Latin, Greek, Cyrillic */
        many[n++] = (char)(0xC0 | (cp >> 6));
        many[n++] = (char)(0x80 | (cp & 0x3F));
    }
    for (int style = 0; style < FONT_STYLE_COUNT; style++) draw_frame(p, (FontStyle)style, many);
    platform_get_stats(p, &s1);
    CHECK(s1.glyphs_rasterised - s0.glyphs_rasterised > 3000);
    CHECK(s1.atlas_grows > s0.atlas_grows);
    platform_begin_frame(p, BG);
    platform_draw_text(p, FONT_MONO_BOLD, 10, 10, "Hxq", 3, WHITE);
    CHECK(platform_save_screenshot(p, path, err, sizeof err));
    platform_end_frame(p);
    CHECK_INT(count_not_bg_in(path, word, &at), before);
    remove(path);
}

static void test_input(Platform *p)
{
    PlatformInput in = {0};
    platform_poll_input(p, &in);
    platform_inject_key(p, KEY_C, MOD_CTRL);
    platform_inject_key(p, KEY_F5, 0);
    platform_inject_text(p, "h\xC3\xA9llo, a long line of typed text past 31 bytes");
    platform_inject_mouse_move(p, 50, 60);
    platform_inject_mouse_button(p, MOUSE_LEFT, true, 50, 60);
    platform_inject_wheel(p, 2);
    platform_poll_input(p, &in);
    CHECK_INT(in.key_count, 2);
    CHECK_INT(in.keys[0].key, KEY_C);
    CHECK_INT(in.keys[0].mods, MOD_CTRL);
    CHECK_INT(in.keys[1].key, KEY_F5);
    CHECK_STR(in.text, "h\xC3\xA9llo, a long line of typed text past 31 bytes");
    CHECK(in.mouse_x == 50 && in.mouse_y == 60 && in.mouse_moved);
    CHECK(in.mouse_pressed == MOUSE_LEFT && in.mouse_down == MOUSE_LEFT);
    CHECK(in.wheel_y == 2.0f);
    CHECK(!in.quit);
    platform_inject_mouse_button(p, MOUSE_LEFT, false, 52, 61);
    platform_inject_quit(p);
    platform_poll_input(p, &in);
    CHECK(in.key_count == 0 && in.text_len == 0 && in.wheel_y == 0);
    CHECK(in.mouse_released == MOUSE_LEFT && in.mouse_down == 0 && in.mouse_pressed == 0);
    CHECK(in.quit);
    CHECK(!platform_wait_events(p, 0));
}

static void test_clipboard(Platform *p)
{
    CHECK(platform_set_clipboard(p, "copy \xE2\x9C\x93"));
    char *s = platform_get_clipboard(p);
    CHECK_STR(s, "copy \xE2\x9C\x93");
    free(s);
}

static void test_scale(Platform *p)
{
    int lh = platform_line_height(p, FONT_REGULAR), aw = platform_advance(p, FONT_REGULAR, 'a');
    unsigned gen = platform_font_generation(p);
    PlatformStats s0, s1;
    platform_get_stats(p, &s0);
    CHECK(platform_set_scale(p, 2.0f));
    CHECK(platform_font_generation(p) != gen);
    CHECK(platform_scale(p) == 2.0f);
    CHECK(platform_line_height(p, FONT_REGULAR) >= lh * 2 - 2);
    CHECK(platform_advance(p, FONT_REGULAR, 'a') >= aw * 2 - 1);
    draw_frame(p, FONT_REGULAR, "a");
    platform_get_stats(p, &s1);
    CHECK_INT(s1.glyphs_rasterised - s0.glyphs_rasterised, 1);     /* 'a' again, at the new size */
}

int main(int argc, char **argv)
{
    font_dir = argc > 1 ? argv[1] : "assets/fonts";
    test_missing_fonts();
    Platform *p = make(320, 200);
    CHECK(p != NULL);
    if (p) {
        CHECK(platform_is_headless(p));
        CHECK_STR(platform_renderer_name(p), "software");
        test_utf8(p);
        test_atlas_once(p);
        test_fallback(p);
        test_batching(p);
        test_screenshot(p);
        test_atlas_growth(p);
        test_input(p);
        test_clipboard(p);
        test_scale(p);
    }
    platform_destroy(p);
    return testing_done("test_platform");
}
