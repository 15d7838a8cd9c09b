/* gameclock.c: formatting the in-game clock. */
#include <stdio.h>
#include "gameclock.h"

void gameclock_format(int minutes, char *buf, size_t size)
{
    long long t = (long long)(minutes > 0 ? minutes : 0) + GAMECLOCK_START_MINUTE;
    snprintf(buf, size, "Day %lld, %02lld:%02lld", t / 1440 + 1, t % 1440 / 60, t % 60);
}

void gameclock_format_span(int minutes, char *buf, size_t size)
{
    if (minutes < 0) minutes = 0;
    if (minutes < 60) snprintf(buf, size, "%d min", minutes);
    else snprintf(buf, size, "%d h %02d min", minutes / 60, minutes % 60);
}
