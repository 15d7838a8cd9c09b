/* screen_timeline_internal.h: what the Timeline's frame (screen_timeline.c)
 * and its rows (screen_timeline_row.c) share: one set of measures, so a
 * row is drawn exactly as high as it was measured. */
#ifndef DOJO_SCREEN_TIMELINE_INTERNAL_H
#define DOJO_SCREEN_TIMELINE_INTERNAL_H

#include "screen_timeline.h"

/* In output px; x positions from the view's left edge. */
typedef struct TlMetrics {
    int lh, pad, head_h, chip_h;
    int spine_x;                 /* the vertical line the moments hang on */
    int card_x, card_w, text_w;
} TlMetrics;

TlMetrics timeline_metrics(Ui *ui, Rect body);
int timeline_row_height(Ui *ui, const TlMetrics *m, const Session *s, const TimelineRow *r);
/* Draws r in at (its full height); sets r->show, r->edit and r->card. *tag
 * gets a tag chip the user clicked (borrowed from the pin), else stays;
 * *fact_selected (fact + 1, 0: none) is drawn and set by a click on a fact. */
TimelineIntent timeline_row_draw(Ui *ui, Rect at, const TlMetrics *m, const Session *s, TimelineRow *r,
                                 const char **tag, int *fact_selected);
/* The colour of what was learned in interviews: the filter's dot, the
 * badge and the outline of a fact's card. */
Color timeline_fact_color(const Theme *t);

#endif
