/* test_search.c: the search index on a hand-built scenario: matching,
 * ranking, offsets, grouping, odd queries, and agreement with a plain scan. */
#include <ctype.h>
#include <strings.h>
#include "core/search.h"
#include "fixture.h"
#include "testing.h"

enum { S_CHAT, S_PR, S_RUNBOOK, S_COUNT };
enum { M1, M2, M3, M4, H1, R1, SEC1, SEC2, I_COUNT };

static DojoTime at(int hh, int mm) { return 1777888800 + hh * 3600 + mm * 60; }

static void timed(Scenario *sc, int i, const char *id, ItemKind kind, int source, DojoTime t,
                  const char *title, const char *text)
{
    fixture_item(sc, i, id, kind, source, text);
    sc->items[i].at = t;
    sc->items[i].title = arena_strdup(&sc->arena, title);
}

static Scenario *make_scenario(void)
{
    Scenario *sc = scenario_create();
    sc->sources = arena_alloc(&sc->arena, S_COUNT * sizeof *sc->sources);
    sc->source_count = S_COUNT;
    sc->items = arena_alloc(&sc->arena, I_COUNT * sizeof *sc->items);
    sc->item_count = I_COUNT;
    fixture_source(sc, S_CHAT, "inc", SOURCE_CHAT, M1, 4, -1);
    fixture_source(sc, S_PR, "pr7", SOURCE_PR, H1, 2, -1);
    fixture_source(sc, S_RUNBOOK, "runbook", SOURCE_DOCUMENT, SEC1, 2, -1);
    sc->sources[S_CHAT].title = "#inc-payments";
    sc->sources[S_PR].title = "Lower upstream Timeout";
    sc->sources[S_PR].description = "Reduces the timeout to 2s";
    sc->sources[S_PR].diff = "--- a/cfg\n+++ b/cfg\n-timeout: 30\n+timeout: 2\n";
    sc->sources[S_RUNBOOK].title = "Runbook: Checkout";
    sc->sources[S_RUNBOOK].text = "Restart the checkout pods. \xC3\x9C" "ber alles.";
    timed(sc, M1, "m1", ITEM_MESSAGE, S_CHAT, at(10, 0), NULL, "Checkout latency is up");
    timed(sc, M2, "m2", ITEM_MESSAGE, S_CHAT, at(10, 5), NULL, "Rolling back the TIMEOUT change");
    /* earlier than m2 though written after it: ranks first */
    timed(sc, M3, "m3", ITEM_MESSAGE, S_CHAT, at(10, 2), NULL,
          "checkout errors back to normal after the rollback");
    timed(sc, M4, "m4", ITEM_MESSAGE, S_CHAT, at(10, 9), NULL,
          "Caf\xC3\xA9 is closed; na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xE6\x9D\xB1\xE4\xBA\xAC!");
    timed(sc, H1, "h1", ITEM_HUNK, S_PR, DOJO_TIME_NONE, NULL, "-timeout: 30\n+timeout: 2");
    timed(sc, R1, "r1", ITEM_REVIEW, S_PR, at(9, 0), "approve", "LGTM");
    timed(sc, SEC1, "sec1", ITEM_SECTION, S_RUNBOOK, DOJO_TIME_NONE, "Escalation",
          "Page the checkout owner.");
    timed(sc, SEC2, "sec2", ITEM_SECTION, S_RUNBOOK, DOJO_TIME_NONE, "Checkout restart",
          "Restart the pods.");
    return sc;
}

