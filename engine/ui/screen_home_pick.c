/* screen_home_pick.c: the path's Change dialog: which curriculum to follow
 * and whose progress it is, so a shared machine serves a whole team and a
 * person can switch to another path without editing files. */
#include <stdio.h>
#include <string.h>
#include "core/settings.h"
#include "screen_common.h"
#include "screen_home.h"

#define PICK_DIALOG "path-pick"

/* A button per choice, the current one drawn as the main action; the
 * index of the one pressed, else -1. */
static int pick_buttons(Ui *ui, Rect *c, const char *scope, const char *const *labels, int count, int current,
                        Rect *rects)
{
    int hit = -1;
    for (int i = 0; i < count && i < HOME_MAX_CHOICES; i++) {
        rects[i] = ui_cut_top(c, screen_button_h(ui));
        ui_cut_top(c, ui_px(ui, SP_XS));
        UiId id = ui_id_int(ui, scope, i);
        bool pressed = i == current ? ui_button_primary(ui, id, rects[i], labels[i])
                                    : ui_button(ui, id, rects[i], labels[i]);
        if (pressed) hit = i;
    }
    return hit;
}

/* The field for a new profile: Enter or Use takes a valid name, else
 * says what a name may hold. */
static bool pick_new_profile(Ui *ui, Rect *c, HomeView *v)
{
    if (!v->new_profile.text) ui_text_edit_init(&v->new_profile, "", false);
    Rect row = ui_cut_top(c, screen_button_h(ui));
    v->use_profile_button = ui_cut_right(&row, screen_button_w(ui, "Use"));
    ui_cut_right(&row, ui_px(ui, SP_S));
    v->new_profile_input = row;
    v->new_profile.placeholder = "A new profile's name";
    v->new_profile.max_len = 63;
    bool go = ui_text_input(ui, ui_id(ui, "new-profile"), row, &v->new_profile) & UI_TEXT_SUBMITTED;
    go |= ui_button(ui, ui_id(ui, "use-profile"), v->use_profile_button, "Use");
    if (!go) return false;
    if (!settings_name_valid(v->new_profile.text)) {
        snprintf(v->pick_problem, sizeof v->pick_problem, "A profile's name is letters, digits, '_', '-' and "
                 "'.', up to 63 of them, such as ann or team-blue.");
        return false;
    }
    snprintf(v->picked_profile, sizeof v->picked_profile, "%s", v->new_profile.text);
    ui_text_edit_set(&v->new_profile, "");
    return true;
}

void screen_home_pick(Ui *ui, HomeView *v, HomeIntent *out)
{
    const HomeChoices *ch = v->choices;
    Rect c;
    if (!ch || !ui_modal_begin(ui, ui_id(ui, PICK_DIALOG), "Your path", 560, 520, &c)) return;
    const Theme *t = ui_theme(ui);
    screen_caption(ui, &c, "CURRICULUM");
    int k = pick_buttons(ui, &c, "pick-curriculum", ch->curricula, ch->curriculum_count, ch->curriculum,
                         v->curriculum_rects);
    if (k >= 0 && k != ch->curriculum) *out = (HomeIntent){.kind = HOME_CURRICULUM, .entry = k};
    ui_cut_top(&c, ui_px(ui, SP_M));
    screen_caption(ui, &c, "PROFILE");
    screen_para(ui, &c, "Progress is kept per profile: one for each person who plays on this machine.",
                FONT_REGULAR, t->text_muted, SP_S);
    int current = -1;
    for (int i = 0; i < ch->profile_count; i++)
        if (ch->profile && strcmp(ch->profiles[i], ch->profile) == 0) current = i;
    k = pick_buttons(ui, &c, "pick-profile", ch->profiles, ch->profile_count, current, v->profile_rects);
    if (k >= 0 && k != current) {
        snprintf(v->picked_profile, sizeof v->picked_profile, "%s", ch->profiles[k]);
        *out = (HomeIntent){.kind = HOME_PROFILE};
    }
    ui_cut_top(&c, ui_px(ui, SP_S));
    if (pick_new_profile(ui, &c, v)) *out = (HomeIntent){.kind = HOME_PROFILE};
    if (v->pick_problem[0]) screen_para(ui, &c, v->pick_problem, FONT_REGULAR, t->danger, 0);
    if (out->kind == HOME_CURRICULUM || out->kind == HOME_PROFILE) {
        v->pick_problem[0] = 0;
        ui_modal_close(ui);
    }
    ui_modal_end(ui);
}

/* Opens the dialog (the path's Change button). */
void screen_home_pick_open(Ui *ui, HomeView *v)
{
    v->pick_problem[0] = 0;
    ui_modal_open(ui, ui_id(ui, PICK_DIALOG));
}
