/* viewer_document.c: a document as a wiki shows it (kind badge, title, body,
 * sections under headings), or a status page as a list of timestamped
 * updates under the current status. Lines starting "# ", "- " or "1. "
 * read as headings and lists; nothing more of Markdown. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "screen_common.h"
#include "screen_source_text.h"
#include "text.h"
#include "viewer.h"

enum { DOC_MAX_SECTIONS = 512 };

typedef struct DocDraw {
    Ui *ui; const Theme *t; const Scenario *sc; const Source *s; ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y;
} DocDraw;

static bool doc_visible(const DocDraw *d, int y, int h) { return y + h > d->view.y && y < d->view.y + d->view.h; }

/* Bytes [p, p + len) wrapped to w at (x, y), drawn when draw and visible;
 * returns the height. */
static int doc_slice(DocDraw *d, const char *p, int len, int x, int y, int w, FontStyle f, Color c, bool draw)
{
    static TextLines lines;     /* scratch reused by every call: no allocation per frame */
    int lh = ui_line_height(d->ui, f);
    if (!len) return lh;
    lines.count = 0;
    TextBlock b = {p, len, f, NULL, 0};
    int n = text_wrap(ui_platform(d->ui), &b, w > 1 ? w : 1, &lines);
    if (draw && doc_visible(d, y, n * lh)) text_draw_lines(ui_platform(d->ui), &b, lines.starts, lines.count, x, y, c);
    return n * lh;
}

/* The marker of a list line ("- ", "* ", "12. ") and its length, or 0. */
static int doc_marker(const char *p, int len)
{
    if (len >= 2 && (p[0] == '-' || p[0] == '*') && p[1] == ' ') return 2;
    int k = 0;
    while (k < len && k < 3 && isdigit((unsigned char)p[k])) k++;
    return k && k + 1 < len && (p[k] == '.' || p[k] == ')') && p[k + 1] == ' ' ? k + 2 : 0;
}

/* One line of a body: a heading, a list entry with a hanging indent (a
 * dot, or its number right-aligned), or plain wrapped text. Returns its
 * height. */
static int doc_line(DocDraw *d, const char *p, int len, int x, int y, int w, Color c, bool draw)
{
    Ui *ui = d->ui;
    int k = 0;
    while (k < len && k < 6 && p[k] == '#') k++;
    if (k && k < len && p[k] == ' ') {     /* "# Heading", not "#418" */
        while (k < len && p[k] == ' ') k++;
        return doc_slice(d, p + k, len - k, x, y, w, FONT_BOLD, d->t->text, draw) + ui_px(ui, SP_XS);
    }
    int mk = doc_marker(p, len), lh = ui_line_height(ui, FONT_REGULAR);
    if (!mk) return doc_slice(d, p, len, x, y, w, FONT_REGULAR, c, draw);
    int indent = ui_text_width(ui, "000.", FONT_REGULAR) + ui_px(ui, SP_S);
    if (draw && doc_visible(d, y, lh)) {
        if (p[0] == '-' || p[0] == '*') {
            int dot = ui_px(ui, 6);
            ui_fill_rounded(ui, (Rect){x + indent - ui_px(ui, SP_S) - dot, y + (lh - dot) / 2, dot, dot}, dot / 2, d->t->accent);
        } else {
            char num[8];
            snprintf(num, sizeof num, "%.*s", mk - 1, p);
            int nw = ui_text_width(ui, num, FONT_REGULAR);
            ui_text(ui, (Rect){x + indent - ui_px(ui, SP_S) - nw, y, nw + 1, lh}, num, FONT_REGULAR, d->t->text_muted);
        }
    }
    return doc_slice(d, p + mk, len - mk, x + indent, y, w - indent, FONT_REGULAR, c, draw);
}

/* A body of lines; a blank line is a paragraph break. Returns its height. */
static int doc_text(DocDraw *d, const char *text, int x, int y, int w, Color c, bool draw)
{
    int top = y, gap = ui_px(d->ui, SP_S);
    bool blank = false;
    for (const char *p = text ? text : ""; *p;) {
        const char *e = strchr(p, '\n');
        int len = e ? (int)(e - p) : (int)strlen(p);
        const char *q = p;
        while (q < p + len && (*q == ' ' || *q == '\t')) q++;     /* indented long strings */
        int n = (int)(p + len - q);
        while (n && (q[n - 1] == ' ' || q[n - 1] == '\r')) n--;
        if (!n) blank = y > top;
        else {
            if (blank) y += gap;
            blank = false;
            y += doc_line(d, q, n, x, y, w, c, draw);
        }
        p = e ? e + 1 : p + len;
    }
    return y - top;
}

static void doc_kind_badge(DocDraw *d)
{
    char kind[32];
    snprintf(kind, sizeof kind, "%s", d->s->doc_kind && d->s->doc_kind[0] ? d->s->doc_kind : "document");
    for (char *c = kind; *c; c++) *c = (char)toupper((unsigned char)*c);
    if (doc_visible(d, d->y, viewer_badge_h(d->ui))) viewer_badge(d->ui, d->x, d->y, kind, d->t->accent);
    d->y += viewer_badge_h(d->ui) + ui_px(d->ui, SP_S);
}

