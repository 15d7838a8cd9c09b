/* screen_search.c: the search dialog over the scenario's index: the query,
 * the results grouped by source with the match highlighted in a snippet,
 * and the keys that move through them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/gameclock.h"
#include "core/util.h"
#include "screen_common.h"
#include "screen_pin.h"
#include "screen_search.h"
#include "screen_sources.h"

void screen_search_prepare(SearchView *v, const Scenario *sc)
{
    if (v->index && v->indexed == sc) return;
    screen_search_reset(v);
    v->index = search_build(sc);
    v->indexed = sc;
}

void screen_search_reset(SearchView *v)
{
    search_destroy(v->index);
    v->index = NULL;
    v->indexed = NULL;
    v->hit_count = v->total = v->row_count = 0;
    v->cursor = -1;
    v->want_open = false;
}

void screen_search_free(SearchView *v)
{
    screen_search_reset(v);
    ui_text_edit_free(&v->query);
    free(v->hits);
    free(v->rows);
    v->hits = NULL, v->rows = NULL;
}

/* Runs the query and lays the hits out as rows: a heading per source. */
static void search_run(SearchView *v)
{
    if (!v->hits) {
        v->hits = xmalloc(sizeof *v->hits * SEARCH_VIEW_MAX);
        v->rows = xmalloc(sizeof *v->rows * 2 * SEARCH_VIEW_MAX);
    }
    v->total = v->index && v->query.text ? search_query(v->index, v->query.text, v->hits, SEARCH_VIEW_MAX) : 0;
    v->hit_count = v->total < SEARCH_VIEW_MAX ? v->total : SEARCH_VIEW_MAX;
    v->row_count = 0;
    for (int i = 0, end; i < v->hit_count; i = end) {
        end = search_group_end(v->hits, v->hit_count, i);
        v->rows[v->row_count++] = (SearchRow){-1, v->hits[i].source, end - i};
        for (int k = i; k < end; k++) v->rows[v->row_count++] = (SearchRow){k, v->hits[k].source, 0};
    }
    v->cursor = v->hit_count ? 0 : -1;
    v->list.scroll.offset = 0;
}

void screen_search_open(SearchView *v)
{
    v->want_open = true;
    if (!v->query.text) {
        ui_text_edit_init(&v->query, "", false);
        v->query.max_len = 255;
        v->query.placeholder = "Words or the start of words: jitter, PLAT-88, Dana";
    }
    v->query.anchor = 0;            /* the last query, selected: typing replaces it */
    v->query.cursor = v->query.len;
    search_run(v);
}

static int search_row_of(const SearchView *v, int hit)
{
    for (int r = 0; r < v->row_count; r++)
        if (v->rows[r].hit == hit) return r;
    return -1;
}

/* Up / Down move through the matches (headings are skipped) and keep the
 * highlighted one in view, with its heading when it is the group's first. */
static void search_keys(Ui *ui, SearchView *v)
{
    int step = 0;
    while (ui_take_key(ui, KEY_DOWN, 0)) step++;
    while (ui_take_key(ui, KEY_UP, 0)) step--;
    if (!step || !v->hit_count) return;
    int c = v->cursor + step;
    v->cursor = c < 0 ? 0 : c >= v->hit_count ? v->hit_count - 1 : c;
    int row = search_row_of(v, v->cursor), rh = v->list.row_h, view = v->list.r.h;
    if (row < 0 || rh <= 0 || view <= 0) return;
    int top = (row > 0 && v->rows[row - 1].hit < 0 ? row - 1 : row) * rh;
    if (top < v->list.scroll.offset) v->list.scroll.offset = top;
    else if ((row + 1) * rh > v->list.scroll.offset + view) v->list.scroll.offset = (row + 1) * rh - view;
}

/* The string a hit's offsets point into. */
static const char *search_field(const Scenario *sc, const SearchHit *h)
{
    if (h->item >= 0) {
        const Item *it = &sc->items[h->item];
        return h->field == SEARCH_FIELD_TITLE ? it->title : it->text;
    }
    const Source *src = &sc->sources[h->source];
    switch (h->field) {
    case SEARCH_FIELD_TITLE: return src->title;
    case SEARCH_FIELD_DESCRIPTION: return src->description;
    case SEARCH_FIELD_DIFF: return src->diff;
    default: return src->text;
    }
}

/* Bytes [a, b) of s into out on one line (newlines and tabs as spaces),
 * without a codepoint cut at either end. */
