/* screen_guide.c: the guided tour in the sidebar (screen_guide.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/guide.h"
#include "screen_common.h"
#include "screen_guide.h"

static const char *const SECTION_TITLES[GUIDE_SECTION_COUNT] = {
    "Triage", "Sources", "Timeline", "People", "Interviews", "Meeting", "Report", "Debrief"};

/* Conditions are evaluated again only when the log has grown. */
static void guide_refresh(const Session *s, GuideView *v)
{
    if (v->done && v->session == s && v->actions == s->action_count) return;
    free(v->done);
    v->done = calloc((size_t)s->sc->guide_count + 1, sizeof *v->done);
    v->current = guide_progress(s, v->done);
    v->session = s;
    v->actions = s->action_count;
}

/* One small square per step: filled when done, framed for the current. */
static void guide_dots(Ui *ui, Rect *r, const Scenario *sc, const GuideView *v)
{
    const Theme *t = ui_theme(ui);
    int d = ui_px(ui, 8), gap = ui_px(ui, 4);
    Rect row = ui_cut_top(r, d);
    for (int i = 0; i < sc->guide_count && row.w >= d; i++) {
        Rect dot = ui_cut_left(&row, d);
        ui_cut_left(&row, gap);
        if (v->done[i]) ui_fill(ui, dot, t->accent);
        else ui_fill(ui, dot, t->hover);
        ui_frame(ui, dot, i == v->current ? t->text : t->border, 1);
    }
    ui_cut_top(r, ui_px(ui, SP_S));
}

/* True when text fits in what is left of *r: at a large scale the sidebar
 * runs out, and a line drawn over the next is worse than none. */
static bool guide_fits(Ui *ui, const Rect *r, const char *text, FontStyle style, int extra)
{
    return r->h >= screen_text_height(ui, text, style, r->w) + ui_px(ui, extra);
}

int screen_guide(Ui *ui, Rect *r, const Session *s, int section, GuideView *v)
{
    const Scenario *sc = s->sc;
    screen_kept_clear(&v->shown);
    v->go_rect = (Rect){0};
    if (!sc->guide_count) return -1;
    guide_refresh(s, v);
    const Theme *t = ui_theme(ui);
    char line[160];
    int minutes = 0;
    for (int i = v->current; i < sc->guide_count; i++) minutes += sc->guide[i].minutes;
    if (v->current == sc->guide_count) snprintf(line, sizeof line, "TOUR DONE");
    else snprintf(line, sizeof line, "TOUR %d OF %d", v->current + 1, sc->guide_count);
    if (!guide_fits(ui, r, line, FONT_BOLD, 2 * SP_M + 8)) return -1;
    screen_kept_add(&v->shown, line);
    screen_caption(ui, r, line);
    guide_dots(ui, r, sc, v);
    if (v->current == sc->guide_count) {
        const char *end = "You have been through every screen.";
        if (!guide_fits(ui, r, end, FONT_REGULAR, 0)) return -1;
        screen_kept_add(&v->shown, end);
        screen_para(ui, r, end, FONT_REGULAR, t->text_muted, 0);
        return -1;
    }
    const GuideStep *g = &sc->guide[v->current];
    if (!guide_fits(ui, r, g->title, FONT_BOLD, SP_XS)) return -1;
    screen_kept_add(&v->shown, g->title);
    screen_para(ui, r, g->title, FONT_BOLD, t->text, SP_XS);
    snprintf(line, sizeof line, "About %d min to the end of the tour", minutes);
    if (guide_fits(ui, r, line, FONT_ITALIC, SP_S)) {
        screen_kept_add(&v->shown, line);
        screen_para(ui, r, line, FONT_ITALIC, t->text_muted, SP_S);
    }
    if ((int)g->section == section || r->h < screen_button_h(ui)) return -1;   /* the strip says the rest */
    snprintf(line, sizeof line, "Go to %s", SECTION_TITLES[g->section]);
    screen_kept_add(&v->shown, line);
    Rect b = ui_cut_top(r, screen_button_h(ui));
    b.w = screen_button_w(ui, line) < b.w ? screen_button_w(ui, line) : b.w;
    v->go_rect = b;
    return ui_button(ui, ui_id(ui, "guide-go"), b, line) ? (int)g->section : -1;
}

void screen_guide_strip(Ui *ui, Rect *area, const Session *s, int section, GuideView *v)
{
    const Scenario *sc = s->sc;
    v->strip_rect = (Rect){0};
    if (!sc->guide_count || !v->done || v->current >= sc->guide_count) return;
    const GuideStep *g = &sc->guide[v->current];
    if ((int)g->section != section) return;
    const Theme *t = ui_theme(ui);
    int pad = ui_px(ui, SP_M);
    char head[200];
    snprintf(head, sizeof head, "Step %d of %d: %s", v->current + 1, sc->guide_count, g->title);
    int w = area->w - 2 * pad - ui_px(ui, SP_XS);
    int h = screen_text_height(ui, head, FONT_BOLD, w) + ui_px(ui, SP_XS) +
            screen_text_height(ui, g->text, FONT_REGULAR, w) + 2 * ui_px(ui, SP_S);
    Rect strip = ui_cut_top(area, h);
    v->strip_rect = strip;
    ui_fill(ui, strip, screen_tint(t, t->accent));
    ui_fill(ui, (Rect){strip.x, strip.y, ui_px(ui, SP_XS), strip.h}, t->accent);
    ui_fill(ui, (Rect){strip.x, strip.y + strip.h - 1, strip.w, 1}, t->border);
    Rect in = {strip.x + pad + ui_px(ui, SP_XS), strip.y + ui_px(ui, SP_S), w, strip.h};
    screen_kept_add(&v->shown, head);
    screen_para(ui, &in, head, FONT_BOLD, t->text, SP_XS);
    screen_kept_add(&v->shown, g->text);
    screen_para(ui, &in, g->text, FONT_REGULAR, t->text, 0);
}

void screen_guide_free(GuideView *v)
{
    free(v->done);
    free(v->shown.s);
    memset(v, 0, sizeof *v);
}
