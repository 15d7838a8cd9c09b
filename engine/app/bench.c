/* bench.c: `incident-dojo bench`: the workloads of shared/bench/README.md
 * run through the real platform layer, text layout and chat view, so they
 * can be timed against the bare SDL2_ttf reference program (limit.c). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app.h"
#include "bench_workload.h"
#include "core/util.h"
#include "desktop.h"
#include "platform/platform.h"
#include "ui/chat_view.h"

static const char usage[] =
    "Usage: incident-dojo bench scroll [--messages N] [--frames F] [--headless] [--screenshot BMP]\n"
    "  or:  incident-dojo bench startup [--headless]\n"
    "  or:  incident-dojo bench load [--messages N] [--keep DIR]\n"
    "  or:  incident-dojo bench search [--messages N] [--queries Q] [--keep DIR]\n"
    "scroll: N chat messages (default 20000) in a 1280x800 window, F frames (default\n"
    "600) each scrolling 40 px; prints load and frame times, then exits.\n"
    "startup: opens the window, draws the home screen's first frame and exits.\n"
    "--headless draws into an off-screen surface with the software renderer;\n"
    "--screenshot saves the first frame of scroll as a BMP file.\n"
    "load: writes a scenario of N chat messages (default 100000) and times loading\n"
    "it, against lua5.4 running it with do-nothing constructors.\n"
    "search: loads the same scenario, indexes it and times Q queries (default 1000).\n"
    "--keep DIR keeps the generated scenario in DIR and prints its path.\n";


typedef struct BenchChat {
    char *text;                 /* every message's text, back to back */
    ChatMessage *msgs;
} BenchChat;

/* Draws in the same order as the reference: word count, author, words. A
 * message is at most 35 words of at most 9 letters, so 400 bytes each
 * never overflow and the texts never move. */
static BenchChat bench_make_chat(int n)
{
    BenchChat c = {xmalloc((size_t)n * 400 + 1), xcalloc((size_t)n ? (size_t)n : 1, sizeof *c.msgs)};
    unsigned state = BENCH_SEED;
    size_t used = 0;
    for (int i = 0; i < n; i++) {
        int words = 6 + (int)(bench_rand(&state) % 30);
        const char *who = bench_names[bench_rand(&state) % bench_name_count];
        size_t start = used;
        for (int k = 0; k < words; k++) {
            const char *w = bench_words[bench_rand(&state) % bench_word_count];
            size_t len = strlen(w);
            if (k) c.text[used++] = ' ';
            memcpy(c.text + used, w, len);
            used += len;
        }
        assert(used - start < 400);
        c.msgs[i] = (ChatMessage){.author = who, .time = "", .text = c.text + start,
                                  .text_len = (int)(used - start)};
    }
    return c;
}

static Platform *bench_platform(bool headless)
{
    char err[1024];
    PlatformConfig cfg = {.title = "incident-dojo bench", .width = 1280, .height = 800,
                          .headless = headless, .no_vsync = true};
    Platform *p = platform_create(&cfg, err, sizeof err);
    if (!p) fprintf(stderr, "incident-dojo bench: %s\n", err);
    return p;
}

/* The reference: author at x=40 on one line, the text below at x=60 wrapped
 * at 1000 px, 8 px between messages, DejaVu Sans 16 px throughout. */
static ChatViewStyle bench_style(void)
{
    Color fg = {230, 230, 230, 255};
    return (ChatViewStyle){.author_x = 40, .text_x = 60, .wrap_width = 1000, .gap = 8,
                           .author_style = FONT_REGULAR, .text_style = FONT_REGULAR,
                           .author = fg, .time = fg, .text = fg, .avatar_text = fg};
}

