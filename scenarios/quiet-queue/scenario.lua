-- The quiet queue: a near miss nobody outside the team noticed.
-- A new dedupe gate and a six-year-old payrun met for the first time on a
-- Thursday night. The gate held the second half of every evenly split
-- large payout as a "duplicate" of its first half, quietly, while every
-- chart looked normal and three on-call slots in three time zones handed
-- the night to each other. An ops analyst who did not click a default
-- button, and a staff engineer who was not on call, kept 175 tutors from
-- being paid half. Times are UTC, as the team writes them in ops channels;
-- people's own time zones are set so the app can show their local time.

scenario {
    id = "quiet-queue",
    title = "The quiet queue: payouts held overnight",
    summary = "A small payouts team in Singapore, Berlin and São Paulo routes its old weekly payrun through a new dedupe gate. Overnight the gate quietly holds 175 legitimate payouts while every dashboard looks normal. Caught four hours before the bank's cut-off, closed as \"no customer impact, no review needed\". Practise reviewing a near miss: handoffs across time zones, averages that hide, a new interaction between services, and the adaptive work a quiet outcome hides.",
    difficulty = "hard",
    minutes = 60,
    format = 1,
    company = "Lumen Tutors",
    timezone = "Z",
    started = "2026-03-05T22:07:00",
    ended = "2026-03-06T13:05:00",
    from = "2019-11-01T00:00:00",   -- the schema doc (2019) and payrun's split of large payouts (2020)
    tags = { "near-miss", "new-interaction", "handoff", "time-zones", "payouts", "metrics" },
    objectives = {
        "Decide which of last week's incidents deserves a full review, and name the signals that say so",
        "Follow the night across three on-call slots: what each handoff said, and what it left out",
        "Find which charts could show the problem and which could not, and why",
        "Find both sides of the new interaction, and how each side came to look safe",
        "Interview people in their own working hours, with open questions; find the expert who was not on call",
        "Facilitate the review: ground rules, a dominant voice, blame turned into conditions, a quiet expert invited",
        "Write a blameless report that treats \"no customer impact\" as data about the work people did, then action items after soak time",
    },
    briefing = [[
        You work in Marketplace engineering at Lumen Tutors and were not involved, which is why Payouts asked you to investigate.

        Lumen Tutors pays about 6,000 freelance tutors every Friday. The weekly payrun builds their payouts on Thursday night and sends them to Northwind, the payment partner; whatever Northwind accepts by 14:00 UTC on Friday is credited that day. On Friday 6 March the new dedupe gate was found holding 212 payout instructions from Thursday's payrun. They were sorted out before the cut-off; no tutor noticed anything. The lead closed it as "no customer impact, no review needed". An engineer on the team asked for a review anyway.

        The Payouts team works follow-the-sun: Singapore (UTC+8), Berlin (UTC+1) and São Paulo (UTC-3). The sources are in UTC; the People section says where each person works. Your investigation starts on Monday at 09:00 in Berlin (Day 1, 09:00 on the clock): 16:00 in Singapore, 05:00 in São Paulo. People can be interviewed only during their own working day.

        How to play:
        1. Triage first: of last week's incidents, which deserves a full review, and which signals say so?
        2. Open sources; reading takes in-game time. Pin what matters, mark detection, diagnosis and repair, and note what each person could see at that moment. Useful tags: factor, handoff, not-on-call, adaptive (work that kept a problem from growing), knowledge.
        3. Choose whom to interview and ask open questions. Send the attendees a calibration note before the meeting.
        4. Facilitate the review meeting.
        5. Write the report: a narrative, contributing factors linked to evidence, themes, open questions. Action items wait for a day of soak time after the meeting.
    ]],
}

include("chat.lua")
include("sources.lua")
include("interviews.lua")
include("meeting.lua")

-- ---- the organisation ------------------------------------------------------------
-- Five engineers across three time zones, a three-person operations team,
-- Support and leadership. The gate is three weeks old; payrun is six years
-- old and had never talked to it before W10.

team { id = "payouts-eng", name = "Payouts Engineering", kind = "engineering", size = 5,
       worked_with = { "payouts-ops", "support", "leadership" } }
team { id = "payouts-ops", name = "Payouts Operations", kind = "operations", size = 3,
       worked_with = { "payouts-eng", "support", "leadership" } }
team { id = "support", name = "Tutor Support", kind = "support", size = 9,
       worked_with = { "payouts-ops", "payouts-eng", "leadership" } }
team { id = "leadership", name = "Leadership", kind = "leadership", size = 4,
       worked_with = { "payouts-eng", "payouts-ops", "support" } }

service { id = "payrun", name = "payrun", team = "payouts-eng",
          talks_to = { "bank-connector" }, new_talks_to = { "dedupe-gate" } }
service { id = "dedupe-gate", name = "dedupe-gate", team = "payouts-eng", new = true,
          talks_to = { "bank-connector" } }
