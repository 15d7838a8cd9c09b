/* theme.h: the colour palettes the screens draw with. */
#ifndef DOJO_THEME_H
#define DOJO_THEME_H

#include "platform/platform.h"   /* Color */

typedef enum { THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST, THEME_COUNT } ThemeId;

typedef struct Theme {
    const char *name;
    Color background, panel, text, text_muted, accent, border, danger, success;
} Theme;

const Theme *theme_get(ThemeId id);
/* Returns -1 for an unknown name. */
int theme_parse(const char *name);

#endif
