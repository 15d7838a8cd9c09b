/* screen_debrief_draw.c: the Debrief's drawing pieces: text that records
 * its words for tests and only measures while the page is laid out, fold
 * lines, the big digits of the total, figure cards, and evidence links. */
#include <stdio.h>
#include <string.h>
#include "screen_debrief_internal.h"

/* ---- words ---- */

void screen_debrief_say(DebriefView *v, const char *text)
{
    if (!v->measuring) screen_kept_add(&v->shown, text);
}

int screen_debrief_text(Ui *ui, DebriefView *v, Rect r, const char *text, FontStyle style, Color c)
{
    if (v->measuring) {
        int w = ui_text_width(ui, text, style);
        return w < r.w ? w : r.w;
    }
    return screen_kept_text(ui, &v->shown, r, text, style, c);
}

/* Measuring wraps without the UI's layout cache: a page's worth of texts
 * laid out once would push out the layouts the visible part draws with. */
int screen_debrief_wrapped(Ui *ui, DebriefView *v, Rect r, const char *text, FontStyle style, Color c)
{
    if (v->measuring) return *text ? screen_text_height(ui, text, style, r.w) : ui_line_height(ui, style);
    return screen_kept_wrapped(ui, &v->shown, r, text, style, c);
}

void screen_debrief_para(Ui *ui, DebriefView *v, Rect *r, const char *text, FontStyle style, Color c, int gap)
{
    int h = screen_debrief_wrapped(ui, v, *r, text, style, c);
    ui_cut_top(r, h + ui_px(ui, gap));
}

void screen_debrief_caption(Ui *ui, DebriefView *v, Rect *r, const char *text)
{
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_BOLD));
    screen_debrief_text(ui, v, line, text, FONT_BOLD, ui_theme(ui)->text_muted);
    ui_cut_top(r, ui_px(ui, SP_S));
}

bool screen_debrief_fold(Ui *ui, DebriefView *v, Rect *r, int fold, const char *title, const char *note)
{
    const Theme *t = ui_theme(ui);
    int pad = ui_px(ui, SP_S);
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_BOLD) + 2 * pad);
    UiId id = ui_id_int(ui, "fold", fold);
    bool hit = false;
    if (!v->measuring) {
        hit = ui_link(ui, id, line);
        v->fold_rect[fold] = line;
        ui_fill(ui, line, ui_hovered(ui, id) ? t->hover : t->panel_alt);
        ui_tooltip(ui, id, line, v->fold_open[fold] ? "Click, or Enter, to fold this part away." : "Click, or Enter, to open this part.");
    }
    Rect in = {line.x + pad, line.y, line.w - 2 * pad, line.h};
    const char *mark = v->fold_open[fold] ? "\xE2\x96\xBE" : "\xE2\x96\xB8";     /* open, shut */
    int mw = ui_px(ui, SP_M + SP_XS);
    if (!v->measuring) ui_text(ui, (Rect){in.x, in.y, mw, in.h}, mark, FONT_BOLD, t->accent);
    ui_cut_left(&in, mw);
    int w = screen_debrief_text(ui, v, in, title, FONT_BOLD, t->text);
    ui_cut_left(&in, w + ui_px(ui, SP_M));
    if (note && *note && in.w > 0) screen_debrief_text(ui, v, in, note, FONT_REGULAR, t->text_muted);
    ui_cut_top(r, ui_px(ui, SP_XS));
    return hit;
}

/* ---- the big digits ---- */

enum { SEG_A = 1, SEG_B = 2, SEG_C = 4, SEG_D = 8, SEG_E = 16, SEG_F = 32, SEG_G = 64 };
static const unsigned char DIGIT_SEGS[10] = {
    SEG_A | SEG_B | SEG_C | SEG_D | SEG_E | SEG_F, SEG_B | SEG_C,
    SEG_A | SEG_B | SEG_D | SEG_E | SEG_G, SEG_A | SEG_B | SEG_C | SEG_D | SEG_G,
    SEG_B | SEG_C | SEG_F | SEG_G, SEG_A | SEG_C | SEG_D | SEG_F | SEG_G,
    SEG_A | SEG_C | SEG_D | SEG_E | SEG_F | SEG_G, SEG_A | SEG_B | SEG_C,
    SEG_A | SEG_B | SEG_C | SEG_D | SEG_E | SEG_F | SEG_G, SEG_A | SEG_B | SEG_C | SEG_D | SEG_F | SEG_G};

