/* profile.c: a person's profile as JSON: read, set aside when unreadable,
 * written atomically with the previous file kept as .bak. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "profile.h"
#include "util.h"
#include "xdg.h"

void profile_default_name(char *buf, size_t size)
{
    const char *name = getenv("INCIDENT_DOJO_PROFILE");
    if (!name || !*name) name = getenv("USER");
    if (!name || !*name) name = "default";
    size_t n = 0;
    for (; name[n] && n + 1 < size && n < 63; n++) {
        char c = name[n];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_' || c == '-' || (c == '.' && n > 0);
        buf[n] = ok ? c : '_';
    }
    buf[n] = 0;
}

bool profile_path(const char *name, char *buf, size_t size, char *err, size_t errsize)
{
    char rel[128];
    snprintf(rel, sizeof rel, "profiles/%s.json", name);
    return xdg_data_file(rel, buf, size, err, errsize);
}

void profile_clear(Profile *p)
{
    for (int i = 0; i < p->count; i++) free(p->entries[i].scenario);
    free(p->entries);
    p->entries = NULL;
    p->count = p->cap = 0;
}

const ProfileEntry *profile_find(const Profile *p, const char *scenario)
{
    for (int i = 0; i < p->count; i++)
        if (strcmp(p->entries[i].scenario, scenario) == 0) return &p->entries[i];
    return NULL;
}

static ProfileEntry *profile_entry(Profile *p, const char *scenario)
{
    ProfileEntry *e = (ProfileEntry *)profile_find(p, scenario);
    if (e) return e;
    e = VEC_PUSH(p->entries, p->count, p->cap);
    *e = (ProfileEntry){.scenario = xstrdup(scenario)};
    return e;
}

void profile_record(Profile *p, const char *scenario, double score, double pass, bool new_attempt,
                    long long now)
{
    ProfileEntry *e = profile_entry(p, scenario);
    if (new_attempt || e->attempts == 0) e->attempts++;
    if (e->attempts == 1 || score > e->best) e->best = score;
    e->last = score;
    e->completed = e->completed || score >= pass;
    e->last_played = now;
}

static double profile_score(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    double x = cJSON_IsNumber(v) ? v->valuedouble : 0;
    return x < 0 || x > 100 || isnan(x) ? 0 : x;
}

/* One entry of "scenarios"; false (with why) when it is not an object. */
static bool profile_parse_entry(Profile *p, const cJSON *item, char *why, size_t whysize)
{
    if (!cJSON_IsObject(item) || !item->string || !item->string[0])
        return error_set(why, whysize, "scenario entry '%s' is not an object", item->string ? item->string : "");
    ProfileEntry *e = profile_entry(p, item->string);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, "attempts");
    e->attempts = cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble < 1e9 ? (int)v->valuedouble : 0;
    e->best = profile_score(item, "best");
    e->last = profile_score(item, "last");
    e->completed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(item, "completed"));
    v = cJSON_GetObjectItemCaseSensitive(item, "last_played");
    e->last_played = cJSON_IsNumber(v) && v->valuedouble > 0 && v->valuedouble < 1e15 ? (long long)v->valuedouble : 0;
    return true;
}

static bool profile_parse(const char *text, Profile *p, char *why, size_t whysize)
{
    cJSON *root = cJSON_Parse(text);
    if (!root) return error_set(why, whysize, "not valid JSON");
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "scenarios");
    bool ok = cJSON_IsObject(root) && cJSON_IsObject(list);
    if (!ok) error_set(why, whysize, "no \"scenarios\" object");
    for (const cJSON *it = ok ? list->child : NULL; it && ok; it = it->next)
        ok = profile_parse_entry(p, it, why, whysize);
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(root, "name");
    if (ok && cJSON_IsString(name)) snprintf(p->name, sizeof p->name, "%s", name->valuestring);
    cJSON_Delete(root);
    return ok;
}

bool profile_load(const char *path, Profile *p, char *err, size_t errsize)
{
    *p = (Profile){0};
    char *data = NULL, why[1024];
    size_t len;
    FILE *f = fopen(path, "rb");
    if (!f && errno == ENOENT) return true;
    if (f) fclose(f);
    bool ok = file_read_all(path, &data, &len, why, sizeof why) &&
              (strlen(data) == len || error_set(why, sizeof why, "it holds a NUL byte")) &&
              profile_parse(data, p, why, sizeof why);
    free(data);
    if (ok) return true;
    profile_clear(p);
    char aside[4200];
    snprintf(aside, sizeof aside, "%s.unreadable", path);
    bool moved = rename(path, aside) == 0;
    return error_set(err, errsize, "Your profile %s could not be read (%s). %s", path, why,
                     moved ? "It was kept as .unreadable and a new profile begins."
                           : "It was left where it is; progress is not saved until it is fixed.");
}

static cJSON *profile_entry_json(const ProfileEntry *e)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "attempts", e->attempts);
    cJSON_AddNumberToObject(o, "best", e->best);
    cJSON_AddNumberToObject(o, "last", e->last);
    cJSON_AddBoolToObject(o, "completed", e->completed);
    cJSON_AddNumberToObject(o, "last_played", (double)e->last_played);
    return o;
}

bool profile_save(const char *path, const Profile *p, char *err, size_t errsize)
{
    cJSON *root = cJSON_CreateObject(), *list = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "format", 1);
    cJSON_AddStringToObject(root, "name", p->name);
    cJSON_AddItemToObject(root, "scenarios", list);
    for (int i = 0; i < p->count; i++) cJSON_AddItemToObject(list, p->entries[i].scenario, profile_entry_json(&p->entries[i]));
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    size_t n = strlen(text);
    char bak[4200], *old = NULL, why[256];
    size_t oldn;
    snprintf(bak, sizeof bak, "%s.bak", path);
    /* the .bak is a copy, not a rename, so a crash between the two never
     * leaves no profile at all */
    if (file_read_all(path, &old, &oldn, why, sizeof why)) xdg_write_atomic(bak, old, oldn, why, sizeof why);
    free(old);
    text = xrealloc(text, n + 2);
    memcpy(text + n, "\n", 2);
    bool ok = xdg_write_atomic(path, text, n + 1, err, errsize);
    free(text);
    return ok;
}