service { id = "bank-connector", name = "northwind-connector", team = "payouts-eng" }
service { id = "cashout", name = "cashout-api", team = "payouts-eng", talks_to = { "dedupe-gate" } }
service { id = "hold-review", name = "Hold Review", team = "payouts-ops", talks_to = { "dedupe-gate" } }
service { id = "fx-rates", name = "fx-rates-import", team = "payouts-eng" }

person { id = "jonas", name = "Jonas Albrecht", role = "Engineering lead, Payouts", team = "payouts-eng",
         timezone = "+01:00",
         notes = "Berlin (UTC+1). Manager on call that week. Reviewed #231 and #236. In the Northwind partner audit 09:30-12:30 UTC on Friday; wrote the \"no review needed\" summary." }
person { id = "lea", name = "Lea Brandt", role = "Software engineer", team = "payouts-eng", on_call = true,
         timezone = "+01:00",
         notes = "Berlin (UTC+1). Berlin slot (08-16 UTC) on Friday; incident commander. Asked for this review." }
person { id = "arjun", name = "Arjun Menon", role = "Software engineer", team = "payouts-eng",
         timezone = "+08:00",
         notes = "Singapore (UTC+8). Singapore slot (00-08 UTC). Built the dedupe gate (#231) and routed payrun through it (#236). Came back online off shift at 18:16 his time." }
person { id = "bia", name = "Beatriz (Bia) Carvalho", role = "Software engineer", team = "payouts-eng",
         timezone = "-03:00",
         notes = "São Paulo (UTC-3). São Paulo slot (16-24 UTC) on Thursday: watched payrun W10 and wrote the overnight handoff." }
person { id = "rogerio", name = "Rogério Nunes", role = "Staff engineer", team = "payouts-eng",
         timezone = "-03:00",
         notes = "São Paulo (UTC-3). Not on call. Wrote payrun's split of large payouts in 2020 (#88). Back from two weeks' vacation on Wednesday; read the incident channel on his phone before his day began." }
person { id = "tobias", name = "Tobias Reiner", role = "Payouts operations analyst", team = "payouts-ops",
         timezone = "+01:00",
         notes = "Berlin (UTC+1). Runs the morning Hold Review. Saw 212 holds and asked engineering instead of pressing Reject." }
person { id = "sofia", name = "Sofía Márquez", role = "Head of Payouts Operations", team = "payouts-ops",
         timezone = "+01:00", notes = "Berlin (UTC+1). In the Northwind audit on Friday morning." }
person { id = "nadia", name = "Nadia Oliveira", role = "Support lead", team = "support", timezone = "-03:00",
         notes = "São Paulo (UTC-3). Prepared a macro that was never sent." }
person { id = "kai", name = "Kai Lindqvist", role = "Support agent", team = "support", timezone = "+01:00",
         notes = "Berlin (UTC+1)." }
person { id = "henrik", name = "Henrik Dahl", role = "CFO", team = "leadership", timezone = "+01:00",
         notes = "Berlin (UTC+1). Watched the incident channel from the audit room." }
person { id = "bot.payrun", name = "payrun-bot", role = "Payrun notifications" }
person { id = "bot.alerts", name = "Alertmanager", role = "Alert notifications" }

-- The coach already flags blame, counterfactuals and "root cause". This
-- incident's own word for explaining the work away:
coach_rule { phrase = "non-event", kind = "hindsight",
             suggestion = "Say what people did that kept it from becoming an event" }
coach_rule { phrase = "basic miss", kind = "blame",
             suggestion = "Describe what made it easy to miss at the time" }

-- ---- the rubric ---------------------------------------------------------------------

-- Blame and counterfactuals in a report field. A condition can sit in one
-- place only, so this makes a fresh one for each use.
local function blames(field)
    return mentions(field, "human error", "should have", "should've", "failed to",
                    "could have prevented", "careless", "root cause", "basic miss")
end

-- ---- investigation ----

criterion {
    id = "c.triage",
    title = "Choose the near miss for a full review, and say why",
    category = "investigation",
    points = 10,
    when = all {
        triaged "q.payout-holds",
        set_aside "q.partner-maint",
        set_aside "q.fx-import",
        named("q.payout-holds", "near_miss"),
        named("q.payout-holds", "new_service"),
        signals_named("q.payout-holds", 4),
    },
    met = "You chose the quiet one. Nobody outside the team noticed the payout holds, but they show a new interaction between services, four teams, people answering off shift in three time zones, an audit on the calendar, and a near miss: cheap lessons that a loud, routine incident does not offer. The partner maintenance had customers writing in, and the runbook worked.",
    missed = "Near misses are the cheapest lessons an organisation gets: the same conditions, without the damage. The payout holds show a near miss, a new service and a new interaction, several teams, people helping off shift and an audit under way. The Northwind maintenance was louder (31 tickets) but routine, and the FX retry was the on-call doing their job. Review the payout holds and name at least four signals it really shows, including near_miss and new_service.",
}

