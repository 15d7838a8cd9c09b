/* viewer_pr.c: a pull request as a code host shows it: the header, then a
 * unified diff with line-number gutters and review comments in place.
 * Each hunk (header to last line) and each review card is an item to
 * select, find and pin. The diff's lines come from viewer_pr_diff.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

typedef struct PrDraw {
    Ui *ui; const Theme *t; const Scenario *sc; const Source *s;
    ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y;          /* the column; y flows down */
    int origin;                      /* where content y 0 is on screen */
    int mono_h, gut;                 /* a diff row's height, one gutter's width */
} PrDraw;

static bool pr_visible(const PrDraw *d, int h) { return d->y + h > d->view.y && d->y < d->view.y + d->view.h; }

static void pr_para(PrDraw *d, const char *text, FontStyle f, Color c, int gap)
{
    int h = screen_text_height(d->ui, text, f, d->w);
    if (pr_visible(d, h)) ui_text_wrapped(d->ui, (Rect){d->x, d->y, d->w, h}, text, f, c);
    d->y += h + ui_px(d->ui, gap);
}

static void pr_header(PrDraw *d)
{
    const Source *s = d->s;
    char meta[384], opened[32], merged[32];
    screen_source_time(d->sc, s->started, opened, sizeof opened);
    screen_source_time(d->sc, s->merged, merged, sizeof merged);
    pr_para(d, s->title ? s->title : "Pull request", FONT_BOLD, d->t->text, SP_XS);
    int n = snprintf(meta, sizeof meta, "%s #%d \xC2\xB7 opened by %s%s%s", s->repo ? s->repo : "", s->number,
                     screen_source_person(d->sc, s->author), opened[0] ? " at " : "", opened);
    if (merged[0] && n > 0 && n < (int)sizeof meta) snprintf(meta + n, sizeof meta - (size_t)n, " \xC2\xB7 merged %s", merged);
    pr_para(d, meta, FONT_REGULAR, d->t->text_muted, SP_XS);
    char who[256] = "Reviewers: ";
    for (int k = 0; k < s->people.n; k++) {
        size_t at = strlen(who);
        snprintf(who + at, sizeof who - at, "%s%s", k ? ", " : "", screen_source_person(d->sc, s->people.v[k]));
    }
    if (s->people.n) pr_para(d, who, FONT_REGULAR, d->t->text_muted, SP_M);
    if (s->description && s->description[0]) pr_para(d, s->description, FONT_REGULAR, d->t->text, SP_L);
}

static Color pr_verdict_color(const Theme *t, const char *verdict)
{
    if (verdict && strstr(verdict, "approve")) return t->success;
    if (verdict && (strstr(verdict, "change") || strstr(verdict, "reject"))) return t->danger;
    return t->text_muted;
}

/* ---- review cards ---- */


static int pr_review_text_w(const PrDraw *d)
{
    return d->w - 2 * d->gut - 2 * ui_px(d->ui, SP_S) - ui_px(d->ui, SP_S);
}

/* The card's height; *text_h gets its wrapped text's (0: none). */
static int pr_review_height(PrDraw *d, const Item *rv, int *text_h)
{
    Ui *ui = d->ui;
    int th = rv->text && rv->text[0] ? screen_text_height(ui, rv->text, FONT_REGULAR, pr_review_text_w(d)) : 0;
    if (text_h) *text_h = th;
    return 2 * ui_px(ui, SP_S) + ui_line_height(ui, FONT_REGULAR) + (th ? ui_px(ui, SP_XS) + th : 0);
}

static void pr_review_text(PrDraw *d, Rect card, const Item *rv, int th)
{
    Ui *ui = d->ui;
    int lh = ui_line_height(ui, FONT_REGULAR);
    Rect in = ui_inset(card, ui_px(ui, SP_S));
    char when[32];
    screen_source_time(d->sc, rv->at, when, sizeof when);
    int x = in.x + ui_text(ui, (Rect){in.x, in.y, in.w, lh}, screen_source_person(d->sc, rv->person), FONT_BOLD, d->t->text);
    x += ui_px(ui, SP_S);
    if (rv->title) {
        x += ui_text(ui, (Rect){x, in.y, in.x + in.w - x, lh}, rv->title, FONT_BOLD, pr_verdict_color(d->t, rv->title));
        x += ui_px(ui, SP_S);
    }
    ui_text(ui, (Rect){x, in.y, in.x + in.w - x, lh}, when, FONT_REGULAR, d->t->text_muted);
    if (th) ui_text_wrapped(ui, (Rect){in.x, in.y + lh + ui_px(ui, SP_XS), pr_review_text_w(d), th}, rv->text,
                            FONT_REGULAR, d->t->text);
}

