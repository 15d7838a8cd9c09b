/* screen_results.c: the Results screen: what aggregate_markdown writes,
 * drawn as charts and lists in one scrolling column, with the timelines
 * in side-by-side columns so differences in what people pinned stand out. */
#include <stdio.h>
#include <stdlib.h>
#include "screen_common.h"
#include "screen_results.h"

#define RESULTS_TOP 10    /* rows of the most-missed and most-asked lists */

void screen_results_free(ResultsView *v)
{
    free(v->kept.s);
    v->kept = (StrBuf){0};
}

static int results_text(Ui *ui, ResultsView *v, Rect r, const char *text, FontStyle style, Color c)
{
    return screen_kept_text(ui, &v->kept, r, text, style, c);
}

/* A line of text cut off the top of *r. */
static void results_line(Ui *ui, ResultsView *v, Rect *r, const char *text, FontStyle style, Color c)
{
    results_text(ui, v, ui_cut_top(r, ui_line_height(ui, style)), text, style, c);
}

static void results_heading(Ui *ui, ResultsView *v, Rect *r, const char *text)
{
    ui_cut_top(r, ui_px(ui, SP_L));
    screen_rule(ui, r, SP_S);
    results_line(ui, v, r, text, FONT_BOLD, ui_theme(ui)->text);
    ui_cut_top(r, ui_px(ui, SP_S));
}

/* Participants by total score, one bar per ten points. */
static void results_scores(Ui *ui, ResultsView *v, Rect *r, const Aggregate *a)
{
    const Theme *t = ui_theme(ui);
    char buf[256];
    results_heading(ui, v, r, "Scores");
    snprintf(buf, sizeof buf, "Mean %.1f, median %.1f, lowest %.1f, highest %.1f (out of 100)",
             a->mean, a->median, a->min, a->max);
    results_line(ui, v, r, buf, FONT_REGULAR, t->text_muted);
    ui_cut_top(r, ui_px(ui, SP_S));
    int lh = ui_line_height(ui, FONT_REGULAR), plot_h = ui_px(ui, 120);
    Rect chart = ui_cut_top(r, plot_h + 2 * lh);
    int top = 1, bw = ui_px(ui, 56);
    for (int k = 0; k < AGG_SCORE_BINS; k++) if (a->score_bins[k] > top) top = a->score_bins[k];
    int base = chart.y + lh + plot_h;
    ui_fill(ui, (Rect){chart.x, base, bw * AGG_SCORE_BINS, 1}, t->border);
    for (int k = 0; k < AGG_SCORE_BINS; k++) {
        int n = a->score_bins[k], h = n * plot_h / top, x = chart.x + k * bw;
        if (n) {
            ui_fill(ui, (Rect){x + ui_px(ui, 4), base - h, bw - ui_px(ui, 8), h}, t->accent);
            snprintf(buf, sizeof buf, "%d", n);
            results_text(ui, v, (Rect){x + bw / 2 - ui_text_width(ui, buf, FONT_BOLD) / 2, base - h - lh, bw, lh},
                         buf, FONT_BOLD, t->text);
        }
        snprintf(buf, sizeof buf, "%d", k * (100 / AGG_SCORE_BINS));
        ui_text(ui, (Rect){x + ui_px(ui, 4), base + 1, bw, lh}, buf, FONT_REGULAR, t->text_muted);
    }
}

/* Each criterion: its title, then a bar of met (and partial) share. */
static void results_criteria(Ui *ui, ResultsView *v, Rect *r, const Aggregate *a)
{
    const Theme *t = ui_theme(ui);
    results_heading(ui, v, r, "Criteria: share of participants who met each");
    int lh = ui_line_height(ui, FONT_REGULAR), label_w = r->w * 55 / 100, bar_w = r->w - label_w - ui_px(ui, 130);
    Color partial = screen_caution(t);
    for (int i = 0; i < a->criterion_count; i++) {
        const AggCriterion *c = &a->criteria[i];
        Rect row = ui_cut_top(r, lh + ui_px(ui, SP_XS));
        int n = c->met + c->partial + c->missed;
        results_text(ui, v, ui_cut_left(&row, label_w - ui_px(ui, SP_S)), c->title, FONT_REGULAR, t->text);
        ui_cut_left(&row, ui_px(ui, SP_S));
        Rect bar = ui_cut_left(&row, bar_w);
        bar = (Rect){bar.x, bar.y + ui_px(ui, 3), bar.w, lh - ui_px(ui, 4)};
        ui_fill(ui, bar, t->panel_alt);
        int met_w = n ? bar.w * c->met / n : 0, part_w = n ? bar.w * c->partial / n : 0;
        ui_fill(ui, (Rect){bar.x, bar.y, met_w, bar.h}, t->success);
        ui_fill(ui, (Rect){bar.x + met_w, bar.y, part_w, bar.h}, partial);
        ui_frame(ui, bar, t->border, 1);
        char buf[64];
        snprintf(buf, sizeof buf, "%d of %d met", c->met, n);
        ui_cut_left(&row, ui_px(ui, SP_S));
        results_text(ui, v, row, buf, FONT_REGULAR, t->text_muted);
    }
}