criterion {
    id = "c.interaction",
    title = "Find both sides of the new interaction, and how each came to look safe",
    category = "investigation",
    points = 15,
    partial = true,
    when = all {
        any { pinned "pr.236/h1", pinned "pr.236/h2" },
        any { pinned "pr.231/h1", pinned "rb.key" },
        any { pinned "pr.88/h2", pinned "pw.large", pinned "m.eng-payrun-build" },
        any { pinned "sc.rules", pinned "sc.fields", pinned "cm.498-arjun-confirm", pinned "rv.236-arjun-a" },
    },
    met = "You found the four pieces: #236 sent payrun's output through the gate, the gate's key (#231) had four fields, payrun had split large payouts into identical parts since 2020 (#88), and the only document anyone checked, the 2019 schema, said one instruction per tutor. Neither service changed its behaviour; they met for the first time.",
    missed = "New interactions between services are where surprises live. Pin #236's routing hunk, the gate's key (pr.231/h1 or the runbook's key section), payrun's split (pr.88/h2 or the wiki's \"Large payouts\"), and the schema doc or the PAY-498 answer that made the question look settled. Each side was reasonable alone.",
}

criterion {
    id = "c.markers",
    title = "Mark the detection, diagnosis and repair moments",
    category = "investigation",
    points = 15,
    when = all {
        any { marked("m.ops-tobias-212", "detection"), marked("r.ops-tobias-wait", "detection"),
              marked("m.eng-tobias-ask", "detection"), marked("a.lea-paged", "detection") },
        any { marked("m.inc-rogerio-parts", "diagnosis"), marked("r.inc-rogerio-even", "diagnosis"),
              marked("t.rogerio-parts", "diagnosis") },
        any { marked("m.inc-lea-released", "repair"), marked("an.held-release", "repair"),
              marked("m.inc-tobias-accepted", "repair"), marked("m.ops-reconciled", "repair") },
    },
    met = "Your timeline has its anchors, and they point at people: an operations analyst detected it, a staff engineer off shift diagnosed it, the on-call engineer repaired it. No alert appears among them.",
    missed = "Mark one item each as detection (Tobias's 212 holds or his question to engineering), diagnosis (Rogério recognising the split parts) and repair (the release at 12:41 or Northwind's acceptance). Markers structure the timeline and show whom to interview: here, detection came from a person, not an alert.",
}

criterion {
    id = "c.averages",
    title = "See which charts and alerts could not show the holds, and which could",
    category = "investigation",
    points = 10,
    partial = true,
    when = all {
        any { pinned "an.latency-mean", pinned "an.queue-zero" },
        any { pinned "an.held-flat", pinned "an.age-panel" },
        any { pinned "a.held-resolved", pinned "m.al-held-res" },
        any { noted "an.latency-mean", noted "an.queue-zero" },
    },
    met = "You saw why the payrun looked perfect: the mean only counts instructions that were accepted, the queue only counts what is waiting in it, and the alert counts new holds, so it resolved at 22:45 with 212 still waiting. The hold count and hold age showed the problem all night, on a board nobody on the payrun side watched.",
    missed = "Averages hide stuck subsets. Pin the annotation on the mean time to bank acceptance (or the empty queue) with a note on why it looked normal, the flat 212 on the hold chart, and the held alert resolving at 22:45. What a chart measures decides what it can show.",
}

criterion {
    id = "c.handoff",
    title = "Follow the night through its handoffs: what was said, and what was not",
    category = "investigation",
    points = 10,
    partial = true,
    when = all {
        pinned "m.ho-thu-sp",
        pinned "m.ho-fri-sg",
        pinned "m.ops-arjun-note",
        any { tagged("handoff", "m.ho-thu-sp"), tagged("handoff", "m.ho-fri-sg") },
    },
    met = "You followed the night: Bia's \"~200 duplicates, working as intended\", Arjun's \"quiet shift\", and the doubt Arjun did have, sent at 02:14 to Ops instead of into the handoff. By 08:00 it was one sentence: handled, and not engineering's.",
    missed = "Handoffs lose context, more so across time zones. Pin Bia's Thursday handoff, Arjun's Friday one and Arjun's 02:14 note in #payouts-ops, and tag the handoffs \"handoff\". Compare what each said with what its author knew: the doubt travelled through a different channel than the handoff.",
}

