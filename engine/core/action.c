/* action.c: the participant's actions in their JSON form, read strictly so
 * that a save only ever holds actions a replay can take, and written in
 * one canonical form. */
#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "action.h"
#include "util.h"
#include "report.h"

static const char *const kind_names[ACTION_KIND_COUNT] = {
    "open", "pin", "unpin", "advance", "set_report", "triage", "choose", "ask", "ask_typed", "move",
    "factor", "order", "hint",
};

/* The fields each kind accepts besides "type", in canonical order. */
static const char *const kind_fields[ACTION_KIND_COUNT][5] = {
    [ACTION_OPEN] = {"source"},
    [ACTION_PIN] = {"item", "note", "marker", "tags"},
    [ACTION_UNPIN] = {"item"},
    [ACTION_ADVANCE] = {"minutes"},
    [ACTION_SET_REPORT] = {"field", "text"},
    [ACTION_TRIAGE] = {"case", "review", "signals"},
    [ACTION_CHOOSE] = {"people", "why"},
    [ACTION_ASK] = {"question"},
    [ACTION_ASK_TYPED] = {"person", "text"},
    [ACTION_MOVE] = {"move", "person"},
    [ACTION_FACTOR] = {"index", "text", "evidence"},
    [ACTION_ORDER] = {"items"},
    [ACTION_HINT] = {"criterion"},
};

const char *action_kind_name(ActionKind k)
{
    return (unsigned)k < ACTION_KIND_COUNT ? kind_names[k] : "?";
}

static bool kind_accepts(ActionKind k, const char *name)
{
    if (strcmp(name, "type") == 0) return true;
    for (int i = 0; i < 5 && kind_fields[k][i]; i++)
        if (strcmp(name, kind_fields[k][i]) == 0) return true;
    return false;
}

/* cJSON keeps duplicate keys and reads the first, so a second "text" would
 * silently vanish on the next save: refuse it instead. */
static bool check_fields(const cJSON *obj, ActionKind k, char *err, size_t errsize)
{
    for (const cJSON *f = obj->child; f; f = f->next) {
        if (!kind_accepts(k, f->string))
            return error_set(err, errsize, "unknown field '%.64s' for type '%s'",
                        f->string, kind_names[k]);
        for (const cJSON *g = obj->child; g != f; g = g->next)
            if (strcmp(g->string, f->string) == 0)
                return error_set(err, errsize, "field '%.64s' appears more than once", f->string);
    }
    return true;
}

static bool parse_kind(const cJSON *obj, ActionKind *out, char *err, size_t errsize)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(obj, "type");
    if (!t) return error_set(err, errsize, "missing field 'type'");
    if (!cJSON_IsString(t)) return error_set(err, errsize, "field 'type' must be a string");
    for (int k = 0; k < ACTION_KIND_COUNT; k++)
        if (strcmp(t->valuestring, kind_names[k]) == 0) { *out = (ActionKind)k; return true; }
    return error_set(err, errsize, "field 'type' must be one of open, pin, unpin, advance, "
                "set_report, triage, choose, ask, ask_typed, move, factor, order, hint, not '%.40s'", t->valuestring);
}

/* Copies a string field; a missing optional one leaves *out NULL. */
static bool take_string(const cJSON *obj, const char *name, bool required, char **out,
                        char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    if (!v) return required ? error_set(err, errsize, "missing field '%s'", name) : true;
    if (!cJSON_IsString(v)) return error_set(err, errsize, "field '%s' must be a string", name);
    *out = xstrdup(v->valuestring);
    return true;
}

static bool take_marker(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "marker");
    if (!v) return true;
    if (!cJSON_IsString(v) || !model_marker_parse(v->valuestring, &a->marker))
        return error_set(err, errsize, "field 'marker' must be one of detection, diagnosis, "
                    "repair, key_moment");
    return true;
}

static bool take_tags(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "tags");
    if (!v) return true;
    if (!cJSON_IsArray(v)) return error_set(err, errsize, "field 'tags' must be an array of strings");
    int n = cJSON_GetArraySize(v);
    if (n > ACTION_MAX_TAGS)
        return error_set(err, errsize, "field 'tags' holds %d tags; at most %d are allowed",
                    n, ACTION_MAX_TAGS);
    a->tags = xcalloc((size_t)n, sizeof *a->tags);
    for (const cJSON *t = v->child; t; t = t->next) {
        if (!cJSON_IsString(t))
            return error_set(err, errsize, "field 'tags' must be an array of strings "
                        "(entry %d is not)", a->tag_count);
        a->tags[a->tag_count++] = xstrdup(t->valuestring);
    }
    return true;
}

