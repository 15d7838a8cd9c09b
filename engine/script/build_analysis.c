/* build_analysis.c: the model analysis: the text an experienced reviewer
 * would write for each report field, the factors with their evidence, and
 * the key evidence in story order. */
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
