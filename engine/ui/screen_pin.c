/* screen_pin.c: the pin dialog. It edits a copy of the pin and answers
 * with one action; the session changes only when the app applies it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_pin.h"
#include "screen_sources.h"
#include "viewer.h"

enum { PIN_NONE, PIN_SAVE, PIN_UNPIN, PIN_CANCEL };
#define PIN_SUGGESTIONS 16

static const char *const MARKER_LABELS[MARKER_COUNT] = {
    "None", "Detection", "Diagnosis", "Repair", "Key moment"};

const char *screen_pin_marker_label(Marker m)
{
    return (unsigned)m < MARKER_COUNT ? MARKER_LABELS[m] : MARKER_LABELS[0];
}

/* Tags as the edit shows them: "factor, knowledge". */
static void pin_join_tags(const Pin *p, UiTextEdit *e)
{
    size_t n = 1;
    for (int i = 0; i < p->tag_count; i++) n += strlen(p->tags[i]) + 2;
    char *text = xmalloc(n);
    text[0] = 0;
    for (int i = 0; i < p->tag_count; i++) {
        if (i) strcat(text, ", ");
        strcat(text, p->tags[i]);
    }
    ui_text_edit_set(e, text);
    free(text);
}

bool screen_pin_open(PinDialog *d, const Session *s, int item)
{
    if (item < 0 || item >= s->sc->item_count || !s->opened[s->sc->items[item].source]) return false;
    const Pin *p = &s->pins[item];
    d->open = true;
    d->item = item;
    d->want_open = true;
    d->marker = p->pinned ? p->marker : MARKER_NONE;
    d->error[0] = 0;
    d->note.multiline = true;
    d->note.max_len = ACTION_MAX_TEXT;
    d->note.placeholder = "What could they see and know at this moment? What made it make sense?";
    ui_text_edit_set(&d->note, p->pinned && p->note ? p->note : "");
    d->tags.multiline = false;
    d->tags.max_len = ACTION_MAX_TAGS * (ACTION_MAX_TAG + 2);
    d->tags.placeholder = "For example: factor, knowledge";
    pin_join_tags(p->pinned ? p : &(Pin){0}, &d->tags);
    return true;
}

bool screen_pin_is_open(const PinDialog *d) { return d->open; }

void screen_pin_close(PinDialog *d)
{
    d->open = false;
    d->item = -1;
    d->want_open = false;
}

void screen_pin_free(PinDialog *d)
{
    ui_text_edit_free(&d->note);
    ui_text_edit_free(&d->tags);
    screen_pin_close(d);
}

/* ---- the action ---- */

static char *pin_strndup(const char *s, size_t n)
{
    char *out = xmalloc(n + 1);
    memcpy(out, s, n);
    out[n] = 0;
    return out;
}

static bool pin_same_tag(const char *a, const char *b, size_t bn)
{
    size_t an = strlen(a);
    if (an != bn) return false;
    for (size_t i = 0; i < an; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i])) return false;
    return true;
}

/* Splits "a, b,,c " into trimmed tags, each once (case folded, as the
 * rubric compares them). Too many or too long ones are kept, so that
 * action_validate says what is wrong. */
static int pin_parse_tags(const char *text, char ***out)
{
    int n = 0, cap = 0;
    char **tags = NULL;
    for (const char *p = text; *p;) {
        const char *end = strchr(p, ',');
        if (!end) end = p + strlen(p);
        const char *a = p, *b = end;
        while (a < b && isspace((unsigned char)*a)) a++;
        while (b > a && isspace((unsigned char)b[-1])) b--;
        bool dup = a == b;
        for (int i = 0; i < n && !dup; i++) dup = pin_same_tag(tags[i], a, (size_t)(b - a));
        if (!dup) {
            if (n == cap) tags = xrealloc(tags, sizeof *tags * (size_t)(cap = cap ? 2 * cap : 8));
            tags[n++] = pin_strndup(a, (size_t)(b - a));
        }
        p = *end ? end + 1 : end;
    }
    *out = tags;
    return n;
}

/* The note without the blank lines and spaces around it; NULL if empty. */
static char *pin_trimmed_note(const UiTextEdit *e)
{
    const char *a = e->text, *b = e->text + e->len;
    while (a < b && isspace((unsigned char)*a)) a++;
    while (b > a && isspace((unsigned char)b[-1])) b--;
    return a < b ? pin_strndup(a, (size_t)(b - a)) : NULL;
}

