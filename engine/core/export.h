/* export.h: a scored session as documents others can use: a Markdown
 * report to paste into a wiki, the result JSON with the report and the
 * timeline, and xAPI statements for a learning record store. */
#ifndef DOJO_EXPORT_H
#define DOJO_EXPORT_H

#include <cJSON.h>
#include "rubric.h"

/* Every section of the report, the timeline from the pins, and an
 * appendix with triage, interviews, the meeting and the score. malloc'd. */
char *export_markdown(const Session *s, const Score *score);
/* rubric_result_json plus "report" (each field's text; "factors" a list of
 * {text, evidence}) and "timeline" (session_timeline's order). */
cJSON *export_json(const Session *s, const Score *score);
/* xAPI 1.0.3 statements: "completed" the scenario with the scaled score,
 * and "scored" for each rubric category, for the actor named (an account
 * on urn:incident-dojo). No timestamps: the LRS stamps them when stored. */
cJSON *export_xapi(const Session *s, const Score *score, const char *actor);

#endif
