/* aggregate_md.c: an Aggregate as a Markdown report and two hand-written
 * SVG charts. Only "%.1f" and integers are printed, so the same results
 * give the same bytes. */
#include <string.h>
#include "core/aggregate.h"

#define AGG_MD_TOP 10   /* rows in the most-missed and most-asked tables */

/* A table cell: no line breaks, pipes escaped, long text cut. */
static void md_cell(StrBuf *b, const char *s, size_t max)
{
    size_t n = 0;
    for (; *s && n < max; s++, n++) {
        if (*s == '\n' || *s == '\r' || *s == '\t') strbuf_addf(b, " ");
        else if (*s == '|') strbuf_addf(b, "\\|");
        else strbuf_addf(b, "%c", *s);
    }
    if (*s) {
        while ((*s & 0xC0) == 0x80) strbuf_addf(b, "%c", *s++);   /* finish the codepoint */
        strbuf_addf(b, "…");
    }
}

/* The entity an id names in sc, or NULL (no scenario, or no such id). */
static const Entity *md_lookup(const Scenario *sc, const char *id)
{
    return sc && id ? scenario_lookup(sc, id) : NULL;
}

static double share(int n, int of) { return of ? 100.0 * n / of : 0; }

static void md_scores(StrBuf *b, const Aggregate *a, const char *charts)
{
    strbuf_addf(b, "## Scores\n\n");
    strbuf_addf(b, "Mean %.1f, median %.1f, lowest %.1f, highest %.1f (out of 100).\n\n",
                a->mean, a->median, a->min, a->max);
    if (charts) strbuf_addf(b, "![Score distribution](%s-scores.svg)\n\n", charts);
    strbuf_addf(b, "| participant | score | points |\n|---|---:|---:|\n");
    for (int i = 0; i < a->count; i++) {
        strbuf_addf(b, "| ");
        md_cell(b, a->people[i].name, 60);
        strbuf_addf(b, " | %.1f | %d / %d |\n", a->people[i].score, a->people[i].earned, a->people[i].possible);
    }
    strbuf_addf(b, "\n| category | mean | lowest | highest |\n|---|---:|---:|---:|\n");
    for (int i = 0; i < a->category_count; i++) {
        const AggCategory *c = &a->categories[i];
        strbuf_addf(b, "| %s | %.1f | %.1f | %.1f |\n", c->name, c->mean, c->min, c->max);
    }
    strbuf_addf(b, "\n");
}

static void md_criteria(StrBuf *b, const Aggregate *a, const char *charts)
{
    strbuf_addf(b, "## Criteria\n\n");
    if (charts) strbuf_addf(b, "![Share of participants who met each criterion](%s-criteria.svg)\n\n", charts);
    strbuf_addf(b, "| criterion | category | met | partial | missed | mean points | earned: 0-19%% … 80-100%% |\n"
                   "|---|---|---:|---:|---:|---:|---|\n");
    for (int i = 0; i < a->criterion_count; i++) {
        const AggCriterion *c = &a->criteria[i];
        strbuf_addf(b, "| ");
        md_cell(b, c->title, 120);
        strbuf_addf(b, " | %s | %d | %d | %d | %.1f / %d |", c->category, c->met, c->partial, c->missed,
                    c->mean_earned, c->points);
        for (int k = 0; k < AGG_CRIT_BINS; k++) strbuf_addf(b, "%s%d", k ? " · " : " ", c->bins[k]);
        strbuf_addf(b, " |\n");
    }
    strbuf_addf(b, "\n");
}

