/* screen_meeting_moves.c: what the facilitator can do: the events waiting
 * for an answer, shown above the palette, and the eleven moves in groups,
 * each with its cost and what it does. A move is returned as an action. */
#include <stdio.h>
#include <string.h>
#include "core/util.h"
#include "screen_meeting_internal.h"

typedef struct MoveGroup { const char *title; MoveKind moves[5]; int count; } MoveGroup;

static const MoveGroup GROUPS[] = {
    {"FRAME", {MOVE_GROUND_RULES, MOVE_WALK_TIMELINE, MOVE_SUMMARISE, MOVE_CHECK_TIME, MOVE_NEXT_BEAT}, 5},
    {"PEOPLE", {MOVE_INVITE, MOVE_MAKE_SENSE, MOVE_PAUSE}, 3},
    {"BLAME, FIXES", {MOVE_REDIRECT_BLAME, MOVE_PARK}, 2},
    {"DEPTH", {MOVE_GO_DEEPER}, 1},
};
#define GROUP_COUNT ((int)(sizeof GROUPS / sizeof *GROUPS))

static const char *const MOVE_LABELS[MOVE_KIND_COUNT] = {
    "Ground rules", "Walk the timeline", "Invite", "Make sense", "Redirect blame", "Pause", "Park",
    "Summarise", "Check the time", "Go deeper", "Next beat"};

/* What each move does, in plain words (meeting.h has the rules); %s is
 * the person picked, or "someone". */
static const char *const MOVE_HELP[MOVE_KIND_COUNT] = {
    "Say the meeting is blameless and curious. The room feels safer, most of all at the opening. Once is enough.",
    "Go through what happened, moment by moment. Everyone open enough tells their part; a defensive person "
    "who feels unsafe answers briefly.",
    "Invite %s to speak. They open up a little; if they feel safe enough they talk at length and may bring out "
    "what only they know.",
    "Ask %s what made their actions make sense at the time. They open up a lot and explain.",
    "Turn a blame just said into a question about conditions. The room, and the person blamed, feel safer.",
    "Ask %s to let others talk: they stay quiet for the next 3 moves.",
    "Note a push for action items and park it for later, so the meeting keeps its course.",
    "Sum up what the room has heard. The room feels a little safer, and a side conversation ends.",
    "Look at the clock against the agenda: it brings a side conversation back.",
    "Ask the room to go deeper on this part of the agenda: whoever feels safe enough may bring out more.",
    "Move on to the next part of the agenda. After the last one, the meeting ends.",
};

static bool needs_person(MoveKind k)
{
    return k == MOVE_INVITE || k == MOVE_MAKE_SENSE || k == MOVE_PAUSE;
}

/* Whether move k answers a pending event: drawn as the main action. */
static bool answers_pending(const Session *s, MoveKind k)
{
    for (int e = 0; e < s->sc->mevent_count; e++) {
        if (s->meeting.events[e] != MEVENT_PENDING) continue;
        MeetingEventKind ek = s->sc->mevents[e].kind;
        if ((ek == MEVENT_BLAME && k == MOVE_REDIRECT_BLAME) || (ek == MEVENT_PUSH_FIXES && k == MOVE_PARK) ||
            (ek == MEVENT_SIDE_TALK && (k == MOVE_SUMMARISE || k == MOVE_CHECK_TIME)))
            return true;
    }
    return false;
}

static void move_label(const Session *s, int pick, MoveKind k, char *buf, size_t size)
{
    char first[64] = "";
    const char *base = MOVE_LABELS[k];
    if (k == MOVE_NEXT_BEAT && !s->meeting.ended && s->meeting.beat + 1 >= s->sc->beat_count) base = "End the meeting";
    if (needs_person(k) && pick > 0) screen_meeting_first(s->sc, s->sc->attendees[pick - 1].person, first, sizeof first);
    const char *sep = !first[0] ? "" : k == MOVE_MAKE_SENSE ? ": " : " ";
    snprintf(buf, size, "%s%s%s" MEETING_DOT "%d min", base, sep, first, meeting_move_minutes(k));
}

/* ---- the pending events ---- */

