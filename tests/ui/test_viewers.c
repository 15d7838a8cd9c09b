/* test_viewers.c: the pull request, ticket, alerts and metric viewers drawn
 * headless from the tutorial in every theme, checked for ink in the right
 * colours; the diff gutter numbering and the chart's nearest point; and the
 * navigation contract: a click selects an item, a double click or its Pin
 * button asks to pin it, a reveal scrolls to it, a pinned item shows its
 * marker's stripe. Items are found by moving the mouse until the viewer's
 * widget for them is under it, so the test knows no layout.
 * Usage: test_viewers SOURCE_DIR [SHOT_DIR] (screenshots kept in SHOT_DIR) */
#define _DEFAULT_SOURCE    /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/session.h"
#include "script/loader.h"
#include "testing.h"
#include "ui/viewer.h"

static Platform *P;
static Ui *U;
static PlatformInput IN;
static uint32_t NOW = 1000;
static char SHOTS[512];
static ViewerNav NAV;           /* what every frame hands the viewer */
static int VIEW_H;              /* the height the viewer gets; the window's by default */

typedef struct Bmp { unsigned char *data; size_t len; int w, h, offset; } Bmp;

/* One frame of source in the window's top VIEW_H pixels, with NAV; the
 * mouse's presses, clicks and moves are used up by it. */
static void frame(const Scenario *sc, int source, UiScroll *scroll, const char *shot, char *err, size_t errsize, bool *ok)
{
    int w, h;
    platform_get_size(P, &w, &h);
    platform_begin_frame(P, ui_theme(U)->background);
    ui_begin_frame(U, &IN, NOW += 16);
    Rect r = {0, 0, w, VIEW_H ? VIEW_H : h};
    ui_fill(U, r, ui_theme(U)->panel);
    switch (sc->sources[source].kind) {
    case SOURCE_PR: viewer_pr_draw(U, r, sc, source, scroll, &NAV); break;
    case SOURCE_TICKET: viewer_ticket_draw(U, r, sc, source, scroll, &NAV); break;
    case SOURCE_ALERTS: viewer_alerts_draw(U, r, sc, source, scroll, &NAV); break;
    default: viewer_metric_draw(U, r, sc, source, &NAV); break;
    }
    ui_end_frame(U);
    if (shot) *ok = platform_save_screenshot(P, shot, err, errsize);
    platform_end_frame(P);
    IN.mouse_moved = false, IN.wheel_y = 0;
    IN.mouse_pressed = IN.mouse_released = 0, IN.clicks = 0;
}

/* Draws source once (twice: the first frame measures what scrolls) and
 * saves the frame as name.bmp. */
static bool draw(const Scenario *sc, int source, UiScroll *scroll, const char *name, Bmp *b)
{
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/%s.bmp", SHOTS, name);
    bool ok = true;
    frame(sc, source, scroll, NULL, err, sizeof err, &ok);
    frame(sc, source, scroll, b ? path : NULL, err, sizeof err, &ok);
    if (!b) return true;
    if (!ok) return fprintf(stderr, "screenshot: %s\n", err), false;
    char *data;
    if (!file_read_all(path, &data, &b->len, err, sizeof err)) return false;
    b->data = (unsigned char *)data;
    memcpy(&b->offset, b->data + 10, 4), memcpy(&b->w, b->data + 18, 4), memcpy(&b->h, b->data + 22, 4);
    return b->len > 54 && b->data[0] == 'B' && b->data[28] == 32;
}

/* Pixels of exactly colour c (BMP rows hold B, G, R, A). */
static int bmp_count(const Bmp *b, Color c)
{
    int n = 0, rows = b->h < 0 ? -b->h : b->h;
    for (size_t at = (size_t)b->offset; at + 3 < b->len && at < (size_t)b->offset + (size_t)b->w * rows * 4; at += 4)
        n += b->data[at] == c.b && b->data[at + 1] == c.g && b->data[at + 2] == c.r;
    return n;
}

