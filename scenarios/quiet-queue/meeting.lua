-- The review meeting and the triage queue.

-- ---- the review meeting --------------------------------------------------------
-- The participant facilitates it (rules: scenarios/README.md, "The review
-- meeting"). Jonas fills every silence and thinks it was a non-event.
-- Rogério holds the piece nobody else has, and speaks only when invited,
-- and only if he was asked beforehand. Bia braces for blame; Tobias wants a
-- fix agreed now; Henrik, the CFO, listens.

meeting {
    title = "Review: the quiet queue (payrun W10 holds)",
    minutes = 50,
    attendee { who = "jonas", trait = "dominant" },
    attendee { who = "rogerio", trait = "quiet_expert" },
    attendee { who = "bia", trait = "defensive" },
    attendee { who = "tobias", trait = "wants_actions" },
    attendee { who = "lea", trait = "steady" },
    attendee { who = "arjun", trait = "steady" },
    attendee { who = "henrik", trait = "lurker" },
    beat { id = "b.opening", kind = "opening", title = "Opening and ground rules", minutes = 5 },
    beat { id = "b.timeline", kind = "timeline", title = "Walk the timeline: Thursday 22:00 to Friday 13:05", minutes = 15 },
    beat { id = "b.deep", kind = "deep_dive", title = "Deep dive: two services, one key", minutes = 15 },
    beat { id = "b.themes", kind = "themes", title = "Themes: what \"nothing happened\" hid", minutes = 10 },
    beat { id = "b.close", kind = "close", title = "Close", minutes = 5 },
}

meeting_event { id = "ev.jonas-blame", who = "jonas", kind = "blame", target = "bia",
    beat = "b.timeline", after = 1,
    text = "Let's be honest about where it went wrong: the handoff said \"working as intended\". If Bia had looked at what was actually held on Thursday night, we'd never have been anywhere near the cut-off." }
-- Only in a room without ground rules does Jonas go after the gate's author too.
meeting_event { id = "ev.jonas-blame-arjun", who = "jonas", kind = "blame", target = "arjun",
    beat = "b.deep", after = 2, when = none { ground_rules() },
    text = "And a dedupe key that ignores a field payrun has sent since 2020. That's a basic miss, Arjun." }
meeting_event { id = "ev.rogerio-piece", who = "rogerio", kind = "holds_piece", beat = "b.deep", after = 0,
    text = "(Rogério has the 2021 payrun wiki page open at \"Large payouts\". He says nothing.)" }
meeting_event { id = "ev.tobias-fixes", who = "tobias", kind = "push_fixes", beat = "b.deep", after = 1,
    text = "Can we just agree on a confirm dialog for the Reject button? That's the fix, and I'd like it before next Friday." }
meeting_event { id = "ev.side-talk", who = "arjun", kind = "side_talk", beat = "b.themes", after = 1,
    text = "(Arjun and Lea start sketching a new key format in a side chat.)" }

insight { id = "in.parts", who = "rogerio", needs = "invite", openness = 65,
    text = "Payrun has split big payouts into parts since 2020. Equal totals make identical parts. The only place that says so is a 2021 wiki page nothing links to. I was on vacation when #236 went through, and CODEOWNERS didn't ask me, because payrun's code didn't change. Its output didn't change either. What changed was who reads it." }
insight { id = "in.tobias-pause", who = "tobias", needs = "make_sense", openness = 60, beat = "b.timeline",
    text = "Reject is the default button and it's what I click every morning. 212 was thirty times the usual, and Arjun's note from the night was at the top of the channel. Reject can't be undone; asking costs ten minutes. So I asked." }
insight { id = "in.bia-runbook", who = "bia", needs = "make_sense", openness = 55, beat = "b.timeline",
    text = "The alert linked the runbook. The runbook said holds are duplicates for Ops in the morning, no action for engineering, and I had just watched a chunk re-send. \"Working as intended\" is what the runbook told me." }
insight { id = "in.lea-averages", who = "lea", needs = "go_deeper", openness = 55, beat = "b.deep",
    text = "Every chart I opened first was built from instructions that finished: the mean, the queue depth. A held instruction never finishes, so it was in none of them. The mean only moved at 13:05, after we'd fixed it." }
insight { id = "in.arjun-schema", who = "arjun", needs = "go_deeper", openness = 55, beat = "b.deep",
    text = "I built the key from the schema doc, v2, 2019. It says one instruction per tutor per batch and tells consumers to ignore meta. I followed the contract; the contract was six years old." }
insight { id = "in.rogerio-remainder", who = "rogerio", needs = "go_deeper", openness = 70, beat = "b.deep",
    text = "Only even totals split into identical parts; odd ones put a cent on the last part. That's why it was 175 and not 301. Next week it will be another number. No fixed threshold would have caught it; how long a hold waits would have." }
insight { id = "in.ops-not-told", who = "tobias", needs = "go_deeper", openness = 60, beat = "b.themes",
    text = "Ops wasn't at the go/no-go. Nobody told us the payrun went through the gate. The runbook says Ops reviews holds, and Ops didn't know what it was reviewing." }
insight { id = "in.jonas-audit", who = "jonas", needs = "make_sense", openness = 70,
    text = "I wanted nothing open during the audit, with the gate on slide 7. Releasing everything was the fastest way there. I'm glad Lea said no." }

-- ---- the triage queue --------------------------------------------------------------
-- Last week's incidents. The loud one had customers writing in; the quiet
-- one had nobody noticing. The engine computes each case's signals: this
-- one's from the sources, the decoys' from the facts written here.

triage_case {
    id = "q.payout-holds", own = true, near_miss = true,
    title = "Payrun instructions held overnight by the dedupe gate",
    summary = "Friday 6 March. The dedupe gate held 212 instructions from Thursday's payrun. Ops noticed at 08:36 UTC; 175 were released and accepted before Northwind's 14:00 cut-off, 37 real duplicates rejected. No tutor affected. Closed as SEV3, \"no review needed\".",
}

triage_case {
    id = "q.partner-maint",
    title = "Cash-outs delayed 25 minutes during Northwind maintenance",
    summary = "Wednesday 14:00 UTC. Northwind's announced maintenance ran 25 minutes over; instant cash-outs queued and went through afterwards. Support answered 31 tutor tickets with the maintenance macro. Lea, on call, followed the partner-maintenance runbook.",
    at = "2026-03-04T14:00:00Z", minutes = 25,
    teams = { "payouts-eng", "support" }, services = { "bank-connector", "cashout" },
    responders = { "lea", "nadia" }, on_call = { "lea" }, paged = { "lea" }, channel = 3,
}

triage_case {
    id = "q.fx-import",
    title = "Nightly FX rates import retried",
    summary = "Wednesday 03:10 UTC. The FX rates import timed out against the rates provider and succeeded on its retry. Arjun, on call in Singapore, acknowledged the page and watched it finish.",
    at = "2026-03-04T03:10:00Z", minutes = 14,
    teams = { "payouts-eng" }, services = { "fx-rates" },
    responders = { "arjun" }, on_call = { "arjun" }, paged = { "arjun" }, channel = 1,
}
