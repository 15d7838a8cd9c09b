/* export.c: the Markdown report, the export JSON and xAPI statements of a
 * scored session (export.h). */
#include <stdlib.h>
#include <string.h>
#include "export.h"
#include "coach.h"
#include "meeting.h"
#include "util.h"

static const char *person_name(const Scenario *sc, int p)
{
    return p >= 0 && p < sc->person_count && sc->people[p].name ? sc->people[p].name : "";
}

/* One line of text for Markdown: newlines become spaces. */
static void md_line(StrBuf *b, const char *text)
{
    for (const char *p = text ? text : ""; *p; p++) strbuf_addf(b, "%c", *p == '\n' ? ' ' : *p);
}

static void md_field(StrBuf *b, const Session *s, ReportField f, const char *hashes, const char *heading)
{
    const char *t = s->report[f];
    strbuf_addf(b, "%s %s\n\n%s\n\n", hashes, heading, t && *t ? t : "_Not written._");
}

static void md_timeline(StrBuf *b, const Session *s)
{
    const Scenario *sc = s->sc;
    int *items = xcalloc((size_t)s->pin_count + 1, sizeof *items), n = session_timeline(s, items);
    strbuf_addf(b, "### Timeline\n\n");
    if (!n) strbuf_addf(b, "_No evidence pinned._\n\n");
    else strbuf_addf(b, "| When | Marker | Who | What | Source | Note |\n|---|---|---|---|---|---|\n");
    for (int k = 0; k < n; k++) {
        const Item *it = &sc->items[items[k]];
        const Pin *p = &s->pins[items[k]];
        char when[32] = "";
        if (it->at != DOJO_TIME_NONE) time_format(it->at, sc->meta.utc_offset, when, sizeof when);
        StrBuf what = {0};
        md_line(&what, it->text ? it->text : it->title);
        if (what.len > 160) strcpy(what.s + 157, "...");
        for (char *c = what.s; c && *c; c++) if (*c == '|') *c = '/';
        strbuf_addf(b, "| %s | %s | %s | %s | %s | ", when, model_marker_name(p->marker), person_name(sc, it->person),
                    what.s ? what.s : "", sc->sources[it->source].title);
        md_line(b, p->note);
        strbuf_addf(b, " |\n");
        free(what.s);
    }
    if (n) strbuf_addf(b, "\n");
    free(items);
}

static void md_factors(StrBuf *b, const Session *s)
{
    strbuf_addf(b, "## Contributing factors\n\n");
    if (!s->factor_count) strbuf_addf(b, "_Not written._\n\n");
    for (int i = 0; i < s->factor_count; i++) {
        const Factor *f = &s->factors[i];
        strbuf_addf(b, "%d. ", i + 1);
        md_line(b, f->text);
        strbuf_addf(b, "\n");
        for (int k = 0; k < f->evidence_count; k++) {
            char label[400];
            model_entity_label(s->sc, f->evidence[k], label, sizeof label);
            strbuf_addf(b, "   - Evidence: ");
            md_line(b, label);
            strbuf_addf(b, "\n");
        }
    }
    if (s->factor_count) strbuf_addf(b, "\n");
}

