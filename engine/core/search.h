/* search.h: full-text search over every source and item of a loaded
 * scenario, from an inverted index built once at load (design principle 6). */
#ifndef DOJO_SEARCH_H
#define DOJO_SEARCH_H

#include "model.h"

/* Query words beyond this many are ignored. */
#define SEARCH_MAX_WORDS 16

/* Which string of the hit the match offsets point into. */
typedef enum {
    SEARCH_FIELD_TEXT,         /* Item.text or Source.text */
    SEARCH_FIELD_TITLE,        /* Item.title or Source.title */
    SEARCH_FIELD_DESCRIPTION,  /* Source.description */
    SEARCH_FIELD_DIFF          /* Source.diff */
} SearchField;

typedef struct SearchHit {
    int source;                /* always set */
    int item;                  /* -1 when the hit is the source's own title or body */
    SearchField field;
    int offset, length;        /* bytes of the first match in that field, for highlighting */
    int title_words;           /* query words found in the title: the first ranking key */
} SearchHit;

typedef struct SearchIndex SearchIndex;

/* Indexes sc, which must outlive the index. Never NULL (aborts on OOM). */
SearchIndex *search_build(const Scenario *sc);
void search_destroy(SearchIndex *ix);

/* Finds the items and sources that contain every word of query as the
 * prefix of a word (ASCII case folded; other bytes, UTF-8 included, match
 * exactly). Words are runs of ASCII letters, digits and non-ASCII bytes.
 * Hits come grouped by source in source order, the source itself first,
 * then by rank: more query words in the title, earlier time, item order.
 * Writes at most max hits and returns the total number of matches, which
 * may be more than max; an empty query matches nothing. Uses scratch space
 * inside the index and allocates nothing, so it is not thread-safe: one
 * query at a time per index. */
int search_query(const SearchIndex *ix, const char *query, SearchHit *hits, int max);

/* The end of the group of hits from the same source that starts at
 * hits[start]: for (i = 0; i < n; i = end) end = search_group_end(hits, n, i); */
int search_group_end(const SearchHit *hits, int n, int start);

/* Number of distinct words and of postings, for the bench. */
void search_stats(const SearchIndex *ix, int *terms, long *postings);

#endif
