/* screen_pin_items.c: what the pin dialog, the Timeline and Search show of
 * an item (who, when, what it says, cut to a few lines), the tags in use,
 * and the row of toggle buttons the markers and tags are chosen with. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "screen_common.h"
#include "screen_pin.h"
#include "screen_source_text.h"
#include "text.h"

void screen_pin_item_meta(const Scenario *sc, int item, char *buf, size_t size)
{
    const Item *it = &sc->items[item];
    char when[32];
    screen_source_time(sc, it->at, when, sizeof when);
    const char *who = it->person >= 0 ? screen_source_person(sc, it->person) : NULL;
    if (who && when[0]) snprintf(buf, size, "%s \xC2\xB7 %s", who, when);
    else if (who || when[0]) snprintf(buf, size, "%s", who ? who : when);
    else snprintf(buf, size, "%s", it->title && *it->title ? it->title : model_item_kind_name(it->kind));
}

/* The alert events say what happened before what was written with them. */
static const char *pin_alert_verb(ItemKind k)
{
    switch (k) {
    case ITEM_PAGED: return "Paged";
    case ITEM_ACKED: return "Acknowledged";
    case ITEM_ESCALATED: return "Escalated";
    case ITEM_RESOLVED: return "Resolved";
    default: return NULL;
    }
}

const char *screen_pin_item_text(const Scenario *sc, int item, char *buf, size_t size)
{
    const Item *it = &sc->items[item];
    const char *text = it->text && *it->text ? it->text : NULL;
    const char *title = it->title && *it->title ? it->title : NULL;
    const char *verb = pin_alert_verb(it->kind);
    char until[32];
    switch (it->kind) {
    case ITEM_JOIN: return "joined the channel";
    case ITEM_LEAVE: return "left the channel";
    case ITEM_CHANGE:
        snprintf(buf, size, "%s: %s \xE2\x86\x92 %s", title ? title : "A field",
                 it->from && *it->from ? it->from : "(empty)", it->to && *it->to ? it->to : "(empty)");
        return buf;
    case ITEM_REVIEW:
        snprintf(buf, size, "Review (%s)%s%s", title ? title : "comment", text ? ": " : "", text ? text : "");
        return buf;
    case ITEM_HUNK:
        snprintf(buf, size, "%s%s%s", it->file ? it->file : "", it->file ? "\n" : "", text ? text : "");
        return buf;
    case ITEM_FIRED:
        snprintf(buf, size, "%s fired%s%s%s%s", title ? title : "An alert", it->severity ? " (" : "",
                 it->severity ? it->severity : "", it->severity ? ")" : "", text ? ": " : "");
        if (text) snprintf(buf + strlen(buf), size - strlen(buf), "%s", text);
        return buf;
    case ITEM_SHIFT:
        screen_source_time(sc, it->until, until, sizeof until);
        snprintf(buf, size, "On call (%s)%s%s", title ? title : "shift", until[0] ? " until " : "", until);
        return buf;
    default:
        break;
    }
    if (verb) snprintf(buf, size, "%s%s%s", verb, text || title ? ": " : "", text ? text : title ? title : "");
    else if (title && text) snprintf(buf, size, "%s: %s", title, text);
    else snprintf(buf, size, "%s", text ? text : title ? title : model_item_kind_name(it->kind));
    return buf;
}

/* Where to end a text cut at byte end: before the word that was cut, when
 * the line has room to lose it, so the ellipsis fits on the line. */
static int pin_cut_back(const char *text, int start, int end)
{
    int e = end;
    while (e > start && text[e - 1] != ' ' && end - e < 24) e--;
    if (e <= start || end - e >= 24) e = end;
    while (e > start && text[e - 1] == ' ') e--;
    while (e > start && ((unsigned char)text[e] & 0xC0) == 0x80) e--;   /* a codepoint boundary */
    return e;
}