static void search_copy(const char *s, int a, int b, char *out, int size)
{
    int n = 0;
    while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80) a++;
    for (int i = a; i < b && n < size - 1; i++) out[n++] = s[i] == '\n' || s[i] == '\t' ? ' ' : s[i];
    int lead = n;
    while (lead > 0 && ((unsigned char)out[lead - 1] & 0xC0) == 0x80) lead--;
    if (lead > 0) {
        unsigned char c = (unsigned char)out[lead - 1];
        int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (lead - 1 + need > n) n = lead - 1;
    }
    out[n] = 0;
}

/* A line of the field around the match: some words before it, the match
 * in bold on a tint, and what follows, cut at the row's end. */
static void search_snippet(Ui *ui, Rect r, const Scenario *sc, const SearchHit *h)
{
    const Theme *t = ui_theme(ui);
    const char *f = search_field(sc, h);
    if (!f) return;
    int len = (int)strlen(f), off = h->offset < len ? h->offset : len;
    int end = off + h->length < len ? off + h->length : len, from = off > 48 ? off - 48 : 0;
    while (from > 0 && from < off && f[from - 1] != ' ' && f[from - 1] != '\n') from++;
    char pre[160], match[160], post[400];
    search_copy(f, from, off, pre + (from ? 3 : 0), (int)sizeof pre - 3);
    if (from) memcpy(pre, "\xE2\x80\xA6", 3);
    search_copy(f, off, end, match, (int)sizeof match);
    search_copy(f, end, len < end + 300 ? len : end + 300, post, (int)sizeof post);
    int x = r.x, w1 = ui_text_width(ui, pre, FONT_REGULAR), w2 = ui_text_width(ui, match, FONT_BOLD);
    ui_text(ui, (Rect){x, r.y, w1 + 1, r.h}, pre, FONT_REGULAR, t->text);
    Color tint = t->accent;
    tint.a = 64;
    ui_fill_rounded(ui, (Rect){x + w1 - ui_px(ui, 1), r.y + ui_px(ui, 1), w2 + ui_px(ui, 2), r.h - ui_px(ui, 2)},
                    ui_px(ui, 3), tint);
    ui_text(ui, (Rect){x + w1, r.y, w2 + 1, r.h}, match, FONT_BOLD, t->text);
    if (x + w1 + w2 < r.x + r.w)
        ui_text(ui, (Rect){x + w1 + w2, r.y, r.x + r.w - x - w1 - w2, r.h}, post, FONT_REGULAR, t->text);
}

/* "unread · opens for 3 min" for a source not read yet, else "". */
static void search_cost(const Session *s, int source, char *buf, size_t size)
{
    char span[32];
    buf[0] = 0;
    if (s->opened[source]) return;
    gameclock_format_span(session_read_cost(s->sc, source), span, sizeof span);
    snprintf(buf, size, "unread \xC2\xB7 opens for %s", span);
}

static void search_heading(Ui *ui, Rect row, const Session *s, const SearchRow *r)
{
    const Theme *t = ui_theme(ui);
    const Source *src = &s->sc->sources[r->source];
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_M);
    ui_fill(ui, row, t->panel_alt);
    ui_fill(ui, (Rect){row.x, row.y, row.w, ui_px(ui, 1)}, t->border);
    Rect in = {row.x + pad, row.y + (row.h - 2 * lh) / 2, row.w - 2 * pad, lh};
    char text[160], cost[64];
    search_cost(s, r->source, cost, sizeof cost);
    ui_text(ui, in, src->title, FONT_BOLD, t->text);
    in.y += lh;
    int cw = ui_text_width(ui, cost, FONT_REGULAR);
    if (cost[0]) ui_text(ui, ui_cut_right(&in, cw), cost, FONT_REGULAR, t->accent);
    snprintf(text, sizeof text, "%s \xC2\xB7 %d match%s", screen_sources_kind_name(src->kind), r->count,
             r->count == 1 ? "" : "es");
    ui_text(ui, in, text, FONT_REGULAR, t->text_muted);
}

static const char *const FIELD_WHERE[] = {
    "In the source's text", "In the source's title", "In the description", "In the diff"};

/* Returns true when the row was clicked. */
static bool search_result(Ui *ui, Rect row, const Session *s, const SearchView *v, const SearchRow *r)
{
    const Theme *t = ui_theme(ui);
    const SearchHit *h = &v->hits[r->hit];
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_L);
    UiId id = ui_id_int(ui, "hit", r->hit);
    bool clicked = ui_clickable(ui, id, row) != 0;
    Rect in = {row.x + pad, row.y + (row.h - 2 * lh) / 2, row.w - pad - ui_px(ui, SP_M), lh};
    char meta[200], cost[64];
    search_cost(s, h->source, cost, sizeof cost);
    if (h->item >= 0) screen_pin_item_meta(s->sc, h->item, meta, sizeof meta);
    else snprintf(meta, sizeof meta, "%s", FIELD_WHERE[h->field]);
    if (h->item >= 0 && s->pins[h->item].pinned) strncat(meta, " \xC2\xB7 pinned", sizeof meta - strlen(meta) - 1);
    Rect line = in;
    int cw = ui_text_width(ui, cost, FONT_REGULAR);
    if (cost[0]) ui_text(ui, ui_cut_right(&line, cw), cost, FONT_REGULAR, t->accent);
    ui_text(ui, line, meta, FONT_REGULAR, t->text_muted);
    in.y += lh;
    search_snippet(ui, in, s->sc, h);
    return clicked;
}

