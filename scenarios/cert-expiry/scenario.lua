-- Cert expiry: a wildcard TLS certificate expires during the quarterly
-- earnings call. "Just a cert", and it had happened before (2023, and a
-- sandbox near miss ten days earlier). Nine teams, some of which had never
-- worked together; the diagnosis comes from someone on another team who was
-- not on call; the incident channel has more watchers than responders.
--
-- The files: this one holds the metadata, the organisation, the triage
-- queue, the rubric and the model analysis; chat.lua the six channels;
-- sources.lua the calls, pull requests, tickets, alerts, dashboards,
-- schedules and documents; interviews.lua the interviews and the review
-- meeting. The four diffs are read by sources.lua.
-- Times are New York time (-04:00 in May).

scenario {
    id = "cert-expiry",
    title = "The wildcard that expired during the earnings call",
    summary = "Larkspur Pay's hosted payment page and API stop accepting connections at 16:14, sixteen minutes before the quarterly earnings call. The dashboards the responders are told to trust stay green, an analyst asks about it live, and the diagnosis comes from an engineer on another team who is not on call. A rich scenario for triage, interviews, facilitation and a report that looks past \"just a cert\".",
    difficulty = "hard",
    minutes = 60,
    format = 1,
    company = "Larkspur Pay",
    timezone = "-04:00",
    started = "2026-05-07T16:14:00",
    ended = "2026-05-07T17:22:00",
    from = "2023-06-01T00:00:00",   -- the 2023 postmortem and PR #1188 are evidence too
    tags = { "tls", "certificate", "recurring", "earnings call", "communications", "not on call", "hard" },
    objectives = {
        "Triage the queue: which incidents deserve a full review, and which signals say so",
        "Read across channels, calls, pull requests, tickets and dashboards; notice what each person could see at the time",
        "Find what was green while merchants could not pay, and why",
        "Interview the people at the key moments, including those who were not on call and those outside engineering, with open questions",
        "Facilitate a review with a dominant voice, a quiet expert, two people braced for blame and someone who wants action items now",
        "Write a blameless report with several contributing factors, each resting on evidence, and themes that connect this incident to earlier ones",
        "Let the action items soak for a day, then write ones that change conditions",
    },
    briefing = [[
        You were not involved in this incident, which is why you were asked to investigate it.

        On Thursday 7 May, Larkspur Pay held its Q1 earnings call at 16:30 New York time. From 16:14 until about 17:16 most merchants could not take payments on the hosted payment page, and their servers could not reach the API. Merchants called Support, an analyst asked about it on the call, and one large merchant moved its traffic to a backup processor for the evening. The leadership team's first summary is "an expired certificate".

        Start with the triage queue: decide which of the recent incidents deserve a full review, and name the signals that tell you so.

        Then investigate. The sources on the left come from many teams: six chat channels, the incident bridge and the earnings call, four pull requests, tickets, alerts, dashboards, the on-call schedule, the calendar, a runbook, policies and an old postmortem. Reading takes in-game time.

        Pin what matters. Mark detection, diagnosis and repair, and use key_moment for other turning points. Write notes on what each person could see and know at that moment. Tags group evidence: try "factor", "knowledge" and "not-on-call".

        Some people are only available at certain times. Choose whom to interview and ask open questions; send a calibration note before the review meeting; facilitate the meeting; write the report. Action items unlock a day after the meeting.
    ]],
}

include("chat.lua")
include("sources.lua")
include("interviews.lua")

-- ---- the organisation -------------------------------------------------------
-- worked_with is read both ways. Platform had never worked with Support,
-- Communications or IR; Payments had never worked with Communications or IR.

team { id = "platform", name = "Platform", kind = "engineering", size = 7,
       worked_with = { "payments", "data", "security", "leadership" } }
team { id = "payments", name = "Payments", kind = "engineering", size = 9,
       worked_with = { "platform", "support", "security", "leadership", "data", "sales" } }
team { id = "support", name = "Merchant Support", kind = "support", size = 14,
       worked_with = { "payments", "comms", "sales", "leadership" } }
team { id = "comms", name = "Communications", kind = "communications", size = 3,
       worked_with = { "support", "ir", "leadership" } }
team { id = "ir", name = "Investor Relations", kind = "finance", size = 2,
       worked_with = { "comms", "leadership" } }
team { id = "data", name = "Data Engineering", kind = "engineering", size = 5,
       worked_with = { "platform", "payments", "security" } }
team { id = "security", name = "Security", kind = "engineering", size = 4,
       worked_with = { "platform", "payments", "data" } }
team { id = "leadership", name = "Leadership", kind = "leadership", size = 6,
       worked_with = { "platform", "payments", "support", "comms", "ir", "data", "security", "sales" } }
team { id = "sales", name = "Sales and Account Management", kind = "sales", size = 10,
       worked_with = { "support", "leadership", "payments" } }

service { id = "edge", name = "edge load balancer", team = "platform",
          talks_to = { "hosted-checkout", "payments-api" } }
service { id = "hosted-checkout", name = "hosted payment page", team = "payments",
          talks_to = { "payments-api" } }
service { id = "payments-api", name = "payments-api", team = "payments" }
service { id = "cert-renewer", name = "cert-renewer CronJob", team = "platform", new = true,
          talks_to = { "edge" } }

-- Platform
person { id = "tobi", name = "Tobi Adeyemi", role = "Site reliability engineer", team = "platform",
         on_call = true,
         notes = "Platform primary on call that week. Joined Platform in February from a smaller company; repaired the certificate with a break-glass DNS-01 issue." }
