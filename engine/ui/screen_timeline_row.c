/* screen_timeline_row.c: one row of the Timeline: a pin's card (time,
 * marker badge, source, who, what it says, the note, the tags) or a learned
 * fact's (time, whose interview, what they said), with the gap since the
 * moment above it; or a line of the incident window, or a heading. */
#include <stdio.h>
#include <string.h>
#include "screen_common.h"
#include "screen_pin.h"
#include "screen_source_text.h"
#include "screen_sources.h"
#include "screen_timeline_internal.h"
#include "viewer.h"

enum { TEXT_LINES = 3, NOTE_LINES = 4, FACT_LINES = 4 };

Color timeline_fact_color(const Theme *t)
{
    (void)t;
    return (Color){0, 140, 150, 255};
}

TlMetrics timeline_metrics(Ui *ui, Rect body)
{
    TlMetrics m;
    m.lh = ui_line_height(ui, FONT_REGULAR);
    m.pad = ui_px(ui, SP_M);
    m.head_h = m.lh + ui_px(ui, SP_S);
    m.chip_h = m.lh + ui_px(ui, SP_XS);
    m.spine_x = ui_px(ui, SP_XL);
    m.card_x = m.spine_x + ui_px(ui, SP_L);
    /* room on the right for the scroll bar whether it shows or not, so
     * the rows need not be measured again when it comes and goes */
    m.card_w = body.w - m.card_x - ui_px(ui, SP_XL);
    if (m.card_w > ui_px(ui, 980)) m.card_w = ui_px(ui, 980);
    if (m.card_w < ui_px(ui, 200)) m.card_w = ui_px(ui, 200);
    m.text_w = m.card_w - 2 * m.pad - ui_px(ui, 4);
    return m;
}

/* The space above a pin for the gap since the one before: a label, and
 * more room when more than an hour passed, so long pauses show. */
static int timeline_gap_h(Ui *ui, const TlMetrics *m, int gap)
{
    if (gap < 1) return ui_px(ui, SP_S);
    if (gap < 60) return m->lh + ui_px(ui, SP_S);
    return 2 * m->lh + ui_px(ui, SP_M);
}

static int timeline_card_h(Ui *ui, const TlMetrics *m, const Session *s, int item)
{
    const Pin *p = &s->pins[item];
    char text[1024], clamped[1024];
    screen_pin_item_text(s->sc, item, text, sizeof text);
    int h = 2 * m->pad + m->head_h + ui_px(ui, SP_XS);
    h += screen_pin_clamp(ui, text, FONT_REGULAR, m->text_w, TEXT_LINES, clamped, sizeof clamped) * m->lh;
    if (p->note)
        h += ui_px(ui, SP_S) + m->lh * screen_pin_clamp(ui, p->note, FONT_ITALIC, m->text_w - ui_px(ui, SP_M),
                                                         NOTE_LINES, clamped, sizeof clamped);
    if (p->tag_count) h += ui_px(ui, SP_S) + m->chip_h;
    return h;
}

static int timeline_fact_h(Ui *ui, const TlMetrics *m, const Session *s, int fact)
{
    char clamped[1024];
    int n = screen_pin_clamp(ui, s->sc->facts[fact].text, FONT_REGULAR, m->text_w, FACT_LINES, clamped, sizeof clamped);
    return 2 * m->pad + m->head_h + ui_px(ui, SP_XS) + n * m->lh;
}

int timeline_row_height(Ui *ui, const TlMetrics *m, const Session *s, const TimelineRow *r)
{
    switch (r->kind) {
    case TIMELINE_ROW_PIN: return timeline_gap_h(ui, m, r->gap) + timeline_card_h(ui, m, s, r->item);
    case TIMELINE_ROW_FACT: return timeline_gap_h(ui, m, r->gap) + timeline_fact_h(ui, m, s, r->fact);
    case TIMELINE_ROW_UNTIMED:
    case TIMELINE_ROW_UNTIMED_FACTS: return ui_px(ui, SP_L) + ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_S);
    default: return timeline_gap_h(ui, m, r->gap) + m->lh + ui_px(ui, 2 * SP_S);
    }
}

