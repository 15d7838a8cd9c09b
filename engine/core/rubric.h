/* rubric.h: evaluating conditions and scoring a session against the
 * scenario's criteria. */
#ifndef DOJO_RUBRIC_H
#define DOJO_RUBRIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <cJSON.h>
#include "session.h"

/* Lua function conditions are run by the script layer through this hook,
 * so core stays free of Lua. Returns 1 met, 0 not met, -1 error (err set). */
typedef struct CondHost {
    void *ud;
    int (*eval_function)(void *ud, int fn_ref, const Session *s,
                         char *err, size_t errsize);
} CondHost;

/* Returns 1 met, 0 not met, -1 could not be evaluated (err says why; the
 * first problem found). A condition that has an erroring condition inside
 * it is itself -1, so an error can never turn into a pass through none{}.
 * host may be NULL: function conditions then count as not met, with an error.
 * COND_MARKED with MARKER_NONE means "pinned with any marker". Tags compare
 * without ASCII case; a note of only spaces is no note. */
int cond_eval(const Session *s, int cond, const CondHost *host,
              char *err, size_t errsize);

typedef struct CriterionScore {
    bool met;
    bool hinted;         /* a hint was taken: hint_cost came off earned */
    int earned;
    char *error;         /* owned; set when its condition could not be evaluated */
} CriterionScore;

typedef struct Score {
    double total;        /* 0..100, one decimal */
    int earned, possible;
    int cat_earned[CATEGORY_COUNT], cat_possible[CATEGORY_COUNT];
    CriterionScore *criteria;   /* one per Scenario.criteria */
    int count;
} Score;

/* Fills *out (which it initialises); free with score_destroy. A criterion
 * is met or not; a `partial` one whose condition is all{}, any{} or
 * at_least{} and is not met earns points * (children met) / (children it
 * needs), rounded down; none{} children count only when another child
 * holds, so an empty report earns nothing. A criterion whose hint was
 * taken earns its points less its hint_cost (never below 0). The total is 100 * earned / possible, or, when the
 * scenario gives weights{}, the weighted mean of the categories' percents
 * (categories with no possible points or no weight left out). */
void rubric_score(const Session *s, const CondHost *host, Score *out);
/* 100 * earned / possible rounded half away from zero to one decimal,
 * 0 when possible is 0; computed in integers so it always prints the same. */
double rubric_percent(int earned, int possible);
void score_destroy(Score *sc);

/* The evidence a criterion's condition names (items, sources, questions,
 * facts), in the order written, each once: what the debrief links to.
 * Writes at most max; returns how many there are. */
int rubric_evidence(const Scenario *sc, int criterion, Entity *out, int max);
/* The same for any condition (a question's `when`, say); cond -1 names nothing. */
int rubric_cond_evidence(const Scenario *sc, int cond, Entity *out, int max);

/* The result document of `play --out`: {"scenario", "score", "criteria",...}. */
cJSON *rubric_result_json(const Session *s, const Score *score);
/* Short human summary: total, per category, each criterion met or missed. */
void rubric_print(const Session *s, const Score *score, FILE *out);

#endif
