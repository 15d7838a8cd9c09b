/* desktop_profile.c: the profile follows play. The score is recorded when
 * the participant reaches the Debrief (once per opening as an attempt,
 * then again whenever it changes there) and once more when they leave
 * the scenario, so the best score is kept without asking anyone to save. */
#include <stdio.h>
#include "desktop.h"
#include "desktop_workshop.h"
#include "onboarding.h"

static void desktop_profile_write(Desktop *d, Onboarding *o, double score, bool new_attempt)
{
    char err[2048];
    if (!onboarding_record(o, d->st->sc->meta.id, score, new_attempt, err, sizeof err)) {
        char msg[2300];
        snprintf(msg, sizeof msg, "Your progress could not be saved: %.2200s", err);
        desktop_set_banner(d, BANNER_ERROR, msg);
    }
    o->reached = true;
    o->recorded = score;
}

/* A team's play in workshop mode is the team's, not this person's
 * progress: only one's own save counts toward one's path. */
static bool desktop_profile_own_play(const Desktop *d)
{
    return !(d->workshop && d->workshop->on);
}

void desktop_profile_note(Desktop *d)
{
    Onboarding *o = d->lib ? d->lib->onboarding : NULL;
    if (!o) return;
    if (o->notice[0]) {
        desktop_set_banner(d, BANNER_ERROR, o->notice);
        o->notice[0] = 0;
    }
    /* the bench and tests that keep no settings keep no progress either */
    if (d->cfg.no_settings || !d->st || d->screen != DESKTOP_WORKSPACE || !desktop_profile_own_play(d)) return;
    const DebriefView *dv = &d->workspace.debrief;
    if (d->workspace.section != SECTION_DEBRIEF || !dv->scored || dv->scored_session != d->st->session) return;
    if (!o->reached || dv->score.total != o->recorded) desktop_profile_write(d, o, dv->score.total, !o->reached);
}

void desktop_profile_leave(Desktop *d)
{
    Onboarding *o = d->lib ? d->lib->onboarding : NULL;
    if (!o || !d->st || !o->reached || !desktop_profile_own_play(d)) return;
    /* actions taken after the Debrief was last seen count too */
    CondHost host = app_state_cond_host(d->st);
    Score score;
    rubric_score(d->st->session, &host, &score);
    if (score.total != o->recorded) desktop_profile_write(d, o, score.total, false);
    score_destroy(&score);
    o->reached = false;
}