criterion {
    id = "c.not-on-call",
    title = "Recognise the people who helped off shift",
    category = "investigation",
    points = 10,
    when = all {
        opened "oncall",
        any { tagged("not-on-call", "m.inc-rogerio-parts"), tagged("not-on-call", "j.inc-rogerio"),
              tagged("not-on-call", "t.rogerio-parts"), tagged("not-on-call", "r.inc-rogerio-even") },
        any { tagged("not-on-call", "m.inc-arjun-here"), tagged("not-on-call", "a.arjun-paged"),
              tagged("not-on-call", "a.arjun-acked"), tagged("not-on-call", "j.inc-arjun") },
    },
    met = "The schedule shows it: Rogério had no slot at all and read the channel at 07:01 his time; Arjun came back at 18:16 his time. The diagnosis and the fix came from people off the rotation. How often a response relies on them is worth tracking.",
    missed = "Open the on-call schedule and tag \"not-on-call\" on Rogério's diagnosis and on Arjun's return. The key knowledge sat with people off shift, in other time zones; a response that works only because of them is a finding.",
}

criterion {
    id = "c.adaptive",
    title = "See the work that \"no customer impact\" hides",
    category = "investigation",
    points = 10,
    when = all {
        pinned "em.summary",
        at_least(3, {
            tagged("adaptive", "r.ops-tobias-wait"), tagged("adaptive", "m.eng-tobias-ask"),
            tagged("adaptive", "m.ops-arjun-note"), tagged("adaptive", "r.inc-lea-not-all"),
            tagged("adaptive", "m.inc-lea-options"), tagged("adaptive", "r.inc-tobias-clawback"),
            tagged("adaptive", "m.inc-tobias-sample"), tagged("adaptive", "m.ops-tobias-sample"),
            tagged("adaptive", "t.rogerio-nohotfix"), tagged("adaptive", "m.inc-rogerio-parts"),
            tagged("adaptive", "r.inc-rogerio-sibling"),
        }),
    },
    met = "Next to the summary that called it a non-event, you tagged the moments that made it one: Tobias not clicking Reject, Arjun's note, Lea refusing both fast options, Rogério's question, the hand-checked sample. That is what the organisation should learn from, and it is invisible in \"no customer impact\".",
    missed = "\"Nothing happened\" hides the adaptive work people did. Pin Jonas's summary email, then tag \"adaptive\" on at least three moments where someone kept it small: Tobias holding off on Reject, Arjun's 02:14 note, Lea turning down release-all, Tobias's portal check, Rogério's question.",
}

criterion {
    id = "c.timeline-notes",
    title = "Write notes on at least five key moments",
    category = "investigation",
    points = 10,
    when = at_least(5, {
        noted "m.ho-thu-sp", noted "m.ho-fri-sg", noted "m.ops-arjun-note", noted "r.ops-tobias-wait",
        noted "m.ops-tobias-212", noted "m.inc-rogerio-parts", noted "r.inc-lea-not-all",
        noted "an.latency-mean", noted "an.held-flat", noted "m.inc-lea-released", noted "pr.236/h2",
        noted "pr.231/h1", noted "cm.498-arjun-confirm", noted "m.eng-rogerio-meta",
    }),
    met = "Your notes say what each person could see and know at the time, which is what turns a list of events into an explanation.",
    missed = "Pin key moments with a note, at least five: what did that person see then, in their time zone, with what they had been told? Notes are where the timeline becomes an understanding of why each action made sense.",
}

-- ---- interviews ----

criterion {
    id = "c.choose",
    title = "Choose the people at the key moments, including the expert off shift",
    category = "interviews",
    points = 10,
    when = all { chosen "tobias", chosen "rogerio", chosen "lea", any { chosen "arjun", chosen "bia" } },
    met = "You chose the detector (Tobias), the diagnoser who was not on call (Rogério), the incident commander (Lea) and at least one end of the night's handoffs.",
    missed = "Interview the people at the key moments: Tobias detected it, Rogério diagnosed it off shift, Lea led the repair, and Bia and Arjun wrote the handoffs. The expert off the rotation often holds what nobody else knew.",
}

criterion {
    id = "c.learn-interaction",
    title = "Learn each side of the interaction from the person who built it",
    category = "interviews",
    points = 10,
    when = all { learned "f.rogerio-split", learned "f.arjun-schema" },
    met = "Rogério explained the parts, and Arjun where his picture of payrun came from: a 2019 contract that parts never reached. Two people, two time zones, one interaction nobody had seen whole.",
    missed = "Ask Arjun, before his day in Singapore ends, how he chose the key's fields, and Rogério, once São Paulo is awake, how he knew they were split parts. Open knowledge questions; blame gets you \"it was reviewed\".",
}

criterion {
    id = "c.learn-adaptive",
    title = "Learn what kept it small",
    category = "interviews",
    points = 10,
    when = all { learned "f.tobias-paused", learned "f.lea-options" },
    met = "You learned why Tobias stopped with the box ticked, and which options Lea weighed against her lead's. Those choices are the reason this is a near miss and not a Monday of angry tutors.",
    missed = "Ask Tobias what he noticed first, and Lea what other paths she considered. A near miss is made of decisions like theirs; if the review does not capture them, the organisation learns that nothing happened.",
}

