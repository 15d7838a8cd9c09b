/* screen_workshop.h: workshop mode's screens, for a facilitator running a
 * scenario with a room on one machine: the facilitator bar (timed phases,
 * reveals, teams, the room debrief), the reveals shown to the room, and
 * the room debrief comparing the teams' scores. The phases' timers are
 * wall-clock view state, never session state. */
#ifndef DOJO_SCREEN_WORKSHOP_H
#define DOJO_SCREEN_WORKSHOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/rubric.h"
#include "ui/ui.h"

enum { WORKSHOP_PHASES = 6, WORKSHOP_MAX_TEAMS = 8, WORKSHOP_EXTEND_MIN = 5, WORKSHOP_TEAM_NAME = 32 };

/* Triage, Investigate, Interview, Meet, Write, Debrief, in this order. */
const char *screen_workshop_phase_name(int phase);
/* The workspace section (a Section) a phase shows. */
int screen_workshop_phase_section(int phase);

/* The phases' timers. Only the current phase runs; each keeps its own
 * time used, so going back to a phase carries on where it stopped. */
typedef struct WorkshopClock {
    int phase;
    bool running;
    uint32_t since_ms;                    /* when it last started running */
    uint32_t used_ms[WORKSHOP_PHASES];    /* run time before since_ms */
    uint32_t length_ms[WORKSHOP_PHASES];  /* planned length, extended by +5 min */
} WorkshopClock;

/* The default plan: 10, 25, 20, 20, 15 and 15 minutes; stopped on Triage. */
void workshop_clock_init(WorkshopClock *c);
void workshop_clock_start(WorkshopClock *c, uint32_t now);
void workshop_clock_pause(WorkshopClock *c, uint32_t now);
/* Makes phase the current one; the timer keeps running if it was. */
void workshop_clock_select(WorkshopClock *c, int phase, uint32_t now);
void workshop_clock_extend(WorkshopClock *c, int minutes);
/* Time left in phase at now, in ms; negative once it is over. */
int64_t workshop_clock_left_ms(const WorkshopClock *c, int phase, uint32_t now);

typedef enum { REVEAL_NONE, REVEAL_TIMELINE, REVEAL_SOURCE } WorkshopReveal;

/* Zero it, then workshop_clock_init its clock. */
typedef struct WorkshopView {
    WorkshopClock clock;
    int team, team_count;                 /* the team at the keyboard, 0-based */
    WorkshopReveal reveal;
    int reveal_source;
    UiScroll reveal_scroll, room_scroll;
    bool room;                            /* the room debrief is shown */
    bool projector;                       /* the projector view is on (the app applies it) */
    /* where the last frame drew the controls (tests click them) */
    Rect phase_rects[WORKSHOP_PHASES], team_rects[WORKSHOP_MAX_TEAMS];
    Rect start_button, extend_button, timeline_button, source_button, add_team_button;
    Rect room_button, menu_button, projector_button, leave_button;   /* the last two in the team menu */
    Rect source_rows[64];                 /* the source picker's choices */
    int source_row_count;
    int cards_drawn;                      /* cards the reveal drew last frame */
    /* each team's name as the room chose it; "" for "Team N" */
    char team_names[WORKSHOP_MAX_TEAMS][WORKSHOP_TEAM_NAME];
    UiTextEdit name_edit;                 /* the team menu's name field */
    int name_edit_team;                   /* whose name it holds, + 1 (0: none yet) */
    Rect name_input;
} WorkshopView;

/* A team's name: what the room called it, else "Team N" (team 0-based). */
void screen_workshop_team_name(const WorkshopView *v, int team, char *buf, size_t size);
/* Sets a team's name: spaces trimmed, cut to fit at a character's edge;
 * "Team N" itself, or nothing, means the number. */
void screen_workshop_set_team_name(WorkshopView *v, int team, const char *name);
/* Frees the name field's buffer. */
void screen_workshop_free(WorkshopView *v);

typedef enum {
    WORKSHOP_NONE,
    WORKSHOP_PHASE,      /* phase chosen: show its section */
    WORKSHOP_TEAM,       /* team chosen: save this team's log and load that one's */
    WORKSHOP_ADD_TEAM,   /* a new team, with an empty log */
    WORKSHOP_ROOM,       /* the room debrief: score every team */
    WORKSHOP_PROJECTOR,  /* the projector view on or off */
    WORKSHOP_LEAVE,      /* back to the person's own settings and save */
    WORKSHOP_RENAME,     /* team's name changed in v->team_names: keep it */
} WorkshopIntentKind;
typedef struct WorkshopIntent { WorkshopIntentKind kind; int phase, team; } WorkshopIntent;

/* The facilitator bar, cut off the top of *area. The timer buttons and the
 * reveals are handled here; the rest is returned. */
WorkshopIntent screen_workshop_bar(Ui *ui, Rect *area, const Scenario *sc, WorkshopView *v);
/* The reveal shown to the room over area (Esc closes it); false when none
 * is shown. */
bool screen_workshop_reveal(Ui *ui, Rect area, const Scenario *sc, WorkshopView *v);
/* The team menu and the source picker; call it last in the frame, so
 * they draw on top. Returns the menu's choice. */
WorkshopIntent screen_workshop_dialogs(Ui *ui, const Scenario *sc, WorkshopView *v);

/* A team's score for the room debrief. */
typedef struct WorkshopTeamScore {
    char name[32];
    bool played;                          /* it has a save */
    Score score;
} WorkshopTeamScore;
/* The room debrief over area: totals and each category as bars side by
 * side, and each criterion with the teams that met it. Esc or Close sets
 * v->room false. */
void screen_workshop_room(Ui *ui, Rect area, const Scenario *sc, const WorkshopTeamScore *teams,
                          int count, WorkshopView *v);

#endif
