/* screen_home_path.c: the onboarding path across the top of home: one card
 * per curriculum step (done with its best score, the next one highlighted
 * with its objectives, locked ones with what they wait for) and a Start
 * next button, so a newcomer never has to work out what to play. */
#include <stdio.h>
#include <stdlib.h>
#include "screen_common.h"
#include "screen_home.h"

#define PATH_PER_ROW 4
#define PATH_MAX_OBJECTIVES 5

static int path_text(Ui *ui, HomeView *v, Rect r, const char *text, FontStyle style, Color c)
{
    if (v->keep_words) screen_kept_add(&v->shown, text);
    return ui_text(ui, r, text, style, c);
}

/* "✓ Done · best 82.5", "→ Next · pass at 70", "🔒 Locked" ... */
static void path_state_line(const HomePathStep *s, char *buf, size_t size)
{
    switch (s->state) {
    case HOME_STEP_DONE:
        snprintf(buf, size, "\xE2\x9C\x93 Done \xC2\xB7 best %.1f", s->best);
        break;
    case HOME_STEP_NEXT:
    case HOME_STEP_OPEN:
        if (s->attempts > 0)
            snprintf(buf, size, "%s \xC2\xB7 best %.1f, pass at %.0f", s->state == HOME_STEP_NEXT ?
                     "\xE2\x86\x92 Next" : "Open", s->best, s->pass);
        else
            snprintf(buf, size, "%s \xC2\xB7 pass at %.0f", s->state == HOME_STEP_NEXT ? "\xE2\x86\x92 Next" : "Open",
                     s->pass);
        break;
    case HOME_STEP_LOCKED:
        snprintf(buf, size, "\xF0\x9F\x94\x92 Locked");
        break;
    }
}

static int path_objectives_h(Ui *ui, const HomePathStep *s, int w)
{
    int h = 0, indent = ui_px(ui, SP_M + SP_XS);
    for (int k = 0; k < s->objective_count && k < PATH_MAX_OBJECTIVES; k++)
        h += screen_text_height(ui, s->objectives[k], FONT_REGULAR, w - indent) + ui_px(ui, SP_XS);
    return h;
}

/* Every card of the path is as tall as the tallest: title, state, then
 * the next step's objectives or a locked step's requirements. */
static int path_card_h(Ui *ui, const HomePath *p, int inner_w)
{
    int lh = ui_line_height(ui, FONT_REGULAR), extra = 0;
    for (int i = 0; i < p->count; i++) {
        const HomePathStep *s = &p->steps[i];
        int h = s->state == HOME_STEP_NEXT ? path_objectives_h(ui, s, inner_w) + ui_px(ui, SP_XS)
                : s->requires ? screen_text_height(ui, s->requires, FONT_REGULAR, inner_w) : 0;
        if (h > extra) extra = h;
    }
    return 2 * ui_px(ui, SP_S) + 2 * lh + ui_px(ui, SP_XS) + extra;
}

static Color path_state_color(const Theme *t, HomeStepState st)
{
    return st == HOME_STEP_DONE ? t->success : st == HOME_STEP_NEXT ? t->accent
         : st == HOME_STEP_OPEN ? t->text : t->text_muted;
}

static void path_card(Ui *ui, Rect r, const HomePathStep *s, int index, HomeView *v)
{
    const Theme *t = ui_theme(ui);
    bool next = s->state == HOME_STEP_NEXT;
    ui_box(ui, r, ui_px(ui, 4), next ? screen_tint(t, t->accent) : t->panel, next ? t->accent : t->border,
           next ? ui_px(ui, 2) : 1);
    Rect in = ui_inset(r, ui_px(ui, SP_S));
    ui_push_clip(ui, in);
    int lh = ui_line_height(ui, FONT_REGULAR);
    char buf[400];
    snprintf(buf, sizeof buf, "%d. %s", index + 1, s->title);
    path_text(ui, v, ui_cut_top(&in, lh), buf, FONT_BOLD, s->state == HOME_STEP_LOCKED ? t->text_muted : t->text);
    ui_cut_top(&in, ui_px(ui, SP_XS));
    path_state_line(s, buf, sizeof buf);
    path_text(ui, v, ui_cut_top(&in, lh), buf, FONT_REGULAR, path_state_color(t, s->state));
    ui_cut_top(&in, ui_px(ui, SP_XS));
    if (next) {
        for (int k = 0; k < s->objective_count && k < PATH_MAX_OBJECTIVES; k++) {
            if (v->keep_words) screen_kept_add(&v->shown, s->objectives[k]);
            screen_bullet(ui, &in, s->objectives[k], t->text);
        }
    } else if (s->state == HOME_STEP_LOCKED && s->requires) {
        if (v->keep_words) screen_kept_add(&v->shown, s->requires);
        ui_text_wrapped(ui, in, s->requires, FONT_REGULAR, t->text_muted);
    }
    ui_pop_clip(ui);
    /* a card of a playable step selects it in the catalogue below */
    if (s->entry >= 0 && s->state != HOME_STEP_LOCKED && ui_clickable(ui, ui_id_int(ui, "path-step", index), r))
        v->list.selected = s->entry;
}

