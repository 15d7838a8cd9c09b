/* screen_meeting_talk.c: the meeting as it is said: an intro card before
 * the first move, then the lines as a chat (the facilitator's moves on the
 * right, what attendees say on the left, events and insights marked), and
 * the summary card once it is over. Items are measured once per change and
 * only the visible ones are drawn. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "core/util.h"
#include "screen_meeting_internal.h"

#define BULB "\xF0\x9F\x92\xA1"

/* Sizes shared by measuring and drawing, so the two cannot disagree. */
typedef struct TxGeom { int pad, bpad, maxw, textw, indent; } TxGeom;

static TxGeom tx_geom(Ui *ui, int w)
{
    TxGeom g = {ui_px(ui, SP_M), ui_px(ui, SP_S + SP_XS), 0, 0, ui_px(ui, SP_M)};
    g.maxw = (w - 2 * g.pad) * 4 / 5;
    g.textw = g.maxw - 2 * g.bpad;
    return g;
}

typedef enum { TX_YOU, TX_ROOM, TX_PHRASE, TX_EVENT, TX_INSIGHT } TxKind;

/* The core says a facilitator's move as a phrase that follows "You"
 * (lower case); its few whole sentences ("The room has nothing more on
 * this for now.") are what the room does, and read as narration. */
static TxKind line_kind(const MeetingLine *l)
{
    if (l->attendee < 0) return l->narration ? TX_ROOM : TX_YOU;
    if (l->insight >= 0) return TX_INSIGHT;
    return l->event >= 0 ? TX_EVENT : TX_PHRASE;
}

/* The words of a line as drawn: "You: ...", "<Name> <phrase>", or the
 * attendee's own words in quotes (a stage direction in brackets stays
 * as written). */
static const char *line_words(const Session *s, const MeetingLine *l, char *buf, size_t size)
{
    switch (line_kind(l)) {
    case TX_YOU: snprintf(buf, size, "You: %s", l->text); break;
    case TX_ROOM: snprintf(buf, size, "%s", l->text); break;
    case TX_PHRASE: snprintf(buf, size, "%s %s", screen_meeting_name(s->sc, l->attendee), l->text); break;
    default:
        if (l->text[0] == '(') snprintf(buf, size, "%s", l->text);
        else snprintf(buf, size, "\xE2\x80\x9C%s\xE2\x80\x9D", l->text);
    }
    return buf;
}

static Color line_color(const Theme *t, const Session *s, const MeetingLine *l)
{
    if (l->insight >= 0) return t->success;
    MeetingEventKind k = s->sc->mevents[l->event].kind;
    return k == MEVENT_BLAME ? t->danger : k == MEVENT_HOLDS_PIECE ? t->accent : screen_caution(t);
}

/* A bubble's header: the speaker, then a tag saying what the line is. */
static void bubble_head(Ui *ui, MeetingView *v, Rect head, const Session *s, const MeetingLine *l)
{
    const Theme *t = ui_theme(ui);
    int w = screen_meeting_text(ui, v, head, screen_meeting_name(s->sc, l->attendee), FONT_BOLD, t->text);
    ui_cut_left(&head, w + ui_px(ui, SP_S));
    Color c = line_color(t, s, l);
    if (l->insight >= 0) {
        screen_meeting_tag(ui, v, head, BULB " New insight", c);
        return;
    }
    const MeetingEvent *ev = &s->sc->mevents[l->event];
    ui_cut_left(&head, screen_meeting_tag(ui, v, head, screen_meeting_event_label(ev->kind), c) + ui_px(ui, SP_S));
    screen_meeting_text(ui, v, head, screen_meeting_event_outcome(ev, s->meeting.events[l->event]), FONT_ITALIC,
                        t->text_muted);
}

/* A bubble as wide as its words or its header, at most g->maxw. */
static int bubble_w(Ui *ui, const Session *s, const MeetingLine *l, const TxGeom *g, const char *words)
{
    int w = ui_text_width(ui, words, FONT_REGULAR), head;
    if (l->attendee < 0) {
        head = ui_text_width(ui, "minute 000" MEETING_DOT "0 min", FONT_REGULAR);
    } else {
        const char *tag = l->insight >= 0 ? BULB " New insight" : screen_meeting_event_label(s->sc->mevents[l->event].kind);
        head = ui_text_width(ui, screen_meeting_name(s->sc, l->attendee), FONT_BOLD) +
               ui_text_width(ui, tag, FONT_REGULAR) + ui_px(ui, 3 * SP_S);
        if (l->event >= 0)
            head += ui_text_width(ui, screen_meeting_event_outcome(&s->sc->mevents[l->event], s->meeting.events[l->event]),
                                  FONT_ITALIC) + ui_px(ui, SP_S);
    }
    w = (w > head ? w : head) + 2 * g->bpad;
    return w < g->maxw ? w : g->maxw;
}

/* Line i at r (its top-left, the pane's width); returns its height with
 * the gap after it, and draws only when asked. */
