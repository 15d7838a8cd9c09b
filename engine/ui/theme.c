/* theme.c: light, dark and high-contrast palettes. High contrast keeps
 * every text colour at 7:1 or more against its background. */
#include <string.h>
#include "theme.h"

static const Theme themes[THEME_COUNT] = {
    {"light", {250, 250, 248, 255}, {255, 255, 255, 255}, {28, 30, 33, 255},
     {96, 101, 110, 255}, {37, 99, 235, 255}, {214, 217, 222, 255},
     {185, 28, 28, 255}, {21, 128, 61, 255}},
    {"dark", {24, 26, 30, 255}, {33, 36, 41, 255}, {230, 232, 235, 255},
     {150, 156, 166, 255}, {96, 165, 250, 255}, {56, 60, 68, 255},
     {248, 113, 113, 255}, {74, 222, 128, 255}},
    {"high-contrast", {0, 0, 0, 255}, {0, 0, 0, 255}, {255, 255, 255, 255},
     {230, 230, 230, 255}, {255, 214, 0, 255}, {255, 255, 255, 255},
     {255, 120, 120, 255}, {120, 255, 120, 255}},
};

const Theme *theme_get(ThemeId id)
{
    return &themes[(int)id >= 0 && id < THEME_COUNT ? id : THEME_LIGHT];
}

int theme_parse(const char *name)
{
    for (int i = 0; i < THEME_COUNT; i++)
        if (strcmp(themes[i].name, name) == 0) return i;
    return -1;
}
