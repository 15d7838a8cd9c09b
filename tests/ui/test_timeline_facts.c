/* test_timeline_facts.c: facts learned in interviews on the Timeline,
 * headless on the tutorial: placed by their time among the pins, untimed
 * ones after in learning order, drawn as their own kind of row, counted in
 * the gaps, shown or hidden by the filters, and selected but never jumped
 * to by a click. Usage: test_timeline_facts SOURCE_DIR (DOJO_SHOTS=DIR
 * keeps the screenshots there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/util.h"
#include "script/loader.h"
#include "ui/screen_timeline.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

enum { W = 1280, H = 800 };

/* The log of the brief: Priya chosen and asked what she noticed first
 * (anxious, 40 + 8 + 4 for rapport = 52: the answer at 50 reveals
 * f.runbook-first, 12:14), then two pins from #checkout at 12:14 and 12:03. */
static const char LOG[] =
    "[{\"type\":\"choose\",\"people\":[\"priya\"]},"
    "{\"type\":\"ask\",\"question\":\"q.priya-notice\"},"
    "{\"type\":\"open\",\"source\":\"chat.checkout\"},"
    "{\"type\":\"pin\",\"item\":\"m.priya-restart\",\"note\":\"The runbook says restart.\"},"
    "{\"type\":\"pin\",\"item\":\"m.noor-report\",\"marker\":\"detection\",\"tags\":[\"support\"]}]";

/* Then Noor and Dana, each telling something without a time: Noor first,
 * so learning order (f.promo-plan, f.plat88-hidden) is not written order. */
static const char MORE[] =
    "[{\"type\":\"choose\",\"people\":[\"priya\",\"noor\",\"dana\"]},"
    "{\"type\":\"ask\",\"question\":\"q.noor-plan\"},"
    "{\"type\":\"ask\",\"question\":\"q.dana-know\"}]";

static bool replay(Session *s, const char *json)
{
    char err[512];
    ActionLog log;
    cJSON *arr = cJSON_Parse(json);
    bool ok = arr && log_from_json(arr, &log, err, sizeof err);
    cJSON_Delete(arr);
    if (!ok) fprintf(stderr, "log: %s\n", err);
    CHECK(ok);
    if (!ok) return false;
    int applied = session_replay(s, &log, err, sizeof err);
    if (applied < log.count) fprintf(stderr, "replay: %s\n", err);
    CHECK_INT(applied, log.count);
    ok = applied == log.count;
    log_destroy(&log);
    return ok;
}

/* n frames of the Timeline; a click on r (when r.w) across frames 1 and 2.
 * Returns the last intent that was not NONE. */
static TimelineIntent frames(Platform *p, Ui *ui, const Session *s, TimelineView *v, int n, Rect r)
{
    PlatformInput in = {0};
    TimelineIntent out = {TIMELINE_NONE, -1};
    for (int f = 0; f < n; f++) {
        platform_begin_frame(p, ui_theme(ui)->background);
        ui_begin_frame(ui, &in, 0);
        TimelineIntent got = screen_timeline(ui, (Rect){0, 0, W, H}, s, v);
        if (got.kind != TIMELINE_NONE) out = got;
        ui_end_frame(ui);
        platform_end_frame(p);
        in = (PlatformInput){.mouse_x = in.mouse_x, .mouse_y = in.mouse_y};
        if (f == 0 && r.w) in.mouse_x = r.x + r.w / 2, in.mouse_y = r.y + r.h / 2, in.mouse_moved = true;
        if (f == 1 && r.w) in.mouse_pressed = in.mouse_down = MOUSE_LEFT, in.clicks = 1;
        if (f == 2 && r.w) in.mouse_released = MOUSE_LEFT;
    }
    return out;
}

static int row_kind(const TimelineView *v, TimelineRowKind kind, int index)
{
    for (int i = 0; i < v->row_count; i++) {
        const TimelineRow *r = &v->rows[i];
        if (r->kind == kind && (kind == TIMELINE_ROW_FACT ? r->fact : r->item) == index) return i;
    }
    return -1;
}

static int count_kind(const TimelineView *v, TimelineRowKind kind)
{
    int n = 0;
    for (int i = 0; i < v->row_count; i++) n += v->rows[i].kind == kind;
    return n;
}

/* ---- pixels of the last frame ---- */

typedef struct Bmp { unsigned char *data; size_t len; unsigned off, w, h; } Bmp;

static bool bmp_load(const char *path, Bmp *b)
{
    char err[256];
    char *data;
    if (!file_read_all(path, &data, &b->len, err, sizeof err)) return false;
    b->data = (unsigned char *)data;
    const unsigned char *d = b->data;
    if (b->len < 54 || d[0] != 'B' || d[1] != 'M' || d[28] != 32) return free(data), false;
    b->off = d[10] | d[11] << 8 | d[12] << 16;
    b->w = d[18] | d[19] << 8;
    b->h = d[22] | d[23] << 8;
    return true;
}

