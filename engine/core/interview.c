/* interview.c: candor, answers, and the typed-question classifier and
 * matcher; the rules are documented in interview.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "interview.h"
#include "util.h"

typedef struct DispositionRow { const char *name; CandorRules r; } DispositionRow;

static const DispositionRow ROWS[] = {
    {"talkative", {70, 6, -1, -6, -15, -10}},
    {"defensive", {35, 5, -3, -12, -30, -20}},
    {"anxious", {40, 8, -2, -10, -25, -15}},
    {"new", {50, 8, 0, -8, -25, -15}},
};
static const CandorRules CALM = {55, 6, -2, -8, -20, -15};

CandorRules interview_rules_for(const char *disposition)
{
    for (size_t i = 0; disposition && i < sizeof ROWS / sizeof ROWS[0]; i++)
        if (strcmp(disposition, ROWS[i].name) == 0) return ROWS[i].r;
    return CALM;
}

int interview_candor_delta(const CandorRules *r, QuestionKind k, bool first)
{
    switch (k) {
    case QUESTION_CLOSED: return r->closed;
    case QUESTION_LEADING: return r->leading;
    case QUESTION_BLAMING: return r->blaming;
    case QUESTION_COUNTERFACTUAL: return r->counterfactual;
    default: return r->open + (first ? INTERVIEW_RAPPORT : 0);
    }
}

int interview_candor_clamp(int candor) { return candor < 0 ? 0 : candor > 100 ? 100 : candor; }

int interview_answer_for(const Question *q, int candor)
{
    for (int i = 0; i < q->answer_count; i++)
        if (candor >= q->answers[i].min_candor) return i;
    return -1;
}

/* ---- the classifier ---- */

/* Lower case, typographic apostrophes made plain, spaces collapsed and
 * trimmed: people type questions every which way. */
static char *normalise(const char *text)
{
    size_t n = strlen(text);
    char *out = xmalloc(n + 1), *o = out;
    for (const char *p = text; *p; p++) {
        if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
            ((unsigned char)p[2] == 0x98 || (unsigned char)p[2] == 0x99)) {
            *o++ = '\'';
            p += 2;
        } else if (isspace((unsigned char)*p)) {
            if (o > out && o[-1] != ' ') *o++ = ' ';
        } else {
            *o++ = (char)tolower((unsigned char)*p);
        }
    }
    while (o > out && o[-1] == ' ') o--;
    *o = '\0';
    return out;
}

static bool has_any(const char *text, const char *const *words)
{
    for (; *words; words++)
        if (text_contains_word(text, *words)) return true;
    return false;
}

static bool starts_with_any(const char *text, const char *const *words)
{
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (strncmp(text, *words, n) == 0 && !isalnum((unsigned char)text[n])) return true;
    }
    return false;
}

static bool ends_with(const char *text, const char *tail)
{
    size_t n = strlen(text), m = strlen(tail);
    return n >= m && strcmp(text + n - m, tail) == 0;
}

static const char *const BLAMING[] = {"fault", "you caused", "you broke", "careless", "sloppy",
    "negligent", "who is responsible", "who's responsible", "who caused", "who broke", "blame*",
    "you messed up", "mistake you", "your mistake", NULL};
static const char *const COUNTERFACTUAL[] = {"should have", "should've", "could have", "could've",
    "would have", "would've", "why didn't", "why did you not", "why not just", "if only", "if you had",
    "had you", "instead of", "what if you", "couldn't you have", "shouldn't you have",
    "wouldn't it have", NULL};
static const char *const LEADING[] = {"isn't it", "wasn't it", "don't you think", "wouldn't you agree",
    "surely", "obviously", "didn't you", "weren't you", NULL};
static const char *const LEADING_START[] = {"so you", "so, you", "and then you", NULL};
static const char *const OPENERS[] = {"what", "what's", "how", "who", "where", "when", "which", "tell",
    "walk", "describe", "talk", "explain", "help", "can you tell", "could you walk", "could you tell",
    "can you walk", "could you describe", "can you describe", "i'd like to hear", "i'm curious", NULL};
