/* test_loader.c: the scenario loader: constructors build the right model,
 * and each kind of mistake gets its diagnostic at the right line. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/signals.h"
#include "script/loader.h"
#include "testing.h"

static char dir[256];

/* Writes text as a single-file scenario and loads it. */
static Scenario *load_text(const char *text, Diags *d)
{
    char path[512];
    snprintf(path, sizeof path, "%s/s.lua", dir);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    memset(d, 0, sizeof *d);
    Scenario *sc = loader_load(path, NULL, d, NULL);
    diags_sort(d);
    return sc;
}

/* Every diagnostic as text, one a line, without the temp folder. */
static char *diag_text(const Diags *d)
{
    static char out[16384];
    out[0] = 0;
    for (int i = 0; i < d->count; i++) {
        char line[4096];
        diags_format(&d->items[i], line, sizeof line);
        const char *l = strstr(line, "s.lua:") ? strstr(line, "s.lua:") : line;
        snprintf(out + strlen(out), sizeof out - strlen(out), "%s\n", l);
    }
    return out;
}

#define HEADER \
    "scenario{ id='t', title='T', summary='S', difficulty='easy', minutes=5, format=1,\n" \
    "  started='2026-03-14T09:00:00Z', ended='2026-03-14T10:00:00Z' }\n"

static void expect_diag(const char *body, const char *want)
{
    char text[8192];
    snprintf(text, sizeof text, HEADER "%s", body);
    Diags d;
    Scenario *sc = load_text(text, &d);
    const char *got = diag_text(&d);
    CHECK_CONTAINS(got, want);
    if (!strstr(got, want)) fprintf(stderr, "  for: %s\n", body);
    scenario_destroy(sc);
    diags_destroy(&d);
}

static const char valid[] = HEADER
    "team{ id='plat', name='Platform', kind='engineering', size=5, worked_with={'sup'} }\n"
    "team{ id='sup', name='Support', kind='support' }\n"
    "service{ id='api', name='API', team='plat', talks_to={'db'}, new_talks_to={'db'} }\n"
    "service{ id='db', name='DB', team='plat', new=true }\n"
    "person{ id='ana', name='Ana', team='plat', on_call=true }\n"
    "person{ id='bo', name='Bo', team='sup', timezone='+09:00' }\n"
    "chat{ id='inc', title='#inc',\n"
    "  join{ id='j1', at='09:01', who='ana' },\n"
    "  msg{ id='m1', at='09:02', who='ana', text='errors', reactions={ zz={'bo'}, aa={'ana','bo'} },\n"
    "       replies={ msg{ id='m1r', at='09:03', who='bo', text='same here' } } },\n"
    "  msg{ id='m2', at='09:05', who='bo', text=[[\n      two\n        lines\n    ]] },\n"
    "  msg{ id='m3', at='09:06', who='bo', text=[[first line\n      second\n        third]] },\n"
    "  leave{ id='l1', at='09:50', who='bo' } }\n"
    "pr{ id='pr1', title='TTL', author='ana', reviewers={'bo'}, opened='2026-03-13T15:00:00Z',\n"
    "  merged='2026-03-13T16:00:00Z', diff=[[\n"
    "--- a/x.conf\n+++ b/x.conf\n@@ -1,2 +1,2 @@\n-ttl=60\n+ttl=6\n keep\n@@ -10 +10 @@\n-a\n+b\n]],\n"
    "  review{ id='rv1', at='2026-03-13T15:30:00Z', who='bo', text='ok', verdict='approve' } }\n"
    "ticket{ id='t1', title='Slow', opened='09:10', fields={ Status='Open', Priority='P2' },\n"
    "  change{ id='c1', at='09:20', field='Status', from='Open', to='Closed' } }\n"
    "metric{ id='lat', title='Latency', unit='ms', from='09:00', step=60, values={1,2,3},\n"
    "  annotation{ id='an1', at='09:01', text='spike' } }\n"
    "criterion{ id='c-pin', title='Pin', category='investigation', points=3, met='y', missed='n',\n"
    "  when=all{ pinned'm1', any{ opened'pr1', marked('m2','diagnosis') } } }\n"
    "criterion{ id='c-fn', title='Fn', category='analysis', points=1, met='y', missed='n',\n"
    "  when=function(s) return s.pinned('m1') end }\n";

