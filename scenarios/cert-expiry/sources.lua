-- Every source but the chat channels, included by scenario.lua: the two
-- calls, four pull requests, tickets, alerts, dashboards, schedules and
-- documents. Times are New York time (-04:00); other days in full.

-- ---- the incident bridge -------------------------------------------------

call {
    id = "call.bridge",
    title = "INC-0531 bridge (recording transcript)",
    started = "16:50",
    ended = "17:21",
    attendees = { "dev", "tobi", "sasha", "maya", "hannah", "ruth", "rafael", "ines", "wen", "victor" },
    turn { id = "t.dev-roles", at = "16:50", who = "dev",
           text = "Roles: I'm IC. Tobi drives on the edge, Sasha backs him up. Hannah has comms, Ruth has merchants, Maya keeps watching volume and logs. Tobi, what do you see?" },
    turn { id = "t.tobi-lb", at = "16:51", who = "tobi",
           text = "Health checks green, backends green. The checks talk to the backends over the internal network, so they'd never see what the edge presents to the outside. Handshake errors are through the roof since 16:14. I'm pulling the listener's certificate now." },
    turn { id = "t.maya-wen", at = "16:52", who = "maya",
           text = "Someone from Data just posted in the channel: the wildcard expired at 16:14, with the openssl output." },
    turn { id = "t.tobi-confirms", at = "16:53", who = "tobi",
           text = "Confirmed. The listener serves *.larkspurpay.com from ACM, not after 20:14 UTC today. It isn't on the Certificates dashboard. The dashboard only lists what the CronJob renews." },
    turn { id = "t.hannah-plain", at = "16:54", who = "hannah",
           text = "Can someone tell me in merchant words what's happening, and whether card data is at risk? I have IR waiting for a draft." },
    turn { id = "t.tobi-plain", at = "16:55", who = "tobi",
           text = "Our security certificate on the payment page ran out. Browsers and merchants' servers refuse to connect, before anything is sent. So nothing reaches us and nothing is exposed." },
    turn { id = "t.rafael-context", at = "16:56", who = "rafael",
           text = "Joining late, sorry. When we moved renewal off ops-cron-01, wildcards needed DNS-01 and the cluster had no Route53 credentials. The IAM role needed a Security review, and the VM had to be gone by the 31st for the audit. So I skipped wildcards and opened PLAT-1432, with the expiry date in it." },
    turn { id = "t.sasha-options", at = "16:57", who = "sasha",
           text = "Options. One: restore ops-cron-01 from snapshot and let the old job run, two hours at best. Two: per-host certificates through HTTP-01, which the CronJob can do, but they don't cover the 140 merchant custom subdomains. Three: issue the wildcard by hand through DNS-01 with break-glass, minutes, if Security agrees." },
    turn { id = "t.ruth-tandem", at = "16:58", who = "ruth",
           text = "Tandem switched to their backup processor at 16:51. Every minute we're down, more merchants do the same." },
    turn { id = "t.dev-decide", at = "16:59", who = "dev",
           text = "Option three. Tobi, page Security for the break-glass approval. Sasha, check the lego command with him." },
    turn { id = "t.ines-joins", at = "17:00", who = "ines",
           text = "Ines, Security. Our break-glass runbook covers database access only, so there is no procedure for Route53. I'll approve it as a one-off: the zone only, an hour, recorded." },
    turn { id = "t.victor-again", at = "17:04", who = "victor",
           text = "Is this the same thing as the certificate in 2023?" },
    turn { id = "t.wen-history", at = "17:05", who = "wen",
           text = "Same trigger, different cause. In 2023 the api certificate was renewed by hand from someone's calendar reminder, and he had left. After that we automated everything in one script, and put the expiry warning in the same script. This time the automation moved and the wildcard didn't come along, and the warning went with the automation." },
    turn { id = "t.tobi-issued", at = "17:08", who = "tobi",
           text = "Issued. New wildcard valid to the fifth of August. Importing into ACM." },
    turn { id = "t.tobi-attached", at = "17:12", who = "tobi",
           text = "Attached to the listener." },
    turn { id = "t.maya-recovering", at = "17:16", who = "maya",
           text = "Volume at 97% of forecast and climbing. Errors at the edge back to baseline." },
    turn { id = "t.ruth-confirms", at = "17:17", who = "ruth",
           text = "Merchants confirm. Tandem is asking when they can switch back." },
    turn { id = "t.dev-close", at = "17:20", who = "dev",
           text = "Let's monitor ten minutes and resolve. We'll hold a review next week. Wen, would you join it? You knew things none of us did." },
}

-- ---- the earnings call -------------------------------------------------------
-- Public: the analyst's question makes the incident part of the company's
-- record while it is still happening.

