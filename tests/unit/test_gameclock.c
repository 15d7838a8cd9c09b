/* test_gameclock.c: the in-game clock's text. */
#include "core/gameclock.h"
#include "testing.h"

static const char *fmt(int m)
{
    static char buf[32];
    gameclock_format(m, buf, sizeof buf);
    return buf;
}

static const char *span(int m)
{
    static char buf[32];
    gameclock_format_span(m, buf, sizeof buf);
    return buf;
}

int main(void)
{
    CHECK_STR(fmt(0), "Day 1, 09:00");
    CHECK_STR(fmt(30), "Day 1, 09:30");
    CHECK_STR(fmt(14 * 60 + 59), "Day 1, 23:59");
    CHECK_STR(fmt(15 * 60), "Day 2, 00:00");
    CHECK_STR(fmt(15 * 60 + 1440 * 2 + 61), "Day 4, 01:01");
    CHECK_STR(fmt(-5), "Day 1, 09:00");
    CHECK_STR(fmt(2147483647), "Day 1491309, 11:07");   /* no overflow at the top */
    CHECK_STR(span(0), "0 min");
    CHECK_STR(span(45), "45 min");
    CHECK_STR(span(65), "1 h 05 min");
    return testing_done("test_gameclock");
}