static int find_source(const Scenario *sc, const char *id)
{
    int i = scenario_find(sc, id, ENT_SOURCE);
    CHECK(i >= 0);
    return i;
}

static void test_diff_lines(void)
{
    const char *hunk = "@@ -19,5 +19,6 @@ pricing:\n"
                       "   timeout_ms: 2500\n"
                       "-  ttl_seconds: 900\n"
                       "-  ttl_jitter_seconds: 120\n"
                       "+  ttl_seconds: 60\n"
                       "+  ttl_jitter_seconds: 0\n"
                       "+  on_miss: fetch\n"
                       "\\ No newline at end of file\n"
                       "   max_entries: 200000\n";
    ViewerDiffLine l[16];
    int n = viewer_diff_lines(hunk, 1, 1, l, 16);
    CHECK_INT(n, 9);
    static const char kinds[] = "@ --+++\\ ";
    static const int old_no[] = {0, 19, 20, 21, 0, 0, 0, 0, 22}, new_no[] = {0, 19, 0, 0, 20, 21, 22, 0, 23};
    for (int k = 0; k < n && k < 9; k++) {
        CHECK_INT(l[k].kind, kinds[k]);
        CHECK_INT(l[k].old_no, old_no[k]);
        CHECK_INT(l[k].new_no, new_no[k]);
    }
    CHECK_INT(l[2].len, (int)strlen("-  ttl_seconds: 900"));
    /* no header: the item's starts are used; a short buffer still counts */
    CHECK_INT(viewer_diff_lines(" a\n+b\n c", 7, 9, l, 2), 3);
    CHECK_INT(l[0].old_no, 7);
    CHECK_INT(l[0].new_no, 9);
    CHECK_INT(l[1].new_no, 10);
    CHECK_INT(l[1].old_no, 0);
    CHECK_INT(viewer_diff_lines("", 1, 1, l, 16), 0);
}

static void test_nearest(void)
{
    MetricPoint pts[] = {{100, 1}, {160, 2}, {220, 3}, {400, 4}};
    Source s = {.points = pts, .point_count = 4};
    CHECK_INT(viewer_metric_nearest(&s, 0), 0);
    CHECK_INT(viewer_metric_nearest(&s, 131), 1);
    CHECK_INT(viewer_metric_nearest(&s, 129), 0);
    CHECK_INT(viewer_metric_nearest(&s, 300), 2);
    CHECK_INT(viewer_metric_nearest(&s, 9999), 3);
    s.point_count = 0;
    CHECK_INT(viewer_metric_nearest(&s, 100), -1);
}

static void test_pr(const Scenario *sc, const char *theme)
{
    NAV = viewer_nav_init(NULL);
    Bmp b = {0};
    UiScroll scroll = {0, 0};
    char name[64];
    snprintf(name, sizeof name, "pr-%s", theme);
    CHECK(draw(sc, find_source(sc, "pr.418"), &scroll, name, &b));
    const Theme *t = ui_theme(U);
    int red = bmp_count(&b, viewer_diff_tint(t, false)), green = bmp_count(&b, viewer_diff_tint(t, true));
    if (red < 500 || green < 500) fprintf(stderr, "%s: red %d green %d\n", name, red, green);
    CHECK(red >= 500 && green >= 500);
    CHECK(bmp_count(&b, t->text) > 100);
    int w, h;
    platform_get_size(P, &w, &h);
    CHECK(scroll.content > h);       /* the diff runs past the window: it scrolls */
    free(b.data);
    /* the end of it: the second file and the review not tied to a line */
    scroll.offset = scroll.content - h;
    snprintf(name, sizeof name, "pr-%s-end", theme);
    CHECK(draw(sc, find_source(sc, "pr.418"), &scroll, name, &b));
    CHECK(bmp_count(&b, viewer_diff_tint(t, true)) > 200);
    CHECK(bmp_count(&b, t->text) > 100);
    free(b.data);
}