person { id = "sasha", name = "Sasha Brandt", role = "Engineering manager, Platform", team = "platform",
         on_call = true,
         notes = "Platform secondary. Reviewed #1188 in 2023 and #2207 in March; moved PLAT-1432 to the backlog during the Postgres migration." }
person { id = "rafael", name = "Rafael Ortiz", role = "Senior engineer", team = "platform",
         notes = "Wrote #2207 under the SEC-77 audit deadline. Moved to the DB migration squad on 1 April. Not on call; flies to KubeCon the day after." }
person { id = "kenji", name = "Kenji Mori", role = "Software engineer", team = "platform",
         notes = "Renewed the sandbox wildcard by hand on 27 April and commented on PLAT-1432. Lurked in the incident channel without posting." }
person { id = "priyanka", name = "Priyanka Rao", role = "Software engineer", team = "platform",
         notes = "Moved to the DB squad with Rafael. Lurker." }
-- Payments
person { id = "maya", name = "Maya Lindqvist", role = "Software engineer", team = "payments",
         on_call = true, timezone = "-04:00",
         notes = "Payments primary on call, her first primary week, four months at Larkspur. Paged by the volume alert; declared the incident." }
person { id = "dev", name = "Devraj Patel", role = "Engineering manager, Payments", team = "payments",
         on_call = true,
         notes = "Payments secondary and incident commander. Translated between engineering and Comms." }
person { id = "lucia", name = "Lucía Gómez", role = "Software engineer", team = "payments", notes = "Lurker in the incident channel." }
person { id = "oskar", name = "Oskar Nilsson", role = "Software engineer", team = "payments",
         notes = "Payments primary the week before; handled the late refund batch." }
person { id = "noah", name = "Noah Whitaker", role = "Product manager, hosted checkout", team = "payments", notes = "Lurker." }
person { id = "sam", name = "Sam Okafor", role = "Frontend engineer", team = "payments",
         notes = "Reported the sandbox expiry (PLAT-1447). Lurker." }
-- Merchant Support
person { id = "ruth", name = "Ruth Okonkwo", role = "Merchant Support lead", team = "support",
         notes = "Collected the first merchant reports and asked in #payments-oncall. Has never had a contact in Platform." }
person { id = "jamal", name = "Jamal Hussein", role = "Support agent", team = "support", notes = "Took Tandem's first chat." }
person { id = "pia", name = "Pia Schultz", role = "Support agent", team = "support",
         notes = "Noticed that the macro quoted the green status page." }
person { id = "mateo", name = "Mateo Rossi", role = "Support agent", team = "support", notes = "Phones; watched social media." }
-- Communications and Investor Relations
person { id = "hannah", name = "Hannah Reyes", role = "Head of Communications", team = "comms",
         notes = "Owns the status page. Had never worked with Platform. Waited for IR's approval under the quiet-period policy." }
person { id = "leo", name = "Leo Marchetti", role = "Communications associate", team = "comms", notes = "Watched social media during the call." }
person { id = "grant", name = "Grant Whitfield", role = "VP Investor Relations", team = "ir",
         notes = "Ran the earnings call and approved public statements by chat from the room." }
person { id = "beatrice", name = "Beatrice Lang", role = "IR and legal liaison", team = "ir", notes = "Relayed Legal's edit of the status text." }
-- Data Engineering
person { id = "wen", name = "Wen Zhao", role = "Senior data engineer", team = "data",
         notes = "Wrote renew-certs.sh and the 2023 postmortem while on Platform; moved to Data in September 2025. Not on call. Diagnosed the expired wildcard from her DAG's error and openssl." }
person { id = "zoe", name = "Zoe Park", role = "Data engineer", team = "data", on_call = true,
         notes = "Data on call; acknowledged the DAG failure." }
person { id = "jon", name = "Jon Ellis", role = "Analytics engineer", team = "data", notes = "Lurker." }
-- Security
person { id = "ines", name = "Inês Carvalho", role = "Security engineer", team = "security", on_call = true,
         notes = "Security on call. Approved SEC-112 in April and the improvised Route53 break-glass during the incident." }
person { id = "li", name = "Li Wei", role = "Security engineer", team = "security", notes = "Lurker." }
-- Leadership and Sales
person { id = "victor", name = "Victor Hale", role = "VP Engineering", team = "leadership",
         notes = "Wrote the freeze email. Wants the review by Monday." }
person { id = "nadia", name = "Nadia Sorensen", role = "Chief Executive Officer", team = "leadership", notes = "Answered the analyst on the call." }
person { id = "paul", name = "Paul Imrie", role = "Chief Financial Officer", team = "leadership", notes = "On the earnings call." }
person { id = "carla", name = "Carla Mendes", role = "Chief of staff", team = "leadership", notes = "Lurker." }
person { id = "amara", name = "Amara Osei", role = "Account manager (enterprise)", team = "sales",
         notes = "Tandem Outfitters' account manager; their CTO called her directly." }
person { id = "felix", name = "Felix Brandt", role = "Sales engineer", team = "sales", notes = "Lurker." }
-- Outside the company, and bots
person { id = "erin", name = "Erin Clarke", role = "Analyst, Halberd Securities" }
person { id = "raj", name = "Raj Menon", role = "Analyst, Crane & Company" }
person { id = "incidentbot", name = "incident-bot", role = "Incident tooling" }
person { id = "airflow", name = "Airflow", role = "Data pipeline alerts" }

-- ---- the triage queue ------------------------------------------------------------
-- Which of the last two weeks' incidents deserve a full review? The engine
-- computes each case's signals: this one's from the sources, the decoys'
-- from the facts written here, by the same rules. The sandbox expiry is the
-- lesson: a near miss with a recurring trigger, closed without a review.

