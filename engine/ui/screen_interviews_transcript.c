/* screen_interviews_transcript.c: the shown person's interview as a chat:
 * their intro, then each question and answer with the facts it revealed.
 * Items are measured once (again when the turns, the width or the fonts
 * change) and only the visible ones are drawn. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/gameclock.h"
#include "core/util.h"
#include "screen_interviews_internal.h"

#define DOT " \xC2\xB7 "

static const char NOT_FOLLOWED[] = "I'm not sure I follow; could you ask that another way?";
static const char GUARDED[] = "I'd rather not get into that right now.";

/* Sizes shared by measuring and drawing, so the two cannot disagree. */
typedef struct TxGeom { int pad, bpad, maxw, textw, chip_pad, tick_w; } TxGeom;

static TxGeom tx_geom(Ui *ui, int w)
{
    TxGeom g = {ui_px(ui, SP_M), ui_px(ui, SP_S + SP_XS), 0, 0, ui_px(ui, SP_S), 0};
    g.maxw = (w - 2 * g.pad) * 4 / 5;
    g.textw = g.maxw - 2 * g.bpad;
    g.tick_w = ui_text_width(ui, "\xE2\x9C\x93", FONT_BOLD) + ui_px(ui, SP_S);
    return g;
}

static const char *question_text(const Session *s, const InterviewTurn *t)
{
    return t->typed ? t->typed : s->sc->questions[t->question].text;
}

/* What the person said; a non-answer is italic. */
static const char *answer_text(const Session *s, const InterviewTurn *t, FontStyle *style)
{
    *style = FONT_ITALIC;
    if (t->question < 0) return NOT_FOLLOWED;
    if (t->answer < 0) return GUARDED;
    *style = FONT_REGULAR;
    return s->sc->questions[t->question].answers[t->answer].text;
}

/* Facts this turn was the first to reveal: the notebook's entries. */
static int turn_facts(const Session *s, int turn, int *out, int max)
{
    const InterviewTurn *t = &s->turns[turn];
    if (t->question < 0 || t->answer < 0) return 0;
    const IdxList *facts = &s->sc->questions[t->question].answers[t->answer].facts;
    int n = 0;
    for (int k = 0; k < facts->n && n < max; k++)
        if (s->learned_from[facts->v[k]] == turn) out[n++] = facts->v[k];
    return n;
}

static int fit_width(Ui *ui, const TxGeom *g, const char *a, FontStyle as, const char *b, FontStyle bs)
{
    int w = ui_text_width(ui, a, as), wb = ui_text_width(ui, b, bs);
    w = (w > wb ? w : wb) + 2 * g->bpad;
    return w < g->maxw ? w : g->maxw;
}

/* The participant's question, right-aligned; returns its height. */
static int tx_question(Ui *ui, InterviewsView *v, const Session *s, const InterviewTurn *t, const TxGeom *g,
                       Rect r, bool draw)
{
    const Theme *t_ = ui_theme(ui);
    char meta[128], when[48];
    gameclock_format(t->minute, when, sizeof when);
    snprintf(meta, sizeof meta, "You" DOT "%s" DOT "%s", screen_interviews_kind_label(t->kind), when);
    const char *text = question_text(s, t);
    int reg = ui_line_height(ui, FONT_REGULAR), xs = ui_px(ui, SP_XS);
    int h = 2 * g->bpad + reg + xs + screen_text_height(ui, text, FONT_REGULAR, g->textw);
    if (!draw) return h;
    int w = fit_width(ui, g, meta, FONT_REGULAR, text, FONT_REGULAR);
    Rect b = {r.x + r.w - g->pad - w, r.y, w, h};
    ui_box(ui, b, ui_px(ui, 10), screen_tint(t_, t_->accent), t_->accent, ui_px(ui, 1));
    Rect in = ui_inset(b, g->bpad);
    screen_interviews_text(ui, v, ui_cut_top(&in, reg), meta, FONT_REGULAR, t_->text_muted);
    ui_cut_top(&in, xs);
    screen_interviews_wrapped(ui, v, (Rect){in.x, in.y, g->textw, in.h}, text, FONT_REGULAR, t_->text);
    return h;
}

