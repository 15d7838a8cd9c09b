/* screen_debrief_score.c: the top of the Debrief: the total in big digits
 * beside a bar chart of the categories, then every criterion by category,
 * met or missed, with its feedback and links to where its evidence was. */
#include <stdio.h>
#include <string.h>
#include "screen_debrief_internal.h"

#define EV_FEW 4                 /* evidence links shown before "Show all" */

static const char *const CATEGORY_LABELS[CATEGORY_COUNT] = {
    "Investigation", "Interviews", "Facilitation", "Analysis", "Action items"};

const char *screen_debrief_category_label(Category c) { return CATEGORY_LABELS[c]; }

static int criteria_met(const Score *sc, const Scenario *scen, int category)
{
    int n = 0;
    for (int i = 0; i < sc->count; i++)
        n += sc->criteria[i].met && (category < 0 || (int)scen->criteria[i].category == category);
    return n;
}

/* One bar of the chart: the label, the track with the share earned, and
 * the figures in words. */
static void category_bar(Ui *ui, DebriefView *v, Rect row, Category c, int label_w, int fig_w)
{
    const Theme *t = ui_theme(ui);
    int earned = v->score.cat_earned[c], possible = v->score.cat_possible[c];
    Rect label = ui_cut_left(&row, label_w);
    screen_debrief_text(ui, v, label, CATEGORY_LABELS[c], FONT_REGULAR, t->text);
    Rect fig = ui_cut_right(&row, fig_w);
    char text[96];
    snprintf(text, sizeof text, "%d of %d" DEBRIEF_DOT "%.1f%%", earned, possible, rubric_percent(earned, possible));
    screen_debrief_text(ui, v, (Rect){fig.x + ui_px(ui, SP_M), fig.y, fig.w - ui_px(ui, SP_M), fig.h}, text,
                        FONT_REGULAR, t->text_muted);
    if (v->measuring) return;
    int bh = ui_px(ui, 14);
    Rect track = {row.x, row.y + (row.h - bh) / 2, row.w, bh};
    ui_box(ui, track, ui_px(ui, 4), screen_high_contrast(t) ? t->panel : t->hover, t->border, 1);
    int w = possible > 0 ? (int)((long long)track.w * earned / possible) : 0;
    if (w > 0) ui_fill_rounded(ui, (Rect){track.x, track.y, w, track.h}, ui_px(ui, 4), t->accent);
    for (int q = 1; q < 4; q++)            /* quarters, so a bar reads at a glance */
        ui_fill(ui, (Rect){track.x + track.w * q / 4, track.y + bh / 4, 1, bh / 2},
                q * track.w / 4 < w ? t->accent_text : t->border);
}

static void score_chart(Ui *ui, DebriefView *v, Rect *r)
{
    int label_w = 0, fig_w = ui_text_width(ui, "000 of 000 \xC2\xB7 100.0%", FONT_REGULAR) + ui_px(ui, SP_M);
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        int w = ui_text_width(ui, CATEGORY_LABELS[c], FONT_REGULAR);
        if (w > label_w) label_w = w;
    }
    label_w += ui_px(ui, SP_M);
    int row_h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_S);
    for (int c = 0; c < CATEGORY_COUNT; c++)
        if (v->score.cat_possible[c]) category_bar(ui, v, ui_cut_top(r, row_h), (Category)c, label_w, fig_w);
}

/* The total: big digits, "of 100", the points and the criteria met. */
static void score_total(Ui *ui, DebriefView *v, Rect *r, const Session *s)
{
    const Theme *t = ui_theme(ui);
    const Score *sc = &v->score;
    char text[160];
    screen_debrief_caption(ui, v, r, "YOUR SCORE");
    snprintf(text, sizeof text, "%.1f", sc->total);
    int h = ui_px(ui, 56);
    Rect big = ui_cut_top(r, h);
    int w = screen_debrief_digits_width(ui, text, h);
    if (!v->measuring) screen_debrief_digits(ui, big, text, h, t->text);
    snprintf(text, sizeof text, "%.1f of 100", sc->total);
    screen_debrief_say(v, text);
    Rect of = {big.x + w + ui_px(ui, SP_S), big.y + big.h - ui_line_height(ui, FONT_BOLD), big.w, ui_line_height(ui, FONT_BOLD)};
    screen_debrief_text(ui, v, of, "of 100", FONT_BOLD, t->text_muted);
    ui_cut_top(r, ui_px(ui, SP_S));
    snprintf(text, sizeof text, "%d of %d points", sc->earned, sc->possible);
    screen_debrief_para(ui, v, r, text, FONT_REGULAR, t->text, SP_XS);
    int n = snprintf(text, sizeof text, "%d of %d criteria met", criteria_met(sc, s->sc, -1), s->sc->criterion_count);
    if (s->hint_count && n > 0 && (size_t)n < sizeof text)
        snprintf(text + n, sizeof text - (size_t)n, DEBRIEF_DOT "%d hint%s taken", s->hint_count,
                 s->hint_count == 1 ? "" : "s");
    screen_debrief_para(ui, v, r, text, FONT_REGULAR, t->text, 0);
}

