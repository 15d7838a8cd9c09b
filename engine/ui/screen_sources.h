/* screen_sources.h: the workspace's Sources section: every source with its
 * read state, and the chosen one's content. Opening an unread source costs
 * in-game time, so it is an explicit choice that returns an open action. */
#ifndef DOJO_SCREEN_SOURCES_H
#define DOJO_SCREEN_SOURCES_H

#include "core/session.h"
#include "core/util.h"
#include "ui/ui.h"
#include "ui/viewer.h"

/* The section's own state; zero it to start, free with screen_sources_free. */
typedef struct SourcesView {
    UiList list;
    bool started;
    int shown;                   /* the source drawn last frame: -1 none */
    ViewerChat *chat;            /* made on first use */
    UiScroll scroll;             /* the other viewers' */
    ViewerNav nav;               /* selection, reveal and pin requests in the shown source */
    Rect open_button;            /* last frame's, for hit tests */
} SourcesView;

/* Draws the section in r. Returns the source to open (its first opening:
 * the caller turns it into an open action), else -1. */
int screen_sources(Ui *ui, Rect r, const Session *s, SourcesView *v);
/* Forgets built content (after a reload: the scenario it borrowed from may be gone). */
void screen_sources_reset(SourcesView *v);
void screen_sources_free(SourcesView *v);

#endif
