/* screen_interviews.c: the Interviews section's frame: the checklist until
 * people are chosen, then the people on the left, the conversation in the
 * centre and the notebook, feedback and calibration note on the right. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_interviews_internal.h"

static const char *const SIDE_LABELS[INTERVIEWS_TAB_COUNT] = {"Notebook", "How it went", "Calibration"};
static const char *const NARROW_LABELS[1 + INTERVIEWS_TAB_COUNT] = {
    "Conversation", "Notebook", "How it went", "Calibration"};
static const char change_label[] = "Change who you interview";

static void interviews_build(InterviewsView *v, const Scenario *sc)
{
    screen_interviews_free(v);
    v->sc = sc, v->sc_hash = sc->content_hash;
    size_t ni = (size_t)sc->interviewee_count + 1, nq = (size_t)sc->question_count + 1;
    v->checks = xcalloc(ni, sizeof *v->checks);
    v->rows = xcalloc(ni, sizeof *v->rows);
    v->check_rect = xcalloc(ni, sizeof *v->check_rect);
    v->offered = xcalloc(nq, sizeof *v->offered);
    v->q_rect = xcalloc(nq, sizeof *v->q_rect);
    v->person = -1, v->tx_person = -1;
    /* placeholders are drawn on one line: short enough for a narrow pane */
    ui_text_edit_init(&v->why, NULL, true);
    v->why.max_len = ACTION_MAX_TEXT;
    v->why.placeholder = "Who detected, diagnosed or repaired it? Who knew what others did not?";
    ui_text_edit_init(&v->typed, NULL, false);
    v->typed.max_len = ACTION_MAX_QUESTION;
    v->typed.placeholder = "Ask in your own words, then press Enter";
    ui_text_edit_init(&v->cal, NULL, true);
    v->cal.max_len = ACTION_MAX_TEXT;
    v->cal.placeholder = "Write the note here";
}

void screen_interviews_free(InterviewsView *v)
{
    free(v->checks);
    free(v->rows);
    free(v->check_rect);
    free(v->offered);
    free(v->q_rect);
    free(v->tx_turn);
    free(v->tx_top);
    free(v->cal_seen);
    free(v->shown.s);
    ui_text_edit_free(&v->why);
    ui_text_edit_free(&v->typed);
    ui_text_edit_free(&v->cal);
    *v = (InterviewsView){0};
}

/* ---- the frame ---- */

static bool draw_header(Ui *ui, Rect *area, const Session *s, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    Rect in = screen_section_bar(ui, area);
    v->change_rect = ui_cut_right(&in, screen_button_w(ui, change_label));
    char line[160];
    snprintf(line, sizeof line, "You chose %d %s to interview " "\xC2\xB7" " %d fact%s learned so far",
             s->chosen_count, s->chosen_count == 1 ? "person" : "people", s->learned_count,
             s->learned_count == 1 ? "" : "s");
    int w = screen_interviews_text(ui, v, in, "Interviews", FONT_BOLD, t->text);
    ui_cut_left(&in, w + ui_px(ui, SP_M));
    screen_interviews_text(ui, v, in, line, FONT_REGULAR, t->text_muted);
    UiId id = ui_id(ui, "change");
    screen_interviews_say(v, change_label);
    bool hit = ui_button(ui, id, v->change_rect, change_label);
    ui_tooltip(ui, id, v->change_rect, s->choose_why ? s->choose_why : "Choose again whom to talk to, and say why.");
    return hit;
}

/* The chosen people, and anyone already interviewed who no longer is. */
static void rows_build(const Session *s, InterviewsView *v)
{
    v->row_count = 0;
    for (int iv = 0; iv < s->sc->interviewee_count; iv++)
        if (s->interviews[iv].chosen || s->interviews[iv].asked) v->rows[v->row_count++] = iv;
}

static void draw_person_row(Ui *ui, InterviewsView *v, Rect row, const Session *s, int iv)
{
    const Theme *t = ui_theme(ui);
    const InterviewState *st = &s->interviews[iv];
    const Interviewee *x = &s->sc->interviewees[iv];
    int pad = ui_px(ui, SP_M), reg = ui_line_height(ui, FONT_REGULAR);
    Rect r = {row.x + pad, row.y + ui_px(ui, SP_S + SP_XS), row.w - 2 * pad, row.h};
    screen_interviews_text(ui, v, ui_cut_top(&r, ui_line_height(ui, FONT_BOLD)), screen_interviews_name(s->sc, iv),
                           FONT_BOLD, t->text);
    Rect line = ui_cut_top(&r, reg);
    bool away = !screen_interviews_available(s, iv);
    char text[128];
    if (!st->chosen) snprintf(text, sizeof text, "not on your list now");
    else if (away) snprintf(text, sizeof text, "away");
    else snprintf(text, sizeof text, "%s \xC2\xB7 %s", x->disposition ? x->disposition : "calm",
                  screen_mood(st->candor));
    Color dot = away || !st->chosen ? t->border : screen_mood_color(t, st->candor);
    ui_cut_left(&line, screen_interviews_dot(ui, line, dot));
    screen_interviews_text(ui, v, line, text, FONT_REGULAR, away ? t->text_muted : t->text);
    if (st->asked)
        snprintf(text, sizeof text, "%d question%s \xC2\xB7 %d min", st->asked, st->asked == 1 ? "" : "s", st->minutes);
    else snprintf(text, sizeof text, "not asked anything yet");
    screen_interviews_text(ui, v, ui_cut_top(&r, reg), text, FONT_REGULAR, t->text_muted);
}

