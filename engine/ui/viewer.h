/* viewer.h: read-only viewers that draw a source the way people know it
 * from their own tools: a pull request, a ticket, an alert timeline and a
 * metric chart. They draw and return nothing yet (pinning comes later). */
#ifndef DOJO_VIEWER_H
#define DOJO_VIEWER_H

#include "core/model.h"
#include "ui/ui.h"

/* Each draws source in r; scroll is the caller's between frames (content
 * is measured while drawing, so the first frame may scroll short). */
void viewer_pr_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll);
void viewer_ticket_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll);
void viewer_alerts_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll);
void viewer_metric_draw(Ui *ui, Rect r, const Scenario *sc, int source);

/* One line of a diff hunk with its gutter numbers (0: none on that side).
 * kind is '@' (the header), ' ', '-', '+' or '\\' ("No newline ..."). */
typedef struct ViewerDiffLine {
    const char *text; int len;   /* the line without its newline */
    char kind;
    int old_no, new_no;
} ViewerDiffLine;
/* Splits a hunk (text from its @@ line) into lines numbered from the @@
 * header, or from old_start/new_start when the header has none. Writes at
 * most max lines; returns how many the hunk has. */
int viewer_diff_lines(const char *hunk, int old_start, int new_start, ViewerDiffLine *out, int max);
/* The fills behind removed and added lines for a theme. */
Color viewer_diff_tint(const Theme *t, bool added);

/* The point of a metric source nearest in time to at, or -1 if none. */
int viewer_metric_nearest(const Source *s, DojoTime at);
/* The fill of the incident window behind the chart. */
Color viewer_metric_window_color(const Theme *t);
/* The chart's plot area inside r as the metric viewer lays it out, so a
 * test can aim the mouse at a time. */
Rect viewer_metric_plot(Ui *ui, Rect r);
/* The point under the mouse (nearest in time while over the plot), or -1. */
int viewer_metric_hovered(Ui *ui, Rect r, const Scenario *sc, int source);

#endif
