/* meeting.c: the review meeting's rules (documented in meeting.h): moves,
 * how attendees answer them by trait and history, and the events that
 * fire along the agenda. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "meeting.h"
#include "rubric.h"
#include "session.h"
#include "util.h"

static const int TRAIT_BASE[TRAIT_COUNT] = {50, 80, 25, 30, 60, 15};
static const int MOVE_MINUTES[MOVE_KIND_COUNT] = {3, 8, 4, 4, 2, 1, 1, 3, 1, 6, 1};

/* What the facilitator says for each move, and the fixed phrases that
 * follow an attendee's name. */
static const char *const MOVE_WORDS[MOVE_KIND_COUNT] = {
    "sets the ground rules: we are here to learn, not to find someone to blame.",
    "walks the timeline, moment by moment.",
    "invites someone to speak.",
    "asks what made that action make sense at the time.",
    "turns the blame to conditions: what made that easy to miss?",
    "asks to hear from others for a while.",
    "parks the fix for later: noted, and we will come back to it.",
    "summarises what the room has heard so far.",
    "checks the time against the agenda.",
    "asks the room to go deeper on this.",
    "moves on to the next part of the agenda.",
};
#define SAYS_PART "tells their part of the timeline."
#define SAYS_BRIEF "answers briefly, on guard."
#define SAYS_SPEAKS "speaks up."
#define SAYS_LITTLE "has little to add."
#define SAYS_EXPLAINS "explains what made it make sense then."
#define SAYS_FLOOR "takes the floor again."
#define SAYS_CUTS_IN "cuts in."
#define SAYS_NOTHING "The room has nothing more on this for now."
#define SAYS_NO_BLAME "There is no blame in the air to redirect."

void meeting_init(MeetingState *m, const Scenario *sc)
{
    memset(m, 0, sizeof *m);
    m->safety = MEETING_SAFETY_START;
    m->paused = -1;
    m->delta = xcalloc((size_t)sc->attendee_count + 1, sizeof *m->delta);
    m->talk = xcalloc((size_t)sc->attendee_count + 1, sizeof *m->talk);
    m->surfaced = xcalloc((size_t)sc->insight_count + 1, sizeof *m->surfaced);
    for (int i = 0; i < sc->insight_count; i++) m->surfaced[i] = -1;
    m->events = xcalloc((size_t)sc->mevent_count + 1, sizeof *m->events);
}

void meeting_free(MeetingState *m)
{
    free(m->delta);
    free(m->talk);
    free(m->surfaced);
    free(m->events);
    free(m->lines);
    memset(m, 0, sizeof *m);
}

int meeting_move_minutes(MoveKind k) { return (unsigned)k < MOVE_KIND_COUNT ? MOVE_MINUTES[k] : 0; }

int meeting_openness(const Session *s, int a)
{
    const Scenario *sc = s->sc;
    int v = TRAIT_BASE[sc->attendees[a].trait] + s->meeting.safety - MEETING_SAFETY_START + s->meeting.delta[a];
    int iv = model_interviewee_of(sc, sc->attendees[a].person);
    if (iv >= 0 && s->interviews[iv].asked > 0) v += 10 + (s->interviews[iv].candor >= 50 ? 10 : 0);
    return v < 0 ? 0 : v > 100 ? 100 : v;
}

static int say(MeetingState *m, int attendee, int move, int seconds, const char *text)
{
    MeetingLine *l = VEC_PUSH(m->lines, m->line_count, m->line_cap);
    *l = (MeetingLine){attendee, false, move, -1, -1, seconds, m->minutes, text};
    if (attendee >= 0) m->talk[attendee] += seconds;
    return m->line_count - 1;
}

static int dominant(const Scenario *sc)
{
    for (int a = 0; a < sc->attendee_count; a++)
        if (sc->attendees[a].trait == TRAIT_DOMINANT) return a;
    return -1;
}

/* Insights of attendee a (or of anyone, a = -1) that this move in this
 * beat can bring out, if the attendee is open enough. */
