-- A new scenario, written by `incident-dojo new` from its template.
--
-- It is a small but whole incident: a search cluster's disk filled up after
-- a log-retention change. Every part of a scenario is here once (sources,
-- people, interviews, the review meeting, the model analysis and a rubric
-- with a criterion in every category), so you can change it piece by piece
-- into your own story and keep it passing:
--
--     incident-dojo check --strict --coverage new-scenario
--     incident-dojo play new-scenario --actions new-scenario/expert.json
--
-- expert.json is the log of a careful investigator; it scores 100. Change it
-- with the rubric. scenarios/README.md explains every constructor and field,
-- and a .luarc.json (beside this file, or in scenarios/) gives your editor
-- completion for them.

scenario {
    id = "new-scenario",  -- stable: saves and results name it
    title = "New scenario: the full disk",
    summary = "Search returns errors for forty minutes when the index disk fills up. Support notices first.",
    difficulty = "easy",
    minutes = 15,                        -- about how long a play takes
    format = 1,
    company = "Example Co",
    timezone = "+00:00",                 -- "HH:MM" times below are in this zone
    started = "2026-06-09T10:05:00",
    ended = "2026-06-09T10:45:00",
    from = "2026-06-01T00:00:00",        -- the sources reach back to the change
    objectives = {
        "Find how the problem was detected, and the change that set it up",
        "Learn from the on-call engineer what they could and could not see",
        "Keep the review meeting about conditions, not people",
    },
    briefing = [[
        Search on the storefront returned errors for forty minutes on a
        Tuesday morning. The team fixed it quickly; nobody is sure why it
        happened now.

        Read what the responders saw, talk to them, run the review and
        write what the team should learn.
    ]],
}

-- The organisation: teams, services and people. They feed the metrics
-- (teams involved, who was on call), so fill them in honestly.
team { id = "search", name = "Search team", kind = "engineering", size = 4 }
team { id = "platform", name = "Platform", kind = "engineering", size = 6, worked_with = { "search" } }
team { id = "support", name = "Support", kind = "support", size = 8 }
service { id = "search-api", name = "search-api", team = "search" }

person { id = "ana", name = "Ana Silva", role = "Search engineer", team = "search", on_call = true,
         timezone = "+00:00" }
person { id = "raj", name = "Raj Mehta", role = "Search engineer", team = "search",
         notes = "Wrote the retention change the week before." }
person { id = "lee", name = "Lee Park", role = "Storage engineer", team = "platform",
         notes = "Not on call; knows how the index nodes' disks are sized." }
person { id = "sam", name = "Sam Okafor", role = "Support agent", team = "support" }

-- Sources: what the participant reads. Every item has an id, so the rubric
-- can name it and the participant can pin it.
chat {
    id = "chat.inc",
    title = "#inc-search",
    msg { id = "m.sam-report", at = "10:07", who = "sam",
          text = "Customers say search shows 'something went wrong'. Three tickets in five minutes." },
    msg { id = "m.ana-looking", at = "10:12", who = "ana",
          text = "Paged too. search-api is refusing writes: 'no space left on device' on index-2.",
          replies = {
              msg { id = "r.lee", at = "10:19", who = "lee",
                    text = "Index disks are sized for three days of logs. Did retention change?" },
          } },
    msg { id = "m.ana-fixed", at = "10:41", who = "ana",
          text = "Reverted the retention change and cleared old logs. Search is back." },
}

alerts {
    id = "alerts",
    title = "Alerts",
    fired { id = "a.fired", at = "10:10", alert = "SearchErrorRate", service = "search-api",
            severity = "critical" },
    paged { id = "a.paged", at = "10:10", who = "ana" },
    acked { id = "a.acked", at = "10:11", who = "ana" },
    resolved { id = "a.resolved", at = "10:45" },
}

pr {
    id = "pr.12",
    title = "PR #12: Keep search logs for 30 days",
    number = 12,
    author = "raj",
    reviewers = { "ana" },
    opened = "2026-06-01T15:00",
    merged = "2026-06-02T09:30",
    diff = [[
        diff --git a/search/logging.yaml b/search/logging.yaml
        --- a/search/logging.yaml
        +++ b/search/logging.yaml
        @@ -1,3 +1,3 @@
         path: /var/lib/search/logs
        -retention_days: 3
        +retention_days: 30
         rotate: daily
    ]],
    review { id = "rv.12", at = "2026-06-01T16:10", who = "ana", verdict = "approve",
             text = "Useful for debugging relevance. Approved." },
}

-- Interviews: who can be asked, what they know (facts) and how much they
-- say, by candor. A guarded answer at candor 0 is what a blaming
-- investigator gets.
interviewee { who = "ana", disposition = "calm",
              intro = "Ana has the incident channel open on her second screen." }