static const char *const YES_NO[] = {"did", "do", "does", "was", "were", "is", "are", "have", "has",
    "had", "can", "could", "would", "will", "should", "shall", "may", NULL};

typedef struct Topic { QuestionKind kind; const char *const words[12]; } Topic;
static const Topic TOPICS[] = {
    {QUESTION_NORMAL_WORK, {"usual*", "normal*", "typical*", "routine*", "day to day", "everyday", NULL}},
    {QUESTION_HELP, {"help*", "ask", "asked", "page", "paged", "reach*", "escalat*", NULL}},
    {QUESTION_OPTIONS, {"option*", "consider*", "alternative*", "choice*", "other way*", NULL}},
    {QUESTION_GOALS, {"going on", "pressure*", "priorit*", "goal*", "trying to", "deadline*", NULL}},
    {QUESTION_KNOWLEDGE, {"know", "knew", "learn*", "experience*", "familiar", "understand*", NULL}},
    {QUESTION_CUE, {"notice*", "first", "saw", "see", "seen", "alert*", "look*", "signal*", NULL}},
};

QuestionKind interview_classify(const char *text)
{
    char *t = normalise(text ? text : "");
    QuestionKind k = QUESTION_OPEN;
    if (has_any(t, BLAMING)) k = QUESTION_BLAMING;
    else if (has_any(t, COUNTERFACTUAL)) k = QUESTION_COUNTERFACTUAL;
    else if (has_any(t, LEADING) || starts_with_any(t, LEADING_START) || ends_with(t, "right?") ||
             ends_with(t, "correct?"))
        k = QUESTION_LEADING;
    else if (starts_with_any(t, OPENERS)) {
        for (size_t i = 0; i < sizeof TOPICS / sizeof TOPICS[0]; i++)
            if (has_any(t, TOPICS[i].words)) { k = TOPICS[i].kind; break; }
    } else if (starts_with_any(t, YES_NO)) k = QUESTION_CLOSED;
    free(t);
    return k;
}

/* ---- matching typed questions ---- */

static const char *const STOP[] = {"a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at",
    "for", "with", "about", "from", "by", "as", "is", "are", "was", "were", "be", "been", "it", "its",
    "that", "this", "there", "then", "than", "you", "your", "you're", "i", "me", "my", "we", "our",
    "do", "did", "does", "what", "how", "when", "where", "who", "which", "why", "can", "could", "would",
    "will", "me", "tell", "us", "so", "just", "any", "some", "have", "had", "has", "if", "not", NULL};

static bool is_stop(const char *w)
{
    for (const char *const *s = STOP; *s; s++)
        if (strcmp(*s, w) == 0) return true;
    return false;
}

/* The next content word of *p into w (lower case, a trailing plural 's'
 * dropped); false at the end. */
static bool next_word(const char **p, char *w, size_t size)
{
    for (;;) {
        while (**p && !isalnum((unsigned char)**p) && (unsigned char)**p < 0x80) (*p)++;
        if (!**p) return false;
        size_t n = 0;
        while (**p && (isalnum((unsigned char)**p) || **p == '\'' || (unsigned char)**p >= 0x80)) {
            if (n + 1 < size) w[n++] = (char)tolower((unsigned char)**p);
            (*p)++;
        }
        w[n] = '\0';
        if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') w[n - 1] = '\0';
        if (!is_stop(w)) return true;
    }
}

static bool text_has_word(const char *text, const char *word)
{
    char w[64];
    for (const char *p = text; next_word(&p, w, sizeof w);)
        if (strcmp(w, word) == 0) return true;
    return false;
}

int interview_match_score(const char *text, const char *question)
{
    char w[64];
    int total = 0, found = 0;
    for (const char *p = question; next_word(&p, w, sizeof w); total++)
        if (text_has_word(text, w)) found++;
    return total ? found * 100 / total : 0;
}
