-- Interviews and the review meeting, included by scenario.lua.
-- Six people can be interviewed. Each knows something no source says.
-- Open questions (cues, knowledge, goals, options, normal work, help) get
-- the full answer; blame, counterfactuals and leading questions lower
-- candor, and the guarded answer at candor 0 reveals little or nothing.

-- ---- who can be interviewed ------------------------------------------------

interviewee { who = "maya", disposition = "new",
    intro = "Maya has her incident notes open and a screenshot of the Certificates dashboard ready. \"I've been replaying it all week. I'm happy to go through it.\"",
    holds_back = "Maya read the freeze email's SEV1 rule as a reason not to page Platform sooner. A question that sounds like \"why did you wait\" makes that sound like an excuse, so she keeps it back." }
interviewee { who = "wen", disposition = "calm",
    intro = "Wen has the 2023 postmortem and her old handover page open side by side.",
    holds_back = "Wen nearly didn't post: she was on another team, in a channel of nearly twenty people, most of them silent. Ask her how she came to speak up." }
interviewee { who = "ruth", disposition = "talkative",
    intro = "Ruth brings the ticket export and a list of the merchants who called her directly.",
    holds_back = "Support has no way to reach Platform except through Payments. Ruth will say so if you ask how help normally gets found." }
interviewee { who = "hannah", disposition = "defensive", available_from = 60,
    away = "in analyst and press follow-ups until late morning",
    intro = "Hannah arrives from a call with a journalist. \"If this is about why the status page took 52 minutes, I followed the policy.\"",
    holds_back = "Hannah had never worked with Platform and didn't know whom to ask for plain words. Questions about the policy as a culprit make her defend it instead." }
interviewee { who = "rafael", disposition = "defensive", available_until = 150,
    away = "on a plane to KubeCon EU, back in a week",
    intro = "Rafael has a bag by his desk. \"I've got until the early afternoon before my flight. I assume this is about #2207.\"",
    holds_back = "Rafael wrote the expiry date into PLAT-1432 and told his manager in a 1:1; after the reorg the ticket had no assignee. Blame makes him list what he did right instead of what the organisation lost." }
interviewee { who = "tobi", disposition = "anxious",
    intro = "Tobi joins with his camera off. \"I was the one with the dashboard that said everything was fine.\"",
    holds_back = "Tobi improvised the break-glass for Route53 with Security because no procedure existed. He worries it will be read as cutting corners." }

-- ---- what they know ---------------------------------------------------------------

fact { id = "f.maya-success-flat", who = "maya", at = "16:31",
       text = "The success rate only counts requests that reach payments-api, so it stayed at 97.8%; low volume on a Thursday usually means a big merchant's own site is down." }
fact { id = "f.maya-dashboard", who = "maya", at = "16:39",
       text = "The runbook sends you to the Certificates dashboard; it showed every certificate valid. Maya did not know it lists only what cert-renewer renews." }
fact { id = "f.maya-clock", who = "maya", at = "16:40",
       text = "At Maya's previous job, ERR_CERT_DATE_INVALID almost always meant a customer device with a wrong clock." }
fact { id = "f.maya-freeze", who = "maya", at = "16:35",
       text = "The freeze email said to page outside the team only for SEV1, defined by success rate; with success rate normal, Maya kept SEV2 and waited before paging Platform." }
fact { id = "f.wen-dag", who = "wen", at = "16:22",
       text = "Wen saw the exact error (\"certificate has expired\") at 16:22 in her DAG, took it for the corporate proxy, then went into a roadmap review until 16:45." }
fact { id = "f.wen-hesitated", who = "wen", at = "16:50",
       text = "Wen hesitated to post: she was on another team, not on call, in a channel of nearly twenty mostly silent people, and did not want to distract the responders." }
fact { id = "f.wen-coupled", who = "wen",
       text = "In 2023 Wen put the 14-day warning inside renew-certs.sh, in the renewal loop; the external probe (PLAT-611) that would have been independent was closed as \"covered\"." }
