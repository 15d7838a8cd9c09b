/* ui.h: a small immediate-mode widget layer over the platform API. Views
 * call these every frame with the rectangle to use; widgets return what the
 * user did (clicked, changed, chose) and never touch the session: a view
 * turns those into actions for the app to apply. Layout is explicit: cut
 * rectangles with ui_cut_* and hand them to widgets. */
#ifndef DOJO_UI_H
#define DOJO_UI_H

#include <stdbool.h>
#include <stdint.h>
#include "platform/platform.h"
#include "theme.h"

typedef struct Ui Ui;
typedef uint32_t UiId;          /* 0 is "no widget" */

/* Who owns what: the Ui borrows the Platform, which must outlive it. */
Ui *ui_create(Platform *p);
void ui_destroy(Ui *ui);

/* A frame: feed the input, run the views, end. Call between
 * platform_begin_frame and platform_end_frame. now_ms is UI time (tooltip
 * delay, caret blink), never the session's clock. ui_end_frame draws the
 * overlays (focus ring, tooltip) and settles focus. */
void ui_begin_frame(Ui *ui, const PlatformInput *in, uint32_t now_ms);
void ui_end_frame(Ui *ui);
/* The frame's UI time, as given to ui_begin_frame (ms; wraps). */
uint32_t ui_now(const Ui *ui);
/* For an event-driven loop, after ui_end_frame: -1 when nothing will change
 * until the next input, 0 when a widget changed state after it was drawn
 * (draw again now), else the ms until a timer (tooltip, caret blink) wants
 * a frame. */
int ui_next_frame_ms(const Ui *ui);

Platform *ui_platform(Ui *ui);
const PlatformInput *ui_input(const Ui *ui);
const Theme *ui_theme(const Ui *ui);
void ui_set_theme(Ui *ui, ThemeId theme);
ThemeId ui_theme_id(const Ui *ui);
/* The UI scale, 0.75 to 2.5; fonts follow through the platform. */
float ui_scale(const Ui *ui);
void ui_set_scale(Ui *ui, float scale);
/* A length in design pixels (at scale 1) to output pixels. */
int ui_px(const Ui *ui, int design_px);

/* ---- ids: stable across frames, from labels under a stack of scopes ---- */
UiId ui_id(Ui *ui, const char *label);
UiId ui_id_int(Ui *ui, const char *label, int n);     /* rows of a list */
void ui_push_scope(Ui *ui, const char *label);
void ui_pop_scope(Ui *ui);

/* ---- layout helpers: cut a strip off a side of *r and return it ---- */
Rect ui_cut_top(Rect *r, int h);
Rect ui_cut_bottom(Rect *r, int h);
Rect ui_cut_left(Rect *r, int w);
Rect ui_cut_right(Rect *r, int w);
Rect ui_inset(Rect r, int d);
bool ui_rect_contains(Rect r, int x, int y);

/* ---- drawing (clipped to the current clip) ---- */
void ui_fill(Ui *ui, Rect r, Color c);
void ui_frame(Ui *ui, Rect r, Color c, int thickness);           /* an outline */
/* Rounded, with soft corners; radius in output px. ui_box fills, then
 * draws a border of thickness (0: none) - a card, a panel. */
void ui_fill_rounded(Ui *ui, Rect r, int radius, Color c);
void ui_box(Ui *ui, Rect r, int radius, Color fill, Color border, int thickness);
/* One line of text, vertically centred in r and cut with an ellipsis if it
 * is wider; returns the width drawn. */
int ui_text(Ui *ui, Rect r, const char *text, FontStyle style, Color c);
/* Wrapped text from the top of r; returns the height it took. */
int ui_text_wrapped(Ui *ui, Rect r, const char *text, FontStyle style, Color c);
int ui_text_width(Ui *ui, const char *text, FontStyle style);
int ui_line_height(Ui *ui, FontStyle style);
void ui_push_clip(Ui *ui, Rect r);
void ui_pop_clip(Ui *ui);

/* ---- widgets ----
 * Mouse: a press goes to the first widget declared under the mouse that
 * takes input (containers such as lists take it after their rows, so a
 * button inside a row wins); a click is a press and a release on the same
 * widget. Rects are in output pixels. */
