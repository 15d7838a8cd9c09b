/* screen_meeting.c: the Meeting section's frame: the header with the clock
 * and the room's safety, the room and agenda on the left, the transcript
 * and the move palette on the right. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_meeting_internal.h"

static void meeting_build(MeetingView *v, const Scenario *sc)
{
    screen_meeting_free(v);
    v->sc = sc, v->sc_hash = sc->content_hash;
    v->seat_rect = xcalloc((size_t)sc->attendee_count + 1, sizeof *v->seat_rect);
    v->bar_w = xcalloc((size_t)sc->attendee_count + 1, sizeof *v->bar_w);
    v->tx_lines = -1;
}

void screen_meeting_free(MeetingView *v)
{
    free(v->tx_top);
    free(v->shown.s);
    free(v->seat_rect);
    free(v->bar_w);
    *v = (MeetingView){0};
}

/* The clock against the time box, and the room's safety, right-aligned. */
static void draw_header_state(Ui *ui, Rect *in, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    const MeetingState *m = &s->meeting;
    char text[96];
    int safety = m->safety < 0 ? 0 : m->safety > 100 ? 100 : m->safety;
    snprintf(text, sizeof text, "%d", safety);
    Rect num = ui_cut_right(in, ui_text_width(ui, "100", FONT_BOLD));
    screen_meeting_text(ui, v, num, text, FONT_BOLD, t->text);
    ui_cut_right(in, ui_px(ui, SP_S));
    Rect bar = ui_cut_right(in, ui_px(ui, 120));
    screen_meeting_bar(ui, (Rect){bar.x, bar.y + (bar.h - ui_px(ui, 8)) / 2, bar.w, ui_px(ui, 8)}, safety, 100,
                       screen_mood_color(t, safety));
    ui_tooltip(ui, ui_id(ui, "safety"), bar, "How safe the room feels, 0 to 100: safer rooms say more. "
               "Ground rules, redirected blame and summaries raise it; blame left standing lowers it.");
    ui_cut_right(in, ui_px(ui, SP_S));
    const char *label = "Room safety";
    screen_meeting_text(ui, v, ui_cut_right(in, ui_text_width(ui, label, FONT_REGULAR)), label, FONT_REGULAR,
                        t->text_muted);
    ui_cut_right(in, ui_px(ui, SP_L));
    bool over = m->minutes > s->sc->meeting_minutes;
    snprintf(text, sizeof text, "%d of %d min%s", m->minutes, s->sc->meeting_minutes, over ? ", over time" : "");
    screen_meeting_text(ui, v, ui_cut_right(in, ui_text_width(ui, text, FONT_BOLD)), text, FONT_BOLD,
                        over ? t->danger : t->text);
}

static void draw_header(Ui *ui, Rect *area, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    Rect in = screen_section_bar(ui, area);
    draw_header_state(ui, &in, s, v);
    ui_cut_right(&in, ui_px(ui, SP_M));
    const char *title = s->sc->meeting_title ? s->sc->meeting_title : "The review meeting";
    screen_meeting_text(ui, v, in, title, FONT_BOLD, t->text);
}

static void draw_none(Ui *ui, Rect r, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    Rect col = screen_column(ui, r, 640);
    ui_cut_top(&col, ui_px(ui, SP_XL));
    screen_meeting_para(ui, v, &col, "This scenario has no review meeting.", FONT_BOLD, t->text, SP_S);
    screen_meeting_para(ui, v, &col, "Its author wrote no attendees, so there is no meeting to facilitate: "
                        "what you learned goes straight into the report.", FONT_REGULAR, t->text_muted, 0);
}

static void clear_rects(MeetingView *v, const Scenario *sc)
{
    memset(v->seat_rect, 0, sizeof *v->seat_rect * (size_t)sc->attendee_count);
    memset(v->bar_w, 0, sizeof *v->bar_w * (size_t)sc->attendee_count);
    memset(v->move_rect, 0, sizeof v->move_rect);
    v->banner_rect = v->summary_rect = (Rect){0};
    screen_kept_clear(&v->shown);
}

static bool draw_layout(Ui *ui, Rect r, const Session *s, MeetingView *v, Action *out)
{
    const Theme *t = ui_theme(ui);
    draw_header(ui, &r, s, v);
    int lw = r.w * 2 / 5;
    lw = lw < ui_px(ui, 320) ? ui_px(ui, 320) : lw > ui_px(ui, 480) ? ui_px(ui, 480) : lw;
    Rect left = ui_cut_left(&r, lw);
    ui_fill(ui, ui_cut_left(&r, 1), t->border);
    screen_meeting_room(ui, left, s, v);
    Rect moves = ui_cut_bottom(&r, screen_meeting_moves_height(ui, s, r.w, v->pick));
    screen_meeting_transcript(ui, r, s, v);
    return screen_meeting_moves(ui, moves, s, v, out);
}

bool screen_meeting(Ui *ui, Rect r, const Session *s, MeetingView *v, Action *out)
{
    const Scenario *sc = s->sc;
    if (v->sc != sc || v->sc_hash != sc->content_hash) meeting_build(v, sc);
    clear_rects(v, sc);
    if (v->pick > sc->attendee_count) v->pick = 0;
    ui_push_scope(ui, "meeting");
    ui_fill(ui, r, ui_theme(ui)->background);
    bool acted = false;
    if (!sc->attendee_count || !sc->beat_count) draw_none(ui, r, v);
    else acted = draw_layout(ui, r, s, v, out);
    ui_pop_scope(ui);
    return acted;
}
