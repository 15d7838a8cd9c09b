/* viewer_call.c: a call as a meeting tool's recording page: when and who,
 * a talk-time panel (estimated by words), then the transcript. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

enum { CALL_MAX_SPEAKERS = 64 };

/* ---- talk time ---- */

static bool word_byte(unsigned char c)
{
    /* bytes of multi-byte UTF-8 count as letters: "Tomás", "naïve" */
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static bool space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int viewer_call_words(const char *text)
{
    int n = 0;
    for (const char *p = text ? text : ""; *p;) {
        while (*p && space_byte(*p)) p++;
        bool word = false;
        for (; *p && !space_byte(*p); p++) word = word || word_byte((unsigned char)*p);
        n += word;
    }
    return n;
}

/* Most words first; ties by name, then by person so the order is total. */
static bool talk_before(const Scenario *sc, const ViewerTalk *a, const ViewerTalk *b)
{
    if (a->words != b->words) return a->words > b->words;
    int c = strcmp(screen_source_person(sc, a->person), screen_source_person(sc, b->person));
    return c ? c < 0 : a->person < b->person;
}

int viewer_call_talk(const Scenario *sc, int source, ViewerTalk *out, int max)
{
    const Source *s = &sc->sources[source];
    int n = 0;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) {
        const Item *it = &sc->items[i];
        if (it->kind != ITEM_TURN) continue;
        int k = 0;
        while (k < n && out[k].person != it->person) k++;
        if (k == n) {
            if (n == max) continue;
            out[n++] = (ViewerTalk){it->person, 0, 0};
        }
        out[k].words += viewer_call_words(it->text);
        out[k].turns++;
    }
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0 && talk_before(sc, &out[b], &out[b - 1]); b--) {
            ViewerTalk tmp = out[b];
            out[b] = out[b - 1], out[b - 1] = tmp;
        }
    return n;
}

/* ---- drawing ---- */

typedef struct CallDraw {
    Ui *ui; const Theme *t; const Scenario *sc; const Source *s; ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y;
} CallDraw;

static bool call_visible(const CallDraw *d, int h) { return d->y + h > d->view.y && d->y < d->view.y + d->view.h; }

static void call_para(CallDraw *d, const char *text, FontStyle f, Color c, int gap)
{
    int h = screen_text_height(d->ui, text, f, d->w);
    if (call_visible(d, h)) ui_text_wrapped(d->ui, (Rect){d->x, d->y, d->w, h}, text, f, c);
    d->y += h + ui_px(d->ui, gap);
}

static void call_header(CallDraw *d)
{
    const Source *s = d->s;
    char a[32], z[32], span[32], line[160];
    screen_source_time(d->sc, s->started, a, sizeof a);
    screen_source_time(d->sc, s->ended, z, sizeof z);
    call_para(d, s->title ? s->title : "Call", FONT_BOLD, d->t->text, SP_XS);
    if (a[0] && z[0] && s->ended >= s->started) {
        gameclock_format_span((int)((s->ended - s->started + 30) / 60), span, sizeof span);
        snprintf(line, sizeof line, "%s \xE2\x80\x93 %s \xC2\xB7 %s", a, z, span);
    } else snprintf(line, sizeof line, "%s%s", a[0] ? "Started " : "Start and end not recorded", a);
    call_para(d, line, FONT_REGULAR, d->t->text_muted, SP_XS);
    char who[1024];
    int n = snprintf(who, sizeof who, "%d attendee%s", s->people.n, s->people.n == 1 ? "" : "s");
    for (int k = 0; k < s->people.n && n > 0 && n < (int)sizeof who; k++)
        n += snprintf(who + n, sizeof who - (size_t)n, "%s%s", k ? ", " : ": ", screen_source_person(d->sc, s->people.v[k]));
    if (s->people.n) call_para(d, who, FONT_REGULAR, d->t->text_muted, SP_XS);
    d->y += ui_px(d->ui, SP_M);
}