/* The height a review takes in the flow, the gaps around its card included. */
static int pr_review_span(PrDraw *d, const Item *rv)
{
    return pr_review_height(d, rv, NULL) + 2 * ui_px(d->ui, SP_XS);
}

/* A review as a card under the line it refers to. */
static void pr_review(PrDraw *d, int item)
{
    Ui *ui = d->ui;
    const Item *rv = &d->sc->items[item];
    int th, h = pr_review_height(d, rv, &th), indent = 2 * d->gut;
    d->y += ui_px(ui, SP_XS);
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->origin, h, d->view.h);
    if (pr_visible(d, h)) {
        Rect card = {d->x + indent, d->y, d->w - indent - ui_px(ui, SP_S), h};
        viewer_item_card(d->ui, card, d->nav, item);
        pr_review_text(d, card, rv, th);
        viewer_pin_button(ui, card, d->nav, item);
        viewer_item_input(ui, card, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_XS);
}

static bool pr_same_file(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* The first review at or after item from that sits under line of the
 * hunk's file, or -1. */
static int pr_next_review(const PrDraw *d, const Item *hunk, int line, int from)
{
    for (int i = from; i < d->s->first_item + d->s->item_count; i++) {
        const Item *rv = &d->sc->items[i];
        if (rv->kind == ITEM_REVIEW && rv->line == line && pr_same_file(rv->file, hunk->file)) return i;
    }
    return -1;
}

/* Whether a review's file and line fall on a line some hunk shows. */
static bool pr_review_anchored(const Scenario *sc, const Source *s, const Item *rv)
{
    if (!rv->file || rv->line <= 0) return false;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) {
        const Item *h = &sc->items[i];
        if (h->kind != ITEM_HUNK || !pr_same_file(h->file, rv->file)) continue;
        ViewerDiffLine l[512];
        int n = viewer_diff_lines(h->text, h->old_line, h->line, l, 512);
        for (int k = 0; k < n && k < 512; k++)
            if (l[k].new_no == rv->line) return true;
    }
    return false;
}

/* ---- hunks ---- */

static void pr_line(PrDraw *d, const ViewerDiffLine *l)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    Rect row = {d->x, d->y, d->w, d->mono_h};
    Color fg = t->text;
    if (l->kind == '-' || l->kind == '+') ui_fill(ui, row, viewer_diff_tint(t, l->kind == '+'));
    else if (l->kind == '@') ui_fill(ui, row, t->panel_alt), fg = t->text_muted;
    char num[16];
    int pad = ui_px(ui, SP_XS);
    for (int side = 0; side < 2; side++) {
        int no = side ? l->new_no : l->old_no;
        if (!no) continue;
        snprintf(num, sizeof num, "%d", no);
        int nx = d->x + (side + 1) * d->gut - pad - ui_text_width(ui, num, FONT_MONO);
        ui_text(ui, (Rect){nx, row.y, d->gut, row.h}, num, FONT_MONO, t->text_muted);
    }
    ui_fill(ui, (Rect){d->x + 2 * d->gut, row.y, 1, row.h}, t->border);
    char buf[1024];
    int len = l->len < (int)sizeof buf - 1 ? l->len : (int)sizeof buf - 1;
    memcpy(buf, l->text, (size_t)len);
    buf[len] = 0;
    Rect tx = {d->x + 2 * d->gut + pad, row.y, d->w - 2 * d->gut - pad, row.h};
    if (l->kind == '-' || l->kind == '+') {
        /* the sign in the strong colour, so the change reads without colour vision too */
        char sign[2] = {l->kind, 0};
        ui_text(ui, tx, sign, FONT_MONO_BOLD, l->kind == '+' ? t->success : t->danger);
        int sw = ui_text_width(ui, "+", FONT_MONO);
        tx.x += sw, tx.w -= sw;
        ui_text(ui, tx, buf + 1, FONT_MONO, fg);
    } else ui_text(ui, tx, buf, FONT_MONO, fg);
}

