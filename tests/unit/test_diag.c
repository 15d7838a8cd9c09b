/* test_diag.c: diagnostics are formatted, counted and ordered stably. */
#include "core/diag.h"
#include "testing.h"

int main(void)
{
    Diags d = {0};
    diags_add(&d, DIAG_WARNING, "time-order", "b.lua", 3, "late %d", 1);
    diags_add(&d, DIAG_ERROR, "unknown-field", "a.lua", 9, "first");
    diags_add(&d, DIAG_ERROR, "wrong-type", "a.lua", 2, "second");
    diags_add(&d, DIAG_ERROR, "bad-id", "a.lua", 9, "third");
    diags_add(&d, DIAG_ERROR, "no-scenario", NULL, 0, "none");
    CHECK_INT(d.errors, 4);
    CHECK_INT(d.warnings, 1);
    diags_sort(&d);
    char buf[256];
    diags_format(&d.items[0], buf, sizeof buf);
    CHECK_STR(buf, "error[no-scenario]: none");
    diags_format(&d.items[1], buf, sizeof buf);
    CHECK_STR(buf, "a.lua:2: error[wrong-type]: second");
    diags_format(&d.items[2], buf, sizeof buf);
    CHECK_STR(buf, "a.lua:9: error[unknown-field]: first");   /* same line: insertion order */
    diags_format(&d.items[3], buf, sizeof buf);
    CHECK_STR(buf, "a.lua:9: error[bad-id]: third");
    diags_format(&d.items[4], buf, sizeof buf);
    CHECK_STR(buf, "b.lua:3: warning[time-order]: late 1");
    Diag nofile_line = {DIAG_ERROR, "x", "f.lua", 0, "m", 0};
    diags_format(&nofile_line, buf, sizeof buf);
    CHECK_STR(buf, "f.lua: error[x]: m");
    diags_destroy(&d);
    CHECK_INT(d.count, 0);
    return testing_done("test_diag");
}