typedef struct DigitMetrics { int w, t, gap, space, dot; } DigitMetrics;

static DigitMetrics digit_metrics(int h)
{
    int t = h / 8 < 2 ? 2 : h / 8;
    return (DigitMetrics){h * 9 / 16, t, t / 3 < 1 ? 1 : t / 3, t * 3 / 2, t * 2};
}

static void digit_draw(Ui *ui, int x, int y, int h, unsigned segs, const DigitMetrics *m, Color c)
{
    int t = m->t, g = m->gap, w = m->w, mid = y + (h - t) / 2, rad = t / 2;
    int hx = x + t / 2 + g, hw = w - t - 2 * g;
    int up_y = y + t / 2 + g, up_h = mid - y - 2 * g;
    int lo_y = mid + t / 2 + g, lo_h = y + h - t / 2 - (mid + t / 2) - 2 * g;
    if (segs & SEG_A) ui_fill_rounded(ui, (Rect){hx, y, hw, t}, rad, c);
    if (segs & SEG_G) ui_fill_rounded(ui, (Rect){hx, mid, hw, t}, rad, c);
    if (segs & SEG_D) ui_fill_rounded(ui, (Rect){hx, y + h - t, hw, t}, rad, c);
    if (segs & SEG_F) ui_fill_rounded(ui, (Rect){x, up_y, t, up_h}, rad, c);
    if (segs & SEG_B) ui_fill_rounded(ui, (Rect){x + w - t, up_y, t, up_h}, rad, c);
    if (segs & SEG_E) ui_fill_rounded(ui, (Rect){x, lo_y, t, lo_h}, rad, c);
    if (segs & SEG_C) ui_fill_rounded(ui, (Rect){x + w - t, lo_y, t, lo_h}, rad, c);
}

int screen_debrief_digits_width(Ui *ui, const char *text, int h)
{
    (void)ui;
    DigitMetrics m = digit_metrics(h);
    int w = 0;
    for (const char *p = text; *p; p++) {
        if (w) w += m.space;
        w += *p == '.' ? m.dot : *p == '1' ? m.t : m.w;
    }
    return w;
}

int screen_debrief_digits(Ui *ui, Rect at, const char *text, int h, Color c)
{
    DigitMetrics m = digit_metrics(h);
    int x = at.x;
    for (const char *p = text; *p; p++) {
        if (x > at.x) x += m.space;
        if (*p == '.') {
            ui_fill_rounded(ui, (Rect){x + (m.dot - m.t) / 2, at.y + h - m.t, m.t, m.t}, m.t / 2, c);
            x += m.dot;
        } else if (*p == '1') {            /* only its right side: as narrow as a stroke */
            digit_draw(ui, x - (m.w - m.t), at.y, h, DIGIT_SEGS[1], &m, c);
            x += m.t;
        } else if (*p >= '0' && *p <= '9') {
            digit_draw(ui, x, at.y, h, DIGIT_SEGS[*p - '0'], &m, c);
            x += m.w;
        }
    }
    return x - at.x;
}

/* ---- cards ---- */

int screen_debrief_card_note_h(Ui *ui, const char *note, int w)
{
    return note && *note ? screen_text_height(ui, note, FONT_REGULAR, w - 2 * ui_px(ui, SP_M)) : 0;
}

int screen_debrief_card_h(Ui *ui, int note_h)
{
    return ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_XS) + note_h + ui_px(ui, 2 * SP_M);
}

int screen_debrief_card_columns(Ui *ui, int w, int min_w)
{
    int gap = ui_px(ui, SP_M), n = (w + gap) / (ui_px(ui, min_w) + gap);
    return n < 1 ? 1 : n;
}

