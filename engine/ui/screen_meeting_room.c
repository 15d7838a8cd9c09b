/* screen_meeting_room.c: the room (attendees seated around a table, each
 * with their mood, talk time and whether they speak or are paused) and
 * the agenda with its time boxes. A seat is a button: it picks the
 * attendee the people moves go to. */
#include <stdio.h>
#include <string.h>
#include "screen_meeting_internal.h"

/* Avatar colours, mixed into the panel so they suit every theme. */
static const Color AVATAR[] = {
    {66, 133, 244, 255}, {219, 68, 55, 255}, {15, 157, 88, 255},
    {171, 71, 188, 255}, {244, 160, 0, 255}, {0, 172, 193, 255},
};

static const char *trait_why(Trait t)
{
    switch (t) {
    case TRAIT_DOMINANT: return "fills silences and takes the floor after most moves";
    case TRAIT_QUIET_EXPERT: return "knows a lot, and says little unless asked";
    case TRAIT_DEFENSIVE: return "braces for blame";
    case TRAIT_WANTS_ACTIONS: return "wants action items, now";
    case TRAIT_LURKER: return "listens, and rarely speaks";
    default: return "speaks when the room feels safe enough";
    }
}

/* The first letter of the first two words, whole UTF-8 sequences. */
static void initials(const char *name, char *out, size_t size)
{
    size_t n = 0;
    int words = 0;
    for (size_t i = 0; name[i] && words < 2; i++) {
        if (name[i] == ' ' || (i > 0 && name[i - 1] != ' ')) continue;
        size_t len = 1;
        while (((unsigned char)name[i + len] & 0xC0) == 0x80) len++;
        if (n + len >= size) break;
        memcpy(out + n, name + i, len);
        n += len, words++;
    }
    out[n] = 0;
}

static int talk_max(const Session *s)
{
    int max = 0;
    for (int a = 0; a < s->sc->attendee_count; a++)
        if (s->meeting.talk[a] > max) max = s->meeting.talk[a];
    return max;
}

static void seat_tooltip(Ui *ui, UiId id, Rect r, const Session *s, int a)
{
    char tip[400], when[16], first[64];
    int open = meeting_openness(s, a);
    screen_meeting_talk_time(s->meeting.talk[a], when, sizeof when);
    screen_meeting_first(s->sc, s->sc->attendees[a].person, first, sizeof first);
    snprintf(tip, sizeof tip, "%s, %s: %s. Openness %d of 100 (%s); talked %s. Pick %s for Invite, "
             "Make sense or Pause.", screen_meeting_name(s->sc, a), screen_meeting_trait(s->sc->attendees[a].trait),
             trait_why(s->sc->attendees[a].trait), open, screen_mood(open), when, first);
    ui_tooltip(ui, id, r, tip);
}

static void draw_avatar(Ui *ui, Rect av, const Session *s, int a, bool speaking)
{
    const Theme *t = ui_theme(ui);
    char ini[16];
    initials(screen_meeting_name(s->sc, a), ini, sizeof ini);
    Color c = AVATAR[a % (int)(sizeof AVATAR / sizeof *AVATAR)];
    bool hc = screen_high_contrast(t);
    Color fill = hc ? t->panel : screen_mix(t->panel, c, 0.45f);
    Color ring = speaking ? t->accent : hc ? t->border : fill;
    ui_box(ui, av, av.w / 2, fill, ring, ui_px(ui, speaking ? 3 : 1));
    int w = ui_text_width(ui, ini, FONT_BOLD);
    ui_text(ui, (Rect){av.x + (av.w - w) / 2, av.y, w + 1, av.h}, ini, FONT_BOLD, t->text);
}

/* Beside the avatar: a dot with the mood, and under it speaking or paused. */
static void seat_state(Ui *ui, MeetingView *v, Rect r, const Session *s, int a, bool speaking)
{
    const Theme *t = ui_theme(ui);
    int open = meeting_openness(s, a), d = ui_px(ui, 10), reg = ui_line_height(ui, FONT_REGULAR);
    Rect line = ui_cut_top(&r, reg);
    ui_fill_rounded(ui, (Rect){line.x, line.y + (line.h - d) / 2, d, d}, d / 2, screen_mood_color(t, open));
    ui_cut_left(&line, d + ui_px(ui, SP_XS));
    screen_meeting_text(ui, v, line, screen_mood(open), FONT_REGULAR, t->text);
    line = ui_cut_top(&r, reg);
    if (s->meeting.paused == a) screen_meeting_tag(ui, v, line, "paused", t->text_muted);
    else if (speaking) screen_meeting_tag(ui, v, line, "speaking", t->accent);
}

/* A seat: avatar and state, the name and trait as a name plate under
 * them (the whole width, so names fit narrow cards), and the talk bar. */
