/* progress.h: a curriculum (scenarios in order, each with objectives, the
 * steps it requires and the score that passes it) as plain data, and a
 * person's progress through it: a pure function of (curriculum, profile).
 * script/curriculum.h loads one from Lua. */
#ifndef DOJO_PROGRESS_H
#define DOJO_PROGRESS_H

#include "core/profile.h"
#include "core/util.h"

typedef struct CurriculumStep {
    const char *scenario;             /* the scenario's id */
    const char *const *objectives;
    int objective_count;
    const int *requires;              /* indices of earlier steps */
    int require_count;
    double pass;                      /* the best score that completes it, 0..100 */
    int line;                         /* where step{} was written */
} CurriculumStep;

typedef struct Curriculum {
    Arena arena;                      /* every string and list below */
    const char *file, *id, *title, *summary;
    CurriculumStep *steps;
    int count;
} Curriculum;

void curriculum_destroy(Curriculum *c);

typedef enum { STEP_LOCKED, STEP_OPEN, STEP_DONE } StepState;

typedef struct Progress {
    StepState *state;                 /* one per step; owned */
    int next;                         /* the first open step, -1 when none */
    int done;                         /* steps done */
} Progress;

/* A step is done when its scenario's best score in p reaches its pass bar
 * (so a bar raised later is honoured); open when not done and every step
 * it requires is done; otherwise locked. */
void progress_compute(const Curriculum *c, const Profile *p, Progress *out);
void progress_free(Progress *pr);

#endif