/* The title, the count done and the Start next button on one row. */
static void path_header(Ui *ui, Rect *area, const HomePath *p, HomeView *v, HomeIntent *out)
{
    const Theme *t = ui_theme(ui);
    Rect row = ui_cut_top(area, screen_button_h(ui));
    char buf[400];
    if (p->next >= 0 && p->steps[p->next].entry >= 0) {
        snprintf(buf, sizeof buf, "Start next: %s", p->steps[p->next].title);
        int w = screen_button_w(ui, buf);
        if (w > row.w / 2) w = row.w / 2;
        Rect b = ui_cut_right(&row, w);
        v->start_next_button = b;
        if (ui_button_primary(ui, ui_id(ui, "start-next"), b, buf)) *out = (HomeIntent){HOME_OPEN, p->steps[p->next].entry, 0};
    }
    v->change_button = (Rect){0};
    if (v->choices) {
        ui_cut_right(&row, ui_px(ui, SP_S));
        v->change_button = ui_cut_right(&row, screen_button_w(ui, "Change\xE2\x80\xA6"));
        if (ui_button(ui, ui_id(ui, "change"), v->change_button, "Change\xE2\x80\xA6")) screen_home_pick_open(ui, v);
        ui_tooltip(ui, ui_id(ui, "change"), v->change_button, "Choose the curriculum to follow, or whose progress this is.");
    }
    int lh = ui_line_height(ui, FONT_REGULAR);
    row.y += (row.h - lh) / 2, row.h = lh;
    int w = path_text(ui, v, row, p->title ? p->title : "Your path", FONT_BOLD, t->text);
    if (p->summary && p->summary[0]) {   /* what the path is for, in its author's words, on hover */
        Rect title = {row.x, row.y, w, row.h};
        UiId id = ui_id(ui, "path-title");
        ui_clickable(ui, id, title);
        ui_tooltip(ui, id, title, p->summary);
        if (v->keep_words) screen_kept_add(&v->shown, p->summary);
    }
    ui_cut_left(&row, w + ui_px(ui, SP_S));
    snprintf(buf, sizeof buf, "%d of %d done%s%s%s", p->done, p->count, p->next < 0 ? " \xE2\x80\x94 path complete" : "",
             p->profile ? " \xC2\xB7 profile " : "", p->profile ? p->profile : "");
    path_text(ui, v, row, buf, FONT_REGULAR, p->next < 0 ? t->success : t->text_muted);
    ui_cut_top(area, ui_px(ui, SP_S));
}

void screen_home_path(Ui *ui, Rect *area, const HomePath *p, HomeView *v, HomeIntent *out)
{
    if (v->keep_words) screen_kept_clear(&v->shown);
    ui_push_scope(ui, "path");
    screen_caption(ui, area, "YOUR PATH");
    path_header(ui, area, p, v, out);
    int per_row = p->count < PATH_PER_ROW ? p->count : PATH_PER_ROW, gap = ui_px(ui, SP_S);
    int card_w = (area->w - gap * (per_row - 1)) / per_row;
    int card_h = path_card_h(ui, p, card_w - 2 * ui_px(ui, SP_S));
    if (v->keep_words) v->step_rects = realloc(v->step_rects, sizeof *v->step_rects * (size_t)p->count);
    for (int i = 0; i < p->count; i += per_row) {
        Rect row = ui_cut_top(area, card_h);
        for (int k = i; k < p->count && k < i + per_row; k++) {
            Rect card = ui_cut_left(&row, card_w);
            ui_cut_left(&row, gap);
            if (v->keep_words) v->step_rects[k] = card;
            path_card(ui, card, &p->steps[k], k, v);
        }
        ui_cut_top(area, gap);
    }
    ui_cut_top(area, ui_px(ui, SP_M - SP_S));
    ui_pop_scope(ui);
}

void screen_home_free(HomeView *v)
{
    free(v->step_rects);
    v->step_rects = NULL;
    free(v->shown.s);
    v->shown = (StrBuf){0};
    ui_text_edit_free(&v->new_profile);
}
