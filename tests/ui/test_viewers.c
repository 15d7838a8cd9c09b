/* test_viewers.c: the pull request, ticket, alerts and metric viewers drawn
 * headless from the tutorial in every theme, checked for ink in the right
 * colours; the diff gutter numbering and the chart's nearest point.
 * Usage: test_viewers SOURCE_DIR [SHOT_DIR] (screenshots kept in SHOT_DIR) */
#define _DEFAULT_SOURCE    /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "script/loader.h"
#include "testing.h"
#include "ui/viewer.h"

static Platform *P;
static Ui *U;
static PlatformInput IN;
static uint32_t NOW = 1000;
static char SHOTS[512];

typedef struct Bmp { unsigned char *data; size_t len; int w, h, offset; } Bmp;

/* Draws source in the whole window once (twice: the first frame measures
 * what scrolls) and saves the frame as name.bmp. */
static bool draw(const Scenario *sc, int source, UiScroll *scroll, const char *name, Bmp *b)
{
    int w, h;
    platform_get_size(P, &w, &h);
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/%s.bmp", SHOTS, name);
    bool ok = true;
    ViewerNav nav = viewer_nav_init(NULL);
    for (int pass = 0; pass < 2; pass++) {
        platform_begin_frame(P, ui_theme(U)->background);
        ui_begin_frame(U, &IN, NOW += 16);
        Rect r = {0, 0, w, h};
        ui_fill(U, r, ui_theme(U)->panel);
        switch (sc->sources[source].kind) {
        case SOURCE_PR: viewer_pr_draw(U, r, sc, source, scroll, &nav); break;
        case SOURCE_TICKET: viewer_ticket_draw(U, r, sc, source, scroll, &nav); break;
        case SOURCE_ALERTS: viewer_alerts_draw(U, r, sc, source, scroll, &nav); break;
        default: viewer_metric_draw(U, r, sc, source, &nav); break;
        }
        ui_end_frame(U);
        if (pass && b) ok = platform_save_screenshot(P, path, err, sizeof err);
        platform_end_frame(P);
        IN.mouse_moved = false, IN.wheel_y = 0;
    }
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
        }
        ui_destroy(U);
        platform_destroy(P);
    }
    scenario_destroy(sc);
    diags_destroy(&d);
    return testing_done("test_viewers");
}