static int surface(Session *s, MoveKind move, int a, int seconds)
{
    const Scenario *sc = s->sc;
    MeetingState *m = &s->meeting;
    int n = 0;
    for (int i = 0; i < sc->insight_count; i++) {
        const Insight *in = &sc->insights[i];
        if (m->surfaced[i] >= 0 || in->needs != move || (a >= 0 && in->attendee != a)) continue;
        if (in->beat >= 0 && in->beat != m->beat) continue;
        if (meeting_openness(s, in->attendee) < in->openness) continue;
        int line = say(m, in->attendee, move, seconds, in->text);
        m->lines[line].insight = i;
        m->surfaced[i] = line;
        m->surfaced_count++;
        n++;
    }
    return n;
}

/* The moves that need someone, and what each does to the room. */
static void move_person(Session *s, MoveKind move, int a)
{
    MeetingState *m = &s->meeting;
    if (move == MOVE_PAUSE) {
        m->paused = a, m->pause_left = MEETING_PAUSE_MOVES;
        return;
    }
    m->delta[a] += move == MOVE_MAKE_SENSE ? 15 : 5;
    if (move == MOVE_MAKE_SENSE) {
        say(m, a, move, 60, SAYS_EXPLAINS);
        surface(s, move, a, 60);
    } else if (meeting_openness(s, a) >= 40) {
        say(m, a, move, 90, SAYS_SPEAKS);
        surface(s, move, a, 60);
    } else {
        say(m, a, move, 20, SAYS_LITTLE);
    }
}

static void move_room(Session *s, MoveKind move)
{
    const Scenario *sc = s->sc;
    MeetingState *m = &s->meeting;
    switch (move) {
    case MOVE_GROUND_RULES:
        if (!m->ground_rules) m->safety += sc->beats[m->beat].kind == BEAT_OPENING ? 20 : 10;
        m->ground_rules = true;
        break;
    case MOVE_WALK_TIMELINE:
        for (int a = 0; a < sc->attendee_count; a++) {
            int open = meeting_openness(s, a);
            if (a == m->paused || sc->attendees[a].trait == TRAIT_DOMINANT) continue;
            if (open >= 50) say(m, a, move, 30, SAYS_PART);
            else if (sc->attendees[a].trait == TRAIT_DEFENSIVE && open < 40) say(m, a, move, 15, SAYS_BRIEF);
        }
        break;
    case MOVE_SUMMARISE: m->safety += 5; break;
    case MOVE_GO_DEEPER:
        if (!surface(s, move, -1, 60)) {
            int line = say(m, -1, move, 0, SAYS_NOTHING);   /* say may move the lines */
            m->lines[line].narration = true;
        }
        break;
    case MOVE_NEXT_BEAT:
        m->beat++, m->moves_in_beat = -1;    /* the move itself does not count in the new beat */
        if (m->beat >= sc->beat_count) m->ended = true, m->beat = sc->beat_count - 1;
        break;
    default: break;
    }
}

/* The events waiting on this move: handled by the right one, missed
 * otherwise (meeting.h says what each costs). */
static void resolve_pending(Session *s, MoveKind move)
{
    const Scenario *sc = s->sc;
    MeetingState *m = &s->meeting;
    for (int e = 0; e < sc->mevent_count; e++) {
        if (m->events[e] != MEVENT_PENDING) continue;
        const MeetingEvent *ev = &sc->mevents[e];
        bool handled = (ev->kind == MEVENT_BLAME && move == MOVE_REDIRECT_BLAME) ||
                       (ev->kind == MEVENT_PUSH_FIXES && move == MOVE_PARK) ||
                       (ev->kind == MEVENT_SIDE_TALK && (move == MOVE_SUMMARISE || move == MOVE_CHECK_TIME)) ||
                       ev->kind == MEVENT_HOLDS_PIECE;
        m->events[e] = handled ? MEVENT_HANDLED : MEVENT_MISSED;
        int target = ev->target >= 0 ? model_attendee_of(sc, ev->target) : -1;
        if (handled && ev->kind == MEVENT_BLAME) {
            m->safety += 10;
            if (target >= 0) m->delta[target] += 10;
        } else if (handled && ev->kind == MEVENT_PUSH_FIXES) {
            m->parked++;
            m->delta[ev->attendee] += 10;
        } else if (!handled && ev->kind == MEVENT_BLAME) {
            m->safety -= 15;
            for (int a = 0; a < sc->attendee_count; a++)
                if (a != ev->attendee) m->delta[a] -= a == target ? 20 : 5;
        } else if (!handled && ev->kind == MEVENT_PUSH_FIXES) {
            m->minutes += 5, s->clock += 5, m->drifted = true;
        } else if (!handled && ev->kind == MEVENT_SIDE_TALK) {
            m->safety -= 5;
        }
    }
}

