/* test_viewer_kinds.c: the call, on-call, calendar and document viewers on
 * the tutorial: talk time against hand-counted words, dates, picking and
 * pinning with the mouse, revealing the last item, pinned markers, and ink
 * in every theme at scale 1 and 2.
 * Usage: test_viewer_kinds SOURCE_DIR [SHOT_DIR] (screenshots kept in SHOT_DIR) */
#define _DEFAULT_SOURCE    /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "core/action.h"
#include "script/loader.h"
#include "testing.h"
#include "ui/viewer.h"

static Platform *P;
static Ui *U;
static PlatformInput IN;
static uint32_t NOW = 1000;
static char SHOTS[512];

typedef struct Bmp { unsigned char *data; size_t len; int w, h, offset; } Bmp;

static int find(const Scenario *sc, const char *id, EntityType type)
{
    int i = scenario_find(sc, id, type);
    CHECK(i >= 0);
    return i < 0 ? 0 : i;
}

static void viewer_draw(const Scenario *sc, int src, Rect r, UiScroll *scroll, ViewerNav *nav)
{
    switch (sc->sources[src].kind) {
    case SOURCE_CALL: viewer_call_draw(U, r, sc, src, scroll, nav); break;
    case SOURCE_ONCALL: viewer_oncall_draw(U, r, sc, src, scroll, nav); break;
    case SOURCE_CALENDAR: viewer_calendar_draw(U, r, sc, src, scroll, nav); break;
    default: viewer_document_draw(U, r, sc, src, scroll, nav); break;
    }
}

/* One frame of the viewer in r, with IN as its input; saved as name.bmp
 * into b when name is given. Presses and wheel last one frame. */
static bool frame(const Scenario *sc, int src, Rect r, UiScroll *scroll, ViewerNav *nav, const char *name, Bmp *b)
{
    char path[700], err[256];
    bool ok = true;
    platform_begin_frame(P, ui_theme(U)->background);
    ui_begin_frame(U, &IN, NOW += 16);
    ui_fill(U, r, ui_theme(U)->panel);
    viewer_draw(sc, src, r, scroll, nav);
    ui_end_frame(U);
    if (name) {
        snprintf(path, sizeof path, "%s/%s.bmp", SHOTS, name);
        ok = platform_save_screenshot(P, path, err, sizeof err);
    }
    platform_end_frame(P);
    IN = (PlatformInput){.mouse_x = IN.mouse_x, .mouse_y = IN.mouse_y, .mouse_down = IN.mouse_down};
    if (!name) return true;
    if (!ok) return fprintf(stderr, "screenshot: %s\n", err), false;
    char *data;
    if (!file_read_all(path, &data, &b->len, err, sizeof err)) return false;
    b->data = (unsigned char *)data;
    memcpy(&b->offset, b->data + 10, 4), memcpy(&b->w, b->data + 18, 4), memcpy(&b->h, b->data + 22, 4);
    return b->len > 54 && b->data[0] == 'B' && b->data[28] == 32;
}

/* Pixels of exactly colour c, or with differ of anything but c (BMP rows
 * hold B, G, R, A). */
static int bmp_count(const Bmp *b, Color c, bool differ)
{
    int n = 0, rows = b->h < 0 ? -b->h : b->h;
    for (size_t at = (size_t)b->offset; at + 3 < b->len && at < (size_t)b->offset + (size_t)b->w * rows * 4; at += 4) {
        bool same = b->data[at] == c.b && b->data[at + 1] == c.g && b->data[at + 2] == c.r;
        n += same != differ;
    }
    return n;
}

static Rect window(void)
{
    int w, h;
    platform_get_size(P, &w, &h);
    return (Rect){0, 0, w, h};
}

static void mouse(int x, int y, unsigned pressed, unsigned released, int clicks)
{
    IN.mouse_x = x, IN.mouse_y = y, IN.mouse_moved = true;
    IN.mouse_pressed = pressed, IN.mouse_released = released, IN.clicks = clicks;
    if (pressed) IN.mouse_down = MOUSE_LEFT;
    if (released) IN.mouse_down = 0;
}

