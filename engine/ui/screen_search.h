/* screen_search.h: Search (Ctrl+F in the workspace): a dialog with a query
 * field and the matches from every source, grouped by source, the matched
 * words highlighted. It changes nothing: it returns the match chosen, and
 * the workspace shows it (opening its source if need be). */
#ifndef DOJO_SCREEN_SEARCH_H
#define DOJO_SCREEN_SEARCH_H

#include "core/search.h"
#include "core/session.h"
#include "ui/ui.h"

#define SEARCH_VIEW_MAX 200      /* matches listed; the count says how many more */

/* One line of the results: a group's heading or a match. */
typedef struct SearchRow {
    int hit;                     /* index into hits; -1 for a heading */
    int source;
    int count;                   /* heading: matches listed in the group */
} SearchRow;

/* Zero it to start; screen_search_free releases the index and results. */
typedef struct SearchView {
    SearchIndex *index;          /* built once per scenario (screen_search_prepare) */
    const Scenario *indexed;
    bool want_open;              /* open the dialog at the next screen_search */
    UiTextEdit query;
    SearchHit *hits; int hit_count, total;   /* listed, and all matches */
    SearchRow *rows; int row_count;
    int cursor;                  /* the highlighted match (index into hits), -1 none */
    UiList list;
} SearchView;

/* Builds the index for sc unless it is built already. */
void screen_search_prepare(SearchView *v, const Scenario *sc);
/* Opens the dialog at the next screen_search, the last query selected. */
void screen_search_open(SearchView *v);
/* Draws the dialog when open (call it last in the frame: it is a modal).
 * Returns true with *chosen set when the user picked a match (Enter or a
 * click); chosen->item is -1 for a source's own title or text. */
bool screen_search(Ui *ui, const Session *s, SearchView *v, SearchHit *chosen);
/* Drops the index and results (after a reload: the scenario is gone). */
void screen_search_reset(SearchView *v);
void screen_search_free(SearchView *v);

#endif
