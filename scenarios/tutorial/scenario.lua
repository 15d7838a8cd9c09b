-- The tutorial: a short, complete incident that uses every kind of source.
-- A cache setting changed the day before; a lunch-time promotion turned it
-- into a stampede on the pricing service. Times are local to the shop (+01:00).

scenario {
    id = "tutorial",
    title = "Tutorial: The Lunch Drop slowdown",
    summary = "A small coffee shop's checkout slows to a crawl during its lunch-time promotion. Support hears it first, the on-call engineer follows the runbook, and an engineer from another team who is not on call recognises the pattern. Learn the basics: sources, evidence, markers, notes, tags and a blameless report.",
    difficulty = "intro",
    minutes = 15,
    format = 1,
    company = "Pebble & Pine Coffee",
    timezone = "+01:00",
    started = "2026-03-12T12:01:00",
    ended = "2026-03-12T12:38:00",
    from = "2025-10-01T00:00:00",   -- the runbook was last edited in October
    tags = { "tutorial", "cache", "promotion", "support" },
    objectives = {
        "Open each kind of source and read what the responders could see at the time",
        "Pin evidence and mark the detection, diagnosis and repair moments",
        "Add notes and tags to pins: a note says what someone knew then, a tag groups evidence",
        "Notice who helped without being on call, and which teams had never worked together",
        "Write a blameless report with several contributing factors, not one root cause",
    },
    briefing = [[
        You were not involved in this incident, which is why you were asked to investigate it.

        On Thursday 12 March, Pebble & Pine Coffee ran its "Lunch Drop": 20% off all beans from 12:00 to 13:00, announced in the morning newsletter. From 12:01 until about 12:35 checkout was slow and many payments timed out. No customer was charged twice, but support answered more than sixty chats and emails.

        How to play:
        1. Open sources from the list on the left. Reading takes in-game time.
        2. Pin the messages, alerts, diff hunks and chart moments that matter. Mark the moments when the problem was detected, diagnosed and repaired, and use key_moment for other turning points.
        3. Give pins a note: what could that person see and know at that moment? Tags group evidence; try "factor", "knowledge" and "not-on-call".
        4. Write the report: a narrative, several contributing factors, what surprised people, and whom you would like to talk to and what you would ask them. Describe conditions, not culprits.
    ]],
}

-- ---- the organisation -------------------------------------------------

team { id = "checkout", name = "Checkout", kind = "engineering", size = 4,
       worked_with = { "platform", "support" } }
team { id = "platform", name = "Platform", kind = "engineering", size = 3,
       worked_with = { "checkout" } }
team { id = "support", name = "Customer Support", kind = "support", size = 5,
       worked_with = { "checkout", "marketing" } }
team { id = "marketing", name = "Marketing", kind = "marketing", size = 2,
       worked_with = { "support" } }

service { id = "checkout-svc", name = "checkout", team = "checkout", talks_to = { "pricing-svc" } }
service { id = "pricing-svc", name = "pricing", team = "platform" }

person { id = "priya", name = "Priya Nair", role = "Software engineer", team = "checkout",
         on_call = true,
         notes = "Primary on call for Checkout that week; eight months on the team, second rotation." }
person { id = "tomas", name = "Tomás Ferreira", role = "Software engineer", team = "checkout",
         notes = "Wrote PR #418. At the Checkout planning offsite during the incident." }
person { id = "marcus", name = "Marcus Lee", role = "Engineering manager", team = "checkout",
         notes = "Secondary on call; reviewed PR #418. At the planning offsite." }
person { id = "dana", name = "Dana Okafor", role = "Senior engineer", team = "platform",
         notes = "Not on call. Handled the catalog cache stampede last year (PLAT-88) and " ..
                 "added the jitter setting then. Joined #checkout to watch when she saw it busy." }
person { id = "yusuf", name = "Yusuf Demir", role = "Software engineer", team = "platform",
         on_call = true, notes = "Platform primary that week; never paged during this incident." }
person { id = "noor", name = "Noor Haddad", role = "Support lead", team = "support",
         notes = "Planned the promotion's support macros with Marketing." }
person { id = "lena", name = "Lena Vogel", role = "Marketing manager", team = "marketing",
         notes = "Owns the Lunch Drop. Engineering was not in the go/no-go meeting." }

-- ---- the incident channel -------------------------------------------------

chat {
    id = "chat.checkout",
    title = "#checkout",
    topic = "Checkout team channel. On call: see the Checkout rotation.",
    join { id = "j.noor", at = "12:02", who = "noor" },
    msg { id = "m.noor-report", at = "12:03", who = "noor",
          text = "Support here. 9 chats in three minutes: the payment page spins and then says \"Something went wrong\". Is anything known?" },
    msg { id = "m.priya-ack", at = "12:07", who = "priya",
          text = "Paged for checkout p95 latency a few minutes ago, looking now. Thanks Noor." },
    join { id = "j.lena", at = "12:10", who = "lena" },
    msg { id = "m.lena-pause", at = "12:11", who = "lena",
          text = "Marketing: the Lunch Drop went live at 12:00 and the newsletter went to 40k people at 11:55. Should we pause the promo?",
          replies = {
              msg { id = "r.priya-not-yet", at = "12:12", who = "priya",
                    text = "Not sure it's related yet. Pricing CPU is high, could just be load. Give me ten minutes?" },
              msg { id = "r.lena-holding", at = "12:13", who = "lena",
                    text = "OK, holding. The banner stays up." },
          } },
    msg { id = "m.priya-restart", at = "12:14", who = "priya",
          text = "Pricing CPU is at 95%. The runbook says restart the pricing pods when pricing CPU is high, doing that now." },
    msg { id = "m.priya-restart-done", at = "12:17", who = "priya",
          text = "Restart done. p95 dropped for about a minute, then went right back up." },
    msg { id = "m.priya-escalate", at = "12:18", who = "priya",
          text = "Escalating to Marcus as secondary. Marcus and Tomás are at the planning offsite." },
    join { id = "j.dana", at = "12:19", who = "dana" },
    msg { id = "m.dana-pattern", at = "12:21", who = "dana",
          text = "Not on call, just lurking. Your price cache hit ratio drops to almost zero at the top of every minute and climbs back within 30 seconds. Catalog had exactly this sawtooth last year (PLAT-88): keys filled at the same moment with the same TTL all expire together, and the backend gets the whole herd at once. Did anything change the cache TTL or jitter recently?",
          reactions = { eyes = { "priya", "marcus" }, pray = { "priya" } },
          replies = {
              msg { id = "r.tomas-418", at = "12:22", who = "tomas",
                    text = "#418, merged yesterday, went out with this morning's release: TTL 900 -> 60 and jitter 0. On my phone at the offsite, joining the bridge." },
              msg { id = "r.dana-promo", at = "12:23", who = "dana",
                    text = "That fits with the 12:00 promo price update: it replaces every price key at once, so they all start their 60 seconds together." },
          } },
    join { id = "j.tomas", at = "12:21:40", who = "tomas" },
    msg { id = "m.marcus-bridge", at = "12:23", who = "marcus",
          text = "Opening a bridge. Dana, can you stay on? I know you're not on call." },
    msg { id = "m.priya-revert", at = "12:29", who = "priya",
          text = "Reverting #418 as #419 (TTL 900, jitter 120). Fast-path deploy started." },
    msg { id = "m.revert-deployed", at = "12:31", who = "priya",
          text = "#419 deployed to all checkout pods." },
    msg { id = "m.priya-resolved", at = "12:38", who = "priya",
          text = "Latency alert resolved, p95 is 450 ms. Thank you all, and Dana especially.",
          reactions = { pray = { "dana", "noor", "tomas" }, tada = { "lena", "marcus" } } },
    msg { id = "m.lena-thanks", at = "12:42", who = "lena",
          text = "Thanks! The Lunch Drop stays on until 13:00 as planned." },
    leave { id = "l.lena", at = "12:44", who = "lena" },
}