static void test_valid_model(void)
{
    Diags d;
    Scenario *sc = load_text(valid, &d);
    CHECK(sc != NULL);
    CHECK_INT(d.errors, 0);
    if (d.count) fprintf(stderr, "%s", diag_text(&d));
    if (!sc) { diags_destroy(&d); return; }
    CHECK_STR(sc->meta.id, "t");
    CHECK_INT(sc->team_count, 2);
    CHECK_INT(sc->service_count, 2);
    CHECK_INT(sc->person_count, 2);
    CHECK_INT(sc->source_count, 4);
    CHECK_INT(sc->teams[0].worked_with.n, 1);
    CHECK(sc->services[1].is_new);
    CHECK_INT(sc->people[1].utc_offset, 540);
    int m1 = scenario_find(sc, "m1", ENT_ITEM), r = scenario_find(sc, "m1r", ENT_ITEM);
    CHECK(m1 >= 0 && r == m1 + 1);
    CHECK_INT(sc->items[r].parent, m1);
    CHECK_INT(sc->items[m1].reaction_count, 2);
    CHECK_STR(sc->items[m1].reactions[0].emoji, "aa");   /* sorted, not pairs order */
    CHECK_INT(sc->items[m1].reactions[0].people.n, 2);
    CHECK_INT(sc->items[m1].at, 1773478920);             /* 2026-03-14T09:02:00Z */
    CHECK_STR(sc->items[scenario_find(sc, "m2", ENT_ITEM)].text, "two\n  lines");
    CHECK_STR(sc->items[scenario_find(sc, "m3", ENT_ITEM)].text, "first line\nsecond\n  third");
    int h1 = scenario_find(sc, "pr1/h1", ENT_ITEM), h2 = scenario_find(sc, "pr1/h2", ENT_ITEM);
    CHECK(h1 >= 0 && h2 >= 0);
    if (h1 >= 0) {
        CHECK_STR(sc->items[h1].file, "x.conf");
        CHECK_INT(sc->items[h1].line, 1);
        CHECK_CONTAINS(sc->items[h1].text, "+ttl=6");
        CHECK(strstr(sc->items[h1].text, "-a") == NULL);
    }
    if (h2 >= 0) CHECK_INT(sc->items[h2].old_line, 10);
    int t1 = scenario_find(sc, "t1", ENT_SOURCE);
    CHECK_INT(sc->sources[t1].field_count, 2);
    CHECK_STR(sc->sources[t1].fields[0].name, "Priority");
    int lat = scenario_find(sc, "lat", ENT_SOURCE);
    CHECK_INT(sc->sources[lat].point_count, 3);
    CHECK_INT(sc->sources[lat].points[2].at - sc->sources[lat].points[0].at, 120);
    CHECK_INT(sc->criterion_count, 2);
    CHECK_INT(sc->conds[sc->criteria[0].cond].kind, COND_ALL);
    CHECK_INT(sc->conds[sc->criteria[1].cond].kind, COND_FUNCTION);
    CHECK_INT(sc->cond_count, 6);
    CHECK(sc->content_hash != 0);
    scenario_destroy(sc);
    diags_destroy(&d);
}