/* One speaker's row: name, a bar of their share, "64 words · 33%". */
static void call_talk_row(CallDraw *d, Rect in, int name_w, const ViewerTalk *v, int total)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    int lh = ui_line_height(ui, FONT_REGULAR), gap = ui_px(ui, SP_S);
    char label[64];
    int pct = total ? (v->words * 100 + total / 2) / total : 0;
    snprintf(label, sizeof label, "%d word%s \xC2\xB7 %d%%", v->words, v->words == 1 ? "" : "s", pct);
    int label_w = ui_text_width(ui, "0000 words \xC2\xB7 100%", FONT_REGULAR);
    ui_text(ui, (Rect){in.x, d->y, name_w, lh}, screen_source_person(d->sc, v->person), FONT_REGULAR, t->text);
    Rect track = {in.x + name_w + gap, d->y + lh / 4, in.w - name_w - label_w - 2 * gap, lh / 2};
    if (track.w > 0) {
        ui_box(ui, track, ui_px(ui, 3), t->panel, t->border, ui_px(ui, 1));
        /* the bar is the share itself: a full track would be every word */
        int bw = total ? (int)((long long)track.w * v->words / total) : 0;
        if (bw > 0) ui_fill_rounded(ui, (Rect){track.x, track.y, bw, track.h}, ui_px(ui, 3), t->accent);
    }
    int w = ui_text_width(ui, label, FONT_REGULAR);     /* right-aligned, so the figures line up */
    ui_text(ui, (Rect){in.x + in.w - w, d->y, w + 1, lh}, label, FONT_REGULAR, t->text_muted);
}

/* Attendees without a single turn, so silence shows too. */
static void call_silent(const CallDraw *d, const ViewerTalk *v, int n, char *buf, size_t size)
{
    buf[0] = 0;
    for (int k = 0; k < d->s->people.n; k++) {
        int p = d->s->people.v[k], j = 0;
        while (j < n && v[j].person != p) j++;
        if (j < n) continue;
        size_t at = strlen(buf);
        snprintf(buf + at, size - at, "%s%s", at ? ", " : "Did not speak: ", screen_source_person(d->sc, p));
    }
}

static void call_talk(CallDraw *d)
{
    Ui *ui = d->ui;
    ViewerTalk v[CALL_MAX_SPEAKERS];
    int n = viewer_call_talk(d->sc, (int)(d->s - d->sc->sources), v, CALL_MAX_SPEAKERS), total = 0;
    if (!n) return;
    for (int k = 0; k < n; k++) total += v[k].words;
    char silent[512];
    call_silent(d, v, n, silent, sizeof silent);
    int pad = ui_px(ui, SP_M), lh = ui_line_height(ui, FONT_REGULAR), row = lh + ui_px(ui, SP_S);
    int inner_w = d->w - 2 * pad;
    const char *note = "Share of the words spoken: an estimate from the transcript, not measured time.";
    int note_h = screen_text_height(ui, note, FONT_REGULAR, inner_w);
    int silent_h = silent[0] ? screen_text_height(ui, silent, FONT_REGULAR, inner_w) + ui_px(ui, SP_XS) : 0;
    int h = 2 * pad + lh + note_h + ui_px(ui, SP_S) + n * row + silent_h;
    if (call_visible(d, h)) {
        Rect card = {d->x, d->y, d->w, h};
        ui_box(ui, card, ui_px(ui, 6), d->t->panel_alt, d->t->border, ui_px(ui, 1));
        Rect in = ui_inset(card, pad);
        int name_w = 0;
        for (int k = 0; k < n; k++) {
            int w = ui_text_width(ui, screen_source_person(d->sc, v[k].person), FONT_REGULAR);
            name_w = w > name_w ? w : name_w;
        }
        name_w = name_w > in.w / 3 ? in.w / 3 : name_w;
        int y0 = d->y;
        d->y = in.y;
        ui_text(ui, (Rect){in.x, d->y, in.w, lh}, "Talk time", FONT_BOLD, d->t->text);
        ui_text_wrapped(ui, (Rect){in.x, d->y + lh, in.w, note_h}, note, FONT_REGULAR, d->t->text_muted);
        d->y += lh + note_h + ui_px(ui, SP_S);
        for (int k = 0; k < n; k++, d->y += row) call_talk_row(d, in, name_w, &v[k], total);
        if (silent[0]) ui_text_wrapped(ui, (Rect){in.x, d->y + ui_px(ui, SP_XS), in.w, silent_h}, silent, FONT_REGULAR, d->t->text_muted);
        d->y = y0;
    }
    d->y += h + ui_px(ui, SP_L);
}

