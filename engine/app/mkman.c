/* mkman.c: a build-time tool that writes the man page incident-dojo.1 from
 * the --help text in usage.c, parsed rather than copied, so they agree. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "usage.h"

#ifndef DOJO_VERSION
#define DOJO_VERSION "unknown"
#endif
/* The page's date when SOURCE_DATE_EPOCH is not set: a fixed one, never
 * the build's clock, so two builds of a version write the same bytes. */
#ifndef DOJO_RELEASE_DATE
#define DOJO_RELEASE_DATE "1970-01-01"
#endif

enum { MAX_LINES = 1024 };

typedef struct {
    const char *s; /* borrowed from app_usage, not NUL-terminated */
    int len;
} Line;

/* The text's lines, or -1 when there are more than max. */
static int split_lines(const char *text, Line *out, int max)
{
    int n = 0;
    while (*text) {
        if (n == max) return -1;
        const char *end = strchr(text, '\n');
        int len = end ? (int)(end - text) : (int)strlen(text);
        out[n++] = (Line){text, len};
        text += len + (end ? 1 : 0);
    }
    return n;
}

static int indent_of(Line l)
{
    int i = 0;
    while (i < l.len && l.s[i] == ' ') i++;
    return i;
}

static bool is_blank(Line l) { return indent_of(l) == l.len; }

/* "Commands:" and the like: flush left, at most three words, ending in
 * ':' (a sentence that ends in a colon is longer). */
static bool is_heading(Line l)
{
    int spaces = 0;
    for (int i = 0; i < l.len; i++) spaces += l.s[i] == ' ';
    return l.len > 1 && l.s[0] != ' ' && l.s[l.len - 1] == ':' && spaces < 3;
}

/* A dash in an option, a path or the command's name is a real ASCII '-'
 * (\-) that a reader can copy, and such a word is never hyphenated;
 * elsewhere a dash may be typeset as a hyphen. */
static bool word_wants_minus(const char *w, int n)
{
    int i = 0;
    while (i < n && strchr("([\"'", w[i])) i++;
    if (i < n && w[i] == '-') return true;
    for (int k = 0; k < n; k++) {
        if (w[k] == '/' || w[k] == '$' || w[k] == '.' || w[k] == '|') return true;
        if (n - k >= 13 && strncmp(w + k, "incident-dojo", 13) == 0) return true;
    }
    return false;
}

static void put_escaped(FILE *f, const char *s, int n, bool minus)
{
    for (int i = 0; i < n; i++) {
        if (s[i] == '\\') fputs("\\e", f);
        else if (s[i] == '-' && minus) fputs("\\-", f);
        else fputc(s[i], f);
    }
}

/* One line of running text, leading spaces dropped; a leading '.' or '\''
 * would be read as a request, so \& guards it. */
static void put_text(FILE *f, Line l)
{
    int i = indent_of(l);
    if (i < l.len && (l.s[i] == '.' || l.s[i] == '\'')) fputs("\\&", f);
    while (i < l.len) {
        int j = i;
        while (j < l.len && l.s[j] != ' ') j++;
        bool literal = word_wants_minus(l.s + i, j - i);
        if (literal) fputs("\\%", f); /* and no hyphenation inside it */
        put_escaped(f, l.s + i, j - i, literal);
        for (i = j; i < l.len && l.s[i] == ' '; i++) {}
        if (i < l.len) fputc(' ', f); /* one space: the filled text sets its own */
    }
    fputc('\n', f);
}

/* A synopsis or a term, in the man page's fonts: words in capitals are
 * placeholders (italic), the rest is typed as is (bold); brackets,
 * commas and "..." stay roman. */
static void put_word(FILE *f, const char *w, int n)
{
    int a = 0, b = n;
    while (a < b && w[a] == '[') a++;
    while (b > a && strchr("].,", w[b - 1])) b--;
    put_escaped(f, w, a, false);
    if (b > a) {
        fputs(isupper((unsigned char)w[a]) ? "\\fI" : "\\fB", f);
        put_escaped(f, w + a, b - a, true);
        fputs("\\fR", f);
    }
    put_escaped(f, w + b, n - b, false);
}

static void put_usage(FILE *f, const char *s, int n)
{
    if (n > 0 && (s[0] == '.' || s[0] == '\'')) fputs("\\&", f);
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && s[j] != ' ') j++;
        put_word(f, s + i, j - i);
        for (i = j; i < n && s[i] == ' '; i++) {}
        if (i < n) fputc(' ', f);
    }
    fputc('\n', f);
}

/* The man page's header; the date from SOURCE_DATE_EPOCH when it is set
 * (reproducible-builds.org), else the release's. */
