/* screen_triage.c: the triage queue: cases on the left, the chosen case's
 * summary, tracker facts and a checklist of signals on the right. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_triage.h"

#define DOT "\xC2\xB7"

/* Why each signal is worth a review, shown on hover: the checklist says
 * what a signal is, this says what a review of such an incident can teach.
 * Nothing here depends on the case, so it gives no answer away. */
static const char *const signal_why[SIGNAL_KIND_COUNT] = {
    "Every extra team brings its own tools, habits and knowledge: a review shows how they shared what they knew.",
    "Teams meeting for the first time in an incident pay for it in coordination: a review shows how they found each other.",
    "Support, communications or legal see an incident differently from engineering: a review puts their view next to it.",
    "New services and new links between services are where nobody's assumptions have been tested yet.",
    "Relying on someone off the rotation points at knowledge that lives with a few people.",
    "Many watchers and few responders: people cared, and a crowded channel has costs of its own.",
    "A big event adds pressure and changes what people notice and choose: a review can show those trade-offs.",
    "Pages and handoffs cost time and context: a review shows where getting the right people together was hard.",
    "A near miss teaches as much as an outage, without the stakes: what kept it from being worse?",
    "A trivial trigger that keeps coming back usually points at a deeper organisational problem.",
};


/* ---- facts: built once per scenario ---- */

/* Appends a fact to the case being built, the last one started. */
static void fact_add(TriageView *v, const char *label, char *value)
{
    *VEC_PUSH(v->facts, v->fact_total, v->fact_cap) = (TriageFact){label, value};
    v->fact_count[v->case_count]++;
}

static char *people_names(const Scenario *sc, const IdxList *l, const char *none)
{
    StrBuf b = {0};
    for (int k = 0; k < l->n; k++) {
        const Person *p = &sc->people[l->v[k]];
        const char *team = p->team >= 0 ? sc->teams[p->team].name : NULL;
        strbuf_addf(&b, "%s%s", k ? ", " : "", p->name ? p->name : p->id);
        if (team) strbuf_addf(&b, " (%s)", team);
    }
    return b.s ? b.s : xstrdup(none);
}

static char *team_names(const Scenario *sc, const IdxList *l)
{
    StrBuf b = {0};
    for (int k = 0; k < l->n; k++) {
        const Team *t = &sc->teams[l->v[k]];
        const char *kind = t->kind ? t->kind : t->engineering ? "engineering" : NULL;
        strbuf_addf(&b, "%s%s", k ? ", " : "", t->name ? t->name : t->id);
        if (kind) strbuf_addf(&b, " (%s)", kind);
    }
    return b.s ? b.s : xstrdup("None listed");
}

/* A service's newness is a fact of the catalogue, like a team's kind. */
static char *service_names(const Scenario *sc, const IdxList *l)
{
    StrBuf b = {0};
    for (int k = 0; k < l->n; k++) {
        const Service *s = &sc->services[l->v[k]];
        strbuf_addf(&b, "%s%s%s", k ? ", " : "", s->name ? s->name : s->id, s->is_new ? " (new)" : "");
    }
    return b.s ? b.s : xstrdup("None listed");
}