static void fire_events(Session *s)
{
    const Scenario *sc = s->sc;
    MeetingState *m = &s->meeting;
    for (int e = 0; e < sc->mevent_count; e++) {
        const MeetingEvent *ev = &sc->mevents[e];
        if (m->events[e] != MEVENT_NOT_YET || ev->beat != m->beat || m->moves_in_beat < ev->after) continue;
        char why[64];
        if (ev->cond >= 0 && cond_eval(s, ev->cond, NULL, why, sizeof why) != 1) continue;
        int line = say(m, ev->attendee, -1, 30, ev->text);
        m->lines[line].event = e;
        m->events[e] = MEVENT_PENDING;
    }
}

static void dominant_voice(Session *s, MoveKind move, int invited)
{
    MeetingState *m = &s->meeting;
    int d = dominant(s->sc);
    if (d < 0 || move == MOVE_PAUSE || m->ended) return;
    if (m->paused == d) return;
    if (invited >= 0 && invited != d) say(m, d, move, 30, SAYS_CUTS_IN);
    else if (invited != d) say(m, d, move, 45, SAYS_FLOOR);
}

bool meeting_apply(Session *s, MoveKind move, int a, char *err, size_t errsize)
{
    const Scenario *sc = s->sc;
    MeetingState *m = &s->meeting;
    if (!sc->attendee_count || !sc->beat_count)
        return error_set(err, errsize, "this scenario has no review meeting");
    if (m->ended) return error_set(err, errsize, "the meeting is over");
    bool needs = move == MOVE_INVITE || move == MOVE_MAKE_SENSE || move == MOVE_PAUSE;
    if (needs && a < 0) return error_set(err, errsize, "move '%s' needs a person who attends the meeting",
                                         model_move_name(move));
    if (!needs && a >= 0) return error_set(err, errsize, "move '%s' takes no person", model_move_name(move));
    bool blame = false;
    for (int e = 0; e < sc->mevent_count; e++)
        blame = blame || (m->events[e] == MEVENT_PENDING && sc->mevents[e].kind == MEVENT_BLAME);
    m->started = true;
    int said = say(m, -1, move, 0, move == MOVE_REDIRECT_BLAME && !blame ? SAYS_NO_BLAME : MOVE_WORDS[move]);
    m->lines[said].narration = move == MOVE_REDIRECT_BLAME && !blame;
    resolve_pending(s, move);
    if (needs) move_person(s, move, a);
    else move_room(s, move);
    dominant_voice(s, move, move == MOVE_INVITE ? a : -1);
    if (move != MOVE_PAUSE && m->pause_left > 0 && --m->pause_left == 0) m->paused = -1;
    m->minutes += MOVE_MINUTES[move];
    s->clock += MOVE_MINUTES[move];
    if (m->ended) m->ended_at = s->clock;
    m->moves++;
    m->moves_in_beat++;
    if (!m->ended) fire_events(s);
    return true;
}

void meeting_line_text(const Scenario *sc, const MeetingLine *l, char *buf, size_t size)
{
    const char *name = l->attendee >= 0 ? sc->people[sc->attendees[l->attendee].person].name : NULL;
    if (l->narration || l->text[0] == '(') snprintf(buf, size, "%s", l->text);   /* a stage direction */
    else if (!name) snprintf(buf, size, "You: %s", l->text);
    else if (l->event >= 0 || l->insight >= 0) snprintf(buf, size, "%s: \"%s\"", name, l->text);
    else snprintf(buf, size, "%s %s", name, l->text);
}

int meeting_top_share(const Scenario *sc, const MeetingState *m)
{
    long total = 0, top = 0;
    for (int a = 0; a < sc->attendee_count; a++) {
        total += m->talk[a];
        if (m->talk[a] > top) top = m->talk[a];
    }
    return total ? (int)(top * 100 / total) : 0;
}