call {
    id = "call.earnings",
    title = "Q1 2026 earnings call (transcript excerpt)",
    started = "16:30",
    ended = "17:30",
    attendees = { "grant", "nadia", "paul", "erin", "raj" },
    turn { id = "t.grant-open", at = "16:30", who = "grant",
           text = "Good afternoon and welcome to Larkspur Pay's first quarter 2026 earnings call. Today's remarks include forward-looking statements; please see the safe-harbor language in our release." },
    turn { id = "t.nadia-remarks", at = "16:31", who = "nadia",
           text = "Total payment volume reached 4.1 billion dollars, up 31 percent year over year. Our platform delivered 99.99 percent availability this quarter, and reliability remains the first thing our merchants buy from us." },
    turn { id = "t.paul-remarks", at = "16:38", who = "paul",
           text = "Net revenue was 52.3 million dollars. Take rate was stable at 1.27 percent. Operating expenses include the infrastructure modernisation we described last quarter, including retiring legacy servers." },
    turn { id = "t.erin-question", at = "16:46", who = "erin",
           text = "Thanks. Erin Clarke, Halberd Securities. I'm seeing merchants on social media reporting that your payment page shows a security warning right now. Can you comment on whether this is an outage, and more broadly on the reliability investments you mentioned?" },
    turn { id = "t.nadia-answer", at = "16:47", who = "nadia",
           text = "Thanks, Erin. We're aware of reports of an issue affecting some merchants, and our teams are working on it. Reliability remains our first priority, and we'll share more once we've resolved it." },
    turn { id = "t.raj-question", at = "16:55", who = "raj",
           text = "Raj Menon, Crane and Company. On take rate: how much of the stability is mix versus pricing?" },
    turn { id = "t.paul-answer", at = "16:56", who = "paul",
           text = "Mostly mix. Enterprise volume grew faster, offset by the cross-border pricing we introduced in February." },
    turn { id = "t.erin-followup", at = "17:14", who = "erin",
           text = "A quick follow-up: has the payment page issue been resolved?" },
    turn { id = "t.nadia-followup", at = "17:15", who = "nadia",
           text = "I'm told our teams have applied a fix and payments are recovering. We'll follow up in writing." },
    turn { id = "t.grant-close", at = "17:28", who = "grant",
           text = "That concludes our call. Thank you for joining." },
}

-- ---- the pull requests ---------------------------------------------------------
-- #1188 is how renewal worked after the last expiry; #2207 moved it and left
-- the wildcards out; #2231 and #2235 are the fix and the missing monitor.

pr {
    id = "pr.1188",
    title = "PR #1188: renew-certs: renew every certificate, wildcards through DNS-01, warn at 14 days",
    number = 1188,
    repo = "larkspur/ops",
    author = "wen",
    reviewers = { "sasha" },
    opened = "2023-06-19T11:00",
    merged = "2023-06-21T15:40",
    description = [[
        Action items AI-1 and AI-2 of INC-0412 (api.larkspurpay.com expired on 14 June).

        - certs.txt lists every certificate we serve, including the two wildcards.
        - Wildcards cannot use HTTP-01, so they go through DNS-01 with ops-cron-01's instance role (Route53).
        - Every run checks the days left of each certificate it renews and mails platform-alerts@ under 14 days.

        AI-3 (an external probe, PLAT-611) is separate.
    ]],
    diff = read("pr-1188.diff"),
    review { id = "rv.sasha-1188", at = "2023-06-20T10:15", who = "sasha", verdict = "comment",
             file = "ops/cron/renew-certs.sh", line = 35,
             text = "Does the warning need its own loop, so it also covers certificates that fail to renew?" },
    review { id = "rv.wen-1188", at = "2023-06-20T13:02", who = "wen", verdict = "comment",
             file = "ops/cron/renew-certs.sh", line = 35,
             text = "It checks after each renewal attempt, so a failed renewal still gets warned about. Anything not in certs.txt isn't covered, but that's what PLAT-611 is for." },
    review { id = "rv.sasha-1188-ok", at = "2023-06-21T15:30", who = "sasha", verdict = "approve",
             text = "Makes sense. Ship it." },
}