static int chip_h(Ui *ui, const TxGeom *g, const char *text)
{
    return screen_text_height(ui, text, FONT_REGULAR, g->textw - 2 * g->chip_pad - g->tick_w) + 2 * g->chip_pad;
}

static void draw_chip(Ui *ui, InterviewsView *v, const TxGeom *g, Rect c, const char *text)
{
    const Theme *t = ui_theme(ui);
    ui_box(ui, c, ui_px(ui, 6), screen_tint(t, t->success), t->success, ui_px(ui, 1));
    Rect in = ui_inset(c, g->chip_pad);
    ui_text(ui, (Rect){in.x, in.y, g->tick_w, ui_line_height(ui, FONT_REGULAR)}, "\xE2\x9C\x93", FONT_BOLD, t->success);
    screen_interviews_say(v, "Noted:");
    Rect body = {in.x + g->tick_w, in.y, in.w - g->tick_w, in.h};
    screen_interviews_wrapped(ui, v, body, text, FONT_REGULAR, t->text);
}

/* The person's answer, left-aligned, with its facts as chips. */
static int tx_answer(Ui *ui, InterviewsView *v, const Session *s, int turn, const TxGeom *g, Rect r, bool draw)
{
    const Theme *t_ = ui_theme(ui);
    const InterviewTurn *t = &s->turns[turn];
    FontStyle style;
    const char *text = answer_text(s, t, &style), *name = screen_interviews_name(s->sc, t->interviewee);
    int facts[32], nf = turn_facts(s, turn, facts, 32);
    int bold = ui_line_height(ui, FONT_BOLD), xs = ui_px(ui, SP_XS), gap = ui_px(ui, SP_S);
    int h = 2 * g->bpad + bold + xs + screen_text_height(ui, text, style, g->textw);
    for (int k = 0; k < nf; k++) h += gap + chip_h(ui, g, s->sc->facts[facts[k]].text);
    if (!draw) return h;
    const char *mood = screen_mood(t->candor);
    int w = nf ? g->maxw : fit_width(ui, g, name, FONT_BOLD, text, style);
    int head_w = ui_text_width(ui, name, FONT_BOLD) + ui_px(ui, SP_M + 10 + SP_S) +
                 ui_text_width(ui, mood, FONT_REGULAR);
    w = head_w + 2 * g->bpad > w ? (head_w + 2 * g->bpad < g->maxw ? head_w + 2 * g->bpad : g->maxw) : w;
    Rect b = {r.x + g->pad, r.y, w, h};
    ui_box(ui, b, ui_px(ui, 10), t_->panel, t_->border, ui_px(ui, 1));
    Rect in = ui_inset(b, g->bpad);
    Rect head = ui_cut_top(&in, bold);
    ui_cut_left(&head, screen_interviews_text(ui, v, head, name, FONT_BOLD, t_->text) + ui_px(ui, SP_M));
    ui_cut_left(&head, screen_interviews_dot(ui, head, screen_mood_color(t_, t->candor)));
    screen_interviews_text(ui, v, head, mood, FONT_REGULAR, t_->text_muted);
    ui_cut_top(&in, xs);
    int th = screen_interviews_wrapped(ui, v, (Rect){in.x, in.y, g->textw, in.h}, text, style,
                                       style == FONT_ITALIC ? t_->text_muted : t_->text);
    ui_cut_top(&in, th);
    for (int k = 0; k < nf; k++) {
        const char *ft = s->sc->facts[facts[k]].text;
        ui_cut_top(&in, gap);
        draw_chip(ui, v, g, ui_cut_top(&in, chip_h(ui, g, ft)), ft);
    }
    return h;
}

/* Item i of the shown person's transcript at r (its top-left, the pane's
 * width): 0 is the intro, i >= 1 the turn tx_turn[i - 1]. Returns its
 * height, gap after it included; draws only when asked. */
