/* path.h: the participant's path through a play: each action the log
 * holds, when on the in-game clock it happened, what it cost and what it
 * touched. The debrief draws it on a timeline. */
#ifndef DOJO_PATH_H
#define DOJO_PATH_H

#include "session.h"

typedef enum { PATH_TRIAGE, PATH_INVESTIGATE, PATH_INTERVIEW, PATH_MEETING, PATH_REPORT, PATH_LANE_COUNT } PathLane;

typedef struct PathStep {
    int action;          /* index into the log */
    ActionKind kind;
    int lane;            /* a PathLane; -1 for advance (waiting, not acting) */
    int minute;          /* the clock when it was taken */
    int cost;            /* in-game minutes it took */
    Entity what;         /* the source, item, question ... it touched; type -1: none */
} PathStep;

/* Replays log into a session of its own and records a step for each
 * action applied, up to the first refused one. Returns the count; *out is
 * malloc'd (free it). */
int path_build(const Scenario *sc, const ActionLog *log, PathStep **out);
/* The lane an action kind belongs to; -1 for advance. */
int path_lane(ActionKind k);
const char *path_lane_name(PathLane l);   /* "Triage", "Investigate", ... */
/* One line for people: "Opened Slack #inc-checkout", "Asked Priya: ...". */
void path_step_label(const Scenario *sc, const ActionLog *log, const PathStep *st, char *buf, size_t size);

#endif
