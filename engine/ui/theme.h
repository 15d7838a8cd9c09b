/* theme.h: the colour palettes the screens and widgets draw with. */
#ifndef DOJO_THEME_H
#define DOJO_THEME_H

#include "platform/platform.h"   /* Color */

typedef enum { THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST, THEME_COUNT } ThemeId;

typedef struct Theme {
    const char *name;
    Color background, panel, text, text_muted, accent, border, danger, success;
    /* widget states; a colour with alpha 0 is not drawn */
    Color panel_alt;                    /* sidebars, table headers, title bars */
    Color hover, pressed;               /* a row, tab or nav item under the mouse / held */
    Color button, button_hover, button_border, button_border_hover, button_text;
    Color accent_hover, accent_text;    /* primary buttons: accent fill, accent_text label */
    Color row_selected, row_selected_border;
    Color selection, selection_text;    /* selected text in an edit */
    Color input, input_border;
    Color focus_ring;
    Color scrim, shadow;
    Color thumb, thumb_hover;
    Color tooltip, tooltip_text, tooltip_border;
} Theme;

const Theme *theme_get(ThemeId id);
/* Returns -1 for an unknown name. */
int theme_parse(const char *name);

#endif