/* True when activated: clicked, or Enter/Space while focused. */
bool ui_button(Ui *ui, UiId id, Rect r, const char *label);
/* The same, drawn as the screen's main action (accent filled). */
bool ui_button_primary(Ui *ui, UiId id, Rect r, const char *label);
/* A row of tabs; returns the selected index (arrows move it when focused). */
int ui_tabs(Ui *ui, UiId id, Rect r, const char *const *labels, int count, int selected);
/* A vertical navigation list (the workspace's sections); same contract. */
int ui_nav(Ui *ui, UiId id, Rect r, const char *const *labels, int count, int selected);
/* A passive area that takes the mouse (a row of a viewer, an item of a
 * transcript): returns 1 when pressed, 2 when pressed as a double click,
 * else 0. It is no Tab stop; hover styling is the caller's (ui_hovered). */
int ui_clickable(Ui *ui, UiId id, Rect r);
/* A text link or a fold line: like ui_clickable (a press activates it),
 * but a Tab stop too, and Enter or Space activate it when focused.
 * It draws nothing but the focus ring; hover styling is the caller's. */
bool ui_link(Ui *ui, UiId id, Rect r);
/* True when id was under the mouse last frame (ui_hot() == id). */
bool ui_hovered(const Ui *ui, UiId id);
/* Asks for another frame at once: a view that moved something after
 * drawing it (a scroll to reveal an item) calls it. */
void ui_request_frame(Ui *ui);
/* Hover help shown after UI_TOOLTIP_DELAY_MS of hovering r, while the
 * mouse stays there and no button is down; call it after the widget it
 * explains. The text is copied (up to a few hundred bytes). */
#define UI_TOOLTIP_DELAY_MS 500
void ui_tooltip(Ui *ui, UiId id, Rect r, const char *text);

/* A scrollable region: the caller keeps the state between frames. */
typedef struct UiScroll { int offset; int content; } UiScroll;
/* Handles the wheel, PageUp/PageDown when the region is hovered or focused,
 * and draws a scroll bar at the right edge of r (drag the thumb, click the
 * track to page). Returns r minus the bar: push it as the clip and draw the
 * content at y - s->offset. content is the height of what scrolls. While
 * something scrolls the region is a Tab stop, so arrows, PageUp/PageDown
 * and Home/End reach it without a mouse. */
Rect ui_scroll_region(Ui *ui, UiId id, Rect r, UiScroll *s, int content);

/* A virtualised list of equal-height rows (row_h in output pixels): only
 * visible rows are handed out, already clipped, with the selection and
 * hover drawn behind them. Usage:
 *     UiList *l = ...; int i;
 *     ui_list_begin(ui, id, r, l, count, row_h);
 *     while (ui_list_row(ui, l, &i, &row)) { ...draw row i in row... }
 *     ui_list_end(ui, l);
 * Arrow keys, Home/End, PageUp/PageDown move the selection when focused;
 * a click selects; Enter or a double click sets activated. */
typedef struct UiList {
    UiScroll scroll;
    int selected;                 /* -1 for none */
    int activated;                /* this frame: row chosen with Enter/double click, else -1 */
    /* per frame, set by begin */
    UiId id; Rect r; int count, row_h, next, last;
} UiList;
void ui_list_begin(Ui *ui, UiId id, Rect r, UiList *l, int count, int row_h);
bool ui_list_row(Ui *ui, UiList *l, int *index, Rect *row);
void ui_list_end(Ui *ui, UiList *l);
/* Column headers for a table drawn with the list: widths in design px, the
 * last column takes the rest. */
void ui_table_header(Ui *ui, Rect r, const char *const *titles, const int *widths, int count);
/* Column col of a row (or of the header) with the same widths, padded. */
Rect ui_table_cell(Ui *ui, Rect row, const int *widths, int count, int col);

/* A draggable divider between two panes; r is the grip (a few px wide).
 * vertical: a vertical bar between left and right panes, dragged along x;
 * else a horizontal bar between top and bottom, dragged along y. *pos is
 * the first pane's size in output pixels, kept within [min, max]. Returns
 * true while dragging. */
bool ui_splitter(Ui *ui, UiId id, Rect r, bool vertical, int *pos, int min, int max);