/* Integral JSON numbers only: 2.5 minutes has no meaning on the clock. */
static bool take_minutes(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "minutes");
    if (!v) return error_set(err, errsize, "missing field 'minutes'");
    double d = cJSON_IsNumber(v) ? v->valuedouble : 0;
    if (!(d >= 1 && d <= ACTION_MAX_MINUTES && d == floor(d)))
        return error_set(err, errsize, "field 'minutes' must be an integer from 1 to %d",
                    ACTION_MAX_MINUTES);
    a->minutes = (int)d;
    return true;
}

static bool take_field(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "field");
    ReportField f;
    if (!v) return error_set(err, errsize, "missing field 'field'");
    if (!cJSON_IsString(v) || !report_field_parse(v->valuestring, &f))
        return error_set(err, errsize, "field 'field' must be one of summary, narrative, factors, "
                    "went_well, surprises, learn_more, patterns, open_questions, action_items, calibration");
    a->field = (int)f;
    return true;
}

/* Signals are names on the wire and a set in memory: a name twice or an
 * unknown one is refused, so the canonical form is unambiguous. */
static bool take_signals(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *r = cJSON_GetObjectItemCaseSensitive(obj, "review");
    if (!r) return error_set(err, errsize, "missing field 'review'");
    if (!cJSON_IsBool(r)) return error_set(err, errsize, "field 'review' must be true or false");
    a->review = cJSON_IsTrue(r);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "signals");
    if (!v) return true;
    if (!cJSON_IsArray(v)) return error_set(err, errsize, "field 'signals' must be an array of signal names");
    for (const cJSON *s = v->child; s; s = s->next) {
        SignalKind k;
        if (!cJSON_IsString(s) || !model_signal_parse(s->valuestring, &k))
            return error_set(err, errsize, "field 'signals' has '%.40s', which is not a signal; use "
                             "many_teams, new_team_pairs, eng_with_other, new_service, not_on_call, "
                             "lurkers, big_event, coordination, near_miss or recurring",
                             cJSON_IsString(s) ? s->valuestring : "a non-string");
        if (a->signals & (1u << k))
            return error_set(err, errsize, "field 'signals' has '%s' twice", s->valuestring);
        a->signals |= 1u << k;
    }
    return true;
}

/* An array of ids into *ids; a missing optional one leaves it empty. */
static bool take_ids(const cJSON *obj, const char *name, bool required, int max, char ***ids, int *count,
                     char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    if (!v) return required ? error_set(err, errsize, "missing field '%s'", name) : true;
    if (!cJSON_IsArray(v)) return error_set(err, errsize, "field '%s' must be an array of ids", name);
    int n = cJSON_GetArraySize(v);
    if (n > max) return error_set(err, errsize, "field '%s' holds %d ids; at most %d are allowed", name, n, max);
    *ids = xcalloc((size_t)n + 1, sizeof **ids);
    for (const cJSON *p = v->child; p; p = p->next) {
        if (!cJSON_IsString(p))
            return error_set(err, errsize, "field '%s' must be an array of ids (entry %d is not)", name, *count);
        (*ids)[(*count)++] = xstrdup(p->valuestring);
    }
    return true;
}

static bool take_index(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "index");
    if (!v) return error_set(err, errsize, "missing field 'index'");
    double d = cJSON_IsNumber(v) ? v->valuedouble : -1;
    if (!(d >= 0 && d < ACTION_MAX_FACTORS && d == floor(d)))
        return error_set(err, errsize, "field 'index' must be an integer from 0 to %d", ACTION_MAX_FACTORS - 1);
    a->index = (int)d;
    return true;
}

static bool take_move(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "move");
    MoveKind k;
    if (!v) return error_set(err, errsize, "missing field 'move'");
    if (!cJSON_IsString(v) || !model_move_parse(v->valuestring, &k))
        return error_set(err, errsize, "field 'move' must be one of ground_rules, walk_timeline, invite, "
                         "make_sense, redirect_blame, pause, park, summarise, check_time, go_deeper, next_beat");
    a->move = (int)k;
    return take_string(obj, "person", false, &a->target, err, errsize);
}