static void doc_para(DocDraw *d, const char *text, FontStyle f, Color c, int gap)
{
    int h = screen_text_height(d->ui, text, f, d->w);
    if (doc_visible(d, d->y, h)) ui_text_wrapped(d->ui, (Rect){d->x, d->y, d->w, h}, text, f, c);
    d->y += h + ui_px(d->ui, gap);
}

static void doc_rule(DocDraw *d, int gap)
{
    ui_fill(d->ui, (Rect){d->x, d->y, d->w, ui_px(d->ui, 1)}, d->t->border);
    d->y += ui_px(d->ui, 1) + ui_px(d->ui, gap);
}

/* ---- wiki page ---- */

/* A section: its heading over a rule, the body, and its time, if any,
 * muted under it (the heading's right end is where the pin button goes). */
static void doc_section(DocDraw *d, int item)
{
    Ui *ui = d->ui;
    const Item *it = &d->sc->items[item];
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_S);
    char when[32];
    screen_source_time(d->sc, it->at, when, sizeof when);
    const char *title = it->title && it->title[0] ? it->title : NULL;
    int title_h = title ? screen_text_height(ui, title, FONT_BOLD, d->w) : 0;
    int head_h = title ? title_h + ui_px(ui, SP_XS + 1 + SP_S) : 0;
    int body_h = doc_text(d, it->text, d->x, 0, d->w, d->t->text, false);
    int h = 2 * pad + head_h + body_h + (when[0] ? ui_px(ui, SP_XS) + lh : 0);
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->view.y + d->scroll->offset, h, d->view.h);
    Rect r = {d->x - pad, d->y, d->w + 2 * pad, h};
    if (doc_visible(d, d->y, h)) {
        viewer_item_backdrop(ui, r, d->nav, item);
        int y = d->y + pad;
        if (title) {
            ui_text_wrapped(ui, (Rect){d->x, y, d->w, title_h}, title, FONT_BOLD, d->t->text);
            ui_fill(ui, (Rect){d->x, y + title_h + ui_px(ui, SP_XS), d->w, ui_px(ui, 1)}, d->t->border);
            y += head_h;
        }
        y += doc_text(d, it->text, d->x, y, d->w, d->t->text, true);
        if (when[0]) ui_text(ui, (Rect){d->x, y + ui_px(ui, SP_XS), d->w, lh}, when, FONT_REGULAR, d->t->text_muted);
        viewer_pin_button(ui, r, d->nav, item);
        viewer_item_input(ui, r, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_S);
}

static void doc_wiki(DocDraw *d)
{
    const Source *s = d->s;
    char when[32], line[64];
    doc_kind_badge(d);
    doc_para(d, s->title ? s->title : "Document", FONT_BOLD, d->t->text, SP_XS);
    screen_source_time(d->sc, s->started, when, sizeof when);
    if (when[0]) snprintf(line, sizeof line, "Last updated %s", when), doc_para(d, line, FONT_REGULAR, d->t->text_muted, SP_XS);
    d->y += ui_px(d->ui, SP_S);
    doc_rule(d, SP_M);
    if (s->text && s->text[0]) d->y += doc_text(d, s->text, d->x, d->y, d->w, d->t->text, true) + ui_px(d->ui, SP_M);
    for (int i = s->first_item; i < s->first_item + s->item_count; i++)
        if (d->sc->items[i].kind == ITEM_SECTION) doc_section(d, i);
}

/* ---- status page ---- */

static bool doc_has(const char *title, const char *word)
{
    char low[64];
    snprintf(low, sizeof low, "%s", title ? title : "");
    for (char *c = low; *c; c++) *c = (char)tolower((unsigned char)*c);
    return strstr(low, word) != NULL;
}

/* The colour a status page gives an update's state. */
static Color doc_state_color(const Theme *t, const char *title)
{
    if (doc_has(title, "resolved") || doc_has(title, "operational") || doc_has(title, "completed")) return t->success;
    if (doc_has(title, "investigat") || doc_has(title, "outage") || doc_has(title, "degraded") || doc_has(title, "down"))
        return t->danger;
    return doc_has(title, "identified") || doc_has(title, "monitoring") ? t->accent : t->text_muted;
}

static DojoTime doc_at(const Scenario *sc, int i) { return sc->items[i].at == DOJO_TIME_NONE ? INT64_MIN : sc->items[i].at; }

/* Updates newest first, as status pages list them; stable for equal times. */
static int doc_updates(const DocDraw *d, int *order, int max)
{
    int n = 0;
    for (int i = d->s->first_item; i < d->s->first_item + d->s->item_count && n < max; i++)
        if (d->sc->items[i].kind == ITEM_SECTION) order[n++] = i;
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0 && doc_at(d->sc, order[b - 1]) < doc_at(d->sc, order[b]); b--) {
            int tmp = order[b];
            order[b] = order[b - 1], order[b - 1] = tmp;
        }
    return n;
}

