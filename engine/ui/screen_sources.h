/* screen_sources.h: the workspace's Sources section: every source with its
 * read state, and the chosen one's content. Opening an unread source costs
 * in-game time, so it is an explicit choice that returns an open action;
 * asking to pin an item is returned too, for the workspace's pin dialog. */
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

/* What the user asked for this frame; -1 for nothing. */
typedef struct SourcesIntent {
    int open;                    /* a source to open (its first opening costs time) */
    int pin;                     /* an item of an open source to pin or edit */
} SourcesIntent;

/* Draws the section in r. Keys (when no text field has focus): J / K
 * select the next / previous item of the shown source, P or Enter asks to
 * pin the selected one; a viewer's double click or Pin button does too. */
SourcesIntent screen_sources(Ui *ui, Rect r, const Session *s, SourcesView *v);
/* Shows source in the section with item (-1: none) selected and scrolled
 * into view once the source is drawn open; found also tints it as a search
 * result. The found tint of another source is dropped. */
void screen_sources_show(SourcesView *v, const Session *s, int source, int item, bool found);
/* "Chat", "Pull request", ...: a source kind as the list names it. */
const char *screen_sources_kind_name(SourceKind k);
/* Forgets built content (after a reload: the scenario it borrowed from may be gone). */
void screen_sources_reset(SourcesView *v);
void screen_sources_free(SourcesView *v);

#endif
