-- Every source but chat: the bridge call, four pull requests, tickets,
-- alerts and pages, dashboards, the on-call schedule, the calendar and the
-- documents people read (or could not find). Times are UTC; "HH:MM" alone
-- is Thursday 5 March.

local function fri(t) return "2026-03-06T" .. t end

-- ---- the bridge call ----------------------------------------------------------
-- Twenty-six minutes on Friday morning. Two people who are not on call, one
-- of them at 18:30 his time, and a lead on a break from an audit.

call {
    id = "call.bridge",
    title = "Bridge: payout holds (Fri 10:30 UTC)",
    started = fri("10:30"),
    ended = fri("10:56"),
    attendees = { "lea", "tobias", "rogerio", "arjun", "jonas" },
    turn { id = "t.lea-roles", at = fri("10:30"), who = "lea",
           text = "Thanks for joining. Rogério, Arjun: I know neither of you is on call, and it's evening for Arjun. Twenty minutes. I drive, Tobias owns everything on the Northwind side. Rogério, can you say the parts thing once more for the call?" },
    turn { id = "t.rogerio-parts", at = fri("10:31"), who = "rogerio",
           text = "Payrun splits anything above Northwind's per-transfer cap, EUR 3,000 or the same in reais and dollars, into parts: part 1 of 2, part 2 of 2. Each part is its own instruction. If the total is even in cents, both parts are identical. The gate sees the same tutor, amount, currency and batch twice and holds the second." },
    turn { id = "t.arjun-key", at = fri("10:33"), who = "arjun",
           text = "That's right. The key is those four fields. The schema doc I worked from says one instruction per tutor per batch, and the part lives in meta, which the doc calls free-form. Our test fixtures are all small payouts; I never saw an instruction with a part in it." },
    turn { id = "t.lea-count", at = fri("10:34"), who = "lea",
           text = "So 175 second parts plus 37 re-sends makes 212. Tobias, what does Hold Review show you for a part 2?" },
    turn { id = "t.tobias-review", at = fri("10:35"), who = "tobias",
           text = "\"Duplicate of 2026-W10-t4471-1, already accepted.\" Same amount, same tutor. For three weeks that line has meant a double-tap, and the button next to it is Reject. It's the default." },
    turn { id = "t.jonas-release", at = fri("10:36"), who = "jonas",
           text = "Then release all of them and claw back the 37. We'd be done in five minutes." },
    turn { id = "t.tobias-clawback", at = fri("10:37"), who = "tobias",
           text = "Northwind takes one claw-back request per transfer, and each tutor has to confirm. In January that took three weeks for twelve tutors. I'd rather not do it for 37." },
    turn { id = "t.lea-option-c", at = fri("10:38"), who = "lea",
           text = "We have three hours and twenty minutes to the cut-off. Option (c): release by filter. Arjun, can the filter be exact?" },
    turn { id = "t.arjun-filter", at = fri("10:39"), who = "arjun",
           text = "gate-admin release with --where 'meta.part>1', plus a check that part 1 was accepted. Dry run first. Ten minutes to write; I'll have the dry run by 11:50." },
    turn { id = "t.arjun-hotfix", at = fri("10:40"), who = "arjun",
           text = "The other option is a hotfix to the key, then replay the holds through the gate." },
    turn { id = "t.rogerio-nohotfix", at = fri("10:41"), who = "rogerio",
           text = "I wouldn't touch the key on a payday. Changing it changes every key in the 24-hour window, cash-outs from this morning included. Release by filter now, fix the key next week." },
    turn { id = "t.jonas-go", at = fri("10:42"), who = "jonas",
           text = "OK, your call, Lea. I have to go back in. Please be done by 12:30." },
    turn { id = "t.tobias-sample", at = fri("10:44"), who = "tobias",
           text = "Before we release, I'll look up ten of them in the Northwind portal myself. If part 1 is there and part 2 isn't, I'm happy." },
    turn { id = "t.lea-tell", at = fri("10:46"), who = "lea", text = "Do we tell tutors anything?" },
    turn { id = "t.tobias-tell", at = fri("10:47"), who = "tobias",
           text = "Not if we make the cut-off: they'd see a normal Friday. But Sofía wants Support ready, just in case." },
    turn { id = "t.rogerio-next-week", at = fri("10:49"), who = "rogerio",
           text = "One more thing. Next week's number will be different: it depends on how many split totals happen to be even. Don't treat 175 as the thing to watch for." },
    turn { id = "t.arjun-alert", at = fri("10:51"), who = "arjun",
           text = "The held alert resolved at 22:45 because it counts new holds per five minutes. Nothing looked at how long they had been waiting. I'll put that in the fix." },
    turn { id = "t.lea-later", at = fri("10:53"), who = "lea",
           text = "Noted for later. I also want to understand how \"working as intended\" reached me through two handoffs, but not now." },
    turn { id = "t.lea-recap", at = fri("10:55"), who = "lea",
           text = "Recap: Arjun's dry run by 11:50, Tobias samples ten, I release by 12:30, Tobias rejects the 37 and reconciles. No code changes before 14:00. Thank you all." },
}

