/* graph.h: a scenario as a Graphviz (DOT) graph for its author: the
 * evidence, facts and questions its rubric rests on, and what no play can
 * reach (coverage.h), marked. `incident-dojo graph` prints it. */
#ifndef DOJO_GRAPH_H
#define DOJO_GRAPH_H

#include "model.h"

/* The graph, left to right, in four clusters:
 *   Evidence   sources and items some condition names (a question's `when`
 *              or a criterion's); items nothing names are left out;
 *   Facts      every fact;  Questions  every question;  Criteria  every
 *              criterion, with its category and points.
 * Edges: what a question's condition names -> the question; a question ->
 * each fact its answers reveal (labelled with the candor the first such
 * answer needs, when above 0); what a criterion's condition names (as
 * rubric_evidence) -> the criterion.
 * Marks: a node coverage says no play can reach is red and dashed, with
 * "(unreachable)" in its label and "unreachable: why" as its tooltip; an
 * edge from such a node, or into a fact no reachable answer reveals, is
 * red and dashed too. A criterion that rests on a Lua function is dotted
 * with "(Lua function)" in its label. The same scenario gives the same
 * bytes. Returns a malloc'd string; the caller frees it. */
char *graph_write_dot(const Scenario *sc);

#endif
