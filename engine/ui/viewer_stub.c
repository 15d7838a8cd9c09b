/* viewer_stub.c: TEMPORARY plain-text fallback for the kinds whose viewers
 * are being written; removed when they land. */
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

static void stub_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll)
{
    Arena a = {0};
    const char *code = NULL;
    const char *text = screen_source_text(&a, sc, source, &code);
    Rect view = ui_scroll_region(ui, ui_id(ui, "stub"), r, scroll, scroll->content);
    Rect col = ui_inset(view, ui_px(ui, SP_L));
    ui_push_clip(ui, view);
    col.y -= scroll->offset;
    col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    screen_para(ui, &col, text, FONT_REGULAR, ui_theme(ui)->text, SP_L);
    scroll->content = col.y - top + 2 * ui_px(ui, SP_L);
    ui_pop_clip(ui);
    arena_destroy(&a);
}

void viewer_call_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{ (void)nav; stub_draw(ui, r, sc, source, scroll); }
void viewer_oncall_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{ (void)nav; stub_draw(ui, r, sc, source, scroll); }
void viewer_calendar_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{ (void)nav; stub_draw(ui, r, sc, source, scroll); }
void viewer_document_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{ (void)nav; stub_draw(ui, r, sc, source, scroll); }
