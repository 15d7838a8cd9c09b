/* screen_results.h: a workshop's results on screen: the score distribution,
 * each criterion's met share, the evidence most missed, the questions most
 * asked and the participants' timelines in columns, from an Aggregate
 * (core/aggregate.h) the app fills with dropped result files. */
#ifndef DOJO_SCREEN_RESULTS_H
#define DOJO_SCREEN_RESULTS_H

#include "core/aggregate.h"
#include "core/model.h"
#include "ui/ui.h"

typedef enum { RESULTS_NONE, RESULTS_BACK, RESULTS_CLEAR } ResultsIntent;

typedef struct ResultsView {
    UiScroll scroll;
    int content;         /* last frame's content height, for the scroll bar */
    StrBuf kept;         /* words drawn, for tests (screen_kept_*) */
    const Scenario *sc;  /* borrowed, or NULL: the results' scenario, so
                            evidence, questions and pins read as words
                            rather than ids */
    bool sc_missing;     /* the app looked for it and did not find it */
} ResultsView;

void screen_results_free(ResultsView *v);

/* a may be NULL or empty: the screen then says how to bring results in. */
ResultsIntent screen_results(Ui *ui, Rect area, const Aggregate *a, ResultsView *v);

#endif