criterion {
    id = "c.learn-handoff",
    title = "Hear the handoffs from both ends",
    category = "interviews",
    points = 10,
    when = all { learned "f.bia-runbook", learned "f.arjun-shift" },
    met = "Bia wrote what the gate's runbook told her; Arjun had a doubt and sent it to Ops, not into the handoff. Each handoff was reasonable, and together they turned a question into \"quiet shift\".",
    missed = "Ask Bia what she saw when the alert came in, and Arjun what he saw of the holds on his shift. Bia is defensive and starts at 09:00 São Paulo time: open cue questions, not \"why didn't you check\".",
}

criterion {
    id = "c.candor",
    title = "Keep the people you interview talking",
    category = "interviews",
    points = 5,
    when = all { candor("bia", 45), candor("rogerio", 60), candor("arjun", 50) },
    met = "Your questions kept Bia, Rogério and Arjun open, so they told you the details a guarded person keeps back.",
    missed = "Blame and \"why didn't you\" make people guarded; they say less, and the analysis loses the details it needs. Bia and Arjun had most to fear from this review: start with what they saw and knew.",
}

criterion {
    id = "c.calibration",
    title = "Send a calibration note before the meeting",
    category = "interviews",
    points = 5,
    when = all {
        mentions("calibration", "part", "parts", "split*"),
        mentions("calibration", "handoff*", "hand-off*"),
        none { blames("calibration") },
    },
    met = "Your calibration note gave every attendee, in three time zones, the same starting point: the parts and the key, the handoffs, and the open questions.",
    missed = "Before the meeting, write a short note: what you learned (the split parts meeting the gate's key, the handoffs), emerging themes, open questions, without blame. With people in three time zones, it is the only way everyone arrives with the same picture.",
}

criterion {
    id = "c.open-questions",
    title = "Write open questions for the people you would still talk to",
    category = "interviews",
    points = 5,
    when = all {
        written("open_questions", 20),
        at_least(2, {
            mentions("open_questions", "tobias"), mentions("open_questions", "rogério", "rogerio"),
            mentions("open_questions", "bia", "beatriz"), mentions("open_questions", "arjun"),
            mentions("open_questions", "lea"), mentions("open_questions", "jonas"),
            mentions("open_questions", "sofía", "sofia", "ops"),
        }),
        none { mentions("open_questions", "why didn't", "why did you not", "you should") },
    },
    met = "Your open questions name people and ask about cues, knowledge and pressures. The review is a start, not an end.",
    missed = "In the open questions, name at least two people and what you would still ask them, without \"why didn't you\". Cues, knowledge and goals get answers; \"why didn't you\" gets defences.",
}

-- ---- facilitation ----

criterion {
    id = "c.ground-rules",
    title = "Open the meeting with ground rules",
    category = "facilitation",
    points = 5,
    when = ground_rules(),
    met = "You set the ground rules first: here to learn, not to blame. Bia and Arjun had the most to fear in that room; they said more.",
    missed = "Start the meeting with ground rules (blameless, curious). Without them people come in braced to defend themselves, and Jonas goes after Arjun as well as Bia.",
}

criterion {
    id = "c.redirect",
    title = "Turn Jonas's blame into conditions, and ask Bia what made it make sense",
    category = "facilitation",
    points = 10,
    partial = true,
    when = all { redirected "ev.jonas-blame", surfaced "in.bia-runbook" },
    met = "When Jonas blamed Bia's handoff, you turned it to conditions, and Bia explained that \"working as intended\" was the runbook's own words. The room heard a condition, not a culprit.",
    missed = "Jonas said Bia should have looked at what was held. Redirect it at once, then ask Bia what made her handoff make sense at the time: the runbook told her holds were Ops' business. Blame left standing makes everyone quieter.",
}

criterion {
    id = "c.quiet-expert",
    title = "Bring out what the quiet people know",
    category = "facilitation",
    points = 10,
    when = all { surfaced "in.parts", surfaced "in.tobias-pause" },
    met = "Rogério explained the parts and why nobody asked him, and Tobias why he did not click. The room now shares the two pieces that made this a near miss rather than an incident.",
    missed = "Rogério holds the missing piece but will not interrupt Jonas: interview him beforehand, keep the room safe, and invite him. Ask Tobias what made asking make sense instead of clicking Reject.",
}

criterion {
    id = "c.deeper",
    title = "Go deeper on the interaction and the themes",
    category = "facilitation",
    points = 5,
    when = at_least(2, { surfaced "in.lea-averages", surfaced "in.arjun-schema",
                         surfaced "in.rogerio-remainder", surfaced "in.ops-not-told" }),
    met = "Going deeper brought out what the timeline alone does not: charts built from finished work, a six-year-old contract, an odd cent, an Ops team that did not know what it was reviewing.",
    missed = "In the deep dive and the themes, ask the room to go deeper once people feel safe: that is where the conditions come out (the averages, the schema doc, why only 175, Ops not being told).",
}