static char *format_text(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *format_text(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return xstrdup(buf);
}

static char *duration_text(int minutes)
{
    if (minutes < 60) return format_text("%d minute%s", minutes, minutes == 1 ? "" : "s");
    int h = minutes / 60, m = minutes % 60;
    if (!m) return format_text("%d hour%s", h, h == 1 ? "" : "s");
    return format_text("%d h %d min", h, m);
}

static void facts_own(TriageView *v, const Scenario *sc)
{
    const ScenarioMeta *m = &sc->meta;
    char from[32], to[32];
    if (m->start != DOJO_TIME_NONE) {
        time_format(m->start, m->utc_offset, from, sizeof from);
        time_format(m->end != DOJO_TIME_NONE ? m->end : m->start, m->utc_offset, to, sizeof to);
        bool same_day = strncmp(from, to, 10) == 0;
        if (m->end == DOJO_TIME_NONE) fact_add(v, "When", format_text("from %s", from));
        else fact_add(v, "When", format_text("%s to %s", from, same_day ? to + 11 : to));
        if (m->end != DOJO_TIME_NONE && m->end >= m->start)
            fact_add(v, "How long", duration_text((int)((m->end - m->start) / 60)));
    }
    fact_add(v, "Details", xstrdup("in the sources of this scenario"));
}

static void facts_decoy(TriageView *v, const Scenario *sc, const TriageCase *c)
{
    char when[32];
    if (c->at != DOJO_TIME_NONE) {
        time_format(c->at, sc->meta.utc_offset, when, sizeof when);
        fact_add(v, "When", xstrdup(when));
    }
    if (c->minutes > 0) fact_add(v, "How long", duration_text(c->minutes));
    fact_add(v, "Teams", team_names(sc, &c->teams));
    fact_add(v, "Services", service_names(sc, &c->services));
    fact_add(v, "Responders", people_names(sc, &c->responders, "None listed"));
    fact_add(v, "On call", people_names(sc, &c->on_call, "Nobody listed"));
    fact_add(v, "Paged", people_names(sc, &c->paged, "Nobody"));
    fact_add(v, "In the channel", format_text("%d %s", c->channel, c->channel == 1 ? "person" : "people"));
    fact_add(v, "Handoffs", format_text("%d", c->handoffs));
    fact_add(v, "Near miss", xstrdup(c->near_miss ? "Yes: nobody outside noticed" : "No"));
    StrBuf b = {0};
    for (int k = 0; k < c->repeats.n; k++) strbuf_addf(&b, "%s%s", k ? "\n" : "", c->repeats.v[k]);
    fact_add(v, "Same trigger before", b.s ? b.s : xstrdup("None recorded"));
}

static void triage_build(TriageView *v, const Scenario *sc)
{
    screen_triage_free(v);
    v->sc = sc, v->sc_hash = sc->content_hash;
    size_t n = (size_t)sc->case_count + 1;
    v->fact_first = xcalloc(n, sizeof *v->fact_first);
    v->fact_count = xcalloc(n, sizeof *v->fact_count);
    v->draft = xcalloc(n, sizeof *v->draft);
    v->touched = xcalloc(n, sizeof *v->touched);
    /* case_count counts the cases built so far: fact_add appends to the last */
    for (v->case_count = 0; v->case_count < sc->case_count; v->case_count++) {
        const TriageCase *c = &sc->cases[v->case_count];
        v->fact_first[v->case_count] = v->fact_total;
        if (c->own) facts_own(v, sc);
        else facts_decoy(v, sc, c);
    }
    v->shown = -1;
    v->list.selected = sc->case_count ? 0 : -1;
}

void screen_triage_free(TriageView *v)
{
    for (int i = 0; i < v->fact_total; i++) free(v->facts[i].value);
    free(v->facts);
    free(v->fact_first);
    free(v->fact_count);
    free(v->draft);
    free(v->touched);
    free(v->detail_text);
    *v = (TriageView){0};
}

/* ---- state ---- */

static const Triage *decision(const Session *s, int c)
{
    return s->triage && c >= 0 && c < s->sc->case_count && s->triage[c].decided ? &s->triage[c] : NULL;
}

static int signal_count(SignalSet set)
{
    int n = 0;
    for (int k = 0; k < SIGNAL_KIND_COUNT; k++) n += (set >> k) & 1u;
    return n;
}

const char *screen_triage_state(const Session *s, int c, char *buf, size_t size)
{
    const Triage *t = decision(s, c);
    int n = t ? signal_count(t->signals) : 0;
    if (!t) snprintf(buf, size, "Undecided");
    else if (t->review && !n) snprintf(buf, size, "Review " DOT " no signals named");
    else if (!n) snprintf(buf, size, "Set aside");
    else snprintf(buf, size, "%s " DOT " %d signal%s", t->review ? "Review" : "Set aside", n, n == 1 ? "" : "s");
    return buf;
}

SignalSet screen_triage_checked(const TriageView *v, const Session *s, int c)
{
    if (c < 0 || c >= v->case_count) return 0;
    if (v->touched[c]) return v->draft[c];
    const Triage *t = decision(s, c);
    return t ? t->signals : 0;
}

/* The words of the right panel for case c, kept for tests and rebuilt only
 * when the chosen case changes. */
static void detail_build(TriageView *v, int c)
{
    const TriageCase *tc = &v->sc->cases[c];
    StrBuf b = {0};
    strbuf_addf(&b, "%s\n%s\n", tc->title ? tc->title : tc->id, tc->summary ? tc->summary : "");
    for (int i = 0; i < v->fact_count[c]; i++) {
        const TriageFact *f = &v->facts[v->fact_first[c] + i];
        strbuf_addf(&b, "%s: %s\n", f->label, f->value);
    }
    for (int k = 0; k < SIGNAL_KIND_COUNT; k++)
        strbuf_addf(&b, "%s\n%s\n", model_signal_doc((SignalKind)k), signal_why[k]);
    free(v->detail_text);
    v->detail_text = b.s;
    v->shown = c;
}

/* ---- drawing ---- */

static void draw_header(Ui *ui, Rect *area, const Session *s)
{
    const Theme *t = ui_theme(ui);
    static const char intro[] = "Not every incident needs a full review. Choose the ones with the most to "
                                "teach, and say which signals tell you so.";
    char count[64];
    snprintf(count, sizeof count, "%d of %d decided", s->triage_count, s->sc->case_count);
    int pad = ui_px(ui, SP_M), cw = ui_text_width(ui, count, FONT_BOLD);
    int tw = area->w - 3 * pad - cw;
    int th = screen_text_height(ui, intro, FONT_REGULAR, tw);
    Rect bar = ui_cut_top(area, th + 2 * pad);
    ui_fill(ui, bar, t->panel);
    ui_fill(ui, (Rect){bar.x, bar.y + bar.h - 1, bar.w, 1}, t->border);
    ui_text_wrapped(ui, (Rect){bar.x + pad, bar.y + pad, tw, th}, intro, FONT_REGULAR, t->text);
    Rect cr = {bar.x + bar.w - pad - cw, bar.y + pad, cw, ui_line_height(ui, FONT_REGULAR)};
    ui_text(ui, cr, count, FONT_BOLD, s->triage_count == s->sc->case_count ? t->success : t->text_muted);
}

static void draw_row(Ui *ui, Rect row, const Session *s, int i)
{
    const Theme *t = ui_theme(ui);
    const TriageCase *c = &s->sc->cases[i];
    int bold = ui_line_height(ui, FONT_BOLD), reg = ui_line_height(ui, FONT_REGULAR);
    Rect r = {row.x + ui_px(ui, SP_M), row.y + ui_px(ui, SP_S + SP_XS), row.w - ui_px(ui, 2 * SP_M), row.h};
    ui_text(ui, ui_cut_top(&r, bold), c->title ? c->title : c->id, FONT_BOLD, t->text);
    ui_text(ui, ui_cut_top(&r, reg), c->summary ? c->summary : "", FONT_REGULAR, t->text_muted);
    char state[96];
    const Triage *d = decision(s, i);
    screen_triage_state(s, i, state, sizeof state);
    Rect line = ui_cut_top(&r, reg);
    int dot = ui_px(ui, 8);
    Color mark = !d ? t->border : d->review ? t->accent : t->text_muted;
    ui_fill_rounded(ui, (Rect){line.x, line.y + (line.h - dot) / 2, dot, dot}, dot / 2, mark);
    line.x += dot + ui_px(ui, SP_S), line.w -= dot + ui_px(ui, SP_S);
    int w = ui_text(ui, line, state, d ? FONT_BOLD : FONT_ITALIC, d && d->review ? t->text : t->text_muted);
    /* the scenario's own incident says so, after the state when there is room */
    static const char tag[] = "this scenario's incident";
    int tw = ui_text_width(ui, tag, FONT_ITALIC), gap = ui_px(ui, SP_M);
    if (c->own && w + gap + tw <= line.w) ui_text(ui, ui_cut_right(&line, tw), tag, FONT_ITALIC, t->accent);
}

static void draw_list(Ui *ui, Rect r, const Session *s, TriageView *v)
{
    int row_h = ui_line_height(ui, FONT_BOLD) + 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 2 * (SP_S + SP_XS));
    int i;
    Rect row;
    ui_list_begin(ui, ui_id(ui, "cases"), r, &v->list, v->case_count, row_h);
    while (ui_list_row(ui, &v->list, &i, &row)) {
        draw_row(ui, row, s, i);
        ui_fill(ui, (Rect){row.x, row.y + row.h - 1, row.w, 1}, ui_theme(ui)->border);
    }
    ui_list_end(ui, &v->list);
}

