/* screen_error.c: a scenario's problems, never a crash: the error screen
 * and the failed-reload dialog share the copyable problems panel. */
#include <stdio.h>
#include "screen_common.h"
#include "screen_error.h"

void screen_error_set(ErrorView *v, const char *report)
{
    ui_text_edit_free(&v->text);
    ui_text_edit_init(&v->text, report, true);
    v->text.read_only = true;
    v->text.cursor = v->text.anchor = 0;
    v->started = false;
}

void screen_error_free(ErrorView *v)
{
    ui_text_edit_free(&v->text);
}

ErrorIntent screen_error(Ui *ui, Rect area, const char *path, ErrorView *v)
{
    const Theme *t = ui_theme(ui);
    ErrorIntent out = ERROR_NONE;
    ui_push_scope(ui, "error");
    Rect bar = screen_top_bar(ui, &area);
    Rect home = ui_cut_left(&bar, screen_button_w(ui, "\xE2\x80\xB9 Home"));
    if (ui_button(ui, ui_id(ui, "home"), home, "\xE2\x80\xB9 Home")) out = ERROR_HOME;
    ui_cut_left(&bar, ui_px(ui, SP_M));
    ui_text(ui, bar, "A scenario has problems", FONT_BOLD, t->text);
    Rect col = screen_column(ui, area, 960);
    ui_cut_top(&col, ui_px(ui, SP_XL));
    ui_cut_bottom(&col, ui_px(ui, SP_XL));
    screen_caption(ui, &col, "THIS SCENARIO COULD NOT BE LOADED");
    screen_para(ui, &col, path, FONT_BOLD, t->danger, SP_S);
    screen_para(ui, &col, "Incident Dojo checked it and found the problems below. Fix them in the "
                "scenario's files and choose Try again (or press F5). Your other scenarios and "
                "saves are not affected.", FONT_REGULAR, t->text, SP_M);
    int bh = screen_button_h(ui);
    Rect buttons = {col.x, col.y + col.h - bh, col.w, bh};    /* shared with Copy all */
    Rect retry = ui_cut_right(&buttons, screen_button_w(ui, "Try again"));
    ui_cut_right(&buttons, ui_px(ui, SP_S));
    Rect back = ui_cut_right(&buttons, screen_button_w(ui, "Back to home"));
    UiId retry_id = ui_id(ui, "retry");
    if (!v->started) ui_set_focus(ui, retry_id);
    v->started = true;
    if (screen_problems(ui, 1, col, &v->text, &v->copy_button)) v->copies++;
    if (ui_button_primary(ui, retry_id, retry, "Try again")) out = ERROR_RETRY;
    if (ui_button(ui, ui_id(ui, "back"), back, "Back to home")) out = ERROR_HOME;
    ui_pop_scope(ui);
    return out;
}

UiId screen_error_modal_id(Ui *ui)
{
    return ui_id(ui, "reload-failed");
}

bool screen_error_modal(Ui *ui, ErrorView *v)
{
    const Theme *t = ui_theme(ui);
    Rect c;
    if (!ui_modal_begin(ui, screen_error_modal_id(ui), "The scenario on disk has problems", 820, 520, &c))
        return false;
    screen_para(ui, &c, "Reloading failed, so the version you were playing keeps running and "
                "nothing was lost. Fix the problems below and press F5 again.",
                FONT_REGULAR, t->text, SP_M);
    int bh = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M);
    Rect row = ui_cut_bottom(&c, bh);
    ui_cut_bottom(&c, ui_px(ui, SP_M));
    Rect close = ui_cut_right(&row, screen_button_w(ui, "Close"));
    /* Close first: a modal's focus starts on its first widget, and Enter
     * should close it rather than land in the text */
    bool open = !ui_button_primary(ui, ui_id(ui, "close"), close, "Close");
    if (screen_problems(ui, 2, (Rect){c.x, c.y, c.w, c.h + bh + ui_px(ui, SP_M)}, &v->text, &v->copy_button))
        v->copies++;
    ui_modal_end(ui);
    if (!open) ui_modal_close(ui);
    return open;
}
