/* test_text.c: word wrap, the layout cache, spans, and the virtualised
 * chat view, on the headless platform.
 * Usage: test_text FONT_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "ui/chat_view.h"
#include "ui/text.h"

static Platform *p;
static TextLines lines;

static int wrap(const char *text, int width)
{
    TextBlock b = {text, (int)strlen(text), FONT_REGULAR, NULL, 0};
    lines.count = 0;
    return text_wrap(p, &b, width, &lines);
}

static int width_of(const char *s) { return platform_text_width(p, FONT_REGULAR, s, strlen(s)); }

static void test_wrap_basics(void)
{
    CHECK_INT(wrap("", 100), 1);
    CHECK_INT(lines.starts[0], 0);
    int aw = platform_advance(p, FONT_REGULAR, 'a');
    /* one word longer than the line: cut between letters, 5 a line */
    CHECK_INT(wrap("aaaaaaaaaaaaaaaaaaaa", 5 * aw), 4);
    CHECK(lines.starts[1] == 5 && lines.starts[2] == 10 && lines.starts[3] == 15);
    /* exact fit stays on one line; a pixel less breaks before "beta" */
    CHECK_INT(wrap("alpha beta", width_of("alpha beta")), 1);
    CHECK_INT(wrap("alpha beta", width_of("alpha beta") - 1), 2);
    CHECK_INT(lines.starts[1], 6);
    /* a long word after a short one starts its own line, then is cut */
    CHECK_INT(wrap("ab aaaaaaaaaa", 5 * aw), 3);
    CHECK(lines.starts[1] == 3 && lines.starts[2] == 8);
    /* width 0 still makes progress: a codepoint per line */
    CHECK_INT(wrap("abc", 0), 3);
}

static void test_wrap_newlines(void)
{
    const char *t = "one\ntwo\n\nthree";
    TextBlock b = {t, (int)strlen(t), FONT_REGULAR, NULL, 0};
    CHECK_INT(wrap(t, 1000), 4);
    CHECK(lines.starts[1] == 4 && lines.starts[2] == 8 && lines.starts[3] == 9);
    CHECK_INT(text_line_end(&b, lines.starts, 4, 0), 3);
    CHECK_INT(text_line_end(&b, lines.starts, 4, 2), 8);     /* the empty line */
    CHECK_INT(text_line_end(&b, lines.starts, 4, 3), (int)strlen(t));
    CHECK_INT(wrap("trailing\n", 1000), 2);
}

static bool starts_on_boundaries(const char *t)
{
    for (int i = 0; i < lines.count; i++)
        if (lines.starts[i] < 0 || lines.starts[i] > (int)strlen(t) ||
            ((unsigned char)t[lines.starts[i]] & 0xC0) == 0x80)
            return false;
    return true;
}

static void test_wrap_utf8(void)
{
    const char *t = "h\xC3\xA9llo w\xC3\xB6rld";
    int w1 = width_of("h\xC3\xA9llo"), w2 = width_of("w\xC3\xB6rld");
    CHECK_INT(wrap(t, w1 > w2 ? w1 : w2), 2);
    CHECK_INT(lines.starts[1], 7);
    const char *e5 = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";
    CHECK_INT(wrap(e5, 2 * platform_advance(p, FONT_REGULAR, 0xE9)), 3);
    CHECK(lines.starts[1] == 4 && lines.starts[2] == 8);
    CHECK(starts_on_boundaries(e5));
    /* invalid bytes measure as U+FFFD and never split a sequence */
    const char *bad = "ab\xFF\xE2\x82 cd\xC0\xAF";
    int fffd = platform_advance(p, FONT_REGULAR, 0xFFFD);
    CHECK_INT(width_of("ab\xFF\xE2\x82"), width_of("ab") + 2 * fffd);
    CHECK_INT(wrap(bad, 1000), 1);
    /* one U+FFFD a line each: \xFF, the truncated \xE2\x82, \xC0 and \xAF */
    static const int want[] = {0, 1, 2, 3, 6, 7, 8, 9};
    CHECK_INT(wrap(bad, 1), 8);
    for (int i = 0; i < 8 && i < lines.count; i++) CHECK_INT(lines.starts[i], want[i]);
}

static void test_spans(void)
{
    const char *t = "a bold move";
    TextSpan span = {2, 4, FONT_BOLD};
    TextBlock plain = {t, (int)strlen(t), FONT_REGULAR, NULL, 0};
    TextBlock rich = {t, (int)strlen(t), FONT_REGULAR, &span, 1};
    int wp = text_measure(p, &plain, 0, plain.len), wr = text_measure(p, &rich, 0, rich.len);
    CHECK(wr > wp);
    CHECK_INT(wr - wp, platform_text_width(p, FONT_BOLD, "bold", 4) - width_of("bold"));
    /* the span's width decides the break: fits bold-less, not bold */
    lines.count = 0;
    CHECK_INT(text_wrap(p, &plain, wp, &lines), 1);
    lines.count = 0;
    CHECK_INT(text_wrap(p, &rich, wp, &lines), 2);
    PlatformStats s0, s1;
    platform_get_stats(p, &s0);
    platform_begin_frame(p, (Color){0, 0, 0, 255});
    int end = text_draw_range(p, &rich, 0, rich.len, 5, 5, (Color){255, 255, 255, 255});
    platform_end_frame(p);
    platform_get_stats(p, &s1);
    CHECK_INT(end, 5 + wr);
    CHECK(s1.glyphs_rasterised - s0.glyphs_rasterised >= 3);    /* b o l d in bold */
}

