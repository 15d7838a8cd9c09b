/* screen_home.c: the catalogue at the left, the chosen scenario's details
 * at the right, saved sessions to continue above the list, and the theme
 * switcher in the top bar. */
#include <stdio.h>
#include "screen_common.h"
#include "screen_home.h"

static const char *const THEME_LABELS[THEME_COUNT] = {"Light", "Dark", "High contrast"};

/* "intro" -> "Intro", for display. */
static void home_difficulty(const char *d, char *buf, size_t size)
{
    snprintf(buf, size, "%s", d && d[0] ? d : "unrated");
    if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
}

static void home_top_bar(Ui *ui, Rect *area, HomeView *v, HomeIntent *out)
{
    const Theme *t = ui_theme(ui);
    Rect bar = screen_top_bar(ui, area);
    int tabs_w = 0;     /* ui_tabs sizes each tab by its label, from the left */
    for (int i = 0; i < THEME_COUNT; i++) tabs_w += ui_text_width(ui, THEME_LABELS[i], FONT_REGULAR) + ui_px(ui, 28);
    Rect tabs = ui_cut_right(&bar, tabs_w);
    int th = screen_button_h(ui);
    tabs.y += (tabs.h - th) / 2, tabs.h = th;
    v->theme_tabs = tabs;
    /* a facilitator collecting results should find them, not know a key */
    const char *results = "Workshop results\xE2\x80\xA6";
    ui_cut_right(&bar, ui_px(ui, SP_M));
    Rect rb = ui_cut_right(&bar, screen_button_w(ui, results));
    rb.y += (rb.h - th) / 2, rb.h = th;
    v->results_rect = rb;
    if (ui_button(ui, ui_id(ui, "results"), rb, results)) *out = (HomeIntent){HOME_RESULTS, -1, 0};
    int w = ui_text(ui, bar, "Incident Dojo", FONT_BOLD, t->text);
    ui_cut_left(&bar, w + ui_px(ui, SP_M));
    ui_text(ui, bar, "Practise learning from incidents", FONT_REGULAR, t->text_muted);
    int cur = ui_theme_id(ui), sel = ui_tabs(ui, ui_id(ui, "theme"), tabs, THEME_LABELS, THEME_COUNT, cur);
    if (sel != cur && sel >= 0 && sel < THEME_COUNT) *out = (HomeIntent){HOME_THEME, -1, (ThemeId)sel};
}

static void home_row(Ui *ui, Rect row, const HomeEntry *e)
{
    const Theme *t = ui_theme(ui);
    Rect in = ui_inset(row, ui_px(ui, SP_M));
    int lh = ui_line_height(ui, FONT_REGULAR);
    in.y = row.y + (row.h - 2 * lh - ui_px(ui, SP_XS)) / 2;
    ui_text(ui, (Rect){in.x, in.y, in.w, lh}, e->title, FONT_BOLD, t->text);
    Rect meta = {in.x, in.y + lh + ui_px(ui, SP_XS), in.w, lh};
    char buf[160], diff[32];
    if (e->error) {
        ui_text(ui, meta, "Has errors: open to see them", FONT_REGULAR, t->danger);
        return;
    }
    home_difficulty(e->difficulty, diff, sizeof diff);
    snprintf(buf, sizeof buf, "%s \xC2\xB7 %d min%s", diff, e->minutes, e->saved_actions > 0 ? " \xC2\xB7 " : "");
    ui_text(ui, meta, buf, FONT_REGULAR, t->text_muted);
    if (e->saved_actions > 0) {
        ui_cut_left(&meta, ui_text_width(ui, buf, FONT_REGULAR));
        snprintf(buf, sizeof buf, "saved, %d action%s", e->saved_actions, e->saved_actions == 1 ? "" : "s");
        ui_text(ui, meta, buf, FONT_REGULAR, t->accent);
    }
}

/* "Continue" buttons for every saved session, above the catalogue. */
static void home_continues(Ui *ui, Rect *r, const HomeEntry *entries, int count, HomeIntent *out)
{
    int saved = 0;
    for (int i = 0; i < count; i++) saved += entries[i].saved_actions > 0;
    if (!saved) return;
    screen_caption(ui, r, "CONTINUE");
    for (int i = 0; i < count; i++) {
        if (entries[i].saved_actions <= 0) continue;
        char label[300];
        snprintf(label, sizeof label, "Continue \xE2\x80\x9C%s\xE2\x80\x9D \xC2\xB7 %d action%s", entries[i].title,
                 entries[i].saved_actions, entries[i].saved_actions == 1 ? "" : "s");
        Rect b = ui_cut_top(r, screen_button_h(ui));
        if (ui_button(ui, ui_id_int(ui, "continue", i), b, label)) *out = (HomeIntent){HOME_CONTINUE, i, 0};
        ui_cut_top(r, ui_px(ui, SP_S));
    }
    ui_cut_top(r, ui_px(ui, SP_M));
}