static void test_words(const SearchIndex *ix)
{
    SearchHit h[16];
    CHECK_INT(search_query(ix, "latency", h, 16), 1);
    CHECK_INT(h[0].item, M1);
    CHECK_INT(h[0].source, S_CHAT);
    CHECK_INT(h[0].field, SEARCH_FIELD_TEXT);
    CHECK_INT(h[0].offset, 9);
    CHECK_INT(h[0].length, 7);
    /* prefix, ranked by time: m3 (10:02) before m2 (10:05) */
    CHECK_INT(search_query(ix, "roll", h, 16), 2);
    CHECK_INT(h[0].item, M3);
    CHECK_INT(h[0].offset, (int)strlen("checkout errors back to normal after the "));
    CHECK_INT(h[0].length, 4);
    CHECK_INT(h[1].item, M2);
    CHECK_INT(h[1].offset, 0);
    /* a prefix matches at a word's start only */
    CHECK_INT(search_query(ix, "ollback", h, 16), 0);
    /* every word must match (AND) */
    CHECK_INT(search_query(ix, "checkout normal", h, 16), 1);
    CHECK_INT(h[0].item, M3);
    CHECK_INT(search_query(ix, "normal checkout", h, 16), 1);
    CHECK_INT(h[0].offset, 0);        /* the first match of any query word */
    CHECK_INT(search_query(ix, "checkout latency errors", h, 16), 0);
    CHECK_INT(search_query(ix, "zebra", h, 16), 0);
    CHECK_INT(search_query(ix, "checkout zebra", h, 16), 0);
    /* case folding both ways */
    CHECK_INT(search_query(ix, "CHECKOUT", h, 16), 5);
    CHECK_INT(search_query(ix, "timeout", h, 16), 3);
    CHECK_INT(search_query(ix, "TiMeOuT", h, 16), 3);
    CHECK_INT(search_query(ix, "lgtm approve", h, 16), 1);
    CHECK_INT(h[0].item, R1);
}

static void test_ranking_and_groups(const SearchIndex *ix)
{
    SearchHit h[16];
    int n = search_query(ix, "checkout", h, 16);
    CHECK_INT(n, 5);
    /* the chat, then the runbook: itself, the section titled Checkout, the other */
    int want_item[] = {M1, M3, -1, SEC2, SEC1}, want_src[] = {S_CHAT, S_CHAT, S_RUNBOOK,
                                                              S_RUNBOOK, S_RUNBOOK};
    for (int i = 0; i < 5 && i < n; i++) {
        CHECK_INT(h[i].item, want_item[i]);
        CHECK_INT(h[i].source, want_src[i]);
    }
    CHECK_INT(h[3].title_words, 1);
    CHECK_INT(h[3].field, SEARCH_FIELD_TITLE);
    CHECK_INT(h[3].offset, 0);
    CHECK_INT(h[4].title_words, 0);
    CHECK_INT(h[4].offset, (int)strlen("Page the "));
    CHECK_INT(h[2].field, SEARCH_FIELD_TEXT);     /* the source's body before its title */
    CHECK_INT(h[2].offset, (int)strlen("Restart the "));
    CHECK_INT(search_group_end(h, n, 0), 2);
    CHECK_INT(search_group_end(h, n, 2), 5);
    CHECK_INT(search_group_end(h, n, 5), 5);
    /* a source matched in its description; its hunk in the text */
    n = search_query(ix, "timeout", h, 16);
    CHECK_INT(n, 3);
    CHECK_INT(h[0].item, M2);
    CHECK_INT(h[1].item, -1);
    CHECK_INT(h[1].source, S_PR);
    CHECK_INT(h[1].title_words, 1);
    CHECK_INT(h[1].field, SEARCH_FIELD_DESCRIPTION);
    CHECK_INT(h[1].offset, (int)strlen("Reduces the "));
    CHECK_INT(h[2].item, H1);
    CHECK_INT(h[2].offset, 1);
    CHECK_INT(search_group_end(h, n, 0), 1);
    CHECK_INT(search_group_end(h, n, 1), 3);
    /* the diff is searched too */
    CHECK_INT(search_query(ix, "cfg", h, 16), 1);
    CHECK_INT(h[0].field, SEARCH_FIELD_DIFF);
    CHECK_INT(h[0].offset, 6);
    /* max caps what is written, not the count */
    h[2].source = 99;
    CHECK_INT(search_query(ix, "checkout", h, 2), 5);
    CHECK_INT(h[1].item, M3);
    CHECK_INT(h[2].source, 99);
    CHECK_INT(search_query(ix, "checkout", NULL, 0), 5);
}