triage_case {
    id = "q.inc-0531", own = true,
    title = "INC-0531: payments down during the earnings call (expired certificate)",
    summary = "Thursday 7 May, 16:14 to 17:22. Most merchants could not reach the hosted payment page or the API; an analyst asked about it on the earnings call. Fixed by issuing a new wildcard certificate by hand.",
    repeats = { "INC-0412: api.larkspurpay.com certificate expired, June 2023",
                "INC-0198: sandbox certificate expired, 2021" },
}

triage_case {
    id = "q.sandbox",
    title = "PLAT-1447: sandbox certificate expired",
    summary = "Monday 27 April, 03:10 to 09:40. The *.sandbox.larkspurpay.com certificate expired overnight; two merchant developers mentioned it on the forum. Kenji, on call, renewed it by hand and closed the ticket: sandbox only, no production impact, no review.",
    at = "2026-04-27T03:10:00", minutes = 390,
    teams = { "platform" }, responders = { "kenji" }, on_call = { "kenji" }, channel = 1,
    near_miss = true,
    repeats = { "INC-0412: api.larkspurpay.com certificate expired, June 2023",
                "INC-0198: sandbox certificate expired, 2021" },
}

triage_case {
    id = "q.cdn-purge",
    title = "Stale product images after a CDN purge",
    summary = "Monday 4 May, 10:05. A partial CDN purge left old product images on three merchants' hosted pages for 25 minutes. Tobi, on call, purged again and checked the pages.",
    at = "2026-05-04T10:05:00", minutes = 25,
    teams = { "platform" }, services = { "edge" },
    responders = { "tobi" }, on_call = { "tobi" }, paged = { "tobi" }, channel = 1,
}

triage_case {
    id = "q.refund-batch",
    title = "Nightly refund batch finished two hours late",
    summary = "Sunday 3 May, 02:00. The refund batch waited for a database failover and finished at 04:20. Oskar, on call, watched it complete; Support answered four merchants on Monday morning.",
    at = "2026-05-03T02:00:00", minutes = 140,
    teams = { "payments", "support" }, services = { "payments-api" },
    responders = { "oskar", "jamal" }, on_call = { "oskar" }, paged = { "oskar" }, channel = 3,
}

-- ---- the language coach ------------------------------------------------------------
-- Besides the built-in phrases: the words this incident invites.

coach_rule { phrase = "forgot*", kind = "blame",
             suggestion = "Say what the system let slip: \"the wildcard was not in the job's list, and nothing else watched it\"." }
coach_rule { phrase = "dropped the ball", kind = "blame",
             suggestion = "Describe the handoff: who held the work, and what happened to it when they moved." }
coach_rule { phrase = "just a cert*", kind = "hindsight",
             suggestion = "A trivial-looking trigger that keeps recurring points at deeper conditions; name them." }

-- ---- the rubric ------------------------------------------------------------------

-- Blame and counterfactuals in a report field. A condition sits in one
-- place only, so this makes a fresh one for each use.
local function blames(field)
    return mentions(field, "human error", "should have", "should've", "failed to",
                    "could have prevented", "careless", "dropped the ball", "forgot*")
end

-- ---- investigation

criterion {
    id = "c.triage",
    title = "Choose the incident with the most to teach, and say why",
    category = "investigation",
    points = 10,
    when = all {
        triaged "q.inc-0531",
        set_aside "q.cdn-purge",
        signals_named("q.inc-0531", 4),
    },
    met = "You chose INC-0531 for a full review and named signals it really shows: nine teams, several of which had never worked together; engineering with Support, Comms and IR; the diagnosis from someone not on call; far more watchers than responders; the earnings call; a new service; and a trigger that had happened before.",
    missed = "INC-0531 shows almost every signal: many teams (some that had never worked together), engineering with non-engineering teams, an expert who was not on call, many lurkers, the earnings call, a six-week-old renewal job, and a trigger that had happened before. The CDN purge was routine work done by the person on call. Choose INC-0531 and name at least four signals it shows, and none it does not.",
}

criterion {
    id = "c.near-miss",
    title = "See the near miss ten days before",
    category = "investigation",
    points = 5,
    when = all {
        triaged "q.sandbox",
        signals_named("q.sandbox", 2),
        any { pinned "cm.kenji-sandbox", pinned "m.kenji-sandbox", pinned "cm.kenji-no-review" },
    },
    met = "The sandbox wildcard expired on 27 April for the same reason and was closed without a review because nobody important noticed. A near miss with a recurring trigger is exactly the incident that deserves time: it was a free rehearsal of 7 May.",
    missed = "The sandbox expiry (PLAT-1447) looks small, but it is a near miss with a trigger that keeps recurring. Choose it for review, name those two signals, and pin Kenji's comment on PLAT-1432 or his note in #platform: the warning was written down ten days before, where nobody received it.",
}

criterion {
    id = "c.trigger",
    title = "Find the change that set the stage, and the discussion around it",
    category = "investigation",
    points = 15,
    when = all {
        pinned "pr.2207/h2",
        any { pinned "rv.sasha-wildcard", pinned "rv.rafael-wildcard", noted "pr.2207/h2" },
    },
    met = "You pinned the hunk of #2207 that skips wildcards, with its context: the reviewer asked about the wildcard, the author answered with the expiry date and a ticket. The change was visible, reviewed and tracked, and it still expired. That is why the ticket's path matters more than the diff.",
    missed = "The second hunk of PR #2207 (pr.2207/h2) filters wildcards out of the renewal list. Pin it with the review thread about the wildcard, or a note of your own. The point is not the line itself but why skipping it looked safe in March.",
}