static void pr_file_bar(PrDraw *d, const char *file)
{
    Ui *ui = d->ui;
    int h = ui_line_height(ui, FONT_MONO_BOLD) + ui_px(ui, SP_S);
    d->y += ui_px(ui, SP_S);
    if (pr_visible(d, h)) {
        Rect bar = {d->x, d->y, d->w, h};
        ui_fill(ui, bar, d->t->panel_alt);
        ui_frame(ui, bar, d->t->border, 1);
        ui_text(ui, ui_inset(bar, ui_px(ui, SP_S)), file, FONT_MONO_BOLD, d->t->text);
    }
    d->y += h;
}

/* From the @@ line to the last line, with the reviews in between. */
static int pr_hunk_height(PrDraw *d, const Item *h, const ViewerDiffLine *l, int n)
{
    int y = n * d->mono_h;
    for (int k = 0; k < n; k++)
        for (int i = l[k].new_no ? pr_next_review(d, h, l[k].new_no, d->s->first_item) : -1; i >= 0;
             i = pr_next_review(d, h, l[k].new_no, i + 1))
            y += pr_review_span(d, &d->sc->items[i]);
    return y;
}

/* The hunk's rect reaches into the margins, so its pin stripe and its
 * selection show beside the line tints, which cover the column. */
static void pr_hunk(PrDraw *d, int item)
{
    const Item *h = &d->sc->items[item];
    ViewerDiffLine stack[256], *l = stack;
    int n = viewer_diff_lines(h->text, h->old_line, h->line, stack, 256);
    if (n > 256) {
        l = xmalloc(sizeof *l * (size_t)n);
        viewer_diff_lines(h->text, h->old_line, h->line, l, n);
    }
    int out = ui_px(d->ui, SP_S), height = pr_hunk_height(d, h, l, n);
    Rect r = {d->x - out, d->y, d->w + 2 * out, height};
    bool shown = pr_visible(d, height);
    viewer_item_reveal(d->ui, d->nav, item, d->scroll, d->y - d->origin, height, d->view.h);
    if (shown) viewer_item_backdrop(d->ui, r, d->nav, item);
    for (int k = 0; k < n; k++) {
        if (pr_visible(d, d->mono_h)) pr_line(d, &l[k]);
        d->y += d->mono_h;
        for (int i = l[k].new_no ? pr_next_review(d, h, l[k].new_no, d->s->first_item) : -1; i >= 0;
             i = pr_next_review(d, h, l[k].new_no, i + 1))
            pr_review(d, i);
    }
    /* after the reviews' own input, so a press on a card is the card's */
    if (shown) {
        /* the button lines up with the column, at the @@ line's right end */
        viewer_pin_button(d->ui, (Rect){d->x, r.y, d->w, r.h}, d->nav, item);
        viewer_item_input(d->ui, r, d->nav, item);
    }
    if (l != stack) free(l);
}

void viewer_pr_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "pr"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L), origin = view.y - scroll->offset;
    PrDraw d = {ui, ui_theme(ui), sc, s, nav, scroll, view, view.x + m, view.w - 2 * m, origin + m, origin,
                ui_line_height(ui, FONT_MONO) + ui_px(ui, 2), ui_text_width(ui, "00000", FONT_MONO)};
    ui_push_clip(ui, view);
    pr_header(&d);
    const char *file = NULL;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) {
        const Item *h = &sc->items[i];
        if (h->kind != ITEM_HUNK) continue;
        if (h->file && !pr_same_file(h->file, file)) pr_file_bar(&d, h->file);
        file = h->file;
        pr_hunk(&d, i);
    }
    int left = 0;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) {
        const Item *rv = &sc->items[i];
        if (rv->kind != ITEM_REVIEW || pr_review_anchored(sc, s, rv)) continue;
        if (!left++) d.y += ui_px(ui, SP_M), pr_para(&d, "Reviews", FONT_BOLD, d.t->text, SP_XS);
        pr_review(&d, i);
    }
    ui_pop_clip(ui);
    /* from the origin the frame began with: a reveal may have moved the offset */
    scroll->content = d.y - d.origin + m;
}
