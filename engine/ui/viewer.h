/* viewer.h: viewers that draw a source the way people know it from their
 * own tools: a pull request, a ticket, an alert timeline, a metric chart.
 * They never change the session: through a ViewerNav they show which items
 * are selected, found or pinned, scroll an item into view on request, and
 * report which item the user picked or asked to pin. */
#ifndef DOJO_VIEWER_H
#define DOJO_VIEWER_H

#include "core/model.h"
#include "core/session.h"
#include "ui/ui.h"

/* What the screen around a viewer shares with it, kept between frames.
 * Items are indices into Scenario.items; -1 means none. */
typedef struct ViewerNav {
    const Session *session;  /* pinned items get a marker stripe; NULL: none */
    int selected;            /* the viewer sets it when an item is clicked */
    int reveal;              /* scrolled into view by the next draw, which resets it */
    int found;               /* where a search result landed: tinted */
    int pin_request;         /* out: double-clicked (or pin button): pin or edit it */
} ViewerNav;

/* Nothing selected, revealed, found or requested. */
ViewerNav viewer_nav_init(const Session *session);
/* The colour of a marker's stripe and badge (MARKER_NONE: the accent). */
Color viewer_marker_color(const Theme *t, Marker m);
/* Draws an item's state behind r: found tint, selection, and for a pinned
 * item a stripe at r's left edge in its marker's colour. Call before
 * drawing the item. */
void viewer_item_backdrop(Ui *ui, Rect r, const ViewerNav *nav, int item);
/* The same for an item drawn as a card (a review comment, a ticket
 * comment): its own fill would hide the backdrop, so it steps aside: a
 * selected or found card shows the backdrop's colour, a pinned one keeps
 * its stripe uncovered at its left edge. Unmarked cards stay rounded. */
void viewer_item_card(Ui *ui, Rect card, const ViewerNav *nav, int item);
/* Takes the mouse over an item (after the item's own widgets, so they win):
 * a press selects it, a double click also sets pin_request. */
void viewer_item_input(Ui *ui, Rect r, ViewerNav *nav, int item);
/* When nav->reveal is item, scrolls s so the item's content span
 * [top, top + h) shows in a view of view_h, resets reveal and asks for a
 * frame. Viewers call it for each item as they measure it. */
void viewer_item_reveal(Ui *ui, ViewerNav *nav, int item, UiScroll *s, int top, int h, int view_h);
/* A small "Pin" button ("Pinned", "Edit pin" once pinned) at the top
 * right of item_rect while the item is hovered or selected; a click
 * selects the item and sets pin_request. Call it after drawing the item
 * and before viewer_item_input. True when clicked. */
bool viewer_pin_button(Ui *ui, Rect item_rect, ViewerNav *nav, int item);

/* Each draws source in r; scroll is the caller's between frames (content
 * is measured while drawing, so the first frame may scroll short). */
void viewer_pr_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);
void viewer_ticket_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);
void viewer_alerts_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);
void viewer_metric_draw(Ui *ui, Rect r, const Scenario *sc, int source, ViewerNav *nav);
void viewer_call_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);
void viewer_oncall_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);
void viewer_calendar_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);
void viewer_document_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav);

/* A chat channel keeps more between frames (the virtualised transcript,
 * the open thread), so it has a state of its own. */
typedef struct ViewerChat ViewerChat;
ViewerChat *viewer_chat_create(void);
void viewer_chat_destroy(ViewerChat *c);
/* Draws the channel source in r; the state rebuilds itself when the
 * scenario, source or theme changes. */
void viewer_chat_draw(Ui *ui, Rect r, const Scenario *sc, int source, ViewerChat *c, ViewerNav *nav);

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

/* ---- call, on-call, calendar, document ---- */

/* One speaker's share of a call, estimated from the words of their turns
 * (a transcript has no durations). person is -1 for turns without one. */
typedef struct ViewerTalk { int person, words, turns; } ViewerTalk;
/* Words in text: runs of non-space bytes with a letter or digit in them. */
int viewer_call_words(const char *text);
/* The speakers of a call, most words first, then by name. Writes at most
 * max (speakers past that are left out) and returns how many it wrote. */
int viewer_call_talk(const Scenario *sc, int source, ViewerTalk *out, int max);

/* A time's calendar date in the scenario's time zone. weekday: 0 is
 * Monday; days counts from 1970-01-01, so equal days mean the same date. */
typedef struct ViewerDate { int year, month, day, weekday; long long days; } ViewerDate;
ViewerDate viewer_date(const Scenario *sc, DojoTime t);
/* "Thu 12 Mar", or with full "Thursday 12 March 2026"; "" for no time. */
void viewer_date_text(const Scenario *sc, DojoTime t, bool full, char *buf, int size);
/* Whether [at, until] meets the incident window (until NONE: the moment at). */
bool viewer_in_incident(const Scenario *sc, DojoTime at, DojoTime until);
/* A small rounded label tinted with c ("During the incident"), drawn at
 * (x, y); returns its width. viewer_badge_w measures it, _h its height. */
int viewer_badge(Ui *ui, int x, int y, const char *label, Color c);
int viewer_badge_w(Ui *ui, const char *label);
int viewer_badge_h(Ui *ui);

#endif