/* Label and value side by side, the value wrapped under itself. */
static void draw_facts(Ui *ui, Rect *col, const TriageView *v, int c)
{
    const Theme *t = ui_theme(ui);
    int lw = 0, gap = ui_px(ui, SP_M);
    for (int i = 0; i < v->fact_count[c]; i++) {
        int w = ui_text_width(ui, v->facts[v->fact_first[c] + i].label, FONT_BOLD);
        lw = w > lw ? w : lw;
    }
    if (lw > col->w * 2 / 5) lw = col->w * 2 / 5;
    for (int i = 0; i < v->fact_count[c]; i++) {
        const TriageFact *f = &v->facts[v->fact_first[c] + i];
        Rect label = {col->x, col->y, lw, ui_line_height(ui, FONT_BOLD)};
        ui_text(ui, label, f->label, FONT_BOLD, t->text_muted);
        Rect value = {col->x + lw + gap, col->y, col->w - lw - gap, col->h};
        int h = ui_text_wrapped(ui, value, f->value, FONT_REGULAR, t->text);
        ui_cut_top(col, h + ui_px(ui, SP_XS));
    }
    ui_cut_top(col, ui_px(ui, SP_M));
}

/* Scrolls the detail so that content rows top..top+h show. */
static void detail_reveal(Ui *ui, TriageView *v, int top, int h, int view_h)
{
    int pad = ui_px(ui, SP_M), off = v->detail_scroll.offset;
    if (top - pad < off) off = top - pad;
    else if (top + h + pad > off + view_h) off = top + h + pad - view_h;
    off = off < 0 ? 0 : off;
    if (off != v->detail_scroll.offset) v->detail_scroll.offset = off, ui_request_frame(ui);
}