/* The banner at the top: the state of the newest update. */
static void doc_banner(DocDraw *d, const Item *latest)
{
    Ui *ui = d->ui;
    const char *state = latest && latest->title ? latest->title : "No updates";
    Color c = doc_state_color(d->t, state);
    int lum = (d->t->panel.r * 3 + d->t->panel.g * 6 + d->t->panel.b) / 10, lh = ui_line_height(ui, FONT_BOLD);
    int pad = ui_px(ui, SP_M), h = lh + 2 * pad;
    if (doc_visible(d, d->y, h)) {
        Rect r = {d->x, d->y, d->w, h};
        ui_box(ui, r, ui_px(ui, 6), screen_mix(d->t->panel, c, lum > 128 ? 0.12f : 0.25f), c, ui_px(ui, 1));
        ui_fill(ui, (Rect){r.x, r.y + ui_px(ui, 3), ui_px(ui, 4), r.h - ui_px(ui, 6)}, c);
        char line[160], when[32];
        screen_source_time(d->sc, latest ? latest->at : DOJO_TIME_NONE, when, sizeof when);
        snprintf(line, sizeof line, "Current status: %s%s%s", state, when[0] ? " \xC2\xB7 as of " : "", when);
        ui_text(ui, (Rect){r.x + pad, r.y + pad, r.w - 2 * pad, lh}, line, FONT_BOLD, d->t->text);
    }
    d->y += h + ui_px(ui, SP_L);
}

/* One update: its state in colour, the words, then when it was posted. */
static void doc_update(DocDraw *d, int item)
{
    Ui *ui = d->ui;
    const Item *it = &d->sc->items[item];
    int lh = ui_line_height(ui, FONT_BOLD), pad = ui_px(ui, SP_S);
    char when[32], posted[48];
    screen_source_time(d->sc, it->at, when, sizeof when);
    snprintf(posted, sizeof posted, "Posted %s", when[0] ? when : "(no time given)");
    int body_h = doc_text(d, it->text, d->x, 0, d->w, d->t->text, false);
    int h = 2 * pad + lh + ui_px(ui, SP_XS) + body_h + ui_px(ui, SP_XS) + lh;
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->view.y + d->scroll->offset, h, d->view.h);
    Rect r = {d->x - pad, d->y, d->w + 2 * pad, h};
    if (doc_visible(d, d->y, h)) {
        viewer_item_backdrop(ui, r, d->nav, item);
        int y = d->y + pad;
        const char *state = it->title && it->title[0] ? it->title : "Update";
        ui_text(ui, (Rect){d->x, y, d->w, lh}, state, FONT_BOLD, doc_state_color(d->t, state));
        y += lh + ui_px(ui, SP_XS);
        y += doc_text(d, it->text, d->x, y, d->w, d->t->text, true) + ui_px(ui, SP_XS);
        ui_text(ui, (Rect){d->x, y, d->w, lh}, posted, FONT_REGULAR, d->t->text_muted);
        viewer_pin_button(ui, r, d->nav, item);
        viewer_item_input(ui, r, d->nav, item);
    }
    d->y += h;
    ui_fill(ui, (Rect){d->x, d->y + ui_px(ui, SP_XS), d->w, ui_px(ui, 1)}, d->t->border);
    d->y += ui_px(ui, SP_S) + ui_px(ui, 1);
}

static void doc_status(DocDraw *d)
{
    const Source *s = d->s;
    int order[DOC_MAX_SECTIONS], n = doc_updates(d, order, DOC_MAX_SECTIONS);
    doc_para(d, s->title ? s->title : "Status", FONT_BOLD, d->t->text, SP_XS);
    if (s->text && s->text[0]) d->y += doc_text(d, s->text, d->x, d->y, d->w, d->t->text_muted, true);
    d->y += ui_px(d->ui, SP_M);
    doc_banner(d, n ? &d->sc->items[order[0]] : NULL);
    doc_para(d, "Updates", FONT_BOLD, d->t->text, SP_XS);
    doc_rule(d, 0);
    for (int k = 0; k < n; k++) doc_update(d, order[k]);
}

void viewer_document_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "document"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L);
    DocDraw d = {ui, ui_theme(ui), sc, s, nav, scroll, view, view.x + m, view.w - 2 * m, view.y + m - scroll->offset};
    /* pages read best in a column, as a wiki keeps them */
    int max = ui_px(ui, 820);
    if (d.w > max) d.w = max;
    int top = d.y;
    ui_push_clip(ui, view);
    if (s->doc_kind && strcmp(s->doc_kind, "status") == 0) doc_status(&d);
    else doc_wiki(&d);
    ui_pop_clip(ui);
    /* from where drawing began: a reveal may have moved the offset since */
    scroll->content = d.y - top + 2 * m;
}