pr {
    id = "pr.2207",
    title = "PR #2207: Move certificate renewal from ops-cron-01 to a CronJob",
    number = 2207,
    repo = "larkspur/ops",
    author = "rafael",
    reviewers = { "sasha", "kenji" },
    opened = "2026-03-19T14:10",
    merged = "2026-03-24T10:25",
    description = [[
        Part of PLAT-1390: ops-cron-01 (Ubuntu 20.04, audit finding SEC-77) must be gone by 31 March. Certificate renewal is its last important job.

        - renew-certs.sh becomes deploy/cert-renewer/renew.sh, run nightly as the cert-renewer CronJob.
        - Days left are exported as cert_days_left for the new Certificates dashboard; CertExpiringSoon alerts under 14 days instead of mail to platform-alerts@ (which ops-cron-01's MTA sent).
        - Wildcards are skipped for now: DNS-01 needs Route53 write access, which needs an IAM role for the job (Security review, SEC-112). Follow-up: PLAT-1432. Both wildcards have weeks left.

        Tested: a manual job run renewed api-staging and wrote the metrics.
    ]],
    diff = read("pr-2207.diff"),
    review { id = "rv.sasha-wildcard", at = "2026-03-20T09:40", who = "sasha", verdict = "comment",
             file = "deploy/cert-renewer/renew.sh", line = 13,
             text = "What uses the wildcards these days? Is *.larkspurpay.com still on the edge?" },
    review { id = "rv.rafael-wildcard", at = "2026-03-20T11:05", who = "rafael", verdict = "comment",
             file = "deploy/cert-renewer/renew.sh", line = 13,
             text = "Edge listener and the merchant custom subdomains. It's valid until 7 May (renewed 6 Feb); sandbox until 27 April. PLAT-1432 adds DNS-01 well before then, once Security has reviewed the role." },
    review { id = "rv.kenji-alert", at = "2026-03-21T16:30", who = "kenji", verdict = "comment",
             file = "deploy/cert-renewer/cronjob.yaml", line = 41,
             text = "Nice to finally have an alert on cert expiry instead of MAILTO to a list nobody reads." },
    review { id = "rv.sasha-approve", at = "2026-03-24T09:55", who = "sasha", verdict = "approve",
             text = "Approving so we make the 31 March decommission for SEC-77. Let's get 1432 into Q2-S1." },
}

pr {
    id = "pr.2231",
    title = "PR #2231: cert-renewer: renew wildcards through DNS-01 again",
    number = 2231,
    repo = "larkspur/ops",
    author = "tobi",
    reviewers = { "ines", "sasha", "wen" },
    opened = "2026-05-08T11:15",
    merged = "2026-05-08T16:40",
    description = [[
        PLAT-1432, after INC-0531. The CronJob renews every line of certs.txt again; wildcards go through DNS-01 with an IRSA role limited to _acme-challenge records (SEC-112, approved 22 April).

        Manually issued wildcard from the incident stays in place until the next run replaces it.
    ]],
    diff = read("pr-2231.diff"),
    review { id = "rv.ines-2231", at = "2026-05-08T13:20", who = "ines", verdict = "approve",
             file = "terraform/iam/cert_renewer.tf", line = 19,
             text = "Matches what SEC-112 approved. Thanks for keeping the record-name condition." },
    review { id = "rv.wen-2231", at = "2026-05-08T14:05", who = "wen", verdict = "comment",
             text = "Looks right. One thought: the renewal job and its own metric still can't tell you about a certificate that isn't in certs.txt. #2235 is the part that would have caught this." },
    review { id = "rv.sasha-2231", at = "2026-05-08T16:30", who = "sasha", verdict = "approve",
             text = "Approved. Freeze is over; ship it." },
}

pr {
    id = "pr.2235",
    title = "PR #2235: Probe public certificates from outside, page on edge handshake errors",
    number = 2235,
    repo = "larkspur/monitoring",
    author = "kenji",
    reviewers = { "wen", "tobi" },
    opened = "2026-05-11T14:50",
    merged = "2026-05-12T10:10",
    description = [[
        INC-0531 and PLAT-611 (2023). Watches what merchants actually see, whoever renews the certificate:

        - blackbox probes of every public hostname from two regions outside our network;
        - PublicCertExpiring at 21 days, PublicTLSHandshakeFailing after 3 minutes;
        - EdgeTLSHandshakeErrors pages Platform instead of only colouring a dashboard.
    ]],
    diff = read("pr-2235.diff"),
    review { id = "rv.wen-2235", at = "2026-05-11T16:20", who = "wen", verdict = "comment",
             file = "monitoring/blackbox/public-endpoints.yaml", line = 15,
             text = "This is the PLAT-611 we closed in 2023 as \"covered\". A hand-written list drifts the same way certs.txt did: can the targets come from the public DNS zone?" },
    review { id = "rv.kenji-2235", at = "2026-05-11T17:02", who = "kenji", verdict = "comment",
             text = "Agreed, opened PLAT-1461 for that. Merging the list now so we're covered meanwhile." },
    review { id = "rv.tobi-2235", at = "2026-05-12T09:45", who = "tobi", verdict = "approve",
             text = "Tested the handshake alert against an expired test cert: fires in 3 minutes." },
}

-- ---- tickets ------------------------------------------------------------------

ticket {
    id = "ticket.sup-88412",
    title = "SUP-88412: Merchants see a security warning on the payment page",
    key = "SUP-88412",
    reporter = "ruth",
    assignee = "tobi",
    opened = "16:26",
    closed = "17:48",
    fields = {
        { "Status", "Resolved" },
        { "Priority", "Urgent" },
        { "Type", "Escalation to engineering" },
        { "Merchants affected", "61" },
        { "Channels", "Chat, email, phone, account managers" },
    },
    description = "Since about 16:15 merchants report that pay.larkspurpay.com shows a browser security warning (Chrome: NET::ERR_CERT_DATE_INVALID; Firefox: SEC_ERROR_EXPIRED_CERTIFICATE) and that server-to-server calls to api.larkspurpay.com fail. Merchants in several countries, on every browser.",
    comment { id = "cm.ruth-first", at = "16:26", who = "ruth",
              text = "First contact 16:18 (Tandem Outfitters, chat). 11 merchants by 16:24, 14 by 16:26. Asked in #payments-oncall at 16:24. The status page shows all systems operational." },
    change { id = "ch.sup-assign-maya", at = "16:29", who = "ruth", field = "Assignee", from = "Support triage", to = "Maya Lindqvist" },
    change { id = "ch.sup-priority", at = "16:31", who = "maya", field = "Priority", from = "High", to = "Urgent" },
    comment { id = "cm.maya-inc", at = "16:34", who = "maya",
              text = "Linked to INC-0531. payments-api volume is low; success rate normal. Investigating." },
    comment { id = "cm.ruth-macro", at = "16:48", who = "ruth",
              text = "The \"Payment page issue\" macro quoted the status page (\"All systems are operational\") in 23 replies between 16:20 and 16:47. Macro disabled; replies by hand." },
    change { id = "ch.sup-assign-tobi", at = "16:54", who = "dev", field = "Assignee", from = "Maya Lindqvist", to = "Tobi Adeyemi" },
    change { id = "ch.sup-count", at = "17:10", who = "ruth", field = "Merchants affected", from = "14", to = "61" },
    comment { id = "cm.ruth-resolved", at = "17:48", who = "ruth",
              text = "Merchants confirm recovery from 17:16. Tandem Outfitters switched to a backup processor 16:51 to 17:40 and wants a technical call. Support retro items: the macro that quotes the status page; no way for Support to reach Platform directly." },
    change { id = "ch.sup-resolved", at = "17:48", who = "ruth", field = "Status", from = "In progress", to = "Resolved" },
}

ticket {
    id = "ticket.sup-88419",
    title = "SUP-88419: Tandem Outfitters: enterprise escalation",
    key = "SUP-88419",
    reporter = "amara",
    assignee = "ruth",
    opened = "16:21",
    closed = "2026-05-08T10:30",
    fields = {
        { "Status", "Closed" },
        { "Priority", "Urgent" },
        { "Merchant", "Tandem Outfitters (enterprise, 3 years)" },
        { "Volume at risk", "about $1.2M on a Thursday evening" },
        { "Parent", "SUP-88412" },
    },
    description = "Tandem's CTO called their account manager directly: their hosted checkout shows a security warning and their server-to-server calls to api.larkspurpay.com fail. They have a backup processor configured and will switch if not fixed quickly.",
    comment { id = "cm.amara-backup", at = "16:41", who = "amara",
              text = "Tandem gives us 15 minutes before switching to their backup processor. Their engineer says our certificate has expired; I passed that on in #merchant-support." },
    comment { id = "cm.amara-switched", at = "16:51", who = "amara",
              text = "Tandem switched to the backup processor. Their customers can pay again, through someone else." },
    change { id = "ch.88419-status", at = "16:51", who = "amara", field = "Status", from = "Open", to = "Waiting on Larkspur" },
    comment { id = "cm.amara-back", at = "17:40", who = "amara",
              text = "Tandem switched back to us at 17:40. Their CTO wants a call with someone technical tomorrow, and a written explanation." },
    comment { id = "cm.ruth-call", at = "2026-05-08T10:30", who = "ruth",
              text = "Call held with Tandem's CTO, Tobi (Platform) and Devraj (Payments). They asked how we monitor certificates from the outside; Tobi described #2235. Closing." },
    change { id = "ch.88419-closed", at = "2026-05-08T10:30", who = "ruth", field = "Status", from = "Waiting on Larkspur", to = "Closed" },
}

ticket {
    id = "ticket.plat-1432",
    title = "PLAT-1432: cert-renewer: renew wildcards through DNS-01",
    key = "PLAT-1432",
    reporter = "rafael",
    assignee = "tobi",
    opened = "2026-03-24T10:20",
    closed = "2026-05-08T16:45",
    fields = {
        { "Status", "Done" },
        { "Priority", "Highest" },
        { "Sprint", "Q2-S2" },
        { "Due date", "(none)" },
        { "Linked", "PR #2207, SEC-112, PLAT-1447, INC-0531, PR #2231" },
    },
    description = [[
        Since #2207 the cert-renewer CronJob skips wildcard certificates: DNS-01 needs Route53 write access, and the job has no IAM role yet.

        Affected: *.larkspurpay.com (edge listener, merchant custom subdomains), valid until 2026-05-07; *.sandbox.larkspurpay.com, valid until 2026-04-27.

        To do: IRSA role for cert-renewer limited to _acme-challenge records (Security review: SEC-112), then drop the filter in renew.sh.
    ]],
    comment { id = "cm.rafael-sec112", at = "2026-03-25T09:30", who = "rafael",
              text = "Opened SEC-112 for the IAM role review. Security's queue is about three weeks." },
    change { id = "ch.1432-unassigned", at = "2026-04-01T16:10", who = "sasha", field = "Assignee", from = "Rafael Ortiz", to = "Unassigned" },
    comment { id = "cm.sasha-capacity", at = "2026-04-08T11:20", who = "sasha",
              text = "Moving out of Q2-S1: blocked on SEC-112 and the Postgres 16 migration has the team. Back in for Q2-S2." },
    change { id = "ch.1432-backlog", at = "2026-04-08T11:20", who = "sasha", field = "Sprint", from = "Q2-S1", to = "Backlog" },
    comment { id = "cm.ines-sec112", at = "2026-04-22T14:40", who = "ines",
              text = "SEC-112 approved: the role may change _acme-challenge TXT records in the larkspurpay.com zone only. Unblocked from our side." },
    comment { id = "cm.kenji-sandbox", at = "2026-04-27T09:50", who = "kenji",
              text = "*.sandbox.larkspurpay.com expired today at 03:10 (PLAT-1447). Renewed by hand with break-glass. The production wildcard is next: 7 May. Raising priority." },
    change { id = "ch.1432-high", at = "2026-04-27T09:51", who = "kenji", field = "Priority", from = "Medium", to = "High" },
    change { id = "ch.1432-highest", at = "17:28", who = "sasha", field = "Priority", from = "High", to = "Highest" },
    change { id = "ch.1432-tobi", at = "17:28", who = "sasha", field = "Assignee", from = "Unassigned", to = "Tobi Adeyemi" },
    change { id = "ch.1432-sprint", at = "17:28", who = "sasha", field = "Sprint", from = "Backlog", to = "Q2-S2" },
    comment { id = "cm.tobi-done", at = "2026-05-08T16:45", who = "tobi",
              text = "#2231 merged. Both wildcards renew through DNS-01 again; the manual certificate from INC-0531 will be replaced on the next run." },
    change { id = "ch.1432-done", at = "2026-05-08T16:45", who = "tobi", field = "Status", from = "Backlog", to = "Done" },
}

ticket {
    id = "ticket.plat-1447",
    title = "PLAT-1447: Sandbox certificate expired",
    key = "PLAT-1447",
    reporter = "sam",
    assignee = "kenji",
    opened = "2026-04-27T09:05",
    closed = "2026-04-27T09:52",
    fields = {
        { "Status", "Done" },
        { "Priority", "Medium" },
        { "Incident declared", "No (sandbox only)" },
        { "Linked", "PLAT-1432" },
    },
    description = "api.sandbox.larkspurpay.com shows SEC_ERROR_EXPIRED_CERTIFICATE. Two merchant developers mentioned it in the developer forum this morning. Our own integration tests against sandbox have been red since 03:15.",
    comment { id = "cm.kenji-renewed", at = "2026-04-27T09:40", who = "kenji",
              text = "Renewed *.sandbox.larkspurpay.com by hand through DNS-01 with break-glass (session BG-2026-0427-01). Valid to 26 July. The CronJob skips wildcards since #2207; see PLAT-1432." },
    comment { id = "cm.kenji-no-review", at = "2026-04-27T09:52", who = "kenji",
              text = "Closing. No incident review: sandbox only, no production impact." },
}

ticket {
    id = "ticket.plat-1390",
    title = "PLAT-1390: Decommission ops-cron-01",
    key = "PLAT-1390",
    reporter = "sasha",
    assignee = "rafael",
    opened = "2026-03-02T10:00",
    closed = "2026-03-27T11:00",
    fields = {
        { "Status", "Done" },
        { "Priority", "High" },
        { "Due date", "2026-03-31" },
        { "Linked", "SEC-77, PR #2207" },
    },
    description = [[
        ops-cron-01 runs Ubuntu 20.04, out of standard support. The external audit (finding SEC-77) requires it gone by 31 March.

        Jobs: logrotate-archive (drop, replaced by bucket lifecycle), weekly-db-snapshot-verify (moved in #2188), renew-certs.sh (to a CronJob). The VM's instance role also gives Route53 access; nothing else should need it.
    ]],
    comment { id = "cm.rafael-wen", at = "2026-03-05T15:20", who = "rafael",
              text = "Read Wen's handover page. renew-certs.sh is the only job with real state: the lego account and the certificate store. Plan in #2207." },
    comment { id = "cm.sasha-done", at = "2026-03-27T11:00", who = "sasha",
              text = "VM terminated, snapshot kept 90 days. SEC-77 closed." },
}

ticket {
    id = "ticket.plat-611",
    title = "PLAT-611: Probe our public certificates from outside (INC-0412 AI-3)",
    key = "PLAT-611",
    reporter = "wen",
    assignee = "wen",
    opened = "2023-06-20T16:00",
    closed = "2023-09-14T10:30",
    fields = {
        { "Status", "Won't do" },
        { "Priority", "Medium" },
        { "Resolution", "Covered by renew-certs.sh warning (AI-2)" },
    },
    description = "Action item AI-3 of INC-0412: check the certificates we actually serve from outside our network, independently of the renewal script, and alert well before expiry.",
    comment { id = "cm.wen-611-later", at = "2023-07-10T10:00", who = "wen",
              text = "Deprioritised for the Q3 SOC 2 work. The 14-day mail from renew-certs.sh covers us meanwhile." },
    comment { id = "cm.sasha-611-close", at = "2023-09-14T10:30", who = "sasha",
              text = "Backlog cleanup: closing as covered by the renew-certs.sh warning. No expiry since June. Reopen if needed." },
}

-- ---- alerts and pages ----------------------------------------------------------

alerts {
    id = "alerts",
    title = "Alerts and pages",
    fired { id = "a.edge-tls", at = "16:20", alert = "EdgeTLSHandshakeErrors", service = "edge",
            severity = "info",
            text = "edge TLS handshake errors 4,650/min > 500/min for 5m. Severity info: shown on the edge dashboard, routed to nobody." },
    fired { id = "a.volume-low", at = "16:31", alert = "PaymentsRequestVolumeLow", service = "payments-api",
            severity = "high",
            text = "payments-api requests at 38% of forecast for 15 minutes. Check merchant-side outages and the CDN." },
    paged { id = "a.maya-paged", at = "16:31", who = "maya",
            text = "PaymentsRequestVolumeLow: payments-api 38% of forecast" },
    acked { id = "a.maya-acked", at = "16:32", who = "maya" },
    escalated { id = "a.dev-ic", at = "16:35", who = "dev", by = "maya",
                text = "SEV2 declared. Devraj takes incident command." },
    paged { id = "a.tobi-paged", at = "16:41", who = "tobi", by = "maya",
            text = "Merchants see certificate errors on pay.larkspurpay.com; our success rate is normal. Edge or CDN?" },
    acked { id = "a.tobi-acked", at = "16:42", who = "tobi" },
    paged { id = "a.ines-paged", at = "16:59", who = "ines", by = "tobi",
            text = "Break-glass approval needed: Route53 write access for a DNS-01 certificate issue (INC-0531)." },
    acked { id = "a.ines-acked", at = "17:00", who = "ines" },
    resolved { id = "a.edge-resolved", at = "17:17",
               text = "EdgeTLSHandshakeErrors: 6/min" },
    resolved { id = "a.volume-resolved", at = "17:21", who = "maya",
               text = "PaymentsRequestVolumeLow: payments-api 112% of forecast (retries)" },
}

-- ---- dashboards ----------------------------------------------------------------
-- Two charts moved and two stayed flat. The flat ones are the ones the
-- responders were told to look at.

metric {
    id = "metric.volume",
    title = "payments-api requests per second",
    unit = "req/s",
    service = "payments-api",
    from = "15:50",
    step = 120,
    values = {
        408, 400, 413, 404, 411, 402, 409, 414, 406, 412,   -- 15:50
        413, 406, 288, 150, 154, 150, 157, 152, 153, 156,   -- 16:10
        152, 156, 151, 158, 153, 154, 158, 153, 157, 152,   -- 16:30
        159, 155, 156, 159, 154, 158, 154, 161, 156, 157,   -- 16:50
        160, 155, 302, 401, 499, 490, 497, 434, 426, 432,   -- 17:10
        433, 426, 438, 430, 436, 426, 434, 438, 431, 436,   -- 17:30
        438,                                                -- 17:50
    },
    annotation { id = "an.volume-drop", at = "16:15",
                 text = "Volume falls to about 37%: what still arrives comes over the private-link endpoint (internal certificate) and from a few old integrations that do not verify certificates" },
    annotation { id = "an.volume-page", at = "16:31",
                 text = "PaymentsRequestVolumeLow pages Maya after 15 minutes below forecast" },
    annotation { id = "an.volume-recover", at = "17:14", text = "Recovery as the new wildcard reaches the edge nodes; a retry bump follows" },
}

metric {
    id = "metric.success",
    title = "Checkout success rate (requests that reach payments-api)",
    unit = "%",
    service = "payments-api",
    from = "15:50",
    step = 300,
    values = {
        97.8, 97.9, 97.7, 98.0, 97.8, 97.6, 97.9, 98.1, 97.7, 97.8,   -- 15:50
        97.9, 97.6, 97.8, 98.0, 97.7, 97.9, 97.8, 97.6, 97.9, 97.8,   -- 16:40
        98.0, 97.7, 97.8, 97.9, 97.8,                                 -- 17:30
    },
    annotation { id = "an.success-flat", at = "16:35",
                 text = "Flat all afternoon: a payment that fails at the TLS handshake never reaches payments-api, so it is counted neither as a success nor as a failure" },
}

metric {
    id = "metric.tls",
    title = "Edge TLS handshake failures",
    unit = "/min",
    service = "edge",
    from = "15:50",
    step = 120,
    values = {
        3, 2, 4, 5, 3, 6, 4, 3, 5, 4,                                         -- 15:50
        6, 4, 4590, 4820, 4910, 4460, 4580, 4520, 4610, 4460,                 -- 16:10
        4580, 4490, 4320, 4250, 4370, 4290, 4520, 4610, 4460, 4580,           -- 16:30
        4290, 4490, 4320, 4370, 4610, 4250, 4460, 4520, 4580, 4490,           -- 16:50
        4290, 2900, 140, 5, 4, 7, 3, 5, 2, 6,                                 -- 17:10
        4, 3, 5, 2, 4, 3, 6, 4, 5, 3,                                         -- 17:30
        4,                                                                    -- 17:50
    },
    annotation { id = "an.cert-expired", at = "16:14",
                 text = "*.larkspurpay.com reaches its notAfter, 20:14:09 UTC: every client that verifies certificates refuses the handshake" },
    annotation { id = "an.cert-attached", at = "17:12", text = "New wildcard (valid to 5 August) attached to the edge listener" },
}

metric {
    id = "metric.cert-days",
    title = "Certificates dashboard: days left, soonest certificate managed by cert-renewer",
    unit = "days",
    service = "cert-renewer",
    points = {
        { "12:00", 51 }, { "13:00", 51 }, { "14:00", 51 }, { "15:00", 51 }, { "16:00", 51 },
        { "16:30", 51 }, { "17:00", 51 }, { "17:30", 51 }, { "18:00", 51 },
    },
    annotation { id = "an.dashboard-green", at = "16:39",
                 text = "Maya opens the dashboard the runbook names: 5 of 5 managed certificates valid, the soonest in 51 days. It lists only what cert-renewer renews; neither wildcard is on it" },
}

-- ---- schedules -----------------------------------------------------------------

oncall {
    id = "oncall",
    title = "On-call rotations",
    shift { id = "s.maya", who = "maya", team = "payments", role = "primary",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
    shift { id = "s.dev", who = "dev", team = "payments", role = "secondary",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
    shift { id = "s.oskar-prev", who = "oskar", team = "payments", role = "primary",
            from = "2026-04-27T09:00", to = "2026-05-04T09:00" },
    shift { id = "s.tobi", who = "tobi", team = "platform", role = "primary",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
    shift { id = "s.sasha", who = "sasha", team = "platform", role = "secondary",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
    shift { id = "s.kenji-prev", who = "kenji", team = "platform", role = "primary",
            from = "2026-04-27T09:00", to = "2026-05-04T09:00" },
    shift { id = "s.kenji-next", who = "kenji", team = "platform", role = "primary",
            from = "2026-05-11T09:00", to = "2026-05-18T09:00" },
    shift { id = "s.ines", who = "ines", team = "security", role = "primary",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
    shift { id = "s.zoe", who = "zoe", team = "data", role = "primary",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
    shift { id = "s.dev-ic", who = "dev", team = "payments", role = "incident_commander",
            from = "2026-05-04T09:00", to = "2026-05-11T09:00" },
}

calendar {
    id = "calendar",
    title = "Shared calendar",
    event { id = "e.decom", title = "ops-cron-01 decommission (PLAT-1390)",
            from = "2026-03-27T10:00", to = "2026-03-27T11:00", who = { "rafael", "sasha" },
            text = "Terminate the VM, keep the snapshot for 90 days, close SEC-77." },
    event { id = "e.reorg", title = "Platform all-hands: Q2 squads",
            from = "2026-04-01T15:00", to = "2026-04-01T15:45", who = { "sasha", "rafael", "priyanka", "kenji", "tobi" },
            text = "Rafael and Priyanka move to the DB migration squad (Postgres 16) for Q2." },
    event { id = "e.q2s1", title = "Platform sprint planning: Q2-S1",
            from = "2026-04-08T10:00", to = "2026-04-08T11:30", who = { "sasha", "kenji", "tobi" } },
    event { id = "e.q2s2", title = "Platform sprint planning: Q2-S2",
            from = "2026-05-11T10:00", to = "2026-05-11T11:30", who = { "sasha", "kenji", "tobi" },
            text = "Candidates from the backlog, by priority: ... PLAT-1432 (High) ..." },
    event { id = "e.rehearsal", title = "Earnings call rehearsal",
            from = "13:00", to = "14:30", who = { "nadia", "paul", "grant", "hannah", "victor" } },
    event { id = "e.freeze", title = "Change freeze: Q1 earnings",
            from = "12:00", to = "2026-05-08T09:00", who = { "victor" },
            text = "No deploys, config pushes or flag changes. See Victor's email of 5 May." },
    event { id = "e.data-review", title = "Data Engineering: Q3 roadmap review",
            from = "16:30", to = "16:45", who = { "wen", "zoe", "jon" } },
    event { id = "e.earnings", big = true, title = "Q1 2026 earnings call",
            from = "16:30", to = "17:30", who = { "nadia", "paul", "grant", "hannah" },
            text = "Webcast and dial-in. Prepared remarks 16:30 to 16:45, Q&A to 17:25. The quiet-period policy applies until the call ends." },
    event { id = "e.kubecon", title = "Rafael: KubeCon EU (travel)",
            from = "2026-05-08T18:00", to = "2026-05-13T20:00", who = { "rafael" } },
}

-- ---- documents -----------------------------------------------------------------

document {
    id = "doc.runbook",
    title = "Runbook: TLS certificates",
    kind = "runbook",
    updated = "2026-03-24T12:00",
    read_minutes = 2,
    text = "Owner: Platform. Updated with #2207 (cert-renewer CronJob).",
    section { id = "rb.renewal", title = "1. How renewal works",
              text = "The cert-renewer CronJob (namespace platform-certs) renews every certificate in certs.txt at 30 days left, nightly at 02:30 New York time." },
    section { id = "rb.check", title = "2. Is a certificate expired?",
              text = "Open the Grafana dashboard \"Certificates (cert-renewer)\": it lists each certificate with its days left. CertExpiringSoon fires under 14 days." },
    section { id = "rb.manual", title = "3. Renew by hand",
              text = "kubectl -n platform-certs create job --from=cronjob/cert-renewer renew-now" },
    section { id = "rb.edge", title = "4. The edge",
              text = "The edge load balancer serves certificates from ACM; cert-renewer imports them after renewal. Edge health checks test the backends." },
    section { id = "rb.history", title = "5. History",
              text = "Automated after INC-0412 (2023). Moved from ops-cron-01 to the platform cluster in March 2026 (PLAT-1390)." },
}

document {
    id = "doc.pm-0412",
    title = "Postmortem INC-0412: api.larkspurpay.com certificate expired (2023)",
    kind = "postmortem",
    updated = "2023-06-20T17:00",
    text = "14 June 2023, 09:02 to 10:47. Author: Wen Zhao (Platform).",
    section { id = "pm.summary", title = "Summary",
              text = "The certificate of api.larkspurpay.com was renewed by hand every 90 days from a calendar reminder. The reminder belonged to an engineer who had left in April. Merchants' API calls failed for 1 h 45 min." },
    section { id = "pm.factors", title = "Contributing factors",
              text = "Renewal by hand; the reminder lived in one person's calendar; nothing monitored expiry; the certificate inventory was a wiki page last edited in 2021." },
    section { id = "pm.actions", title = "Action items",
              text = "AI-1: renew every certificate automatically (renew-certs.sh on ops-cron-01, #1188). Done.\nAI-2: warn 14 days before expiry (inside renew-certs.sh, mail to platform-alerts@). Done.\nAI-3: probe the certificates we serve from outside our network, independently of the renewal job (PLAT-611). Open." },
    section { id = "pm.earlier", title = "Related",
              text = "INC-0198 (2021): the sandbox certificate expired; renewed by hand, no review." },
}

document {
    id = "doc.handover",
    title = "Handover: Wen Zhao, Platform to Data (September 2025)",
    kind = "wiki",
    updated = "2025-09-12T15:00",
    text = "What I owned on Platform, for whoever picks it up. I'm in #data-eng now; ask me anything.",
    section { id = "ho.jobs", title = "ops-cron-01",
              text = "Three jobs: renew-certs.sh, logrotate-archive, weekly-db-snapshot-verify. The VM is on Ubuntu 20.04 and will need replacing next year." },
    section { id = "ho.certs", title = "Certificates",
              text = "renew-certs.sh renews everything in certs.txt. The two wildcards go through DNS-01 using ops-cron-01's instance role, which is the only thing with Route53 write access. The 14-day warning is in the same script and mails platform-alerts@." },
}

document {
    id = "doc.freeze-email",
    title = "Email: Thursday earnings-day change freeze",
    kind = "email",
    updated = "2026-05-05T17:10",
    text = "From: Victor Hale. To: engineering@. Tuesday 5 May, 17:10.",
    section { id = "fz.freeze", title = "Freeze",
              text = "Thursday's Q1 earnings call starts at 16:30. From Thursday 12:00 to Friday 09:00: no deploys, no config pushes, no flag changes. On call as usual." },
    section { id = "fz.sev1", title = "Paging during the call",
              text = "During the call, page outside your own team only for SEV1: checkout success rate below 90%, or a full outage of a product. Leadership and IR are in the room; let's keep the noise down." },
}

document {
    id = "doc.quiet-period",
    title = "Policy: quiet period and public statements",
    kind = "wiki",
    updated = "2025-11-03T10:00",
    text = "Owner: Investor Relations and Legal.",
    section { id = "qp.scope", title = "Quiet period",
              text = "From the last day of the quarter until the earnings call ends, employees make no public comment on financial performance or outlook." },
    section { id = "qp.statements", title = "Statements during the earnings call",
              text = "While the earnings call is in progress, any public statement (press, social media, blog, status page, messages to all merchants) needs approval from Investor Relations and Legal before it is published." },
    section { id = "qp.exceptions", title = "Exceptions",
              text = "None." },
}

document {
    id = "doc.status",
    title = "status.larkspurpay.com",
    kind = "status",
    updated = "17:41",
    text = "Public status page, written by Communications. During earnings calls, updates need IR and Legal approval.",
    section { id = "st.investigating", title = "Investigating", at = "17:06",
              text = "Some merchants' customers see a security warning on the Larkspur payment page and cannot complete payment. Card data is not at risk. We are working on a fix." },
    section { id = "st.monitoring", title = "Monitoring", at = "17:19",
              text = "A fix has been applied and payments are recovering. Customers can retry; payments that failed were not charged." },
    section { id = "st.resolved", title = "Resolved", at = "17:41",
              text = "Between 16:14 and 17:16 ET an expired security certificate prevented connections to the payment page and the API. All services are operating normally." },
}