static void put_header(FILE *f)
{
    char date[32] = DOJO_RELEASE_DATE;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *end;
        time_t t = (time_t)strtoll(epoch, &end, 10);
        struct tm tm;
        if (!*end && gmtime_r(&t, &tm)) strftime(date, sizeof date, "%Y-%m-%d", &tm);
    }
    fprintf(f, ".\\\" incident-dojo.1: written by mkman from the --help text; do not edit.\n");
    fprintf(f, ".TH INCIDENT\\-DOJO 1 \"%s\" \"incident\\-dojo %s\" \"User Commands\"\n", date,
            DOJO_VERSION);
    fputs(".SH NAME\nincident\\-dojo \\- practise learning from software incidents\n", f);
}

static void put_section_name(FILE *f, const char *s, int n)
{
    fputs(".SH ", f);
    for (int i = 0; i < n; i++) {
        if (s[i] == '-') fputs("\\-", f);
        else if (s[i] != '\\') fputc(toupper((unsigned char)s[i]), f);
    }
    fputc('\n', f);
}

/* Where the command starts in "Usage: incident-dojo ..." or "  or:  ...";
 * -1 when the line is not a synopsis line. */
static int usage_start(Line l, bool first)
{
    const char *label = first ? "Usage:" : "or:";
    int i = indent_of(l), n = (int)strlen(label);
    if (l.len - i <= n || strncmp(l.s + i, label, (size_t)n) != 0) return -1;
    for (i += n; i < l.len && l.s[i] == ' '; i++) {}
    return i;
}

/* "Exit status: ..." names a section of its own: a capitalised label of at
 * most three words before ": ". Returns the label's length, or 0. */
static int label_len(Line l)
{
    int words = 1;
    if (l.len == 0 || !isupper((unsigned char)l.s[0])) return 0;
    for (int i = 1; i + 1 < l.len; i++) {
        if (l.s[i] == ':' && l.s[i + 1] == ' ') return i;
        if (l.s[i] == ' ') words++;
        else if (!isalpha((unsigned char)l.s[i])) return 0;
        if (words > 3) return 0;
    }
    return 0;
}

/* An entry: the term up to the first gap of two spaces, then the
 * description's first line when it shares the term's line. */
static void put_entry(FILE *f, Line l)
{
    int i = indent_of(l), j = i;
    while (j + 1 < l.len && !(l.s[j] == ' ' && l.s[j + 1] == ' ')) j++;
    if (j + 1 >= l.len) j = l.len;
    fputs(".TP\n", f);
    put_usage(f, l.s + i, j - i);
    Line rest = {l.s + j, l.len - j};
    if (!is_blank(rest)) put_text(f, rest);
}

/* Synopsis and description; returns the index of the first line after. */
static int put_intro(FILE *f, const Line *lines, int n)
{
    int i = 0, at;
    fputs(".SH SYNOPSIS\n", f);
    for (; i < n && (at = usage_start(lines[i], i == 0)) >= 0; i++) {
        if (i > 0) fputs(".br\n", f);
        put_usage(f, lines[i].s + at, lines[i].len - at);
    }
    fputs(".SH DESCRIPTION\n", f);
    for (; i < n && !is_blank(lines[i]) && !is_heading(lines[i]); i++) put_text(f, lines[i]);
    return i;
}

/* The headed sections, each line of theirs an entry or its continuation;
 * loose lines after them go to sections of their own label, or to FILES. */
static void put_body(FILE *f, const Line *lines, int n)
{
    static Line loose[MAX_LINES];
    int nloose = 0, term_indent = -1;
    bool in_section = false;
    for (int i = put_intro(f, lines, n); i < n; i++) {
        Line l = lines[i];
        int ind = indent_of(l), label;
        if (is_blank(l)) {
            in_section = false;
        } else if (is_heading(l)) {
            put_section_name(f, l.s, l.len - 1);
            in_section = true;
            term_indent = -1;
        } else if (in_section && ind > 0) {
            if (term_indent < 0) term_indent = ind;
            if (ind <= term_indent) put_entry(f, l);
            else put_text(f, l);
        } else if ((label = label_len(l)) > 0) {
            put_section_name(f, l.s, label);
            put_text(f, (Line){l.s + label + 2, l.len - label - 2});
        } else {
            loose[nloose++] = l;
        }
    }
    if (nloose) fputs(".SH FILES\n", f);
    for (int i = 0; i < nloose; i++) put_text(f, loose[i]);
}

int main(int argc, char **argv)
{
    static Line lines[MAX_LINES];
    if (argc != 2) {
        fputs("usage: mkman OUT.1\n", stderr);
        return 2;
    }
    int n = split_lines(app_usage, lines, MAX_LINES);
    if (n < 0) {
        fprintf(stderr, "mkman: the help text has more than %d lines\n", MAX_LINES);
        return 1;
    }
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    put_header(f);
    put_body(f, lines, n);
    bool bad = ferror(f) != 0;
    if (fclose(f) != 0 || bad) {
        perror(argv[1]);
        remove(argv[1]);
        return 1;
    }
    return 0;
}