static bool parse_fields(const cJSON *obj, Action *a, char *err, size_t errsize)
{
    switch (a->kind) {
    case ACTION_OPEN:
        return take_string(obj, "source", true, &a->target, err, errsize);
    case ACTION_PIN:
        if (!take_string(obj, "item", true, &a->target, err, errsize) ||
            !take_string(obj, "note", false, &a->note, err, errsize) ||
            !take_marker(obj, a, err, errsize))
            return false;
        return take_tags(obj, a, err, errsize);
    case ACTION_UNPIN:
        return take_string(obj, "item", true, &a->target, err, errsize);
    case ACTION_ADVANCE:
        return take_minutes(obj, a, err, errsize);
    case ACTION_SET_REPORT:
        return take_field(obj, a, err, errsize) &&
               take_string(obj, "text", true, &a->text, err, errsize);
    case ACTION_TRIAGE:
        return take_string(obj, "case", true, &a->target, err, errsize) &&
               take_signals(obj, a, err, errsize);
    case ACTION_CHOOSE:
        return take_ids(obj, "people", true, ACTION_MAX_PEOPLE, &a->people, &a->people_count, err, errsize) &&
               take_string(obj, "why", false, &a->text, err, errsize);
    case ACTION_ASK:
        return take_string(obj, "question", true, &a->target, err, errsize);
    case ACTION_MOVE:
        return take_move(obj, a, err, errsize);
    case ACTION_ASK_TYPED:
        return take_string(obj, "person", true, &a->target, err, errsize) &&
               take_string(obj, "text", true, &a->text, err, errsize);
    case ACTION_FACTOR:
        return take_index(obj, a, err, errsize) && take_string(obj, "text", true, &a->text, err, errsize) &&
               take_ids(obj, "evidence", false, ACTION_MAX_EVIDENCE, &a->ids, &a->id_count, err, errsize);
    case ACTION_ORDER:
        return take_ids(obj, "items", true, ACTION_MAX_ORDER, &a->ids, &a->id_count, err, errsize);
    case ACTION_HINT:
        return take_string(obj, "criterion", true, &a->target, err, errsize);
    default:
        assert(!"unknown action kind");
        return false;
    }
}

bool action_from_json(const cJSON *json, Action *out, char *err, size_t errsize)
{
    memset(out, 0, sizeof *out);
    if (!cJSON_IsObject(json)) return error_set(err, errsize, "an action must be a JSON object");
    if (!parse_kind(json, &out->kind, err, errsize) ||
        !check_fields(json, out->kind, err, errsize) ||
        !parse_fields(json, out, err, errsize) ||
        !action_validate(out, err, errsize)) {
        action_clear(out);
        return false;
    }
    if (out->note && !*out->note) { free(out->note); out->note = NULL; }
    return true;
}

static bool ascii_equal_nocase(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
    return *a == *b;
}

/* Tags are compared without case by the rubric, so "DNS" and "dns" would
 * be one tag counted twice. */
static bool validate_tags(const Action *a, char *err, size_t errsize)
{
    if (a->tag_count < 0 || a->tag_count > ACTION_MAX_TAGS)
        return error_set(err, errsize, "field 'tags' holds %d tags; at most %d are allowed",
                    a->tag_count, ACTION_MAX_TAGS);
    for (int i = 0; i < a->tag_count; i++) {
        assert(a->tags[i]);
        size_t n = strlen(a->tags[i]);
        if (n == 0) return error_set(err, errsize, "field 'tags' has an empty tag");
        if (n > ACTION_MAX_TAG)
            return error_set(err, errsize, "field 'tags' has a tag longer than %d bytes",
                        ACTION_MAX_TAG);
        for (int j = 0; j < i; j++)
            if (ascii_equal_nocase(a->tags[i], a->tags[j]))
                return error_set(err, errsize, "field 'tags' has '%s' twice", a->tags[i]);
    }
    return true;
}

static bool validate_id(const char *id, const char *name, char *err, size_t errsize)
{
    assert(id);
    if (!*id) return error_set(err, errsize, "field '%s' must not be empty", name);
    if (strlen(id) > ACTION_MAX_ID)
        return error_set(err, errsize, "field '%s' is longer than %d bytes", name, ACTION_MAX_ID);
    return true;
}

