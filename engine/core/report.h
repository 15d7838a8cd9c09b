/* report.h: the fields of the participant's written analysis. */
#ifndef DOJO_REPORT_H
#define DOJO_REPORT_H

#include <stdbool.h>

typedef enum {
    REPORT_SUMMARY, REPORT_NARRATIVE, REPORT_FACTORS, REPORT_WENT_WELL,
    REPORT_SURPRISES, REPORT_LEARN_MORE, REPORT_PATTERNS,
    REPORT_OPEN_QUESTIONS, REPORT_ACTION_ITEMS,
    REPORT_CALIBRATION,        /* not in the report: the note sent before the meeting */
    REPORT_FIELD_COUNT
} ReportField;

const char *report_field_name(ReportField f);   /* "summary", "factors" ... */
const char *report_field_title(ReportField f);  /* "Summary", "Contributing factors" ... */
bool report_field_parse(const char *name, ReportField *out);

#endif