fact { id = "f.wen-not-asked", who = "wen", at = "2026-03-19T14:10",
       text = "Nobody asked Wen about the migration; her handover page mentioned the wildcards' DNS-01 in one line, and she was not a reviewer of #2207." }
fact { id = "f.ruth-first", who = "ruth", at = "16:18",
       text = "Support's first merchant contact was at 16:18; merchants sent the browser's error code (NET::ERR_CERT_DATE_INVALID) within twenty minutes." }
fact { id = "f.ruth-macro", who = "ruth", at = "16:47",
       text = "The support macro quoted the status page, so 23 replies told merchants \"All systems are operational\" while the page was still green." }
fact { id = "f.ruth-no-path", who = "ruth", at = "16:24",
       text = "Support can only reach engineering through Payments' channel; it has no way to page Platform and did not know the edge was Platform's." }
fact { id = "f.hannah-quiet", who = "hannah", at = "16:44",
       text = "The quiet-period policy makes every public statement during the earnings call, the status page included, wait for IR and Legal; IR was on the call and could answer only by chat." }
fact { id = "f.hannah-words", who = "hannah", at = "16:51",
       text = "Hannah needed merchant words (can customers pay? is card data safe?) and got \"edge wildcard SAN expired\"; she had never worked with Platform and did not know whom to ask." }
fact { id = "f.hannah-options", who = "hannah",
       text = "Hannah considered a merchant email and a post on social media instead, but the policy covered both; the status page was the fastest thing IR could approve." }
fact { id = "f.rafael-deadline", who = "rafael", at = "2026-03-19T14:10",
       text = "ops-cron-01 had to be gone by 31 March for an audit finding (SEC-77); renewal was its last job, and the IAM role for DNS-01 needed a Security review of about three weeks." }
fact { id = "f.rafael-handoff", who = "rafael", at = "2026-04-01T16:00",
       text = "When Rafael moved to the DB squad on 1 April he mentioned PLAT-1432 in a 1:1; the ticket became unassigned, and comments on it notified only him, the reporter." }
fact { id = "f.rafael-dashboard", who = "rafael",
       text = "The Certificates dashboard was built to show the CronJob's own certificates; people came to read it as the inventory of every certificate." }
fact { id = "f.tobi-health", who = "tobi", at = "16:42",
       text = "The edge health checks test the backends over the internal network, so they stayed green while the edge served an expired certificate." }
fact { id = "f.tobi-breakglass", who = "tobi", at = "16:58",
       text = "Break-glass existed only for database access; Tobi and Ines improvised a Route53 one-off, which took about ten minutes." }
fact { id = "f.tobi-new", who = "tobi",
       text = "Tobi joined Platform in February and had never heard of PLAT-1432 or the wildcards; the on-call handover from Kenji did not mention the sandbox expiry." }

-- ---- Maya: detection, and what she could see ---------------------------------------

question { id = "q.maya-notice", who = "maya", kind = "cue", text = "What did you notice first when the page came in?",
    answer { candor = 50, reveals = { "f.maya-success-flat" },
             text = "That volume and success rate disagreed. Success rate was 97.8%, same as all day, and it only counts what reaches us. On a Thursday, low volume usually means a big merchant's own site is down, so that was my first guess." },
    answer { text = "Volume was low. I looked at the dashboards." } }
question { id = "q.maya-know", who = "maya", kind = "knowledge", text = "How did you know where to look for a certificate problem?",
    when = any { asked "q.maya-notice", pinned "r.maya-dashboard" },
    answer { candor = 60, reveals = { "f.maya-dashboard", "f.maya-clock" },
             text = "The runbook says open the Certificates dashboard, and it said every certificate was fine, 51 days at least. I didn't know it only lists what the CronJob renews. And at my last job ERR_CERT_DATE_INVALID was nearly always a kiosk with a wrong clock, so the screenshot didn't scream \"our certificate\" to me." },
    answer { candor = 40, reveals = { "f.maya-dashboard" },
             text = "The runbook points to the Certificates dashboard. It was all green." },
    answer { text = "I followed the runbook." } }