criterion {
    id = "c.safety-net",
    title = "Find where the expiry warning lived, and what became of the independent check",
    category = "investigation",
    points = 10,
    when = all {
        any { pinned "pr.2207/h3", pinned "pr.2207/h4", pinned "pr.1188/h3" },
        any { pinned "pm.actions", pinned "cm.sasha-611-close", pinned "cm.wen-611-later" },
    },
    met = "The only warning about expiry ran inside the renewal loop, so it could only see what the loop renewed; the independent probe from the 2023 review (PLAT-611) had been closed as covered. The safety net moved with the thing it was guarding.",
    missed = "Look at where the 14-day warning lived (PR #1188, the third hunk of #2207, or the new alert in #2207) and at the 2023 postmortem's action items or PLAT-611. An alert that reads the renewal job's own list cannot warn about a certificate the job skips.",
}

criterion {
    id = "c.markers",
    title = "Mark the detection, diagnosis and repair moments",
    category = "investigation",
    points = 15,
    when = all {
        any { marked("m.jamal-tandem", "detection"), marked("m.ruth-ask", "detection"),
              marked("cm.ruth-first", "detection"), marked("a.volume-low", "detection"),
              marked("a.maya-paged", "detection"), marked("m.dag-fail-1", "detection") },
        any { marked("m.wen-diagnosis", "diagnosis"), marked("r.tobi-not-listed", "diagnosis"),
              marked("t.tobi-confirms", "diagnosis"), marked("m.dev-diagnosed", "diagnosis") },
        any { marked("m.tobi-attached", "repair"), marked("m.tobi-issued", "repair"),
              marked("an.cert-attached", "repair"), marked("t.tobi-attached", "repair"),
              marked("m.wen-verified", "repair") },
    },
    met = "Your timeline has its three anchors. They also tell you whom to interview: Support and Maya at detection, Wen at diagnosis, Tobi at repair.",
    missed = "Mark one item each as detection (Support's first reports, the volume page, or even the DAG's error at 16:16), diagnosis (Wen's openssl message or Tobi's confirmation) and repair (the new wildcard attached to the edge). Markers structure the timeline and point at the people to talk to.",
}

criterion {
    id = "c.support-first",
    title = "Notice that merchants and Support detected it before any page",
    category = "investigation",
    points = 10,
    when = all {
        opened "ticket.sup-88412",
        any { pinned "m.jamal-tandem", pinned "m.ruth-ask", pinned "cm.ruth-first" },
    },
    met = "Merchants told Support at 16:18 and Ruth asked Payments at 16:24, seven minutes before the first page. The merchants even sent the browser's error code. Non-engineering teams are often the first sensors of an incident.",
    missed = "Open SUP-88412 and pin Support's first report. An analysis that starts at the 16:31 page misses how the organisation actually noticed, and what Support could and could not do with what it knew.",
}

criterion {
    id = "c.not-on-call",
    title = "Recognise the expert who was not on call",
    category = "investigation",
    points = 10,
    when = all {
        opened "oncall",
        any { tagged("not-on-call", "m.wen-diagnosis"), tagged("not-on-call", "m.dag-fail-1"),
              tagged("not-on-call", "m.wen-proxy"), tagged("not-on-call", "j.wen"),
              tagged("not-on-call", "r.wen-warning"), tagged("not-on-call", "t.wen-history") },
    },
    met = "The schedule shows Wen on no rotation; she is on the Data team now. The diagnosis came from her memory of a script she wrote in 2023 and from an error message in her own pipeline. How often a response relies on people off the rotation is worth tracking.",
    missed = "Open the on-call schedule and tag Wen's message \"not-on-call\". The diagnosis came from someone on another team, off every rotation, who happened to be watching: knowledge that lived in one head.",
}

criterion {
    id = "c.looks-fine",
    title = "Notice what was green while merchants could not pay",
    category = "investigation",
    points = 5,
    when = all {
        any { noted "an.success-flat", noted "an.dashboard-green", noted "r.maya-dashboard", noted "rb.check" },
        any { pinned "an.cert-expired", pinned "a.edge-tls", pinned "an.volume-drop" },
    },
    met = "The success rate counted only requests that arrived, the Certificates dashboard listed only what the job renewed, and the edge health checks looked inward. What moved (handshake errors, volume) was not what people were told to watch.",
    missed = "Pin the success-rate chart or the Certificates dashboard with a note on why it stayed green, next to something that did move (the handshake errors, the info-only alert or the volume drop). Metrics that look fine shape what responders believe.",
}

criterion {
    id = "c.timeline-notes",
    title = "Write notes on at least five key moments",
    category = "investigation",
    points = 10,
    -- A function condition: the checker cannot analyse it, so keep it small.
    when = function(s)
        local moments = {
            "m.dag-fail-1", "m.wen-proxy", "m.jamal-tandem", "m.ruth-ask", "cm.ruth-first",
            "a.maya-paged", "r.maya-dashboard", "r.maya-clock", "m.dev-ic", "m.grant-hold",
            "m.wen-diagnosis", "r.rafael-skipped", "m.tobi-options", "m.ines-approve",
            "m.tobi-attached", "pr.2207/h2", "cm.kenji-sandbox", "an.success-flat",
            "an.dashboard-green", "fz.sev1", "m.pia-oops", "m.amara-openssl",
        }
        local noted = 0
        for i = 1, #moments do
            if s.note(moments[i]) then noted = noted + 1 end
        end
        return noted >= 5
    end,
    met = "Your notes record what people could see and know at each moment, which is what turns a list of events into an explanation.",
    missed = "Pin key moments with a note, at least five: what did that person see then, and what did they know? The Certificates dashboard at 16:39 reads very differently once you note what it listed.",
}