-- ---- the bridge call -----------------------------------------------------

call {
    id = "call.bridge",
    title = "Checkout bridge",
    started = "12:24",
    ended = "12:41",
    attendees = { "priya", "marcus", "dana", "tomas", "noor" },
    turn { id = "t.marcus-roles", at = "12:24", who = "marcus",
           text = "Quick roles: Priya drives, I take notes, Noor handles customers. Dana, what are you seeing?" },
    turn { id = "t.dana-explains", at = "12:25", who = "dana",
           text = "The cache gets emptied at one moment, refilled within a few seconds, and every entry has the same 60-second lifetime. So every minute they all expire at once and pricing gets a few thousand requests in the same second. The jitter setting was there to spread expiry out; we added it after PLAT-88." },
    turn { id = "t.priya-cues", at = "12:26", who = "priya",
           text = "That matches what I saw: the restart helped for a minute, then the next wave. I read pricing CPU as the cause because the runbook sends you there first, and the runbook says nothing about the cache." },
    turn { id = "t.tomas-context", at = "12:27", who = "tomas",
           text = "Marketing asked for promo prices to show up faster. The config comment only said \"see PLAT-88\", and Checkout can't open Platform tickets, so I thought the jitter was about staleness." },
    turn { id = "t.noor-options", at = "12:28", who = "noor",
           text = "Pausing the promo would upset the 40k people who just got the newsletter. Can we revert first?" },
    turn { id = "t.priya-revert", at = "12:29", who = "priya",
           text = "Reverting #418 now, fast path." },
    turn { id = "t.dana-recovered", at = "12:33", who = "dana",
           text = "Hit ratio is back above 90 and flat. No more sawtooth." },
    turn { id = "t.noor-status", at = "12:34", who = "noor",
           text = "Can I move the status page to identified?" },
    turn { id = "t.marcus-close", at = "12:40", who = "marcus",
           text = "Yes. Let's keep the channel open until the promo ends at 13:00. I'll set up the review." },
}

-- ---- the change ----------------------------------------------------------