/* ---- pure functions ---- */

static void test_words(void)
{
    CHECK_INT(viewer_call_words(NULL), 0);
    CHECK_INT(viewer_call_words(""), 0);
    CHECK_INT(viewer_call_words("  one  two\tthree\nfour "), 4);
    CHECK_INT(viewer_call_words("wait - what?"), 2);        /* a lone dash is no word */
    CHECK_INT(viewer_call_words("Tom\xC3\xA1s said \"see PLAT-88\", at 13:00."), 6);
}

/* Hand-counted from scenarios/tutorial/scenario.lua, call.bridge:
 * Marcus 15 + 17, Dana 53 + 11, Priya 37 + 5, Tomás 30, Noor 17 + 8. */
static void test_talk(const Scenario *sc)
{
    int call = find(sc, "call.bridge", ENT_SOURCE);
    ViewerTalk v[8];
    int n = viewer_call_talk(sc, call, v, 8);
    CHECK_INT(n, 5);
    static const char *const who[] = {"dana", "priya", "marcus", "tomas", "noor"};
    static const int words[] = {64, 42, 32, 30, 25}, turns[] = {2, 2, 2, 1, 2};
    int total = 0;
    for (int k = 0; k < n && k < 5; k++) {
        CHECK_INT(v[k].person, find(sc, who[k], ENT_PERSON));
        CHECK_INT(v[k].words, words[k]);
        CHECK_INT(v[k].turns, turns[k]);
        total += v[k].words;
    }
    CHECK_INT(total, 193);
    /* room for two: the first two to speak (Marcus, Dana), still sorted */
    CHECK_INT(viewer_call_talk(sc, call, v, 2), 2);
    CHECK_INT(v[0].person, find(sc, "dana", ENT_PERSON));
    CHECK_INT(v[1].person, find(sc, "marcus", ENT_PERSON));
    CHECK_INT(v[1].words, 32);
    /* a source without turns has no speakers */
    CHECK_INT(viewer_call_talk(sc, find(sc, "calendar", ENT_SOURCE), v, 8), 0);
}

static void test_dates(const Scenario *sc)
{
    char buf[64];
    viewer_date_text(sc, sc->meta.start, true, buf, sizeof buf);
    CHECK_STR(buf, "Thursday 12 March 2026");
    viewer_date_text(sc, sc->items[find(sc, "e.go-no-go", ENT_ITEM)].at, false, buf, sizeof buf);
    CHECK_STR(buf, "Tue 10 Mar");
    viewer_date_text(sc, DOJO_TIME_NONE, true, buf, sizeof buf);
    CHECK_STR(buf, "");
    ViewerDate d = viewer_date(sc, sc->items[find(sc, "s.priya", ENT_ITEM)].at);
    CHECK_INT(d.weekday, 0);            /* Monday 9 March */
    CHECK_INT(d.day, 9);
    CHECK_INT(viewer_date(sc, sc->meta.end).days - d.days, 3);
    static const char *const ev[] = {"e.go-no-go", "e.release", "e.planning", "e.lunch-drop", "s.dana-next", "s.yusuf"};
    static const bool during[] = {false, false, true, true, false, true};
    for (int k = 0; k < 6; k++) {
        const Item *it = &sc->items[find(sc, ev[k], ENT_ITEM)];
        CHECK_INT(viewer_in_incident(sc, it->at, it->until), during[k]);
    }
}

/* ---- the mouse and reveal ---- */

/* Reveals item, works out where it landed from the reveal contract (its
 * top goes 24 px below the view's top, then the offset is clamped), and
 * clicks it once, then twice. */