static void test_ticket(const Scenario *sc, const char *theme)
{
    NAV = viewer_nav_init(NULL);
    Bmp b = {0};
    UiScroll scroll = {0, 0};
    char name[64];
    snprintf(name, sizeof name, "ticket-%s", theme);
    CHECK(draw(sc, find_source(sc, "ticket.sup-2291"), &scroll, name, &b));
    const Theme *t = ui_theme(U);
    CHECK(bmp_count(&b, t->panel_alt) > 1000);   /* shaded field rows and comment cards */
    CHECK(bmp_count(&b, t->text) > 100);
    CHECK(scroll.content > 0);
    free(b.data);
}

static void test_alerts(const Scenario *sc, const char *theme)
{
    NAV = viewer_nav_init(NULL);
    Bmp b = {0};
    UiScroll scroll = {0, 0};
    char name[64];
    snprintf(name, sizeof name, "alerts-%s", theme);
    CHECK(draw(sc, find_source(sc, "alerts"), &scroll, name, &b));
    const Theme *t = ui_theme(U);
    /* dots: fired high (danger), paged (accent), resolved (success) */
    CHECK(bmp_count(&b, t->danger) > 40);
    CHECK(bmp_count(&b, t->accent) > 40);
    CHECK(bmp_count(&b, t->success) > 40);
    free(b.data);
}

static void test_metric(const Scenario *sc, const char *theme)
{
    NAV = viewer_nav_init(NULL);
    Bmp b = {0};
    char name[64];
    int src = find_source(sc, "metric.latency"), w, h;
    platform_get_size(P, &w, &h);
    const Source *s = &sc->sources[src];
    /* aim at the fifth point: the hover must report it, not its neighbours */
    Rect plot = viewer_metric_plot(U, (Rect){0, 0, w, h});
    DojoTime t0 = s->points[0].at, t1 = s->points[s->point_count - 1].at;
    IN.mouse_x = plot.x + (int)((double)(s->points[4].at - t0) * (plot.w - 1) / (double)(t1 - t0)) + 2;
    IN.mouse_y = plot.y + plot.h / 2, IN.mouse_moved = true;
    snprintf(name, sizeof name, "metric-%s", theme);
    CHECK(draw(sc, src, NULL, name, &b));
    const Theme *t = ui_theme(U);
    int shaded = bmp_count(&b, viewer_metric_window_color(t));
    if (shaded < 5000) fprintf(stderr, "%s: shaded %d\n", name, shaded);
    CHECK(shaded > 5000);                       /* the incident window */
    CHECK(bmp_count(&b, t->accent) > 300);      /* the line */
    /* the hover readout, where its fill differs from the panel's */
    bool readout = memcmp(&t->tooltip, &t->panel, 3) != 0;
    CHECK(!readout || bmp_count(&b, t->tooltip) > 100);
    ui_begin_frame(U, &IN, NOW += 16);
    CHECK_INT(viewer_metric_hovered(U, (Rect){0, 0, w, h}, sc, src), 4);
    IN.mouse_x = plot.x - 10;
    ui_begin_frame(U, &IN, NOW += 16);
    CHECK_INT(viewer_metric_hovered(U, (Rect){0, 0, w, h}, sc, src), -1);
    ui_end_frame(U);
    free(b.data);
    b.data = NULL;
    /* the other chart, without the mouse over it: no readout */
    snprintf(name, sizeof name, "metric2-%s", theme);
    CHECK(draw(sc, find_source(sc, "metric.hit-ratio"), NULL, name, &b));
    CHECK(bmp_count(&b, viewer_metric_window_color(t)) > 5000);
    CHECK(!readout || bmp_count(&b, t->tooltip) == 0);
    free(b.data);
}

/* ---- navigation: selecting, pin requests, reveal, pinned stripes ---- */

/* What the navigation tests do to one source: pick an item with the mouse,
 * pin another one (with a marker) and check its stripe. */
typedef struct Case {
    const char *kind, *source, *pick, *pin;
    const char *marker;          /* as the pin action spells it */
    Marker m;
} Case;