static void timeline_gap(Ui *ui, Rect at, const TlMetrics *m, int gap)
{
    if (gap < 1) return;
    const Theme *t = ui_theme(ui);
    char label[64];
    screen_timeline_gap_label(gap, label, sizeof label);
    Rect line = {at.x + m->card_x, at.y + (at.h - m->lh) / 2, m->card_w, m->lh};
    if (gap < 60) {
        ui_text(ui, line, label, FONT_REGULAR, t->text_muted);
        return;
    }
    /* a break in the spine, and the label set apart */
    int x = at.x + m->spine_x, d = ui_px(ui, 3);
    ui_fill(ui, (Rect){x - ui_px(ui, 2), at.y + ui_px(ui, SP_XS), ui_px(ui, 4), at.h - ui_px(ui, SP_S)}, t->background);
    for (int k = -1; k <= 1; k++)
        ui_fill_rounded(ui, (Rect){x - d / 2, at.y + at.h / 2 + k * 3 * d - d / 2, d, d}, d / 2, t->text_muted);
    char text[96];
    snprintf(text, sizeof text, "\xE2\x80\x94 %s \xE2\x80\x94", label);
    ui_text(ui, line, text, FONT_BOLD, t->text_muted);
}

/* Time, badge, where and who, and the two buttons at the right. */
static TimelineIntent timeline_card_head(Ui *ui, Rect head, const Session *s, TimelineRow *r)
{
    const Theme *t = ui_theme(ui);
    const Item *it = &s->sc->items[r->item];
    const Pin *p = &s->pins[r->item];
    TimelineIntent out = {TIMELINE_NONE, -1};
    int gap = ui_px(ui, SP_S);
    r->edit = ui_cut_right(&head, ui_text_width(ui, "Edit", FONT_REGULAR) + ui_px(ui, 2 * SP_M));
    ui_cut_right(&head, gap);
    r->show = ui_cut_right(&head, ui_text_width(ui, "Show in source", FONT_REGULAR) + ui_px(ui, 2 * SP_M));
    if (ui_button(ui, ui_id_int(ui, "show", r->item), r->show, "Show in source")) out = (TimelineIntent){TIMELINE_SHOW, r->item};
    if (ui_button(ui, ui_id_int(ui, "edit", r->item), r->edit, "Edit")) out = (TimelineIntent){TIMELINE_EDIT, r->item};
    ui_cut_right(&head, gap);
    char when[32], where[256];
    screen_source_time(s->sc, it->at, when, sizeof when);
    if (!when[0]) snprintf(when, sizeof when, "No time");
    int w = ui_text_width(ui, when, FONT_BOLD);
    ui_text(ui, ui_cut_left(&head, w), when, FONT_BOLD, t->text);
    ui_cut_left(&head, gap);
    if (p->marker != MARKER_NONE) {
        const char *label = screen_pin_marker_label(p->marker);
        Rect badge = ui_cut_left(&head, ui_text_width(ui, label, FONT_BOLD) + ui_px(ui, 2 * SP_S));
        badge.y += ui_px(ui, 3), badge.h -= ui_px(ui, 6);
        ui_fill_rounded(ui, badge, badge.h / 2, viewer_marker_color(t, p->marker));
        ui_text(ui, (Rect){badge.x + ui_px(ui, SP_S), badge.y, badge.w, badge.h}, label, FONT_BOLD,
                (Color){255, 255, 255, 255});
        ui_cut_left(&head, gap);
    }
    const Source *src = &s->sc->sources[it->source];
    snprintf(where, sizeof where, "%s \xC2\xB7 %s%s%s", src->title, screen_sources_kind_name(src->kind),
             it->person >= 0 ? " \xC2\xB7 " : "", it->person >= 0 ? screen_source_person(s->sc, it->person) : "");
    ui_text(ui, head, where, FONT_REGULAR, t->text_muted);
    return out;
}

