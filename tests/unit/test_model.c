/* test_model.c: ids, entity lookup, enumeration names and reading length. */
#include "core/model.h"
#include "testing.h"

int main(void)
{
    Scenario *sc = scenario_create();
    CHECK(sc->meta.start == DOJO_TIME_NONE);
    CHECK(scenario_add_id(sc, "ana", ENT_PERSON, 0));
    CHECK(scenario_add_id(sc, "chat", ENT_SOURCE, 0));
    CHECK(!scenario_add_id(sc, "ana", ENT_TEAM, 0));          /* ids are global */
    CHECK_INT(scenario_find(sc, "ana", ENT_PERSON), 0);
    CHECK_INT(scenario_find(sc, "ana", ENT_SOURCE), -1);
    CHECK_INT(scenario_find(sc, "bob", ENT_PERSON), -1);
    CHECK(scenario_lookup(sc, "chat")->type == ENT_SOURCE);
    CHECK(scenario_lookup(sc, NULL) == NULL);

    Marker m;
    CHECK(model_marker_parse("key_moment", &m) && m == MARKER_KEY_MOMENT);
    CHECK(!model_marker_parse("", &m));
    CHECK(!model_marker_parse("Detection", &m));
    for (int i = 1; i < MARKER_COUNT; i++) {
        CHECK(model_marker_parse(model_marker_name((Marker)i), &m));
        CHECK_INT(m, i);
    }
    Category c;
    for (int i = 0; i < CATEGORY_COUNT; i++) {
        CHECK(model_category_parse(model_category_name((Category)i), &c));
        CHECK_INT(c, i);
    }
    CHECK(!model_category_parse("nope", &c));
    CHECK_STR(model_source_kind_name(SOURCE_PR), "pr");
    CHECK_STR(model_item_kind_name(ITEM_HUNK), "hunk");
    CHECK_STR(model_item_kind_name((ItemKind)99), "?");

    sc->sources = arena_alloc(&sc->arena, sizeof *sc->sources);
    sc->items = arena_alloc(&sc->arena, 2 * sizeof *sc->items);
    sc->source_count = 1;
    sc->item_count = 2;
    sc->sources[0] = (Source){.id = "chat", .title = "#inc", .first_item = 0, .item_count = 2};
    sc->items[0] = (Item){.id = "m1", .text = "hello"};
    sc->items[1] = (Item){.id = "m2", .text = "world!", .title = "x"};
    CHECK_INT(model_source_text_length(sc, 0), 4 + 5 + 6 + 1);
    scenario_destroy(sc);
    return testing_done("test_model");
}