-- ---- interviews

criterion {
    id = "c.choose",
    title = "Choose the people at the key moments, inside and outside engineering",
    category = "interviews",
    points = 10,
    when = all {
        chosen "maya", chosen "wen", chosen "ruth",
        any { chosen "hannah", chosen "rafael" },
    },
    met = "You chose the responder who was paged (Maya), the expert who was not on call (Wen), the first sensor (Ruth), and someone who held a piece nobody else had (Hannah on the status page, Rafael on the migration).",
    missed = "Interview the people at detection, diagnosis and repair, and the ones who held knowledge nobody else had: Ruth heard it first, Maya was paged, Wen diagnosed it off the rotation; Rafael knew why the wildcard was skipped and Hannah why the status page stayed green.",
}

criterion {
    id = "c.interview-knowledge",
    title = "Learn what the responders and the job's authors knew",
    category = "interviews",
    points = 10,
    partial = true,
    when = all { learned "f.wen-coupled", learned "f.maya-dashboard", learned "f.rafael-handoff" },
    met = "You learned why the warning never fired (it lived in the renewal loop), why the dashboard looked trustworthy (it only listed the job's certificates), and how PLAT-1432 lost its owner. Those are conditions, not mistakes.",
    missed = "Ask Wen how she knew the job mattered, Maya how she knew where to look, and Rafael how PLAT-1432 travelled when he moved. Open questions and a little rapport get the detail; a blaming one gets \"I followed the runbook\".",
}

criterion {
    id = "c.interview-beyond-eng",
    title = "Hear the non-engineering side from the people who lived it",
    category = "interviews",
    points = 5,
    when = all {
        learned "f.hannah-quiet",
        any { learned "f.ruth-macro", learned "f.ruth-no-path" },
    },
    met = "The status page waited on a policy with no carve-out for it, and Support's macro quoted the green page to merchants. Neither appears in any engineering source; both shaped what merchants experienced.",
    missed = "Ask Hannah what was going on during the earnings call, and Ruth what her agents faced or how Support finds help. The merchants' experience was shaped as much by Comms, IR and Support as by the certificate.",
}

criterion {
    id = "c.candor",
    title = "Keep the people you interview talking",
    category = "interviews",
    points = 5,
    when = all { candor("maya", 55), candor("wen", 60), candor("rafael", 40) },
    met = "Your questions kept Maya, Wen and Rafael open, so they told you the details a guarded person keeps back: the freeze rule, the warning in the loop, the muted ticket.",
    missed = "\"Why didn't you\", \"who approved\" and leading questions make people guarded; they say less, and the analysis loses the very details it needs. Rafael and Maya in particular arrive braced for blame: start with their goals and cues.",
}

criterion {
    id = "c.calibration",
    title = "Send a calibration note before the meeting",
    category = "interviews",
    points = 5,
    when = all {
        mentions("calibration", "wildcard", "PLAT-1432", "renewal", "warning"),
        mentions("calibration", "status page", "quiet period", "quiet-period", "dashboard", "freeze"),
        none { blames("calibration") },
    },
    met = "Your calibration note gave attendees the same starting point: the renewal job and its warning, what the dashboards showed, the status page during the call, and your open questions.",
    missed = "Before the meeting, write a short calibration note: what you learned so far (the wildcard, the warning inside the renewal loop, PLAT-1432), what the responders could see (the dashboard, the freeze rule, the status page) and open questions, without blame.",
}

criterion {
    id = "c.whom-to-ask",
    title = "Decide whom to interview, with open questions",
    category = "interviews",
    points = 5,
    when = all {
        at_least(2, {
            mentions("open_questions", "wen"),
            mentions("open_questions", "maya"),
            mentions("open_questions", "rafael"),
            mentions("open_questions", "ruth", "support"),
            mentions("open_questions", "hannah", "comms", "communications"),
            mentions("open_questions", "tobi"),
            mentions("open_questions", "kenji", "sasha"),
        }),
        none { mentions("open_questions", "why didn't", "why did you not", "you should", "who approved") },
    },
    met = "You named people at the key moments and what you would ask them, openly. Interviews are where the timeline gets its why.",
    missed = "In the open questions, name at least two people to talk to (Wen, Maya, Rafael, Ruth, Hannah, Tobi, Kenji or Sasha) and what you would ask, without \"why didn't you\" or \"who approved\".",
}

-- ---- facilitation

criterion {
    id = "c.ground-rules",
    title = "Open the meeting with ground rules",
    category = "facilitation",
    points = 5,
    when = ground_rules(),
    met = "You set the ground rules first: here to learn, not to blame. The room felt safer, and people said more.",
    missed = "Start the meeting with ground rules (blameless, curious). Two attendees arrive expecting blame; without ground rules they say as little as possible, and Grant's blame of Maya goes unchallenged.",
}

criterion {
    id = "c.redirect",
    title = "Turn Victor's blame into a question about conditions",
    category = "facilitation",
    points = 10,
    when = redirected "ev.victor-blame",
    met = "When Victor named Rafael, you turned it to conditions. Blame left standing from the VP would have silenced everyone below him.",
    missed = "Victor said \"Rafael, that was your change.\" Redirect it at once (what made skipping the wildcard reasonable in March?): blame left standing, from the most senior person in the room, silences everyone else.",
}

criterion {
    id = "c.quiet-expert",
    title = "Bring out what the quiet expert and the paged engineer know",
    category = "facilitation",
    points = 10,
    when = all { surfaced "in.wen-coupled", surfaced "in.maya-dashboard" },
    met = "Wen explained that the warning moved with the job, and Maya what made the dashboard and the SEV1 rule convincing. The room now shares the missing pieces.",
    missed = "Wen holds the missing piece (the warning lived in the renewal loop) but will not interrupt Victor: invite her, ideally after interviewing her. Ask Maya what made her reading make sense at the time.",
}