/* Modal dialogs: while one is open, nothing outside it takes input (mouse,
 * focus, ui_key), Esc or its close button closes it (ui_modal_begin then
 * returns false), Tab stays inside and focus starts on its first widget and
 * returns where it was on close. width and height are in design px (kept
 * inside the window). Declare it last in the frame, so it draws on top; a
 * modal no view draws for a frame closes. Returns false when not open. */
void ui_modal_open(Ui *ui, UiId id);
bool ui_modal_begin(Ui *ui, UiId id, const char *title, int width, int height, Rect *content);
void ui_modal_end(Ui *ui);
void ui_modal_close(Ui *ui);
bool ui_modal_is_open(const Ui *ui, UiId id);

/* A byte range of an edit's text drawn with a wavy underline in color
 * (a phrase a checker flags). */
typedef struct UiTextMark { int start, len; Color color; } UiTextMark;

/* Editable text. The caller owns the buffer; undo history lives in it. */
typedef struct UiTextEdit {
    char *text; int len, cap;     /* UTF-8, always NUL-terminated */
    int cursor, anchor;           /* byte offsets; selection between them */
    bool multiline, read_only;
    int max_len;                  /* 0: no limit */
    UiScroll scroll;              /* vertical if multiline, else horizontal */
    const char *placeholder;      /* borrowed; shown muted while empty */
    /* undo: snapshots of (text, cursor), typing coalesced */
    struct UiUndo *undo; int undo_count, undo_cap, undo_pos;
    /* optional underlines, borrowed: the caller keeps them in step with the
     * text (ranges past its end are skipped). ui_text_input sets mark_hot
     * to the mark under the mouse, else -1. */
    const UiTextMark *marks; int mark_count, mark_hot;
} UiTextEdit;
/* init zeroes e (set read_only, max_len, placeholder after it); text may
 * be NULL. set replaces the text, puts the cursor at the end and forgets
 * the undo history. free releases the buffer and the history. */
void ui_text_edit_init(UiTextEdit *e, const char *text, bool multiline);
void ui_text_edit_set(UiTextEdit *e, const char *text);
void ui_text_edit_free(UiTextEdit *e);
enum { UI_TEXT_CHANGED = 1, UI_TEXT_SUBMITTED = 2, UI_TEXT_FOCUS_LOST = 4 };
/* Typing, IME composition, cursor keys (with Shift to select, Ctrl for
 * words), Home/End, mouse selection, Ctrl+A/C/X/V through the system
 * clipboard, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo. Enter submits
 * a single-line edit and inserts a newline in a multi-line one (Ctrl+Enter
 * submits it). Esc gives up focus. max_len counts bytes and never splits a
 * codepoint; pasted text is made valid UTF-8, newlines become spaces in a
 * single line. read_only refuses edits but selects and copies. Returns
 * UI_TEXT_* bits for this frame. */
unsigned ui_text_input(Ui *ui, UiId id, Rect r, UiTextEdit *e);

/* ---- focus and keyboard ---- */
/* Buttons, tabs, nav, lists, text inputs and scroll regions that scroll
 * are focusable in the order they were declared (splitters and scroll bars
 * are for the mouse); Tab and Shift+Tab move focus, wrapping, and are never
 * typed into an edit. Esc drops focus (or closes a modal; only a text edit
 * or a modal consumes the Esc). Clicking a widget focuses it and clicking
 * where no widget is drops focus. The ring shows once the keyboard is used
 * and hides on a mouse press; a focused widget that is not declared for a
 * frame loses focus. */
bool ui_has_focus(const Ui *ui, UiId id);
void ui_set_focus(Ui *ui, UiId id);
UiId ui_focus(const Ui *ui);
/* Key pressed this frame with exactly these modifiers, not yet taken by a
 * focused widget (the keys a focused widget handles are withheld from the
 * start of the frame, so the order of calls does not matter), and false
 * outside an open modal; ui_take_key marks it used. */
bool ui_key(Ui *ui, PlatformKey key, unsigned mods);
bool ui_take_key(Ui *ui, PlatformKey key, unsigned mods);
/* The widget under the mouse (last frame's), for tests and hover styling. */
UiId ui_hot(const Ui *ui);

#endif
