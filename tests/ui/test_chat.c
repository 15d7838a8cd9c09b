/* test_chat.c: the chat channel viewer on the headless platform, driven by
 * injected input: the channel without replies, thread lines that open the
 * side pane (Esc and the close button shut it), day rules where the local
 * day changes, select, pin request, reveal, reaction chips and their
 * tooltips, a long channel drawn virtualised; screenshots in two themes.
 * Usage: test_chat SOURCE_DIR [SHOT_DIR] (screenshots kept in SHOT_DIR) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "core/session.h"
#include "script/loader.h"
#include "testing.h"
#include "ui/ui_internal.h"     /* the tooltip's text */
#include "ui/viewer_chat_internal.h"

static Platform *P;
static Ui *U;
static PlatformInput IN;
static uint32_t NOW = 1000;
static int CLICKS;              /* the next press is this click of a series */
static char SHOTS[512];

typedef struct Chan {
    const Scenario *sc;
    int source;
    ViewerChat *c;
    ViewerNav nav;
} Chan;

/* One frame of the viewer over the whole window; shot: save it as BMP. */
static void frame(Chan *ch, const char *shot)
{
    int w, h;
    platform_get_size(P, &w, &h);
    platform_poll_input(P, &IN);
    if (IN.mouse_pressed && CLICKS) IN.clicks = CLICKS, CLICKS = 0;
    platform_begin_frame(P, ui_theme(U)->background);
    ui_begin_frame(U, &IN, NOW += 16);
    ui_fill(U, (Rect){0, 0, w, h}, ui_theme(U)->panel);
    viewer_chat_draw(U, (Rect){0, 0, w, h}, ch->sc, ch->source, ch->c, &ch->nav);
    ui_end_frame(U);
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/%s.bmp", SHOTS, shot ? shot : "");
    if (shot && !platform_save_screenshot(P, path, err, sizeof err)) fprintf(stderr, "screenshot: %s\n", err);
    platform_end_frame(P);
}

static void frames(Chan *ch, int n)
{
    for (int i = 0; i < n; i++) frame(ch, NULL);
}

static void click_n(Chan *ch, Rect r, int clicks)
{
    int x = r.x + r.w / 2, y = r.y + r.h / 2;
    platform_inject_mouse_move(P, x, y);
    frame(ch, NULL);
    CLICKS = clicks;
    platform_inject_mouse_button(P, MOUSE_LEFT, true, x, y);
    platform_inject_mouse_button(P, MOUSE_LEFT, false, x, y);
    frames(ch, 2);
}

static void click(Chan *ch, Rect r) { click_n(ch, r, 1); }

static int item(const Scenario *sc, const char *id)
{
    int i = scenario_find(sc, id, ENT_ITEM);
    if (i < 0) fprintf(stderr, "no item %s\n", id);
    CHECK(i >= 0);
    return i;
}

static const ChatMessage *msg_of(const ViewerChat *c, bool side, int it)
{
    const ChatPane *p = viewer_chat_pane(c, side);
    int k = chat_pane_find(p, it);
    return k >= 0 ? &p->msgs[k] : NULL;
}

static bool inside(Rect in, Rect r) { return r.w > 0 && r.x >= in.x && r.y >= in.y && r.x + r.w <= in.x + in.w && r.y + r.h <= in.y + in.h; }

/* Pixels of exactly colour c in a 32-bit BMP (rows hold B, G, R, A),
 * inside r (in window pixels, top-down) or everywhere when r is empty. */
static int bmp_count_in(const char *name, Color c, Rect r)
{
    char path[700], err[256], *data;
    size_t len;
    snprintf(path, sizeof path, "%s/%s.bmp", SHOTS, name);
    if (!file_read_all(path, &data, &len, err, sizeof err)) return -1;
    int offset, w, h, n = 0;
    memcpy(&offset, data + 10, 4), memcpy(&w, data + 18, 4), memcpy(&h, data + 22, 4);
    int rows = h < 0 ? -h : h;
    if (r.w <= 0) r = (Rect){0, 0, w, rows};
    const unsigned char *b = (const unsigned char *)data;
    for (int y = r.y; y < r.y + r.h && y < rows; y++)
        for (int x = r.x; x < r.x + r.w && x < w; x++) {
            size_t at = (size_t)offset + ((size_t)(h < 0 ? y : rows - 1 - y) * (size_t)w + (size_t)x) * 4;
            if (at + 3 < len) n += b[at] == c.b && b[at + 1] == c.g && b[at + 2] == c.r;
        }
    free(data);
    return n;
}

