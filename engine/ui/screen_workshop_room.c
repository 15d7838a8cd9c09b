/* screen_workshop_room.c: the room debrief of a workshop: every team's
 * total and categories as bars side by side, then each criterion with the
 * teams that met it, so the room talks about what differed and why. */
#include <stdio.h>
#include <string.h>
#include "screen_common.h"
#include "screen_workshop.h"

/* Team colours that stay apart in every theme (high contrast draws them
 * with a text-coloured outline). */
static Color room_team_color(const Theme *t, int team)
{
    static const Color palette[WORKSHOP_MAX_TEAMS] = {
        {37, 99, 235, 255}, {217, 119, 6, 255}, {22, 163, 74, 255}, {190, 24, 93, 255},
        {124, 58, 237, 255}, {8, 145, 178, 255}, {101, 163, 13, 255}, {220, 38, 38, 255}};
    (void)t;
    return palette[team % WORKSHOP_MAX_TEAMS];
}

/* One group of bars: a label on the left, a bar per team of pct (0..100). */
static void room_bars(Ui *ui, Rect *col, const char *label, const double *pct, const WorkshopTeamScore *teams,
                      int count)
{
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_REGULAR), bar_h = lh, gap = ui_px(ui, 2);
    Rect g = ui_cut_top(col, count * (bar_h + gap) + ui_px(ui, SP_S));
    Rect name = ui_cut_left(&g, ui_px(ui, 170));
    ui_text(ui, (Rect){name.x, name.y, name.w, lh}, label, FONT_BOLD, t->text);
    Rect num = ui_cut_right(&g, ui_px(ui, 190));
    for (int i = 0; i < count; i++) {
        Rect row = {g.x, g.y + i * (bar_h + gap), g.w, bar_h};
        ui_fill(ui, row, t->panel_alt);
        int w = (int)(row.w * (pct[i] < 0 ? 0 : pct[i]) / 100.0 + 0.5);
        Rect fill = {row.x, row.y, w, row.h};
        ui_fill(ui, fill, room_team_color(t, i));
        if (screen_high_contrast(t)) ui_frame(ui, row, t->text, 1);
        char txt[64];
        snprintf(txt, sizeof txt, "%s  %.1f", teams[i].name, pct[i]);
        ui_text(ui, (Rect){num.x + ui_px(ui, SP_S), row.y, num.w, row.h}, txt, FONT_REGULAR, t->text);
    }
}

static void room_criteria(Ui *ui, Rect *col, const Scenario *sc, const WorkshopTeamScore *teams, int count)
{
    const Theme *t = ui_theme(ui);
    screen_caption(ui, col, "EACH CRITERION: WHICH TEAMS MET IT");
    for (int k = 0; k < sc->criterion_count; k++) {
        const Criterion *c = &sc->criteria[k];
        char met[256] = "";
        size_t len = 0;
        for (int i = 0; i < count; i++)
            if (teams[i].played && teams[i].score.criteria[k].met)
                len += (size_t)snprintf(met + len, len < sizeof met ? sizeof met - len : 0, "%s%s",
                                        len ? ", " : "", teams[i].name);
        char line[640];
        snprintf(line, sizeof line, "%s  \xE2\x80\x94  %s", c->title ? c->title : c->id, len ? met : "no team");
        screen_bullet(ui, col, line, len ? t->text : t->text_muted);
    }
}

void screen_workshop_room(Ui *ui, Rect area, const Scenario *sc, const WorkshopTeamScore *teams,
                          int count, WorkshopView *v)
{
    const Theme *t = ui_theme(ui);
    ui_push_scope(ui, "workshop-room");
    ui_fill(ui, area, t->background);
    Rect view = ui_scroll_region(ui, ui_id(ui, "room"), area, &v->room_scroll, v->room_scroll.content);
    ui_push_clip(ui, view);
    Rect col = screen_column(ui, ui_inset(view, ui_px(ui, SP_L)), 1100);
    col.y -= v->room_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    screen_para(ui, &col, "Room debrief: the teams side by side", FONT_BOLD, t->text, SP_S);
    screen_para(ui, &col, "Each team's log replayed and scored against the rubric. Where the teams differ is "
                "where the room has most to talk about.", FONT_REGULAR, t->text_muted, SP_L);
    double pct[WORKSHOP_MAX_TEAMS];
    for (int i = 0; i < count; i++) pct[i] = teams[i].score.total;
    room_bars(ui, &col, "Total", pct, teams, count);
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        bool any = false;
        for (int i = 0; i < count; i++) {
            any |= teams[i].score.cat_possible[c] > 0;
            pct[i] = rubric_percent(teams[i].score.cat_earned[c], teams[i].score.cat_possible[c]);
        }
        static const char *const labels[CATEGORY_COUNT] = {
            "Investigation", "Interviews", "Facilitation", "Analysis", "Action items"};
        if (any) room_bars(ui, &col, labels[c], pct, teams, count);
    }
    ui_cut_top(&col, ui_px(ui, SP_L));
    room_criteria(ui, &col, sc, teams, count);
    v->room_scroll.content = col.y - top + ui_px(ui, 2 * SP_L);
    ui_pop_clip(ui);
    Rect close = {area.x + area.w - screen_button_w(ui, "Close (Esc)") - ui_px(ui, SP_L), area.y + ui_px(ui, SP_M),
                  screen_button_w(ui, "Close (Esc)"), screen_button_h(ui)};
    if (ui_button(ui, ui_id(ui, "room-close"), close, "Close (Esc)") || ui_take_key(ui, KEY_ESCAPE, 0))
        v->room = false;
    ui_pop_scope(ui);
}
