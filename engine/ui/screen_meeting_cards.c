/* screen_meeting_cards.c: the two cards of the Meeting section: the intro
 * before the first move (the meeting's purpose and the calibration note
 * the attendees received) and the summary once it is over. */
#include <stdio.h>
#include <string.h>
#include "screen_meeting_internal.h"

/* Text flowing down a column that is either drawn or only measured, so the
 * summary's height and its drawing cannot disagree. */
typedef struct Flow { Ui *ui; MeetingView *v; Rect col; bool draw; } Flow;

static void flow_para(Flow *f, const char *text, FontStyle style, Color c, int gap)
{
    int h = screen_text_height(f->ui, text, style, f->col.w);
    if (f->draw) screen_meeting_wrapped(f->ui, f->v, (Rect){f->col.x, f->col.y, f->col.w, h}, text, style, c);
    f->col.y += h + ui_px(f->ui, gap);
}

static void flow_caption(Flow *f, const char *text)
{
    const Theme *t = ui_theme(f->ui);
    int h = ui_line_height(f->ui, FONT_BOLD);
    if (f->draw) screen_meeting_text(f->ui, f->v, (Rect){f->col.x, f->col.y, f->col.w, h}, text, FONT_BOLD, t->text_muted);
    f->col.y += h + ui_px(f->ui, SP_S);
}

/* One attendee's share of the talk: name, bar, "38% · 4:30". */
static void flow_share(Flow *f, const Session *s, int a, long total)
{
    const Theme *t = ui_theme(f->ui);
    int h = ui_line_height(f->ui, FONT_REGULAR), talk = s->meeting.talk[a];
    int share = total ? (int)(talk * 100 / total) : 0;
    if (f->draw) {
        Rect row = {f->col.x, f->col.y, f->col.w, h};
        int nw = row.w * 2 / 5;
        screen_meeting_text(f->ui, f->v, ui_cut_left(&row, nw), screen_meeting_name(s->sc, a), FONT_REGULAR, t->text);
        char text[64], when[16];
        screen_meeting_talk_time(talk, when, sizeof when);
        snprintf(text, sizeof text, "%d%%" MEETING_DOT "%s", share, when);
        int tw = ui_text_width(f->ui, "100%" MEETING_DOT "00:00", FONT_REGULAR);
        screen_meeting_text(f->ui, f->v, ui_cut_right(&row, tw), text, FONT_REGULAR, t->text_muted);
        ui_cut_right(&row, ui_px(f->ui, SP_S));
        int bh = ui_px(f->ui, 6);
        screen_meeting_bar(f->ui, (Rect){row.x, row.y + (h - bh) / 2, row.w, bh}, share, 100, t->accent);
    }
    f->col.y += h + ui_px(f->ui, SP_XS);
}

static void summary_time(Flow *f, const Session *s)
{
    const Theme *t = ui_theme(f->ui);
    const MeetingState *m = &s->meeting;
    int box = s->sc->meeting_minutes, over = m->minutes - box;
    char text[160];
    if (over > 0) snprintf(text, sizeof text, "%d of %d min: %d over the time box.", m->minutes, box, over);
    else snprintf(text, sizeof text, "%d of %d min: within the time box.", m->minutes, box);
    flow_para(f, text, FONT_BOLD, over > 0 ? t->danger : t->text, SP_XS);
    int safety = m->safety < 0 ? 0 : m->safety > 100 ? 100 : m->safety;
    snprintf(text, sizeof text, "Room safety at the end: %d of 100. Ground rules: %s.", safety,
             m->ground_rules ? "set" : "never set");
    flow_para(f, text, FONT_REGULAR, t->text, SP_XS);
    snprintf(text, sizeof text, "Insights surfaced: %d of %d that the room held.", m->surfaced_count,
             s->sc->insight_count);
    flow_para(f, text, FONT_REGULAR, t->text, SP_M);
}

static void summary_events(Flow *f, const Session *s)
{
    const Theme *t = ui_theme(f->ui);
    if (!s->sc->mevent_count) return;
    flow_caption(f, "WHAT HAPPENED");
    char text[400], first[64];
    for (int e = 0; e < s->sc->mevent_count; e++) {
        const MeetingEvent *ev = &s->sc->mevents[e];
        MeetingEventState st = s->meeting.events[e];
        snprintf(text, sizeof text, "%s, %s: %s.", screen_meeting_first(s->sc, s->sc->attendees[ev->attendee].person,
                 first, sizeof first), screen_meeting_event_label(ev->kind), screen_meeting_event_outcome(ev, st));
        Color c = st == MEVENT_MISSED ? t->danger : st == MEVENT_NOT_YET ? t->text_muted : t->text;
        flow_para(f, text, FONT_REGULAR, c, SP_XS);
    }
}