static int bmp_count(const char *name, Color c) { return bmp_count_in(name, c, (Rect){0, 0, 0, 0}); }

/* The tutorial's #checkout: 21 items, of which 4 are replies (2 to Lena's
 * "pause the promo?", 2 to Dana's "sawtooth"): 17 in the channel. */
static void test_channel(Chan *ch)
{
    const Scenario *sc = ch->sc;
    frames(ch, 2);
    const ChatPane *m = viewer_chat_pane(ch->c, false);
    CHECK_INT(m->count, 17);
    CHECK(msg_of(ch->c, false, item(sc, "r.priya-not-yet")) == NULL);
    CHECK(msg_of(ch->c, false, item(sc, "r.tomas-418")) == NULL);
    CHECK(msg_of(ch->c, false, item(sc, "r.dana-promo")) == NULL);
    const ChatMessage *lena = msg_of(ch->c, false, item(sc, "m.lena-pause"));
    const ChatMessage *dana = msg_of(ch->c, false, item(sc, "m.dana-pattern"));
    CHECK(lena && dana);
    if (!lena || !dana) return;
    CHECK_STR(lena->replies, "2 replies");
    CHECK_STR(lena->last_reply, "last reply 12:13");
    CHECK_STR(dana->replies, "2 replies");
    CHECK_STR(dana->last_reply, "last reply 12:23");
    CHECK(msg_of(ch->c, false, item(sc, "m.priya-ack"))->replies == NULL);
    /* joins and leaves are muted one-liners naming the channel */
    const ChatMessage *join = msg_of(ch->c, false, item(sc, "j.dana"));
    CHECK(join->notice);
    CHECK_STR(join->text, "Dana Okafor joined #checkout");
    CHECK_STR(msg_of(ch->c, false, item(sc, "l.lena"))->text, "Lena Vogel left #checkout");
    CHECK(!dana->notice);
    /* one day: one rule, over the first message */
    CHECK_STR(m->msgs[0].day, "Thursday 12 March");
    int days = 0;
    for (int k = 0; k < m->count; k++) days += m->msgs[k].day != NULL;
    CHECK_INT(days, 1);
    /* reactions, sorted by name: eyes (Priya, Marcus), pray (Priya) */
    CHECK_INT(dana->nchips, 2);
    CHECK_STR(dana->chips[0].label, "\xF0\x9F\x91\x80");
    CHECK_INT(dana->chips[0].count, 2);
    CHECK_STR(dana->chips[1].label, "\xF0\x9F\x99\x8F");
    CHECK_INT(dana->chips[1].count, 1);
    CHECK(platform_glyph_uses_fallback(P, FONT_REGULAR, 0x1F440));   /* Symbola draws it */
}

static void test_emoji_names(void)
{
    Arena a = {0};
    CHECK_STR(chat_build_emoji(&a, "tada"), "\xF0\x9F\x8E\x89");
    CHECK_STR(chat_build_emoji(&a, "+1"), "\xF0\x9F\x91\x8D");
    CHECK_STR(chat_build_emoji(&a, "party_parrot"), ":party_parrot:");
    CHECK_STR(chat_build_emoji(&a, ":eyes:"), "\xF0\x9F\x91\x80");
    CHECK_STR(chat_build_emoji(&a, ":shrug:"), ":shrug:");
    CHECK_STR(chat_build_emoji(&a, "\xE2\x9C\x85"), "\xE2\x9C\x85");
    arena_destroy(&a);
}