static void test_diagnostics(void)
{
    expect_diag("person{ id='a', nmae='A' }\n", "s.lua:3: error[unknown-field]: person has no field 'nmae'; did you mean 'name'?");
    expect_diag("person{ id='a', name=3 }\n", "s.lua:3: error[wrong-type]: person field 'name' must be a string, not number");
    expect_diag("person{ id='a' }\n", "s.lua:3: error[missing-field]: person needs 'name'");
    expect_diag("person{ id='a', name='A' }\nperson{ id='a', name='B' }\n",
                "s.lua:4: error[duplicate-id]: id 'a' is already used by the person at");
    /* the newer kinds of id name the line where they were first used */
    expect_diag("person{ id='p', name='P' }\ninterviewee{ who='p' }\nfact{ id='x', who='p', text='t' }\n"
                "question{ id='x', who='p', kind='open', text='q?', answer{ text='a', reveals={'x'} } }\n",
                "s.lua:6: error[duplicate-id]: id 'x' is already used by the fact at ");
    expect_diag("person{ id='p', name='P' }\ninterviewee{ who='p' }\nfact{ id='x', who='p', text='t' }\n"
                "question{ id='x', who='p', kind='open', text='q?', answer{ text='a', reveals={'x'} } }\n",
                "s.lua:5; ids must be unique");
    expect_diag("triage_case{ id='c', title='t', summary='s', own=true }\n"
                "criterion{ id='c', title='t', category='analysis', points=1, met='m', missed='m', when=ground_rules() }\n",
                "s.lua:4: error[duplicate-id]: id 'c' is already used by the triage case at ");
    expect_diag("triage_case{ id='c', title='t', summary='s', own=true }\n"
                "criterion{ id='c', title='t', category='analysis', points=1, met='m', missed='m', when=ground_rules() }\n",
                "s.lua:3; ids must be unique");
    expect_diag("person{ id='p', name='P' }\nmeeting{ title='M', minutes=30, attendee{ who='p' },\n"
                "  beat{ id='b', title='B', kind='opening', minutes=5 } }\ninsight{ id='b', who='p', needs='invite', text='t' }\n",
                "s.lua:5: error[duplicate-id]: id 'b' is already used by the insight at ");
    expect_diag("person{ id='p', name='P' }\nmeeting{ title='M', minutes=30, attendee{ who='p' },\n"
                "  beat{ id='b', title='B', kind='opening', minutes=5 } }\n"
                "meeting_event{ id='e', who='p', kind='blame', beat='b', text='t', when=function() return true end }\n",
                "meeting_event 'e': 'when' must be a condition such as learned");
    expect_diag("person{ id='ana', name='A' }\nchat{ id='c', title='c', msg{ id='m', at='09:00', who='anna', text='x' } }\n",
                "error[dangling-ref]: msg field 'who': no person has id 'anna'; did you mean 'ana'?");
    expect_diag("person{ id='a b', name='A' }\n", "error[bad-id]");
    expect_diag("team{ id='x', name='X', kind='engineerin' }\n", "did you mean 'engineering'?");
    expect_diag("person{ id='a', name='A' }\nchat{ id='c', title='c', msg{ id='m', at='9am', who='a', text='x' } }\n",
                "error[bad-time]");
    expect_diag("person{ id='a', name='A' }\nchat{ id='c', title='c', msg{ id='m1', at='09:30', who='a', text='x' },\n"
                "  msg{ id='m2', at='09:10', who='a', text='y' } }\n", "s.lua:5: warning[time-order]");
    expect_diag("person{ id='a', name='A' }\nchat{ id='c', title='c', msg{ id='m', at='2025-01-01T00:00:00Z', who='a', text='x' } }\n",
                "warning[outside-window]");
    expect_diag("person{ id='a', name='A' }\nmsg{ id='m', at='09:00', who='a', text='x' }\n",
                "s.lua:4: warning[unreachable]: this msg{} is not inside any chat{}");
    expect_diag("person{ id='a', name='A' }\nticket{ id='t', title='t', opened='09:00', turn{ id='x', at='09:00', who='a', text='x' } }\n",
                "error[bad-child]: entry 1 of ticket{} is turn{}; it takes change{}, comment{}");
    expect_diag("person{ id='a', name='A' }\n", "warning[unreachable]: person 'a' appears in no source");
    expect_diag("criterion{ id='c', title='c', category='analysis', points=1, met='y', missed='n', when=pinned'nope' }\n",
                "error[dangling-ref]: condition field 'item': no item has id 'nope'");
    expect_diag("criterion{ id='c', title='c', category='analysis', points=1, met='y', missed='n', when=mentions('summry','x') }\n",
                "is not a report field");
    expect_diag("criterion{ id='c', title='c', category='analysis', points=1, met='y', missed='n', when=at_least(3, {opened'a'}) }\n",
                "can never hold");
    expect_diag("chat{ id='c', title='c', msg{ id='m', at='09:00', who='a', text='\\255' } }\n", "not valid UTF-8");
    expect_diag("", "warning[no-criteria]");
    /* the report's conditions and the model analysis */
    const char *crit = "criterion{ id='c', title='c', category='analysis', points=1, met='y', missed='n', when=";
    char body[512];
    snprintf(body, sizeof body, "%sfactor{ wrds={'x'} } }\n", crit);
    expect_diag(body, "error[unknown-field]: factor{} takes words and evidence, not wrds");
    snprintf(body, sizeof body, "%sfactor{} }\n", crit);
    expect_diag(body, "error[missing-field]: factor{} needs words, evidence or both");
    snprintf(body, sizeof body, "%sfactor{ evidence={'nope'} } }\n", crit);
    expect_diag(body, "error[dangling-ref]: condition field 'evidence': no item has id 'nope'");
    snprintf(body, sizeof body, "%sfactors_linked(0) }\n", crit);
    expect_diag(body, "error[bad-value]: factors_linked(n): n must be at least 1");
    snprintf(body, sizeof body, "%swritten('themes', 3) }\n", crit);
    expect_diag(body, "error[bad-value]: written: \"themes\" is not a report field");
    snprintf(body, sizeof body, "%sordered{ 'a' } }\n", crit);
    expect_diag(body, "error[missing-field]: ordered{} needs at least two items");
    expect_diag("analysis{ summary='s', model_factor{ text='t', evidence={'gone'} } }\n",
                "error[dangling-ref]: model_factor field 'evidence': no item has id 'gone'");
    expect_diag("analysis{ summary='s' }\n", "warning[missing-field]: analysis{} has no model_factor{}");
    expect_diag("analysis{ summary='s', model_factor{ text='t' } }\nanalysis{ summary='s', model_factor{ text='t' } }\n",
                "error[duplicate-id]: analysis{} is called again; the first call is at line 3");
    expect_diag("model_factor{ text='t' }\n", "warning[unreachable]: this model_factor{} is not inside any analysis{}");
    expect_diag("team{ id='x', name='X', kind='support', size=1e88 }\n", "error[bad-value]: team field 'size' must be a whole number");
    expect_diag("team{ id='x', name='X', kind='support', size=0/0 }\n", "error[bad-value]: team field 'size' must be a whole number");

    expect_diag("person{ id='p', name='P' }\ninterviewee{ who='p', hours='9-5' }\n",
                "s.lua:4: error[bad-value]: interviewee hours \"9-5\" should be \"HH:MM-HH:MM\" in their own time zone");
    expect_diag("person{ id='a', name='A' }\nalerts{ id='al', title='Alerts', paged{ id='p1', at='09:00', who='a' },\n"
                "  acked{ id='k1', at='09:01', who='a', alert='p1' } }\n",
                "s.lua:5: error[dangling-ref]: acked field 'alert': 'p1' is a paged item, not a fired{} alert");

    Diags d;
    Scenario *sc = load_text("person{ id='a', name='A' }\n", &d);
    CHECK(sc == NULL);
    CHECK_CONTAINS(diag_text(&d), "error[no-scenario]");
    diags_destroy(&d);
}

