/* desktop_export.c: the Debrief's exports written to files, and the
 * banner that says where they went or why they could not be written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/export.h"
#include "core/xdg.h"
#include "desktop_export.h"

static const char *const SUFFIXES[DEBRIEF_EXPORT_COUNT] = {"-report.md", "-result.json", "-xapi.json"};

bool desktop_export_path(const char *scenario_id, DebriefExport f, char *buf, size_t size, char *err,
                         size_t errsize)
{
    /* the id is the scenario author's: keep it to one plain file name */
    char id[201], name[300];
    size_t n = 0;
    for (const char *p = scenario_id; *p && n < sizeof id - 1; p++, n++) {
        bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                     *p == '_' || *p == '-' || (*p == '.' && n > 0);
        id[n] = plain ? *p : '_';
    }
    id[n] = 0;
    snprintf(name, sizeof name, "exports/%s%s", id, SUFFIXES[f]);
    return xdg_data_file(name, buf, size, err, errsize);
}

char *desktop_export_render(const Session *s, const Score *score, DebriefExport f, const char *actor)
{
    if (f == DEBRIEF_EXPORT_MARKDOWN) return export_markdown(s, score);
    cJSON *j = f == DEBRIEF_EXPORT_JSON ? export_json(s, score) : export_xapi(s, score, actor);
    char *text = cJSON_Print(j);
    cJSON_Delete(j);
    size_t n = strlen(text);
    char *out = xmalloc(n + 2);
    memcpy(out, text, n);
    memcpy(out + n, "\n", 2);
    free(text);
    return out;
}

bool desktop_export_write(const Session *s, const Score *score, DebriefExport f, const char *actor,
                          const char *path, char *err, size_t errsize)
{
    char *text = desktop_export_render(s, score, f, actor);
    bool ok = xdg_write_atomic(path, text, strlen(text), err, errsize);
    free(text);
    return ok;
}

const char *desktop_export_actor(void)
{
    const char *user = getenv("USER");
    return user && *user ? user : "participant";
}

void desktop_export(Desktop *d, DebriefExport f)
{
    AppState *st = d->st;
    char path[4096], err[2048], msg[6400];
    const char *what = screen_debrief_export_name(f);
    if (!desktop_export_path(st->sc->meta.id, f, path, sizeof path, err, sizeof err)) {
        error_set(msg, sizeof msg, "The %s was not saved: %s. Your session itself is unaffected.", what, err);
        desktop_set_banner(d, BANNER_ERROR, msg);
        return;
    }
    Score score;
    CondHost host = app_state_cond_host(st);
    rubric_score(st->session, &host, &score);
    bool ok = desktop_export_write(st->session, &score, f, desktop_export_actor(), path, err, sizeof err);
    score_destroy(&score);
    if (ok) {
        error_set(msg, sizeof msg, "Saved the %s to %s", what, path);
        desktop_set_banner(d, BANNER_INFO, msg);
        return;
    }
    /* the session is on disk already (autosave); only this file is missing */
    error_set(msg, sizeof msg, "The %s was not saved: %s. Your session is kept as usual; free some space or "
              "fix the folder's permissions, then press the button again.", what, err);
    fprintf(stderr, "incident-dojo: %s\n", msg);
    desktop_set_banner(d, BANNER_ERROR, msg);
}