static bool pin_build(PinDialog *d, const Session *s, Action *out)
{
    Action a = {.kind = ACTION_PIN, .target = xstrdup(s->sc->items[d->item].id),
                .note = pin_trimmed_note(&d->note), .marker = d->marker};
    a.tag_count = pin_parse_tags(d->tags.text ? d->tags.text : "", &a.tags);
    char err[256];
    if (!action_validate(&a, err, sizeof err)) {
        snprintf(d->error, sizeof d->error, "Not saved: %s.", err);
        action_clear(&a);
        return false;
    }
    *out = a;
    return true;
}

/* ---- the dialog ---- */

static void pin_item_card(Ui *ui, Rect *c, const Scenario *sc, int item)
{
    const Theme *t = ui_theme(ui);
    int pad = ui_px(ui, SP_M), lh = ui_line_height(ui, FONT_REGULAR);
    char text[1024], meta[200], where[200], clamped[1024];
    screen_pin_item_text(sc, item, text, sizeof text);
    int lines = screen_pin_clamp(ui, text, FONT_REGULAR, c->w - 2 * pad, 3, clamped, sizeof clamped);
    Rect card = ui_cut_top(c, 2 * pad + lh + ui_px(ui, SP_XS) + lines * lh);
    ui_box(ui, card, ui_px(ui, 8), t->panel_alt, t->border, ui_px(ui, 1));
    Rect in = ui_inset(card, pad);
    const Source *src = &sc->sources[sc->items[item].source];
    snprintf(where, sizeof where, "%s \xC2\xB7 %s", src->title, screen_sources_kind_name(src->kind));
    int ww = ui_text_width(ui, where, FONT_REGULAR);
    Rect head = ui_cut_top(&in, lh);
    ui_text(ui, ui_cut_right(&head, ww < head.w / 2 ? ww : head.w / 2), where, FONT_REGULAR, t->text_muted);
    screen_pin_item_meta(sc, item, meta, sizeof meta);
    ui_text(ui, head, meta, FONT_BOLD, t->text);
    ui_cut_top(&in, ui_px(ui, SP_XS));
    ui_push_clip(ui, (Rect){in.x, in.y, in.w, lines * lh});
    ui_text_wrapped(ui, in, clamped, FONT_REGULAR, t->text);
    ui_pop_clip(ui);
    ui_cut_top(c, ui_px(ui, SP_M));
}

/* Tags used on other pins, as chips that add themselves to the edit; the
 * ones it already holds are left out. One row: what does not fit waits. */
static void pin_suggestions(Ui *ui, Rect row, const Session *s, PinDialog *d)
{
    const char *all[PIN_SUGGESTIONS], *show[PIN_SUGGESTIONS];
    int n = screen_pin_session_tags(s, all, PIN_SUGGESTIONS), k = 0;
    char **typed = NULL;
    int typed_n = pin_parse_tags(d->tags.text ? d->tags.text : "", &typed);
    static const char LABEL[] = "Used elsewhere:";
    int lw = ui_text_width(ui, LABEL, FONT_REGULAR) + ui_px(ui, SP_S), x = row.x + lw;
    for (int i = 0; i < n; i++) {
        bool dup = false;
        for (int j = 0; j < typed_n && !dup; j++) dup = pin_same_tag(typed[j], all[i], strlen(all[i]));
        int w = screen_pin_toggle_width(ui, all[i], false) + ui_px(ui, SP_S);
        if (dup || x + w - ui_px(ui, SP_S) > row.x + row.w) continue;
        show[k++] = all[i];
        x += w;
    }
    for (int j = 0; j < typed_n; j++) free(typed[j]);
    free(typed);
    if (!k) return;
    const Theme *t = ui_theme(ui);
    ui_text(ui, ui_cut_left(&row, lw), LABEL, FONT_REGULAR, t->text_muted);
    Rect rects[PIN_SUGGESTIONS], fit = row;
    int chosen = screen_pin_toggles(ui, &fit, "suggest", show, NULL, k, -1, rects);
    if (chosen < 0) return;
    const char *cur = d->tags.text ? d->tags.text : "";
    size_t len = strlen(cur);
    while (len && isspace((unsigned char)cur[len - 1])) len--;
    char *next = xmalloc(len + strlen(show[chosen]) + 4);
    snprintf(next, len + strlen(show[chosen]) + 4, "%.*s%s%s", (int)len, cur,
             len && cur[len - 1] != ',' ? ", " : len ? " " : "", show[chosen]);
    ui_text_edit_set(&d->tags, next);
    free(next);
}

