/* screen_report.h: the Report section: the participant's written
 * analysis as a structured document (summary, narrative, the timeline
 * from the pins, contributing factors linked to evidence, what went well,
 * themes, open questions, action items), with the language coach's
 * underlines. Every edit returns one action; it never changes the session. */
#ifndef DOJO_SCREEN_REPORT_H
#define DOJO_SCREEN_REPORT_H

#include <stdbool.h>
#include "core/action.h"
#include "core/session.h"
#include "ui/ui.h"

/* Zero it to start; screen_report_free releases what it built. */
typedef struct ReportView {
    int unused;
} ReportView;

/* Draws the section in r; returns true and fills *out (the caller's to
 * apply and clear) when the participant commits an edit. */
bool screen_report(Ui *ui, Rect r, const Session *s, ReportView *v, Action *out);
void screen_report_free(ReportView *v);

#endif