static void home_list(Ui *ui, Rect r, const HomeEntry *entries, int count, HomeView *v, HomeIntent *out)
{
    const Theme *t = ui_theme(ui);
    screen_caption(ui, &r, "SCENARIOS");
    if (count == 0) {
        screen_para(ui, &r, "No scenarios found. Put scenario folders or .lua files in the "
                    "scenarios folder (or set INCIDENT_DOJO_SCENARIOS), then press F5.",
                    FONT_REGULAR, t->text_muted, 0);
        return;
    }
    ui_fill(ui, r, t->panel);
    ui_frame(ui, r, t->border, 1);
    int row_h = 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS + SP_L);
    UiId id = ui_id(ui, "scenarios");
    if (!v->started) {
        v->list.selected = v->list.selected > 0 && v->list.selected < count ? v->list.selected : 0;
        ui_set_focus(ui, id);
        v->started = true;
    }
    Rect row;
    int i;
    ui_list_begin(ui, id, ui_inset(r, 1), &v->list, count, row_h);
    while (ui_list_row(ui, &v->list, &i, &row)) home_row(ui, row, &entries[i]);
    ui_list_end(ui, &v->list);
    if (v->list.activated >= 0) *out = (HomeIntent){HOME_OPEN, v->list.activated, 0};
}

static void home_broken(Ui *ui, Rect r, const HomeEntry *e, int index, HomeView *v, HomeIntent *out)
{
    const Theme *t = ui_theme(ui);
    screen_para(ui, &r, "This scenario could not be loaded.", FONT_BOLD, t->danger, SP_S);
    screen_para(ui, &r, e->error, FONT_MONO, t->text, SP_L);
    Rect b = {r.x, r.y, screen_button_w(ui, "Show the problems"), screen_button_h(ui)};
    v->open_button = b;
    if (ui_button(ui, ui_id(ui, "problems"), b, "Show the problems")) *out = (HomeIntent){HOME_OPEN, index, 0};
}

static void home_details_body(Ui *ui, Rect r, const HomeEntry *e, int index, HomeView *v, HomeIntent *out);

static void home_details(Ui *ui, Rect r, const HomeEntry *e, int index, HomeView *v, HomeIntent *out)
{
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->panel);
    ui_frame(ui, r, t->border, 1);
    r = ui_inset(r, ui_px(ui, SP_L + SP_S));
    ui_push_clip(ui, r);
    r.h = SCREEN_UNBOUNDED;
    home_details_body(ui, r, e, index, v, out);
    ui_pop_clip(ui);
}

static void home_details_body(Ui *ui, Rect r, const HomeEntry *e, int index, HomeView *v, HomeIntent *out)
{
    const Theme *t = ui_theme(ui);
    screen_para(ui, &r, e->title, FONT_BOLD, t->text, SP_XS);
    if (e->error) {
        home_broken(ui, r, e, index, v, out);
        return;
    }
    char meta[256], diff[32];
    home_difficulty(e->difficulty, diff, sizeof diff);
    snprintf(meta, sizeof meta, "%s \xC2\xB7 about %d minutes%s%s", diff, e->minutes,
             e->company ? " \xC2\xB7 " : "", e->company ? e->company : "");
    screen_para(ui, &r, meta, FONT_REGULAR, t->text_muted, SP_L);
    screen_para(ui, &r, e->summary, FONT_REGULAR, t->text, SP_L);
    if (e->objective_count) screen_caption(ui, &r, "WHAT YOU WILL PRACTISE");
    for (int k = 0; k < e->objective_count; k++) screen_bullet(ui, &r, e->objectives[k], t->text);
    ui_cut_top(&r, ui_px(ui, SP_L));
    Rect buttons = ui_cut_top(&r, screen_button_h(ui));
    /* with a save, continuing is the likely choice and gets the accent */
    bool saved = e->saved_actions > 0;
    v->continue_button = (Rect){0, 0, 0, 0};
    if (saved) {
        Rect c = ui_cut_left(&buttons, screen_button_w(ui, "Continue saved session"));
        ui_cut_left(&buttons, ui_px(ui, SP_S));
        v->continue_button = c;
        if (ui_button_primary(ui, ui_id(ui, "continue-this"), c, "Continue saved session"))
            *out = (HomeIntent){HOME_CONTINUE, index, 0};
    }
    Rect b = ui_cut_left(&buttons, screen_button_w(ui, "Open the briefing"));
    v->open_button = b;
    bool open = saved ? ui_button(ui, ui_id(ui, "open"), b, "Open the briefing")
                      : ui_button_primary(ui, ui_id(ui, "open"), b, "Open the briefing");
    if (open) *out = (HomeIntent){HOME_OPEN, index, 0};
}

HomeIntent screen_home(Ui *ui, Rect area, const HomeEntry *entries, int count, HomeView *v)
{
    HomeIntent out = {HOME_NONE, -1, 0};
    ui_push_scope(ui, "home");
    home_top_bar(ui, &area, v, &out);
    Rect body = ui_inset(area, ui_px(ui, SP_L));
    v->start_next_button = (Rect){0, 0, 0, 0};
    if (v->path && v->path->count) screen_home_path(ui, &body, v->path, v, &out);
    int left_w = body.w * 2 / 5;
    if (left_w < ui_px(ui, 300)) left_w = body.w < ui_px(ui, 600) ? body.w / 2 : ui_px(ui, 300);
    if (left_w > ui_px(ui, 460)) left_w = ui_px(ui, 460);
    Rect left = ui_cut_left(&body, left_w);
    ui_cut_left(&body, ui_px(ui, SP_L));
    home_continues(ui, &left, entries, count, &out);
    home_list(ui, left, entries, count, v, &out);
    int sel = v->list.selected;
    screen_caption(ui, &body, "ABOUT THIS SCENARIO");
    if (sel >= 0 && sel < count) home_details(ui, body, &entries[sel], sel, v, &out);
    /* the path's dialog last, so it lies over everything */
    ui_push_scope(ui, "path");
    screen_home_pick(ui, v, &out);
    ui_pop_scope(ui);
    ui_pop_scope(ui);
    return out;
}
