/* test_timefmt.c: parsing and formatting scenario timestamps. */
#include "core/timefmt.h"
#include "testing.h"

static DojoTime parse(const char *s, DojoTime base, int offset)
{
    DojoTime t;
    const char *why;
    return time_parse(s, base, offset, &t, &why) ? t : -1;
}

int main(void)
{
    CHECK_INT(parse("1970-01-01T00:00:00Z", DOJO_TIME_NONE, 0), 0);
    CHECK_INT(parse("2026-03-14T09:12:00Z", DOJO_TIME_NONE, 0), 1773479520);
    CHECK_INT(parse("2026-03-14 09:12", DOJO_TIME_NONE, 0), 1773479520);
    CHECK_INT(parse("2026-03-14T10:12:00+01:00", DOJO_TIME_NONE, 0), 1773479520);
    CHECK_INT(parse("2026-03-14T04:12:00-05:00", DOJO_TIME_NONE, 0), 1773479520);
    CHECK_INT(parse("2026-03-14T10:12", DOJO_TIME_NONE, 60), 1773479520);   /* default offset */
    CHECK_INT(parse("2024-02-29T00:00:00Z", DOJO_TIME_NONE, 0), 1709164800); /* leap day */
    CHECK_INT(parse("1969-12-31T23:58:00Z", DOJO_TIME_NONE, 0), -120);        /* before the epoch */
    DojoTime base = 1773478800;   /* 2026-03-14T09:00:00Z */
    CHECK_INT(parse("09:12", base, 0), 1773479520);
    CHECK_INT(parse("09:12:30", base, 0), 1773479550);
    CHECK_INT(parse("18:12", base, 540), 1773479520);   /* 18:12 in +09:00 */
    CHECK_INT(parse("00:30", base, 540), 1773415800);   /* the +09:00 day began at 15:00Z the day before */
    /* refusals */
    CHECK_INT(parse("2026-02-29T00:00:00Z", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("2026-13-01T00:00:00Z", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("2026-03-14T24:00:00Z", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("2026-03-14T09:60", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("09:12", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("9:12", base, 0), -1);
    CHECK_INT(parse("2026-03-14T09:12:00+1", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("2026-03-14T09:12:00Zjunk", DOJO_TIME_NONE, 0), -1);
    CHECK_INT(parse("", base, 0), -1);
    DojoTime t;
    const char *why = NULL;
    CHECK(!time_parse("2026-02-30T00:00", DOJO_TIME_NONE, 0, &t, &why));
    CHECK_STR(why, "no such date");

    int off;
    CHECK(time_parse_offset("Z", &off) && off == 0);
    CHECK(time_parse_offset("+09:00", &off) && off == 540);
    CHECK(time_parse_offset("-05:30", &off) && off == -330);
    CHECK(!time_parse_offset("+9", &off));
    CHECK(!time_parse_offset("+15:00", &off));

    char buf[32];
    time_format(1773479520, 0, buf, sizeof buf);
    CHECK_STR(buf, "2026-03-14 09:12");
    time_format(1773479520, 540, buf, sizeof buf);
    CHECK_STR(buf, "2026-03-14 18:12");
    time_format(-60, 0, buf, sizeof buf);
    CHECK_STR(buf, "1969-12-31 23:59");
    time_format_hm(1773479520, -300, buf, sizeof buf);
    CHECK_STR(buf, "04:12");
    return testing_done("test_timefmt");
}