/* The category with the most points still to earn: where to look first. */
static int score_weakest(const Score *sc)
{
    int best = -1, gap = 0;
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        int g = sc->cat_possible[c] - sc->cat_earned[c];
        if (g > gap) gap = g, best = c;
    }
    return best;
}

static void score_notes(Ui *ui, DebriefView *v, Rect *r)
{
    const Theme *t = ui_theme(ui);
    const Score *sc = &v->score;
    char text[320];
    int weak = score_weakest(sc), errors = 0;
    for (int i = 0; i < sc->count; i++) errors += sc->criteria[i].error != NULL;
    if (!sc->possible) {
        screen_debrief_para(ui, v, r, "This scenario has no rubric, so nothing is scored. The rest of the "
                            "debrief still shows the path you took and what the incident involved.",
                            FONT_REGULAR, t->text, SP_XS);
    } else if (weak >= 0) {
        snprintf(text, sizeof text, "Most left to learn: %s, %d of %d points still open. Its criteria below say "
                 "what was missed and where the evidence was.", CATEGORY_LABELS[weak],
                 sc->cat_possible[weak] - sc->cat_earned[weak], sc->cat_possible[weak]);
        screen_debrief_para(ui, v, r, text, FONT_REGULAR, t->text, SP_XS);
    } else {
        screen_debrief_para(ui, v, r, "Every criterion met. Read on for how an experienced reviewer saw it, and "
                            "the path you took.", FONT_REGULAR, t->text, SP_XS);
    }
    if (errors) {
        snprintf(text, sizeof text, "%d criteri%s could not be evaluated: the scenario has a bug "
                 "(run 'incident-dojo check').", errors, errors == 1 ? "on" : "a");
        screen_debrief_para(ui, v, r, text, FONT_REGULAR, t->danger, SP_XS);
    }
    screen_debrief_para(ui, v, r, "The score counts what your pins, notes, interviews, meeting and report show "
                        "now; it changes as you go on.", FONT_ITALIC, t->text_muted, 0);
}

void screen_debrief_score(Ui *ui, DebriefView *v, Rect *r, const Session *s)
{
    ui_cut_top(r, ui_px(ui, SP_L));
    int left_w = ui_px(ui, 260);
    bool wide = r->w >= left_w + ui_px(ui, 480);
    Rect left = *r, right = *r;
    if (wide) {
        left.w = left_w;
        right.x += left_w + ui_px(ui, SP_L), right.w -= left_w + ui_px(ui, SP_L);
    }
    score_total(ui, v, &left, s);
    if (!wide) right.y = left.y + ui_px(ui, SP_L);
    else screen_debrief_caption(ui, v, &right, "BY CATEGORY");
    score_chart(ui, v, &right);
    int bottom = left.y > right.y ? left.y : right.y;
    ui_cut_top(r, bottom - r->y + ui_px(ui, SP_M));
    score_notes(ui, v, r);
    ui_cut_top(r, ui_px(ui, SP_L));
}

void screen_debrief_category(Ui *ui, DebriefView *v, Rect *r, const Session *s, Category c)
{
    const Theme *t = ui_theme(ui);
    ui_cut_top(r, ui_px(ui, SP_M));
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_BOLD));
    int n = 0;
    for (int i = 0; i < s->sc->criterion_count; i++) n += s->sc->criteria[i].category == c;
    char text[128];
    snprintf(text, sizeof text, "%d of %d points" DEBRIEF_DOT "%d of %d met", v->score.cat_earned[c],
             v->score.cat_possible[c], criteria_met(&v->score, s->sc, (int)c), n);
    int w = screen_debrief_text(ui, v, line, CATEGORY_LABELS[c], FONT_BOLD, t->text);
    ui_cut_left(&line, w + ui_px(ui, SP_M));
    screen_debrief_text(ui, v, line, text, FONT_REGULAR, t->text_muted);
    ui_cut_top(r, ui_px(ui, SP_S));
    screen_rule(ui, r, SP_M);
}

