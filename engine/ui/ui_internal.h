/* ui_internal.h: the Ui context and the helpers the widget files share
 * (hit testing, focus, keys, shapes, scroll bars, the edit buffer). Views
 * include ui.h only. */
#ifndef DOJO_UI_INTERNAL_H
#define DOJO_UI_INTERNAL_H

#include "ui.h"
#include "text.h"

#define UI_SCOPE_DEPTH 32
#define UI_MAX_FOCUSABLE 512    /* Tab stops per frame; more are skipped by Tab */
#define UI_TIP_SIZE 512
#define UI_BLINK_MS 530

/* Which keys a focused widget handles: withheld from ui_key for the frame. */
typedef bool (*UiKeyFilter)(PlatformKey key, unsigned mods);

typedef struct UiFocusable {
    UiId id;
    UiKeyFilter wants;
    bool in_modal;
} UiFocusable;

/* One frame's Tab order: built while declaring, read next frame. */
typedef struct UiOrder {
    UiFocusable items[UI_MAX_FOCUSABLE];
    int count;
} UiOrder;

struct Ui {
    Platform *p;
    PlatformInput in;
    uint32_t now, frame;
    ThemeId theme_id;
    const Theme *theme;
    TextCache *cache;
    UiId scopes[UI_SCOPE_DEPTH];
    int nscopes;

    /* mouse: hover goes to the first claimant of a frame */
    UiId hot, hot_next, active;
    bool hover_taken, active_seen, press_taken;
    int active_part, drag_from, drag_value;
    UiId wheel_target, wheel_next;
    bool wheel_used;

    /* keys */
    bool key_used[PLATFORM_MAX_KEYS], key_reserved[PLATFORM_MAX_KEYS];

    /* focus */
    UiId focus, blurred;
    uint32_t blurred_frame;
    bool focus_seen, focus_visible;
    int focus_ring;             /* UiRing of the focused widget */
    Rect focus_rect, focus_clip;
    UiOrder orders[2];          /* [frame & 1] is being built */

    /* modal */
    UiId modal, modal_prev_focus, modal_first;
    bool in_modal, modal_seen, modal_focus_pending;
    uint32_t modal_opened_frame;

    /* tooltip */
    UiId tip_id;
    bool tip_seen, tip_blocked, tip_show;
    uint32_t tip_since;
    Rect tip_anchor;
    char tip_text[UI_TIP_SIZE];

    /* text editing */
    bool ime_on, ime_seen;
    Rect ime_rect;
    int caret_goal_x;           /* for Up/Down: -1 when unset */
    uint32_t caret_since;       /* blink phase starts here */
    bool redraw;
};

/* ---- input (ui.c, ui_focus.c) ---- */
typedef struct UiHit {
    bool hover;         /* under the mouse and taking input */
    bool pressed;       /* the press started on it this frame */
    bool held;          /* it has the mouse and the button is down */
    bool clicked;       /* released over it after a press on it */
} UiHit;

bool ui_blocked(const Ui *ui);
bool ui_mouse_over(const Ui *ui, Rect r);
/* Hover, press and release for one widget; focusable widgets are focused by
 * a press. */
UiHit ui_hit(Ui *ui, UiId id, Rect r, bool focusable);
UiId ui_sub_id(UiId id, const char *salt);
/* Where the focus ring goes: around small controls, inside large panes
 * (which often reach the window's edge), or nowhere (edits draw their own). */
typedef enum { UI_RING_NONE, UI_RING_AROUND, UI_RING_INSIDE } UiRing;
/* Adds id to the Tab order; true if it has focus. */
bool ui_focus_register(Ui *ui, UiId id, Rect r, UiKeyFilter wants, UiRing ring);
void ui_focus_change(Ui *ui, UiId id);
void ui_focus_begin_frame(Ui *ui);
void ui_focus_end_frame(Ui *ui);
/* The i-th key of the frame if not yet used (reservations do not apply:
 * for the focused widget itself), else NULL. */
