/* screen_workspace.h: the frame the investigation happens in: navigation
 * between the sections, the scenario's title, the in-game clock and the
 * current phase, and the sections themselves. It returns actions for the
 * app to apply; it never changes the session. */
#ifndef DOJO_SCREEN_WORKSPACE_H
#define DOJO_SCREEN_WORKSPACE_H

#include "core/rubric.h"
#include "core/session.h"
#include "ui/screen_debrief.h"
#include "ui/screen_drill.h"
#include "ui/screen_guide.h"
#include "ui/screen_interviews.h"
#include "ui/screen_meeting.h"
#include "ui/screen_people.h"
#include "ui/screen_pin.h"
#include "ui/screen_report.h"
#include "ui/screen_search.h"
#include "ui/screen_sources.h"
#include "ui/screen_timeline.h"
#include "ui/screen_triage.h"
#include "ui/ui.h"

typedef enum {
    SECTION_TRIAGE, SECTION_SOURCES, SECTION_TIMELINE, SECTION_PEOPLE, SECTION_INTERVIEWS,
    SECTION_MEETING, SECTION_REPORT, SECTION_DEBRIEF, SECTION_COUNT
} Section;

/* The section's name in the navigation, and the phase it belongs to:
 * Investigate, Interview, Meet, Write or Debrief. */
const char *screen_workspace_section_name(Section s);
const char *screen_workspace_phase(Section s);

typedef enum { WORKSPACE_NONE, WORKSPACE_ACTION, WORKSPACE_HOME, WORKSPACE_EXPORT } WorkspaceIntentKind;
/* WORKSPACE_ACTION: action is the caller's to apply and clear. At most one
 * action a frame: a choice that takes two (open a source, then show an
 * item in it) sets up the second in the view and returns the first.
 * WORKSPACE_EXPORT: the Debrief asked to save the document of format. */
typedef struct WorkspaceIntent {
    WorkspaceIntentKind kind;
    Action action;
    DebriefExport format;
} WorkspaceIntent;

/* Zero it to start; screen_workspace_free releases what it built. */
typedef struct WorkspaceView {
    Section section;
    TriageView triage;
    SourcesView sources;
    TimelineView timeline;
    PeopleView people;
    InterviewsView interviews;
    MeetingView meeting;
    ReportView report;
    PinDialog pin;               /* P, a double click, or Edit on the Timeline */
    SearchView search;           /* Ctrl+F; its index is built once per scenario */
    DebriefView debrief;         /* keeps the score and the path until the session changes */
    GuideView guide;             /* a tutorial's guided tour, in the sidebar */
    DrillView drill;             /* the solo drill's hints, pause and time limit (top bar) */
    bool no_drill;               /* set by the caller: no drill controls (workshop mode) */
    /* Borrowed, set by the caller each frame: the log the session was
     * replayed from, for the Debrief's path (NULL: no path shown). */
    const ActionLog *log;
    /* a Debrief link's jump that waits for its section's next frame:
     * interviewee + 1 to show in Interviews, fact + 1 to scroll to on the
     * Timeline; 0: none */
    int jump_interviewee, jump_fact;
} WorkspaceView;

/* host runs the scenario's function conditions for the Debrief's score;
 * NULL counts them as not met. Ctrl+F opens Search from every section. */
WorkspaceIntent screen_workspace(Ui *ui, Rect area, const Session *s, const CondHost *host,
                                 WorkspaceView *v);
/* Where a session starts: the triage queue while the scenario has one and
 * nothing in it is decided, else the sources. */
Section screen_workspace_first_section(const Session *s);
/* The Report's first unsaved draft as an action (the caller's to apply
 * and clear); call it until it returns false before leaving the workspace
 * (Home, reload, quit), so nothing typed is lost. The workspace itself
 * flushes one a frame after the Report is left for another section. */
bool screen_workspace_flush(const Session *s, WorkspaceView *v, Action *out);
/* Forgets everything built from the scenario (after a reload). */
void screen_workspace_reset(WorkspaceView *v);
void screen_workspace_free(WorkspaceView *v);

#endif