/* The pin's tags as chips; a click on one filters the Timeline by it. */
static const char *timeline_tags(Ui *ui, Rect row, const Pin *p, int item)
{
    const Theme *t = ui_theme(ui);
    const char *chosen = NULL;
    int x = row.x, pad = ui_px(ui, SP_S);
    for (int k = 0; k < p->tag_count && x < row.x + row.w; k++) {
        Rect chip = {x, row.y, ui_text_width(ui, p->tags[k], FONT_REGULAR) + 2 * pad, row.h};
        UiId id = ui_id_int(ui, "tag", item * ACTION_MAX_TAGS + k);
        if (ui_clickable(ui, id, chip)) chosen = p->tags[k];
        ui_box(ui, chip, row.h / 2, ui_hovered(ui, id) ? t->hover : t->panel_alt, t->border, ui_px(ui, 1));
        ui_text(ui, (Rect){chip.x + pad, chip.y, chip.w - pad, chip.h}, p->tags[k], FONT_REGULAR, t->text);
        ui_tooltip(ui, id, chip, "Show only the pins with this tag");
        x += chip.w + ui_px(ui, SP_XS);
    }
    return chosen;
}

static TimelineIntent timeline_card(Ui *ui, Rect card, const TlMetrics *m, const Session *s, TimelineRow *r,
                                    const char **tag)
{
    const Theme *t = ui_theme(ui);
    const Pin *p = &s->pins[r->item];
    ui_box(ui, card, ui_px(ui, 8), t->panel, t->border, ui_px(ui, 1));
    if (p->marker != MARKER_NONE)
        ui_fill(ui, (Rect){card.x, card.y + ui_px(ui, 4), ui_px(ui, 4), card.h - ui_px(ui, 8)}, viewer_marker_color(t, p->marker));
    Rect in = {card.x + m->pad + ui_px(ui, 4), card.y + m->pad, m->text_w, card.h - 2 * m->pad};
    TimelineIntent out = timeline_card_head(ui, ui_cut_top(&in, m->head_h), s, r);
    ui_cut_top(&in, ui_px(ui, SP_XS));
    char text[1024], clamped[1024];
    screen_pin_item_text(s->sc, r->item, text, sizeof text);
    int n = screen_pin_clamp(ui, text, FONT_REGULAR, m->text_w, TEXT_LINES, clamped, sizeof clamped);
    Rect body = ui_cut_top(&in, n * m->lh);
    ui_push_clip(ui, body);
    ui_text_wrapped(ui, body, clamped, FONT_REGULAR, t->text);
    ui_pop_clip(ui);
    if (p->note) {
        ui_cut_top(&in, ui_px(ui, SP_S));
        int indent = ui_px(ui, SP_M);
        n = screen_pin_clamp(ui, p->note, FONT_ITALIC, m->text_w - indent, NOTE_LINES, clamped, sizeof clamped);
        Rect note = ui_cut_top(&in, n * m->lh);
        ui_fill(ui, (Rect){note.x + ui_px(ui, 2), note.y, ui_px(ui, 3), note.h}, t->border);
        ui_push_clip(ui, note);
        ui_text_wrapped(ui, (Rect){note.x + indent, note.y, note.w - indent, note.h}, clamped, FONT_ITALIC, t->text);
        ui_pop_clip(ui);
    }
    if (p->tag_count) {
        ui_cut_top(&in, ui_px(ui, SP_S));
        const char *got = timeline_tags(ui, ui_cut_top(&in, m->chip_h), p, r->item);
        if (got) *tag = got;
    }
    if (ui_clickable(ui, ui_id_int(ui, "card", r->item), card) == 2) out = (TimelineIntent){TIMELINE_SHOW, r->item};
    return out;
}