criterion {
    id = "c.every-voice",
    title = "Hear the lurker and the non-engineering teams",
    category = "facilitation",
    points = 5,
    when = all { surfaced "in.kenji-sandbox", any { surfaced "in.hannah-quiet", surfaced "in.ruth-macro" } },
    met = "Kenji, who never spoke in the channel, told the room about the sandbox near miss; Comms or Support explained what merchants were told and why. Lurkers and non-engineers often hold pieces nobody asks for.",
    missed = "Kenji lurked in the channel and says nothing unless invited, yet he renewed the sandbox wildcard ten days earlier. Invite him once the room feels safe, and go deeper on the merchants' side with Hannah and Ruth.",
}

criterion {
    id = "c.park-and-time",
    title = "Park the action items and keep the time box",
    category = "facilitation",
    points = 5,
    when = all { parked "ev.grant-fixes", talk_balance(50), within_time(5) },
    met = "You parked Grant's fixes for after soak time, kept Victor from taking over, and finished on time.",
    missed = "Park fixes for later (they come out better after soak time), pause a dominant voice so others can speak, and keep an eye on the time box.",
}

-- ---- analysis

criterion {
    id = "c.factors",
    title = "Name several contributing factors, each resting on evidence",
    category = "analysis",
    points = 15,
    partial = true,
    -- A factor counts when its words name the condition and it is linked
    -- to evidence that shows it: a pinned item or a fact from an interview.
    when = at_least(4, {
        factor { words = { "wildcard*", "filter*", "skip*", "#2207", "2207", "migration", "ops-cron-01" },
                 evidence = { "pr.2207/h2", "rv.rafael-wildcard", "rv.sasha-wildcard", "f.rafael-deadline",
                              "r.rafael-skipped", "t.rafael-context" } },
        factor { words = { "warning", "alert*", "monitor*", "probe", "PLAT-611", "expiry check" },
                 evidence = { "pr.2207/h3", "pr.2207/h4", "pr.1188/h3", "pm.actions", "cm.sasha-611-close",
                              "f.wen-coupled", "r.wen-warning" } },
        factor { words = { "PLAT-1432", "ticket", "backlog", "reorg*", "owner*", "unassigned", "assignee" },
                 evidence = { "ch.1432-unassigned", "cm.kenji-sandbox", "ch.1432-backlog", "cm.sasha-capacity",
                              "f.rafael-handoff", "r.sasha-backlog" } },
        factor { words = { "dashboard*", "success rate", "health check*", "green" },
                 evidence = { "an.success-flat", "an.dashboard-green", "r.maya-dashboard", "rb.check",
                              "f.maya-dashboard", "f.maya-success-flat", "f.tobi-health", "t.tobi-lb" } },
        factor { words = { "freeze", "SEV1", "severity" },
                 evidence = { "fz.sev1", "f.maya-freeze", "r.dev-sev", "m.dev-freeze", "r.maya-sev" } },
        factor { words = { "quiet period", "quiet-period", "status page", "investor relations", "IR", "macro" },
                 evidence = { "qp.statements", "m.grant-hold", "st.investigating", "cm.ruth-macro",
                              "f.hannah-quiet", "f.ruth-macro", "m.pia-oops" } },
        factor { words = { "handover", "not on call", "another team", "knowledge" },
                 evidence = { "ho.certs", "m.wen-diagnosis", "f.wen-not-asked", "f.wen-hesitated" } },
        factor { words = { "break-glass", "break glass", "route53", "DNS-01" },
                 evidence = { "m.ines-approve", "t.ines-joins", "f.tobi-breakglass", "m.tobi-options" } },
    }),
    met = "Several conditions lined up, and each rests on what you found: the wildcard skipped under a deadline, a warning that could only see the job's own list, a ticket that lost its owner in a reorg, dashboards that stayed green, a freeze rule and a quiet-period policy that slowed escalation and the status page.",
    missed = "An expired certificate is a trigger, not a cause. Write at least four contributing factors, each a condition rather than a person's mistake, and link each to the evidence that shows it: the #2207 hunk, the warning in the loop and PLAT-611, PLAT-1432's history, the green dashboards, the freeze email, the quiet-period policy, Wen's handover, the break-glass.",
}

criterion {
    id = "c.evidence",
    title = "Link every contributing factor to evidence",
    category = "analysis",
    points = 5,
    when = all { factors_linked(4), none { blames("factors") } },
    met = "Each factor points at what shows it, so a reader can check your reasoning and the review can start from the same facts.",
    missed = "A factor with no evidence is an opinion. In the Report, link each factor to the pinned items or interview facts it rests on (at least four factors), and keep blame out of them.",
}

criterion {
    id = "c.blameless",
    title = "Keep the report blameless",
    category = "analysis",
    points = 10,
    when = all {
        mentions("narrative", "wildcard", "certificate"),
        none { blames("any") },
        flagged_at_most(1),   -- the language coach: built-in phrases and this scenario's coach_rule{}s
    },
    met = "Your narrative describes conditions, not culprits. That keeps Rafael, Maya and Hannah talking in the next review, which is where the details come from.",
    missed = "Write a narrative, and leave out \"human error\", \"forgot\", \"root cause\" and counterfactuals such as \"should have\" or \"failed to\" (the language coach flags them as you write). They end the inquiry at a person or a single cause; ask instead what made each action make sense at the time.",
}