question { id = "q.maya-pressure", who = "maya", kind = "goals", text = "What else was going on for you in those first twenty minutes?",
    answer { candor = 58, reveals = { "f.maya-freeze" },
             text = "The freeze email. It said to page outside the team only for SEV1, and SEV1 is defined by success rate. Ours was fine. It was my first primary week and the earnings call was on, so I kept it at SEV2 and tried to rule out our side before pulling Platform in." },
    answer { text = "It was earnings day. Everyone was a bit tense." } }
question { id = "q.maya-options", who = "maya", kind = "options", text = "What other explanations were you weighing before Wen posted?",
    answer { candor = 55, reveals = { "f.maya-clock" },
             text = "A big merchant's outage, the CDN, and client clocks. The CDN's status page was green. Clocks made sense from my last job, until Ruth said it was every browser." },
    answer { text = "A few things. The CDN, mostly." } }
question { id = "q.maya-help", who = "maya", kind = "help", text = "What made you page Platform when you did?",
    answer { candor = 55, reveals = { "f.maya-freeze" },
             text = "Ruth's \"every browser\" message. Before that I was holding back because of the freeze email's SEV1 rule; after it, the edge was the only thing left between us and the merchants." },
    answer { text = "It looked like an edge problem by then." } }
question { id = "q.maya-runbook", who = "maya", kind = "closed", text = "Did you follow the runbook?",
    answer { candor = 70, reveals = { "f.maya-dashboard" },
             text = "Yes: step two, the Certificates dashboard. It said everything was fine." },
    answer { text = "Yes." } }
question { id = "q.maya-why-not", who = "maya", kind = "counterfactual", text = "Why didn't you check the certificate with openssl when you saw the screenshot?",
    answer { text = "The dashboard said the certificates were fine." } }

-- ---- Wen: the expert who was not on call -------------------------------------------

question { id = "q.wen-notice", who = "wen", kind = "cue", text = "What did you notice first?",
    answer { candor = 45, reveals = { "f.wen-dag" },
             text = "My DAG's error at 16:16: \"certificate has expired\" calling our own API. I read it at 16:22 and blamed the corporate proxy, because it broke TLS for us last month. Zoe pointed out the DAG doesn't go through the proxy, and then I had a roadmap review until 16:45." },
    answer { text = "A failed DAG." } }
question { id = "q.wen-speak", who = "wen", kind = "open", text = "Tell me about the moment you decided to post in the incident channel.",
    when = any { asked "q.wen-notice", pinned "m.wen-diagnosis" },
    answer { candor = 58, reveals = { "f.wen-hesitated" },
             text = "I sat on it for a few minutes. I'm on Data now, I wasn't on call, and there were nearly twenty people in the channel, most of them just watching. I ran openssl twice to be sure before I wrote anything, and I phrased it as a question so I wouldn't step on anyone." },
    answer { text = "It seemed useful." } }
question { id = "q.wen-know", who = "wen", kind = "knowledge", text = "How did you know the renewal job mattered here?",
    answer { candor = 55, reveals = { "f.wen-coupled" },
             text = "I wrote renew-certs.sh after INC-0412. I put the 14-day warning in the same loop, because it was the quickest way to get a warning at all. The independent check from outside, PLAT-611, got pushed for SOC 2 work and later closed as covered. So the warning could only see what the job renewed, and when the job stopped renewing the wildcard, nothing watched it." },
    answer { candor = 30,
             text = "I wrote the original script." },
    answer { text = "I used to work on it." } }
question { id = "q.wen-normal", who = "wen", kind = "normal_work", text = "How does knowledge usually travel when someone moves teams here?",
    answer { candor = 55, reveals = { "f.wen-not-asked" },
             text = "A handover page, and \"ask me anything\". Mine says the wildcards use DNS-01 in one line. Nobody asked me about the migration, and I wasn't on #2207. I'd have mentioned the warning living in the loop." },
    answer { text = "We write a handover page." } }
question { id = "q.wen-right", who = "wen", kind = "leading", text = "So the migration PR is what broke it, right?",
    answer { text = "It's one piece. There were several." } }
