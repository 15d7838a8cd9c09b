/* play.c: headless play-throughs: `play` replays an action log, `score`
 * scores a save, `report` exports it, `list` prints the catalogue. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "app.h"
#include "catalog.h"
#include "core/export.h"
#include "core/rubric.h"
#include "core/save.h"
#include "script/loader.h"

/* A criterion that could not be evaluated is a bug in the scenario: the
 * score is printed, but the command fails so it cannot go unnoticed. */
static int report_score_errors(const Scenario *sc, const Score *score)
{
    int rc = 0;
    for (int i = 0; i < score->count; i++)
        if (score->criteria[i].error) {
            fprintf(stderr, "incident-dojo: criterion '%s' could not be evaluated: %s\n",
                    sc->criteria[i].id, score->criteria[i].error);
            rc = 1;
        }
    return rc;
}

/* A loaded scenario with what scoring needs. */
typedef struct Loaded { Scenario *sc; ScriptHost *host; } Loaded;

static bool load_scenario(const char *arg, Loaded *out)
{
    out->sc = catalog_load(arg, &out->host, false);
    return out->sc != NULL;
}

static void unload(Loaded *l)
{
    script_host_destroy(l->host);
    scenario_destroy(l->sc);
}

/* An action file is a JSON array of actions, or an object with "actions". */
static bool read_actions(const char *path, ActionLog *log)
{
    char *text, err[1024];
    size_t len;
    if (!file_read_all(path, &text, &len, err, sizeof err)) {
        fprintf(stderr, "incident-dojo: %s\n", err);
        return false;
    }
    cJSON *json = cJSON_ParseWithLength(text, len);
    free(text);
    const cJSON *arr = cJSON_IsArray(json) ? json : cJSON_GetObjectItemCaseSensitive(json, "actions");
    bool ok = false;
    if (!json) fprintf(stderr, "incident-dojo: %s: not valid JSON\n", path);
    else if (!cJSON_IsArray(arr))
        fprintf(stderr, "incident-dojo: %s: expected a JSON array of actions, or an object with \"actions\"\n", path);
    else if (!(ok = log_from_json(arr, log, err, sizeof err)))
        fprintf(stderr, "incident-dojo: %s: %s\n", path, err);
    cJSON_Delete(json);
    return ok;
}

bool app_write_text_file(const char *path, const char *text)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fputs(text, f) >= 0;
    if (f && fclose(f) != 0) ok = false;
    if (ok && rename(tmp, path) != 0) ok = false;
    if (!ok) {
        fprintf(stderr, "incident-dojo: cannot write '%s': %s\n", path, strerror(errno));
        remove(tmp);
    }
    return ok;
}

static int usage_play(void)
{
    fprintf(stderr, "Usage: incident-dojo play SCENARIO --actions FILE [--out RESULT.json] [--save SAVE]\n");
    return 2;
}

/* Replays, scores, prints; writes the result and save when asked. */
static int play_log(Loaded *l, ActionLog *log, const char *out, const char *save, uint64_t seed)
{
    char err[1024];
    Session *s = session_create(l->sc);
    int applied = session_replay(s, log, err, sizeof err);
    int rc = 0;
    if (applied < log->count) {
        fprintf(stderr, "incident-dojo: %s\n", err);
        rc = 1;
    } else {
        Score score;
        CondHost host = script_host_cond(l->host);
        rubric_score(s, &host, &score);
        rubric_print(s, &score, stdout);
        rc = report_score_errors(l->sc, &score);
        if (out) {
            cJSON *json = export_json(s, &score);   /* the result, with the report and timeline */
            char *text = cJSON_Print(json);
            size_t n = strlen(text);
            char *line = xmalloc(n + 2);
            memcpy(line, text, n);
            memcpy(line + n, "\n", 2);
            if (!app_write_text_file(out, line)) rc = 1;
            free(line);
            free(text);
            cJSON_Delete(json);
        }
        score_destroy(&score);
        SaveData data = {(char *)l->sc->meta.id, l->sc->content_hash, seed, *log};
        if (save && !save_write(save, &data, err, sizeof err)) {
            fprintf(stderr, "incident-dojo: %s\n", err);
            rc = 1;
        }
    }
    session_destroy(s);
    return rc;
}

int cmd_play(int argc, char **argv)
{
    const char *scenario = NULL, *actions = NULL, *out = NULL, *save = NULL;
    for (int i = 0; i < argc; i++) {
        const char **opt = strcmp(argv[i], "--actions") == 0 ? &actions
                         : strcmp(argv[i], "--out") == 0 ? &out
                         : strcmp(argv[i], "--save") == 0 ? &save : NULL;
        if (opt && i + 1 < argc) *opt = argv[++i];
        else if (opt || argv[i][0] == '-' || scenario) return usage_play();
        else scenario = argv[i];
    }
    if (!scenario || !actions) return usage_play();
    ActionLog log = {0};
    Loaded l = {0};
    int rc = 1;
    if (read_actions(actions, &log) && load_scenario(scenario, &l)) {
        rc = play_log(&l, &log, out, save, 0);
        unload(&l);
    }
    log_destroy(&log);
    return rc;
}

/* What to do with a replayed, scored save: print the score, or export. */
typedef struct SaveJob { const char *format, *out, *actor; } SaveJob;