static void event_words(const Session *s, int e, char *title, char *hint, size_t size)
{
    const MeetingEvent *ev = &s->sc->mevents[e];
    char who[64], whom[64] = "someone";
    screen_meeting_first(s->sc, s->sc->attendees[ev->attendee].person, who, sizeof who);
    if (ev->target >= 0) screen_meeting_first(s->sc, ev->target, whom, sizeof whom);
    switch (ev->kind) {
    case MEVENT_BLAME:
        snprintf(title, size, "%s just blamed %s: redirect now, or it stands.", who, whom);
        snprintf(hint, size, "Redirect blame turns it to conditions. Any other move leaves it standing: the room "
                 "feels less safe, and %s more guarded.", whom);
        break;
    case MEVENT_PUSH_FIXES:
        snprintf(title, size, "%s is pushing for action items now: park them, or the meeting drifts.", who);
        snprintf(hint, size, "Park notes them for later. Any other move lets the meeting drift: 5 minutes lost.");
        break;
    case MEVENT_SIDE_TALK:
        snprintf(title, size, "A side conversation has started (%s): bring the room back.", who);
        snprintf(hint, size, "Summarise or Check the time brings the room back; any other move costs some safety.");
        break;
    default:
        snprintf(title, size, "%s seems to hold a piece of this.", who);
        snprintf(hint, size, "A cue, nothing to resolve: someone may have more to say than they have said.");
    }
}

static Color event_color(const Theme *t, MeetingEventKind k)
{
    return k == MEVENT_BLAME ? t->danger : k == MEVENT_HOLDS_PIECE ? t->accent : screen_caution(t);
}

/* One pending event as a strip cut off the top of *r; measures only
 * unless v is given. */
static void banner(Ui *ui, Rect *r, const Session *s, int e, MeetingView *v)
{
    const Theme *t = ui_theme(ui);
    char title[300], hint[300];
    event_words(s, e, title, hint, sizeof title);
    int pad = ui_px(ui, SP_S + SP_XS), edge = ui_px(ui, SP_XS), w = r->w - 2 * pad - edge;
    int th = screen_text_height(ui, title, FONT_BOLD, w), hh = screen_text_height(ui, hint, FONT_REGULAR, w);
    Rect strip = ui_cut_top(r, th + ui_px(ui, 2) + hh + 2 * pad);
    ui_cut_top(r, ui_px(ui, SP_S));
    if (!v) return;
    Color c = event_color(t, s->sc->mevents[e].kind);
    v->banner_rect = strip;
    ui_box(ui, strip, ui_px(ui, 6), screen_tint(t, c), c, ui_px(ui, 1));
    ui_fill(ui, (Rect){strip.x, strip.y, edge, strip.h}, c);
    Rect in = {strip.x + edge + pad, strip.y + pad, w, th};
    screen_meeting_wrapped(ui, v, in, title, FONT_BOLD, t->text);
    in.y += th + ui_px(ui, 2), in.h = hh;
    screen_meeting_wrapped(ui, v, in, hint, FONT_REGULAR, t->text);
}

/* ---- the palette ---- */

static void disabled_button(Ui *ui, Rect r, const char *label)
{
    const Theme *t = ui_theme(ui);
    ui_box(ui, r, ui_px(ui, 6), t->panel_alt, t->border, ui_px(ui, 1));
    int w = ui_text_width(ui, label, FONT_REGULAR);
    ui_text(ui, (Rect){r.x + (r.w - w) / 2, r.y, w + 1, r.h}, label, FONT_REGULAR, t->text_muted);
}

static void move_tooltip(Ui *ui, UiId id, Rect r, const Session *s, int pick, MoveKind k)
{
    char first[64] = "someone", help[400], tip[500];
    if (pick > 0) screen_meeting_first(s->sc, s->sc->attendees[pick - 1].person, first, sizeof first);
    snprintf(help, sizeof help, MOVE_HELP[k], first);
    if (s->meeting.ended) snprintf(tip, sizeof tip, "The meeting is over. (%s)", help);
    else if (needs_person(k) && !pick) snprintf(tip, sizeof tip, "%s Pick someone at the table first.", help);
    else snprintf(tip, sizeof tip, "%s", help);
    ui_tooltip(ui, id, r, tip);
}

