/* screen_people.h: the People section: everyone who appears in the sources,
 * grouped by team, with where they appear, and the panel of computed signals
 * ("What this incident involved") with the evidence behind each figure. */
#ifndef DOJO_SCREEN_PEOPLE_H
#define DOJO_SCREEN_PEOPLE_H

#include <stdbool.h>
#include "core/model.h"
#include "core/signals.h"
#include "ui/ui.h"

/* One line of the signals panel: a heading or a bullet under it. */
typedef struct PeopleLine { bool heading; char *text; } PeopleLine;

/* Zero it to start; screen_people_free releases what it built. Everything
 * is built once per scenario, on the first frame that shows it, because the
 * scenario never changes after load. */
typedef struct PeopleView {
    const Scenario *sc;           /* what the cache was built for; NULL: none */
    uint64_t sc_hash;
    Signals signals;
    int *rows; int row_count;     /* person index, or -(team + 2) for a team header (-1: no team) */
    char **appears;               /* per person: "#checkout: 7 messages; ..." or NULL */
    bool *not_on_call;            /* per person, from the signals */
    const char **duty;            /* per person: shift role ("primary", "" if none), NULL: not on call */
    int hidden;                   /* people in the scenario who appear in no source */
    PeopleLine *lines; int line_count, line_cap;
    char *signals_text;           /* every line joined, for tests and copying */
    int tab;                      /* 0 people, 1 what this incident involved */
    UiList list;
    UiScroll detail_scroll, signals_scroll;
} PeopleView;

void screen_people(Ui *ui, Rect area, const Scenario *sc, PeopleView *v);
/* Builds the cache for sc now (screen_people does it when needed). */
void screen_people_build(PeopleView *v, const Scenario *sc);
/* The list row showing person p, -1 when p appears nowhere. */
int screen_people_row_of(const PeopleView *v, int person);
void screen_people_free(PeopleView *v);

/* screen_people_signals.c: the panel's lines, from v->signals. */
void screen_people_signals_build(PeopleView *v, const Scenario *sc);
void screen_people_signals_draw(Ui *ui, Rect r, PeopleView *v);

#endif