static void test_pick(const Scenario *sc, const char *source, const char *item)
{
    int src = find(sc, source, ENT_SOURCE), it = find(sc, item, ENT_ITEM);
    Rect r = window();
    UiScroll scroll = {0, 0};
    ViewerNav nav = viewer_nav_init(NULL);
    mouse(-100, -100, 0, 0, 0);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);      /* measures the content */
    /* a press in the top margin picks nothing */
    mouse(r.w / 2, ui_px(U, 6), MOUSE_LEFT, 0, 1);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    mouse(r.w / 2, ui_px(U, 6), 0, MOUSE_LEFT, 0);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    CHECK_INT(nav.selected, -1);
    mouse(-100, -100, 0, 0, 0);
    nav.reveal = it;
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    CHECK_INT(nav.reveal, -1);
    int top = scroll.offset + ui_px(U, 24);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    int y = r.y + top - scroll.offset + ui_px(U, 10), x = r.x + r.w / 2;
    CHECK(y > r.y && y < r.y + r.h);
    mouse(x, y, MOUSE_LEFT, 0, 1);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    if (nav.selected != it) fprintf(stderr, "%s: clicked y %d (offset %d), selected %d\n", item, y, scroll.offset, nav.selected);
    CHECK_INT(nav.selected, it);
    CHECK_INT(nav.pin_request, -1);
    mouse(x, y, 0, MOUSE_LEFT, 0);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    mouse(x, y, MOUSE_LEFT, 0, 2);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    CHECK_INT(nav.pin_request, it);
    mouse(x, y, 0, MOUSE_LEFT, 0);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    mouse(-100, -100, 0, 0, 0);
}

static int last_item(const Scenario *sc, int src)
{
    const Source *s = &sc->sources[src];
    return s->first_item + s->item_count - 1;
}

/* The last item of a source in a short view: the reveal scrolls down to
 * it and clears itself, and the item ends up inside the view. */
static void test_reveal_last(const Scenario *sc, const char *source)
{
    int src = find(sc, source, ENT_SOURCE), it = last_item(sc, src);
    Rect r = {0, 0, window().w, ui_px(U, 260)};
    UiScroll scroll = {0, 0};
    ViewerNav nav = viewer_nav_init(NULL);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    CHECK_INT(scroll.offset, 0);
    CHECK(scroll.content > r.h);
    nav.reveal = it;
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    CHECK_INT(nav.reveal, -1);
    int top = scroll.offset + ui_px(U, 24);
    frame(sc, src, r, &scroll, &nav, NULL, NULL);
    if (scroll.offset <= 0) fprintf(stderr, "%s: reveal of the last item did not scroll\n", source);
    CHECK(scroll.offset > 0);
    CHECK(top - scroll.offset >= 0 && top - scroll.offset < r.h);
    CHECK_INT(nav.reveal, -1);
}

/* Pinned items show their marker's colour: the calendar event's stripe
 * and the on-call bar's edge. */
static void test_pinned(const Scenario *sc)
{
    static const char *const log = "[{\"type\":\"open\",\"source\":\"calendar\"},{\"type\":\"open\",\"source\":\"oncall\"},"
                                   "{\"type\":\"pin\",\"item\":\"e.go-no-go\",\"marker\":\"detection\"},"
                                   "{\"type\":\"pin\",\"item\":\"s.dana-next\",\"marker\":\"detection\"}]";
    cJSON *json = cJSON_Parse(log);
    ActionLog actions = {0};
    char err[256] = "";
    CHECK(json && log_from_json(json, &actions, err, sizeof err));
    Session *s = session_create(sc);
    CHECK_INT(session_replay(s, &actions, err, sizeof err), actions.count);
    const char *srcs[] = {"calendar", "oncall"};
    for (int k = 0; k < 2; k++) {
        int src = find(sc, srcs[k], ENT_SOURCE);
        UiScroll scroll = {0, 0};
        Bmp before = {0}, after = {0};
        ViewerNav nav = viewer_nav_init(NULL);
        Color c = viewer_marker_color(ui_theme(U), MARKER_DETECTION);
        char name[64];
        frame(sc, src, window(), &scroll, &nav, NULL, NULL);
        snprintf(name, sizeof name, "unpinned-%s", srcs[k]);
        CHECK(frame(sc, src, window(), &scroll, &nav, name, &before));
        /* pinned and selected: the stripe, the selection and the pin button */
        nav.session = s;
        nav.selected = find(sc, k ? "s.dana-next" : "e.go-no-go", ENT_ITEM);
        snprintf(name, sizeof name, "pinned-%s", srcs[k]);
        CHECK(frame(sc, src, window(), &scroll, &nav, name, &after));
        int a = bmp_count(&before, c, false), b = bmp_count(&after, c, false);
        if (b < a + 100) fprintf(stderr, "%s: marker pixels %d unpinned, %d pinned\n", srcs[k], a, b);
        CHECK(b >= a + 100);
        free(before.data), free(after.data);
    }
    session_destroy(s);
    log_destroy(&actions);
    cJSON_Delete(json);
}

