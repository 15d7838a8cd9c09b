/* screen_report_parts.c: the Report's written parts: summary, narrative,
 * what went well, the three themes, open questions, and action items,
 * which wait for soak time after the review meeting. */
#include <stdio.h>
#include <string.h>
#include "core/util.h"
#include "screen_report_internal.h"

/* One field's part: heading, a line on what goes in it, the editor. */
static void field_part(ReportCtx *c, ReportPart part, const char *title, ReportField f, const char *hint,
                       const char *placeholder, int min_lines, int max_lines)
{
    const Theme *t = ui_theme(c->ui);
    ReportDraft *d = &c->v->fields[f];
    report_draft_scan(c->s->sc, d);
    report_heading(c, part, title, d->hit_count);
    report_para(c, hint, FONT_REGULAR, t->text_muted, SP_S);
    d->edit.placeholder = placeholder;
    d->edit.read_only = false;
    report_editor(c, d, min_lines, max_lines);
}

void report_text_parts_top(ReportCtx *c)
{
    field_part(c, REPORT_PART_SUMMARY, "Summary", REPORT_SUMMARY,
               "Two or three sentences: what happened, who was affected, how it ended.",
               "What happened, to whom, and how it ended", 3, 12);
    field_part(c, REPORT_PART_NARRATIVE, "Narrative", REPORT_NARRATIVE,
               "The story as the people in it lived it: what they saw and knew at each moment, and what made "
               "their actions make sense then.", "Tell the story in the order it unfolded", 8, 24);
}

/* The themes: three questions a review meeting asks, one editor each. */
static void themes_part(ReportCtx *c)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    static const ReportField themes[] = {REPORT_SURPRISES, REPORT_LEARN_MORE, REPORT_PATTERNS};
    static const char *const holders[] = {"What did not work the way people thought it did?",
                                          "Which knowledge lived with too few people?",
                                          "Which other incidents does this one rhyme with?"};
    int hits = 0;
    for (int k = 0; k < 3; k++) {
        report_draft_scan(c->s->sc, &c->v->fields[themes[k]]);
        hits += c->v->fields[themes[k]].hit_count;
    }
    report_heading(c, REPORT_PART_THEMES, "Themes", hits);
    report_para(c, "What this incident teaches beyond its own facts: good reports are reread for onboarding "
                "and design work.", FONT_REGULAR, t->text_muted, SP_S);
    for (int k = 0; k < 3; k++) {
        ReportDraft *d = &c->v->fields[themes[k]];
        ui_cut_top(&c->col, ui_px(ui, SP_XS));
        report_text(c, ui_cut_top(&c->col, ui_line_height(ui, FONT_BOLD)), report_field_title(themes[k]),
                    FONT_BOLD, t->text);
        ui_cut_top(&c->col, ui_px(ui, SP_XS));
        d->edit.placeholder = holders[k];
        report_editor(c, d, 3, 12);
    }
}

/* Why action items are locked, and the way to let the day pass. */
static void soak_notice(ReportCtx *c, int soak)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    char text[320], button[64];
    if (soak < 0)
        snprintf(text, sizeof text, "Action items wait for soak time: finish the review meeting first, then let a "
                 "day pass. Meanwhile work on the narrative, the factors and the themes.");
    else
        snprintf(text, sizeof text, "Action items wait for soak time: %d h %02d min to go. Meanwhile work on the "
                 "narrative, the factors and the themes.", soak / 60, soak % 60);
    int pad = ui_px(ui, SP_M), bar = ui_px(ui, 4);
    int tw = c->col.w - 2 * pad - bar, th = screen_text_height(ui, text, FONT_REGULAR, tw);
    int bh = soak > 0 ? screen_button_h(ui) + ui_px(ui, SP_S) : 0;
    Rect box = ui_cut_top(&c->col, th + bh + 2 * pad);
    Color caution = screen_caution(t);
    ui_box(ui, box, ui_px(ui, 6), screen_tint(t, caution), caution, ui_px(ui, 1));
    ui_fill(ui, (Rect){box.x, box.y, bar, box.h}, caution);
    Rect in = {box.x + bar + pad, box.y + pad, tw, th};
    report_say(c->v, text);
    ui_text_wrapped(ui, in, text, FONT_REGULAR, t->text);
    if (soak > 0) {
        snprintf(button, sizeof button, "Let the time pass (%d h %02d min)", soak / 60, soak % 60);
        c->v->soak_rect = (Rect){in.x, in.y + th + ui_px(ui, SP_S), screen_button_w(ui, button), screen_button_h(ui)};
        UiId id = ui_id(ui, "soak");
        report_say(c->v, button);
        if (ui_button(ui, id, c->v->soak_rect, button))
            report_emit(c, (Action){.kind = ACTION_ADVANCE, .minutes = soak});
        ui_tooltip(ui, id, c->v->soak_rect, "Moves the in-game clock on, as if you slept on it. Nothing else "
                   "happens in the meantime.");
        report_reveal(c, id, c->v->soak_rect);
    }
    ui_cut_top(&c->col, ui_px(ui, SP_S));
}

static void actions_part(ReportCtx *c)
{
    const Theme *t = ui_theme(c->ui);
    ReportDraft *d = &c->v->fields[REPORT_ACTION_ITEMS];
    int soak = session_soak_minutes(c->s);
    report_draft_scan(c->s->sc, d);
    report_heading(c, REPORT_PART_ACTIONS, "Action items", d->hit_count);
    d->edit.read_only = soak != 0;
    if (soak != 0) {
        soak_notice(c, soak);
        d->edit.placeholder = "Opens when soak time is over";
    } else {
        report_para(c, "Now that the meeting has soaked for a day: what will change, who owns it, and how it "
                    "helps. A few items people want to do beat a long list.", FONT_REGULAR, t->text_muted, SP_S);
        d->edit.placeholder = "One item a line, with its owner";
    }
    report_editor(c, d, 4, 16);
}

void report_text_parts_rest(ReportCtx *c)
{
    field_part(c, REPORT_PART_WENT_WELL, "What went well", REPORT_WENT_WELL,
               "What helped: people, tools and habits worth keeping.", "What helped the response?", 3, 12);
    themes_part(c);
    field_part(c, REPORT_PART_QUESTIONS, "Open questions", REPORT_OPEN_QUESTIONS,
               "What you still do not know, and whom you would ask.", "What is still unclear, and who could say?",
               3, 12);
    actions_part(c);
}
