/* screen_error.h: what the user sees when a scenario cannot be loaded: the
 * problems as selectable, copyable text, a way to try again after fixing
 * them, and a way back home. Also the dialog that says a reload (F5)
 * failed while the previous version keeps running. */
#ifndef DOJO_SCREEN_ERROR_H
#define DOJO_SCREEN_ERROR_H

#include "ui/ui.h"

typedef enum { ERROR_NONE, ERROR_HOME, ERROR_RETRY } ErrorIntent;

/* Holds the text shown; screen_error_set fills it, screen_error_free frees it. */
typedef struct ErrorView {
    UiTextEdit text;
    bool started;
    int copies;                  /* times "Copy all" was used */
    Rect copy_button;            /* last frame's, for hit tests */
} ErrorView;

void screen_error_set(ErrorView *v, const char *report);
void screen_error_free(ErrorView *v);

/* The full screen for a scenario that did not load. */
ErrorIntent screen_error(Ui *ui, Rect area, const char *path, ErrorView *v);
/* The dialog after a failed reload; open it with ui_modal_open(ui,
 * screen_error_modal_id(ui)). Returns false once it is closed. */
UiId screen_error_modal_id(Ui *ui);
bool screen_error_modal(Ui *ui, ErrorView *v);

#endif