static void md_missed(StrBuf *b, const Aggregate *a, const Scenario *sc)
{
    strbuf_addf(b, "## Most-missed evidence\n\nEvidence named by a criterion a participant missed, "
                   "that they neither pinned nor learned.\n\n");
    if (!a->evidence_count) strbuf_addf(b, "_None: every missed criterion's evidence was found._\n\n");
    else strbuf_addf(b, "| evidence | missed by | for |\n|---|---:|---|\n");
    for (int i = 0; i < a->evidence_count && i < AGG_MD_TOP; i++) {
        const AggEvidence *e = &a->evidence[i];
        strbuf_addf(b, "| `%s`", e->id);
        const Entity *ent = md_lookup(sc, e->id);
        if (ent) {
            char label[320];
            model_entity_label(sc, *ent, label, sizeof label);
            strbuf_addf(b, " ");
            md_cell(b, label, 100);
        }
        strbuf_addf(b, " | %d of %d | ", e->count, a->count);
        md_cell(b, e->criterion, 120);
        strbuf_addf(b, " |\n");
    }
    if (a->evidence_count) strbuf_addf(b, "\n");
}

static void md_questions(StrBuf *b, const Aggregate *a, const Scenario *sc)
{
    strbuf_addf(b, "## Questions most asked\n\n");
    if (!a->question_count) strbuf_addf(b, "_No interview questions were asked._\n\n");
    else strbuf_addf(b, "| question | asked of | asked by | share |\n|---|---|---:|---:|\n");
    for (int i = 0; i < a->question_count && i < AGG_MD_TOP; i++) {
        const AggQuestion *q = &a->questions[i];
        const Entity *qe = md_lookup(sc, q->id), *pe = md_lookup(sc, q->person);
        strbuf_addf(b, "| ");
        if (qe && qe->type == ENT_QUESTION) {
            strbuf_addf(b, "`%s` ", q->id);
            md_cell(b, sc->questions[qe->index].text, 120);
        } else {
            md_cell(b, q->id, 120);
        }
        strbuf_addf(b, " | ");
        md_cell(b, pe && pe->type == ENT_PERSON && sc->people[pe->index].name ? sc->people[pe->index].name : q->person, 60);
        strbuf_addf(b, " | %d | %.0f%% |\n", q->count, share(q->count, a->count));
    }
    if (a->question_count) strbuf_addf(b, "\n");
}

/* One column per participant, one row per place on their timeline. */
static void md_timelines(StrBuf *b, const Aggregate *a)
{
    strbuf_addf(b, "## Timelines side by side\n\nEach participant's pinned items in their timeline's order: "
                   "time, marker, item.\n\n|");
    int rows = 0;
    for (int i = 0; i < a->count; i++) {
        strbuf_addf(b, " ");
        md_cell(b, a->people[i].name, 60);
        strbuf_addf(b, " |");
        if (a->people[i].pin_count > rows) rows = a->people[i].pin_count;
    }
    strbuf_addf(b, "\n|");
    for (int i = 0; i < a->count; i++) strbuf_addf(b, "---|");
    strbuf_addf(b, "\n");
    for (int r = 0; r < rows; r++) {
        strbuf_addf(b, "|");
        for (int i = 0; i < a->count; i++) {
            const AggParticipant *p = &a->people[i];
            if (r < p->pin_count) {
                const AggPin *pin = &p->pins[r];
                strbuf_addf(b, " %s%s%s%s `", pin->at, pin->marker[0] ? " **" : "", pin->marker, pin->marker[0] ? "**" : "");
                md_cell(b, pin->item, 80);
                strbuf_addf(b, "`");
            }
            strbuf_addf(b, " |");
        }
        strbuf_addf(b, "\n");
    }
    if (!rows) strbuf_addf(b, "\n_Nobody pinned anything._\n");
    strbuf_addf(b, "\n");
}

char *aggregate_markdown(const Aggregate *a, const char *chart_prefix, const Scenario *sc)
{
    StrBuf b = {0};
    strbuf_addf(&b, "# Workshop results: ");
    md_cell(&b, a->title && a->title[0] ? a->title : a->scenario ? a->scenario : "", 200);
    strbuf_addf(&b, "\n\nScenario `%s`, %d participant%s.\n\n", a->scenario ? a->scenario : "", a->count,
                a->count == 1 ? "" : "s");
    md_scores(&b, a, chart_prefix);
    md_criteria(&b, a, chart_prefix);
    md_missed(&b, a, sc);
    md_questions(&b, a, sc);
    md_timelines(&b, a);
    return b.s;
}

