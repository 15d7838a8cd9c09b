/* interview.h: the rules of one-on-one interviews: how candor moves, which
 * answer a person gives, and how a question typed in the participant's own
 * words is classified and matched to the scenario's questions.
 *
 * Candor (0..100) is how safe the person feels. It starts from their
 * disposition and moves with every question, before the answer is chosen:
 *   disposition   start  open  closed  leading  blaming  counterfactual
 *   (none, calm)    55    +6     -2      -8       -20         -15
 *   talkative       70    +6     -1      -6       -15         -10
 *   defensive       35    +5     -3     -12       -30         -20
 *   anxious         40    +8     -2     -10       -25         -15
 *   new             50    +8      0      -8       -25         -15
 * "open" covers open, cue, knowledge, goals, options, normal_work and help.
 * The first question of an interview, when it is open, adds 4 more
 * (rapport). A scenario may override any number per person. The answer is
 * the first of the question's answers, highest min_candor first, whose
 * min_candor the candor reaches; with none, the person gives a guarded
 * non-answer and reveals nothing. */
#ifndef DOJO_INTERVIEW_H
#define DOJO_INTERVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include "model.h"

#define INTERVIEW_RAPPORT 4
#define INTERVIEW_DEFAULT_MINUTES 5

/* The table's row for a disposition; unknown ones get the calm row. */
CandorRules interview_rules_for(const char *disposition);
/* The change a question of kind k makes. */
int interview_candor_delta(const CandorRules *r, QuestionKind k, bool first);
int interview_candor_clamp(int candor);
/* The answer index for candor, or -1 for the guarded non-answer. */
int interview_answer_for(const Question *q, int candor);

/* ---- interview_hours.c: when a person can be interviewed ----
 * The investigation starts on Day 1 at 09:00 in the scenario's time zone
 * (gameclock.h); a person keeps their working hours in their own zone. */
/* Their local time of day at clock minute m, in minutes after midnight. */
int interview_local_minute(const Scenario *sc, int iv, int minute);
/* Inside available_from..available_until and inside their working hours. */
bool interview_available_at(const Scenario *sc, int iv, int minute);
/* The first clock minute at or after minute when they are there, within
 * a week of it; -1 when none (gone for good, or never at work). */
int interview_next_available(const Scenario *sc, int iv, int minute);
/* "09:00-17:30" into minutes of the day; false when it is not that form
 * or the two times are the same. */
bool interview_parse_hours(const char *s, int *from, int *to);

/* Classifies a question as people type it. The rules, first match wins
 * (words compared without case, on whole words):
 *  1. blaming: names fault or carelessness: "fault", "you caused",
 *     "you broke", "careless", "sloppy", "negligent", "who is responsible",
 *     "who caused", "who broke", "blame", "you messed up", "mistake you";
 *  2. counterfactual: an alternative past: "should have", "should've",
 *     "could have", "could've", "would have", "would've", "why didn't",
 *     "why did you not", "why not just", "if only", "if you had", "had you",
 *     "instead of", "what if you", "couldn't you have", "shouldn't you have",
 *     "wouldn't it have";
 *  3. leading: puts an answer in their mouth: "isn't it", "wasn't it",
 *     "don't you think", "wouldn't you agree", "surely", "obviously",
 *     "right?" or "correct?" at the end, "so you", "didn't you", "weren't you";
 *  4. open kinds, by topic words, when the question starts with an open
 *     word (what, how, who, where, when, which, tell, walk, describe, talk,
 *     explain, help, can you tell, could you walk):
 *     normal work (usual*, normal*, typical*, routine*, day to day,
 *     everyday), help (help*, ask, asked, page, paged, reach*, escalat*),
 *     options (option*, consider*, alternative*, choice*, other way*),
 *     goals (going on, pressure*, priorit*, goal*, trying to, deadline*),
 *     knowledge (know, knew, learn*, experience*, familiar, understand*),
 *     cue (notice*, first, saw, see, seen, alert*, look*, signal*), else open;
 *  5. closed: starts with a yes/no word (did, do, does, was, were, is, are,
 *     have, has, had, can, could, would, will, should, shall, may);
 *  6. anything else: open. */
QuestionKind interview_classify(const char *text);

/* How well typed text matches question q, 0..100: the share of q's
 * content words (not stop words, lower case, plurals folded) found in the
 * text. */
int interview_match_score(const char *text, const char *question);
#define INTERVIEW_MATCH_MIN 50

#endif