static void test_cache(void)
{
    TextCache *c = text_cache_create(8);
    char text[] = "the cache keeps this layout between frames";
    TextBlock b = {text, (int)strlen(text), FONT_REGULAR, NULL, 0};
    const TextLines *l1 = text_cache_get(c, p, &b, 120);
    int n1 = l1->count, second = l1->starts[1];
    CHECK(n1 > 1);
    CHECK_INT(text_cache_misses(c), 1);
    const TextLines *l2 = text_cache_get(c, p, &b, 120);
    CHECK(l2 == l1 && l2->count == n1 && l2->starts[1] == second);
    CHECK_INT(text_cache_misses(c), 1);
    text_cache_get(c, p, &b, 400);
    CHECK_INT(text_cache_misses(c), 2);
    text[0] = 'T';      /* same pointer, new content: recomputed */
    text_cache_get(c, p, &b, 400);
    CHECK_INT(text_cache_misses(c), 3);
    text_cache_get(c, p, &b, 400);
    CHECK_INT(text_cache_misses(c), 3);
    CHECK(platform_set_scale(p, 1.5f));
    text_cache_get(c, p, &b, 400);
    CHECK_INT(text_cache_misses(c), 4);
    CHECK(platform_set_scale(p, 1.0f));
    text_cache_destroy(c);
}

/* Is message i on screen at the current scroll of a view h px tall? */
static bool visible(ChatView *v, int i, int h)
{
    int s = chat_view_scroll(v);
    return chat_view_message_top(v, i) < s + h && chat_view_message_top(v, i + 1) > s;
}

static int count_visible(ChatView *v, int n, int h)
{
    int k = 0;
    for (int i = 0; i < n; i++) k += visible(v, i, h);
    return k;
}

static void test_chat_view(void)
{
    enum { N = 1000, W = 320, H = 200 };
    static char texts[N][96];
    static ChatMessage msgs[N];
    for (int i = 0; i < N; i++) {
        snprintf(texts[i], sizeof texts[i], "message %d says %.*s", i, 1 + i % 60,
                 "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor");
        msgs[i] = (ChatMessage){.author = "sam", .time = "09:14", .text = texts[i], .text_len = (int)strlen(texts[i])};
    }
    ChatViewStyle st = chat_view_default_style((Color){0, 0, 0, 255}, (Color){90, 90, 90, 255});
    ChatView *v = chat_view_create(p, &st);
    chat_view_set_messages(v, msgs, 0);
    platform_begin_frame(p, (Color){255, 255, 255, 255});
    chat_view_draw(v, (Rect){0, 0, W, H});
    platform_end_frame(p);
    CHECK(chat_view_stats(v).drawn == 0 && chat_view_max_scroll(v) == 0);

    chat_view_set_messages(v, msgs, N);
    platform_begin_frame(p, (Color){255, 255, 255, 255});
    chat_view_draw(v, (Rect){0, 0, W, H});
    platform_end_frame(p);
    ChatViewStats s = chat_view_stats(v);
    CHECK_INT(s.wraps, N);
    CHECK_INT(s.laid_out, N);
    CHECK(s.drawn > 0 && s.drawn < 20);
    CHECK_INT(s.drawn, count_visible(v, N, H));
    CHECK(chat_view_content_height(v) > N * 40);

    chat_view_scroll_by(v, 1000000000);
    CHECK_INT(chat_view_scroll(v), chat_view_content_height(v) - H);
    CHECK_INT(chat_view_scroll(v), chat_view_max_scroll(v));
    platform_begin_frame(p, (Color){255, 255, 255, 255});
    chat_view_draw(v, (Rect){0, 0, W, H});
    platform_end_frame(p);
    s = chat_view_stats(v);
    CHECK_INT(s.wraps, N);          /* cached: nothing wrapped again */
    CHECK_INT(s.laid_out, 0);
    CHECK_INT(s.drawn, count_visible(v, N, H));
    CHECK(visible(v, N - 1, H));
    CHECK_INT(chat_view_message_at(v, chat_view_scroll(v) + H - 1), N - 1);

    chat_view_scroll_by(v, -2000000000);
    CHECK_INT(chat_view_scroll(v), 0);
    chat_view_scroll_to(v, chat_view_message_top(v, 500));
    CHECK_INT(chat_view_message_at(v, chat_view_scroll(v)), 500);
    CHECK_INT(chat_view_message_at(v, -1), -1);
    CHECK_INT(chat_view_message_at(v, chat_view_content_height(v)), -1);

    /* a new width wraps everything again and keeps message 500 on top */
    platform_begin_frame(p, (Color){255, 255, 255, 255});
    chat_view_draw(v, (Rect){0, 0, W - 100, H});
    platform_end_frame(p);
    CHECK_INT(chat_view_stats(v).wraps, 2 * N);
    CHECK_INT(chat_view_message_at(v, chat_view_scroll(v)), 500);
    CHECK_INT(chat_view_stats(v).drawn, count_visible(v, N, H));
    chat_view_destroy(v);
}

int main(int argc, char **argv)
{
    char err[1024] = "";
    PlatformConfig cfg = {.headless = true, .font_dir = argc > 1 ? argv[1] : "assets/fonts",
                          .width = 320, .height = 200};
    p = platform_create(&cfg, err, sizeof err);
    CHECK(p != NULL);
    if (!p) fprintf(stderr, "platform_create: %s\n", err);
    if (p) {
        test_wrap_basics();
        test_wrap_newlines();
        test_wrap_utf8();
        test_spans();
        test_cache();
        test_chat_view();
    }
    text_lines_free(&lines);
    platform_destroy(p);
    return testing_done("test_text");
}
