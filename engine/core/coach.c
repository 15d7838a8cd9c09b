/* coach.c: the language coach's rules and the scan (coach.h). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "coach.h"

#define BLAME_WHY "Describe the conditions that made it make sense at the time, not the person."
#define CF_WHY "A counterfactual judges with hindsight; say what people knew and saw then."
#define HIND_WHY "Hindsight makes it look obvious; say what was hard to see at the time."
#define ROOT_WHY "Incidents have several contributing factors; name them instead of one cause."

static const CoachRule BUILTIN[] = {
    {"human error", BLAME_WHY, COACH_BLAME, {0}}, {"user error", BLAME_WHY, COACH_BLAME, {0}},
    {"operator error", BLAME_WHY, COACH_BLAME, {0}}, {"careless*", BLAME_WHY, COACH_BLAME, {0}},
    {"negligen*", BLAME_WHY, COACH_BLAME, {0}}, {"sloppy", BLAME_WHY, COACH_BLAME, {0}},
    {"incompetent", BLAME_WHY, COACH_BLAME, {0}}, {"lazy", BLAME_WHY, COACH_BLAME, {0}},
    {"at fault", BLAME_WHY, COACH_BLAME, {0}}, {"fault of", BLAME_WHY, COACH_BLAME, {0}},
    {"his fault", BLAME_WHY, COACH_BLAME, {0}}, {"her fault", BLAME_WHY, COACH_BLAME, {0}},
    {"their fault", BLAME_WHY, COACH_BLAME, {0}}, {"to blame", BLAME_WHY, COACH_BLAME, {0}},
    {"blame", BLAME_WHY, COACH_BLAME, {0}}, {"blamed", BLAME_WHY, COACH_BLAME, {0}},
    {"made a mistake", BLAME_WHY, COACH_BLAME, {0}}, {"his mistake", BLAME_WHY, COACH_BLAME, {0}},
    {"her mistake", BLAME_WHY, COACH_BLAME, {0}}, {"their mistake", BLAME_WHY, COACH_BLAME, {0}},
    {"dropped the ball", BLAME_WHY, COACH_BLAME, {0}}, {"screwed up", BLAME_WHY, COACH_BLAME, {0}},
    {"messed up", BLAME_WHY, COACH_BLAME, {0}},
    {"should have", CF_WHY, COACH_COUNTERFACTUAL, {0}}, {"should've", CF_WHY, COACH_COUNTERFACTUAL, {0}},
    {"shouldn't have", CF_WHY, COACH_COUNTERFACTUAL, {0}}, {"could have prevented", CF_WHY, COACH_COUNTERFACTUAL, {0}},
    {"could have avoided", CF_WHY, COACH_COUNTERFACTUAL, {0}}, {"would have prevented", CF_WHY, COACH_COUNTERFACTUAL, {0}},
    {"failed to", CF_WHY, COACH_COUNTERFACTUAL, {0}}, {"neglected to", CF_WHY, COACH_COUNTERFACTUAL, {0}},
    {"if only", CF_WHY, COACH_COUNTERFACTUAL, {0}}, {"didn't bother", CF_WHY, COACH_COUNTERFACTUAL, {0}},
    {"why didn't", CF_WHY, COACH_COUNTERFACTUAL, {0}},
    {"obviously", HIND_WHY, COACH_HINDSIGHT, {0}}, {"it was obvious", HIND_WHY, COACH_HINDSIGHT, {0}},
    {"should have known", HIND_WHY, COACH_HINDSIGHT, {0}}, {"no excuse", HIND_WHY, COACH_HINDSIGHT, {0}},
    {"simply had to", HIND_WHY, COACH_HINDSIGHT, {0}}, {"just had to", HIND_WHY, COACH_HINDSIGHT, {0}},
    {"root cause*", ROOT_WHY, COACH_ROOT_CAUSE, {0}}, {"root-cause*", ROOT_WHY, COACH_ROOT_CAUSE, {0}},
    {"the cause", ROOT_WHY, COACH_ROOT_CAUSE, {0}}, {"single cause", ROOT_WHY, COACH_ROOT_CAUSE, {0}},
};
#define NBUILTIN (int)(sizeof BUILTIN / sizeof BUILTIN[0])

static const char *const KIND_NAMES[COACH_KIND_COUNT] = {"blame", "counterfactual", "hindsight", "root_cause"};
static const char *const CAUSE_AFTER[] = {" caused", " broke", " forgot", " missed", " ignored", " failed",
    " messed up", "'s fault", "'s mistake", NULL};
static const char *const CAUSE_BEFORE[] = {"because of ", "blame ", NULL};

const CoachRule *coach_builtin(int *count) { *count = NBUILTIN; return BUILTIN; }
const char *coach_kind_name(CoachKind k) { return (unsigned)k < COACH_KIND_COUNT ? KIND_NAMES[k] : "?"; }

bool coach_kind_parse(const char *s, CoachKind *out)
{
    for (int i = 0; i < COACH_KIND_COUNT; i++)
        if (strcmp(s, KIND_NAMES[i]) == 0) { *out = (CoachKind)i; return true; }
    return false;
}

static bool word_byte(unsigned char c) { return isalnum(c) || c == '_' || c >= 0x80; }

/* Length of needle matched at h (whole words, ASCII case folded, '*' at
 * the end for a prefix), or 0. */
