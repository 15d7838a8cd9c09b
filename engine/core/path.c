/* path.c: the participant's path, replayed from the log (path.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "path.h"

int path_lane(ActionKind k)
{
    switch (k) {
    case ACTION_TRIAGE: return PATH_TRIAGE;
    case ACTION_OPEN: case ACTION_PIN: case ACTION_UNPIN: return PATH_INVESTIGATE;
    case ACTION_CHOOSE: case ACTION_ASK: case ACTION_ASK_TYPED: return PATH_INTERVIEW;
    case ACTION_MOVE: return PATH_MEETING;
    case ACTION_SET_REPORT: case ACTION_FACTOR: case ACTION_ORDER: return PATH_REPORT;
    case ACTION_HINT: return PATH_INVESTIGATE;
    default: return -1;
    }
}

const char *path_lane_name(PathLane l)
{
    static const char *const names[PATH_LANE_COUNT] = {"Triage", "Investigate", "Interviews", "Meeting", "Report"};
    return (unsigned)l < PATH_LANE_COUNT ? names[l] : "?";
}

/* What an action touched, looked up by its id. */
static Entity step_target(const Scenario *sc, const Action *a)
{
    Entity none = {(EntityType)-1, -1};
    if (a->kind == ACTION_ASK_TYPED) {
        int p = scenario_find(sc, a->target, ENT_PERSON);
        return p >= 0 ? (Entity){ENT_PERSON, p} : none;
    }
    if (!a->target || a->kind == ACTION_MOVE) return none;
    const Entity *e = scenario_lookup(sc, a->target);
    return e ? *e : none;
}

int path_build(const Scenario *sc, const ActionLog *log, PathStep **out)
{
    Session *s = session_create(sc);
    *out = xcalloc((size_t)log->count + 1, sizeof **out);
    int n = 0;
    for (int i = 0; i < log->count; i++) {
        const Action *a = &log->items[i];
        int before = s->clock;
        char err[256];
        if (!session_apply(s, a, err, sizeof err)) break;
        (*out)[n++] = (PathStep){i, a->kind, path_lane(a->kind), before, s->clock - before, step_target(sc, a)};
    }
    session_destroy(s);
    return n;
}

static const char *person_name(const Scenario *sc, int p)
{
    return p >= 0 && p < sc->person_count && sc->people[p].name ? sc->people[p].name : "?";
}

void path_step_label(const Scenario *sc, const ActionLog *log, const PathStep *st, char *buf, size_t size)
{
    const Action *a = &log->items[st->action];
    char what[300] = "";
    if ((int)st->what.type >= 0) model_entity_label(sc, st->what, what, sizeof what);
    switch (st->kind) {
    case ACTION_OPEN: snprintf(buf, size, "Opened %s", what); break;
    case ACTION_PIN: snprintf(buf, size, "Pinned %s", what); break;
    case ACTION_UNPIN: snprintf(buf, size, "Unpinned %s", what); break;
    case ACTION_ADVANCE: snprintf(buf, size, "Waited %d min", a->minutes); break;
    case ACTION_SET_REPORT: snprintf(buf, size, "Wrote %s", report_field_title((ReportField)a->field)); break;
    case ACTION_FACTOR: snprintf(buf, size, "%s contributing factor %d", a->text && *a->text ? "Wrote" : "Removed",
                                 a->index + 1); break;
    case ACTION_ORDER: snprintf(buf, size, "Reordered the timeline"); break;
    case ACTION_HINT: snprintf(buf, size, "Took a hint: %s", (int)st->what.type >= 0 ? sc->criteria[st->what.index].title : a->target); break;
    case ACTION_TRIAGE: snprintf(buf, size, "Triage: %s %s", a->review ? "full review for" : "set aside", what); break;
    case ACTION_CHOOSE: snprintf(buf, size, "Chose %d %s to interview", a->people_count,
                                 a->people_count == 1 ? "person" : "people"); break;
    case ACTION_ASK: snprintf(buf, size, "Asked %s", what); break;
    case ACTION_ASK_TYPED: snprintf(buf, size, "Asked %s in own words: %s", person_name(sc, st->what.index), a->text); break;
    case ACTION_MOVE: {
        int p = a->target ? scenario_find(sc, a->target, ENT_PERSON) : -1;
        snprintf(buf, size, "Meeting: %s%s%s", model_move_name((MoveKind)a->move), p >= 0 ? " " : "",
                 p >= 0 ? person_name(sc, p) : "");
        break;
    }
    default: snprintf(buf, size, "%s", action_kind_name(a->kind)); break;
    }
}