question { id = "q.wen-blame", who = "wen", kind = "blaming", text = "Who is responsible for dropping the wildcard?",
    answer { text = "I'd rather not point at anyone. The job was moved under a deadline." } }

-- ---- Ruth: the first sensor, and the merchants' view ---------------------------------

question { id = "q.ruth-first", who = "ruth", kind = "cue", text = "When did support first hear something was wrong?",
    answer { candor = 50, reveals = { "f.ruth-first" },
             text = "16:18, Tandem on chat. By 16:24 we had eleven merchants, and by 16:38 they were sending us the browser's error code: NET::ERR_CERT_DATE_INVALID. The merchants told us it was a certificate before any of our tools did." },
    answer { text = "Late afternoon, from merchants." } }
question { id = "q.ruth-agents", who = "ruth", kind = "goals", text = "What was going on for your agents while the status page was still green?",
    answer { candor = 62, reveals = { "f.ruth-macro" },
             text = "They were drowning, and the macro made it worse: it quotes the status page, so 23 replies told merchants \"All systems are operational\" while their customers couldn't pay. Tandem's CTO read one of those and switched processors." },
    answer { text = "It was busy. We coped." } }
question { id = "q.ruth-help", who = "ruth", kind = "help", text = "How did you decide where to ask for help?",
    answer { candor = 58, reveals = { "f.ruth-no-path" },
             text = "#payments-oncall is the only door we have. We can't page anyone, and I didn't know the payment page's certificate was Platform's; I've never had a contact there. If Payments doesn't see it, we wait." },
    answer { text = "We always ask Payments." } }
question { id = "q.ruth-normal", who = "ruth", kind = "normal_work", text = "How do merchant-facing incidents usually reach engineering?",
    answer { candor = 55, reveals = { "f.ruth-no-path" },
             text = "Through Payments, always. It works when it's Payments' problem. This time it was two hops away." },
    answer { text = "Through Payments." } }
question { id = "q.ruth-surely", who = "ruth", kind = "leading", text = "Surely engineering should have listened to support sooner, don't you think?",
    answer { text = "They listened. I'd rather talk about what we could all see." } }

-- ---- Hannah: the status page during the earnings call ---------------------------------

question { id = "q.hannah-pressure", who = "hannah", kind = "goals", text = "What was going on for you during the earnings call?",
    answer { candor = 35, reveals = { "f.hannah-quiet" },
             text = "The quiet-period policy: while the call is on, anything public needs IR and Legal first, and the status page isn't an exception. Grant was on the call, answering by chat between analyst questions. I had the words at 16:46; he couldn't approve a guess." },
    answer { text = "A lot. It was the earnings call." } }
question { id = "q.hannah-words", who = "hannah", kind = "knowledge", text = "How did you work out what to say on the status page?",
    when = asked "q.hannah-pressure",
    answer { candor = 40, reveals = { "f.hannah-words" },
             text = "I asked the channel and got \"edge wildcard SAN expired, handshake fails\". I needed: can customers pay, and is card data safe. I'd never worked with Platform; I didn't know who Tobi was. Devraj translated in the end." },
    answer { text = "I asked engineering." } }
question { id = "q.hannah-options", who = "hannah", kind = "options", text = "What other ways of reaching merchants did you consider?",
    answer { candor = 42, reveals = { "f.hannah-options" },
             text = "An email to our top merchants through Support, and a short social post. The policy covers both. The status page was the smallest thing Grant could approve, so I pushed that." },
    answer { text = "Not many. The policy is the policy." } }
question { id = "q.hannah-blame", who = "hannah", kind = "blaming", text = "Who decided to keep the status page green for 52 minutes?",
    answer { text = "Nobody decided that. We followed the policy." } }
question { id = "q.hannah-cf", who = "hannah", kind = "counterfactual", text = "Couldn't you have posted something generic right away?",
    answer { text = "Not under the policy, no." } }

-- ---- Rafael: the migration, and the ticket that lost its owner ---------------------------