static void test_thread(Chan *ch)
{
    const Scenario *sc = ch->sc;
    int root = item(sc, "m.lena-pause");
    CHECK_INT(viewer_chat_thread(ch->c), -1);
    Rect link = viewer_chat_thread_rect(ch->c, root);
    CHECK(link.w > 0);
    click(ch, link);
    CHECK_INT(viewer_chat_thread(ch->c), root);
    CHECK_INT(ch->nav.selected, -1);        /* the thread line is not the message */
    const ChatPane *side = viewer_chat_pane(ch->c, true);
    CHECK_INT(side->count, 3);
    if (side->count == 3) {
        CHECK_INT(side->items[0], root);
        CHECK_INT(side->items[1], item(sc, "r.priya-not-yet"));
        CHECK_INT(side->items[2], item(sc, "r.lena-holding"));
        CHECK_STR(side->msgs[1].day, "2 replies");
        CHECK(side->msgs[0].replies == NULL);
    }
    /* the side pane is on the right of the channel, and shows the replies */
    const ChatPane *main = viewer_chat_pane(ch->c, false);
    CHECK(side->area.x > main->area.x + main->area.w);
    CHECK(inside(side->area, viewer_chat_message_rect(ch->c, true, item(sc, "r.lena-holding"))));
    /* the splitter left of the side pane widens it */
    int side_x = side->area.x, side_w = side->area.w, gx = side_x - 3;
    platform_inject_mouse_move(P, gx, 300);
    frame(ch, NULL);
    platform_inject_mouse_button(P, MOUSE_LEFT, true, gx, 300);
    frame(ch, NULL);
    platform_inject_mouse_move(P, gx - 100, 300);
    frame(ch, NULL);
    platform_inject_mouse_button(P, MOUSE_LEFT, false, gx - 100, 300);
    frames(ch, 2);
    CHECK_INT(side->area.x, side_x - 100);
    CHECK_INT(side->area.w, side_w + 100);
    side_x = side->area.x;
    platform_inject_key(P, KEY_ESCAPE, 0);
    frames(ch, 2);
    CHECK_INT(viewer_chat_thread(ch->c), -1);
    CHECK(main->area.x + main->area.w > side_x);    /* the channel is whole again */
    click(ch, viewer_chat_thread_rect(ch->c, root));
    CHECK_INT(viewer_chat_thread(ch->c), root);
    Rect close = viewer_chat_close_rect(ch->c);
    CHECK(close.w > 0);
    click(ch, close);
    CHECK_INT(viewer_chat_thread(ch->c), -1);
}

static void test_select(Chan *ch)
{
    const Scenario *sc = ch->sc;
    int ack = item(sc, "m.priya-ack");
    Rect r = viewer_chat_message_rect(ch->c, false, ack);
    CHECK(r.w > 0);
    click(ch, r);
    CHECK_INT(ch->nav.selected, ack);
    CHECK_INT(ch->nav.pin_request, -1);
    frame(ch, "chat-selected");
    CHECK(bmp_count("chat-selected", ui_theme(U)->row_selected) > r.w * r.h / 2);
    int restart = item(sc, "m.priya-restart");
    click_n(ch, viewer_chat_message_rect(ch->c, false, restart), 2);
    CHECK_INT(ch->nav.selected, restart);
    CHECK_INT(ch->nav.pin_request, restart);
    ch->nav.pin_request = -1;
}

/* A reply revealed (a search hit, a pin's "show") opens its thread. */
static void test_reveal(Chan *ch)
{
    const Scenario *sc = ch->sc;
    int last = item(sc, "l.lena");
    ch->nav.reveal = last;
    frames(ch, 2);
    CHECK_INT(ch->nav.reveal, -1);
    CHECK(chat_view_scroll(viewer_chat_pane(ch->c, false)->view) > 0);
    CHECK(inside(viewer_chat_pane(ch->c, false)->area, viewer_chat_message_rect(ch->c, false, last)));
    int reply = item(sc, "r.dana-promo"), root = item(sc, "m.dana-pattern");
    ch->nav.reveal = reply;
    frames(ch, 2);
    CHECK_INT(ch->nav.reveal, -1);
    CHECK_INT(viewer_chat_thread(ch->c), root);
    CHECK(inside(viewer_chat_pane(ch->c, true)->area, viewer_chat_message_rect(ch->c, true, reply)));
    CHECK(inside(viewer_chat_pane(ch->c, false)->area, viewer_chat_message_rect(ch->c, false, root)));
    /* an item of another source is left for its own viewer */
    int other = item(sc, "t.dana-explains");
    ch->nav.reveal = other;
    frames(ch, 1);
    CHECK_INT(ch->nav.reveal, other);
    ch->nav.reveal = -1;
}

/* Hovering a chip long enough shows who reacted. */
static void test_tooltip(Chan *ch, const char *shot)
{
    int dana = item(ch->sc, "m.dana-pattern");
    Rect chip = viewer_chat_chip_rect(ch->c, false, dana, 0);
    CHECK(chip.w > 0 && inside(viewer_chat_pane(ch->c, false)->area, chip));
    platform_inject_mouse_move(P, chip.x + chip.w / 2, chip.y + chip.h / 2);
    frame(ch, NULL);
    NOW += UI_TOOLTIP_DELAY_MS + 100;
    frames(ch, 2);
    CHECK(U->tip_show);
    CHECK_STR(U->tip_text, "Priya Nair and Marcus Lee reacted with :eyes:");
    frame(ch, shot);
    CHECK(bmp_count(shot, ui_theme(U)->tooltip) > 500);
    /* the chip in the thread pane names them too */
    Rect side_chip = viewer_chat_chip_rect(ch->c, true, dana, 1);
    CHECK(side_chip.w > 0);
    platform_inject_mouse_move(P, side_chip.x + side_chip.w / 2, side_chip.y + side_chip.h / 2);
    frame(ch, NULL);
    NOW += UI_TOOLTIP_DELAY_MS + 100;
    frames(ch, 2);
    CHECK_STR(U->tip_text, "Priya Nair reacted with :pray:");
    platform_inject_mouse_move(P, 2, 2);
    frames(ch, 2);
}

