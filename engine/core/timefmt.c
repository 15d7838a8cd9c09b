/* timefmt.c: ISO 8601 timestamps to and from seconds since the epoch,
 * with no dependency on the machine's time zone or locale. */
#include <stdio.h>
#include <string.h>
#include "timefmt.h"

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_date(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void date_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

/* Reads exactly n digits. */
static bool read_digits(const char **s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*s)[i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    *s += n;
    *out = v;
    return true;
}

bool time_parse_offset(const char *s, int *minutes)
{
    if (strcmp(s, "Z") == 0) { *minutes = 0; return true; }
    int hh, mm, sign = s[0] == '+' ? 1 : s[0] == '-' ? -1 : 0;
    const char *p = s + 1;
    if (!sign || !read_digits(&p, 2, &hh) || *p++ != ':' || !read_digits(&p, 2, &mm) || *p)
        return false;
    if (hh > 14 || mm > 59) return false;
    *minutes = sign * (hh * 60 + mm);
    return true;
}

static bool parse_clock(const char **p, int *h, int *mi, int *sec)
{
    *sec = 0;
    if (!read_digits(p, 2, h) || *(*p)++ != ':' || !read_digits(p, 2, mi)) return false;
    if (**p == ':' && (++*p, !read_digits(p, 2, sec))) return false;
    return *h < 24 && *mi < 60 && *sec < 60;
}

bool time_parse(const char *s, DojoTime base, int default_offset_min, DojoTime *out,
                const char **why)
{
    const char *p = s;
    int y, mo, d, h, mi, sec, offset = default_offset_min;
    *why = "expected \"YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]\" or \"HH:MM[:SS]\"";
    if (s[0] && s[1] && s[2] == ':') {
        if (base == DOJO_TIME_NONE) {
            *why = "a time without a date needs the scenario's start to be set first";
            return false;
        }
        DojoTime local = base + (DojoTime)default_offset_min * 60;
        DojoTime days = local / 86400 - (local % 86400 < 0);
        date_from_days(days, &y, &mo, &d);
    } else {
        if (!read_digits(&p, 4, &y) || *p++ != '-' || !read_digits(&p, 2, &mo) ||
            *p++ != '-' || !read_digits(&p, 2, &d) || (*p != 'T' && *p != ' '))
            return false;
        p++;
        if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo)) {
            *why = "no such date";
            return false;
        }
    }
    if (!parse_clock(&p, &h, &mi, &sec)) return false;
    if (*p && !time_parse_offset(p, &offset)) {
        *why = "bad time zone offset: use Z, +HH:MM or -HH:MM";
        return false;
    }
    *out = days_from_date(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - (DojoTime)offset * 60;
    return true;
}

static void split(DojoTime t, int offset_min, int *y, int *mo, int *d, int *h, int *mi)
{
    DojoTime local = t + (DojoTime)offset_min * 60;
    DojoTime days = local / 86400, rem = local % 86400;
    if (rem < 0) { rem += 86400; days--; }
    date_from_days(days, y, mo, d);
    *h = (int)(rem / 3600);
    *mi = (int)(rem % 3600 / 60);
}

void time_format(DojoTime t, int offset_min, char *buf, int size)
{
    int y, mo, d, h, mi;
    split(t, offset_min, &y, &mo, &d, &h, &mi);
    snprintf(buf, (size_t)size, "%04d-%02d-%02d %02d:%02d", y, mo, d, h, mi);
}

void time_format_hm(DojoTime t, int offset_min, char *buf, int size)
{
    int y, mo, d, h, mi;
    split(t, offset_min, &y, &mo, &d, &h, &mi);
    snprintf(buf, (size_t)size, "%02d:%02d", h, mi);
}
