/* theme.c: light, dark and high-contrast palettes. High contrast keeps
 * every text colour at 7:1 or more against its background and shows state
 * with outlines and pure black, white, yellow and cyan rather than tints. */
#include <string.h>
#include "theme.h"

#define RGB(r, g, b) {r, g, b, 255}
#define RGBA(r, g, b, a) {r, g, b, a}

static const Theme themes[THEME_COUNT] = {
    {.name = "light", .background = RGB(246, 247, 249), .panel = RGB(255, 255, 255),
     .text = RGB(28, 30, 33), .text_muted = RGB(96, 101, 110), .accent = RGB(37, 99, 235),
     .border = RGB(218, 221, 226), .danger = RGB(185, 28, 28), .success = RGB(21, 128, 61),
     .panel_alt = RGB(241, 243, 246), .hover = RGB(236, 239, 243), .pressed = RGB(224, 228, 234),
     .button = RGB(255, 255, 255), .button_hover = RGB(244, 246, 248),
     .button_border = RGB(204, 208, 215), .button_border_hover = RGB(160, 166, 177),
     .button_text = RGB(28, 30, 33), .accent_hover = RGB(29, 78, 216),
     .accent_text = RGB(255, 255, 255), .row_selected = RGB(219, 232, 254),
     .row_selected_border = RGBA(0, 0, 0, 0), .selection = RGB(187, 214, 251),
     .selection_text = RGB(28, 30, 33), .input = RGB(255, 255, 255),
     .input_border = RGB(196, 201, 209), .focus_ring = RGB(59, 130, 246),
     .scrim = RGBA(15, 23, 42, 120), .shadow = RGBA(15, 23, 42, 18),
     .thumb = RGB(200, 204, 211), .thumb_hover = RGB(150, 157, 169),
     .tooltip = RGB(33, 37, 43), .tooltip_text = RGB(248, 249, 250),
     .tooltip_border = RGB(33, 37, 43)},
    {.name = "dark", .background = RGB(22, 24, 28), .panel = RGB(31, 34, 39),
     .text = RGB(230, 232, 235), .text_muted = RGB(152, 158, 168), .accent = RGB(96, 165, 250),
     .border = RGB(52, 56, 64), .danger = RGB(248, 113, 113), .success = RGB(74, 222, 128),
     .panel_alt = RGB(27, 30, 34), .hover = RGB(42, 46, 53), .pressed = RGB(52, 57, 66),
     .button = RGB(42, 46, 53), .button_hover = RGB(51, 56, 64),
     .button_border = RGB(64, 69, 78), .button_border_hover = RGB(92, 99, 111),
     .button_text = RGB(230, 232, 235), .accent_hover = RGB(147, 197, 253),
     .accent_text = RGB(10, 18, 32), .row_selected = RGB(30, 55, 92),
     .row_selected_border = RGBA(0, 0, 0, 0), .selection = RGB(38, 79, 138),
     .selection_text = RGB(240, 242, 245), .input = RGB(23, 25, 29),
     .input_border = RGB(64, 69, 78), .focus_ring = RGB(96, 165, 250),
     .scrim = RGBA(0, 0, 0, 150), .shadow = RGBA(0, 0, 0, 60),
     .thumb = RGB(70, 75, 85), .thumb_hover = RGB(104, 111, 123),
     .tooltip = RGB(58, 63, 72), .tooltip_text = RGB(242, 243, 245),
     .tooltip_border = RGB(78, 84, 95)},
    {.name = "high-contrast", .background = RGB(0, 0, 0), .panel = RGB(0, 0, 0),
     .text = RGB(255, 255, 255), .text_muted = RGB(230, 230, 230), .accent = RGB(255, 214, 0),
     .border = RGB(255, 255, 255), .danger = RGB(255, 120, 120), .success = RGB(120, 255, 120),
     .panel_alt = RGB(0, 0, 0), .hover = RGB(34, 34, 34), .pressed = RGB(60, 60, 60),
     .button = RGB(0, 0, 0), .button_hover = RGB(0, 0, 0),
     .button_border = RGB(255, 255, 255), .button_border_hover = RGB(255, 214, 0),
     .button_text = RGB(255, 255, 255), .accent_hover = RGB(255, 236, 110),
     .accent_text = RGB(0, 0, 0), .row_selected = RGB(0, 0, 0),
     .row_selected_border = RGB(255, 214, 0), .selection = RGB(255, 214, 0),
     .selection_text = RGB(0, 0, 0), .input = RGB(0, 0, 0),
     .input_border = RGB(255, 255, 255), .focus_ring = RGB(0, 230, 255),
     .scrim = RGBA(0, 0, 0, 190), .shadow = RGBA(0, 0, 0, 0),
     .thumb = RGB(255, 255, 255), .thumb_hover = RGB(255, 214, 0),
     .tooltip = RGB(0, 0, 0), .tooltip_text = RGB(255, 255, 255),
     .tooltip_border = RGB(255, 255, 255)},
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