static int pin_buttons(Ui *ui, Rect row, bool pinned, PinDialog *d)
{
    int result = PIN_NONE, gap = ui_px(ui, SP_S);
    const char *save = pinned ? "Save" : "Pin";
    d->save_button = ui_cut_right(&row, screen_button_w(ui, save) + ui_px(ui, SP_M));
    ui_cut_right(&row, gap);
    d->cancel_button = ui_cut_right(&row, screen_button_w(ui, "Cancel"));
    d->unpin_button = pinned ? ui_cut_left(&row, screen_button_w(ui, "Unpin")) : (Rect){0, 0, 0, 0};
    if (pinned && ui_button(ui, ui_id(ui, "unpin"), d->unpin_button, "Unpin")) result = PIN_UNPIN;
    if (ui_button(ui, ui_id(ui, "cancel"), d->cancel_button, "Cancel")) result = PIN_CANCEL;
    if (ui_button_primary(ui, ui_id(ui, "save"), d->save_button, save)) result = PIN_SAVE;
    return result;
}

static int pin_body(Ui *ui, Rect c, const Session *s, PinDialog *d)
{
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_REGULAR), edit_h = lh + ui_px(ui, SP_M), result = PIN_NONE;
    bool pinned = s->pins[d->item].pinned;
    Rect buttons = ui_cut_bottom(&c, screen_button_h(ui));
    Rect error = ui_cut_bottom(&c, lh + ui_px(ui, SP_S));
    pin_item_card(ui, &c, s->sc, d->item);
    Color dots[MARKER_COUNT];
    for (int m = 0; m < MARKER_COUNT; m++) dots[m] = m ? viewer_marker_color(t, (Marker)m) : (Color){0};
    /* the marker row and the tags go under the note, which takes the rest */
    int caption = ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_S);
    int below = 2 * (caption + ui_px(ui, SP_M)) + screen_button_h(ui) + edit_h + lh + ui_px(ui, SP_M);
    screen_caption(ui, &c, "NOTE");
    int note_h = c.h - below;
    note_h = note_h < 3 * lh + ui_px(ui, SP_M) ? 3 * lh + ui_px(ui, SP_M) : note_h > 8 * lh ? 8 * lh : note_h;
    d->note_box = ui_cut_top(&c, note_h);
    if (ui_text_input(ui, ui_id(ui, "note"), d->note_box, &d->note) & UI_TEXT_SUBMITTED) result = PIN_SAVE;
    ui_cut_top(&c, ui_px(ui, SP_M));
    screen_caption(ui, &c, "MARKER");
    int m = screen_pin_toggles(ui, &c, "marker", MARKER_LABELS, dots, MARKER_COUNT, d->marker, d->markers);
    if (m >= 0) d->marker = (Marker)m;
    ui_cut_top(&c, ui_px(ui, SP_M));
    screen_caption(ui, &c, "TAGS (COMMA-SEPARATED)");
    d->tags_box = ui_cut_top(&c, edit_h);
    if (ui_text_input(ui, ui_id(ui, "tags"), d->tags_box, &d->tags) & UI_TEXT_SUBMITTED) result = PIN_SAVE;
    ui_cut_top(&c, ui_px(ui, SP_S));
    pin_suggestions(ui, ui_cut_top(&c, lh + ui_px(ui, SP_S)), s, d);
    if (d->error[0]) ui_text(ui, error, d->error, FONT_REGULAR, t->danger);
    int b = pin_buttons(ui, buttons, pinned, d);
    return b != PIN_NONE ? b : result;
}

bool screen_pin(Ui *ui, const Session *s, PinDialog *d, Action *out)
{
    UiId id = ui_id(ui, "pin-dialog");
    if (d->want_open) ui_modal_open(ui, id);
    d->want_open = false;
    if (!d->open) return false;
    if (d->item < 0 || d->item >= s->sc->item_count) {
        screen_pin_close(d);
        return false;
    }
    Rect c;
    const char *title = s->pins[d->item].pinned ? "Edit the pin" : "Pin as evidence";
    if (!ui_modal_begin(ui, id, title, 680, 600, &c)) {
        screen_pin_close(d);        /* Esc, the close button, or another modal */
        return false;
    }
    ui_push_scope(ui, "pin");
    int result = pin_body(ui, c, s, d);
    ui_pop_scope(ui);
    ui_modal_end(ui);
    bool answered = false;
    if (result == PIN_SAVE) answered = pin_build(d, s, out);
    else if (result == PIN_UNPIN) {
        *out = (Action){.kind = ACTION_UNPIN, .target = xstrdup(s->sc->items[d->item].id)};
        answered = true;
    }
    if (answered || result == PIN_CANCEL) {
        ui_modal_close(ui);
        screen_pin_close(d);
    }
    return answered;
}