static int tx_item(Ui *ui, const Session *s, InterviewsView *v, int i, Rect r, bool draw)
{
    TxGeom g = tx_geom(ui, r.w);
    if (i == 0) {
        const Theme *t = ui_theme(ui);
        const char *intro = s->sc->interviewees[v->tx_person].intro;
        char joins[200];
        snprintf(joins, sizeof joins, "%s joins the call.", screen_interviews_name(s->sc, v->tx_person));
        const char *text = intro ? intro : joins;
        int h = screen_text_height(ui, text, FONT_ITALIC, r.w - 2 * g.pad);
        Rect box = {r.x + g.pad, r.y, r.w - 2 * g.pad, h};
        if (draw) screen_interviews_wrapped(ui, v, box, text, FONT_ITALIC, t->text_muted);
        return h + ui_px(ui, SP_L);
    }
    const InterviewTurn *t = &s->turns[v->tx_turn[i - 1]];
    int qh = tx_question(ui, v, s, t, &g, r, draw);
    r.y += qh + ui_px(ui, SP_S);
    int ah = tx_answer(ui, v, s, v->tx_turn[i - 1], &g, r, draw);
    return qh + ui_px(ui, SP_S) + ah + ui_px(ui, SP_L);
}

/* Measures the items again when what they show or their width changed;
 * a new turn of the same person (or another person) scrolls to the end. */
static void tx_layout(Ui *ui, const Session *s, InterviewsView *v, int w)
{
    unsigned gen = platform_font_generation(ui_platform(ui));
    if (v->tx_session == s && v->tx_person == v->person && v->tx_turns == s->turn_count &&
        v->tx_actions == s->action_count && v->tx_width == w && v->tx_gen == gen)
        return;
    /* a reader at the end stays there through a resize */
    bool at_end = v->tx_count && v->tx_scroll.offset + v->tx_view_h >= v->tx_top[v->tx_count] - 1;
    bool follow = at_end || v->tx_person != v->person || v->tx_turns != s->turn_count;
    if (s->turn_count + 2 > v->tx_cap) {
        v->tx_cap = (s->turn_count + 2) * 2;
        v->tx_turn = xrealloc(v->tx_turn, sizeof *v->tx_turn * (size_t)v->tx_cap);
        v->tx_top = xrealloc(v->tx_top, sizeof *v->tx_top * (size_t)v->tx_cap);
    }
    v->tx_session = s, v->tx_person = v->person, v->tx_turns = s->turn_count;
    v->tx_actions = s->action_count, v->tx_width = w, v->tx_gen = gen;
    v->tx_count = 1;
    for (int k = 0; k < s->turn_count; k++)
        if (s->turns[k].interviewee == v->person) v->tx_turn[v->tx_count++ - 1] = k;
    v->tx_top[0] = ui_px(ui, SP_M);
    for (int i = 0; i < v->tx_count; i++)
        v->tx_top[i + 1] = v->tx_top[i] + tx_item(ui, s, v, i, (Rect){0, 0, w, 0}, false);
    if (follow) v->tx_scroll.offset = 1 << 28;        /* clamped to the end by the region */
}

void screen_interviews_transcript(Ui *ui, Rect r, const Session *s, InterviewsView *v)
{
    ui_fill(ui, r, ui_theme(ui)->background);
    int w = r.w - ui_px(ui, 12);                      /* the scroll bar's room, always kept */
    tx_layout(ui, s, v, w);
    int content = v->tx_top[v->tx_count];
    Rect view = ui_scroll_region(ui, ui_id(ui, "transcript"), r, &v->tx_scroll, content);
    v->tx_view_h = view.h;
    ui_push_clip(ui, view);
    int off = v->tx_scroll.offset, i = screen_first_below(v->tx_top, v->tx_count, off);
    v->tx_drawn = 0;
    for (; i < v->tx_count && v->tx_top[i] < off + view.h; i++, v->tx_drawn++)
        tx_item(ui, s, v, i, (Rect){view.x, view.y + v->tx_top[i] - off, w, 0}, true);
    ui_pop_clip(ui);
}