/* An acknowledgement that names its alert is timed from that alert: an
 * unrelated warning at 09:02 must not make 09:10 - 09:02 = 8 minutes. The
 * same scenario's interviewee keeps a night shift's hours. */
static void test_ack_names_alert(void)
{
    static const char text[] = HEADER
        "person{ id='a', name='A', on_call=true }\n"
        "alerts{ id='al', title='Alerts',\n"
        "  fired{ id='f.disk', at='09:02', alert='DiskWarning', severity='warning' },\n"
        "  fired{ id='f.err', at='09:07', alert='ErrorRate', severity='critical' },\n"
        "  paged{ id='p1', at='09:07', who='a' },\n"
        "  acked{ id='k1', at='09:10', who='a', alert='f.err' } }\n"
        "interviewee{ who='a', hours='22:00-06:00' }\n";
    Diags d;
    Scenario *sc = load_text(text, &d);
    CHECK(sc != NULL);
    CHECK_INT(d.errors, 0);
    if (!sc) { diags_destroy(&d); return; }
    CHECK_INT(sc->interviewee_count, 1);
    if (sc->interviewee_count == 1) CHECK(sc->interviewees[0].hours_from == 22 * 60 && sc->interviewees[0].hours_to == 6 * 60);
    int k1 = scenario_find(sc, "k1", ENT_ITEM), err = scenario_find(sc, "f.err", ENT_ITEM);
    CHECK(k1 >= 0 && err >= 0 && sc->items[k1].other == err);
    Signals s;
    signals_compute(sc, &s);
    CHECK_INT(s.time_to_ack, 180);                     /* 09:10 - 09:07 */
    CHECK_INT(s.time_to_detect, 120);                  /* first fired 09:02 - 09:00 */
    signals_destroy(&s);
    scenario_destroy(sc);
    diags_destroy(&d);
}

/* Diagnostics come out in the same order every run, whatever Lua's table
 * order was. */
static void test_deterministic_report(void)
{
    const char *body = HEADER "person{ id='a', zz=1, yy=2, xx=3, ww=4, name='A', vv=5 }\n";
    Diags d1, d2;
    scenario_destroy(load_text(body, &d1));
    char first[16384];
    snprintf(first, sizeof first, "%s", diag_text(&d1));
    for (int i = 0; i < 5; i++) {
        scenario_destroy(load_text(body, &d2));
        CHECK_STR(diag_text(&d2), first);
        diags_destroy(&d2);
    }
    CHECK_INT(d1.errors, 5);
    diags_destroy(&d1);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dojo-loader-XXXXXX");
    if (!mkdtemp(dir)) return 1;
    test_valid_model();
    test_diagnostics();
    test_ack_names_alert();
    test_deterministic_report();
    char path[300];
    snprintf(path, sizeof path, "%s/s.lua", dir);
    unlink(path);
    rmdir(dir);
    return testing_done("test_loader");
}