/* One row of the checklist: a button the width of the column with a
 * check box drawn over it; returns true when toggled. */
static bool draw_signal(Ui *ui, Rect *col, Rect view, TriageView *v, int k, bool checked)
{
    const Theme *t = ui_theme(ui);
    const char *doc = model_signal_doc((SignalKind)k);
    int pad = ui_px(ui, SP_S + SP_XS), box = ui_px(ui, 18), indent = pad + box + ui_px(ui, SP_M);
    int th = screen_text_height(ui, doc, FONT_REGULAR, col->w - indent - pad);
    Rect row = ui_cut_top(col, th + 2 * pad);
    ui_cut_top(col, ui_px(ui, SP_XS));
    UiId id = ui_id_int(ui, "signal", k);
    v->signal_rect[k] = row;
    bool hit = ui_button(ui, id, row, "");
    Rect b = {row.x + pad, row.y + pad + (ui_line_height(ui, FONT_REGULAR) - box) / 2, box, box};
    ui_box(ui, b, ui_px(ui, 4), checked ? t->accent : t->input, checked ? t->accent : t->input_border, ui_px(ui, 1));
    if (checked) {
        static const char tick[] = "\xE2\x9C\x93";
        int w = ui_text_width(ui, tick, FONT_BOLD);
        ui_text(ui, (Rect){b.x + (b.w - w) / 2, b.y, w, b.h}, tick, FONT_BOLD, t->accent_text);
    }
    ui_text_wrapped(ui, (Rect){row.x + indent, row.y + pad, row.w - indent - pad, th}, doc, FONT_REGULAR, t->text);
    ui_tooltip(ui, id, row, signal_why[k]);
    if (ui_has_focus(ui, id) && v->last_focus != id)
        detail_reveal(ui, v, row.y - view.y + v->detail_scroll.offset, row.h, view.h);
    return hit;
}