void screen_debrief_card(Ui *ui, DebriefView *v, Rect r, const char *value, const char *label, const char *note)
{
    const Theme *t = ui_theme(ui);
    if (!v->measuring) ui_box(ui, r, ui_px(ui, 6), t->panel, t->border, 1);
    Rect in = ui_inset(r, ui_px(ui, SP_M));
    Rect line = ui_cut_top(&in, ui_line_height(ui, FONT_BOLD));
    int w = screen_debrief_text(ui, v, line, value, FONT_BOLD, t->text);
    ui_cut_left(&line, w + ui_px(ui, SP_S));
    screen_debrief_text(ui, v, line, label, FONT_REGULAR, t->text);
    ui_cut_top(&in, ui_px(ui, SP_XS));
    if (note && *note) screen_debrief_wrapped(ui, v, in, note, FONT_REGULAR, t->text_muted);
}

/* ---- evidence ---- */

const char *screen_debrief_found(const Session *s, Entity e, bool *found)
{
    const Scenario *sc = s->sc;
    *found = false;
    switch (e.type) {
    case ENT_ITEM:
        if ((*found = s->pins[e.index].pinned)) {
            /* the marker too: a criterion may want the moment marked, not only pinned */
            static const char *const MARKED[MARKER_COUNT] = {"pinned", "pinned, detection", "pinned, diagnosis",
                                                             "pinned, repair", "pinned, key moment"};
            return MARKED[s->pins[e.index].marker];
        }
        return s->opened[sc->items[e.index].source] ? "read, not pinned" : "not found yet";
    case ENT_SOURCE: return (*found = s->opened[e.index]) ? "opened" : "not opened yet";
    case ENT_FACT: return (*found = s->learned_from[e.index] >= 0) ? "learned" : "not learned yet";
    case ENT_QUESTION: return (*found = s->asked[e.index]) ? "asked" : "not asked";
    default: return "";
    }
}

/* Where a click on the link takes the participant, as its tooltip says. */
static const char *link_where(const Session *s, Entity e)
{
    switch (e.type) {
    case ENT_ITEM: return "Show it in its source";
    case ENT_SOURCE: return "Show this source";
    case ENT_FACT: return s->learned_from[e.index] >= 0 ? "Show it on the Timeline" : "Go to the interview it comes from";
    case ENT_QUESTION: return "Go to the interview";
    default: return NULL;
    }
}

Rect screen_debrief_link(Ui *ui, DebriefView *v, Rect *r, const Session *s, Entity e, UiId id, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    bool found;
    const char *state = screen_debrief_found(s, e, &found);
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS));
    if (v->measuring) return (Rect){0};
    char label[320];
    model_entity_label(s->sc, e, label, sizeof label);
    const char *where = link_where(s, e);
    int sw = ui_text_width(ui, state, FONT_REGULAR);     /* right-aligned: the label keeps the rest */
    Rect status = ui_cut_right(&line, sw + ui_px(ui, SP_M));
    screen_debrief_text(ui, v, (Rect){status.x + ui_px(ui, SP_M), status.y, sw, status.h}, state, FONT_REGULAR,
                        found ? t->success : t->text_muted);
    int aw = ui_px(ui, SP_M + SP_XS);
    ui_text(ui, (Rect){line.x, line.y, aw, line.h}, "\xE2\x86\x92", FONT_REGULAR, t->text_muted);
    ui_cut_left(&line, aw);
    Rect text = line;
    if (!where) {
        screen_debrief_text(ui, v, text, label, FONT_REGULAR, t->text);
        return text;
    }
    bool hot = ui_hovered(ui, id);
    int w = screen_debrief_text(ui, v, text, label, FONT_REGULAR, hot ? t->accent_hover : t->accent);
    text.w = w;
    int base = line.y + (line.h + ui_line_height(ui, FONT_REGULAR)) / 2 - ui_px(ui, 2);
    if (hot) ui_fill(ui, (Rect){text.x, base, w, ui_px(ui, 1) > 1 ? ui_px(ui, 1) : 1}, t->accent);
    if (ui_link(ui, id, text)) *out = (DebriefIntent){DEBRIEF_SHOW, e, 0};
    char tip[400];
    snprintf(tip, sizeof tip, "%s: %s", where, label);
    ui_tooltip(ui, id, text, tip);
    return text;
}
