/* aggregate.c: loading result files into an Aggregate and checking that
 * each really is a result of the same scenario. The numbers are worked out
 * in aggregate_stats.c. */
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "core/aggregate.h"

Aggregate *aggregate_create(void)
{
    return xcalloc(1, sizeof(Aggregate));
}

void aggregate_destroy(Aggregate *a)
{
    if (!a) return;
    for (int i = 0; i < a->count; i++) {
        free(a->people[i].pins);
        cJSON_Delete(a->roots[i]);
    }
    free(a->people);
    free(a->roots);
    free(a->criteria);
    free(a->categories);
    free(a->evidence);
    free(a->questions);
    arena_destroy(&a->arena);
    free(a);
}

static const char *str_field(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

/* The fields every later step relies on; anything else is optional, so a
 * result from an older version still aggregates. */
static bool result_check(const cJSON *root, const char *file, char *err, size_t errsize)
{
    if (!cJSON_IsObject(root)) return error_set(err, errsize, "%s: not a result file: not a JSON object", file);
    static const char *const need[] = {"scenario", "score", "earned", "possible", "criteria"};
    for (size_t i = 0; i < sizeof need / sizeof *need; i++)
        if (!cJSON_GetObjectItemCaseSensitive(root, need[i]))
            return error_set(err, errsize, "%s: not a result file: no \"%s\" (save one from the Debrief "
                             "or with 'incident-dojo play --out')", file, need[i]);
    if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(root, "scenario")) ||
        !cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(root, "score")))
        return error_set(err, errsize, "%s: not a result file: \"scenario\" must be a string and \"score\" a number", file);
    const cJSON *crits = cJSON_GetObjectItemCaseSensitive(root, "criteria");
    if (!cJSON_IsArray(crits)) return error_set(err, errsize, "%s: \"criteria\" must be a list", file);
    int i = 0;
    for (const cJSON *c = crits->child; c; c = c->next, i++) {
        if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(c, "id")) ||
            !cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(c, "points")) ||
            !cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(c, "earned")) ||
            !cJSON_IsBool(cJSON_GetObjectItemCaseSensitive(c, "met")))
            return error_set(err, errsize, "%s: criteria[%d] needs \"id\", \"points\", \"earned\" and \"met\"", file, i);
    }
    return true;
}

/* "runs/ana.json" -> "ana" */
static const char *base_name(Arena *ar, const char *file)
{
    const char *b = strrchr(file, '/');
    b = b ? b + 1 : file;
    size_t n = strlen(b);
    if (n > 5 && strcmp(b + n - 5, ".json") == 0) n -= 5;
    return arena_strndup(ar, b, n);
}

static void participant_read_pins(AggParticipant *p, const cJSON *root)
{
    const cJSON *tl = cJSON_GetObjectItemCaseSensitive(root, "timeline");
    int n = cJSON_IsArray(tl) ? cJSON_GetArraySize(tl) : 0;
    p->pins = n ? xcalloc((size_t)n, sizeof *p->pins) : NULL;
    for (const cJSON *e = n ? tl->child : NULL; e; e = e->next) {
        if (!cJSON_IsObject(e) || !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(e, "item"))) continue;
        p->pins[p->pin_count++] = (AggPin){str_field(e, "item"), str_field(e, "source"), str_field(e, "at"),
                                           str_field(e, "marker"), str_field(e, "note")};
    }
}

static int int_field(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? (int)v->valuedouble : 0;
}

bool aggregate_add_json(Aggregate *a, const char *file, const char *json, char *err, size_t errsize)
{
    cJSON *root = cJSON_Parse(json);
    if (!root) return error_set(err, errsize, "%s: not a result file: not valid JSON", file);
    if (!result_check(root, file, err, errsize)) {
        cJSON_Delete(root);
        return false;
    }
    const char *sc = str_field(root, "scenario");
    if (a->count && strcmp(sc, a->scenario) != 0) {
        error_set(err, errsize, "%s: a result of scenario '%s', but %s is of '%s'; aggregate one scenario at a time",
                  file, sc, a->people[0].file, a->scenario);
        cJSON_Delete(root);
        return false;
    }
    if (a->count == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        a->people = xrealloc(a->people, (size_t)a->cap * sizeof *a->people);
        a->roots = xrealloc(a->roots, (size_t)a->cap * sizeof *a->roots);
    }
    a->roots[a->count] = root;
    AggParticipant *p = &a->people[a->count++];
    memset(p, 0, sizeof *p);
    const char *actor = str_field(root, "actor");
    p->file = arena_strdup(&a->arena, file);
    p->name = actor[0] ? actor : base_name(&a->arena, file);
    p->score = cJSON_GetObjectItemCaseSensitive(root, "score")->valuedouble;
    p->earned = int_field(root, "earned");
    p->possible = int_field(root, "possible");
    participant_read_pins(p, root);
    if (a->count == 1) {
        a->scenario = sc;
        a->title = str_field(root, "title");
    }
    return true;
}

bool aggregate_add_file(Aggregate *a, const char *path, char *err, size_t errsize)
{
    char *data = NULL;
    size_t len = 0;
    if (!file_read_all(path, &data, &len, err, errsize)) return false;
    bool ok = strlen(data) == len ? aggregate_add_json(a, path, data, err, errsize)
                                  : error_set(err, errsize, "%s: not a result file: it holds a NUL byte", path);
    free(data);
    return ok;
}
