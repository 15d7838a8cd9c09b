/* screen_pin.h: the pin dialog, where an item becomes evidence with a
 * note, a marker and tags (a pin action) or stops being it (an unpin);
 * and what the Timeline and Search show of an item and of markers. */
#ifndef DOJO_SCREEN_PIN_H
#define DOJO_SCREEN_PIN_H

#include <stddef.h>
#include "core/action.h"
#include "core/session.h"
#include "ui/ui.h"

/* Zero it to start (closed); screen_pin_free releases the edits. */
typedef struct PinDialog {
    bool open;
    int item;                    /* the item being pinned or edited, while open */
    bool want_open;              /* open the modal at the next screen_pin */
    UiTextEdit note, tags;       /* tags: comma-separated */
    Marker marker;
    char error[320];             /* why the last Save was refused; "" */
    /* last frame's, for tests */
    Rect note_box, tags_box, markers[MARKER_COUNT], save_button, unpin_button, cancel_button;
} PinDialog;

/* Starts editing item, with its pin's note, marker and tags when it is
 * pinned. Returns false and opens nothing when the item's source is not
 * open, since the session would refuse the pin. */
bool screen_pin_open(PinDialog *d, const Session *s, int item);
bool screen_pin_is_open(const PinDialog *d);
/* Draws the dialog when open; call it after the rest of the frame, since
 * it is a modal. Returns true with *out (the caller's to apply and clear)
 * set to the pin or unpin action the user chose. */
bool screen_pin(Ui *ui, const Session *s, PinDialog *d, Action *out);
/* Closes it without an answer (after a reload the item may be gone). */
void screen_pin_close(PinDialog *d);
void screen_pin_free(PinDialog *d);

/* ---- what other screens show of items and pins ---- */
/* The marker's name as a label: "Detection", "Key moment"; "None". */
const char *screen_pin_marker_label(Marker m);
/* "Noor Haddad · 12:03": who and when, whichever the item has (its title
 * or kind when neither). */
void screen_pin_item_meta(const Scenario *sc, int item, char *buf, size_t size);
/* What the item says, in words: its text, with its title, field change,
 * verdict or kind where the text alone does not say it. Returns buf or a
 * constant. */
const char *screen_pin_item_text(const Scenario *sc, int item, char *buf, size_t size);
/* text wrapped to width and cut after max_lines with an ellipsis, into
 * out; returns the lines it takes. */
int screen_pin_clamp(Ui *ui, const char *text, FontStyle style, int width, int max_lines,
                     char *out, size_t size);
/* The tags on the session's pins, each once (case folded), most used
 * first; the strings are borrowed from the session. Returns how many. */
int screen_pin_session_tags(const Session *s, const char **out, int max);

/* A row of toggle buttons that wraps, cut off the top of *r: each label
 * with a dot of dots[i] before it (NULL or alpha 0: none), the selected
 * one filled with a tint of its colour. Ids come from scope and the index.
 * Returns the index clicked (or Enter/Space), else -1; rects (count) gets
 * the buttons. */
int screen_pin_toggles(Ui *ui, Rect *r, const char *scope, const char *const *labels,
                       const Color *dots, int count, int selected, Rect *rects);
/* The width of one toggle button, and the gap after it. */
int screen_pin_toggle_width(Ui *ui, const char *label, bool dot);

#endif