question { id = "q.rafael-goals", who = "rafael", kind = "goals", text = "What were you trying to achieve with #2207?",
    answer { candor = 30, reveals = { "f.rafael-deadline" },
             text = "Get ops-cron-01 off the network by 31 March. It was an audit finding, SEC-77, and renewal was its last real job. Wildcards needed DNS-01, which needed an IAM role, which needed a Security review of about three weeks. The decommission couldn't wait for that, and the wildcards had weeks left." },
    answer { text = "It's in the description." } }
question { id = "q.rafael-after", who = "rafael", kind = "help", text = "When you moved to the DB squad, how did you hand PLAT-1432 over, and to whom?",
    when = asked "q.rafael-goals",
    answer { candor = 35, reveals = { "f.rafael-handoff" },
             text = "I put both expiry dates in the description and mentioned it to Sasha in our last 1:1. After the reorg it was unassigned. I've since learned that comments on it, Kenji's too, only notified me, as the reporter, and I'd muted PLAT while I was heads-down on Postgres." },
    answer { text = "It was in the backlog. The dates were in the ticket." } }
question { id = "q.rafael-normal", who = "rafael", kind = "normal_work", text = "How does the team usually check that certificates are healthy?",
    answer { candor = 38, reveals = { "f.rafael-dashboard" },
             text = "The Certificates dashboard. I built it for the CronJob, so it shows the job's certificates. Somewhere along the way people started reading it as the list of all our certificates, me included, honestly." },
    answer { text = "There's a dashboard and an alert." } }
question { id = "q.rafael-blame", who = "rafael", kind = "blaming", text = "Who approved dropping the wildcard from renewal?",
    answer { text = "It was reviewed and approved, with a ticket. Like every change." } }
question { id = "q.rafael-cf", who = "rafael", kind = "counterfactual", text = "Why didn't you keep ops-cron-01 running until the wildcard was handled?",
    answer { text = "Because of the audit deadline." } }

-- ---- Tobi: the edge, and the repair -----------------------------------------------------

question { id = "q.tobi-notice", who = "tobi", kind = "cue", text = "What did you notice first when Maya paged you?",
    answer { candor = 44, reveals = { "f.tobi-health" },
             text = "Green health checks. They test the backends over the internal network, so they never see the certificate the edge shows to the outside. The handshake error graph was the first thing that looked wrong, and there's no alert on it, only an info rule nobody gets." },
    answer { text = "The edge looked healthy." } }
question { id = "q.tobi-options", who = "tobi", kind = "options", text = "Which ways of getting a new certificate did you weigh?",
    answer { candor = 50, reveals = { "f.tobi-breakglass" },
             text = "Restoring the VM snapshot, two hours. Per-host certificates, which don't cover merchants' custom subdomains. Or DNS-01 by hand with break-glass. But break-glass is written for database access only; Ines and I made up the Route53 version on the spot. That took about ten minutes, most of them spent deciding it was allowed." },
    answer { text = "The fastest one." } }
question { id = "q.tobi-know", who = "tobi", kind = "knowledge", text = "What did you know about the wildcards before that afternoon?",
    answer { candor = 48, reveals = { "f.tobi-new" },
             text = "Nothing. I joined Platform in February. Kenji's handover for the rotation didn't mention the sandbox expiry, and I'd never opened PLAT-1432." },
    answer { text = "Not much." } }
question { id = "q.tobi-knew", who = "tobi", kind = "closed", text = "Did you know about PLAT-1432?",
    answer { candor = 50, reveals = { "f.tobi-new" },
             text = "No. I'd joined in February and never saw it." },
    answer { text = "No." } }

-- ---- the review meeting -------------------------------------------------------------------
-- Victor fills silences and wants a culprit; Wen holds the missing piece
-- and will not interrupt; Rafael and Maya brace for blame; Grant needs
-- something for the board; Kenji never speaks unless invited.

