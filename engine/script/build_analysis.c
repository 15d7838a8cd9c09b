/* build_analysis.c: the model analysis (the text an experienced reviewer
 * would write for each report field, the factors with their evidence, and
 * the key evidence in story order) and a tutorial's guided tour. */
#include "build_internal.h"

void build_analysis(Build *b, const Node *n)
{
    Analysis *an = &b->sc->analysis;
    if (an->given) {
        ERR(b, n, "duplicate-id", "analysis{} is called again; the first call is at line %d", an->loc.line);
        return;
    }
    an->given = true;
    an->loc = build_loc(n);
    for (int f = 0; f < REPORT_FIELD_COUNT; f++)
        if (f != REPORT_FACTORS && f != REPORT_CALIBRATION)
            an->text[f] = build_str(b, n, report_field_name((ReportField)f));
    an->timeline = build_evidence(b, n, "timeline", build_strs(b, n, "timeline"), true, &an->timeline_count);
    an->factors = arena_alloc(&b->sc->arena, sizeof *an->factors * (size_t)(n->child_count + 1));
    for (int i = 0; i < n->child_count; i++) {
        const Node *c = &b->ld->nodes[n->children[i]];
        ModelFactor *mf = &an->factors[an->factor_count++];
        mf->text = build_str(b, c, "text");
        mf->loc = build_loc(c);
        mf->evidence = build_evidence(b, c, "evidence", build_strs(b, c, "evidence"), true, &mf->evidence_count);
    }
    if (!an->factor_count)
        WARN(b, n, "missing-field", "analysis{} has no model_factor{}: the debrief has no factors to compare with");
}

void build_guide_step(Build *b, const Node *n, GuideStep *g)
{
    g->title = build_str(b, n, "title");
    g->text = build_str(b, n, "text");
    const char *section = build_str(b, n, "section");
    if (section) model_guide_section_parse(section, &g->section);
    g->cond = build_data_cond(b, n, "done", "guide_step", g->id);
    g->minutes = build_int(b, n, "minutes", 1);
    if (g->minutes < 0 || g->minutes > 120)
        ERR(b, n, "bad-value", "guide_step minutes must be from 0 to 120, not %d", g->minutes);
}