static int match_at(const char *text, const char *h, const char *needle)
{
    size_t n = strlen(needle);
    bool prefix = n && needle[n - 1] == '*';
    if (prefix) n--;
    if (!n || (h > text && word_byte((unsigned char)h[-1]) && word_byte((unsigned char)needle[0]))) return 0;
    size_t i = 0;
    while (i < n && h[i] && tolower((unsigned char)h[i]) == tolower((unsigned char)needle[i])) i++;
    if (i < n) return 0;
    if (prefix) {
        while (word_byte((unsigned char)h[i])) i++;
        return (int)i;
    }
    return word_byte((unsigned char)h[n]) && word_byte((unsigned char)needle[n - 1]) ? 0 : (int)n;
}

static const CoachRule *rule_of(const Scenario *sc, int rule)
{
    if (rule < NBUILTIN) return &BUILTIN[rule];
    return &sc->coach_rules[rule - NBUILTIN];
}

/* A person named as the cause at h: their full or first name with a
 * causal word after it, or "because of" / "blame" before it. */
static int person_at(const Scenario *sc, const char *text, const char *h, int *person)
{
    for (int p = 0; sc && p < sc->person_count; p++) {
        const char *full = sc->people[p].name;
        if (!full) continue;
        char first[64];
        size_t fl = strcspn(full, " ");
        snprintf(first, sizeof first, "%.*s", (int)(fl < sizeof first ? fl : sizeof first - 1), full);
        const char *names[2] = {full, first};
        for (int k = 0; k < 2; k++) {
            char pat[160];
            for (const char *const *w = CAUSE_BEFORE; *w; w++) {
                snprintf(pat, sizeof pat, "%s%s", *w, names[k]);
                int n = match_at(text, h, pat);
                if (n) { *person = p; return n; }
            }
            int n = match_at(text, h, names[k]);
            if (!n) continue;
            for (const char *const *w = CAUSE_AFTER; *w; w++) {
                /* " caused" follows after a space; "'s fault" right at the name's end */
                int gap = **w == ' ';
                if (gap && h[n] != ' ') continue;
                int m = match_at(text, h + n + gap, *w + gap);
                if (m) { *person = p; return n + gap + m; }
            }
        }
    }
    return 0;
}

/* "The blame was redirected", "no blame", "without blame": a review may
 * talk about blame without laying it. A bare "blame" after such a word is
 * let pass, unless what follows lays it on someone ("the blame lies ..."). */
static bool blame_described(const char *text, const char *h, int len)
{
    static const char *const before[] = {"the", "a", "no", "any", "without", "of", "redirect", "redirected",
                                         "redirecting", "avoid", "avoided", "avoiding", NULL};
    static const char *const lays[] = {" on ", " lies", " lay", " falls", " fell", " goes", " went", " belongs",
                                       " is ", " was on", NULL};
    const char *end = h;
    while (end > text && end[-1] == ' ') end--;
    const char *start = end;
    while (start > text && word_byte((unsigned char)start[-1])) start--;
    bool after_word = false;
    for (const char *const *w = before; *w && !after_word; w++)
        after_word = (size_t)(end - start) == strlen(*w) && strncasecmp(start, *w, strlen(*w)) == 0;
    if (!after_word || start == end) return false;
    for (const char *const *w = lays; *w; w++)
        if (strncasecmp(h + len, *w, strlen(*w)) == 0) return false;
    return true;
}

int coach_scan(const Scenario *sc, const char *text, CoachHit *hits, int max)
{
    int count = 0, total = NBUILTIN + (sc ? sc->coach_rule_count : 0);
    if (!text) return 0;
    for (const char *h = text; *h;) {
        CoachHit best = {0, 0, -1, -1};
        for (int r = 0; r < total; r++) {
            int n = match_at(text, h, rule_of(sc, r)->phrase);
            if (n > best.len) best = (CoachHit){(int)(h - text), n, r, -1};
        }
        int person = -1, n = person_at(sc, text, h, &person);
        if (n > best.len) best = (CoachHit){(int)(h - text), n, -1, person};
        if (best.rule >= 0 && best.rule < NBUILTIN && strcmp(BUILTIN[best.rule].phrase, "blame") == 0 &&
            blame_described(text, h, best.len))
            best.len = 0;
        if (!best.len) { h++; continue; }
        if (count < max) hits[count] = best;
        count++;
        h += best.len;
    }
    return count;
}

const char *coach_suggestion(const Scenario *sc, const CoachHit *h)
{
    if (h->rule < 0) return "Name the conditions around the person, not the person as the cause.";
    return rule_of(sc, h->rule)->suggestion;
}

CoachKind coach_kind(const Scenario *sc, const CoachHit *h)
{
    return h->rule < 0 ? COACH_BLAME : rule_of(sc, h->rule)->kind;
}
