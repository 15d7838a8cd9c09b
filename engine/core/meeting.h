/* meeting.h: the review meeting the participant facilitates, simulated
 * from the scenario's attendees, agenda and events by fixed rules, so that
 * the same moves always give the same meeting.
 *
 * Openness (0..100) is how freely an attendee speaks: their trait's base
 * (steady 50, dominant 80, quiet_expert 25, defensive 30, wants_actions
 * 60, lurker 15), plus rapport from the interviews (+10 if interviewed,
 * +10 more if their candor ended at 50 or above: an expert asked
 * beforehand speaks up), plus the room's safety - 40, plus what the
 * meeting has done to them. Safety starts at 40.
 *
 * A move costs meeting minutes (which also pass on the in-game clock):
 *   ground_rules 3: safety +20 in the opening beat, +10 later; once.
 *   walk_timeline 8: everyone at openness 50+ tells their part (30 s); a
 *     defensive attendee below 40 answers briefly (15 s).
 *   invite(p) 4: p +5 openness; at 40+ they speak (90 s) and surface their
 *     insights that need an invitation; below, a few words (20 s).
 *   make_sense(p) 4: "what made that make sense at the time?": p +15,
 *     speaks (60 s), surfaces their make_sense insights.
 *   redirect_blame 2: a blame just said is turned to conditions: safety
 *     +10, the blamed +10.
 *   pause(p) 1: p stays quiet for the next 3 moves.
 *   park 1: an action item pushed for now is parked for later (the one who
 *     wants actions +10).
 *   summarise 3: safety +5.   check_time 1.
 *   go_deeper 6: every insight of this beat that needs it surfaces from
 *     an attendee open enough (60 s each).
 *   next_beat 1: the agenda moves on; after the last beat the meeting ends.
 * After every move but pause, the dominant voice takes the floor (45 s)
 * unless paused; when someone else was invited it cuts in (30 s).
 * Events fire after their beat's n-th move (0: as the beat begins), or at
 * the first move after it in the same beat when their condition holds
 * (an event whose condition never holds in its beat never happens), and
 * wait for the next move:
 *   blame: redirect_blame turns it; anything else leaves it standing:
 *     safety -15, the blamed -20, every other attendee but the one who
 *     blamed -5.
 *   push_fixes: park parks it; anything else lets the meeting drift (5
 *     minutes lost).
 *   side_talk: summarise or check_time brings the room back; else safety -5.
 *   holds_piece: a cue that someone has more to say; nothing to resolve.
 * An insight surfaces when its move is made with its attendee at or above
 * its openness, in its beat (or any beat). */
#ifndef DOJO_MEETING_H
#define DOJO_MEETING_H

#include <stdbool.h>
#include "model.h"

#define MEETING_SAFETY_START 40
#define MEETING_PAUSE_MOVES 3

/* One line of the meeting as it is said. text is borrowed: the scenario's
 * (events, insights) or a fixed phrase that follows the speaker's name. */
typedef struct MeetingLine {
    int attendee;                 /* -1: the facilitator, or the room when narration */
    bool narration;               /* text is a whole sentence about the room, not a phrase after a name */
    int move;                     /* the MoveKind it came with */
    int event, insight;           /* -1 when neither */
    int seconds;                  /* talk time */
    int minute;                   /* meeting minute when said */
    const char *text;
} MeetingLine;

typedef enum {
    MEVENT_NOT_YET, MEVENT_PENDING, MEVENT_HANDLED, MEVENT_MISSED
} MeetingEventState;

typedef struct MeetingState {
    bool started, ended, ground_rules, drifted;
    int ended_at;                 /* the session clock when it ended */
    int beat, moves_in_beat, minutes, moves;
    int safety;
    int paused, pause_left;       /* attendee, moves left; -1 */
    int *delta;                   /* per attendee: what the meeting did to their openness */
    int *talk;                    /* per attendee: seconds */
    int *surfaced;                /* per insight: the line that surfaced it, -1 */
    int surfaced_count;
    MeetingEventState *events;    /* per meeting event */
    int parked;
    MeetingLine *lines; int line_count, line_cap;
} MeetingState;

struct Session;
void meeting_init(MeetingState *m, const Scenario *sc);
void meeting_free(MeetingState *m);
/* Minutes a move costs. */
int meeting_move_minutes(MoveKind k);
/* An attendee's openness now (the session gives the interview rapport). */
int meeting_openness(const struct Session *s, int attendee);
/* Applies a move for person's attendee (-1 when the move takes none);
 * false with a reason when the meeting has none, has ended, or the move
 * needs an attendee it lacks. */
bool meeting_apply(struct Session *s, MoveKind move, int attendee, char *err, size_t errsize);
/* A line as people read it: "You: <move words>", "<Name> <phrase>", or
 * "<Name>: \"<words>\"" for what an attendee says in their own words
 * (events, insights); narration and stage directions "(...)" as they are.
 * Writes into buf. */
void meeting_line_text(const Scenario *sc, const MeetingLine *l, char *buf, size_t size);
/* The share of the talk, 0..100, of the attendee who talked most; 0 when
 * nobody has. */
int meeting_top_share(const Scenario *sc, const MeetingState *m);

#endif