criterion {
    id = "c.park-and-time",
    title = "Park the fix, balance the talk, keep the time box",
    category = "facilitation",
    points = 5,
    when = all { parked "ev.tobias-fixes", talk_balance(50), within_time(5) },
    met = "You parked Tobias's fix for after soak time, kept Jonas from taking more than half the talk, and finished on time.",
    missed = "Park fixes for later (they come out better after soak time), pause a dominant voice so others can speak, and keep an eye on the time box.",
}

-- ---- analysis ----

criterion {
    id = "c.factors",
    title = "Name several contributing factors, each resting on evidence",
    category = "analysis",
    points = 15,
    partial = true,
    -- A factor counts when its words name the condition and it is linked to
    -- evidence that shows it: a pinned item or a fact from an interview.
    when = at_least(4, {
        factor { words = { "key", "part", "parts", "split*", "meta" },
                 evidence = { "pr.231/h1", "pr.88/h2", "rb.key", "pw.large", "m.inc-rogerio-parts",
                              "r.inc-rogerio-even", "t.rogerio-parts", "f.rogerio-split", "f.rogerio-even" } },
        factor { words = { "#236", "route*", "new interaction", "go/no-go", "CODEOWNERS", "vacation", "payrun owner" },
                 evidence = { "pr.236/h1", "pr.236/h2", "e.go-no-go", "e.rogerio-pto", "rv.236-arjun-a",
                              "f.arjun-codeowners", "f.jonas-go-no-go" } },
        factor { words = { "schema", "contract", "doc", "docs", "documentation", "wiki" },
                 evidence = { "sc.rules", "sc.fields", "cm.498-arjun-confirm", "f.arjun-schema", "pw.large" } },
        factor { words = { "mean", "average*", "queue", "dashboard*", "chart*", "board" },
                 evidence = { "an.latency-mean", "an.queue-zero", "an.held-flat", "f.lea-dashboards" } },
        factor { words = { "alert*", "info", "rate", "resolved" },
                 evidence = { "a.held-fired", "a.held-resolved", "m.al-held-res", "ar.none", "ar.chat", "pr.231/h4" } },
        factor { words = { "handoff*", "hand-off*", "working as intended", "runbook" },
                 evidence = { "m.ho-thu-sp", "m.ho-fri-sg", "m.ops-arjun-note", "rb.held-high",
                              "f.bia-runbook", "f.lea-handoffs", "f.arjun-shift" } },
        factor { words = { "Ops", "operations", "Hold Review", "Reject", "default" },
                 evidence = { "f.ops-not-told", "f.tobias-usual", "t.tobias-review", "m.ops-tobias-news",
                              "r.ops-sofia-news", "rb.release" } },
        factor { words = { "audit", "cut-off", "cutoff", "deadline", "W10" },
                 evidence = { "e.audit", "f.jonas-audit", "f.arjun-inc41", "m.inc-jonas-release",
                              "rv.236-jonas", "f.tobias-cutoff" } },
    }),
    met = "Several conditions lined up, each resting on what you found: a key without the part, a routing change reviewed without the payrun owner, a contract six years out of date, charts and an alert that only count finished work, handoffs that compressed a doubt into \"quiet\", an Ops team nobody told, and an audit deadline.",
    missed = "Near misses rarely have one cause. Write at least four contributing factors, each a condition rather than a person's slip, and link each to evidence: the key and the split (diffs, Rogério), the routing change and who reviewed it, the schema doc, the charts and the alert, the handoffs, Ops not being told, the audit deadline.",
}

criterion {
    id = "c.evidence",
    title = "Link every contributing factor to evidence",
    category = "analysis",
    points = 5,
    when = all { factors_linked(5), none { blames("factors") } },
    met = "Each factor points at what shows it, so readers can check your reasoning and the review starts from shared facts.",
    missed = "A factor without evidence is an opinion. Link at least five factors to the pinned items or interview facts they rest on, and keep blame out of them.",
}

criterion {
    id = "c.blameless",
    title = "Keep the report blameless",
    category = "analysis",
    points = 10,
    when = all {
        mentions("narrative", "payrun"),
        mentions("narrative", "gate"),
        none { blames("any") },
        flagged_at_most(0),
    },
    met = "Your narrative describes conditions, not culprits, and the language coach found nothing to flag. People will keep talking openly in the next review, which is where the details come from.",
    missed = "Write a narrative about the payrun and the gate, and leave out \"human error\", \"root cause\", \"should have\", \"failed to\", \"non-event\" and a person named as the cause. They end the inquiry at a person, or at nothing; the language coach shows what it flagged.",
}

