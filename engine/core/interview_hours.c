/* interview_hours.c: whether a person can be interviewed at a minute of
 * the in-game clock: their availability window and their working hours,
 * read in their own time zone (interview.h). */
#include "gameclock.h"
#include "interview.h"

#define DAY_MINUTES 1440
#define WEEK_MINUTES (7 * DAY_MINUTES)

int interview_local_minute(const Scenario *sc, int iv, int minute)
{
    const Person *p = &sc->people[sc->interviewees[iv].person];
    int m = GAMECLOCK_START_MINUTE + minute + (p->utc_offset - sc->meta.utc_offset);
    return ((m % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/* A night shift ("22:00-06:00") wraps past midnight; no hours (-1, or a
 * zeroed struct's 0-0) is any time. */
static bool interview_at_work(const Interviewee *v, int local)
{
    if (v->hours_from < 0 || v->hours_from == v->hours_to) return true;
    if (v->hours_from < v->hours_to) return local >= v->hours_from && local < v->hours_to;
    return local >= v->hours_from || local < v->hours_to;
}

bool interview_available_at(const Scenario *sc, int iv, int minute)
{
    const Interviewee *v = &sc->interviewees[iv];
    if (v->available_from >= 0 && minute < v->available_from) return false;
    if (v->available_until >= 0 && minute >= v->available_until) return false;
    return interview_at_work(v, interview_local_minute(sc, iv, minute));
}

int interview_next_available(const Scenario *sc, int iv, int minute)
{
    const Interviewee *v = &sc->interviewees[iv];
    int m = minute < 0 ? 0 : minute;
    if (v->available_from > m) m = v->available_from;
    for (int end = m + WEEK_MINUTES; m <= end; m++) {
        if (v->available_until >= 0 && m >= v->available_until) return -1;
        if (interview_at_work(v, interview_local_minute(sc, iv, m))) return m;
    }
    return -1;
}

static bool interview_parse_hm(const char *s, int *minutes)
{
    for (int i = 0; i < 5; i++)
        if (i == 2 ? s[i] != ':' : (s[i] < '0' || s[i] > '9')) return false;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return false;
    *minutes = h * 60 + m;
    return true;
}

bool interview_parse_hours(const char *s, int *from, int *to)
{
    if (!s || !interview_parse_hm(s, from) || s[5] != '-' || !interview_parse_hm(s + 6, to) || s[11]) return false;
    if (*to == DAY_MINUTES) *to = 0;
    return *from != *to;
}