meeting {
    title = "Review: INC-0531, the expired wildcard certificate",
    minutes = 60,
    attendee { who = "victor", trait = "dominant" },
    attendee { who = "wen", trait = "quiet_expert" },
    attendee { who = "rafael", trait = "defensive" },
    attendee { who = "maya", trait = "defensive" },
    attendee { who = "grant", trait = "wants_actions" },
    attendee { who = "hannah", trait = "steady" },
    attendee { who = "ruth", trait = "steady" },
    attendee { who = "tobi", trait = "steady" },
    attendee { who = "kenji", trait = "lurker" },
    beat { id = "b.opening", kind = "opening", title = "Opening and ground rules", minutes = 5 },
    beat { id = "b.timeline", kind = "timeline", title = "Walk the timeline", minutes = 15 },
    beat { id = "b.renewal", kind = "deep_dive", title = "Deep dive: the renewal job, the wildcard and PLAT-1432", minutes = 15 },
    beat { id = "b.comms", kind = "deep_dive", title = "Deep dive: merchants, the status page and the earnings call", minutes = 10 },
    beat { id = "b.themes", kind = "themes", title = "Themes", minutes = 10 },
    beat { id = "b.close", kind = "close", title = "Close", minutes = 5 },
}

meeting_event { id = "ev.victor-blame", who = "victor", kind = "blame", target = "rafael",
    beat = "b.timeline", after = 1,
    text = "Let's be honest about what happened: a PR dropped our most important certificate and nobody noticed for six weeks. Rafael, that was your change." }
meeting_event { id = "ev.wen-piece", who = "wen", kind = "holds_piece", beat = "b.renewal", after = 0,
    text = "(Wen opens the 2023 postmortem on her laptop, scrolls to the action items, and closes it again.)" }
meeting_event { id = "ev.grant-fixes", who = "grant", kind = "push_fixes", beat = "b.renewal", after = 1,
    text = "I have the board on Monday. Can we just agree the fixes now: certificate monitoring and a freeze on migrations?" }
meeting_event { id = "ev.grant-blame", who = "grant", kind = "blame", target = "maya", beat = "b.comms", after = 1,
    when = none { ground_rules() },
    text = "And nearly half an hour before anyone paged Platform. On earnings day." }
meeting_event { id = "ev.side-talk", who = "hannah", kind = "side_talk", beat = "b.themes", after = 1,
    text = "(Hannah and Ruth start drafting the merchant credit email in a side chat.)" }

insight { id = "in.wen-coupled", who = "wen", needs = "invite", openness = 45,
    text = "The 14-day warning lived inside the renewal loop; I put it there in 2023. The independent probe, PLAT-611, was closed as covered. So when the job stopped renewing the wildcard, the warning stopped watching it: the safety net moved with the thing it was guarding." }
insight { id = "in.maya-dashboard", who = "maya", needs = "make_sense", openness = 45, beat = "b.timeline",
    text = "The runbook's dashboard said every certificate had 51 days. And the freeze email told us to page other teams only for SEV1, measured by success rate, which was fine. Everything I was told to look at said it wasn't a certificate." }
insight { id = "in.rafael-handoff", who = "rafael", needs = "make_sense", openness = 45, beat = "b.renewal",
    text = "I wrote both expiry dates in PLAT-1432. After the reorg it had no assignee, and comments on it only notified me. Kenji's warning on 27 April went to a person on another team with PLAT muted." }
insight { id = "in.kenji-sandbox", who = "kenji", needs = "invite", openness = 35,
    text = "The sandbox wildcard expired ten days before. I renewed it by hand, commented on PLAT-1432 and raised its priority. We didn't review it because it was only sandbox. I thought the comment was the escalation." }
insight { id = "in.tobi-breakglass", who = "tobi", needs = "go_deeper", openness = 50, beat = "b.renewal",
    text = "Break-glass is only written for databases. Ines and I improvised the Route53 version during the incident; most of those ten minutes were spent deciding whether it was allowed." }
insight { id = "in.hannah-quiet", who = "hannah", needs = "go_deeper", openness = 55, beat = "b.comms",
    text = "The quiet-period policy has no carve-out for the status page. IR was on the call, approving by chat. And I didn't know anyone in Platform to ask what to tell merchants." }
insight { id = "in.ruth-macro", who = "ruth", needs = "invite", openness = 50, beat = "b.comms",
    text = "Our macro quoted the green status page, so for half an hour we told merchants everything was fine. And Support has no door to Platform except through Payments." }