criterion {
    id = "c.near-miss",
    title = "Treat the near miss as a lesson: name the work that kept it from tutors",
    category = "analysis",
    points = 10,
    partial = true,
    when = all {
        mentions("any", "near miss", "near-miss"),
        written("went_well", 30),
        mentions("went_well", "Tobias"),
        mentions("went_well", "Rogério", "Rogerio"),
    },
    met = "Your report calls it a near miss and says what went well in terms of people's work: Tobias's pause, Rogério's question, Lea's refusal of the fast options. That is the part a \"no customer impact\" summary erases.",
    missed = "Call it what it is, a near miss, and write what went well at some length, naming the people whose work kept it small (Tobias, Rogério, Lea, Arjun). \"Nothing happened\" is an outcome; the review is about how.",
}

criterion {
    id = "c.themes",
    title = "Write the themes: what surprised people, what others should know, what this shares with other incidents",
    category = "analysis",
    points = 10,
    partial = true,
    when = all {
        mentions("surprises", "part", "parts", "split*", "average*", "mean", "resolved"),
        written("surprises", 15),
        written("learn_more", 15),
        mentions("patterns", "INC-41", "new interaction", "new service*", "guard", "action item*"),
        written("patterns", 15),
    },
    met = "Themes make the report worth rereading: a guard built after INC-41 created the next surprise, two services met for the first time, and charts of finished work could not see unfinished work.",
    missed = "Write all three themes, a few sentences each. What surprised people (identical parts, a mean that could not move)? What should others know more about (how payrun splits, what the gate's key means, what Hold Review's default does)? What does it share with other incidents (the gate was INC-41's action item; a new interaction)?",
}

criterion {
    id = "c.story-order",
    title = "Tell the timeline from the holds through detection and diagnosis to repair",
    category = "analysis",
    points = 5,
    when = ordered { "an.held-flat", "m.ho-thu-sp", "m.ops-tobias-212", "m.inc-rogerio-parts", "m.inc-lea-released" },
    met = "Your timeline walks from the holds going quiet through the handoff, Tobias's count and Rogério's diagnosis to the release: the story the meeting walks.",
    missed = "Pin the flat 212 on the hold chart, Bia's handoff, Tobias's 212 holds, Rogério's diagnosis and the release, and keep them in that order on the report's timeline.",
}

-- ---- action items ----

criterion {
    id = "c.action-items",
    title = "After soak time, write action items that change conditions",
    category = "action_items",
    points = 15,
    partial = true,
    when = all {
        written("action_items", 40),
        mentions("action_items", "key", "part", "parts", "meta"),
        mentions("action_items", "alert*", "page*", "hold age", "oldest"),
        mentions("action_items", "handoff*", "runbook", "Hold Review", "Ops"),
        mentions("action_items", "schema", "wiki", "contract", "CODEOWNERS", "owner*"),
        mentions("action_items", "INC-41", "re-send*", "resend*", "chunk"),
        none { blames("action_items") },
    },
    met = "Your action items change conditions: the key, an alert on how long holds wait, the runbook and handoffs, the contract between payrun and its readers, and INC-41's unfinished re-send item. Written after a day of soak time, they are ones people will want to finish.",
    missed = "Action items come after soak time. Write items that change conditions: the key and its test, an alert on hold age, the runbook and Hold Review for payrun holds, the schema doc or CODEOWNERS so the payrun owner hears about changes to what reads payrun's output, and INC-41's second action item (re-send only what failed). \"Be more careful with handoffs\" is not an action item.",
}

-- ---- the model analysis ------------------------------------------------------------------
-- What an experienced reviewer would write. The debrief sets it beside the
-- participant's report, section by section.

