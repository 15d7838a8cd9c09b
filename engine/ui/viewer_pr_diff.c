/* viewer_pr_diff.c: a diff hunk split into numbered lines, and the tints
 * behind removed and added lines, for the pull request viewer. */
#include <stdlib.h>
#include <string.h>
#include "screen_common.h"
#include "viewer.h"

static int hunk_header_num(const char *p, char sign)
{
    const char *at = strchr(p, sign);
    return at && at[1] >= '0' && at[1] <= '9' ? atoi(at + 1) : -1;
}

int viewer_diff_lines(const char *hunk, int old_start, int new_start, ViewerDiffLine *out, int max)
{
    int n = 0, o = old_start, w = new_start;
    for (const char *p = hunk ? hunk : ""; *p;) {
        const char *e = strchr(p, '\n');
        int len = e ? (int)(e - p) : (int)strlen(p);
        if (len && p[len - 1] == '\r') len--;
        /* the next file's headers end this hunk if the loader left them in */
        if (n && (strncmp(p, "diff ", 5) == 0 || strncmp(p, "--- ", 4) == 0)) break;
        ViewerDiffLine l = {p, len, p[0] ? p[0] : ' ', 0, 0};
        if (l.kind == '@') {
            int a = hunk_header_num(p, '-'), b = hunk_header_num(p, '+');
            o = a >= 0 ? a : o, w = b >= 0 ? b : w;
        } else if (l.kind == '-') l.old_no = o++;
        else if (l.kind == '+') l.new_no = w++;
        else if (l.kind != '\\') l.kind = ' ', l.old_no = o++, l.new_no = w++;
        if (n < max) out[n] = l;
        n++;
        p = e ? e + 1 : p + len;
    }
    return n;
}

Color viewer_diff_tint(const Theme *t, bool added)
{
    /* dark panels need a stronger tint for the colour to read at all */
    int lum = (t->panel.r * 3 + t->panel.g * 6 + t->panel.b) / 10;
    return screen_mix(t->panel, added ? t->success : t->danger, lum > 128 ? 0.16f : 0.30f);
}