static void test_odd_queries(const SearchIndex *ix)
{
    SearchHit h[16];
    CHECK_INT(search_query(ix, "", h, 16), 0);
    CHECK_INT(search_query(ix, NULL, h, 16), 0);
    CHECK_INT(search_query(ix, "     ", h, 16), 0);
    CHECK_INT(search_query(ix, " \t,;:!  ", h, 16), 0);
    CHECK_INT(search_query(ix, "  latency  ", h, 16), 1);
    static char lng[100001];
    memset(lng, 'a', sizeof lng - 1);
    CHECK_INT(search_query(ix, lng, h, 16), 0);
    memset(lng, ' ', sizeof lng - 1);
    for (size_t i = 0; i + 9 < sizeof lng; i += 9) memcpy(lng + i, "checkout ", 9);
    CHECK_INT(search_query(ix, lng, h, 16), 5);   /* repeats count once */
    memcpy(lng + sizeof lng - 4, " a", 2);        /* a last word still counts */
    CHECK_INT(search_query(ix, lng, h, 16), 2);
    /* UTF-8: bytes match as they are; prefixes may end inside a word */
    CHECK_INT(search_query(ix, "caf\xC3\xA9", h, 16), 1);
    CHECK_INT(h[0].item, M4);
    CHECK_INT(h[0].offset, 0);
    CHECK_INT(h[0].length, 5);
    CHECK_INT(search_query(ix, "CAF", h, 16), 1);
    CHECK_INT(search_query(ix, "r\xC3\xA9sum\xC3\xA9", h, 16), 1);
    CHECK_INT(h[0].offset, (int)strlen("Caf\xC3\xA9 is closed; na\xC3\xAFve "));
    CHECK_INT(search_query(ix, "\xE6\x9D\xB1\xE4\xBA\xAC", h, 16), 1);
    CHECK_INT(search_query(ix, "\xC3\x9C" "ber", h, 16), 1);
    CHECK_INT(h[0].source, S_RUNBOOK);
    CHECK_INT(search_query(ix, "\xC3\xBC" "ber", h, 16), 0);   /* no folding past ASCII */
}

/* A bigger generated scenario must give what a plain scan gives. */
static bool scan_has_prefix(const char *s, const char *q)
{
    size_t n = strlen(q);
    for (const char *p = s; p && *p; p++)
        if (isalnum((unsigned char)*p) && (p == s || !isalnum((unsigned char)p[-1])) &&
            strncasecmp(p, q, n) == 0) return true;
    return false;
}

static void test_against_scan(void)
{
    static const char *const words[] = {"deploy", "dep", "cert", "certs", "latency", "late",
                                        "pods", "p", "x"};
    enum { N = 3000 };
    Scenario *sc = scenario_create();
    sc->sources = arena_alloc(&sc->arena, sizeof *sc->sources);
    sc->source_count = 1;
    sc->items = arena_alloc(&sc->arena, N * sizeof *sc->items);
    sc->item_count = N;
    fixture_source(sc, 0, "big", SOURCE_CHAT, 0, N, -1);
    unsigned st = 7;
    for (int i = 0; i < N; i++) {
        char text[64] = "", id[16];
        for (int k = 0; k < 3; k++) {
            st = st * 1103515245u + 12345u;
            strcat(text, words[(st >> 16) % 9]);
            strcat(text, k < 2 ? " " : "");
        }
        snprintf(id, sizeof id, "i%d", i);
        timed(sc, i, id, ITEM_MESSAGE, 0, at(10, 0) + i, NULL, text);
    }
    SearchIndex *ix = search_build(sc);
    static SearchHit h[N + 1];
    for (int a = 0; a < 9; a++)
        for (int b = 0; b < 9; b++) {
            char q[32];
            snprintf(q, sizeof q, "%s %s", words[a], words[b]);
            int want = 0;
            for (int i = 0; i < N; i++)
                want += scan_has_prefix(sc->items[i].text, words[a]) &&
                        scan_has_prefix(sc->items[i].text, words[b]);
            int n = search_query(ix, q, h, N + 1);
            CHECK_INT(n, want);
            bool ordered = true;   /* same time order as written */
            for (int i = 1; i < n; i++) ordered = ordered && h[i - 1].item < h[i].item;
            CHECK(ordered);
        }
    search_destroy(ix);
    scenario_destroy(sc);
}

int main(void)
{
    Scenario *sc = make_scenario();
    SearchIndex *ix = search_build(sc);
    int terms;
    long postings;
    search_stats(ix, &terms, &postings);
    CHECK(terms > 20);
    CHECK(postings >= terms);
    test_words(ix);
    test_ranking_and_groups(ix);
    test_odd_queries(ix);
    search_destroy(ix);
    scenario_destroy(sc);

    Scenario *empty = scenario_create();
    SearchIndex *e = search_build(empty);
    SearchHit h[4];
    CHECK_INT(search_query(e, "anything", h, 4), 0);
    search_destroy(e);
    scenario_destroy(empty);
    test_against_scan();
    return testing_done("test_search");
}