static void draw_detail(Ui *ui, Rect r, const Session *s, TriageView *v, int c)
{
    const Theme *t = ui_theme(ui);
    const TriageCase *tc = &s->sc->cases[c];
    Rect view = ui_scroll_region(ui, ui_id(ui, "detail"), r, &v->detail_scroll, v->detail_scroll.content);
    ui_push_clip(ui, view);
    Rect col = ui_inset(view, ui_px(ui, SP_L));
    col.y -= v->detail_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    screen_para(ui, &col, tc->title ? tc->title : tc->id, FONT_BOLD, t->text, SP_XS);
    if (tc->summary) screen_para(ui, &col, tc->summary, FONT_REGULAR, t->text, SP_M);
    screen_caption(ui, &col, tc->own ? "THIS SCENARIO'S INCIDENT" : "WHAT THE TRACKER SHOWS");
    draw_facts(ui, &col, v, c);
    screen_caption(ui, &col, "SIGNALS");
    screen_para(ui, &col, "Check each signal that tells you this incident has more to teach. Hover one to "
                "see why it matters.", FONT_REGULAR, t->text_muted, SP_S);
    SignalSet checked = screen_triage_checked(v, s, c);
    for (int k = 0; k < SIGNAL_KIND_COUNT; k++)
        if (draw_signal(ui, &col, view, v, k, (checked >> k) & 1u)) {
            checked ^= 1u << k;
            v->draft[c] = checked;
            v->touched[c] = true;
        }
    v->detail_scroll.content = col.y - top + ui_px(ui, SP_L);
    ui_pop_clip(ui);
}

/* What is recorded for case c, and whether the checklist has moved on. */
static void footer_status(const TriageView *v, const Session *s, int c, char *buf, size_t size)
{
    const Triage *d = decision(s, c);
    int n = d ? signal_count(d->signals) : 0;
    if (!d) snprintf(buf, size, "Not decided yet.");
    else if (d->review) snprintf(buf, size, "Recorded: a full review, %d signal%s.", n, n == 1 ? "" : "s");
    else if (n) snprintf(buf, size, "Recorded: set aside, %d signal%s.", n, n == 1 ? "" : "s");
    else snprintf(buf, size, "Recorded: set aside.");
    if (d && screen_triage_checked(v, s, c) != d->signals) {
        size_t len = strlen(buf);
        snprintf(buf + len, size - len, " The checklist has changed: decide again to record it.");
    }
}

static const char review_label[] = "Deserves a full review", aside_label[] = "Set aside";

/* Whether the two decisions sit one above the other: too narrow for a row. */
static bool footer_stacked(Ui *ui, int w)
{
    int need = screen_button_w(ui, review_label) + ui_px(ui, SP_S) + screen_button_w(ui, aside_label);
    return need > w - 2 * ui_px(ui, SP_L);
}

/* The footer's height for a status text, so it can be cut before the
 * detail is drawn and filled in after it, in Tab order. */
static int footer_height(Ui *ui, int w, const char *status)
{
    int th = screen_text_height(ui, status, FONT_REGULAR, w - 2 * ui_px(ui, SP_L));
    int bh = screen_button_h(ui) + ui_px(ui, SP_S);
    return th + (footer_stacked(ui, w) ? 2 * bh : bh) + 2 * ui_px(ui, SP_M);
}

/* The status and the two decisions in f; returns 1 for a review, 0 for
 * set aside, -1 when neither was chosen. The recorded one is drawn filled. */
static int draw_footer(Ui *ui, Rect f, const Session *s, TriageView *v, int c)
{
    const Theme *t = ui_theme(ui);
    char status[256];
    footer_status(v, s, c, status, sizeof status);
    if (footer_height(ui, f.w, status) != f.h) ui_request_frame(ui);   /* a toggle changed it */
    ui_push_clip(ui, f);
    ui_fill(ui, f, t->panel);
    ui_fill(ui, (Rect){f.x, f.y, f.w, 1}, t->border);
    int pad = ui_px(ui, SP_L), bh = screen_button_h(ui), gap = ui_px(ui, SP_S);
    bool stacked = footer_stacked(ui, f.w);
    Rect in = {f.x + pad, f.y + ui_px(ui, SP_M), f.w - 2 * pad, f.h - 2 * ui_px(ui, SP_M)};
    const Triage *d = decision(s, c);
    Rect buttons = ui_cut_bottom(&in, stacked ? 2 * bh + gap : bh);
    ui_text_wrapped(ui, in, status, FONT_REGULAR, d ? t->text : t->text_muted);
    Rect b = {buttons.x, buttons.y, screen_button_w(ui, review_label), bh};
    if (b.w > buttons.w) b.w = buttons.w;
    int chosen = -1;
    UiId rid = ui_id(ui, "review"), aid = ui_id(ui, "aside");
    v->review_rect = b;
    if ((d && d->review ? ui_button_primary : ui_button)(ui, rid, b, review_label)) chosen = 1;
    ui_tooltip(ui, rid, b, "Record this case for a full review, with the signals checked above.");
    if (stacked) b.y += bh + gap;
    else b.x += b.w + gap;
    b.w = screen_button_w(ui, aside_label);
    v->aside_rect = b;
    if ((d && !d->review ? ui_button_primary : ui_button)(ui, aid, b, aside_label) && chosen < 0) chosen = 0;
    ui_tooltip(ui, aid, b, "Record that a short write-up is enough for this case.");
    ui_pop_clip(ui);
    return chosen;
}