static bool validate_text(const char *s, const char *name, char *err, size_t errsize)
{
    if (s && strlen(s) > ACTION_MAX_TEXT)
        return error_set(err, errsize, "field '%s' is longer than %d bytes", name, ACTION_MAX_TEXT);
    return true;
}

/* Each id valid and none twice: the canonical form is then unambiguous. */
static bool validate_ids(char *const *ids, int count, int max, const char *name, char *err, size_t errsize)
{
    if (count < 0 || count > max)
        return error_set(err, errsize, "field '%s' holds %d ids; at most %d are allowed", name, count, max);
    for (int i = 0; i < count; i++) {
        if (!validate_id(ids[i], name, err, errsize)) return false;
        for (int j = 0; j < i; j++)
            if (strcmp(ids[i], ids[j]) == 0)
                return error_set(err, errsize, "field '%s' has '%s' twice", name, ids[i]);
    }
    return true;
}

bool action_validate(const Action *a, char *err, size_t errsize)
{
    switch (a->kind) {
    case ACTION_OPEN:
        return validate_id(a->target, "source", err, errsize);
    case ACTION_PIN:
        if (!validate_id(a->target, "item", err, errsize) ||
            !validate_text(a->note, "note", err, errsize))
            return false;
        if ((unsigned)a->marker >= MARKER_COUNT)
            return error_set(err, errsize, "field 'marker' must be one of detection, diagnosis, "
                        "repair, key_moment");
        return validate_tags(a, err, errsize);
    case ACTION_UNPIN:
        return validate_id(a->target, "item", err, errsize);
    case ACTION_ADVANCE:
        if (a->minutes < 1 || a->minutes > ACTION_MAX_MINUTES)
            return error_set(err, errsize, "field 'minutes' must be an integer from 1 to %d",
                        ACTION_MAX_MINUTES);
        return true;
    case ACTION_SET_REPORT:
        if (a->field < 0 || a->field >= REPORT_FIELD_COUNT)
            return error_set(err, errsize, "field 'field' is not a report field (%d)", a->field);
        return validate_text(a->text, "text", err, errsize);
    case ACTION_CHOOSE:
        return validate_ids(a->people, a->people_count, ACTION_MAX_PEOPLE, "people", err, errsize) &&
               validate_text(a->text, "why", err, errsize);
    case ACTION_FACTOR:
        if (a->index < 0 || a->index >= ACTION_MAX_FACTORS)
            return error_set(err, errsize, "field 'index' must be an integer from 0 to %d", ACTION_MAX_FACTORS - 1);
        return validate_text(a->text, "text", err, errsize) &&
               validate_ids(a->ids, a->id_count, ACTION_MAX_EVIDENCE, "evidence", err, errsize);
    case ACTION_ORDER:
        return validate_ids(a->ids, a->id_count, ACTION_MAX_ORDER, "items", err, errsize);
    case ACTION_HINT:
        return validate_id(a->target, "criterion", err, errsize);
    case ACTION_ASK:
        return validate_id(a->target, "question", err, errsize);
    case ACTION_MOVE:
        if (a->move < 0 || a->move >= MOVE_KIND_COUNT)
            return error_set(err, errsize, "field 'move' is not a move (%d)", a->move);
        return !a->target || validate_id(a->target, "person", err, errsize);
    case ACTION_ASK_TYPED:
        if (!validate_id(a->target, "person", err, errsize)) return false;
        if (!a->text || !*a->text) return error_set(err, errsize, "field 'text' must not be empty");
        if (strlen(a->text) > ACTION_MAX_QUESTION)
            return error_set(err, errsize, "field 'text' is longer than %d bytes", ACTION_MAX_QUESTION);
        return true;
    case ACTION_TRIAGE:
        if (a->signals >> SIGNAL_KIND_COUNT)
            return error_set(err, errsize, "field 'signals' names a signal that does not exist");
        return validate_id(a->target, "case", err, errsize);
    default:
        assert(!"unknown action kind");
        return error_set(err, errsize, "unknown action kind %d", (int)a->kind);
    }
}

static void add_pin_fields(cJSON *o, const Action *a)
{
    cJSON_AddStringToObject(o, "item", a->target);
    if (a->note && *a->note) cJSON_AddStringToObject(o, "note", a->note);
    if (a->marker != MARKER_NONE)
        cJSON_AddStringToObject(o, "marker", model_marker_name(a->marker));
    if (a->tag_count > 0) {
        cJSON *tags = cJSON_AddArrayToObject(o, "tags");
        for (int i = 0; i < a->tag_count; i++)
            cJSON_AddItemToArray(tags, cJSON_CreateString(a->tags[i]));
    }
}

