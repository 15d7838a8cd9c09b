/* screen_meeting_words.c: the Meeting section's words and colours (moods,
 * traits, events) and its drawing helpers, which keep what they drew in
 * the view so tests can read the screen. */
#include <stdio.h>
#include <string.h>
#include "core/util.h"
#include "screen_meeting_internal.h"

void screen_meeting_say(MeetingView *v, const char *text) { screen_kept_add(&v->shown, text); }

int screen_meeting_text(Ui *ui, MeetingView *v, Rect r, const char *text, FontStyle style, Color c)
{
    return screen_kept_text(ui, &v->shown, r, text, style, c);
}

int screen_meeting_wrapped(Ui *ui, MeetingView *v, Rect r, const char *text, FontStyle style, Color c)
{
    return screen_kept_wrapped(ui, &v->shown, r, text, style, c);
}

void screen_meeting_para(Ui *ui, MeetingView *v, Rect *r, const char *text, FontStyle style, Color c, int gap)
{
    screen_meeting_say(v, text);
    screen_para(ui, r, text, style, c, gap);
}

void screen_meeting_caption(Ui *ui, MeetingView *v, Rect *r, const char *text)
{
    screen_meeting_say(v, text);
    screen_caption(ui, r, text);
}

int screen_meeting_tag(Ui *ui, MeetingView *v, Rect line, const char *label, Color c)
{
    const Theme *t = ui_theme(ui);
    int w = ui_text_width(ui, label, FONT_REGULAR) + ui_px(ui, 2 * SP_S);
    int h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 2);
    Rect box = {line.x, line.y + (line.h - h) / 2, w, h};
    ui_box(ui, box, h / 2, screen_tint(t, c), c, ui_px(ui, 1));
    screen_meeting_text(ui, v, (Rect){box.x + ui_px(ui, SP_S), box.y, w, h}, label, FONT_REGULAR, t->text);
    return w;
}

int screen_meeting_bar(Ui *ui, Rect r, int value, int max, Color c)
{
    const Theme *t = ui_theme(ui);
    ui_fill_rounded(ui, r, r.h / 2, t->hover);
    ui_frame(ui, r, screen_high_contrast(t) ? t->border : t->hover, 1);
    value = value < 0 ? 0 : value > max ? max : value;
    int w = max > 0 ? (int)((long long)r.w * value / max) : 0;
    if (w > 0) ui_fill_rounded(ui, (Rect){r.x, r.y, w < r.h ? r.h : w, r.h}, r.h / 2, c);
    return w;
}

/* ---- words and colours ---- */

const char *screen_meeting_name(const Scenario *sc, int attendee)
{
    const Person *p = &sc->people[sc->attendees[attendee].person];
    return p->name ? p->name : p->id;
}

const char *screen_meeting_first(const Scenario *sc, int person, char *buf, size_t size)
{
    const Person *p = &sc->people[person];
    const char *name = p->name ? p->name : p->id;
    size_t n = strcspn(name, " ");
    snprintf(buf, size, "%.*s", (int)n, name);
    return buf;
}

const char *screen_meeting_trait(Trait t)
{
    switch (t) {
    case TRAIT_DOMINANT: return "dominant voice";
    case TRAIT_QUIET_EXPERT: return "quiet expert";
    case TRAIT_DEFENSIVE: return "defensive";
    case TRAIT_WANTS_ACTIONS: return "wants actions";
    case TRAIT_LURKER: return "lurker";
    default: return "steady";
    }
}

const char *screen_meeting_event_label(MeetingEventKind k)
{
    switch (k) {
    case MEVENT_BLAME: return "Blame";
    case MEVENT_PUSH_FIXES: return "Pushes for fixes";
    case MEVENT_SIDE_TALK: return "Side conversation";
    default: return "Holds a piece";
    }
}

const char *screen_meeting_event_outcome(const MeetingEvent *ev, MeetingEventState st)
{
    if (st == MEVENT_NOT_YET) return "did not come up";
    if (st == MEVENT_PENDING) return "waiting for your next move";
    bool ok = st == MEVENT_HANDLED;
    switch (ev->kind) {
    case MEVENT_BLAME: return ok ? "redirected to conditions" : "left standing";
    case MEVENT_PUSH_FIXES: return ok ? "parked for later" : "not parked: the meeting drifted";
    case MEVENT_SIDE_TALK: return ok ? "the room came back" : "left running";
    default: return "a cue that someone had more to say";
    }
}

void screen_meeting_talk_time(int seconds, char *buf, size_t size)
{
    snprintf(buf, size, "%d:%02d", seconds / 60, seconds % 60);
}

int screen_meeting_speaker(const MeetingState *m)
{
    for (int i = m->line_count - 1; i >= 0; i--)
        if (m->lines[i].attendee >= 0) return m->lines[i].attendee;
    return -1;
}