/* The card's content; returns the height it took. */
static int summary_flow(Flow *f, const Session *s)
{
    int top = f->col.y;
    flow_para(f, "The meeting is over", FONT_BOLD, ui_theme(f->ui)->text, SP_S);
    summary_time(f, s);
    flow_caption(f, "WHO TALKED");
    long total = 0;
    for (int a = 0; a < s->sc->attendee_count; a++) total += s->meeting.talk[a];
    for (int a = 0; a < s->sc->attendee_count; a++) flow_share(f, s, a, total);
    f->col.y += ui_px(f->ui, SP_S);
    summary_events(f, s);
    return f->col.y - top;
}

static Rect summary_col(Ui *ui, Rect at)
{
    int pad = ui_px(ui, SP_M), inner = ui_px(ui, SP_L);
    int w = at.w - 2 * pad > ui_px(ui, 640) ? ui_px(ui, 640) : at.w - 2 * pad;
    return (Rect){at.x + (at.w - w) / 2 + inner, at.y + inner, w - 2 * inner, SCREEN_UNBOUNDED};
}

int screen_meeting_summary_height(Ui *ui, const Session *s, int w)
{
    Flow f = {ui, NULL, summary_col(ui, (Rect){0, 0, w, 0}), false};
    return summary_flow(&f, s) + 2 * ui_px(ui, SP_L) + ui_px(ui, SP_L);
}

void screen_meeting_summary(Ui *ui, Rect at, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    Flow f = {ui, v, summary_col(ui, at), false};
    int h = summary_flow(&f, s) + 2 * ui_px(ui, SP_L);
    int inner = ui_px(ui, SP_L);
    Rect card = {f.col.x - inner, at.y, f.col.w + 2 * inner, h};
    v->summary_rect = card;
    ui_box(ui, card, ui_px(ui, 10), t->panel, t->accent, ui_px(ui, 2));
    f = (Flow){ui, v, summary_col(ui, at), true};
    summary_flow(&f, s);
}

static void intro_calibration(Ui *ui, Rect *col, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    const char *note = s->report[REPORT_CALIBRATION];
    screen_meeting_caption(ui, v, col, "THE CALIBRATION NOTE");
    if (!note) {
        screen_meeting_para(ui, v, col, "You wrote no calibration note, so the attendees arrive without a shared "
                            "picture of what you learned. You can still write one in Interviews, under "
                            "Calibration, before your first move.", FONT_REGULAR, t->text, 0);
        return;
    }
    screen_meeting_para(ui, v, col, "This note went to the attendees before the meeting:", FONT_REGULAR, t->text, SP_S);
    int pad = ui_px(ui, SP_M), h = screen_text_height(ui, note, FONT_REGULAR, col->w - 2 * pad);
    Rect box = ui_cut_top(col, h + 2 * pad);
    ui_box(ui, box, ui_px(ui, 6), t->panel, t->border, ui_px(ui, 1));
    ui_fill(ui, (Rect){box.x, box.y, ui_px(ui, SP_XS), box.h}, t->accent);
    screen_meeting_wrapped(ui, v, ui_inset(box, pad), note, FONT_REGULAR, t->text);
}

void screen_meeting_intro(Ui *ui, Rect r, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    Rect view = ui_scroll_region(ui, ui_id(ui, "intro"), r, &v->tx_scroll, v->tx_scroll.content);
    ui_push_clip(ui, view);
    Rect col = screen_column(ui, view, 640);
    col.y += ui_px(ui, SP_L) - v->tx_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    screen_meeting_para(ui, v, &col, "You facilitate the review meeting", FONT_BOLD, t->text, SP_S);
    screen_meeting_para(ui, v, &col, "The meeting is itself data: what people say here, and how freely, is what "
                        "the analysis learns from. Set ground rules (blameless, curious), walk the timeline, make "
                        "sure every voice is heard, turn blame from people to conditions (\xE2\x80\x9Cwhat made "
                        "that make sense at the time?\xE2\x80\x9D), keep a dominant voice from taking over, and "
                        "park fixes for later.", FONT_REGULAR, t->text, SP_S);
    char text[300];
    snprintf(text, sizeof text, "Every move takes minutes of the %d-minute time box. For Invite, Make sense and "
             "Pause, first pick someone at the table.", s->sc->meeting_minutes);
    screen_meeting_para(ui, v, &col, text, FONT_REGULAR, t->text, SP_L);
    intro_calibration(ui, &col, s, v);
    v->tx_scroll.content = col.y - top + ui_px(ui, SP_XL);
    ui_pop_clip(ui);
}