static int bench_scroll(int messages, int frames, bool headless, const char *shot)
{
    double t0 = bench_now_ms();
    Platform *p = bench_platform(headless);
    if (!p) return 1;
    BenchChat chat = bench_make_chat(messages);
    ChatViewStyle style = bench_style();
    ChatView *view = chat_view_create(p, &style);
    int w, h;
    platform_get_size(p, &w, &h);
    chat_view_set_messages(view, chat.msgs, messages);
    chat_view_layout(view, w, h);
    double t1 = bench_now_ms(), sum = 0, worst = 0;
    PlatformInput in = {0};
    for (int f = 0; f < frames; f++) {
        double a = bench_now_ms();
        platform_poll_input(p, &in);
        platform_begin_frame(p, (Color){30, 30, 36, 255});
        chat_view_draw(view, (Rect){0, 0, w, h});
        char err[512];
        if (shot && f == 0 && !platform_save_screenshot(p, shot, err, sizeof err))
            fprintf(stderr, "incident-dojo bench: %s\n", err);
        platform_end_frame(p);
        /* like the reference: 40 px a frame, back to the top past the end */
        int max = chat_view_max_scroll(view), next = chat_view_scroll(view) + 40;
        chat_view_scroll_to(view, max > 0 ? next % max : 0);
        double ms = bench_now_ms() - a;
        sum += ms;
        if (ms > worst) worst = ms;
    }
    double t2 = bench_now_ms();
    printf("renderer=%s messages=%d frames=%d load_ms=%.1f frame_avg_ms=%.3f frame_max_ms=%.3f "
           "total_ms=%.1f peak_rss_kb=%ld\n", platform_renderer_name(p), messages, frames, t1 - t0,
           frames ? sum / frames : 0.0, worst, t2 - t0, bench_peak_rss_kb());
    fflush(stdout);
    chat_view_destroy(view);
    free(chat.msgs);
    free(chat.text);
    platform_destroy(p);
    return 0;
}

/* Start-up as a user sees it: the window, the real catalogue loaded and
 * the home screen's first frame drawn, with the default settings so that
 * runs compare. */
static int bench_startup(bool headless)
{
    double t0 = bench_now_ms();
    char err[1024];
    DesktopConfig cfg = {.headless = headless, .no_vsync = true, .no_settings = true,
                         .title = "incident-dojo bench"};
    Desktop *d = desktop_create(&cfg, err, sizeof err);
    if (!d) {
        fprintf(stderr, "incident-dojo bench: %s\n", err);
        return 1;
    }
    desktop_frame(d);
    printf("renderer=%s startup_ms=%.1f peak_rss_kb=%ld\n", platform_renderer_name(d->p),
           bench_now_ms() - t0, bench_peak_rss_kb());
    fflush(stdout);
    desktop_destroy(d);
    return 0;
}

int cmd_bench(int argc, char **argv)
{
    if (argc < 1) {
        fputs(usage, stderr);
        return 2;
    }
    if (strcmp(argv[0], "load") == 0) return bench_load(argc - 1, argv + 1);
    if (strcmp(argv[0], "search") == 0) return bench_search(argc - 1, argv + 1);
    int messages = 20000, frames = 600;
    bool headless = false;
    const char *shot = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool ok = true;
        if (strcmp(a, "--headless") == 0) headless = true;
        else if (strcmp(a, "--screenshot") == 0) ok = i + 1 < argc && (shot = argv[++i]);
        else if (strcmp(a, "--messages") == 0) ok = i + 1 < argc && bench_parse_count(argv[++i], 0, &messages);
        else if (strcmp(a, "--frames") == 0) ok = i + 1 < argc && bench_parse_count(argv[++i], 1, &frames);
        else ok = false;
        if (!ok) {
            fprintf(stderr, "incident-dojo bench: bad argument '%s'\n%s", a, usage);
            return 2;
        }
    }
    if (strcmp(argv[0], "scroll") == 0) return bench_scroll(messages, frames, headless, shot);
    if (strcmp(argv[0], "startup") == 0) return bench_startup(headless);
    if (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    fprintf(stderr, "incident-dojo bench: unknown workload '%s'\n%s", argv[0], usage);
    return 2;
}
