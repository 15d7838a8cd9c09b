/* report.c: the names a save and a scenario use for the report's fields,
 * and the headings a participant sees above them. */
#include <string.h>
#include "report.h"

static const char *const field_names[REPORT_FIELD_COUNT] = {
    "summary", "narrative", "factors", "went_well", "surprises",
    "learn_more", "patterns", "open_questions", "action_items", "calibration",
};

/* The themes are asked as questions, as a review meeting would ask them. */
static const char *const field_titles[REPORT_FIELD_COUNT] = {
    "Summary",
    "Narrative and timeline",
    "Contributing factors",
    "What went well",
    "What surprised us",
    "What should others know more about",
    "What this shares with other incidents",
    "Open questions",
    "Action items",
    "Calibration note",
};

const char *report_field_name(ReportField f)
{
    return (unsigned)f < REPORT_FIELD_COUNT ? field_names[f] : "?";
}

const char *report_field_title(ReportField f)
{
    return (unsigned)f < REPORT_FIELD_COUNT ? field_titles[f] : "?";
}

bool report_field_parse(const char *name, ReportField *out)
{
    for (int i = 0; i < REPORT_FIELD_COUNT; i++)
        if (strcmp(name, field_names[i]) == 0) { *out = (ReportField)i; return true; }
    return false;
}