static const Case CASES[] = {
    {"pr", "pr.418", "rv.marcus-jitter", "pr.418/h1", "diagnosis", MARKER_DIAGNOSIS},
    {"ticket", "ticket.sup-2291", "ch.priority", "cm.noor-first", "detection", MARKER_DETECTION},
    {"alerts", "alerts", "a.escalated-marcus", "a.latency-fired", "detection", MARKER_DETECTION},
    {"metric", "metric.hit-ratio", "an.revert-deployed", "an.promo-live", "key_moment", MARKER_KEY_MOMENT},
};

static int find_item(const Scenario *sc, const char *id)
{
    int i = scenario_find(sc, id, ENT_ITEM);
    CHECK(i >= 0);
    return i;
}

static UiId item_widget(int item) { return ui_id_int(U, "viewer-item", item); }
static UiId pin_widget(int item) { return ui_id_int(U, "viewer-pin", item); }

static void redraw(const Scenario *sc, int source, UiScroll *scroll)
{
    bool ok;
    frame(sc, source, scroll, NULL, NULL, 0, &ok);
}

/* Moves the mouse from (*x, *y) by (dx, dy) a frame at a time, at most n
 * times, until want is the widget under it; leaves (*x, *y) there. */
static bool seek(const Scenario *sc, int source, UiScroll *scroll, UiId want, int *x, int *y, int dx, int dy, int n)
{
    for (int k = 0; k < n; k++, *x += dx, *y += dy) {
        IN.mouse_x = *x, IN.mouse_y = *y, IN.mouse_moved = true;
        redraw(sc, source, scroll);
        if (ui_hot(U) == want) return true;
    }
    return false;
}

/* A point inside item's rect, down the middle of the window from the top
 * (a chart: from under the plot, where its list is), moved up to the
 * rect's top row. */
static bool seek_item(const Scenario *sc, int source, UiScroll *scroll, int item, int *x, int *y)
{
    int w, h;
    platform_get_size(P, &w, &h);
    Rect plot = viewer_metric_plot(U, (Rect){0, 0, w, VIEW_H ? VIEW_H : h});
    *x = w / 2, *y = sc->sources[source].kind == SOURCE_METRIC ? plot.y + plot.h : 0;
    if (!seek(sc, source, scroll, item_widget(item), x, y, 0, 3, ((VIEW_H ? VIEW_H : h) - *y) / 3)) return false;
    while (*y > 0) {
        IN.mouse_y = *y - 1, IN.mouse_moved = true;
        redraw(sc, source, scroll);
        if (ui_hot(U) != item_widget(item)) break;
        --*y;
    }
    return true;
}

static void click(const Scenario *sc, int source, UiScroll *scroll, int x, int y, int clicks)
{
    IN.mouse_x = x, IN.mouse_y = y, IN.mouse_moved = true;
    IN.mouse_pressed = IN.mouse_down = MOUSE_LEFT, IN.clicks = clicks;
    redraw(sc, source, scroll);
    IN.mouse_down = 0, IN.mouse_released = MOUSE_LEFT;
    redraw(sc, source, scroll);
}

/* Pixel (x, y) of a 32-bit BMP, top-down or bottom-up. */
static Color bmp_pixel(const Bmp *b, int x, int y)
{
    int row = b->h < 0 ? y : b->h - 1 - y;
    size_t at = (size_t)b->offset + ((size_t)row * (size_t)b->w + (size_t)x) * 4;
    if (x < 0 || y < 0 || x >= b->w || y >= (b->h < 0 ? -b->h : b->h) || at + 3 >= b->len) return (Color){0, 0, 0, 0};
    return (Color){b->data[at + 2], b->data[at + 1], b->data[at], 255};
}

/* A click on the item selects it, a double click asks to pin it, and so
 * does its Pin button, which shows while it is selected. */
