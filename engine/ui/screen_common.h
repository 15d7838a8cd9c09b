/* screen_common.h: pieces every screen uses: the spacing scale, section
 * labels, paragraphs cut off the top of a rectangle, banners, and the
 * copyable problem text of a scenario that did not load. */
#ifndef DOJO_SCREEN_COMMON_H
#define DOJO_SCREEN_COMMON_H

#include "core/util.h"
#include "ui/ui.h"

/* Spacing in design pixels: every gap on every screen is one of these. */
enum { SP_XS = 4, SP_S = 8, SP_M = 16, SP_L = 24, SP_XL = 40 };
/* The height of a rect that content flows down without limit (ui_cut_*
 * stop at a rect's end); draw it under a clip. */
#define SCREEN_UNBOUNDED (1 << 24)

Color screen_mix(Color a, Color b, float t);        /* a..b by t in 0..1 */
/* Height of text wrapped to width px, as ui_text_wrapped would draw it. */
int screen_text_height(Ui *ui, const char *text, FontStyle style, int width);
/* The height of every button, and a button's width for its label. */
int screen_button_h(Ui *ui);
int screen_button_w(Ui *ui, const char *label);
/* A centred column at most max_w design px wide, with side margins. */
Rect screen_column(Ui *ui, Rect area, int max_w);
/* A muted bold caption ("WHAT YOU HAVE") cut off the top of *r. */
void screen_caption(Ui *ui, Rect *r, const char *text);
/* Wrapped text cut off the top of *r, followed by gap design px. */
void screen_para(Ui *ui, Rect *r, const char *text, FontStyle style, Color c, int gap);

/* The high-contrast theme draws no tints: its panel is black. */
bool screen_high_contrast(const Theme *t);
/* A light wash of c over the panel (none in high contrast). */
Color screen_tint(const Theme *t, Color c);
/* Amber for "cautious": the themes have none, so one is picked to read on
 * the theme's background (high contrast: its yellow accent). */
Color screen_caution(const Theme *t);
/* How safe someone feels (interview candor, meeting openness, 0..100), in
 * one word and colour, with the same thresholds on every screen:
 * open at 60 and above, cautious from 35, guarded below. */
const char *screen_mood(int level);
Color screen_mood_color(const Theme *t, int level);
/* For lists of items measured once (tops[i] is item i's top, tops[count]
 * the end): the first item whose bottom is below y, by binary search. */
int screen_first_below(const int *tops, int count, int y);

/* A section's own header bar, a button high, cut from the top of *area
 * and drawn (panel, bottom rule); returns the padded row inside it. */
Rect screen_section_bar(Ui *ui, Rect *area);

/* Words a screen drew this frame, one a line, kept for tests that check
 * what a person would read (the headless renderer keeps no text). */
void screen_kept_add(StrBuf *kept, const char *text);
void screen_kept_clear(StrBuf *kept);
int screen_kept_text(Ui *ui, StrBuf *kept, Rect r, const char *text, FontStyle style, Color c);
int screen_kept_wrapped(Ui *ui, StrBuf *kept, Rect r, const char *text, FontStyle style, Color c);
/* "• text" with the wrapped lines hanging under the text. */
void screen_bullet(Ui *ui, Rect *r, const char *text, Color c);
/* A 1 px line across r's top, cut off with gap below it. */
void screen_rule(Ui *ui, Rect *r, int gap);
/* The bar across the top of a screen, cut off *area: draws its background
 * and returns a button-high strip inside it for the title and buttons. */
Rect screen_top_bar(Ui *ui, Rect *area);

typedef enum { BANNER_INFO, BANNER_ERROR } BannerKind;
enum { BANNER_DISMISSED = 1, BANNER_ACTION = 2 };
/* A message strip cut off the top of *area, with an optional action button
 * and a Dismiss button (when dismissable). Returns BANNER_* bits. */
unsigned screen_banner(Ui *ui, UiId id, Rect *area, BannerKind kind, const char *text,
                       const char *action, bool dismissable);

/* The problems of a scenario as read-only, selectable text with a "Copy
 * all" button under it (its rect goes to *copy); e->text holds them.
 * Returns true when copied. */
bool screen_problems(Ui *ui, UiId id, Rect r, UiTextEdit *e, Rect *copy);

#endif