int screen_pin_clamp(Ui *ui, const char *text, FontStyle style, int width, int max_lines,
                     char *out, size_t size)
{
    static TextLines lines;     /* scratch reused by every call: no allocation per frame */
    static const char ELLIPSIS[] = "\xE2\x80\xA6";
    lines.count = 0;
    size_t full = strlen(text), n = full;
    if (n + sizeof ELLIPSIS > size) n = size - sizeof ELLIPSIS;    /* only the first lines matter */
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
    TextBlock b = {text, (int)n, style, NULL, 0};
    int count = text_wrap(ui_platform(ui), &b, width > 1 ? width : 1, &lines);
    if (count <= max_lines && n == full) {
        snprintf(out, size, "%s", text);
        return count;
    }
    int last = count < max_lines ? count - 1 : max_lines - 1;
    int end = text_line_end(&b, lines.starts, count, last);
    if (count > max_lines || n < full) end = pin_cut_back(text, lines.starts[last], end);
    snprintf(out, size, "%.*s%s", end, text, ELLIPSIS);
    return last + 1;
}

static bool pin_tag_equal(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
    return *a == *b;
}

typedef struct TagCount { const char *tag; int n; } TagCount;

static int pin_tag_cmp(const void *a, const void *b)
{
    const TagCount *x = a, *y = b;
    return x->n != y->n ? y->n - x->n : strcmp(x->tag, y->tag);
}

int screen_pin_session_tags(const Session *s, const char **out, int max)
{
    enum { CAP = 256 };
    TagCount seen[CAP];
    int n = 0;
    for (int i = 0; i < s->sc->item_count; i++) {
        const Pin *p = &s->pins[i];
        for (int k = 0; p->pinned && k < p->tag_count; k++) {
            int j = 0;
            while (j < n && !pin_tag_equal(seen[j].tag, p->tags[k])) j++;
            if (j < n) seen[j].n++;
            else if (n < CAP) seen[n++] = (TagCount){p->tags[k], 1};
        }
    }
    qsort(seen, (size_t)n, sizeof *seen, pin_tag_cmp);
    int k = n < max ? n : max;
    for (int i = 0; i < k; i++) out[i] = seen[i].tag;
    return k;
}

/* ---- toggle buttons ---- */

int screen_pin_toggle_width(Ui *ui, const char *label, bool dot)
{
    return ui_text_width(ui, label, FONT_BOLD) + ui_px(ui, 2 * SP_M) + (dot ? ui_px(ui, 14) : 0);
}

/* The chosen toggle, drawn over the button that takes its input. */
static void pin_toggle_on(Ui *ui, Rect b, const char *label, Color c, bool dot)
{
    const Theme *t = ui_theme(ui);
    bool dark = t->panel.r + t->panel.g + t->panel.b < 3 * 96;
    ui_box(ui, b, ui_px(ui, 6), screen_mix(t->panel, c, dark ? 0.32f : 0.16f), c, ui_px(ui, 2));
    int w = ui_text_width(ui, label, FONT_BOLD), x = b.x + (b.w - w) / 2 + (dot ? ui_px(ui, 7) : 0);
    ui_text(ui, (Rect){x, b.y, b.x + b.w - x, b.h}, label, FONT_BOLD, t->text);
}

int screen_pin_toggles(Ui *ui, Rect *r, const char *scope, const char *const *labels,
                       const Color *dots, int count, int selected, Rect *rects)
{
    const Theme *t = ui_theme(ui);
    int h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_S), gap = ui_px(ui, SP_S);
    int x = r->x, y = r->y, chosen = -1, d = ui_px(ui, 8);
    for (int i = 0; i < count; i++) {
        bool dot = dots && dots[i].a;
        int w = screen_pin_toggle_width(ui, labels[i], dot);
        if (x > r->x && x + w > r->x + r->w) x = r->x, y += h + gap;
        Rect b = {x, y, w, h};
        if (rects) rects[i] = b;
        x += w + gap;
        if (ui_button(ui, ui_id_int(ui, scope, i), b, labels[i])) chosen = i;
        Color c = dot ? dots[i] : t->accent;
        if (i == selected) pin_toggle_on(ui, b, labels[i], c, dot);
        if (dot) ui_fill_rounded(ui, (Rect){b.x + ui_px(ui, 10), b.y + (h - d) / 2, d, d}, d / 2, c);
    }
    ui_cut_top(r, count ? y - r->y + h : 0);
    return chosen;
}