static void test_pick(const Scenario *sc, const Case *c, const char *pick)
{
    int src = find_source(sc, c->source), item = find_item(sc, pick), x, y;
    UiScroll scroll = {0, 0};
    NAV = viewer_nav_init(NULL);
    NAV.reveal = item;           /* bring it into view first */
    redraw(sc, src, &scroll), redraw(sc, src, &scroll);
    NAV.selected = -1;           /* a chart's reveal selects: the click must do it */
    CHECK(seek_item(sc, src, &scroll, item, &x, &y));
    click(sc, src, &scroll, x, y + 2, 1);
    if (NAV.selected != item) fprintf(stderr, "%s: clicking %s at %d,%d selected %d\n", c->kind, pick, x, y + 2, NAV.selected);
    CHECK_INT(NAV.selected, item);
    CHECK_INT(NAV.pin_request, -1);
    click(sc, src, &scroll, x, y + 2, 2);
    CHECK_INT(NAV.pin_request, item);
    NAV.pin_request = -1;
    /* the button sits at the item's top right: find it from the right edge */
    int w, h, bx, by = y + ui_px(U, 6);
    platform_get_size(P, &w, &h);
    bx = w - 1;
    CHECK(seek(sc, src, &scroll, pin_widget(item), &bx, &by, -2, 0, w / 4));
    click(sc, src, &scroll, bx, by, 1);
    CHECK_INT(NAV.pin_request, item);
    CHECK_INT(NAV.selected, item);
    NAV.pin_request = -1;
}

/* A reveal of the last item scrolls down to it and is used up. */
static void test_reveal(const Scenario *sc, const Case *c)
{
    int src = find_source(sc, c->source), x, y;
    const Source *s = &sc->sources[src];
    int last = s->first_item + s->item_count - 1;
    UiScroll scroll = {0, 0};
    NAV = viewer_nav_init(NULL);
    VIEW_H = 300;                /* every source is long in this little */
    NAV.reveal = last;
    redraw(sc, src, &scroll), redraw(sc, src, &scroll);
    CHECK_INT(NAV.reveal, -1);
    if (s->kind == SOURCE_METRIC) CHECK_INT(NAV.selected, last);   /* a chart selects instead */
    else {
        if (scroll.offset <= 0) fprintf(stderr, "%s: reveal left the offset at %d\n", c->kind, scroll.offset);
        CHECK(scroll.offset > 0);
        CHECK(seek_item(sc, src, &scroll, last, &x, &y));     /* and it is in view */
    }
    VIEW_H = 0;
}

/* A chart's annotation marker is an item on the chart too. */
static void test_metric_marker(const Scenario *sc)
{
    int src = find_source(sc, "metric.hit-ratio"), item = find_item(sc, "an.promo-live"), w, h;
    platform_get_size(P, &w, &h);
    const Source *s = &sc->sources[src];
    Rect plot = viewer_metric_plot(U, (Rect){0, 0, w, h});
    DojoTime t0 = s->points[0].at, t1 = s->points[s->point_count - 1].at;
    int x = plot.x + (int)((double)(sc->items[item].at - t0) * (plot.w - 1) / (double)(t1 - t0));
    NAV = viewer_nav_init(NULL);
    click(sc, src, NULL, x + 1, plot.y + plot.h / 2, 1);
    CHECK_INT(NAV.selected, item);
}

/* Applies {"type":...} actions to s; the test's own JSON must be good. */
static void apply(Session *s, const char *json)
{
    char err[256] = "";
    cJSON *j = cJSON_Parse(json);
    Action a;
    bool ok = action_from_json(j, &a, err, sizeof err) && session_apply(s, &a, err, sizeof err);
    if (!ok) fprintf(stderr, "%s: %s\n", json, err);
    CHECK(ok);
    action_clear(&a);
    cJSON_Delete(j);
}

/* One item pinned, another selected: the pinned one's left edge is in its
 * marker's colour, the selected one is tinted. Saved as KIND-marks-THEME. */
