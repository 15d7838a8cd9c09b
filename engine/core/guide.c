/* guide.c: a tutorial's guided tour (guide.h). */
#include "guide.h"
#include "rubric.h"

int guide_progress(const Session *s, bool *done)
{
    const Scenario *sc = s->sc;
    bool later = false;
    for (int i = sc->guide_count - 1; i >= 0; i--) {
        char err[128];
        int c = sc->guide[i].cond;
        done[i] = c >= 0 ? cond_eval(s, c, NULL, err, sizeof err) == 1 : later;
        later = later || done[i];
    }
    for (int i = 0; i < sc->guide_count; i++)
        if (!done[i]) return i;
    return sc->guide_count;
}