/* An item's, fact's or question's id as people read it, when the view
 * has the scenario: "#checkout, 12:03, Noor: ...", or the question asked;
 * else the id. */
static const char *results_label(const ResultsView *v, const char *id, char *buf, size_t size)
{
    const Entity *e = v->sc && id ? scenario_lookup(v->sc, id) : NULL;
    if (!e) return id ? id : "";
    if (e->type == ENT_QUESTION) snprintf(buf, size, "\xE2\x80\x9C%s\xE2\x80\x9D", v->sc->questions[e->index].text);
    else model_entity_label(v->sc, *e, buf, size);
    return buf;
}

/* The person's name when the view has the scenario, else the id. */
static const char *results_person(const ResultsView *v, const char *id)
{
    const Entity *e = v->sc && id ? scenario_lookup(v->sc, id) : NULL;
    if (!e || e->type != ENT_PERSON || !v->sc->people[e->index].name) return id ? id : "";
    return v->sc->people[e->index].name;
}

/* Each line leads with what it is, long as it may be, and the counts
 * follow on a line of their own so no width cuts them off. */
static void results_lists(Ui *ui, ResultsView *v, Rect *r, const Aggregate *a)
{
    const Theme *t = ui_theme(ui);
    char buf[512], label[320];
    results_heading(ui, v, r, "Most-missed evidence");
    if (!a->evidence_count) results_line(ui, v, r, "None: every missed criterion's evidence was found.", FONT_ITALIC, t->text_muted);
    for (int i = 0; i < a->evidence_count && i < RESULTS_TOP; i++) {
        const AggEvidence *e = &a->evidence[i];
        results_line(ui, v, r, results_label(v, e->id, label, sizeof label), FONT_REGULAR, t->text);
        snprintf(buf, sizeof buf, "    missed by %d of %d, for \"%s\"", e->count, a->count, e->criterion);
        results_line(ui, v, r, buf, FONT_REGULAR, t->text_muted);
    }
    results_heading(ui, v, r, "Questions most asked");
    if (!a->question_count) results_line(ui, v, r, "No interview questions were asked.", FONT_ITALIC, t->text_muted);
    for (int i = 0; i < a->question_count && i < RESULTS_TOP; i++) {
        const AggQuestion *q = &a->questions[i];
        snprintf(buf, sizeof buf, "%s (%s)", results_label(v, q->id, label, sizeof label), results_person(v, q->person));
        results_line(ui, v, r, buf, FONT_REGULAR, t->text);
        snprintf(buf, sizeof buf, "    asked by %d of %d, %.0f%%", q->count, a->count, 100.0 * q->count / a->count);
        results_line(ui, v, r, buf, FONT_REGULAR, t->text_muted);
    }
}

static void results_column(Ui *ui, ResultsView *v, Rect col, const AggParticipant *p)
{
    const Theme *t = ui_theme(ui);
    char buf[512];
    ui_fill(ui, col, t->panel);
    snprintf(buf, sizeof buf, "%s  %.1f", p->name, p->score);
    results_line(ui, v, &col, buf, FONT_BOLD, t->text);
    for (int k = 0; k < p->pin_count; k++) {
        const AggPin *pin = &p->pins[k];
        snprintf(buf, sizeof buf, "%s %s", pin->at[0] ? pin->at : "(no time)", pin->marker);
        results_line(ui, v, &col, buf, pin->marker[0] ? FONT_BOLD : FONT_REGULAR,
                     pin->marker[0] ? t->accent : t->text_muted);
        char label[320];
        const char *shown = results_label(v, pin->item, label, sizeof label);
        results_line(ui, v, &col, shown, shown == pin->item ? FONT_MONO : FONT_REGULAR, t->text);
    }
}