static int tx_line(Ui *ui, const Session *s, MeetingView *v, int i, Rect r, bool draw)
{
    const Theme *t = ui_theme(ui);
    const MeetingLine *l = &s->meeting.lines[i];
    TxGeom g = tx_geom(ui, r.w);
    char words[4096];
    line_words(s, l, words, sizeof words);
    TxKind kind = line_kind(l);
    int reg = ui_line_height(ui, FONT_REGULAR), xs = ui_px(ui, SP_XS);
    if (kind == TX_PHRASE || kind == TX_ROOM) {
        int w = r.w - 2 * g.pad - g.indent;
        int h = screen_text_height(ui, words, FONT_ITALIC, w);
        if (draw) screen_meeting_wrapped(ui, v, (Rect){r.x + g.pad + g.indent, r.y, w, h}, words, FONT_ITALIC,
                                         t->text_muted);
        return h + ui_px(ui, SP_S);
    }
    int body = screen_text_height(ui, words, FONT_REGULAR, g.textw);
    int head = kind == TX_YOU ? reg : ui_line_height(ui, FONT_BOLD) + ui_px(ui, 2);
    int h = 2 * g.bpad + head + xs + body;
    if (!draw) return h + ui_px(ui, SP_M);
    Rect b = {r.x + g.pad, r.y, bubble_w(ui, s, l, &g, words), h};
    if (kind == TX_YOU) {
        b.x = r.x + r.w - g.pad - b.w;
        ui_box(ui, b, ui_px(ui, 10), screen_tint(t, t->accent), t->accent, ui_px(ui, 1));
    } else {
        Color c = line_color(t, s, l);
        ui_box(ui, b, ui_px(ui, 10), screen_tint(t, c), c, ui_px(ui, kind == TX_INSIGHT ? 2 : 1));
    }
    Rect in = ui_inset(b, g.bpad);
    Rect hr = ui_cut_top(&in, head);
    if (kind == TX_YOU) {
        char meta[128];
        snprintf(meta, sizeof meta, "minute %d" MEETING_DOT "%d min", l->minute, meeting_move_minutes((MoveKind)l->move));
        screen_meeting_text(ui, v, hr, meta, FONT_REGULAR, t->text_muted);
    } else {
        bubble_head(ui, v, hr, s, l);
    }
    ui_cut_top(&in, xs);
    screen_meeting_wrapped(ui, v, (Rect){in.x, in.y, g.textw, body}, words, FONT_REGULAR, t->text);
    return h + ui_px(ui, SP_M);
}

/* Measures again when the lines, their width or the fonts changed; new
 * lines (or a reader already at the end) follow the newest. */
static void tx_layout(Ui *ui, const Session *s, MeetingView *v, int w)
{
    const MeetingState *m = &s->meeting;
    unsigned gen = platform_font_generation(ui_platform(ui));
    if (v->tx_session == s && v->tx_lines == m->line_count && v->tx_actions == s->action_count &&
        v->tx_width == w && v->tx_gen == gen)
        return;
    bool at_end = v->tx_count && v->tx_scroll.offset + v->tx_view_h >= v->tx_top[v->tx_count] - 1;
    bool follow = at_end || v->tx_lines != m->line_count || v->tx_session != s;
    int count = m->line_count + (m->ended ? 1 : 0);
    if (count + 1 > v->tx_cap) {
        v->tx_cap = (count + 1) * 2;
        v->tx_top = xrealloc(v->tx_top, sizeof *v->tx_top * (size_t)v->tx_cap);
    }
    v->tx_session = s, v->tx_lines = m->line_count, v->tx_actions = s->action_count;
    v->tx_width = w, v->tx_gen = gen, v->tx_count = count;
    v->tx_top[0] = ui_px(ui, SP_M);
    for (int i = 0; i < count; i++) {
        int h = i < m->line_count ? tx_line(ui, s, v, i, (Rect){0, 0, w, 0}, false)
                                  : screen_meeting_summary_height(ui, s, w);
        v->tx_top[i + 1] = v->tx_top[i] + h;
    }
    /* The newest item's top: the region clamps it to the end, unless the
     * item (the summary card) is taller than the view and reads from its
     * start. */
    if (follow) v->tx_scroll.offset = count ? v->tx_top[count - 1] - ui_px(ui, SP_S) : 0;
}

static void draw_lines(Ui *ui, Rect r, const Session *s, MeetingView *v)
{
    int w = r.w - ui_px(ui, 12);                      /* the scroll bar's room, always kept */
    tx_layout(ui, s, v, w);
    Rect view = ui_scroll_region(ui, ui_id(ui, "transcript"), r, &v->tx_scroll, v->tx_top[v->tx_count]);
    v->tx_view_h = view.h;
    ui_push_clip(ui, view);
    int off = v->tx_scroll.offset, lines = s->meeting.line_count;
    v->tx_drawn = 0;
    for (int i = screen_first_below(v->tx_top, v->tx_count, off); i < v->tx_count && v->tx_top[i] < off + view.h; i++, v->tx_drawn++) {
        Rect at = {view.x, view.y + v->tx_top[i] - off, w, 0};
        if (i < lines) tx_line(ui, s, v, i, at, true);
        else screen_meeting_summary(ui, at, s, v);
    }
    ui_pop_clip(ui);
}

void screen_meeting_transcript(Ui *ui, Rect r, const Session *s, MeetingView *v)
{
    ui_fill(ui, r, ui_theme(ui)->background);
    if (s->meeting.started) draw_lines(ui, r, s, v);
    else screen_meeting_intro(ui, r, s, v);
}