/* Pixels in r (screen coordinates; BMP rows run bottom up) within tol of c. */
static int bmp_count(const Bmp *b, Rect r, Color c, int tol)
{
    int n = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) {
            if (x < 0 || y < 0 || (unsigned)x >= b->w || (unsigned)y >= b->h) continue;
            size_t at = b->off + ((size_t)(b->h - 1 - (unsigned)y) * b->w + (unsigned)x) * 4;
            if (at + 3 > b->len) continue;
            int db = abs(b->data[at] - c.b), dg = abs(b->data[at + 1] - c.g), dr = abs(b->data[at + 2] - c.r);
            n += db <= tol && dg <= tol && dr <= tol;
        }
    return n;
}

static void shot(Platform *p, const char *name, Bmp *out)
{
    char path[1200], err[256];
    snprintf(path, sizeof path, "%s/%s.bmp", shots, name);
    CHECK(platform_save_screenshot(p, path, err, sizeof err));
    Bmp b = {0};
    CHECK(bmp_load(path, &b));
    if (out) *out = b;
    else free(b.data);
}

/* The fact's card is drawn as its own kind: the fact colour at its spine
 * ring and its badge, ink in its text; a pin's card has no fact colour. */
static void check_drawn(Platform *p, Ui *ui, const TimelineView *v, int fact_row, int pin_row, const char *name)
{
    Bmp b = {0};
    shot(p, name, &b);
    if (!b.data) return;
    Color teal = {0, 140, 150, 255}, ink = ui_theme(ui)->text;
    const TimelineRow *f = &v->rows[fact_row], *pin = &v->rows[pin_row];
    CHECK(f->card.w > 0 && pin->card.w == 0);
    Rect spine = {f->card.x - 80, f->card.y, 80, f->card.h};
    Rect head = {f->card.x, f->card.y, f->card.w, f->card.h / 2};
    Rect body = {f->card.x, f->card.y + f->card.h / 2, f->card.w, f->card.h / 2};
    CHECK(bmp_count(&b, spine, teal, 8) >= 20);          /* the ring */
    CHECK(bmp_count(&b, head, teal, 8) >= 40);           /* the badge's outline */
    CHECK(bmp_count(&b, body, ink, 40) >= 100);          /* the fact's text */
    free(b.data);
}

static void test_order(Platform *p, Ui *ui, const Scenario *sc, Session *s)
{
    int restart = scenario_find(sc, "m.priya-restart", ENT_ITEM), noor = scenario_find(sc, "m.noor-report", ENT_ITEM);
    int runbook = scenario_find(sc, "f.runbook-first", ENT_FACT);
    CHECK(s->learned_from[runbook] >= 0);
    TimelineView v = {0};
    frames(p, ui, s, &v, 2, (Rect){0});
    CHECK_INT(v.all_pins, 2);
    CHECK_INT(v.all_facts, 1);
    CHECK_INT(v.shown_facts, 1);
    int r_start = -1, r_noor = row_kind(&v, TIMELINE_ROW_PIN, noor), r_restart = row_kind(&v, TIMELINE_ROW_PIN, restart);
    int r_fact = row_kind(&v, TIMELINE_ROW_FACT, runbook);
    for (int i = 0; i < v.row_count; i++)
        if (v.rows[i].kind == TIMELINE_ROW_START) r_start = i;
    /* the window opens at 12:01, the 12:03 pin, then at 12:14 the pin before the fact */
    CHECK_INT(r_start, 0);
    CHECK_INT(r_noor, 1);
    CHECK_INT(r_restart, 2);
    CHECK_INT(r_fact, 3);
    CHECK_INT(v.rows[r_noor].gap, 2);
    CHECK_INT(v.rows[r_restart].gap, 11);
    CHECK_INT(v.rows[r_fact].gap, 0);                    /* the same minute as the pin above */
    CHECK_INT(v.rows[4].kind, TIMELINE_ROW_END);
    CHECK_INT(v.rows[4].gap, 24);                        /* 12:14 to the window's end at 12:38 */
    if (r_fact >= 0) CHECK_INT(v.rows[r_fact].item, -1);
    char badge[200];
    screen_timeline_fact_badge(sc, runbook, badge, sizeof badge);
    CHECK_STR(badge, "From interview with Priya Nair");
    if (r_fact == 3 && r_restart == 2) {
        check_drawn(p, ui, &v, r_fact, r_restart, "timeline-facts-light");
        /* a click on the fact selects it and asks for nothing */
        TimelineIntent got = frames(p, ui, s, &v, 5, v.rows[r_fact].card);
        CHECK_INT(got.kind, TIMELINE_NONE);
        CHECK_INT(v.fact_selected, runbook + 1);
        shot(p, "timeline-facts-selected", NULL);
        ui_set_theme(ui, THEME_DARK);
        frames(p, ui, s, &v, 2, (Rect){0});
        check_drawn(p, ui, &v, r_fact, r_restart, "timeline-facts-dark");
        ui_set_theme(ui, THEME_LIGHT);
    }
    screen_timeline_free(&v);
}