static void timeline_window_line(Ui *ui, Rect at, const TlMetrics *m, const Scenario *sc, bool start)
{
    const Theme *t = ui_theme(ui);
    char when[32], text[96];
    screen_source_time(sc, start ? sc->meta.start : sc->meta.end, when, sizeof when);
    snprintf(text, sizeof text, "%s  Incident window %s", when, start ? "starts" : "ends");
    int y = at.y + at.h / 2, d = ui_px(ui, 10), x = at.x + m->spine_x;
    ui_fill(ui, (Rect){x, y - ui_px(ui, 1), m->card_x + m->card_w - m->spine_x, ui_px(ui, 2)}, t->accent);
    ui_fill_rounded(ui, (Rect){x - d / 2, y - d / 2, d, d}, d / 2, t->accent);
    int w = ui_text_width(ui, text, FONT_BOLD) + ui_px(ui, 2 * SP_S);
    Rect label = {at.x + m->card_x, y - m->lh / 2 - ui_px(ui, 2), w, m->lh + ui_px(ui, 4)};
    ui_box(ui, label, label.h / 2, t->background, t->accent, ui_px(ui, 1));
    ui_text(ui, (Rect){label.x + ui_px(ui, SP_S), label.y, w, label.h}, text, FONT_BOLD, t->accent);
}

/* ---- a learned fact ---- */

void screen_timeline_fact_badge(const Scenario *sc, int fact, char *buf, size_t size)
{
    int who = sc->facts[fact].person;
    snprintf(buf, size, "From interview with %s", who >= 0 ? screen_source_person(sc, who) : "someone");
}

/* Time, the speech-bubble badge naming whose interview, and the question
 * that brought it out. */
static void timeline_fact_head(Ui *ui, Rect head, const Session *s, int fact)
{
    const Theme *t = ui_theme(ui);
    const Scenario *sc = s->sc;
    const Fact *f = &sc->facts[fact];
    int gap = ui_px(ui, SP_S);
    char when[32], label[200], badge[256], asked[1100] = "";
    screen_source_time(sc, f->at, when, sizeof when);
    ui_text(ui, ui_cut_left(&head, ui_text_width(ui, when[0] ? when : "No time", FONT_BOLD)),
            when[0] ? when : "No time", FONT_BOLD, t->text);
    ui_cut_left(&head, gap);
    screen_timeline_fact_badge(sc, fact, label, sizeof label);
    snprintf(badge, sizeof badge, "\xF0\x9F\x92\xAC %s", label);     /* a speech bubble */
    Rect b = ui_cut_left(&head, ui_text_width(ui, badge, FONT_BOLD) + ui_px(ui, 2 * SP_S));
    b.y += ui_px(ui, 3), b.h -= ui_px(ui, 6);
    Color c = timeline_fact_color(t);
    bool dark = t->panel.r + t->panel.g + t->panel.b < 3 * 96;
    ui_box(ui, b, b.h / 2, screen_mix(t->panel, c, dark ? 0.35f : 0.18f), c, ui_px(ui, 1));
    ui_text(ui, (Rect){b.x + ui_px(ui, SP_S), b.y, b.w, b.h}, badge, FONT_BOLD, t->text);
    ui_cut_left(&head, gap);
    const InterviewTurn *turn = &s->turns[s->learned_from[fact]];
    const char *q = turn->question >= 0 ? sc->questions[turn->question].text : turn->typed;
    if (q) snprintf(asked, sizeof asked, "you asked \xE2\x80\x9C%s\xE2\x80\x9D", q);
    ui_text(ui, head, asked, FONT_REGULAR, t->text_muted);
}

/* A fact has no source to show and no pin to edit: a click only selects. */
static void timeline_fact_card(Ui *ui, Rect card, const TlMetrics *m, const Session *s, TimelineRow *r,
                               int *fact_selected)
{
    const Theme *t = ui_theme(ui);
    Color c = timeline_fact_color(t);
    bool selected = *fact_selected == r->fact + 1;
    bool dark = t->panel.r + t->panel.g + t->panel.b < 3 * 96;
    Color fill = screen_mix(t->panel, c, dark ? 0.12f : 0.06f);
    ui_box(ui, card, ui_px(ui, 8), fill, selected ? t->focus_ring : screen_mix(t->border, c, 0.6f),
           ui_px(ui, selected ? 2 : 1));
    Rect in = {card.x + m->pad + ui_px(ui, 4), card.y + m->pad, m->text_w, card.h - 2 * m->pad};
    timeline_fact_head(ui, ui_cut_top(&in, m->head_h), s, r->fact);
    ui_cut_top(&in, ui_px(ui, SP_XS));
    char clamped[1024];
    int n = screen_pin_clamp(ui, s->sc->facts[r->fact].text, FONT_REGULAR, m->text_w, FACT_LINES, clamped,
                             sizeof clamped);
    Rect body = ui_cut_top(&in, n * m->lh);
    ui_push_clip(ui, body);
    ui_text_wrapped(ui, body, clamped, FONT_REGULAR, t->text);
    ui_pop_clip(ui);
    r->card = card;
    if (ui_clickable(ui, ui_id_int(ui, "fact", r->fact), card)) *fact_selected = r->fact + 1;
}