static void draw_people(Ui *ui, Rect r, const Session *s, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->panel_alt);
    rows_build(s, v);
    v->people.selected = -1;
    for (int i = 0; i < v->row_count; i++)
        if (v->rows[i] == v->person) v->people.selected = i;
    if (v->people.selected < 0 && v->row_count) v->people.selected = 0;
    int row_h = ui_line_height(ui, FONT_BOLD) + 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 2 * (SP_S + SP_XS));
    int i;
    Rect row;
    ui_list_begin(ui, ui_id(ui, "people"), r, &v->people, v->row_count, row_h);
    while (ui_list_row(ui, &v->people, &i, &row)) {
        draw_person_row(ui, v, row, s, v->rows[i]);
        ui_fill(ui, (Rect){row.x, row.y + row.h - 1, row.w, 1}, t->border);
    }
    ui_list_end(ui, &v->people);
    v->person = v->people.selected >= 0 ? v->rows[v->people.selected] : -1;
}

static bool draw_side(Ui *ui, Rect r, const Session *s, InterviewsView *v, InterviewsTab tab, Action *out)
{
    if (tab == INTERVIEWS_NOTEBOOK) screen_interviews_notebook(ui, r, s, v);
    else if (tab == INTERVIEWS_FEEDBACK) screen_interviews_feedback(ui, r, s, v);
    else return screen_interviews_calibration(ui, r, s, v, out);
    return false;
}

/* A strip of tabs cut off the top of *r. */
static int draw_tabs(Ui *ui, Rect *r, InterviewsView *v, const char *const *labels, int count, int selected)
{
    const Theme *t = ui_theme(ui);
    Rect strip = ui_cut_top(r, screen_button_h(ui) + ui_px(ui, SP_S));
    ui_fill(ui, strip, t->panel);
    ui_fill(ui, (Rect){strip.x, strip.y + strip.h - 1, strip.w, 1}, t->border);
    v->tabs_rect = (Rect){strip.x + ui_px(ui, SP_S), strip.y + ui_px(ui, SP_XS), strip.w - ui_px(ui, SP_M),
                          strip.h - ui_px(ui, SP_XS)};
    for (int k = 0; k < count; k++) screen_interviews_say(v, labels[k]);
    return ui_tabs(ui, ui_id(ui, "tabs"), v->tabs_rect, labels, count, selected);
}

static bool draw_talk_layout(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out)
{
    const Theme *t = ui_theme(ui);
    if (draw_header(ui, &r, s, v)) screen_interviews_choose_start(v, s);
    int lw = r.w / 5, rw = r.w * 8 / 25;
    lw = lw < ui_px(ui, 200) ? ui_px(ui, 200) : lw > ui_px(ui, 260) ? ui_px(ui, 260) : lw;
    rw = rw < ui_px(ui, 320) ? ui_px(ui, 320) : rw > ui_px(ui, 420) ? ui_px(ui, 420) : rw;
    Rect left = ui_cut_left(&r, lw);
    ui_fill(ui, ui_cut_left(&r, 1), t->border);
    draw_people(ui, left, s, v);
    v->narrow = r.w - rw < ui_px(ui, 440);
    bool acted = false;
    if (v->narrow) {
        v->tab = draw_tabs(ui, &r, v, NARROW_LABELS, 1 + INTERVIEWS_TAB_COUNT, v->tab);
        if (v->tab == 0) acted = screen_interviews_talk(ui, r, s, v, out);
        else acted = draw_side(ui, r, s, v, (InterviewsTab)(v->tab - 1), out);
        return acted;
    }
    Rect side = ui_cut_right(&r, rw);
    ui_fill(ui, ui_cut_right(&r, 1), t->border);
    acted = screen_interviews_talk(ui, r, s, v, out);      /* first: the Tab order follows the eye */
    ui_fill(ui, side, t->panel_alt);
    v->side = (InterviewsTab)draw_tabs(ui, &side, v, SIDE_LABELS, INTERVIEWS_TAB_COUNT, v->side);
    Action a = {0};
    if (!draw_side(ui, side, s, v, v->side, &a)) return acted;
    if (acted) action_clear(&a);        /* one action a frame: the first wins */
    else *out = a;
    return true;
}

static void clear_rects(InterviewsView *v)
{
    memset(v->check_rect, 0, sizeof *v->check_rect * (size_t)v->sc->interviewee_count);
    memset(v->q_rect, 0, sizeof *v->q_rect * (size_t)v->sc->question_count);
    v->why_rect = v->start_rect = v->cancel_rect = v->change_rect = (Rect){0};
    v->typed_rect = v->cal_rect = v->save_rect = v->tabs_rect = (Rect){0};
    screen_kept_clear(&v->shown);
}

bool screen_interviews(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out)
{
    const Scenario *sc = s->sc;
    if (v->sc != sc || v->sc_hash != sc->content_hash) interviews_build(v, sc);
    clear_rects(v);
    ui_push_scope(ui, "interviews");
    ui_fill(ui, r, ui_theme(ui)->background);
    bool acted;
    if (!s->chosen_count || v->choosing) acted = screen_interviews_choose(ui, r, s, v, out);
    else acted = draw_talk_layout(ui, r, s, v, out);
    ui_pop_scope(ui);
    return acted;
}
