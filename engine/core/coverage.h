/* coverage.h: what some play of a scenario can reach, worked out from the
 * model without playing: which questions can be offered, which facts
 * revealed, which evidence the rubric names can be found, and which
 * criteria can be met. An author's check that nothing is written in vain.
 *
 * The rules, optimistic where a participant has the choice:
 *   - every source can be opened and every item pinned, marked, tagged;
 *   - an interviewee can be asked when some minute lies in their
 *     availability; their candor can reach 100 when open questions raise
 *     it (typed ones too), else start + open + rapport at best;
 *   - a question is reachable when its interviewee can be asked and its
 *     condition can hold; an answer when its candor threshold can be
 *     reached; a fact when a reachable answer reveals it;
 *   - a condition can hold as its parts can (none{} always can: the
 *     participant can leave a thing undone); signal and signals_named are
 *     decided by the signals the scenario really shows; meeting conditions
 *     need the meeting (an event or insight also needs its attendee, and
 *     an event its condition); a Lua function cannot be looked into and is
 *     counted apart.
 * Reachability grows to a fixed point, since a question can need a fact
 * another question reveals. */
#ifndef DOJO_COVERAGE_H
#define DOJO_COVERAGE_H

#include <stdbool.h>
#include "model.h"

typedef struct Coverage {
    bool *question;      /* per question */
    bool *fact;          /* per fact */
    bool *criterion;     /* per criterion: its condition can hold */
    bool *opaque;        /* per criterion: it depends on a Lua function */
    int *candor;         /* per interviewee: the highest candor some play reaches */
    Entity *evidence;    /* items and facts the criteria name, each once */
    bool *evidence_ok;
    int evidence_count;
} Coverage;

void coverage_compute(const Scenario *sc, Coverage *out);
void coverage_free(Coverage *c);

#endif
