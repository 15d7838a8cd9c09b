/* progress.c: where a person is in a curriculum, from their profile only. */
#include <stdlib.h>
#include "progress.h"

void curriculum_destroy(Curriculum *c)
{
    if (!c) return;
    arena_destroy(&c->arena);
    free(c);
}

static bool progress_step_done(const CurriculumStep *s, const Profile *p)
{
    const ProfileEntry *e = profile_find(p, s->scenario);
    return e && e->attempts > 0 && e->best >= s->pass;
}

void progress_compute(const Curriculum *c, const Profile *p, Progress *out)
{
    out->state = xcalloc(c->count ? (size_t)c->count : 1, sizeof *out->state);
    out->next = -1;
    out->done = 0;
    for (int i = 0; i < c->count; i++) {
        if (progress_step_done(&c->steps[i], p)) {
            out->state[i] = STEP_DONE;
            out->done++;
        }
    }
    for (int i = 0; i < c->count; i++) {
        if (out->state[i] == STEP_DONE) continue;
        bool open = true;
        for (int k = 0; k < c->steps[i].require_count; k++)
            open = open && out->state[c->steps[i].requires[k]] == STEP_DONE;
        out->state[i] = open ? STEP_OPEN : STEP_LOCKED;
        if (open && out->next < 0) out->next = i;
    }
}

void progress_free(Progress *pr)
{
    free(pr->state);
    pr->state = NULL;
}