/* Up to two initials, a codepoint each: "Tomás Ferreira" -> "TF". */
static void call_initials(const char *name, char *out, size_t size)
{
    const char *first = name, *last = NULL;
    for (const char *p = name; *p; p++)
        if (p > name && p[-1] == ' ' && *p != ' ') last = p;
    size_t n = 0;
    for (const char *w = first; w; w = w == first ? last : NULL) {
        if (!*w) continue;
        size_t len = 1;
        while (((unsigned char)w[len] & 0xC0) == 0x80) len++;
        if (n + len + 1 > size) break;
        memcpy(out + n, w, len), n += len;
    }
    out[n] = 0;
}

/* One turn: avatar, name and time, the words wrapped beside them. */
static void call_turn(CallDraw *d, int item)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    const Item *it = &d->sc->items[item];
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_S), av = ui_px(ui, 36);
    int tx = d->x + av + ui_px(ui, SP_M), tw = d->x + d->w - tx;
    const char *text = it->text ? it->text : "";
    int th = screen_text_height(ui, text, FONT_REGULAR, tw);
    int body = lh + ui_px(ui, 2) + th, h = 2 * pad + (body > av ? body : av);
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->view.y + d->scroll->offset, h, d->view.h);
    Rect r = {d->x - pad, d->y, d->w + 2 * pad, h};
    if (call_visible(d, h)) {
        viewer_item_backdrop(ui, r, d->nav, item);
        const char *name = screen_source_person(d->sc, it->person);
        char ini[16], when[32];
        call_initials(name, ini, sizeof ini);
        Rect a = {d->x, d->y + pad, av, av};
        ui_fill_rounded(ui, a, av / 2, t->accent);
        int iw = ui_text_width(ui, ini, FONT_BOLD);
        ui_text(ui, (Rect){a.x + (av - iw) / 2, a.y, iw + 1, av}, ini, FONT_BOLD, t->accent_text);
        int y = d->y + pad;
        int nw = ui_text(ui, (Rect){tx, y, tw, lh}, name, FONT_BOLD, t->text);
        screen_source_time(d->sc, it->at, when, sizeof when);
        ui_text(ui, (Rect){tx + nw + ui_px(ui, SP_S), y, tw - nw, lh}, when, FONT_REGULAR, t->text_muted);
        ui_text_wrapped(ui, (Rect){tx, y + lh + ui_px(ui, 2), tw, th}, text, FONT_REGULAR, t->text);
        viewer_pin_button(ui, r, d->nav, item);
        viewer_item_input(ui, r, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_XS);
}

void viewer_call_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "call"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L);
    CallDraw d = {ui, ui_theme(ui), sc, s, nav, scroll, view, view.x + m, view.w - 2 * m, view.y + m - scroll->offset};
    int top = d.y;
    ui_push_clip(ui, view);
    call_header(&d);
    call_talk(&d);
    call_para(&d, "Transcript", FONT_BOLD, d.t->text, SP_S);
    int turns = 0;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++)
        if (sc->items[i].kind == ITEM_TURN) call_turn(&d, i), turns++;
    if (!turns) call_para(&d, "Nobody spoke on this call.", FONT_REGULAR, d.t->text_muted, 0);
    ui_pop_clip(ui);
    /* from where drawing began: a reveal may have moved the offset since */
    scroll->content = d.y - top + 2 * m;
}