fact { id = "f.disk-alert", who = "ana", at = "10:12",
       text = "The disk-space warning goes to a Platform channel the Search team does not follow." }
question { id = "q.ana-notice", who = "ana", kind = "cue",
           text = "What did you notice first, and where?",
           answer { candor = 50, reveals = { "f.disk-alert" },
                    text = "The error rate page. Later I found the disk warning had fired an hour before, in a Platform channel we don't follow." },
           answer { text = "The page for the error rate." } }
question { id = "q.ana-blame", who = "ana", kind = "blaming",
           text = "Who approved a change that filled the disk?",
           answer { text = "I approved it. It looked like a log setting." } }

-- The review meeting: attendees with traits, an agenda of beats, what
-- happens in it (events) and what someone brings out only when invited
-- (insights).
meeting { title = "Search errors review", minutes = 30,
    attendee { who = "ana", trait = "dominant" },
    attendee { who = "raj", trait = "defensive" },
    attendee { who = "lee", trait = "quiet_expert" },
    beat { id = "b.open", kind = "opening", title = "Why we are here", minutes = 5 },
    beat { id = "b.timeline", kind = "timeline", title = "Walk the timeline", minutes = 15 },
    beat { id = "b.close", kind = "close", title = "What we take away", minutes = 10 } }
meeting_event { id = "ev.blame", who = "ana", kind = "blame", target = "raj", beat = "b.timeline",
                text = "Raj should have checked the disk size before changing retention." }
insight { id = "in.sizing", who = "lee", needs = "invite", openness = 40,
          text = "Disk sizes are set from retention at provisioning time; nothing re-checks them when retention changes." }

-- The model analysis: what an experienced reviewer would write. Not
-- scored; the Debrief shows it beside the participant's report.
analysis {
    summary = [[From 10:05 to 10:45 search returned errors because an index node's disk filled up. A week-old change kept logs for 30 days on disks sized for three.]],
    surprises = [[A logging setting could take search down: disk size depended on it, and nothing said so.]],
    timeline = { "pr.12/h1", "m.sam-report", "a.fired", "f.disk-alert", "m.ana-fixed" },
    model_factor { text = "Log retention went from 3 to 30 days on disks sized for 3.", evidence = { "pr.12/h1" } },
    model_factor { text = "The disk-space warning went to a channel the Search team does not follow.",
                   evidence = { "f.disk-alert" } },
}

-- The rubric: one thing a good analysis does per criterion, with points
-- and feedback. Conditions are data, so `check --coverage` can prove
-- every criterion can be met.
criterion {
    id = "c.detect", title = "Mark how the problem was detected", category = "investigation",
    points = 2, when = marked("m.sam-report", "detection"),
    met = "Support saw it three minutes before the alert fired.",
    missed = "Mark Sam's message as detection: how an incident is noticed shapes the whole response.",
}
criterion {
    id = "c.trigger", title = "Find the change and say what it did", category = "investigation",
    points = 2, when = all { noted "pr.12/h1", opened "alerts" },
    met = "The retention change multiplied what the disk had to hold.",
    missed = "Open PR #12 and pin its hunk with a note on what changed.",
}
criterion {
    id = "c.interview", title = "Learn what the on-call engineer could see", category = "interviews",
    points = 2, when = all { learned "f.disk-alert", none { asked "q.ana-blame" } },
    met = "An open question brought out the warning nobody on Search could see.",
    missed = "Ask Ana open questions about what she noticed; a blaming question closes her up.",
}
criterion {
    id = "c.redirect", title = "Turn blame into conditions", category = "facilitation",
    points = 2, when = redirected "ev.blame",
    met = "You turned Ana's blame of Raj into a question about conditions.",
    missed = "When someone is blamed in the meeting, redirect it: what made the change look safe?",
}
criterion {
    id = "c.expert", title = "Bring out the quiet expert", category = "facilitation",
    points = 2, when = surfaced "in.sizing",
    met = "Lee explained how disk sizes are set.",
    missed = "Invite Lee to speak: the person who knows most is not always the loudest.",
}
criterion {
    id = "c.factors", title = "Name factors that rest on evidence", category = "analysis",
    points = 3, partial = true,
    when = all { factor { words = { "retention" }, evidence = { "pr.12/h1" } },
                 factor { words = { "warning", "alert" }, evidence = { "f.disk-alert" } } },
    met = "Your factors name the retention change and the unseen warning, each on its evidence.",
    missed = "Write a factor per condition (the retention change, the warning nobody saw) and link each to its evidence.",
}
criterion {
    id = "c.actions", title = "Action items that change conditions", category = "action_items",
    points = 1, when = mentions("action_items", "warning*", "alert*", "disk size*"),
    met = "Your action items change where warnings go or how disks are sized.",
    missed = "After soak time, write action items that change conditions: where the warning goes, how disks are sized.",
}