static void draw_seat(Ui *ui, Rect seat, const Session *s, MeetingView *v, int a, int max)
{
    const Theme *t = ui_theme(ui);
    bool speaking = screen_meeting_speaker(&s->meeting) == a, picked = v->pick == a + 1;
    UiId id = ui_id_int(ui, "seat", a);
    v->seat_rect[a] = seat;
    if (ui_button(ui, id, seat, "")) v->pick = picked ? 0 : a + 1;
    ui_push_clip(ui, seat);                /* a narrow card cuts its tags, never its neighbour */
    if (v->pick == a + 1) ui_box(ui, seat, ui_px(ui, 6), t->row_selected, t->row_selected_border, ui_px(ui, 2));
    seat_tooltip(ui, id, seat, s, a);
    int bold = ui_line_height(ui, FONT_BOLD), reg = ui_line_height(ui, FONT_REGULAR), xs = ui_px(ui, SP_XS);
    Rect in = ui_inset(seat, ui_px(ui, SP_S));
    Rect top = ui_cut_top(&in, 2 * reg);
    int avd = ui_px(ui, 30);
    draw_avatar(ui, (Rect){top.x, top.y + (top.h - avd) / 2, avd, avd}, s, a, speaking);
    ui_cut_left(&top, avd + ui_px(ui, SP_S));
    seat_state(ui, v, top, s, a, speaking);
    ui_cut_top(&in, xs);
    screen_meeting_text(ui, v, ui_cut_top(&in, bold), screen_meeting_name(s->sc, a), FONT_BOLD, t->text);
    screen_meeting_text(ui, v, ui_cut_top(&in, reg), screen_meeting_trait(s->sc->attendees[a].trait), FONT_REGULAR,
                        t->text_muted);
    ui_cut_top(&in, xs);
    Rect line = ui_cut_top(&in, reg);
    char when[16];
    screen_meeting_talk_time(s->meeting.talk[a], when, sizeof when);
    Rect tr = ui_cut_right(&line, ui_text_width(ui, "00:00", FONT_REGULAR));
    screen_meeting_text(ui, v, tr, when, FONT_REGULAR, t->text_muted);
    ui_cut_right(&line, ui_px(ui, SP_S));
    Rect bar = {line.x, line.y + (line.h - ui_px(ui, 6)) / 2, line.w, ui_px(ui, 6)};
    v->bar_w[a] = screen_meeting_bar(ui, bar, s->meeting.talk[a], max, speaking ? t->accent : t->text_muted);
    ui_pop_clip(ui);
}

static int seat_h(Ui *ui)
{
    return 2 * ui_px(ui, SP_S) + ui_line_height(ui, FONT_BOLD) + 4 * ui_line_height(ui, FONT_REGULAR) +
           2 * ui_px(ui, SP_XS);
}

/* Seats down both long sides of a table seen from above: the first half
 * on the left, the rest on the right (centred when one fewer). Returns
 * the height it took. */
static int draw_seats(Ui *ui, Rect r, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    int n = s->sc->attendee_count, left = (n + 1) / 2, max = talk_max(s);
    int sh = seat_h(ui), gap = ui_px(ui, SP_S), tw = ui_px(ui, 32);
    int h = left * sh + (left - 1) * gap, cw = (r.w - tw - 2 * gap) / 2;
    int tx = r.x + cw + gap;
    Color wood = screen_high_contrast(t) ? t->panel : screen_mix(t->panel_alt, t->border, 0.6f);
    ui_box(ui, (Rect){tx, r.y + sh / 3, tw, h - 2 * sh / 3}, tw / 2, wood, t->border, ui_px(ui, 1));
    for (int a = 0; a < n; a++) {
        bool right = a >= left;
        int row = right ? a - left : a, y = r.y + row * (sh + gap);
        if (right && n - left < left) y += (sh + gap) / 2;
        draw_seat(ui, (Rect){right ? tx + tw + gap : r.x, y, cw, sh}, s, v, a, max);
    }
    return h;
}

static void draw_agenda_row(Ui *ui, Rect row, const Session *s, MeetingView *v, int b)
{
    const Theme *t = ui_theme(ui);
    const MeetingState *m = &s->meeting;
    bool done = m->ended || b < m->beat, now = !m->ended && b == m->beat;
    if (now) ui_box(ui, row, ui_px(ui, 6), t->row_selected, t->row_selected_border, ui_px(ui, 1));
    Rect in = {row.x + ui_px(ui, SP_S), row.y, row.w - ui_px(ui, SP_M), row.h};
    const char *icon = done ? "\xE2\x9C\x93" : now ? "\xE2\x96\xB8" : "\xE2\x97\x8B";
    Rect ic = ui_cut_left(&in, ui_px(ui, 22));
    ui_text(ui, ic, icon, FONT_BOLD, done ? t->success : now ? t->accent : t->text_muted);
    char box[32];
    snprintf(box, sizeof box, "%d min", s->sc->beats[b].minutes);
    screen_meeting_text(ui, v, ui_cut_right(&in, ui_text_width(ui, box, FONT_REGULAR)), box, FONT_REGULAR,
                        t->text_muted);
    ui_cut_right(&in, ui_px(ui, SP_S));
    screen_meeting_text(ui, v, in, s->sc->beats[b].title, now ? FONT_BOLD : FONT_REGULAR,
                        done ? t->text_muted : t->text);
}

static void draw_agenda(Ui *ui, Rect *col, const Session *s, MeetingView *v)
{
    screen_meeting_caption(ui, v, col, "AGENDA");
    int row_h = ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_S);
    for (int b = 0; b < s->sc->beat_count; b++) {
        draw_agenda_row(ui, ui_cut_top(col, row_h), s, v, b);
        ui_cut_top(col, ui_px(ui, 2));
    }
}

void screen_meeting_room(Ui *ui, Rect r, const Session *s, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->panel_alt);
    Rect view = ui_scroll_region(ui, ui_id(ui, "room"), r, &v->side_scroll, v->side_scroll.content);
    ui_push_clip(ui, view);
    Rect col = ui_inset(view, ui_px(ui, SP_M));
    col.y -= v->side_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top_y = col.y;
    screen_meeting_caption(ui, v, &col, "THE ROOM");
    ui_cut_top(&col, draw_seats(ui, col, s, v));
    ui_cut_top(&col, ui_px(ui, SP_L));
    draw_agenda(ui, &col, s, v);
    v->side_scroll.content = col.y - top_y + 2 * ui_px(ui, SP_M);
    ui_pop_clip(ui);
}