criterion {
    id = "c.themes",
    title = "Write the themes: what surprised people, what others should know, what this shares with other incidents",
    category = "analysis",
    points = 10,
    partial = true,
    when = all {
        any {
            mentions("surprises", "dashboard*", "green", "success rate", "warning", "health check*"),
            mentions("patterns", "INC-0412", "2023", "PLAT-611", "sandbox", "PLAT-1447"),
        },
        written("surprises", 12),
        written("learn_more", 12),
        written("patterns", 12),
    },
    met = "Themes make a report worth rereading: everything people were told to watch was green, and the same trigger had come back three times because each fix lived in one place that later moved.",
    missed = "Write all three themes, a few sentences each: what surprised people (what was green), what others should know more about (certificates nobody lists, the quiet-period policy), and what this shares with other incidents (INC-0412, the sandbox near miss). Themes turn one report into shared learning.",
}

criterion {
    id = "c.recurring",
    title = "Connect it to the earlier expiries and what their review left behind",
    category = "analysis",
    points = 5,
    when = all {
        any { pinned "pm.summary", pinned "pm.actions", pinned "pm.factors" },
        mentions("patterns", "INC-0412", "PLAT-611", "2023", "PLAT-1447", "sandbox"),
    },
    met = "A trivial trigger that keeps recurring is a sign of something deeper. In 2023 the fix was automation in one place; this time the automation moved. Reading the old postmortem shows which of its action items survived.",
    missed = "Open the 2023 postmortem (INC-0412), pin it, and name the connection in the patterns: a trigger that keeps recurring is a sign of an organisational condition, not bad luck.",
}

criterion {
    id = "c.story-order",
    title = "Tell the timeline from the expiry through detection and diagnosis to repair",
    category = "analysis",
    points = 5,
    when = ordered { "an.cert-expired", "m.ruth-ask", "a.maya-paged", "r.maya-dashboard", "m.wen-diagnosis", "m.tobi-attached" },
    met = "Your timeline walks from the expiry through Support's question, the page, the green dashboard, Wen's diagnosis and the repair: the story the review meeting will walk.",
    missed = "Pin the expiry on the handshake chart, Ruth's question in #payments-oncall, Maya's page, the dashboard reply, Wen's diagnosis and the attached certificate, and keep them in that order on the report's timeline.",
}

criterion {
    id = "c.status-page",
    title = "Treat the status page and the earnings call as part of the incident",
    category = "analysis",
    points = 5,
    when = all {
        any { pinned "qp.statements", pinned "m.grant-hold", pinned "r.grant-policy" },
        pinned "st.investigating",
        mentions("factors", "status page", "quiet period", "quiet-period", "investor relations", "IR"),
    },
    met = "The status page went up 52 minutes after the expiry because a policy written for financial statements covered it too, and the people who could approve it were on the call. Merchants experienced that delay as much as the certificate.",
    missed = "Pin the quiet-period policy or Grant's reply in #comms-earnings, and the status page's first update, and name the policy in a contributing factor. Engineering working with non-engineering teams under a big event is where this incident has the most to teach.",
}

-- ---- action items

criterion {
    id = "c.action-items",
    title = "After soak time, write action items that change conditions",
    category = "action_items",
    points = 10,
    partial = true,
    when = all {
        written("action_items", 30),
        mentions("action_items", "probe", "outside", "external", "independent"),
        mentions("action_items", "owner*", "handover", "unassigned", "reorg*", "assign*"),
        mentions("action_items", "status page", "quiet period", "quiet-period", "policy"),
        none { blames("action_items") },
    },
    met = "Your action items change conditions: an expiry check independent of the renewal job, a way for tickets to keep owners through a reorg, and a status page that can speak during an earnings call.",
    missed = "Action items come after soak time: once the meeting is over and a day has passed. Write items that change conditions: check certificates from outside, independently of whoever renews them; keep owners on tickets through reorgs; give the status page a carve-out in the quiet-period policy. \"Be more careful\" is not an action item.",
}

criterion {
    id = "c.action-past",
    title = "Revisit what the last review's action items became",
    category = "action_items",
    points = 5,
    when = mentions("action_items", "INC-0412", "PLAT-611", "previous action items", "past action items", "2023"),
    met = "You asked what happened to the 2023 action items. PLAT-611 was closed as \"covered\" by the very mechanism that moved; checking old action items is how a recurring trigger stops recurring.",
    missed = "This trigger has recurred. Add an item that revisits the 2023 review's action items (INC-0412, PLAT-611): which were done, which were closed as covered, and what they depended on.",
}

-- ---- the model analysis ---------------------------------------------------------
-- What an experienced reviewer would write. The debrief sets it beside the
-- participant's report, section by section.