/* The criterion's title with its mark on the left and points on the right. */
static void criterion_title(Ui *ui, DebriefView *v, Rect *in, const Criterion *c, const CriterionScore *cs, int mark_w)
{
    const Theme *t = ui_theme(ui);
    bool partial = !cs->met && cs->earned > 0;
    const char *mark = cs->met ? "\xE2\x9C\x93" : partial ? "\xE2\x97\x90" : "\xE2\x97\x8B";   /* check, half, open */
    Color mc = cs->met ? t->success : screen_caution(t);
    char pts[32];
    snprintf(pts, sizeof pts, "%d/%d", cs->earned, c->points);
    int pw = ui_text_width(ui, "000/000", FONT_BOLD);
    Rect head = *in;
    Rect pr = ui_cut_right(&head, pw);
    int th = screen_debrief_wrapped(ui, v, (Rect){head.x + mark_w, head.y, head.w - mark_w - ui_px(ui, SP_M), head.h},
                                    c->title, FONT_BOLD, t->text);
    if (!v->measuring) {
        ui_text(ui, (Rect){head.x, head.y, mark_w, ui_line_height(ui, FONT_BOLD)}, mark, FONT_BOLD, mc);
        int w = ui_text_width(ui, pts, FONT_BOLD);
        screen_debrief_text(ui, v, (Rect){pr.x + pr.w - w, pr.y, w, ui_line_height(ui, FONT_BOLD)}, pts, FONT_BOLD,
                            cs->met ? t->text : mc);
    }
    ui_cut_top(in, th + ui_px(ui, SP_XS));
}

static void criterion_evidence(Ui *ui, DebriefView *v, Rect *in, const Session *s, int i, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    int from = v->ev_from[i], n = v->ev_from[i + 1] - from;
    if (!n) return;
    ui_cut_top(in, ui_px(ui, SP_XS));
    screen_debrief_caption(ui, v, in, "WHERE THE EVIDENCE WAS");
    int shown = v->ev_all[i] || n <= EV_FEW + 1 ? n : EV_FEW;
    for (int k = 0; k < shown; k++) {
        Rect at = screen_debrief_link(ui, v, in, s, v->ev[from + k], ui_id_int(ui, "ev", from + k), out);
        if (!v->measuring) v->link_rect[from + k] = at;
    }
    if (shown == n) return;
    char more[64];
    snprintf(more, sizeof more, "Show all %d", n);
    Rect line = ui_cut_top(in, ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS));
    line.x += ui_px(ui, SP_M + SP_XS);
    line.w = ui_text_width(ui, more, FONT_REGULAR);
    screen_debrief_text(ui, v, line, more, FONT_REGULAR, t->accent);
    if (!v->measuring && ui_link(ui, ui_id_int(ui, "ev-all", i), line)) v->ev_all[i] = true;
}

void screen_debrief_criterion(Ui *ui, DebriefView *v, Rect *r, const Session *s, int i, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    const Criterion *c = &s->sc->criteria[i];
    const CriterionScore *cs = &v->score.criteria[i];
    int bar = ui_px(ui, 3), mark_w = ui_px(ui, SP_L), top = r->y;
    Rect in = {r->x + bar + ui_px(ui, SP_M), r->y + ui_px(ui, SP_XS), r->w - bar - ui_px(ui, SP_M), r->h};
    criterion_title(ui, v, &in, c, cs, mark_w);
    in.x += mark_w, in.w -= mark_w;
    const char *feedback = cs->met ? c->met : c->missed;
    if (feedback && *feedback) screen_debrief_para(ui, v, &in, feedback, FONT_REGULAR, t->text, SP_XS);
    if (cs->hinted) {
        char text[120];
        snprintf(text, sizeof text, "You took a hint here; it takes up to %d point%s off.", c->hint_cost,
                 c->hint_cost == 1 ? "" : "s");
        screen_debrief_para(ui, v, &in, text, FONT_REGULAR, t->text_muted, SP_XS);
    }
    if (cs->error) {
        char text[600];
        snprintf(text, sizeof text, "Could not be evaluated: %s", cs->error);
        screen_debrief_para(ui, v, &in, text, FONT_REGULAR, t->danger, SP_XS);
    }
    criterion_evidence(ui, v, &in, s, i, out);
    int h = in.y - top + ui_px(ui, SP_XS);
    if (!v->measuring) ui_fill(ui, (Rect){r->x, top, bar, h}, cs->met ? t->success : screen_caution(t));
    ui_cut_top(r, h + ui_px(ui, SP_L));
}