static void add_ids(cJSON *o, const char *name, char *const *ids, int count)
{
    cJSON *arr = cJSON_AddArrayToObject(o, name);
    for (int i = 0; i < count; i++) cJSON_AddItemToArray(arr, cJSON_CreateString(ids[i]));
}

cJSON *action_to_json(const Action *a)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "type", action_kind_name(a->kind));
    switch (a->kind) {
    case ACTION_OPEN: cJSON_AddStringToObject(o, "source", a->target); break;
    case ACTION_PIN: add_pin_fields(o, a); break;
    case ACTION_UNPIN: cJSON_AddStringToObject(o, "item", a->target); break;
    case ACTION_ADVANCE: cJSON_AddNumberToObject(o, "minutes", a->minutes); break;
    case ACTION_SET_REPORT:
        cJSON_AddStringToObject(o, "field", report_field_name((ReportField)a->field));
        cJSON_AddStringToObject(o, "text", a->text ? a->text : "");
        break;
    case ACTION_TRIAGE: {
        cJSON_AddStringToObject(o, "case", a->target);
        cJSON_AddBoolToObject(o, "review", a->review);
        if (!a->signals) break;
        cJSON *names = cJSON_AddArrayToObject(o, "signals");
        for (int k = 0; k < SIGNAL_KIND_COUNT; k++)
            if (a->signals & (1u << k)) cJSON_AddItemToArray(names, cJSON_CreateString(model_signal_name((SignalKind)k)));
        break;
    }
    case ACTION_CHOOSE: {
        add_ids(o, "people", a->people, a->people_count);
        if (a->text && *a->text) cJSON_AddStringToObject(o, "why", a->text);
        break;
    }
    case ACTION_ASK: cJSON_AddStringToObject(o, "question", a->target); break;
    case ACTION_MOVE:
        cJSON_AddStringToObject(o, "move", model_move_name((MoveKind)a->move));
        if (a->target) cJSON_AddStringToObject(o, "person", a->target);
        break;
    case ACTION_ASK_TYPED:
        cJSON_AddStringToObject(o, "person", a->target);
        cJSON_AddStringToObject(o, "text", a->text);
        break;
    case ACTION_FACTOR:
        cJSON_AddNumberToObject(o, "index", a->index);
        cJSON_AddStringToObject(o, "text", a->text ? a->text : "");
        if (a->id_count) add_ids(o, "evidence", a->ids, a->id_count);
        break;
    case ACTION_ORDER: add_ids(o, "items", a->ids, a->id_count); break;
    case ACTION_HINT: cJSON_AddStringToObject(o, "criterion", a->target); break;
    default: assert(!"unknown action kind");
    }
    return o;
}

void action_clear(Action *a)
{
    free(a->target);
    free(a->note);
    for (int i = 0; i < a->tag_count; i++) free(a->tags[i]);
    free(a->tags);
    free(a->text);
    for (int i = 0; i < a->people_count; i++) free(a->people[i]);
    free(a->people);
    for (int i = 0; i < a->id_count; i++) free(a->ids[i]);
    free(a->ids);
    memset(a, 0, sizeof *a);
}

void log_push(ActionLog *log, Action *a)
{
    *VEC_PUSH(log->items, log->count, log->cap) = *a;
    memset(a, 0, sizeof *a);
}

void log_destroy(ActionLog *log)
{
    for (int i = 0; i < log->count; i++) action_clear(&log->items[i]);
    free(log->items);
    memset(log, 0, sizeof *log);
}

bool log_from_json(const cJSON *array, ActionLog *out, char *err, size_t errsize)
{
    memset(out, 0, sizeof *out);
    if (!cJSON_IsArray(array)) return error_set(err, errsize, "the action log must be a JSON array");
    int i = 0;
    for (const cJSON *item = array->child; item; item = item->next, i++) {
        char why[512];
        Action a;
        if (!action_from_json(item, &a, why, sizeof why)) {
            log_destroy(out);
            return error_set(err, errsize, "action %d: %s", i, why);
        }
        log_push(out, &a);
    }
    return true;
}

cJSON *log_to_json(const ActionLog *log)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < log->count; i++)
        cJSON_AddItemToArray(arr, action_to_json(&log->items[i]));
    return arr;
}
