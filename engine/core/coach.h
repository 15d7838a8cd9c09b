/* coach.h: the language coach. As the participant writes, it finds blame
 * and hindsight phrases ("human error", "root cause", "should have",
 * "failed to", "careless", a person named as the cause) and suggests what
 * to write instead. Rules are data: a built-in list, plus any a scenario
 * adds with coach_rule{}. Phrases match as whole words, ignoring ASCII
 * case; a trailing '*' matches any word that starts with it. A person is
 * named as the cause when their first or full name is followed by
 * caused, broke, forgot, missed, ignored, failed, messed up or "'s fault",
 * "'s mistake", or preceded by "because of" or "blame". */
#ifndef DOJO_COACH_H
#define DOJO_COACH_H

#include "model.h"

typedef struct CoachHit {
    int start, len;              /* bytes of the text */
    int rule;                    /* into the built-in rules, then the scenario's; -1: a person */
    int person;                  /* the person named as the cause, else -1 */
} CoachHit;

/* The built-in rules. */
const CoachRule *coach_builtin(int *count);
/* Finds the flagged phrases of text in order of position (overlaps keep
 * the earliest, then the longest). Writes at most max hits; returns how
 * many there are. sc may be NULL: built-in rules only, no names. */
int coach_scan(const Scenario *sc, const char *text, CoachHit *hits, int max);
/* What to write instead, and the kind, for a hit. */
const char *coach_suggestion(const Scenario *sc, const CoachHit *h);
CoachKind coach_kind(const Scenario *sc, const CoachHit *h);
const char *coach_kind_name(CoachKind k);   /* "blame", ... */
bool coach_kind_parse(const char *s, CoachKind *out);

#endif
