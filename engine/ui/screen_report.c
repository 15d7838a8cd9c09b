/* screen_report.c: the Report section (screen_report.h). */
#include <string.h>
#include "screen_common.h"
#include "screen_report.h"

bool screen_report(Ui *ui, Rect r, const Session *s, ReportView *v, Action *out)
{
    (void)ui, (void)r, (void)s, (void)v, (void)out;
    return false;
}

void screen_report_free(ReportView *v)
{
    memset(v, 0, sizeof *v);
}