/* The thread open in a theme, with a pin and a selection, kept as
 * chat-THEME.bmp; the pinned message gets its marker's stripe. */
static void test_look(Chan *ch, ThemeId theme, const char *name)
{
    ui_set_theme(U, theme);
    frames(ch, 2);
    ch->nav.reveal = item(ch->sc, "r.tomas-418");
    ch->nav.selected = item(ch->sc, "m.marcus-bridge");
    frames(ch, 2);
    test_tooltip(ch, name);
    /* a chip not under the mouse: its pill and its count's ink */
    Rect chip = viewer_chat_chip_rect(ch->c, true, item(ch->sc, "m.dana-pattern"), 0);
    CHECK(bmp_count_in(name, ui_theme(U)->panel_alt, chip) > chip.w * chip.h / 3);
    CHECK(bmp_count_in(name, ui_theme(U)->text, chip) > 5);
    Color stripe = viewer_marker_color(ui_theme(U), MARKER_DIAGNOSIS);
    CHECK(bmp_count(name, stripe) > 4 * 40);
    CHECK(bmp_count(name, ui_theme(U)->row_selected) > 1000);
}

static Scenario *load_text(const char *dir, const char *text)
{
    char path[600];
    snprintf(path, sizeof path, "%s/chat.lua", dir);
    FILE *f = fopen(path, "w");
    if (!f) return NULL;
    fputs(text, f);
    fclose(f);
    Diags d = {0};
    Scenario *sc = loader_load(path, NULL, &d, NULL);
    if (!sc) diags_print(&d, stderr);
    diags_destroy(&d);
    unlink(path);
    return sc;
}

#define HEADER \
    "scenario{ id='days', title='Days', summary='S', difficulty='intro', minutes=5, format=1,\n" \
    "  timezone='+01:00', started='2026-03-10T23:00:00', ended='2026-03-11T01:00:00' }\n" \
    "team{ id='web', name='Web', kind='engineering', size=2 }\n" \
    "person{ id='ana', name='Ana Ruiz', team='web' }\n"

/* 23:55 and 00:05 local are the same UTC day: the rule must follow the
 * scenario's time zone, and a reply after midnight adds none. */
static void test_days(const char *dir)
{
    Scenario *sc = load_text(dir, HEADER
        "chat{ id='c', title='#inc',\n"
        "  msg{ id='m1', at='2026-03-10T23:40:00', who='ana', text='one' },\n"
        "  msg{ id='m2', at='2026-03-10T23:55:00', who='ana', text='two',\n"
        "       replies = { msg{ id='m2r', at='2026-03-11T00:02:00', who='ana', text='late reply' } } },\n"
        "  msg{ id='m3', at='2026-03-11T00:05:00', who='ana', text='three' },\n"
        "  msg{ id='m4', at='2026-03-11T00:30:00', who='ana', text='four' },\n"
        "}\n");
    CHECK(sc != NULL);
    if (!sc) return;
    Chan ch = {sc, scenario_find(sc, "c", ENT_SOURCE), viewer_chat_create(), viewer_nav_init(NULL)};
    frames(&ch, 1);
    frame(&ch, "chat-days");
    const ChatPane *m = viewer_chat_pane(ch.c, false);
    CHECK_INT(m->count, 4);
    if (m->count == 4) {
        CHECK_STR(m->msgs[0].day, "Tuesday 10 March");
        CHECK(m->msgs[1].day == NULL);
        CHECK_STR(m->msgs[2].day, "Wednesday 11 March");
        CHECK(m->msgs[3].day == NULL);
        CHECK_STR(m->msgs[1].replies, "1 reply");
        CHECK_STR(m->msgs[1].last_reply, "last reply 2026-03-11 00:02");
        CHECK_STR(m->msgs[2].time, "00:05");     /* the rule above says the day */
        /* the rule sits above its message, apart from the body */
        Rect body = chat_view_body_rect(m->view, 2, m->area), day = chat_view_day_rect(m->view, 2, m->area);
        CHECK(day.w > 0 && day.y + day.h <= body.y);
        CHECK(chat_view_day_rect(m->view, 1, m->area).w == 0);
    }
    char label[64];
    chat_build_day(sc, sc->items[0].at - 365 * 86400, label, sizeof label);
    CHECK_STR(label, "Monday 10 March 2025");    /* another year says which */
    viewer_chat_destroy(ch.c);
    scenario_destroy(sc);
}