static void md_appendix(StrBuf *b, const Session *s, const Score *score)
{
    const Scenario *sc = s->sc;
    strbuf_addf(b, "## Appendix: how this analysis was made\n\n");
    if (sc->case_count) {
        strbuf_addf(b, "**Triage.**");
        for (int c = 0; c < sc->case_count; c++)
            strbuf_addf(b, " %s: %s.", sc->cases[c].title, !s->triage[c].decided ? "undecided"
                        : s->triage[c].review ? "full review" : "set aside");
        strbuf_addf(b, "\n\n");
    }
    if (s->learned_count) {
        strbuf_addf(b, "**Learned in interviews.**\n\n");
        for (int f = 0; f < sc->fact_count; f++)
            if (s->learned_from[f] >= 0) strbuf_addf(b, "- %s (%s)\n", sc->facts[f].text, person_name(sc, sc->facts[f].person));
        strbuf_addf(b, "\n");
    }
    if (s->meeting.started)
        strbuf_addf(b, "**Review meeting.** %d of %d minutes; %d insight%s surfaced; the most any one attendee "
                    "talked: %d%% of the time.\n\n", s->meeting.minutes, sc->meeting_minutes, s->meeting.surfaced_count,
                    s->meeting.surfaced_count == 1 ? "" : "s", meeting_top_share(sc, &s->meeting));
    if (s->meeting.line_count) {
        strbuf_addf(b, "**Meeting transcript.**\n\n");
        for (int i = 0; i < s->meeting.line_count; i++) {
            char line[1200];
            meeting_line_text(sc, &s->meeting.lines[i], line, sizeof line);
            strbuf_addf(b, "- [%d min] ", s->meeting.lines[i].minute);
            md_line(b, line);
            strbuf_addf(b, "\n");
        }
        strbuf_addf(b, "\n");
    }
    strbuf_addf(b, "**Score.** %.1f of 100 against the scenario's rubric.\n\n", score->total);
    int flagged = 0;
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) flagged += coach_scan(sc, s->report[f], NULL, 0);
    strbuf_addf(b, "**Language.** %d phrase%s of blame or hindsight flagged by the coach.\n", flagged,
                flagged == 1 ? "" : "s");
}

char *export_markdown(const Session *s, const Score *score)
{
    const Scenario *sc = s->sc;
    StrBuf b = {0};
    strbuf_addf(&b, "# %s\n\n", sc->meta.title ? sc->meta.title : sc->meta.id);
    if (sc->meta.company) strbuf_addf(&b, "_%s. Incident review._\n\n", sc->meta.company);
    md_field(&b, s, REPORT_SUMMARY, "##", "Summary");
    md_field(&b, s, REPORT_NARRATIVE, "##", "Narrative");
    md_timeline(&b, s);
    md_factors(&b, s);
    md_field(&b, s, REPORT_WENT_WELL, "##", "What went well");
    strbuf_addf(&b, "## Themes\n\n");
    md_field(&b, s, REPORT_SURPRISES, "###", "What surprised us");
    md_field(&b, s, REPORT_LEARN_MORE, "###", "What should others know more about");
    md_field(&b, s, REPORT_PATTERNS, "###", "What this shares with other incidents");
    md_field(&b, s, REPORT_OPEN_QUESTIONS, "##", "Open questions");
    md_field(&b, s, REPORT_ACTION_ITEMS, "##", "Action items");
    md_appendix(&b, s, score);
    return b.s;
}

cJSON *export_json(const Session *s, const Score *score)
{
    const Scenario *sc = s->sc;
    cJSON *o = rubric_result_json(s, score);
    cJSON *report = cJSON_AddObjectToObject(o, "report");
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) {
        if (f != REPORT_FACTORS) {
            cJSON_AddStringToObject(report, report_field_name((ReportField)f), s->report[f] ? s->report[f] : "");
            continue;
        }
        cJSON *factors = cJSON_AddArrayToObject(report, "factors");
        for (int i = 0; i < s->factor_count; i++) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddStringToObject(e, "text", s->factors[i].text);
            cJSON *ev = cJSON_AddArrayToObject(e, "evidence");
            for (int k = 0; k < s->factors[i].evidence_count; k++)
                cJSON_AddItemToArray(ev, cJSON_CreateString(model_entity_id(sc, s->factors[i].evidence[k])));
            cJSON_AddItemToArray(factors, e);
        }
    }
    cJSON *tl = cJSON_AddArrayToObject(o, "timeline");
    int *items = xcalloc((size_t)s->pin_count + 1, sizeof *items), n = session_timeline(s, items);
    for (int k = 0; k < n; k++) {
        const Item *it = &sc->items[items[k]];
        const Pin *p = &s->pins[items[k]];
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "item", it->id);
        cJSON_AddStringToObject(e, "source", sc->sources[it->source].id);
        char when[32] = "";
        if (it->at != DOJO_TIME_NONE) time_format(it->at, sc->meta.utc_offset, when, sizeof when);
        cJSON_AddStringToObject(e, "at", when);
        cJSON_AddStringToObject(e, "marker", model_marker_name(p->marker));
        cJSON_AddStringToObject(e, "note", p->note ? p->note : "");
        cJSON *tags = cJSON_AddArrayToObject(e, "tags");
        for (int t = 0; t < p->tag_count; t++) cJSON_AddItemToArray(tags, cJSON_CreateString(p->tags[t]));
        cJSON_AddItemToArray(tl, e);
    }
    free(items);
    if (s->meeting.line_count) {
        cJSON *tr = cJSON_AddArrayToObject(cJSON_GetObjectItemCaseSensitive(o, "meeting"), "transcript");
        for (int i = 0; i < s->meeting.line_count; i++) {
            char line[1200];
            meeting_line_text(sc, &s->meeting.lines[i], line, sizeof line);
            cJSON *e = cJSON_CreateObject();
            cJSON_AddNumberToObject(e, "minute", s->meeting.lines[i].minute);
            cJSON_AddStringToObject(e, "text", line);
            cJSON_AddItemToArray(tr, e);
        }
    }
    return o;
}