static void search_status(Ui *ui, Rect r, const SearchView *v)
{
    const Theme *t = ui_theme(ui);
    char text[200];
    int groups = 0;
    for (int i = 0; i < v->row_count; i++) groups += v->rows[i].hit < 0;
    if (!v->query.len) snprintf(text, sizeof text, "Type to search every source and item: chats, calls, "
                                "pull requests, tickets, alerts, dashboards, schedules, documents.");
    else if (!v->total) snprintf(text, sizeof text, "No matches. Every word must start a word in the same item.");
    else if (v->total > v->hit_count)
        snprintf(text, sizeof text, "%d matches; the first %d are listed. Add a word to narrow them.", v->total, v->hit_count);
    else snprintf(text, sizeof text, "%d match%s in %d source%s", v->total, v->total == 1 ? "" : "es", groups,
                  groups == 1 ? "" : "s");
    ui_text(ui, r, text, FONT_REGULAR, v->query.len && v->total ? t->text : t->text_muted);
}

/* The list of results; returns the hit clicked or activated, else -1. */
static int search_results(Ui *ui, Rect r, const Session *s, SearchView *v)
{
    int lh = ui_line_height(ui, FONT_REGULAR), pick = -1, i;
    int want = search_row_of(v, v->cursor);
    v->list.selected = want;
    Rect row;
    ui_list_begin(ui, ui_id(ui, "results"), r, &v->list, v->row_count, 2 * lh + ui_px(ui, SP_M));
    while (ui_list_row(ui, &v->list, &i, &row)) {
        const SearchRow *sr = &v->rows[i];
        if (sr->hit < 0) search_heading(ui, row, s, sr);
        else if (search_result(ui, row, s, v, sr)) pick = sr->hit;
    }
    ui_list_end(ui, &v->list);
    /* the focused list moves by itself: follow it */
    int sel = v->list.selected;
    if (sel != want && sel >= 0 && sel < v->row_count && v->rows[sel].hit >= 0) v->cursor = v->rows[sel].hit;
    int act = v->list.activated;
    if (act >= 0 && act < v->row_count && v->rows[act].hit >= 0) pick = v->rows[act].hit;
    return pick;
}

bool screen_search(Ui *ui, const Session *s, SearchView *v, SearchHit *chosen)
{
    UiId id = ui_id(ui, "search");
    if (v->want_open) ui_modal_open(ui, id);
    v->want_open = false;
    Rect c;
    if (!v->query.text || !ui_modal_begin(ui, id, "Search the sources", 820, 660, &c)) return false;
    ui_push_scope(ui, "search");
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_REGULAR), pick = -1;
    Rect q = ui_cut_top(&c, lh + ui_px(ui, SP_M));
    unsigned e = ui_text_input(ui, ui_id(ui, "query"), q, &v->query);
    if (e & UI_TEXT_CHANGED) search_run(v);
    search_keys(ui, v);
    if ((e & UI_TEXT_SUBMITTED) && v->cursor >= 0) pick = v->cursor;
    ui_cut_top(&c, ui_px(ui, SP_S));
    search_status(ui, ui_cut_top(&c, lh + ui_px(ui, SP_S)), v);
    Rect foot = ui_cut_bottom(&c, lh + ui_px(ui, SP_S));
    ui_text(ui, (Rect){foot.x, foot.y + ui_px(ui, SP_S), foot.w, lh}, "\xE2\x86\x91 \xE2\x86\x93 move \xC2\xB7 "
            "Enter or a click shows it in its source \xC2\xB7 Esc closes", FONT_REGULAR, t->text_muted);
    ui_frame(ui, c, t->border, ui_px(ui, 1));
    int got = search_results(ui, ui_inset(c, ui_px(ui, 1)), s, v);
    if (got >= 0) pick = got;
    ui_pop_scope(ui);
    ui_modal_end(ui);
    if (pick < 0) return false;
    *chosen = v->hits[pick];
    v->cursor = pick;
    ui_modal_close(ui);
    return true;
}