/* A long channel: only what shows is drawn, and opening it is quick. */
static void test_long(const char *dir)
{
    Scenario *sc = load_text(dir, HEADER
        "local c = { id='big', title='#big' }\n"
        "for i = 1, 20000 do\n"
        "  c[#c + 1] = msg{ id='m' .. i, at='23:30', who='ana', text='message ' .. i .. ' of the long channel' }\n"
        "end\n"
        "chat(c)\n");
    CHECK(sc != NULL);
    if (!sc) return;
    Chan ch = {sc, scenario_find(sc, "big", ENT_SOURCE), viewer_chat_create(), viewer_nav_init(NULL)};
    clock_t t0 = clock();
    frame(&ch, NULL);
    double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
    const char *scale = getenv("DOJO_TIME_SCALE");
    CHECK(ms < 2000.0 * (scale ? atof(scale) : 1.0));   /* a hang guard, not a benchmark */
    const ChatPane *m = viewer_chat_pane(ch.c, false);
    CHECK_INT(m->count, 20000);
    ChatViewStats st = chat_view_stats(m->view);
    CHECK(st.drawn > 0 && st.drawn < 30);
    ch.nav.reveal = item(sc, "m19990");
    frames(&ch, 2);
    CHECK(inside(m->area, viewer_chat_message_rect(ch.c, false, item(sc, "m19990"))));
    CHECK(chat_view_stats(m->view).drawn < 30);
    CHECK_INT(chat_view_stats(m->view).laid_out, 0);
    viewer_chat_destroy(ch.c);
    scenario_destroy(sc);
}

static void run(const char *src)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios/tutorial", src);
    Diags d = {0};
    Scenario *sc = loader_load(path, NULL, &d, NULL);
    if (!sc) diags_print(&d, stderr);
    diags_destroy(&d);
    CHECK(sc != NULL);
    if (!sc) return;
    Session *s = session_create(sc);
    char err[256];
    Action open = {.kind = ACTION_OPEN, .target = "chat.checkout"};
    Action pin = {.kind = ACTION_PIN, .target = "m.dana-pattern", .marker = MARKER_DIAGNOSIS};
    CHECK(session_apply(s, &open, err, sizeof err));
    CHECK(session_apply(s, &pin, err, sizeof err));
    Chan ch = {sc, scenario_find(sc, "chat.checkout", ENT_SOURCE), viewer_chat_create(), viewer_nav_init(s)};
    test_channel(&ch);
    test_thread(&ch);
    test_select(&ch);
    test_reveal(&ch);
    test_look(&ch, THEME_LIGHT, "chat-light");
    test_look(&ch, THEME_DARK, "chat-dark");
    test_look(&ch, THEME_HIGH_CONTRAST, "chat-contrast");
    viewer_chat_destroy(ch.c);
    session_destroy(s);
    scenario_destroy(sc);
}

int main(int argc, char **argv)
{
    const char *src = argc > 1 ? argv[1] : ".";
    char fonts[1100], err[1024] = "";
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    if (argc > 2) snprintf(SHOTS, sizeof SHOTS, "%s", argv[2]);
    else {
        snprintf(SHOTS, sizeof SHOTS, "/tmp/dojo-chat-XXXXXX");
        if (!mkdtemp(SHOTS)) snprintf(SHOTS, sizeof SHOTS, "/tmp");
    }
    printf("test_chat: screenshots in %s\n", SHOTS);
    test_emoji_names();
    PlatformConfig cfg = {.headless = true, .font_dir = fonts, .width = 1100, .height = 700};
    P = platform_create(&cfg, err, sizeof err);
    if (!P) fprintf(stderr, "platform_create: %s\n", err);
    CHECK(P != NULL);
    if (P) {
        U = ui_create(P);
        run(src);
        ui_set_theme(U, THEME_LIGHT);
        test_days(SHOTS);
        test_long(SHOTS);
        ui_destroy(U);
        platform_destroy(P);
    }
    return testing_done("test_chat");
}