/* One move's button at r; true when made. */
static bool move_button(Ui *ui, Rect r, const Session *s, MeetingView *v, MoveKind k, const char *label)
{
    UiId id = ui_id_int(ui, "move", (int)k);
    v->move_rect[k] = r;
    screen_meeting_say(v, label);
    bool enabled = !s->meeting.ended && (!needs_person(k) || v->pick > 0), made = false;
    if (!enabled) disabled_button(ui, r, label);
    else if (answers_pending(s, k)) made = ui_button_primary(ui, id, r, label);
    else made = ui_button(ui, id, r, label);
    move_tooltip(ui, id, r, s, v->pick, k);
    return made;
}

/* A group: its title, then its buttons flowing after it and wrapping to
 * the whole width (a title column would leave a narrow pane one button a
 * row). Cut off *r; draws only when v is given. Returns the move made, or -1. */
static int group_row(Ui *ui, Rect *r, const Session *s, MeetingView *v, int pick, const MoveGroup *g)
{
    int bh = screen_button_h(ui), gap = ui_px(ui, SP_S);
    int tw = ui_text_width(ui, g->title, FONT_BOLD);
    int x = r->x + tw + ui_px(ui, SP_M), y = r->y, made = -1;
    if (v) screen_meeting_text(ui, v, (Rect){r->x, y, tw, bh}, g->title, FONT_BOLD, ui_theme(ui)->text_muted);
    for (int i = 0; i < g->count; i++) {
        char label[128];
        move_label(s, pick, g->moves[i], label, sizeof label);
        int w = ui_text_width(ui, label, FONT_REGULAR) + ui_px(ui, 2 * SP_M);
        if (i > 0 && x + w > r->x + r->w) x = r->x, y += bh + gap;
        if (v && move_button(ui, (Rect){x, y, w, bh}, s, v, g->moves[i], label)) made = g->moves[i];
        x += w + gap;
    }
    ui_cut_top(r, y - r->y + bh + gap);
    return made;
}

/* The banners, the caption and the groups, cut off *r; measures only
 * unless v is given. Returns the move made, or -1. */
static int palette(Ui *ui, Rect *r, const Session *s, MeetingView *v, int pick)
{
    const Theme *t = ui_theme(ui);
    for (int e = 0; e < s->sc->mevent_count; e++)
        if (s->meeting.events[e] == MEVENT_PENDING) banner(ui, r, s, e, v);
    Rect cap = ui_cut_top(r, ui_line_height(ui, FONT_BOLD));
    ui_cut_top(r, ui_px(ui, SP_S));
    if (v) {
        char text[160];
        if (s->meeting.ended) snprintf(text, sizeof text, "The meeting is over: no more moves.");
        else if (pick) snprintf(text, sizeof text, "People moves go to %s", screen_meeting_name(s->sc, pick - 1));
        else snprintf(text, sizeof text, "Pick someone at the table for the people moves");
        int w = screen_meeting_text(ui, v, cap, "YOUR MOVE", FONT_BOLD, t->text_muted);
        ui_cut_left(&cap, w + ui_px(ui, SP_M));
        screen_meeting_text(ui, v, cap, text, FONT_ITALIC, t->text_muted);
    }
    int made = -1;
    for (int g = 0; g < GROUP_COUNT; g++) {
        int m = group_row(ui, r, s, v, pick, &GROUPS[g]);
        if (m >= 0 && made < 0) made = m;
    }
    return made;
}

int screen_meeting_moves_height(Ui *ui, const Session *s, int w, int pick)
{
    int pad = ui_px(ui, SP_M);
    Rect r = {pad, 0, w - 2 * pad, SCREEN_UNBOUNDED};
    palette(ui, &r, s, NULL, pick);
    return r.y + 2 * pad - ui_px(ui, SP_S);
}

bool screen_meeting_moves(Ui *ui, Rect r, const Session *s, MeetingView *v, Action *out)
{
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->panel);
    ui_fill(ui, (Rect){r.x, r.y, r.w, 1}, t->border);
    Rect in = ui_inset(r, ui_px(ui, SP_M));
    int pick = v->pick, made = palette(ui, &in, s, v, pick);
    if (made < 0) return false;
    MoveKind k = (MoveKind)made;
    const char *who = needs_person(k) ? s->sc->people[s->sc->attendees[pick - 1].person].id : NULL;
    *out = (Action){.kind = ACTION_MOVE, .move = k, .target = who ? xstrdup(who) : NULL};
    return true;
}