const KeyPress *ui_key_at(const Ui *ui, int i);
void ui_key_use(Ui *ui, int i);
/* Takes a key ignoring reservations: for the focused widget. */
bool ui_widget_key(Ui *ui, PlatformKey key, unsigned mods);

/* ---- shapes (ui_draw.c) ---- */
void ui_stroke_rounded(Ui *ui, Rect r, int radius, int thickness, Color c);
void ui_shadow(Ui *ui, Rect r, int radius, int spread, Color c);
/* Text starting at x, vertically centred in r, cut with an ellipsis to fit
 * r's right edge. */
int ui_text_at(Ui *ui, Rect r, int x, const char *text, FontStyle style, Color c);
void ui_draw_overlays(Ui *ui);

/* ---- scroll bars (ui_scroll.c) ---- */
typedef struct UiBar {
    Rect track, thumb;
    bool visible, hover, held;
} UiBar;
/* Clamps s to content, takes the wheel over view, drags the thumb and pages
 * on a track click. The bar sits at view's right edge. */
UiBar ui_bar_update(Ui *ui, UiId id, Rect view, UiScroll *s, int content);
void ui_bar_draw(Ui *ui, const UiBar *b);
int ui_bar_width(const Ui *ui);
void ui_scroll_clamp(UiScroll *s, int view_h);
/* Moves s so that [top, top + h) is inside a view of view_h. */
void ui_scroll_to_show(UiScroll *s, int top, int h, int view_h);

/* ---- the edit buffer (ui_text_edit.c) ---- */
enum { UI_UNDO_NONE, UI_UNDO_TYPE, UI_UNDO_BACK, UI_UNDO_FORWARD, UI_UNDO_OTHER };
int ui_utf8_next(const char *s, int len, int i);
int ui_utf8_prev(const char *s, int i);
int ui_edit_word_left(const UiTextEdit *e, int i);
int ui_edit_word_right(const UiTextEdit *e, int i);
void ui_edit_selection(const UiTextEdit *e, int *a, int *b);
/* Selects the word at pos, or the one character there if it is no word. */
void ui_edit_select_word(UiTextEdit *e, int pos);
/* Replaces bytes [a, b) with s (cleaned to valid UTF-8 and cut to max_len),
 * leaves the cursor after it, records undo under kind; true if the text
 * changed. */
bool ui_edit_replace(UiTextEdit *e, int a, int b, const char *s, int n, int kind);
bool ui_edit_undo(UiTextEdit *e);
bool ui_edit_redo(UiTextEdit *e);
/* The caret moved on its own: the next typing starts a new undo step. */
void ui_edit_break_undo(UiTextEdit *e);


/* ---- an edit's layout and drawing (ui_text_layout.c) ---- */
typedef struct UiEditLayout {
    Rect box, inner;        /* the widget; where the text goes */
    const int *starts;      /* line starts: the text cache's, or &one_line */
    int nlines, lh, one_line;
    int ox, oy;             /* screen position of the text's origin, scrolled */
} UiEditLayout;
void ui_edit_layout(Ui *ui, const UiTextEdit *e, Rect r, UiEditLayout *L);
/* Moves the origin after the scroll offset changed. */
void ui_edit_place(const UiTextEdit *e, UiEditLayout *L);
int ui_edit_line_of(const UiEditLayout *L, int pos);
/* Where a caret can sit at the end of line i (before its newline). */
int ui_edit_line_end(const UiTextEdit *e, const UiEditLayout *L, int i);
/* x of pos from its line's start, in px. */
int ui_edit_x_of(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int pos);
/* The caret position nearest to screen point (x, y). */
int ui_edit_pos_at(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int x, int y);
/* On screen, for the IME's candidate window. */
Rect ui_edit_caret_rect(Ui *ui, const UiTextEdit *e, const UiEditLayout *L);
/* Keeps the scroll inside the text (it may have shrunk). */
void ui_edit_clamp_scroll(Ui *ui, UiTextEdit *e, UiEditLayout *L);
/* Scrolls so the caret shows. */
void ui_edit_follow_caret(Ui *ui, UiTextEdit *e, UiEditLayout *L);
void ui_edit_draw(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, bool focused, bool hover);

#endif