/* A body with light Markdown: bullets are drawn as dots in the accent
 * colour, so there are more accent pixels than the kind badge alone has. */
static void test_markdown(Scenario *sc)
{
    int src = find(sc, "doc.runbook", ENT_SOURCE);
    const char *text = sc->sources[src].text;
    Bmp plain = {0}, md = {0};
    UiScroll scroll = {0, 0};
    ViewerNav nav = viewer_nav_init(NULL);
    sc->sources[src].text = "Plain words, then #418 which is no heading.";
    frame(sc, src, window(), &scroll, &nav, NULL, NULL);
    CHECK(frame(sc, src, window(), &scroll, &nav, "markdown-plain", &plain));
    sc->sources[src].text = "# Before you start\n  - Check the dashboard\n- Check the alerts, which may take a "
                            "while to load when the system is busy, so be patient\n\n1. Restart\n12. Escalate\n";
    frame(sc, src, window(), &scroll, &nav, NULL, NULL);
    CHECK(frame(sc, src, window(), &scroll, &nav, "markdown", &md));
    Color a = ui_theme(U)->accent;
    int before = bmp_count(&plain, a, false), after = bmp_count(&md, a, false);
    if (after < before + 20) fprintf(stderr, "markdown: accent %d plain, %d with bullets\n", before, after);
    CHECK(after >= before + 20);
    sc->sources[src].text = text;
    free(plain.data), free(md.data);
}

/* ---- every theme and scale ---- */

/* The pixels of the colour a kind is known by: avatars and talk bars, the
 * incident line on the schedule, the incident band in the agenda, the
 * kind badge of a page, the state of a status page. Returns the minimum. */
static int kind_mark(const Scenario *sc, int src, const Bmp *b, int *count)
{
    const Theme *t = ui_theme(U);
    switch (sc->sources[src].kind) {
    case SOURCE_CALL: *count = bmp_count(b, t->accent, false); return 2000;
    case SOURCE_ONCALL: *count = bmp_count(b, t->danger, false); return 300;
    case SOURCE_CALENDAR: *count = bmp_count(b, viewer_metric_window_color(t), false); return 1000;
    default:
        if (strcmp(sc->sources[src].doc_kind, "status") == 0) return *count = bmp_count(b, t->success, false), 200;
        return *count = bmp_count(b, t->accent, false), 100;
    }
}

/* Draws source in the whole window (twice: the first frame measures) and
 * again scrolled to its end, keeping both screenshots; checks for ink,
 * text and, in one of the two, the kind's own colour. */