/* A ring on the spine rather than a dot: a fact is not a pin. */
static void timeline_fact_row(Ui *ui, Rect at, const TlMetrics *m, const Session *s, TimelineRow *r,
                              int *fact_selected)
{
    const Theme *t = ui_theme(ui);
    int gh = timeline_gap_h(ui, m, r->gap), d = ui_px(ui, 12), hole = ui_px(ui, 6);
    timeline_gap(ui, (Rect){at.x, at.y, at.w, gh}, m, r->gap);
    Rect card = {at.x + m->card_x, at.y + gh, m->card_w, at.h - gh};
    int cx = at.x + m->spine_x, cy = card.y + m->pad + m->head_h / 2;
    ui_fill_rounded(ui, (Rect){cx - d / 2, cy - d / 2, d, d}, d / 2, timeline_fact_color(t));
    ui_fill_rounded(ui, (Rect){cx - hole / 2, cy - hole / 2, hole, hole}, hole / 2, t->background);
    timeline_fact_card(ui, card, m, s, r, fact_selected);
}

TimelineIntent timeline_row_draw(Ui *ui, Rect at, const TlMetrics *m, const Session *s, TimelineRow *r,
                                 const char **tag, int *fact_selected)
{
    const Theme *t = ui_theme(ui);
    TimelineIntent out = {TIMELINE_NONE, -1};
    if (r->kind == TIMELINE_ROW_START || r->kind == TIMELINE_ROW_END) {
        int gh = timeline_gap_h(ui, m, r->gap);
        timeline_gap(ui, (Rect){at.x, at.y, at.w, gh}, m, r->gap);
        timeline_window_line(ui, (Rect){at.x, at.y + gh, at.w, at.h - gh}, m, s->sc, r->kind == TIMELINE_ROW_START);
    } else if (r->kind == TIMELINE_ROW_UNTIMED || r->kind == TIMELINE_ROW_UNTIMED_FACTS) {
        Rect cap = {at.x + m->card_x, at.y + ui_px(ui, SP_L), m->card_w, ui_line_height(ui, FONT_BOLD)};
        ui_text(ui, cap, r->kind == TIMELINE_ROW_UNTIMED ? "WITHOUT A TIME \xC2\xB7 IN THE ORDER YOU PINNED THEM"
                         : "FROM INTERVIEWS, WITHOUT A TIME \xC2\xB7 IN THE ORDER YOU LEARNED THEM",
                FONT_BOLD, t->text_muted);
    } else if (r->kind == TIMELINE_ROW_FACT) {
        timeline_fact_row(ui, at, m, s, r, fact_selected);
    } else {
        int gh = timeline_gap_h(ui, m, r->gap);
        timeline_gap(ui, (Rect){at.x, at.y, at.w, gh}, m, r->gap);
        Rect card = {at.x + m->card_x, at.y + gh, m->card_w, at.h - gh};
        Color dot = s->pins[r->item].marker ? viewer_marker_color(t, s->pins[r->item].marker) : t->text_muted;
        int d = ui_px(ui, 12);
        ui_fill_rounded(ui, (Rect){at.x + m->spine_x - d / 2, card.y + m->pad + (m->head_h - d) / 2, d, d}, d / 2, dot);
        out = timeline_card(ui, card, m, s, r, tag);
    }
    return out;
}