-- ---- pull requests -------------------------------------------------------------
-- Two services that had never met: payrun (2020's parts) and the gate
-- (2026's key). #236 introduced them to each other; #239 is the guard.

pr {
    id = "pr.88",
    title = "PR #88: payrun: split payouts above Northwind's per-transfer cap",
    number = 88,
    repo = "lumen/payouts",
    author = "rogerio",
    reviewers = { "jonas" },
    opened = "2020-06-15T14:20Z",
    merged = "2020-06-17T09:05Z",
    description = [[
        Northwind rejects single transfers above EUR 3,000 (BRL 15,000, SGD 4,500). Academy accounts now regularly earn more than that in a week, and their payouts bounce.

        Payouts above the cap go out in n equal parts. Each part is its own instruction: instruction_id gets a -1, -2 ... suffix and meta carries {part, parts}. The last part takes the remainder, so parts of an odd total differ by a cent.

        I'll describe it on the payrun wiki page. The instruction schema doc is owned by the old platform team; I've asked them to add meta.part.
    ]],
    diff = read("pr-88.diff"),
    review { id = "rv.88-jonas", at = "2020-06-16T10:12Z", who = "jonas", verdict = "comment",
             file = "payrun/build.py", line = 39,
             text = "Is anything downstream going to care that two instructions share a tutor and a batch?" },
    review { id = "rv.88-rogerio", at = "2020-06-16T11:40Z", who = "rogerio", verdict = "comment",
             file = "payrun/build.py", line = 39,
             text = "Only Northwind, and it keys on instruction_id, which stays unique thanks to the suffix. Nothing else reads instructions." },
    review { id = "rv.88-approve", at = "2020-06-17T08:50Z", who = "jonas", verdict = "approve",
             text = "Makes sense. Ship it before Thursday's run." },
}

pr {
    id = "pr.231",
    title = "PR #231: dedupe-gate: hold duplicate payout instructions before Northwind",
    number = 231,
    repo = "lumen/payouts",
    author = "arjun",
    reviewers = { "jonas", "lea" },
    opened = "2026-02-09T04:30Z",
    merged = "2026-02-12T06:10Z",
    description = [[
        INC-41 action item 1. A new service between the instruction topics and the Northwind connector: an instruction whose key was seen in the last 24 hours is held for review instead of sent. Payouts Ops releases or rejects holds in Hold Review each weekday morning.

        - Key: sha256 of tutor, amount, currency and batch, the fields of the payout instruction schema v2.
        - Sources: cash-outs only for now. The payrun follows once we trust it (PAY-498).
        - Alert: DedupeGateHeldHigh (info, chat only) when more than 10 holds arrive in 5 minutes.
    ]],
    diff = read("pr-231.diff"),
    review { id = "rv.231-lea", at = "2026-02-10T09:30Z", who = "lea", verdict = "comment",
             file = "gate/gate.go", line = 31,
             text = "Holds leave the outbound queue, so the payrun board will never show them. Should the gate's hold count be on the payrun board too?" },
    review { id = "rv.231-arjun", at = "2026-02-11T02:15Z", who = "arjun", verdict = "comment",
             file = "gate/gate.go", line = 31,
             text = "Ops looks at Hold Review every morning, that's the real view. I'll add the metric to the gate's own dashboard." },
    review { id = "rv.231-jonas", at = "2026-02-11T13:20Z", who = "jonas", verdict = "approve",
             text = "Nice and small. Info severity is right: Ops owns holds, no need to wake anyone." },
}

pr {
    id = "pr.236",
    title = "PR #236: Route the weekly payrun through dedupe-gate",
    number = 236,
    repo = "lumen/payouts",
    author = "arjun",
    reviewers = { "jonas", "lea" },
    opened = "2026-03-02T03:40Z",
    merged = "2026-03-03T10:15Z",
    description = [[
        PAY-498. The gate has run on cash-outs for three weeks: 214 holds, all genuine double-taps (Tobias reviewed every one), no false positives.

        Payrun instructions are one per tutor per batch (schema v2), so the only holds we expect from payrun are re-sends after a connector timeout: exactly what INC-41 was. W10 (Thursday 5 March) is the first run through the gate, the last one before the Northwind audit.

        CODEOWNERS: deploy/ and gate/ only; payrun/ code is unchanged.
    ]],
    diff = read("pr-236.diff"),
    review { id = "rv.236-jonas-q", at = "2026-03-02T07:10Z", who = "jonas", verdict = "comment",
             file = "gate/config/production.yaml", line = 3,
             text = "Does payrun ever emit two instructions for the same tutor in one batch? We asked in PAY-498; is that settled?" },
    review { id = "rv.236-arjun-a", at = "2026-03-02T07:45Z", who = "arjun", verdict = "comment",
             file = "gate/config/production.yaml", line = 3,
             text = "Settled from the schema doc: instruction_id is {batch}-{tutor}, one per tutor per batch. Rogério is back on the 4th if we want a second opinion, but that misses W10." },
    review { id = "rv.236-lea", at = "2026-03-03T08:40Z", who = "lea", verdict = "approve",
             file = "deploy/payrun.yaml", line = 11,
             text = "Deploy change looks right. Same topic naming as cash-outs." },
    review { id = "rv.236-jonas", at = "2026-03-03T09:55Z", who = "jonas", verdict = "approve",
             text = "Approving so it makes W10. Good to have this in place before the audit." },
}

pr {
    id = "pr.239",
    title = "PR #239: dedupe-gate: the split part is part of the key; page on waiting holds",
    number = 239,
    repo = "lumen/payouts",
    author = "arjun",
    reviewers = { "rogerio", "lea" },
    opened = fri("12:10"),
    merged = fri("16:10"),
    description = [[
        After the W10 holds (OPS-1187): the second part of every evenly split payout was held as a duplicate of its first part, because the key ignored meta.part.

        - Key: adds meta.part and meta.parts. A re-sent part keeps its key, so re-sends are still held.
        - Alert: DedupeGateHoldsWaiting pages when the oldest hold is older than an hour. DedupeGateHeldHigh counts new holds and resolved at 22:45 while 212 were still waiting.

        Merging after the Friday cut-off, deploying Monday before W11.
    ]],
    diff = read("pr-239.diff"),
    review { id = "rv.239-rogerio", at = fri("15:20"), who = "rogerio", verdict = "comment",
             file = "gate/key.go", line = 13,
             text = "Please link the payrun wiki page here too. And I'll get meta.part into the schema doc; it has been missing since 2020." },
    review { id = "rv.239-rogerio-ok", at = fri("15:48"), who = "rogerio", verdict = "approve",
             text = "Key and test look right. The re-send test is the important one." },
    review { id = "rv.239-lea", at = fri("16:02"), who = "lea", verdict = "approve",
             text = "Alert threshold: an hour is generous on a payrun night, but it pages whoever holds the slot, in whatever time zone, which is the point." },
}

-- ---- tickets ---------------------------------------------------------------------

ticket {
    id = "ticket.pay-498",
    title = "PAY-498: Route payrun instructions through the dedupe gate",
    key = "PAY-498",
    reporter = "jonas",
    assignee = "arjun",
    opened = "2026-02-13T09:10Z",
    closed = "2026-03-03T10:20Z",
    fields = {
        { "Status", "Done" },
        { "Priority", "High" },
        { "Component", "dedupe-gate, payrun" },
        { "Due", "before the Northwind audit (6 March)" },
    },
    description = "Follow-up to #231: once the gate has proven itself on cash-outs, send payrun instructions through it too, so the INC-41 double payout cannot happen on a payrun.",
    comment { id = "cm.498-jonas-ask", at = "2026-02-25T10:02Z", who = "jonas",
              text = "Before we switch payrun over: please confirm payrun never sends two instructions for one tutor in a batch. Rogério would know; he's back on 4 March." },
    change { id = "ch.498-progress", at = "2026-03-02T03:35Z", who = "arjun", field = "Status", from = "To do", to = "In review" },
    comment { id = "cm.498-arjun-confirm", at = "2026-03-02T03:38Z", who = "arjun",
              text = "Confirmed from the instruction schema doc (v2): instruction_id is {batch}-{tutor}, one instruction per tutor per batch. Good to go for W10. PR #236." },
    change { id = "ch.498-done", at = "2026-03-03T10:20Z", who = "arjun", field = "Status", from = "In review", to = "Done" },
}

ticket {
    id = "ticket.ops-1187",
    title = "OPS-1187: 212 payrun instructions held by the dedupe gate (W10)",
    key = "OPS-1187",
    reporter = "tobias",
    assignee = "lea",
    opened = fri("08:50"),
    closed = fri("13:10"),
    fields = {
        { "Status", "Resolved" },
        { "Priority", "High" },
        { "Component", "dedupe-gate / Hold Review" },
        { "Tutors affected", "0 (175 at risk)" },
        { "Deadline", "Northwind cut-off 14:00 UTC" },
    },
    description = "Hold Review shows 212 held instructions from payrun W10, each marked \"duplicate of an instruction already accepted\". A normal morning has 0 to 6, all cash-out double-taps. Not rejecting until engineering confirms: Reject cancels an instruction for good.",
    comment { id = "cm.1187-tobias", at = fri("08:50"), who = "tobias",
              text = "Arjun left a note in #payouts-ops at 02:14 asking us to look before rejecting. Paged the eng on-call at 08:44." },
    change { id = "ch.1187-assignee", at = fri("08:52"), who = "tobias", field = "Assignee", from = "Payouts Ops", to = "Lea Brandt" },
    change { id = "ch.1187-priority", at = fri("09:14"), who = "lea", field = "Priority", from = "Normal", to = "High" },
    comment { id = "cm.1187-lea", at = fri("09:15"), who = "lea",
              text = "37 of the 212 are the chunk-9 re-sends (real duplicates). 175 unexplained. Incident #inc-0306-payout-holds." },
    comment { id = "cm.1187-dryrun", at = fri("11:53"), who = "arjun",
              text = "Dry run output: 175 matched (meta.part = 2, part 1 accepted), 37 not matched (chunk 9). List attached." },
    comment { id = "cm.1187-release", at = fri("12:45"), who = "lea",
              text = "175 released at 12:41 with gate-admin; 37 rejected by Tobias at 12:44." },
    comment { id = "cm.1187-recon", at = fri("13:06"), who = "tobias",
              text = "Northwind accepted all 175 at 13:05. Reconciled 6,369 of 6,369." },
    change { id = "ch.1187-resolved", at = fri("13:10"), who = "lea", field = "Status", from = "In progress", to = "Resolved" },
}

ticket {
    id = "ticket.sup-3310",
    title = "SUP-3310: Macro draft: \"Your payout is arriving in two parts\"",
    key = "SUP-3310",
    reporter = "nadia",
    assignee = "nadia",
    opened = fri("11:44"),
    closed = fri("13:14"),
    fields = { { "Status", "Closed (not needed)" }, { "Priority", "Normal" }, { "Sent to tutors", "0" } },
    description = "Prepared in case academy payouts arrive half on Friday and half on Monday. Do not send unless Payouts confirms.",
    comment { id = "cm.3310-draft", at = fri("11:44"), who = "nadia",
              text = "Draft: \"Part of this week's payout is on its way and will reach you by Monday. Nothing is lost, and you don't need to do anything.\"" },
    change { id = "ch.3310-closed", at = fri("13:14"), who = "nadia", field = "Status", from = "Draft", to = "Closed (not needed)" },
}

-- ---- alerts and pages --------------------------------------------------------------
-- The held alert is info (no page) and counts new holds, so it resolved at
-- 22:45. The only page came from a person: Tobias, at 08:44.

alerts {
    id = "alerts",
    title = "Alerts and pages",
    fired { id = "a.held-fired", at = "22:09", alert = "DedupeGateHeldHigh", service = "dedupe-gate",
            severity = "info",
            text = "24 instructions held in the last 5 min (> 10). Chat only: holds are reviewed by Payouts Ops." },
    acked { id = "a.held-acked", at = "22:24", who = "bia", text = "Runbook: Ops reviews holds in the morning." },
    fired { id = "a.connector-fired", at = "22:31", alert = "BankConnectorTimeout", service = "bank-connector",
            severity = "warning",
            text = "Northwind connector 504 on payrun chunk 9; 37 instructions without ack, re-sent." },
    resolved { id = "a.connector-resolved", at = "22:34", text = "BankConnectorTimeout: 0 timeouts in 5 min" },
    resolved { id = "a.held-resolved", at = "22:45",
               text = "DedupeGateHeldHigh: no new holds in 5 min (212 instructions still on hold; the rule does not look at them)" },
    paged { id = "a.lea-paged", at = fri("08:44"), who = "lea", by = "tobias",
            text = "Ops asks for an engineering look at 212 gate holds before the 14:00 cut-off." },
    acked { id = "a.lea-acked", at = fri("08:47"), who = "lea" },
    paged { id = "a.arjun-paged", at = fri("10:12"), who = "arjun", by = "lea",
            text = "Gate key question on the W10 holds. Sorry, I know you're off." },
    acked { id = "a.arjun-acked", at = fri("10:16"), who = "arjun", text = "From home, 18:16 in Singapore." },
    fired { id = "a.recon-fired", at = fri("15:00"), alert = "PayrunReconciliationGap", service = "payrun",
            severity = "info",
            text = "Daily check at 15:00 UTC, an hour after the cut-off: 0 of 6,369 W10 instructions missing at Northwind." },
}

-- ---- dashboards --------------------------------------------------------------------
-- Two charts that looked normal (a mean over what completed, a queue that
-- held instructions leave) and two that did not (what is on hold, and for
-- how long), which nobody on the payrun side was looking at.

metric {
    id = "metric.latency",
    title = "Payrun W10: mean time to bank acceptance",
    unit = "min",
    service = "payrun",
    points = {
        { "22:05", 3.8 }, { "22:10", 4.0 }, { "22:15", 4.1 }, { "22:20", 3.9 }, { "22:25", 4.2 },
        { "22:30", 4.0 }, { "22:35", 4.6 }, { "22:40", 4.1 }, { "22:45", 4.1 }, { "23:00", 4.1 },
        { fri("00:00"), 4.1 }, { fri("02:00"), 4.1 }, { fri("04:00"), 4.1 }, { fri("06:00"), 4.1 },
        { fri("08:00"), 4.1 }, { fri("09:00"), 4.1 }, { fri("10:00"), 4.1 }, { fri("11:00"), 4.1 },
        { fri("12:00"), 4.1 }, { fri("12:40"), 4.1 }, { fri("13:05"), 28.3 }, { fri("14:00"), 28.3 },
    },
    annotation { id = "an.latency-mean", at = "22:45",
                 text = "4.1 min and flat: the mean is taken over instructions Northwind has accepted. The 175 held parts were never accepted, so they are not in it; the chart cannot see them." },
    annotation { id = "an.latency-jump", at = fri("13:05"),
                 text = "The mean jumps to 28 min only when the released parts are accepted, after the repair: the chart showed the problem once it was over." },
}

metric {
    id = "metric.queue",
    title = "payouts queue depth (payrun to gate)",
    unit = "instructions",
    service = "payrun",
    points = {
        { "21:55", 0 }, { "22:00", 0 }, { "22:02", 2400 }, { "22:05", 3900 }, { "22:10", 3100 },
        { "22:15", 2300 }, { "22:20", 1600 }, { "22:25", 900 }, { "22:30", 350 }, { "22:32", 410 },
        { "22:35", 120 }, { "22:40", 15 }, { "22:42", 0 }, { "23:00", 0 }, { fri("04:00"), 0 },
        { fri("08:00"), 0 }, { fri("10:00"), 0 }, { fri("12:00"), 0 }, { fri("12:41"), 0 }, { fri("14:00"), 0 },
    },
    annotation { id = "an.queue-resend", at = "22:32", text = "Chunk 9: the 37 instructions without an ack are re-sent." },
    annotation { id = "an.queue-zero", at = "22:42",
                 text = "Queue empty: every W10 instruction has left it. Held instructions leave it too; they wait in the gate's hold table, which this chart does not count." },
}

metric {
    id = "metric.held",
    title = "dedupe-gate: instructions on hold",
    unit = "holds",
    service = "dedupe-gate",
    points = {
        { "2026-03-04T07:00Z", 3 }, { "2026-03-04T08:31Z", 0 }, { "07:00", 2 }, { "08:29", 0 },
        { "22:00", 0 }, { "22:05", 0 }, { "22:08", 11 }, { "22:10", 24 }, { "22:15", 58 }, { "22:20", 96 },
        { "22:25", 127 }, { "22:30", 150 }, { "22:33", 196 }, { "22:38", 212 }, { "22:45", 212 },
        { fri("00:00"), 212 }, { fri("04:00"), 212 }, { fri("08:00"), 212 }, { fri("08:36"), 212 },
        { fri("10:00"), 212 }, { fri("12:00"), 212 }, { fri("12:41"), 37 }, { fri("12:44"), 0 }, { fri("14:00"), 0 },
    },
    annotation { id = "an.held-alert", at = "22:09",
                 text = "DedupeGateHeldHigh fires (info, chat only): more than 10 new holds in 5 minutes." },
    annotation { id = "an.held-flat", at = "22:45",
                 text = "212 on hold and flat: no new holds, so the rate alert resolves, but nothing leaves the hold either. A normal morning has 0 to 6." },
    annotation { id = "an.held-release", at = fri("12:41"), text = "175 released with gate-admin; 37 remain." },
    annotation { id = "an.held-reject", at = fri("12:44"), text = "The 37 chunk-9 re-sends are rejected in Hold Review." },
}

metric {
    id = "metric.hold-age",
    title = "dedupe-gate: age of the oldest hold",
    unit = "min",
    service = "dedupe-gate",
    from = "22:00",
    step = 3600,
    values = {
        0, 53, 113, 173, 233, 293, 353, 413, 473, 533, 593,   -- Thu 22:00 .. Fri 08:00
        653, 713, 773, 833, 0, 0,                               -- Fri 09:00 .. 14:00
    },
    annotation { id = "an.age-panel", at = fri("09:02"),
                 text = "Lea adds this panel to the payrun board during the incident. The series existed on the gate's own dashboard; no alert and no board anyone on the payrun side watched read it." },
}

-- ---- schedules ----------------------------------------------------------------------
-- Follow the sun: Singapore 00-08, Berlin 08-16, São Paulo 16-24 UTC, one
-- engineer a slot. Rogério and Jonas have no slot this week (Jonas is the
-- manager on call), so everything Rogério did, and Arjun's and Bia's
-- Friday help, happened off shift.

oncall {
    id = "oncall",
    title = "Payouts on-call (follow the sun, UTC)",
    shift { id = "s.arjun-thu", who = "arjun", team = "payouts-eng", role = "primary",
            from = "00:00", to = "08:00" },
    shift { id = "s.lea-thu", who = "lea", team = "payouts-eng", role = "primary",
            from = "08:00", to = "16:00" },
    shift { id = "s.bia-thu", who = "bia", team = "payouts-eng", role = "primary",
            from = "16:00", to = fri("00:00") },
    shift { id = "s.arjun-fri", who = "arjun", team = "payouts-eng", role = "primary",
            from = fri("00:00"), to = fri("08:00") },
    shift { id = "s.lea-fri", who = "lea", team = "payouts-eng", role = "primary",
            from = fri("08:00"), to = fri("16:00") },
    shift { id = "s.bia-fri", who = "bia", team = "payouts-eng", role = "primary",
            from = fri("16:00"), to = "2026-03-07T00:00Z" },
    shift { id = "s.jonas-mgr", who = "jonas", team = "payouts-eng", role = "manager",
            from = "2026-03-02T00:00Z", to = "2026-03-09T00:00Z" },
    shift { id = "s.rogerio-next", who = "rogerio", team = "payouts-eng", role = "primary",
            from = "2026-03-09T16:00Z", to = "2026-03-10T00:00Z" },
}

calendar {
    id = "calendar",
    title = "Shared calendar (UTC)",
    event { id = "e.rogerio-pto", title = "Rogério: vacation",
            from = "2026-02-16T00:00Z", to = "2026-03-04T00:00Z", who = { "rogerio" } },
    event { id = "e.go-no-go", title = "Go/no-go: payrun through the dedupe gate (#236)",
            from = "2026-03-02T08:30Z", to = "2026-03-02T09:00Z", who = { "jonas", "arjun", "lea" },
            text = "Agenda: three weeks of cash-out holds (214, all genuine per Ops); does payrun ever send two instructions per tutor per batch? (Arjun: no, per schema v2); rollout for W10, the last payrun before the audit." },
    event { id = "e.payrun", title = "Weekly payrun W10",
            from = "22:00", to = "23:00", who = { "bia" },
            text = "Thursdays 22:00 UTC. Northwind's same-day cut-off for Friday credit is Friday 14:00 UTC." },
    event { id = "e.hold-review", title = "Hold Review (daily)",
            from = fri("08:30"), to = fri("09:00"), who = { "tobias" } },
    event { id = "e.audit", big = true, title = "Northwind partner audit (Berlin office)",
            from = fri("09:30"), to = fri("12:30"), who = { "jonas", "henrik", "sofia" },
            text = "Annual partner audit: controls against duplicate and misdirected payouts; INC-41 follow-up. Slide 7: the dedupe gate." },
    event { id = "e.bia-doctor", title = "Bia: medical appointment",
            from = fri("12:00"), to = fri("14:00"), who = { "bia" } },
    event { id = "e.cutoff", title = "Northwind cut-off for Friday credit",
            from = fri("14:00"), who = { "tobias" } },
}

-- ---- documents ------------------------------------------------------------------------
-- What people read at the time (the gate runbook, the handoff guide), what
-- nobody on the gate side knew to read (the payrun wiki page), and what
-- was out of date (the schema doc). The email is how "nothing happened"
-- got written down.

document {
    id = "doc.gate-runbook",
    title = "Runbook: dedupe-gate",
    kind = "runbook",
    updated = "2026-03-03T10:15Z",
    read_minutes = 3,
    text = "Owner: Payouts engineering (Arjun). Source: docs/runbooks/dedupe-gate.md.",
    section { id = "rb.what", title = "What the gate does",
              text = "Sits between the instruction topics and the Northwind connector. An instruction whose key was seen in the last 24 hours is held instead of sent, so no payout goes to Northwind twice." },
    section { id = "rb.held-high", title = "DedupeGateHeldHigh (info)",
              text = "Holds are expected: they are duplicates the gate caught. Payouts Ops reviews holds every weekday at 09:30 Berlin in Hold Review. From W10 this includes the weekly payrun: expect a few holds after a chunk re-send. Engineering: no action needed unless Northwind is rejecting instructions." },
    section { id = "rb.key", title = "The key",
              text = "sha256(tutor_id | amount_minor | currency | batch_id), the fields of the payout instruction schema v2. Two instructions with the same key inside the window are the same payout sent twice." },
    section { id = "rb.release", title = "Releasing a hold",
              text = "Hold Review: Release or Reject per item or in bulk. Reject cancels the instruction for good. Engineers: gate-admin release --id ID, or --batch BATCH --where EXPR, with --dry-run." },
}

document {
    id = "doc.payrun-wiki",
    title = "Wiki: How the weekly payrun works",
    kind = "wiki",
    updated = "2021-04-12T15:30Z",
    read_minutes = 3,
    text = "Owner: Rogério Nunes. Linked from: payrun/README.md.",
    section { id = "pw.schedule", title = "Schedule",
              text = "Thursdays 22:00 UTC. Northwind's cut-off for Friday credit is 14:00 UTC on Friday; anything accepted later is paid on Monday." },
    section { id = "pw.chunks", title = "Chunks and re-sends",
              text = "Instructions go to the connector in chunks of 500. When the connector times out, payrun re-sends the instructions of that chunk it has no ack for. Northwind does not deduplicate." },
    section { id = "pw.large", title = "Large payouts",
              text = "Northwind refuses a single transfer above EUR 3,000 (BRL 15,000, SGD 4,500). Payouts above the cap are split into n equal parts; each part is its own instruction, with instruction_id suffix -1 .. -n and meta = {part, parts}. The last part carries any remainder cent. About 5% of tutors (mostly academy accounts) are split each week." },
    section { id = "pw.status", title = "What COMPLETED means",
              text = "A payrun is COMPLETED when every instruction has been emitted. Whether Northwind accepted them is checked by the daily reconciliation at 15:00 UTC." },
}

document {
    id = "doc.schema",
    title = "Wiki: Payout instruction schema v2",
    kind = "wiki",
    updated = "2019-11-04T10:00Z",
    read_minutes = 1,
    text = "Owner: Platform team (disbanded 2021). The contract between payout producers and the Northwind connector.",
    section { id = "sc.fields", title = "Fields",
              text = "instruction_id: \"{batch_id}-{tutor_id}\". tutor_id, amount_minor, currency (ISO 4217), batch_id. meta: free-form, producer-specific, ignored by consumers." },
    section { id = "sc.rules", title = "Rules",
              text = "One instruction per tutor per batch. Consumers must not rely on meta." },
}

document {
    id = "doc.handoff-guide",
    title = "Wiki: Follow-the-sun on-call",
    kind = "wiki",
    updated = "2025-09-01T08:00Z",
    read_minutes = 1,
    text = "Three slots a day, one engineer each: Singapore 00-08, Berlin 08-16, São Paulo 16-24 UTC. The engineering manager is on call as escalation all week.",
    section { id = "hg.template", title = "The handoff",
              text = "Post a thread in #payouts-oncall before your slot ends: 1. Open incidents. 2. Alerts that fired (warning and above). 3. Anything weird. 4. What's coming in the next slot. Keep it short; the next person reads it on their phone." },
    section { id = "hg.help", title = "Getting help",
              text = "Page the manager on call. Anyone else is off shift: ask in #payouts-eng, and page them only if you must." },
}

document {
    id = "doc.alert-rules",
    title = "Wiki: Payouts alert rules",
    kind = "wiki",
    updated = "2026-02-12T06:30Z",
    read_minutes = 1,
    section { id = "ar.pages", title = "Rules that page",
              text = "PayrunFailed (critical): payrun exits with an error. CashoutErrorRate (high): more than 2% of cash-outs fail for 5 minutes. PayrunReconciliationGap (high if the gap is above 0): daily at 15:00 UTC, compares the instructions emitted with those Northwind accepted." },
    section { id = "ar.chat", title = "Rules that post to #payouts-alerts only",
              text = "BankConnectorTimeout (warning). CashoutLatencyP95High (warning). DedupeGateHeldHigh (info): more than 10 new holds in 5 minutes; resolves after 5 minutes without new holds." },
    section { id = "ar.none", title = "Not covered",
              text = "Nothing alerts on how many instructions are on hold or how long they have waited." },
}

document {
    id = "doc.inc41",
    title = "INC-41 review: twelve tutors paid twice",
    kind = "postmortem",
    updated = "2026-01-22T16:00Z",
    read_minutes = 2,
    text = "Payrun W3, 15 January. A connector timeout lost the acks of a chunk; payrun re-sent it and Northwind paid 12 tutors twice. Claw-backs took three weeks.",
    section { id = "i41.factors", title = "Contributing factors",
              text = "Payrun re-sends instructions without an ack; Northwind does not deduplicate; nothing between them checks for a repeat." },
    section { id = "i41.actions", title = "Action items",
              text = "1. Build a dedupe gate in front of Northwind (Arjun). Done 12 February. 2. Payrun re-sends only instructions that failed, never a whole chunk (Rogério). Not started. 3. Document the instruction contract (unassigned)." },
}

document {
    id = "doc.email",
    title = "Email: Friday summary, payouts W10",
    kind = "email",
    updated = fri("15:30"),
    read_minutes = 1,
    text = "From: Jonas Albrecht. To: payouts-all, Henrik Dahl. Friday 6 March, 15:30 UTC.",
    section { id = "em.summary", title = "TL;DR: no customer impact", at = fri("15:30"),
              text = "The dedupe gate held 212 payrun instructions overnight. Ops flagged them, engineering released the 175 legitimate ones before the cut-off, and the 37 real duplicates were rejected. The gate key missed the split part; fixed in #239. No tutor affected, so I've closed it as SEV3. I don't think we need a full review for a non-event. Great job, and the audit went well: the gate was on slide 7." },
    section { id = "em.lea-reply", title = "Re: Friday summary (Lea Brandt)", at = fri("16:02"),
              text = "Thanks Jonas. I'd still like a review. Nothing reached a tutor, but only because Tobias didn't click a default button, Rogério read the channel before his day started, and we had four hours left. I'd like someone outside the team to look at it." },
    section { id = "em.jonas-reply", title = "Re: Re: Friday summary (Jonas Albrecht)", at = fri("16:20"),
              text = "Fair enough. I've asked Marketplace engineering for an investigator. Keep it short please, it's a near miss." },
}