/* One column per participant: their pins in their timeline's order. A
 * column stays wide enough to read; more participants wrap to a new row
 * of columns rather than shrinking to nothing. */
static void results_timelines(Ui *ui, ResultsView *v, Rect *r, const Aggregate *a)
{
    results_heading(ui, v, r, "Timelines side by side");
    int gap = ui_px(ui, SP_S), lh = ui_line_height(ui, FONT_REGULAR);
    int per_row = (r->w + gap) / (ui_px(ui, 240) + gap);
    if (per_row < 1) per_row = 1;
    if (per_row > a->count) per_row = a->count;
    int col_w = (r->w - gap * (per_row - 1)) / per_row;
    for (int first = 0; first < a->count; first += per_row) {
        int rows = 0, last = first + per_row < a->count ? first + per_row : a->count;
        for (int i = first; i < last; i++) if (a->people[i].pin_count > rows) rows = a->people[i].pin_count;
        int h = lh * (rows * 2 + 1) + ui_px(ui, SP_S);
        for (int i = first; i < last; i++)
            results_column(ui, v, (Rect){r->x + (i - first) * (col_w + gap), r->y, col_w, h}, &a->people[i]);
        ui_cut_top(r, h + gap);
    }
}

static void results_body(Ui *ui, ResultsView *v, Rect *r, const Aggregate *a)
{
    const Theme *t = ui_theme(ui);
    if (!a || !a->count) {
        static const char how[] = "Drop participants' result files on this window: the JSON saved from "
            "the Debrief (\"Save result\") or written by 'incident-dojo play --out'. Files of one "
            "scenario are summed up here; 'incident-dojo aggregate' writes the same as Markdown.";
        screen_kept_add(&v->kept, how);
        screen_para(ui, r, how, FONT_REGULAR, t->text, SP_M);
        return;
    }
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %d participant%s", a->title && a->title[0] ? a->title : a->scenario,
             a->count, a->count == 1 ? "" : "s");
    results_line(ui, v, r, buf, FONT_BOLD, t->text);
    if (v->sc_missing) {
        snprintf(buf, sizeof buf, "The scenario '%s' is not in the catalogue, so evidence and questions show as ids.",
                 a->scenario);
        results_line(ui, v, r, buf, FONT_ITALIC, t->text_muted);
    }
    results_scores(ui, v, r, a);
    results_criteria(ui, v, r, a);
    results_lists(ui, v, r, a);
    results_timelines(ui, v, r, a);
}

ResultsIntent screen_results(Ui *ui, Rect area, const Aggregate *a, ResultsView *v)
{
    ResultsIntent out = RESULTS_NONE;
    const Theme *t = ui_theme(ui);
    screen_kept_clear(&v->kept);
    ui_push_scope(ui, "results");
    Rect bar = screen_top_bar(ui, &area);
    Rect back = ui_cut_left(&bar, screen_button_w(ui, "\xE2\x80\xB9 Back"));
    if (ui_button(ui, ui_id(ui, "back"), back, "\xE2\x80\xB9 Back") || ui_take_key(ui, KEY_ESCAPE, 0))
        out = RESULTS_BACK;
    ui_cut_left(&bar, ui_px(ui, SP_M));
    if (a && a->count) {
        Rect clear = ui_cut_right(&bar, screen_button_w(ui, "Clear results"));
        if (ui_button(ui, ui_id(ui, "clear"), clear, "Clear results")) out = RESULTS_CLEAR;
    }
    results_text(ui, v, bar, "Workshop results", FONT_BOLD, t->text);
    Rect view = ui_scroll_region(ui, ui_id(ui, "scroll"), area, &v->scroll, v->content);
    ui_push_clip(ui, view);
    Rect col = screen_column(ui, view, 1100);
    Rect c = {col.x, col.y + ui_px(ui, SP_L) - v->scroll.offset, col.w, SCREEN_UNBOUNDED};
    int start = c.y;
    results_body(ui, v, &c, a);
    v->content = c.y - start + ui_px(ui, SP_XL);
    ui_pop_clip(ui);
    ui_pop_scope(ui);
    return out;
}