static void test_marks(const Scenario *sc, const Case *c, const char *theme)
{
    int src = find_source(sc, c->source), pin = find_item(sc, c->pin), x, y;
    char json[256], name[64];
    Session *ses = session_create(sc);
    snprintf(json, sizeof json, "{\"type\":\"open\",\"source\":\"%s\"}", c->source);
    apply(ses, json);
    snprintf(json, sizeof json, "{\"type\":\"pin\",\"item\":\"%s\",\"marker\":\"%s\"}", c->pin, c->marker);
    apply(ses, json);
    CHECK(ses->pins[pin].pinned);
    UiScroll scroll = {0, 0};
    NAV = viewer_nav_init(ses);
    NAV.reveal = pin;
    redraw(sc, src, &scroll), redraw(sc, src, &scroll);
    NAV.selected = find_item(sc, c->pick);    /* after the reveal: on a chart it selects */
    CHECK(seek_item(sc, src, &scroll, pin, &x, &y));
    int left = 0, row = y + 2;
    CHECK(seek(sc, src, &scroll, item_widget(pin), &left, &row, 1, 0, x));
    /* the mouse off every item, so no Pin button is in the picture */
    IN.mouse_x = 0, IN.mouse_y = 0, IN.mouse_moved = true;
    Bmp b = {0};
    snprintf(name, sizeof name, "%s-marks-%s", c->kind, theme);
    CHECK(draw(sc, src, &scroll, name, &b));
    const Theme *t = ui_theme(U);
    Color want = viewer_marker_color(t, c->m), got = bmp_pixel(&b, left + ui_px(U, 4) / 2, row);
    if (memcmp(&want, &got, 3) != 0)
        fprintf(stderr, "%s: at %d,%d %d,%d,%d, not the marker's %d,%d,%d\n", name, left, row, got.r, got.g, got.b,
                want.r, want.g, want.b);
    CHECK(memcmp(&want, &got, 3) == 0);
    CHECK(bmp_count(&b, want) >= ui_px(U, 4) * ui_line_height(U, FONT_REGULAR));   /* a stripe, not a dot */
    if (memcmp(&t->row_selected, &t->panel, 3) != 0) CHECK(bmp_count(&b, t->row_selected) > 500);
    free(b.data);
    /* hovered, the pinned item offers to edit its pin: for the eye only */
    IN.mouse_x = x, IN.mouse_y = y + 2, IN.mouse_moved = true;
    snprintf(name, sizeof name, "%s-hover-%s", c->kind, theme);
    CHECK(draw(sc, src, &scroll, name, &b));
    free(b.data);
    session_destroy(ses);
}

static void test_nav(const Scenario *sc)
{
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        test_pick(sc, &CASES[k], CASES[k].pick);
        test_reveal(sc, &CASES[k]);
    }
    test_pick(sc, &CASES[0], "pr.418/h1");          /* the hunk around the review */
    test_pick(sc, &CASES[1], "cm.priya-working");   /* a comment card */
    test_pick(sc, &CASES[3], "an.promo-live");
    test_metric_marker(sc);
}

int main(int argc, char **argv)
{
    char dir[1024], fonts[1100], err[1024] = "";
    snprintf(dir, sizeof dir, "%s/scenarios/tutorial", argc > 1 ? argv[1] : ".");
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", argc > 1 ? argv[1] : ".");
    if (argc > 2) snprintf(SHOTS, sizeof SHOTS, "%s", argv[2]);
    else {
        snprintf(SHOTS, sizeof SHOTS, "/tmp/dojo-viewers-XXXXXX");
        if (!mkdtemp(SHOTS)) snprintf(SHOTS, sizeof SHOTS, "/tmp");
    }
    printf("test_viewers: screenshots in %s\n", SHOTS);
    test_diff_lines();
    test_nearest();
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
        static const char *const names[THEME_COUNT] = {"light", "dark", "contrast"};
        for (int th = 0; th < THEME_COUNT; th++) {
            ui_set_theme(U, (ThemeId)th);
            test_pr(sc, names[th]);
            test_ticket(sc, names[th]);
            test_alerts(sc, names[th]);
            test_metric(sc, names[th]);
            for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) test_marks(sc, &CASES[k], names[th]);
            if (th == THEME_LIGHT) test_nav(sc);
        }
        ui_destroy(U);
        platform_destroy(P);
    }
    scenario_destroy(sc);
    diags_destroy(&d);
    return testing_done("test_viewers");
}