static void test_looks(const Scenario *sc, const char *source, const char *shot)
{
    int src = find(sc, source, ENT_SOURCE), marks = 0;
    const Theme *t = ui_theme(U);
    UiScroll scroll = {0, 0};
    ViewerNav nav = viewer_nav_init(NULL);
    char name[128];
    int need = 0;
    for (int end = 0; end < 2; end++) {
        Bmp b = {0};
        snprintf(name, sizeof name, "%s%s", shot, end ? "-end" : "");
        if (end) scroll.offset = scroll.content;          /* clamped by the region */
        frame(sc, src, window(), &scroll, &nav, NULL, NULL);
        CHECK(frame(sc, src, window(), &scroll, &nav, name, &b));
        int ink = bmp_count(&b, t->panel, true), text = bmp_count(&b, t->text, false), n = 0;
        if (ink < 5000 || text < 300) fprintf(stderr, "%s: ink %d, text %d\n", name, ink, text);
        CHECK(ink >= 5000);
        CHECK(text >= 300);
        CHECK(scroll.content > 0);
        need = kind_mark(sc, src, &b, &n);
        marks = n > marks ? n : marks;
        free(b.data);
    }
    if (marks < need) fprintf(stderr, "%s: %d pixels of its colour, want %d\n", shot, marks, need);
    CHECK(marks >= need);
}

static void test_all_looks(const Scenario *sc)
{
    static const char *const themes[THEME_COUNT] = {"light", "dark", "contrast"};
    static const char *const sources[] = {"call.bridge", "oncall", "calendar", "doc.runbook", "doc.status"};
    for (int scale = 1; scale <= 2; scale++)
        for (int th = 0; th < THEME_COUNT; th++) {
            ui_set_theme(U, (ThemeId)th);
            ui_set_scale(U, (float)scale);
            for (int k = 0; k < 5; k++) {
                char shot[96];
                snprintf(shot, sizeof shot, "%s-%s-%d", sources[k], themes[th], scale);
                test_looks(sc, sources[k], shot);
            }
        }
    ui_set_theme(U, THEME_LIGHT);
    ui_set_scale(U, 1);
}

int main(int argc, char **argv)
{
    char dir[1024], fonts[1100], err[1024] = "";
    snprintf(dir, sizeof dir, "%s/scenarios/tutorial", argc > 1 ? argv[1] : ".");
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", argc > 1 ? argv[1] : ".");
    if (argc > 2) snprintf(SHOTS, sizeof SHOTS, "%s", argv[2]);
    else {
        snprintf(SHOTS, sizeof SHOTS, "/tmp/dojo-viewer-kinds-XXXXXX");
        if (!mkdtemp(SHOTS)) snprintf(SHOTS, sizeof SHOTS, "/tmp");
    }
    printf("test_viewer_kinds: screenshots in %s\n", SHOTS);
    test_words();
    Diags d = {0};
    Scenario *sc = loader_load(dir, NULL, &d, NULL);
    if (!sc) diags_print(&d, stderr);
    CHECK(sc != NULL);
    PlatformConfig cfg = {.headless = true, .font_dir = fonts, .width = 1000, .height = 700};
    P = sc ? platform_create(&cfg, err, sizeof err) : NULL;
    if (sc && !P) fprintf(stderr, "platform_create: %s\n", err);
    CHECK(!sc || P != NULL);
    if (P) {
        U = ui_create(P);
        test_talk(sc);
        test_dates(sc);
        static const char *const picks[][2] = {{"call.bridge", "t.dana-explains"}, {"call.bridge", "t.marcus-close"},
                                               {"oncall", "s.marcus"}, {"calendar", "e.release"},
                                               {"doc.runbook", "rb.restart"}, {"doc.status", "st.identified"}};
        for (int scale = 1; scale <= 2; scale++) {
            ui_set_scale(U, (float)scale);
            for (int k = 0; k < 6; k++) test_pick(sc, picks[k][0], picks[k][1]);
            static const char *const srcs[] = {"call.bridge", "oncall", "calendar", "doc.runbook", "doc.status"};
            for (int k = 0; k < 5; k++) test_reveal_last(sc, srcs[k]);
        }
        ui_set_scale(U, 1);
        test_pinned(sc);
        test_markdown(sc);
        test_all_looks(sc);
        ui_destroy(U);
        platform_destroy(P);
    }
    scenario_destroy(sc);
    diags_destroy(&d);
    return testing_done("test_viewer_kinds");
}
