/* viewer_common.c: what every viewer does the same way with its items:
 * the selected, found and pinned looks, picking with the mouse, and
 * scrolling an item into view. */
#include "viewer.h"

ViewerNav viewer_nav_init(const Session *session)
{
    return (ViewerNav){session, -1, -1, -1, -1};
}

Color viewer_marker_color(const Theme *t, Marker m)
{
    switch (m) {
    case MARKER_DETECTION: return (Color){214, 118, 10, 255};
    case MARKER_DIAGNOSIS: return (Color){86, 110, 230, 255};
    case MARKER_REPAIR: return (Color){30, 150, 80, 255};
    case MARKER_KEY_MOMENT: return (Color){200, 60, 150, 255};
    default: return t->accent;
    }
}

void viewer_item_backdrop(Ui *ui, Rect r, const ViewerNav *nav, int item)
{
    const Theme *t = ui_theme(ui);
    if (item < 0) return;
    if (item == nav->found) {
        Color c = t->accent;
        c.a = 40;
        ui_fill(ui, r, c);
    }
    if (item == nav->selected) {
        ui_fill(ui, r, t->row_selected);
        ui_frame(ui, r, t->row_selected_border, 1);
    }
    const Session *s = nav->session;
    if (s && item < s->sc->item_count && s->pins[item].pinned)
        ui_fill(ui, (Rect){r.x, r.y, ui_px(ui, 4), r.h}, viewer_marker_color(t, s->pins[item].marker));
}

void viewer_item_card(Ui *ui, Rect card, const ViewerNav *nav, int item)
{
    const Theme *t = ui_theme(ui);
    const Session *s = nav->session;
    bool pinned = s && item >= 0 && item < s->sc->item_count && s->pins[item].pinned;
    bool lit = item >= 0 && (item == nav->selected || item == nav->found);
    viewer_item_backdrop(ui, card, nav, item);
    if (!lit && !pinned) {
        ui_box(ui, card, ui_px(ui, 6), t->panel_alt, t->border, 1);
        return;
    }
    Rect body = card;
    if (pinned) body.x += ui_px(ui, 4), body.w -= ui_px(ui, 4);
    if (!lit) ui_fill(ui, body, t->panel_alt);
    if (item != nav->selected) ui_frame(ui, body, t->border, 1);
}

void viewer_item_input(Ui *ui, Rect r, ViewerNav *nav, int item)
{
    if (item < 0) return;
    int c = ui_clickable(ui, ui_id_int(ui, "viewer-item", item), r);
    if (c) nav->selected = item;
    if (c == 2) nav->pin_request = item;
}

void viewer_item_reveal(Ui *ui, ViewerNav *nav, int item, UiScroll *s, int top, int h, int view_h)
{
    if (item < 0 || nav->reveal != item) return;
    /* The item goes near the top, with a little room above it, as a jump
     * in a browser does; the scroll region clamps it to the content, which
     * may not be measured in full yet. */
    (void)h, (void)view_h;
    int y = top - ui_px(ui, 24);
    s->offset = y < 0 ? 0 : y;
    nav->reveal = -1;
    ui_request_frame(ui);
}

/* Sized for the longer label of a pinned item, so the button does not
 * jump while its label changes under the mouse. It is declared before
 * viewer_item_input, so a press on it is the button's, not the item's. */
bool viewer_pin_button(Ui *ui, Rect item_rect, ViewerNav *nav, int item)
{
    if (item < 0) return false;
    UiId id = ui_id_int(ui, "viewer-pin", item);
    bool over_button = ui_hovered(ui, id);
    if (!over_button && !ui_hovered(ui, ui_id_int(ui, "viewer-item", item)) && nav->selected != item) return false;
    const Session *s = nav->session;
    bool pinned = s && item < s->sc->item_count && s->pins[item].pinned;
    const char *label = !pinned ? "Pin" : over_button ? "Edit pin" : "Pinned";
    int inset = ui_px(ui, 4), h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 4);
    int wa = ui_text_width(ui, "Edit pin", FONT_REGULAR), wb = ui_text_width(ui, "Pinned", FONT_REGULAR);
    /* the button centres its label only with 12 px to spare each side */
    int w = (pinned ? (wa > wb ? wa : wb) : ui_text_width(ui, label, FONT_REGULAR)) + 2 * ui_px(ui, 12) + ui_px(ui, 2);
    if (h > item_rect.h) h = item_rect.h;
    int y = item_rect.h >= h + 2 * inset ? item_rect.y + inset : item_rect.y + (item_rect.h - h) / 2;
    Rect b = {item_rect.x + item_rect.w - w - inset, y, w, h};
    if (!ui_button(ui, id, b, label)) return false;
    nav->selected = item;
    nav->pin_request = item;
    return true;
}
