/* aggregate.h: a workshop's result files (export JSON, one per participant)
 * summed up: score distributions, each criterion's met share, the evidence
 * most missed, the questions most asked, and the timelines side by side.
 * Plain C + cJSON; labels are the ids and titles the results carry.
 *
 * One aggregate holds results of one scenario: a result of another
 * scenario is refused with a message naming both files, so a facilitator
 * who mixed two workshops' files finds out instead of reading averages of
 * different rubrics. */
#ifndef DOJO_AGGREGATE_H
#define DOJO_AGGREGATE_H

#include <stdbool.h>
#include <stddef.h>
#include "core/model.h"
#include "core/util.h"

#define AGG_CRIT_BINS 5      /* earned/points: 0-19%, 20-39%, ... 80-100% */
#define AGG_SCORE_BINS 10    /* score: 0-9.9, 10-19.9, ... 90-100 */

typedef struct cJSON cJSON;

/* One pinned item on a participant's report timeline, in their order. */
typedef struct AggPin {
    const char *item, *source, *at, *marker, *note;   /* "" when absent */
} AggPin;

typedef struct AggParticipant {
    const char *name;        /* the result's "actor", else the file's basename */
    const char *file;        /* as given */
    double score;
    int earned, possible;
    AggPin *pins;
    int pin_count;
} AggParticipant;

typedef struct AggCriterion {
    const char *id, *title, *category;   /* from the first result */
    int points;
    int met, partial, missed;            /* participants; partial: 0 < earned, not met */
    double mean_earned;
    int bins[AGG_CRIT_BINS];             /* participants by earned/points */
} AggCriterion;

typedef struct AggCategory {
    const char *name;
    double mean, min, max;               /* scores out of 100 */
} AggCategory;

/* An evidence id named by a criterion a participant missed, that they had
 * neither pinned nor learned: counted once per participant. */
typedef struct AggEvidence {
    const char *id;
    const char *criterion;               /* title of the first criterion naming it */
    int count;
} AggEvidence;

typedef struct AggQuestion {
    const char *id, *person;             /* a typed question is its text */
    int count;                           /* participants who asked it */
} AggQuestion;

typedef struct Aggregate {
    const char *scenario, *title;        /* of the first result */
    AggParticipant *people;
    int count, cap;
    /* Filled by aggregate_compute, sorted as documented there. */
    AggCriterion *criteria;
    int criterion_count;
    AggCategory *categories;
    int category_count;
    AggEvidence *evidence;
    int evidence_count;
    AggQuestion *questions;
    int question_count;
    double mean, median, min, max;       /* total scores */
    int score_bins[AGG_SCORE_BINS];
    cJSON **roots;                       /* the parsed results, owning every string above */
    int root_cap;
    Arena arena;
} Aggregate;

Aggregate *aggregate_create(void);
void aggregate_destroy(Aggregate *a);
/* Adds one result. file names it in messages and, without an "actor",
 * names the participant. Refuses (false, err naming file and field) text
 * that is not JSON, JSON that is not a result, and a result of another
 * scenario than the first one added; a refusal changes nothing. */
bool aggregate_add_json(Aggregate *a, const char *file, const char *json, char *err, size_t errsize);
bool aggregate_add_file(Aggregate *a, const char *path, char *err, size_t errsize);
/* Computes everything from the results added. Criteria and categories keep
 * the first result's order; evidence and questions are sorted by count
 * (most first), then id, so the output is the same for the same inputs. */
void aggregate_compute(Aggregate *a);

/* ---- aggregate_md.c: the report ---- */
/* Markdown (caller frees). chart_prefix non-NULL: image links to
 * "<chart_prefix>-scores.svg" and "<chart_prefix>-criteria.svg". sc, the
 * results' scenario or NULL: evidence, questions and people read as words
 * beside their ids. */
char *aggregate_markdown(const Aggregate *a, const char *chart_prefix, const Scenario *sc);
/* Hand-written SVG charts (caller frees): the total score histogram, and
 * each criterion's met share as a horizontal bar. */
char *aggregate_svg_scores(const Aggregate *a);
char *aggregate_svg_criteria(const Aggregate *a);

#endif