static void svg_text(StrBuf *b, const char *s, size_t max)
{
    size_t n = 0;
    for (; *s && n < max; s++, n++) {
        switch (*s) {
        case '&': strbuf_addf(b, "&amp;"); break;
        case '<': strbuf_addf(b, "&lt;"); break;
        case '>': strbuf_addf(b, "&gt;"); break;
        case '"': strbuf_addf(b, "&quot;"); break;
        default: strbuf_addf(b, "%c", *s);
        }
    }
    if (*s) {
        while ((*s & 0xC0) == 0x80) strbuf_addf(b, "%c", *s++);
        strbuf_addf(b, "…");
    }
}

static void svg_open(StrBuf *b, int w, int h, const char *title)
{
    strbuf_addf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                   "font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\n<title>%s</title>\n"
                   "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", w, h, w, h, title, w, h);
}

char *aggregate_svg_scores(const Aggregate *a)
{
    enum { W = 560, H = 280, LEFT = 40, TOP = 48, PLOT_H = 180, BAR = 48 };
    StrBuf b = {0};
    svg_open(&b, W, H, "Score distribution");
    strbuf_addf(&b, "<text x=\"%d\" y=\"18\" font-weight=\"bold\">Participants by total score (%d)</text>\n", LEFT, a->count);
    int top = 1;
    for (int k = 0; k < AGG_SCORE_BINS; k++) if (a->score_bins[k] > top) top = a->score_bins[k];
    strbuf_addf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555555\"/>\n",
                LEFT, TOP + PLOT_H, LEFT + AGG_SCORE_BINS * BAR, TOP + PLOT_H);
    for (int k = 0; k < AGG_SCORE_BINS; k++) {
        int n = a->score_bins[k], h = n * PLOT_H / top, x = LEFT + k * BAR;
        if (n) strbuf_addf(&b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#3b6ea8\"/>\n"
                               "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
                           x + 4, TOP + PLOT_H - h, BAR - 8, h, x + BAR / 2, TOP + PLOT_H - h - 4, n);
        strbuf_addf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
                    x + BAR / 2, TOP + PLOT_H + 16, k * (100 / AGG_SCORE_BINS));
    }
    strbuf_addf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">score (bins of %d)</text>\n</svg>\n",
                LEFT + AGG_SCORE_BINS * BAR / 2, TOP + PLOT_H + 38, 100 / AGG_SCORE_BINS);
    return b.s;
}

char *aggregate_svg_criteria(const Aggregate *a)
{
    enum { W = 820, ROW = 24, TOP = 34, LABEL = 420, BAR_W = 320 };
    int h = TOP + a->criterion_count * ROW + 16;
    StrBuf b = {0};
    svg_open(&b, W, h, "Criteria met");
    strbuf_addf(&b, "<text x=\"8\" y=\"20\" font-weight=\"bold\">Share of participants who met each criterion</text>\n");
    for (int i = 0; i < a->criterion_count; i++) {
        const AggCriterion *c = &a->criteria[i];
        int n = c->met + c->partial + c->missed, y = TOP + i * ROW;
        double pct = share(c->met, n), part = share(c->partial, n);
        strbuf_addf(&b, "<text x=\"8\" y=\"%d\">", y + 15);
        svg_text(&b, c->title, 60);
        strbuf_addf(&b, "</text>\n<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#e4e4e4\"/>\n",
                    LABEL, y + 3, BAR_W);
        strbuf_addf(&b, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#2e8540\"/>\n",
                    LABEL, y + 3, pct * BAR_W / 100);
        if (c->partial)
            strbuf_addf(&b, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#d9a21b\"/>\n",
                        LABEL + pct * BAR_W / 100, y + 3, part * BAR_W / 100);
        strbuf_addf(&b, "<text x=\"%d\" y=\"%d\">%d of %d met</text>\n", LABEL + BAR_W + 8, y + 15, c->met, n);
    }
    strbuf_addf(&b, "</svg>\n");
    return b.s;
}