/* Up/Down move the list when nothing has focus, and from signal to signal
 * when one has it; the focused list and scroll region take them first. */
static void triage_keys(Ui *ui, TriageView *v)
{
    UiId f = ui_focus(ui);
    int k = -1;
    for (int i = 0; f && i < SIGNAL_KIND_COUNT && k < 0; i++)
        if (ui_id_int(ui, "signal", i) == f) k = i;
    int step = ui_key(ui, KEY_DOWN, 0) ? 1 : ui_key(ui, KEY_UP, 0) ? -1 : 0;
    if (!step || (f && k < 0) || !v->case_count) return;    /* another widget's focus: not ours */
    ui_take_key(ui, step > 0 ? KEY_DOWN : KEY_UP, 0);
    if (k >= 0) {
        int next = k + step;
        if (next >= 0 && next < SIGNAL_KIND_COUNT) ui_set_focus(ui, ui_id_int(ui, "signal", next));
    } else {
        int sel = v->list.selected + step;
        v->list.selected = sel < 0 ? 0 : sel >= v->case_count ? v->case_count - 1 : sel;
        int top = v->list.selected * v->list.row_h, h = v->list.r.h;
        if (top < v->list.scroll.offset) v->list.scroll.offset = top;
        else if (top + v->list.row_h > v->list.scroll.offset + h) v->list.scroll.offset = top + v->list.row_h - h;
    }
}

static void draw_empty(Ui *ui, Rect r, TriageView *v)
{
    static const char none[] = "This scenario has no triage queue.";
    if (!v->detail_text) v->detail_text = xstrdup(none);
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->background);
    Rect col = screen_column(ui, r, 560);
    ui_cut_top(&col, ui_px(ui, SP_XL));
    screen_para(ui, &col, none, FONT_BOLD, t->text, SP_S);
    screen_para(ui, &col, "Its author gave no incident summaries to choose between, so there is nothing to "
                "decide here.", FONT_REGULAR, t->text_muted, 0);
}

bool screen_triage(Ui *ui, Rect r, const Session *s, TriageView *v, Action *out)
{
    const Scenario *sc = s->sc;
    if (v->sc != sc || v->sc_hash != sc->content_hash) triage_build(v, sc);
    if (!sc->case_count) {
        draw_empty(ui, r, v);
        return false;
    }
    const Theme *t = ui_theme(ui);
    ui_push_scope(ui, "triage");
    triage_keys(ui, v);
    ui_fill(ui, r, t->background);
    draw_header(ui, &r, s);
    int lw = r.w * 2 / 5, lo = ui_px(ui, 240), hi = ui_px(ui, 460);
    lw = lw < lo ? lo : lw > hi ? hi : lw;
    draw_list(ui, ui_cut_left(&r, lw), s, v);
    ui_fill(ui, ui_cut_left(&r, 1), t->border);
    int c = v->list.selected >= 0 ? v->list.selected : 0;
    if (c != v->shown) {
        detail_build(v, c);
        v->detail_scroll.offset = 0;
    }
    char status[256];
    footer_status(v, s, c, status, sizeof status);
    Rect foot = ui_cut_bottom(&r, footer_height(ui, r.w, status));
    draw_detail(ui, r, s, v, c);
    int chosen = draw_footer(ui, foot, s, v, c);
    v->last_focus = ui_focus(ui);
    ui_pop_scope(ui);
    if (chosen < 0) return false;
    *out = (Action){.kind = ACTION_TRIAGE, .target = xstrdup(sc->cases[c].id), .review = chosen == 1,
                    .signals = screen_triage_checked(v, s, c)};
    v->touched[c] = false;      /* the session holds it once applied */
    return true;
}