static cJSON *xapi_statement(const char *actor, const char *verb, const char *activity, const char *name,
                             double scaled, int raw, int max)
{
    cJSON *st = cJSON_CreateObject();
    cJSON *a = cJSON_AddObjectToObject(st, "actor");
    cJSON_AddStringToObject(a, "objectType", "Agent");
    cJSON_AddStringToObject(a, "name", actor);
    cJSON *acct = cJSON_AddObjectToObject(a, "account");
    cJSON_AddStringToObject(acct, "homePage", "urn:incident-dojo");
    cJSON_AddStringToObject(acct, "name", actor);
    cJSON *v = cJSON_AddObjectToObject(st, "verb");
    char iri[128];
    snprintf(iri, sizeof iri, "http://adlnet.gov/expapi/verbs/%s", verb);
    cJSON_AddStringToObject(v, "id", iri);
    cJSON_AddStringToObject(cJSON_AddObjectToObject(v, "display"), "en-US", verb);
    cJSON *obj = cJSON_AddObjectToObject(st, "object");
    cJSON_AddStringToObject(obj, "objectType", "Activity");
    cJSON_AddStringToObject(obj, "id", activity);
    cJSON *def = cJSON_AddObjectToObject(obj, "definition");
    cJSON_AddStringToObject(cJSON_AddObjectToObject(def, "name"), "en-US", name);
    cJSON_AddStringToObject(def, "type", "http://adlnet.gov/expapi/activities/simulation");
    cJSON *res = cJSON_AddObjectToObject(st, "result");
    cJSON *sc = cJSON_AddObjectToObject(res, "score");
    cJSON_AddNumberToObject(sc, "scaled", scaled);
    cJSON_AddNumberToObject(sc, "raw", raw);
    cJSON_AddNumberToObject(sc, "min", 0);
    cJSON_AddNumberToObject(sc, "max", max);
    cJSON_AddBoolToObject(res, "completion", true);
    return st;
}

cJSON *export_xapi(const Session *s, const Score *score, const char *actor)
{
    const Scenario *sc = s->sc;
    cJSON *list = cJSON_CreateArray();
    char iri[512];
    snprintf(iri, sizeof iri, "urn:incident-dojo:scenario:%s", sc->meta.id);
    double scaled = score->possible ? (double)score->earned / score->possible : 0;
    cJSON_AddItemToArray(list, xapi_statement(actor, "completed", iri, sc->meta.title ? sc->meta.title : sc->meta.id,
                                              scaled, score->earned, score->possible));
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        if (!score->cat_possible[c]) continue;
        char cat[600], name[300];
        snprintf(cat, sizeof cat, "%s:%s", iri, model_category_name((Category)c));
        snprintf(name, sizeof name, "%s: %s", sc->meta.title ? sc->meta.title : sc->meta.id,
                 model_category_name((Category)c));
        cJSON_AddItemToArray(list, xapi_statement(actor, "scored", cat, name,
                                                  (double)score->cat_earned[c] / score->cat_possible[c],
                                                  score->cat_earned[c], score->cat_possible[c]));
    }
    return list;
}