static int export_save(const Session *s, const Score *score, const SaveJob *job)
{
    char *text = NULL;
    if (strcmp(job->format, "md") == 0) {
        text = export_markdown(s, score);
    } else {
        cJSON *j = strcmp(job->format, "json") == 0 ? export_json(s, score) : export_xapi(s, score, job->actor);
        text = cJSON_Print(j);
        cJSON_Delete(j);
        size_t n = strlen(text);
        text = realloc(text, n + 2);
        strcpy(text + n, "\n");
    }
    bool ok = job->out ? app_write_text_file(job->out, text) : fputs(text, stdout) >= 0;
    free(text);
    return ok ? 0 : 1;
}

/* A save against a changed scenario replays up to the first action that no
 * longer fits, says which, and scores what was replayed. */
static int score_save(Loaded *l, const ActionLog *log, const SaveJob *job)
{
    char err[1024];
    Session *s = session_create(l->sc);
    int applied = session_replay(s, log, err, sizeof err);
    if (applied < log->count)
        fprintf(stderr, "incident-dojo: replayed %d of %d actions; %s\n", applied, log->count, err);
    Score score;
    CondHost host = script_host_cond(l->host);
    rubric_score(s, &host, &score);
    int rc = 0;
    if (job) rc = export_save(s, &score, job);
    else rubric_print(s, &score, stdout);
    rc |= report_score_errors(l->sc, &score);
    score_destroy(&score);
    session_destroy(s);
    return rc;
}

static int run_save(const char *path, const char *scenario, const SaveJob *job)
{
    SaveData data = {0};
    char err[2048];
    SaveLoadStatus st = save_load(path, &data, err, sizeof err);
    if (st == SAVE_FAILED) {
        fprintf(stderr, "incident-dojo: %s\n", err);
        return 1;
    }
    if (st == SAVE_LOADED_BACKUP) fprintf(stderr, "incident-dojo: %s; using the backup\n", err);
    Loaded l = {0};
    int rc = 1;
    if (load_scenario(scenario ? scenario : data.scenario_id, &l)) {
        if (strcmp(l.sc->meta.id, data.scenario_id) != 0) {
            fprintf(stderr, "incident-dojo: %s is a save of scenario '%s', not '%s'\n", path,
                    data.scenario_id, l.sc->meta.id);
        } else {
            if (l.sc->content_hash != data.scenario_hash)
                fprintf(stderr, "incident-dojo: scenario '%s' has changed since this save was made; "
                        "replaying what still fits\n", data.scenario_id);
            rc = score_save(&l, &data.log, job);
        }
        unload(&l);
    }
    save_data_clear(&data);
    return rc;
}

int cmd_score(int argc, char **argv)
{
    const char *path = NULL, *scenario = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--scenario") == 0 && i + 1 < argc) scenario = argv[++i];
        else if (argv[i][0] == '-' || path) path = NULL, i = argc;
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "Usage: incident-dojo score SAVE [--scenario SCENARIO]\n");
        return 2;
    }
    return run_save(path, scenario, NULL);
}

int cmd_report(int argc, char **argv)
{
    const char *path = NULL, *scenario = NULL;
    SaveJob job = {"md", NULL, getenv("USER") && *getenv("USER") ? getenv("USER") : "participant"};
    bool bad = false;
    for (int i = 0; i < argc && !bad; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--scenario") == 0 && v) scenario = v, i++;
        else if (strcmp(a, "--format") == 0 && v) job.format = v, i++;
        else if (strcmp(a, "--out") == 0 && v) job.out = v, i++;
        else if (strcmp(a, "--actor") == 0 && v) job.actor = v, i++;
        else if (a[0] == '-' || path) bad = true;
        else path = a;
    }
    if (strcmp(job.format, "md") != 0 && strcmp(job.format, "json") != 0 && strcmp(job.format, "xapi") != 0) {
        fprintf(stderr, "incident-dojo: --format must be md, json or xapi, not '%s'\n", job.format);
        bad = true;
    }
    if (bad || !path) {
        fprintf(stderr, "Usage: incident-dojo report SAVE [--format md|json|xapi] [--out FILE] "
                "[--actor NAME] [--scenario SCENARIO]\n");
        return 2;
    }
    return run_save(path, scenario, &job);
}

int cmd_list(int argc, char **argv)
{
    (void)argv;
    if (argc) {
        fprintf(stderr, "Usage: incident-dojo list\n");
        return 2;
    }
    int count, rc = 0;
    char **paths = catalog_scan(catalog_folder(), &count);
    for (int i = 0; i < count; i++) {
        Diags diags = {0};
        Scenario *sc = loader_load(paths[i], NULL, &diags, NULL);
        if (sc)
            printf("%-24s %s (%s, %d min)\n", sc->meta.id, sc->meta.title, sc->meta.difficulty,
                   sc->meta.minutes);
        else {
            fprintf(stderr, "incident-dojo: %s has errors; run 'incident-dojo check %s'\n", paths[i], paths[i]);
            rc = 1;
        }
        scenario_destroy(sc);
        diags_destroy(&diags);
    }
    if (!count) fprintf(stderr, "incident-dojo: no scenarios in %s\n", catalog_folder());
    catalog_free_paths(paths, count);
    return rc;
}