analysis {
    summary = [[On the night of Thursday 5 March the new dedupe gate held 212 instructions from payrun W10: 37 real duplicates from a chunk re-send, and 175 second parts of large payouts that payrun splits in two. Every payrun chart looked normal and the gate's alert resolved itself. An operations analyst noticed the count at 08:36 UTC and asked instead of rejecting; a staff engineer off shift recognised the parts at 10:04. The 175 were released at 12:41 and accepted at 13:05, 55 minutes before the cut-off. No tutor was affected: a near miss.]],
    narrative = [[The gate was INC-41's action item: after a chunk re-send paid twelve tutors twice in January, every instruction was to pass a gate that holds repeats. Its key is tutor, amount, currency and batch, the fields of a 2019 schema doc. Since 2020 payrun has split payouts above Northwind's per-transfer cap into parts, which are identical when the total is even; the doc never learned of it. #236 routed payrun through the gate for W10, the last payrun before the Northwind audit, reviewed by the gate's owners while payrun's owner was on vacation.

At 22:07 the gate began holding second parts. Bia, on call in São Paulo, saw an info alert, read the runbook it linked (holds are duplicates, Ops reviews them in the morning), watched chunk 9 re-send 37 instructions, and handed off "~200 duplicates, working as intended". The alert counted new holds and resolved at 22:45; the mean time to bank acceptance stayed at 4.1 minutes because held instructions never complete. In Singapore, Arjun thought 212 a lot, left Ops a note at 02:14 and handed off a quiet shift.

At 08:36 Tobias opened Hold Review with the select-all box ticked, saw thirty times the usual count and Arjun's note, and paged engineering instead of pressing Reject (detection). Lea found that the re-send explained only 37, opened an incident, and twice turned down releasing everything. At 10:04 Rogério, not on call and on his phone before work, recognised the -1/-2 suffixes as payrun parts (diagnosis). Arjun came back online at 18:16 his time; a filtered release, a hand-checked sample and a dry run followed, and the 175 were released at 12:41 (repair) and accepted at 13:05.]],
    went_well = [[Tobias stopped before a default, irreversible action and asked. Arjun's doubt, sent to Ops at 02:14, reached the one person who could act on it. Lea refused both fast options under pressure from her lead and the audit, with numbers. Rogério, off shift, read the channel and wrote his diagnosis as a question. Tobias checked a sample by hand; Arjun ran a dry run; nobody changed code on a payday. Support prepared a macro and never needed it.]],
    surprises = [[Two halves of one payout can be byte-for-byte the same payment. A mean over accepted instructions cannot move while instructions are held: it jumped to 28 minutes only after the repair. An alert can resolve while the thing it warns about is still true.]],
    learn_more = [[How payrun splits large payouts and what meta.part means; what the gate's key considers the same payout; what Hold Review's Reject does; what COMPLETED means for a payrun; which charts count only finished work.]],
    patterns = [[The gate was INC-41's action item: a guard against one failure met an old behaviour nobody on its side knew, and INC-41's other action item (re-send only what failed) was still not started. Like many near misses it was closed as a non-event; the adaptive work that made it one was visible only in the chat.]],
    open_questions = [[Tobias: what would have made Reject feel as heavy on a normal morning? Rogério: what else does payrun emit that its readers might not expect? Arjun and Bia: what would a handoff need to carry a doubt rather than a conclusion? Jonas and Sofía: who should be at a go/no-go when one team's service starts reading another's output?]],
    action_items = [[Include meta.part and meta.parts in the gate key, with a test for equal parts and one for re-sent parts (#239). Page on the age of the oldest hold, not only on new holds. Update the gate runbook and Hold Review: payrun holds go to engineering before anyone rejects them. Bring the instruction schema up to date and add payrun's owner to CODEOWNERS for anything that consumes payrun output; invite Ops and producers' owners to go/no-gos like #236's. Finish INC-41 action item 2: re-send only the instructions that failed. Add "doubts" to the handoff template.]],
    timeline = { "pr.88/h2", "pr.236/h2", "a.held-fired", "f.bia-runbook", "m.ho-thu-sp", "an.held-flat",
                 "m.ops-arjun-note", "m.ho-fri-sg", "f.tobias-paused", "m.eng-tobias-ask", "f.lea-options",
                 "m.inc-rogerio-parts", "m.inc-arjun-dryrun", "m.inc-lea-released", "m.inc-tobias-accepted",
                 "em.summary" },
    model_factor { text = "The gate's key ignored meta.part, and payrun sends identical parts for evenly split payouts above the per-transfer cap.",
                   evidence = { "pr.231/h1", "pr.88/h2", "m.inc-rogerio-parts", "f.rogerio-split" } },
    model_factor { text = "#236 routed payrun through the gate for W10, reviewed by the gate's owners; CODEOWNERS did not reach payrun's owner, who was on vacation, and the go/no-go had neither him nor Ops.",
                   evidence = { "pr.236/h2", "e.go-no-go", "e.rogerio-pto", "f.arjun-codeowners" } },
    model_factor { text = "The only written contract, the 2019 schema doc, says one instruction per tutor per batch; parts never reached it, so the one question everyone asked looked settled.",
                   evidence = { "sc.rules", "cm.498-arjun-confirm", "f.arjun-schema" } },
    model_factor { text = "The payrun board measures finished work (a mean over accepted instructions, an emptying queue), so held instructions could not appear on it.",
                   evidence = { "an.latency-mean", "an.queue-zero", "f.lea-dashboards" } },
    model_factor { text = "The held alert is info, chat only, and counts new holds, so it resolved at 22:45 with 212 still waiting; nothing alerted on hold age.",
                   evidence = { "a.held-resolved", "ar.none" } },
    model_factor { text = "The runbook told engineers holds were Ops' business, and the handoffs passed that conclusion on; Arjun's doubt went to Ops instead of into the handoff.",
                   evidence = { "rb.held-high", "m.ho-thu-sp", "m.ho-fri-sg", "m.ops-arjun-note", "f.bia-runbook" } },
    model_factor { text = "Ops was never told that payrun now passed the gate, and Hold Review's default action is an irreversible Reject.",
                   evidence = { "f.ops-not-told", "t.tobias-review" } },
    model_factor { text = "W10 was the last payrun before the Northwind audit, which shaped both the rollout date and the pressure to release everything on Friday.",
                   evidence = { "rv.236-jonas", "e.audit", "f.jonas-audit" } },
}