pr {
    id = "pr.418",
    title = "PR #418: Shorten the checkout price cache TTL",
    number = 418,
    repo = "pebble/checkout",
    author = "tomas",
    reviewers = { "marcus" },
    opened = "2026-03-10T16:20",
    merged = "2026-03-11T10:02",
    description = [[
        Marketing asked that price changes show up faster (MKT-311: stale prices for up to 15 minutes after last month's sale).

        - ttl_seconds 900 -> 60
        - ttl_jitter_seconds 120 -> 0: with a one-minute TTL, two minutes of jitter would let entries live three times longer than intended.
    ]],
    diff = read("pr-418.diff"),
    review { id = "rv.marcus-jitter", at = "2026-03-10T17:05", who = "marcus", verdict = "comment",
             file = "config/production/checkout.yaml", line = 26,
             text = "What was the jitter for originally? The comment points at PLAT-88, which I can't open." },
    review { id = "rv.tomas-jitter", at = "2026-03-11T09:12", who = "tomas", verdict = "comment",
             file = "config/production/checkout.yaml", line = 26,
             text = "PLAT-88 is in the Platform project; we have no access. Looks like it was about staleness, which a 60 s TTL makes moot." },
    review { id = "rv.marcus-approve", at = "2026-03-11T09:40", who = "marcus", verdict = "approve",
             text = "Makes sense, small config change. Ship it with tomorrow's release train." },
}

-- ---- the support ticket --------------------------------------------------

ticket {
    id = "ticket.sup-2291",
    title = "SUP-2291: Customers cannot complete checkout",
    key = "SUP-2291",
    reporter = "noor",
    assignee = "priya",
    opened = "12:06",
    closed = "12:52",
    fields = {
        { "Status", "Resolved" },
        { "Priority", "Urgent" },
        { "Component", "Checkout" },
        { "Customer reports", "63" },
        { "Channels", "Chat, email" },
    },
    description = "Since about 12:01 customers report that the payment page spins for a long time and then shows \"Something went wrong\". Started right after the Lunch Drop went live. Some customers retry three or four times.",
    comment { id = "cm.noor-first", at = "12:06", who = "noor",
              text = "First chat at 12:01, 9 by 12:03, 14 by 12:06. Asked in #checkout at 12:03. Our macro for the promo only covers discount codes." },
    change { id = "ch.priority", at = "12:09", who = "noor", field = "Priority", from = "Normal", to = "Urgent" },
    change { id = "ch.assignee", at = "12:10", who = "noor", field = "Assignee", from = "Support triage", to = "Priya Nair" },
    change { id = "ch.in-progress", at = "12:11", who = "priya", field = "Status", from = "Open", to = "In progress" },
    comment { id = "cm.priya-working", at = "12:12", who = "priya",
              text = "Checkout p95 is ~5 s and pricing CPU is high. Investigating; follow #checkout." },
    change { id = "ch.reports", at = "12:30", who = "noor", field = "Customer reports", from = "14", to = "63" },
    comment { id = "cm.noor-macro", at = "12:40", who = "noor",
              text = "Macro updated: payments that did not go through were not charged, and customers can simply retry. The promo code still works until 13:00." },
    change { id = "ch.resolved", at = "12:52", who = "noor", field = "Status", from = "In progress", to = "Resolved" },
}

-- ---- alerts and pages ----------------------------------------------------

alerts {
    id = "alerts",
    title = "Alerts and pages",
    fired { id = "a.latency-fired", at = "12:04", alert = "CheckoutLatencyP95High",
            service = "checkout-svc", severity = "high",
            text = "checkout p95 latency 4.8 s > 2 s for 3 minutes" },
    paged { id = "a.priya-paged", at = "12:04", who = "priya",
            text = "CheckoutLatencyP95High: checkout p95 4.8 s" },
    fired { id = "a.pricing-cpu-fired", at = "12:05", alert = "PricingCPUHigh",
            service = "pricing-svc", severity = "warning",
            text = "pricing CPU 93% > 85% for 3 minutes (warning: does not page)" },
    acked { id = "a.priya-acked", at = "12:07", who = "priya", alert = "a.latency-fired" },
    escalated { id = "a.escalated-marcus", at = "12:19", who = "marcus", by = "priya",
                text = "Need a second pair of eyes; restart of pricing did not help." },
    acked { id = "a.marcus-acked", at = "12:21", who = "marcus", alert = "a.latency-fired",
            text = "Joining from the offsite." },
    resolved { id = "a.pricing-cpu-resolved", at = "12:36",
               text = "PricingCPUHigh: pricing CPU 41%" },
    resolved { id = "a.latency-resolved", at = "12:38",
               text = "CheckoutLatencyP95High: checkout p95 450 ms" },
}

-- ---- dashboards ----------------------------------------------------------

metric {
    id = "metric.hit-ratio",
    title = "Checkout price cache hit ratio",
    unit = "%",
    service = "checkout-svc",
    from = "11:50",
    step = 30,
    values = {
        96, 97, 98, 96, 97, 98, 96, 97, 98, 96,   -- 11:50
        97, 98, 96, 97, 98, 96, 97, 98, 96, 97,   -- 11:55
        1, 84, 7, 68, 6, 64, 5, 73, 4, 69,        -- 12:00
        3, 65, 7, 74, 6, 70, 5, 66, 4, 62,        -- 12:05
        3, 71, 7, 67, 6, 63, 5, 72, 4, 68,        -- 12:10
        3, 81, 7, 73, 6, 69, 5, 65, 4, 74,        -- 12:15
        3, 70, 7, 66, 6, 62, 5, 71, 4, 67,        -- 12:20
        3, 63, 7, 72, 6, 68, 5, 64, 4, 73,        -- 12:25
        3, 69, 6, 71, 88, 93, 97, 95, 96, 97,     -- 12:30
        95, 96, 97, 95, 96, 97, 95, 96, 97, 95,   -- 12:35
        96, 97, 95, 96, 97, 95, 96, 97, 95, 96,   -- 12:40
        97,                                       -- 12:45
    },
    annotation { id = "an.promo-live", at = "12:00",
                 text = "Lunch Drop live: the pricing admin writes promo prices and replaces every price key" },
    annotation { id = "an.revert-deployed", at = "12:31", text = "#419 (revert of #418) deployed" },
}

metric {
    id = "metric.latency",
    title = "Checkout p95 latency",
    unit = "ms",
    service = "checkout-svc",
    points = {
        { "11:55", 380 }, { "12:00", 410 }, { "12:01", 1900 }, { "12:02", 3900 },
        { "12:03", 4800 }, { "12:05", 5200 }, { "12:10", 4900 }, { "12:14", 5100 },
        { "12:15", 1300 }, { "12:16", 4600 }, { "12:20", 5000 }, { "12:25", 4900 },
        { "12:30", 4700 }, { "12:31", 2100 }, { "12:32", 900 }, { "12:33", 520 },
        { "12:35", 450 }, { "12:40", 430 },
    },
    annotation { id = "an.pricing-restart", at = "12:15", text = "Pricing pods restarted (runbook step 2)" },
}

-- ---- schedules -----------------------------------------------------------

oncall {
    id = "oncall",
    title = "On-call rotations",
    shift { id = "s.priya", who = "priya", team = "checkout", role = "primary",
            from = "2026-03-09T09:00", to = "2026-03-16T09:00" },
    shift { id = "s.marcus", who = "marcus", team = "checkout", role = "secondary",
            from = "2026-03-09T09:00", to = "2026-03-16T09:00" },
    shift { id = "s.yusuf", who = "yusuf", team = "platform", role = "primary",
            from = "2026-03-09T09:00", to = "2026-03-16T09:00" },
    shift { id = "s.dana-next", who = "dana", team = "platform", role = "primary",
            from = "2026-03-16T09:00", to = "2026-03-23T09:00" },
}

calendar {
    id = "calendar",
    title = "Shared calendar",
    event { id = "e.go-no-go", title = "Lunch Drop go/no-go",
            from = "2026-03-10T15:00", to = "2026-03-10T15:30", who = { "lena", "noor" },
            text = "Agenda: banner copy, discount codes, support macros. At 12:00 sharp the pricing admin applies the promo prices to all 1,900 products in one bulk update." },
    event { id = "e.release", title = "Release train: checkout 2026.03.12",
            from = "09:30", to = "09:45", who = { "priya" },
            text = "Includes #418 (price cache TTL) and #421 (receipt e-mail wording)." },
    event { id = "e.planning", title = "Checkout quarterly planning (offsite)",
            from = "10:00", to = "13:00", who = { "marcus", "tomas" } },
    event { id = "e.lunch-drop", big = true, title = "Lunch Drop: 20% off all beans",
            from = "12:00", to = "13:00", who = { "lena", "noor" },
            text = "Newsletter at 11:55 to 40k subscribers. Promo prices go live at 12:00." },
}

-- ---- documents -----------------------------------------------------------

document {
    id = "doc.runbook",
    title = "Runbook: checkout latency",
    kind = "runbook",
    updated = "2025-10-02T14:00",
    read_minutes = 2,
    text = "For CheckoutLatencyP95High. Owner: Checkout team.",
    section { id = "rb.first-checks", title = "1. First checks",
              text = "Is pricing healthy? Look at pricing CPU and error rate. Checkout calls pricing for every price it does not have in its cache." },
    section { id = "rb.restart", title = "2. Pricing CPU high",
              text = "Restart the pricing pods: `kubectl rollout restart deploy/pricing`. This has fixed it every time so far." },
    section { id = "rb.cache", title = "3. Cache",
              text = "Cache settings live in config/production/checkout.yaml. Redis is run by Platform." },
    section { id = "rb.escalate", title = "4. Escalation",
              text = "Escalate to the Checkout secondary. Page Platform on call for Redis problems." },
}

document {
    id = "doc.status",
    title = "status.pebbleandpine.example",
    kind = "status",
    updated = "12:47",
    text = "Public status page. Updates are written by Support.",
    section { id = "st.investigating", title = "Investigating", at = "12:14",
              text = "Some customers cannot complete checkout. We are investigating." },
    section { id = "st.identified", title = "Identified", at = "12:34",
              text = "We found the cause of slow checkouts and deployed a fix. Payments that did not go through were not charged; please try again." },
    section { id = "st.resolved", title = "Resolved", at = "12:47",
              text = "Checkout is working normally. The Lunch Drop runs until 13:00." },
}

-- ---- the rubric ------------------------------------------------------------

-- Blame and counterfactuals in a report field. A condition can sit in one
-- place only, so this makes a fresh one for each use.
local function blames(field)
    return mentions(field, "human error", "should have", "should've", "failed to",
                    "could have prevented", "careless")
end

-- ---- interviews ----------------------------------------------------------
-- Four people can be interviewed. Each knows things no source says. Open
-- questions about cues, knowledge and goals get the full story; "why
-- didn't you" gets the guarded answer (candor rules: scenarios/README.md).

interviewee { who = "priya", disposition = "anxious",
    intro = "Priya joins with her camera off. \"Is this about the restart? I followed the runbook.\"",
    holds_back = "Priya did not know she could page Platform for a cache problem. Blame makes people keep exactly this kind of detail to themselves." }
interviewee { who = "dana", disposition = "calm",
    intro = "Dana is curious about the investigation and happy to talk shop." ,
    holds_back = "Dana nearly stayed quiet because it was not her service. Ask how she came to speak up." }
interviewee { who = "noor", disposition = "talkative",
    intro = "Noor brings the support queue's numbers for the day.",
    holds_back = "Noor knew the promo start time to the minute; engineering did not." }
interviewee { who = "tomas", disposition = "defensive", available_until = 240,
    away = "on leave from this afternoon, back next week",
    intro = "Tomás has a few minutes before his leave starts. \"I assume this is about #418.\"",
    holds_back = "Tomás read the PLAT-88 comment and could not open the ticket. A blaming question makes that sound like an excuse, so he keeps it back." }

fact { id = "f.runbook-first", who = "priya", at = "12:14",
       text = "The runbook sends the on-call engineer to pricing CPU first and says nothing about the cache, so a restart looked like the documented fix." }
fact { id = "f.platform-paging", who = "priya", at = "12:18",
       text = "Priya thought Platform only owned the Redis hosts, not cache behaviour, so paging them did not occur to her." }
fact { id = "f.offsite", who = "priya", at = "12:18",
       text = "Both people who knew #418 were at the planning offsite: escalating meant pulling someone out of a meeting." }
fact { id = "f.dana-watches", who = "dana", at = "12:19",
       text = "Since the catalog stampede, Dana watches busy channels during promotions. Nobody asked her to; it is not part of any rotation." }
fact { id = "f.plat88-hidden", who = "dana",
       text = "The jitter was added after PLAT-88, a ticket in the Platform project that the Checkout team cannot open." }
fact { id = "f.dana-hesitated", who = "dana", at = "12:21",
       text = "Dana hesitated before posting: she was not on call and it was not her service." }
fact { id = "f.support-first", who = "noor", at = "12:01",
       text = "Support saw failed checkouts at 12:01, three minutes before the first alert." }
fact { id = "f.promo-plan", who = "noor",
       text = "Support and Marketing planned the Lunch Drop together for a week; nobody thought to tell engineering the start time." }
fact { id = "f.mkt-request", who = "tomas", at = "2026-03-10T16:20",
       text = "Tomás shortened the TTL because Marketing asked for promo prices to show within a minute (MKT-311)." }
fact { id = "f.review-evening", who = "tomas", at = "2026-03-11T09:40",
       text = "Author and reviewer both read \"see PLAT-88\", could not open it, and took the jitter to be about staleness." }

question { id = "q.priya-notice", who = "priya", kind = "cue", text = "What did you notice first?",
    answer { candor = 50, reveals = { "f.runbook-first" },
             text = "The latency page, then the pricing CPU graph. Step 2 of the runbook says to restart pricing when its CPU is high, so that is what I did. The runbook never mentions the cache." },
    answer { text = "The alert. I did what the runbook says." } }
question { id = "q.priya-help", who = "priya", kind = "help", text = "What made you escalate to Marcus rather than page someone else?",
    when = asked "q.priya-notice",
    answer { candor = 55, reveals = { "f.platform-paging", "f.offsite" },
             text = "Marcus was secondary. I honestly thought Platform only owned the Redis boxes, so paging them for a cache setting felt wrong. And Marcus and Tomás were both at the offsite, so I waited a bit before pulling them out." },
    answer { candor = 30, reveals = { "f.offsite" },
             text = "He was the secondary. He and Tomás were at the offsite." },
    answer { text = "That is the escalation policy." } }
question { id = "q.priya-normal", who = "priya", kind = "normal_work", text = "How does a typical on-call week go for you?",
    answer { text = "Quiet, mostly. This was my second rotation; the runbooks are what I lean on." } }
question { id = "q.priya-why-not", who = "priya", kind = "counterfactual", text = "Why didn't you check the cache settings before restarting pricing?",
    answer { text = "The runbook said to restart pricing. I did what it said." } }

question { id = "q.dana-join", who = "dana", kind = "cue", text = "What drew you into the channel?",
    answer { candor = 40, reveals = { "f.dana-watches" },
             text = "Since the catalog stampede I keep an eye on busy channels during promotions. Nobody asked me to, it is just a habit. The hit-ratio sawtooth was unmistakable." },
    answer { text = "It looked busy." } }
question { id = "q.dana-know", who = "dana", kind = "knowledge", text = "How did you know the jitter mattered?",
    answer { candor = 50, reveals = { "f.plat88-hidden" },
             text = "I added it, after PLAT-88. That ticket lives in the Platform project. I only learned today that Checkout cannot open it, so the comment in the config pointed at nothing." },
    answer { text = "I have seen this pattern before." } }
question { id = "q.dana-speak", who = "dana", kind = "goals", text = "What was going on for you when you decided to post?",
    when = any { asked "q.dana-join", pinned "m.dana-pattern" },
    answer { candor = 60, reveals = { "f.dana-hesitated" },
             text = "Honestly, I hesitated. I was not on call and it was not my service; I did not want to step on Priya. I posted as a question on purpose." },
    answer { text = "I thought it might help." } }
question { id = "q.dana-right", who = "dana", kind = "leading", text = "So the jitter change caused the outage, right?",
    answer { text = "It was one part of it. There was a lot going on." } }

question { id = "q.noor-first", who = "noor", kind = "cue", text = "When did support first hear something was wrong?",
    answer { candor = 40, reveals = { "f.support-first" },
             text = "12:01. The first chat came in a minute after the newsletter link went live; by 12:03 we had nine. The alert came later." },
    answer { text = "Around noon." } }
question { id = "q.noor-plan", who = "noor", kind = "goals", text = "What else was going on for support that day?",
    answer { candor = 50, reveals = { "f.promo-plan" },
             text = "We had planned the Lunch Drop with Marketing for a week: macros, discount codes, staffing. It never crossed our minds to tell engineering the start time; Marketing owns the promo." },
    answer { text = "The promotion, mostly." } }

question { id = "q.tomas-context", who = "tomas", kind = "goals", text = "What were you trying to achieve with #418?",
    answer { candor = 30, reveals = { "f.mkt-request" },
             text = "Marketing had complained that promo prices took fifteen minutes to show (MKT-311). A one-minute TTL fixed that." },
    answer { text = "It is in the description." } }
question { id = "q.tomas-jitter", who = "tomas", kind = "knowledge", text = "How did you understand the jitter setting when you changed it?",
    when = asked "q.tomas-context",
    answer { candor = 35, reveals = { "f.review-evening" },
             text = "The comment said \"see PLAT-88\". Neither Marcus nor I could open it, so we guessed it was about staleness, which a shorter TTL already solved." },
    answer { text = "I read the comment." } }
question { id = "q.tomas-blame", who = "tomas", kind = "blaming", text = "Who approved removing the jitter?",
    answer { text = "It was reviewed and approved. Like every change." } }

-- ---- the review meeting ---------------------------------------------------
-- The participant facilitates it (rules: scenarios/README.md, "The review
-- meeting"). Marcus fills silences, Dana holds the missing piece, Priya
-- braces for blame, Lena wants action items now.

meeting {
    title = "Review: the Lunch Drop slowdown",
    minutes = 45,
    attendee { who = "marcus", trait = "dominant" },
    attendee { who = "dana", trait = "quiet_expert" },
    attendee { who = "priya", trait = "defensive" },
    attendee { who = "lena", trait = "wants_actions" },
    attendee { who = "noor", trait = "steady" },
    attendee { who = "yusuf", trait = "lurker" },
    beat { id = "b.opening", kind = "opening", title = "Opening and ground rules", minutes = 5 },
    beat { id = "b.timeline", kind = "timeline", title = "Walk the timeline", minutes = 15 },
    beat { id = "b.cache", kind = "deep_dive", title = "Deep dive: the cache, the jitter and PLAT-88", minutes = 15 },
    beat { id = "b.themes", kind = "themes", title = "Themes", minutes = 5 },
    beat { id = "b.close", kind = "close", title = "Close", minutes = 5 },
}

meeting_event { id = "ev.marcus-blame", who = "marcus", kind = "blame", target = "priya",
    beat = "b.timeline", after = 1,
    text = "Honestly, restarting pricing twice was the mistake. Priya should have checked the cache first." }
meeting_event { id = "ev.dana-piece", who = "dana", kind = "holds_piece", beat = "b.cache", after = 0,
    text = "(Dana scrolls through an old ticket on her laptop, but says nothing.)" }
meeting_event { id = "ev.lena-fixes", who = "lena", kind = "push_fixes", beat = "b.cache", after = 1,
    text = "Can we just agree the action items now? I need something for leadership by five." }
meeting_event { id = "ev.side-talk", who = "noor", kind = "side_talk", beat = "b.themes", after = 1,
    text = "(Noor and Lena start talking about the next promotion's macros.)" }

insight { id = "in.plat88", who = "dana", needs = "invite", openness = 45,
    text = "PLAT-88 is in the Platform project. Checkout can't open it, so the comment in the config pointed at nothing: the reason for the jitter was invisible to the people changing it." }
insight { id = "in.runbook", who = "priya", needs = "make_sense", openness = 40, beat = "b.timeline",
    text = "Step 2 of the runbook says to restart pricing when its CPU is high. It was the documented fix, and it worked for a minute, which made it look right." }
insight { id = "in.watch", who = "dana", needs = "go_deeper", openness = 50, beat = "b.cache",
    text = "I watch busy channels during promotions because of the catalog stampede. That is in nobody's rotation: it was luck that I was there." }
insight { id = "in.promo-comms", who = "noor", needs = "go_deeper", openness = 55, beat = "b.themes",
    text = "Support and Marketing planned the Lunch Drop for a week. Nobody thought engineering needed the start time." }

-- ---- the triage queue ------------------------------------------------------
-- Before the full review: which of last week's incidents deserve one? The
-- engine computes each case's signals: this one's from the sources, the
-- others' from the facts written here, by the same rules.

triage_case {
    id = "q.lunch-drop", own = true,
    title = "Checkout slow during the Lunch Drop promotion",
    summary = "Thursday 12:01 to 12:38. Checkout latency and payment timeouts while 20% off ran; support answered more than sixty chats. Fixed by reverting a cache setting.",
    repeats = { "PLAT-88: the catalog cache stampede, last year" },
}

triage_case {
    id = "q.stock-sync",
    title = "Nightly stock sync retried twice",
    summary = "Monday 03:10. The stock sync job timed out against pricing and succeeded on its second retry. Yusuf acknowledged the page and watched it finish.",
    at = "2026-03-09T03:10:00", minutes = 12,
    teams = { "platform" }, services = { "pricing-svc" },
    responders = { "yusuf" }, on_call = { "yusuf" }, paged = { "yusuf" }, channel = 1,
}

triage_case {
    id = "q.receipts",
    title = "Receipt emails delayed by 40 minutes",
    summary = "Thursday 10:00. Receipt emails queued behind a slow mail provider; support answered a handful of customers while Priya, on call, switched the provider's region.",
    at = "2026-03-05T10:00:00", minutes = 50,
    teams = { "checkout", "support" }, services = { "checkout-svc" },
    responders = { "priya", "noor" }, on_call = { "priya" }, paged = { "priya" }, channel = 3,
}

criterion {
    id = "c.triage",
    title = "Choose the incident with the most to teach, and say why",
    category = "investigation",
    points = 10,
    when = all {
        triaged "q.lunch-drop",
        set_aside "q.stock-sync",
        signals_named("q.lunch-drop", 3),
    },
    met = "You chose the Lunch Drop for a full review and named signals it really shows. Four teams, some of which had never worked together, someone answering while not on call, a big promotion on the calendar and a trigger that had happened before: that incident has the most to teach.",
    missed = "Triage is a skill: the Lunch Drop drew in four teams (some had never worked together), relied on Dana who was not on call, ran during a promotion and repeated an old stampede (PLAT-88). The stock sync was routine work done by the person on call. Choose the Lunch Drop and name at least three signals it shows, and no signal it does not.",
}

criterion {
    id = "c.trigger",
    title = "Find the change that set the stage, and the discussion around it",
    category = "investigation",
    points = 15,
    when = all {
        pinned "pr.418/h1",
        any { pinned "rv.marcus-jitter", pinned "rv.tomas-jitter", noted "pr.418/h1" },
    },
    met = "You pinned the config hunk of #418 with its context. The jitter was removed for a reason that made sense with what the author and reviewer could see: the comment only said \"see PLAT-88\", a ticket neither could open.",
    missed = "The first hunk of PR #418 (pr.418/h1) shortened the TTL and set the jitter to 0. Pin it together with the review thread about the jitter, or a note of your own: the change matters less than why it looked safe at the time.",
}

criterion {
    id = "c.markers",
    title = "Mark the detection, diagnosis and repair moments",
    category = "investigation",
    points = 15,
    when = all {
        any { marked("m.noor-report", "detection"), marked("cm.noor-first", "detection"),
              marked("a.latency-fired", "detection"), marked("a.priya-paged", "detection") },
        any { marked("m.dana-pattern", "diagnosis"), marked("t.dana-explains", "diagnosis"),
              marked("r.tomas-418", "diagnosis"), marked("r.dana-promo", "diagnosis") },
        any { marked("m.priya-revert", "repair"), marked("t.priya-revert", "repair"),
              marked("m.revert-deployed", "repair"), marked("an.revert-deployed", "repair") },
    },
    met = "Your timeline has its three anchors. Markers tell readers of the report where to look, and tell you whom to interview: the people at those moments.",
    missed = "Mark one item each as detection (the first report or the page), diagnosis (Dana's pattern or the reply naming #418) and repair (the revert). These markers structure the timeline and point at the key people to talk to.",
}

criterion {
    id = "c.support-first",
    title = "Notice that Support detected it before the alert",
    category = "investigation",
    points = 10,
    when = all {
        opened "ticket.sup-2291",
        any { pinned "m.noor-report", pinned "cm.noor-first" },
    },
    met = "Customers told Support at 12:01, and Noor asked in #checkout at 12:03, a minute before the latency alert fired. Non-engineering teams are often the first sensors of an incident.",
    missed = "Open the support ticket and pin Noor's first report. Support heard about the problem before any alert fired; an analysis that starts at the page misses how the organisation actually noticed.",
}

criterion {
    id = "c.not-on-call",
    title = "Recognise the expert who was not on call",
    category = "investigation",
    points = 10,
    when = all {
        opened "oncall",
        any { tagged("not-on-call", "m.dana-pattern"), tagged("not-on-call", "t.dana-explains"),
              tagged("not-on-call", "j.dana"), tagged("not-on-call", "s.dana-next") },
    },
    met = "The on-call schedule shows Dana was not on call that week; the diagnosis came from her memory of PLAT-88. How often a response relies on people off the rotation is worth tracking over time.",
    missed = "Open the on-call schedule and tag Dana's message \"not-on-call\". The diagnosis came from someone off the rotation who happened to be lurking: knowledge that lived in one head, in another team.",
}

criterion {
    id = "c.timeline-notes",
    title = "Write notes on at least four key moments",
    category = "investigation",
    points = 10,
    when = at_least(4, {
        noted "m.noor-report", noted "a.priya-paged", noted "m.priya-restart", noted "rb.restart",
        noted "m.dana-pattern", noted "r.tomas-418", noted "pr.418/h1", noted "an.promo-live",
        noted "m.revert-deployed", noted "e.go-no-go",
    }),
    met = "Your notes record what people could see and know at each moment, which is what turns a list of events into an explanation.",
    missed = "Pin key moments with a note, at least four of them: what did the person see then, and what did they know? Notes are where the timeline becomes an understanding of why each action made sense.",
}

criterion {
    id = "c.factors",
    title = "Name several contributing factors, each resting on evidence",
    category = "analysis",
    points = 15,
    partial = true,
    -- A factor counts when its words name the condition and it is linked
    -- to evidence that shows it: a pinned item or a fact from an interview.
    when = at_least(3, {
        factor { words = {"ttl", "jitter", "expiry", "expire", "expired", "expiration"},
                 evidence = {"pr.418/h1", "t.dana-explains", "m.dana-pattern"} },
        factor { words = {"promo", "promotion", "lunch drop", "bulk update", "invalidation"},
                 evidence = {"an.promo-live", "f.promo-plan"} },
        factor { words = {"runbook"}, evidence = {"rb.restart", "m.priya-restart", "f.runbook-first"} },
        factor { words = {"PLAT-88", "platform", "another team", "access"},
                 evidence = {"pr.418/h1", "rv.marcus-jitter", "f.plat88-hidden", "m.dana-pattern"} },
        factor { words = {"go/no-go", "marketing", "calendar", "not invited"},
                 evidence = {"e.go-no-go", "f.promo-plan", "f.mkt-request"} },
        factor { words = {"warning", "paging", "paged", "page"},
                 evidence = {"a.pricing-cpu-fired", "f.platform-paging"} },
    }),
    met = "Several factors lined up, and each rests on what you found: the TTL and jitter change (the diff), the promo replacing every price key at once (the chart), a runbook that pointed at pricing, knowledge locked in another team's tracker, and a promo planned without engineering.",
    missed = "Incidents rarely have one root cause. Write at least three contributing factors, each a condition rather than a person's mistake, and link each to the evidence that shows it: the diff of PR #418 for the TTL and jitter, the 12:00 promo on the hit-ratio chart, the runbook's restart step, what Dana told you about PLAT-88, the go/no-go on the calendar.",
}

criterion {
    id = "c.evidence",
    title = "Link every contributing factor to evidence",
    category = "analysis",
    points = 5,
    when = all { factors_linked(3), none { blames("factors") } },
    met = "Each factor points at what shows it, so a reader can check your reasoning and the review can start from the same facts.",
    missed = "A factor with no evidence is an opinion. In the Report, link each factor to the pinned items or interview facts it rests on (at least three factors), and keep blame out of them.",
}

criterion {
    id = "c.blameless",
    title = "Keep the report blameless",
    category = "analysis",
    points = 10,
    when = all {
        mentions("narrative", "checkout", "lunch drop", "promo"),
        none { blames("any") },
    },
    met = "Your narrative describes conditions, not culprits. That keeps people talking openly in interviews and in the review, which is where the details come from.",
    missed = "Write a narrative, and leave out \"human error\" and counterfactuals such as \"should have\", \"failed to\" or \"could have prevented\". They end the inquiry at a person; ask instead what made each action make sense at the time.",
}

criterion {
    id = "c.cross-team",
    title = "See that the promotion was planned without engineering",
    category = "analysis",
    points = 5,
    when = all {
        pinned "e.go-no-go",
        mentions("any", "marketing", "go/no-go"),
    },
    met = "Marketing and Support planned a 12:00 bulk price change; Checkout and Platform were not in the room. Engineering working with non-engineering teams that had not worked together is a sign an incident has more to teach.",
    missed = "Look at the shared calendar: the go/no-go meeting had Marketing and Support but no engineers. Pin it and discuss it in the report; timing during a big event and teams that never worked together are signals worth naming.",
}

criterion {
    id = "c.themes",
    title = "Write the themes: what surprised people, what others should know, what this shares with other incidents",
    category = "analysis",
    points = 10,
    partial = true,
    when = all {
        any {
            mentions("surprises", "stampede", "jitter", "every minute", "synchronised", "synchronized"),
            mentions("patterns", "PLAT-88", "catalog", "stampede", "thundering herd"),
        },
        written("surprises", 12),
        written("learn_more", 12),
        written("patterns", 12),
    },
    met = "Themes are what make a report worth rereading: this stampede had happened before, on catalog, and the lesson had not travelled.",
    missed = "Write all three themes, a few sentences each: what surprised people, what others should know more about, and what this shares with other incidents. The catalog stampede (PLAT-88) a year earlier is the same pattern. Themes turn one report into shared learning.",
}

criterion {
    id = "c.story-order",
    title = "Tell the timeline from detection through diagnosis to repair",
    category = "analysis",
    points = 5,
    when = all {
        marked("a.priya-paged", "key_moment"),
        ordered { "an.promo-live", "a.priya-paged", "m.priya-restart", "m.dana-pattern", "m.revert-deployed" },
    },
    met = "Your timeline walks from the promo going live through the page and the restart to Dana's diagnosis and the revert: the story the review meeting will walk.",
    missed = "Pin the promo going live, Priya's page, the restart, Dana's recognition of the sawtooth and the revert, and keep them in that order on the report's timeline: that is the story the meeting walks.",
}

criterion {
    id = "c.action-items",
    title = "After soak time, write action items that change conditions",
    category = "action_items",
    points = 10,
    partial = true,
    when = all {
        written("action_items", 25),
        mentions("action_items", "jitter", "PLAT-88", "ticket", "tracker"),
        mentions("action_items", "runbook"),
        mentions("action_items", "go/no-go", "promo", "promotion", "marketing"),
        none { blames("action_items") },
    },
    met = "Your action items change conditions (the runbook, how knowledge like PLAT-88 travels, how promotions are planned), not people, and were written after a day of soak time.",
    missed = "Action items come after soak time: once the meeting is over and a day has passed. Write items that change conditions: a runbook step about cache expiry, a way for PLAT-88-style knowledge to reach other teams, engineering at promotion go/no-go meetings. \"Be more careful\" is not an action item.",
}

criterion {
    id = "c.choose",
    title = "Choose the people at the key moments, and the expert who was not on call",
    category = "interviews",
    points = 10,
    when = all { chosen "priya", chosen "dana", chosen "noor" },
    met = "You chose the person who detected and repaired (Priya), the one who diagnosed without being on call (Dana), and the one who noticed first (Noor).",
    missed = "Interview the people at detection, diagnosis and repair: Noor's support queue noticed first, Priya handled it, Dana diagnosed it while not on call. The expert off the rotation often holds what nobody else knew.",
}

criterion {
    id = "c.interview-knowledge",
    title = "Learn what the runbook and the hidden ticket meant to the responders",
    category = "interviews",
    points = 10,
    when = all { learned "f.runbook-first", learned "f.plat88-hidden" },
    met = "You learned why a restart looked right (the runbook) and why the jitter looked safe to remove (PLAT-88 was invisible to Checkout). Those are conditions, not mistakes.",
    missed = "Ask Priya what she noticed first and Dana how she knew the jitter mattered, openly, so they feel safe enough to say more. The runbook and the hidden ticket are the heart of this incident.",
}

criterion {
    id = "c.candor",
    title = "Keep the people you interview talking",
    category = "interviews",
    points = 5,
    when = all { candor("priya", 50), candor("dana", 55) },
    met = "Your questions kept Priya and Dana open: their candor stayed high, so they told you the details a guarded person keeps back.",
    missed = "\"Why didn't you\" and leading questions make people guarded; they say less, and the analysis loses the very details it needs. Start with cues and knowledge questions.",
}

criterion {
    id = "c.calibration",
    title = "Send a calibration note before the meeting",
    category = "interviews",
    points = 5,
    when = all {
        mentions("calibration", "runbook"),
        mentions("calibration", "PLAT-88", "jitter"),
        none { blames("calibration") },
    },
    met = "Your calibration note gave the attendees the same starting point: what you learned, the themes (the runbook, the hidden ticket) and your open questions.",
    missed = "Before the meeting, write a short calibration note: what you learned so far (the runbook, PLAT-88 and the jitter), emerging themes and open questions, without blame. It lets everyone arrive with the same picture.",
}

criterion {
    id = "c.ground-rules",
    title = "Open the meeting with ground rules",
    category = "facilitation",
    points = 5,
    when = ground_rules(),
    met = "You set the ground rules first: here to learn, not to blame. The room felt safer, and people said more.",
    missed = "Start the meeting with ground rules (blameless, curious). Without them, people come in braced to defend themselves.",
}

criterion {
    id = "c.redirect",
    title = "Turn Marcus's blame into a question about conditions",
    category = "facilitation",
    points = 10,
    when = redirected "ev.marcus-blame",
    met = "When Marcus blamed Priya, you turned it to conditions. Blame left standing makes everyone else in the room quieter.",
    missed = "Marcus said Priya \"should have checked the cache\". Redirect it at once (what made the restart look right?): blame left standing silences the room.",
}

criterion {
    id = "c.quiet-expert",
    title = "Bring out what the quiet expert knows",
    category = "facilitation",
    points = 10,
    when = all { surfaced "in.plat88", surfaced "in.runbook" },
    met = "Dana explained why the jitter's reason was invisible, and Priya why the restart made sense. The room now shares the missing pieces.",
    missed = "Dana holds the missing piece (PLAT-88) but will not interrupt Marcus: invite her, ideally after talking to her beforehand. Ask Priya what made the restart make sense at the time.",
}

criterion {
    id = "c.park-and-time",
    title = "Park the action items and keep the time box",
    category = "facilitation",
    points = 5,
    when = all { parked "ev.lena-fixes", talk_balance(50), within_time(5) },
    met = "You parked Lena's action items for after soak time, kept Marcus from taking over, and finished on time.",
    missed = "Park fixes for later (they come out better after soak time), pause a dominant voice so others can speak, and keep an eye on the time box.",
}

criterion {
    id = "c.whom-to-ask",
    title = "Decide whom to interview, with open questions",
    category = "interviews",
    points = 5,
    when = all {
        at_least(2, {
            mentions("open_questions", "dana"),
            mentions("open_questions", "tomás", "tomas"),
            mentions("open_questions", "priya"),
            mentions("open_questions", "noor", "support"),
            mentions("open_questions", "lena", "marketing"),
        }),
        none { mentions("open_questions", "why didn't", "why did you not", "you should") },
    },
    met = "You picked people at the key moments and asked open questions. Interviews with the detector, the diagnoser and the repairer are where the timeline gets its why.",
    missed = "In the open questions, name at least two people to talk to (Dana, Tomás, Priya, Noor, Lena) and what you would ask, without \"why didn't you\". Cues, knowledge and goals questions get answers; \"why didn't you\" gets defences.",
}

-- ---- the model analysis ------------------------------------------------------
-- What an experienced reviewer would write. The debrief sets it beside the
-- participant's report, section by section.

analysis {
    summary = [[From 12:01 to about 12:35 on 12 March, checkout was slow and many payments timed out during the Lunch Drop promotion. Nobody was charged twice. Reverting PR #418, which had shortened the price cache's TTL and removed its jitter, ended it.]],
    narrative = [[PR #418 shortened the price cache TTL to 60 seconds and set the jitter to 0, so that promo prices would show sooner; the only explanation of the jitter was "see PLAT-88", a ticket in Platform's tracker. At 12:00 the promo's bulk update replaced every price key at once, so every entry now expired together, every minute. Support saw failures at 12:01. Priya was paged at 12:04 for latency; the runbook pointed at pricing CPU, and restarting pricing bought a minute each time. Dana, not on call, recognised the minute sawtooth from the catalog stampede and asked about jitter; Tomás linked #418 from the offsite, and the revert at 12:31 ended it.]],
    went_well = [[Support raised the problem within two minutes. Dana spoke up although she was not on call. The bridge had clear roles, and Support brought the customers' view to the choice between reverting and pausing the promo.]],
    surprises = [[A setting that read like a staleness knob was really spreading load. The hit ratio fell to nearly zero at the top of every minute: a stampede, synchronised by the bulk update.]],
    learn_more = [[How cache expiry interacts with bulk updates; what each jitter setting in our configs protects against; how promotions are planned and who hears about them.]],
    patterns = [[The catalog stampede a year earlier (PLAT-88) had the same shape. What Platform learned then lived in a tracker Checkout cannot open, so the lesson did not travel.]],
    open_questions = [[How did Dana know the sawtooth meant a stampede? What did the PLAT-88 link mean to Tomás and the reviewer? What else competed for engineering's attention that week?]],
    action_items = [[Add a runbook step for cache expiry and hit ratio before any restart. Put the reason for the jitter in the code, and make PLAT-88-style incident notes readable across teams. Invite an engineer to promotion go/no-go meetings when prices change in bulk.]],
    timeline = { "an.promo-live", "cm.noor-first", "a.priya-paged", "m.priya-restart", "m.dana-pattern",
                 "f.plat88-hidden", "r.tomas-418", "m.revert-deployed" },
    model_factor { text = "PR #418 cut the TTL to 60 s and set the jitter to 0, removing the spread of cache expiry.",
                   evidence = { "pr.418/h1", "t.dana-explains" } },
    model_factor { text = "The promo's 12:00 bulk update replaced every price key at once, so every entry expired together.",
                   evidence = { "an.promo-live" } },
    model_factor { text = "The runbook points at pricing CPU and a restart, and says nothing about cache expiry.",
                   evidence = { "rb.restart", "f.runbook-first" } },
    model_factor { text = "Why the jitter mattered lived in PLAT-88, in a tracker Checkout cannot open; the reviewer's question had nowhere to go.",
                   evidence = { "rv.marcus-jitter", "f.plat88-hidden" } },
    model_factor { text = "The go/no-go meeting had Marketing and Support but no engineers, so the bulk update was news to Checkout.",
                   evidence = { "e.go-no-go", "f.promo-plan" } },
    model_factor { text = "The pricing CPU alert is a warning that does not page Platform, whose on-call engineer never heard of the incident.",
                   evidence = { "a.pricing-cpu-fired", "f.platform-paging" } },
}

-- ---- the guided tour -----------------------------------------------------------
-- One step per screen, about twelve minutes in all. Each step is done by
-- doing it (data conditions, like a question's `when`), so the tour follows
-- the participant instead of blocking them.

local function decided(case) return any { triaged(case), set_aside(case) } end

guide_step { id = "g.triage", section = "triage", minutes = 2,
    title = "Choose what deserves a review",
    text = [[Three incidents wait in the queue. Read each summary, tick the signals you see, and decide which one deserves a full review. Look for many teams, people helping while not on call, a big event, and a trigger that happened before.]],
    done = all { decided "q.lunch-drop", decided "q.stock-sync", decided "q.receipts" } }

guide_step { id = "g.read", section = "sources", minutes = 2,
    title = "Read what the responders saw",
    text = [[Open #checkout from the list of sources. Reading costs in-game time, as it would in a real review; the clock is at the top right. Other sources (alerts, the bridge call, the pull request, charts) tell the same story from other angles.]],
    done = opened "chat.checkout" }

guide_step { id = "g.pin", section = "sources", minutes = 2,
    title = "Pin evidence with a note",
    text = [[Select a message (click it, or J and K) and press P to pin it. In the note, write what that person could see and know at that moment: that is what turns a list of events into an explanation.]],
    done = any { noted "m.noor-report", noted "cm.noor-first", noted "a.priya-paged", noted "m.priya-restart",
                 noted "m.dana-pattern", noted "t.dana-explains", noted "pr.418/h1", noted "rb.restart" } }

guide_step { id = "g.mark", section = "timeline", minutes = 1,
    title = "Mark detection, diagnosis and repair",
    text = [[Give pins markers: when was the problem detected, diagnosed, repaired? The Timeline puts every pin in incident time across sources, with gaps and markers, so the story's shape shows.]],
    done = all {
        any { marked("m.noor-report", "detection"), marked("cm.noor-first", "detection"),
              marked("a.latency-fired", "detection"), marked("a.priya-paged", "detection") },
        any { marked("m.dana-pattern", "diagnosis"), marked("t.dana-explains", "diagnosis"),
              marked("r.tomas-418", "diagnosis"), marked("r.dana-promo", "diagnosis") },
    } }

guide_step { id = "g.people", section = "people", minutes = 1,
    title = "See who took part",
    text = [[People shows everyone involved, their teams, who was on call, who helped while not on call, and which teams had never worked together. Those are the people to talk to, and the coordination worth writing about.]] }

guide_step { id = "g.interview", section = "interviews", minutes = 2,
    title = "Interview, with open questions",
    text = [[Choose whom to talk to and say why, then ask. Open questions about cues, knowledge and goals keep people talking; "why didn't you" makes them guarded and they tell you less.]],
    done = any { asked "q.priya-notice", asked "q.dana-know", asked "q.noor-first", asked "q.tomas-context" } }

guide_step { id = "g.meeting", section = "meeting", minutes = 2,
    title = "Facilitate the review meeting",
    text = [[Set ground rules first, walk the timeline, and make room: invite the quiet expert, pause a dominant voice, redirect blame to conditions, park fixes for later.]],
    done = ground_rules() }

guide_step { id = "g.report", section = "report", minutes = 2,
    title = "Write the report",
    text = [[Write a narrative and several contributing factors, each linked to the evidence it rests on. The coach underlines blame and hindsight. Action items wait for soak time: a day after the meeting.]],
    done = all { written("narrative", 15), factors_linked(2) } }

guide_step { id = "g.debrief", section = "debrief", minutes = 1,
    title = "Read the debrief",
    text = [[The Debrief scores your work against the rubric, criterion by criterion, and sets the model analysis beside yours. Missed criteria say why they matter and link to the evidence.]] }