/* Interviews shows only the facts, a marker or a tag hides them, All
 * brings both back. */
static void test_filters(Platform *p, Ui *ui, const Scenario *sc, Session *s)
{
    TimelineView v = {0};
    frames(p, ui, s, &v, 2, (Rect){0});
    CHECK(v.marker_buttons[TIMELINE_FILTERS - 1].w > 0);
    frames(p, ui, s, &v, 5, v.marker_buttons[TIMELINE_FILTERS - 1]);
    CHECK(v.interviews);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_PIN), 0);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_FACT), 1);
    CHECK_INT(v.shown_pins, 0);
    CHECK_INT(v.shown_facts, 1);
    shot(p, "timeline-facts-only", NULL);
    frames(p, ui, s, &v, 5, v.marker_buttons[MARKER_DETECTION]);
    CHECK(!v.interviews);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_FACT), 0);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_PIN), 1);
    CHECK_INT(v.shown_facts, 0);
    frames(p, ui, s, &v, 5, v.marker_buttons[0]);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_FACT), 1);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_PIN), 2);
    CHECK(v.tag_buttons[1].w > 0);                        /* "support", on Noor's pin */
    frames(p, ui, s, &v, 5, v.tag_buttons[1]);
    CHECK_STR(v.tag, "support");
    CHECK_INT(count_kind(&v, TIMELINE_ROW_FACT), 0);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_PIN), 1);
    frames(p, ui, s, &v, 5, v.marker_buttons[TIMELINE_FILTERS - 1]);
    CHECK_STR(v.tag, "");                                 /* facts have no tags */
    CHECK_INT(count_kind(&v, TIMELINE_ROW_FACT), 1);
    frames(p, ui, s, &v, 5, v.marker_buttons[0]);
    CHECK_INT(count_kind(&v, TIMELINE_ROW_FACT) + count_kind(&v, TIMELINE_ROW_PIN), 3);
    (void)sc;
    screen_timeline_free(&v);
}

/* Facts without a time come after every timed row, under their heading,
 * in the order they were learned. */
static void test_untimed(Platform *p, Ui *ui, const Scenario *sc, Session *s)
{
    if (!replay(s, MORE)) return;
    int promo = scenario_find(sc, "f.promo-plan", ENT_FACT), plat88 = scenario_find(sc, "f.plat88-hidden", ENT_FACT);
    CHECK(plat88 < promo);                               /* written first, learned last */
    CHECK(s->learned_from[promo] >= 0 && s->learned_from[plat88] > s->learned_from[promo]);
    TimelineView v = {0};
    frames(p, ui, s, &v, 2, (Rect){0});
    CHECK_INT(v.all_facts, 3);
    int n = v.row_count;
    CHECK(n >= 3);
    if (n < 3) return;
    CHECK_INT(v.rows[n - 3].kind, TIMELINE_ROW_UNTIMED_FACTS);
    CHECK_INT(v.rows[n - 2].fact, promo);
    CHECK_INT(v.rows[n - 1].fact, plat88);
    CHECK_INT(v.rows[n - 1].gap, -1);
    for (int i = 0; i < n - 3; i++) CHECK(v.rows[i].kind != TIMELINE_ROW_FACT || sc->facts[v.rows[i].fact].at != DOJO_TIME_NONE);
    for (int i = 1; i < n; i++) CHECK_INT(v.rows[i].top, v.rows[i - 1].top + v.rows[i - 1].h);
    v.scroll.offset = 1 << 20;
    frames(p, ui, s, &v, 2, (Rect){0});
    shot(p, "timeline-facts-untimed", NULL);
    screen_timeline_free(&v);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "tlfacts")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, W, H);
    CHECK(p != NULL);
    Session *s = sc ? session_create(sc) : NULL;
    if (s && p && replay(s, LOG)) {
        Ui *ui = ui_create(p);
        test_order(p, ui, sc, s);
        test_filters(p, ui, sc, s);
        test_untimed(p, ui, sc, s);
        ui_destroy(ui);
    }
    if (s) session_destroy(s);
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_timeline_facts");
}