analysis {
    summary = [[From 16:14 to about 17:16 on 7 May, most merchants could not reach Larkspur's hosted payment page or API because the *.larkspurpay.com wildcard certificate on the edge had expired. The earnings call started at 16:30; an analyst asked about it live. A wildcard issued by hand through a break-glass DNS-01 ended it at 17:12. Payments that failed never reached us, so nobody was charged twice.]],
    narrative = [[In March, PR #2207 moved certificate renewal off ops-cron-01 before an audit deadline. Wildcards need DNS-01, which needed an IAM role and a Security review, so the job skipped them and PLAT-1432 recorded both expiry dates. The 14-day warning, written in 2023 inside the renewal loop, moved with the job and so never looked at the wildcards again; the independent probe from the 2023 review had been closed as covered. On 1 April the ticket's author moved to another squad and the ticket became unassigned. On 27 April the sandbox wildcard expired; Kenji renewed it by hand and warned on the ticket, where only its former owner was notified.

At 16:14 the production wildcard expired. Wen's data pipeline logged "certificate has expired" at 16:16; merchants reached Support at 16:18, and Ruth asked Payments at 16:24. Maya was paged at 16:31 for low volume. Success rate, the Certificates dashboard the runbook names, and the edge health checks were all green, and the freeze email's SEV1 rule was defined by success rate, so she kept the incident at SEV2 and paged Platform at 16:41 once Support said every browser was affected. Comms drafted a status update at 16:46, but the quiet-period policy required IR's approval during the call.

At 16:52 Wen, on the Data team and not on call, posted the openssl output and asked whether the DNS-01 renewal had moved with the cron migration. Tobi confirmed the wildcard was not on the dashboard at all; Rafael explained the skip. With Security's one-off approval, Tobi issued a new wildcard through DNS-01 at 17:08 and attached it at 17:12. The status page said Investigating at 17:06 and Monitoring at 17:19; the incident was resolved at 17:22.]],
    went_well = [[Support collected merchant evidence, including the exact browser error, within twenty minutes. Wen spoke up although she was on another team and not on call, and phrased it as a question. Devraj gave the bridge clear roles and translated for Comms. Inês approved a scoped break-glass with no procedure to lean on. Nobody was double-charged.]],
    surprises = [[Everything the responders were told to watch was green: the success rate counts only requests that arrive, the Certificates dashboard lists only what the job renews, and the edge health checks look inward. The only signal that moved, edge handshake errors, had an info alert routed to nobody. The warning about expiry could only ever see the renewal job's own list. A merchant's engineer had the diagnosis at 16:36, and it reached #merchant-support, a channel no engineer reads.]],
    learn_more = [[Which certificates we serve and who renews each, including the ones no list mentions. How the quiet-period policy applies to incidents, and who can approve a status update during an earnings call. How Support reaches teams other than Payments. What the break-glass procedure covers.]],
    patterns = [[The third certificate expiry in five years (INC-0198, INC-0412, INC-0531), and a sandbox near miss ten days before this one that was closed without review. Each time the fix lived in one place: a calendar reminder, then a script on one VM. When the place changed, the fix went with it. PLAT-611, the 2023 action item that would have been independent, was closed as covered.]],
    open_questions = [[How do tickets keep an owner through a reorg, and who hears about comments on unassigned tickets? What made PLAT-611 look covered in 2023? How did Wen decide to post? What did the freeze email's SEV1 rule mean to other on-call engineers that week? What should the status page be allowed to say during an earnings call?]],
    action_items = [[Probe every public hostname's certificate from outside our network, independently of the renewal job, and page on edge handshake errors (#2235); generate the list from DNS. Renew wildcards in the job again (#2231). Give unassigned tickets an owning rotation so comments reach someone; review reorg handovers for open tickets with dates. Define SEV1 by merchant impact, not only by success rate. Agree with IR and Legal a status-page carve-out for incidents during earnings calls, with pre-approved wording. Give Support a way to page Platform. Write a break-glass procedure for DNS. Review the 2023 action items and what they depended on.]],
    timeline = { "pr.2207/h2", "ch.1432-unassigned", "cm.kenji-sandbox", "an.cert-expired", "m.dag-fail-1",
                 "m.jamal-tandem", "m.ruth-ask", "a.maya-paged", "r.maya-dashboard", "f.maya-freeze",
                 "m.grant-hold", "m.wen-diagnosis", "f.wen-coupled", "m.ines-approve", "st.investigating",
                 "m.tobi-attached" },
    model_factor { text = "To meet the audit deadline, #2207 skipped wildcards until an IAM role could be reviewed; the skip was visible, reviewed and tracked in PLAT-1432.",
                   evidence = { "pr.2207/h2", "rv.rafael-wildcard", "f.rafael-deadline" } },
    model_factor { text = "The only expiry warning lived inside the renewal loop (since 2023), so it could not see a certificate the job did not renew; the independent probe, PLAT-611, had been closed as covered.",
                   evidence = { "pr.1188/h3", "pr.2207/h3", "pm.actions", "cm.sasha-611-close", "f.wen-coupled" } },
    model_factor { text = "PLAT-1432 lost its owner in the April reorg; comments on it, including the sandbox warning, notified only its former owner, and the sandbox expiry was closed without review.",
                   evidence = { "ch.1432-unassigned", "cm.kenji-sandbox", "cm.kenji-no-review", "f.rafael-handoff" } },
    model_factor { text = "What responders were told to watch stayed green: success rate counts only requests that arrive, the Certificates dashboard lists only the job's certificates, the health checks look inward, and the handshake alert was info-only.",
                   evidence = { "an.success-flat", "an.dashboard-green", "rb.check", "a.edge-tls", "f.maya-dashboard", "f.tobi-health" } },
    model_factor { text = "The freeze email defined SEV1 by success rate and asked for no cross-team pages below SEV1 during the call.",
                   evidence = { "fz.sev1", "f.maya-freeze", "r.dev-sev" } },
    model_factor { text = "Why the wildcards needed DNS-01 lived with Wen, now on another team: one line in her handover page, and she was not asked about the migration.",
                   evidence = { "ho.certs", "m.wen-diagnosis", "f.wen-not-asked" } },
    model_factor { text = "The quiet-period policy has no status-page carve-out; Comms had never worked with Platform; Support's macro quoted the green status page to merchants.",
                   evidence = { "qp.statements", "m.grant-hold", "cm.ruth-macro", "f.hannah-quiet", "f.ruth-macro" } },
    model_factor { text = "Break-glass covered only database access, so the DNS-01 repair had to be improvised under pressure.",
                   evidence = { "m.ines-approve", "f.tobi-breakglass" } },
}
