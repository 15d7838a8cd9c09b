-- Interviews. Six people can be interviewed; each knows things no source
-- says. The investigation starts on Monday 9 March at 09:00 in Berlin
-- (the clock's Day 1, 09:00; 08:00 UTC): 16:00 in Singapore, 05:00 in São
-- Paulo. So Arjun must be caught before his day ends (minute 90), and
-- Rogério (minute 240) and Bia (minute 300) only once theirs begins.
-- Open questions about cues, knowledge, goals and options get the full
-- story; blame and "why didn't you" get the guarded answer (candor rules:
-- scenarios/README.md).

local function fri(t) return "2026-03-06T" .. t end

-- ---- who can be interviewed, and when ------------------------------------------

interviewee { who = "tobias", disposition = "talkative",
    intro = "Tobias has Hold Review open on his second screen. \"Ask me anything. I still get a cold feeling when I look at that Reject button.\"",
    holds_back = "Tobias nearly did what he did every morning. What made him stop (the count, Arjun's 02:14 note, a button that cannot be undone) is the adaptive work a \"no customer impact\" summary leaves out." }

interviewee { who = "lea", disposition = "calm",
    intro = "Lea brings her own timeline, written on Friday afternoon. \"I asked for this review, so I'd better be useful.\"",
    holds_back = "Lea said no to her lead twice in an hour, under a deadline. Ask about options and pressures, not only about what she clicked." }

interviewee { who = "arjun", disposition = "anxious", available_until = 90,
    away = "It's after 17:30 in Singapore: Arjun has signed off for the day. He is back at 08:00 his time, 01:00 in Berlin, after this investigation day is over.",
    intro = "Arjun joins from Singapore at the end of his day, camera on, notes ready. \"I wrote the key. I'll tell you whatever helps.\"",
    holds_back = "Arjun checked the one question everybody asked, against the only document that answered it. Blame makes him repeat \"it was reviewed\"; open questions get you the schema doc and the note he left Ops at 02:14." }

interviewee { who = "bia", disposition = "defensive", available_from = 300,
    away = "It's early morning in São Paulo. Bia starts at 10:00 her time on Mondays, 14:00 in Berlin.",
    intro = "Bia has read the incident channel three times. \"I know what my handoff said.\"",
    holds_back = "Bia wrote her handoff from the gate's own runbook. Asked why she didn't check, she defends the runbook; asked what she saw, she tells you what it said." }

interviewee { who = "rogerio", disposition = "calm", candor = 45, available_from = 240,
    away = "It's before 09:00 in São Paulo (13:00 in Berlin); Rogério is not online yet.",
    intro = "Rogério answers in short sentences and waits to be asked the next one.",
    holds_back = "Rogério is the only person who knew about parts, and he had asked about the key on Thursday. He says it only when asked how the knowledge travels, not what went wrong." }

interviewee { who = "jonas", disposition = "talkative", available_until = 360,
    away = "Jonas is in leadership planning for the rest of the day.",
    intro = "Jonas has ten minutes between meetings. \"Happy to help. Honestly, nothing happened, but I get why Lea wanted this.\"",
    holds_back = "Jonas's \"nothing happened\" is sincere: from the audit room, nothing did. What he wanted at 09:21 explains the pressure on Lea's decisions." }

-- ---- what each of them knows ---------------------------------------------------------

fact { id = "f.tobias-usual", who = "tobias",
       text = "Since the gate went live, Hold Review had 0 to 6 holds a morning, all cash-out double-taps. Tobias cleared them with Reject, the default button." }
fact { id = "f.tobias-paused", who = "tobias", at = fri("08:39"),
       text = "Faced with 212 holds, Tobias stopped before clicking: thirty times a normal morning, Arjun's 02:14 note asked Ops to look first, and Reject cannot be undone." }
fact { id = "f.ops-not-told", who = "tobias", at = fri("09:20"),
       text = "Nobody told Payouts Ops that the payrun now went through the gate. Ops was not at the go/no-go, and Tobias took every hold for a cash-out double-tap." }
fact { id = "f.tobias-cutoff", who = "tobias", at = fri("09:40"),
       text = "Tobias worked back from Northwind's 14:00 cut-off: a manual batch needs about an hour, so 12:30 was his last comfortable moment. That deadline shaped every option." }
fact { id = "f.tobias-portal", who = "tobias", at = fri("12:20"),
       text = "Before the release Tobias checked ten tutors by hand in the Northwind portal. Nobody asked him to; he wanted to see part 1 there and part 2 missing with his own eyes." }

fact { id = "f.lea-dashboards", who = "lea", at = fri("08:48"),
       text = "Lea's first look was the payrun board: mean time to bank acceptance 4.1 minutes and an empty queue. Both looked normal because held instructions are in neither." }
fact { id = "f.lea-handoffs", who = "lea", at = fri("08:48"),
       text = "Two handoffs reached Lea as one message: \"working as intended, Ops will review\" and \"quiet shift, see Bia's note\". Nothing in them said engineering had anything to do." }
fact { id = "f.lea-37", who = "lea", at = fri("09:10"),
       text = "The chunk-9 re-send explained 37 holds, not 212. That gap, not any alert, is what made Lea open an incident." }
fact { id = "f.lea-options", who = "lea", at = fri("09:24"),
       text = "Lea held out against both fast options: releasing all would pay 37 tutors twice (INC-41 again), rejecting all would short-pay up to 175. She wanted to know what the 175 were first, with the cut-off under five hours away." }
fact { id = "f.lea-audit", who = "lea", at = fri("09:21"),
       text = "Jonas wanted a decision before the audit at 09:30. Lea found it hard to say no to her lead twice in an hour, and did it with numbers." }

fact { id = "f.arjun-inc41", who = "arjun",
       text = "The gate was INC-41's first action item. Leadership wanted it live for payruns before the Northwind audit, and W10 was the last payrun before it." }
fact { id = "f.arjun-schema", who = "arjun", at = "2026-03-02T03:38Z",
       text = "Arjun built the key, and answered PAY-498, from the instruction schema doc (v2, 2019): one instruction per tutor per batch, meta ignored. Parts came in 2020 and never reached the doc." }
fact { id = "f.arjun-shift", who = "arjun", at = fri("02:14"),
       text = "On his Singapore shift Arjun saw 212 holds and thought it a lot. His own runbook says holds are Ops' business, so he left Ops a note at 02:14 and wrote \"quiet shift\" in the handoff to Berlin." }
fact { id = "f.arjun-codeowners", who = "arjun", at = "2026-03-03T10:15Z",
       text = "#236 touched only deploy/ and gate/ files, so CODEOWNERS never asked Rogério, who owns payrun/. He was on vacation anyway, and waiting for him would have missed W10." }
fact { id = "f.arjun-offshift", who = "arjun", at = fri("10:16"),
       text = "Arjun came back online from home at 18:16 his time, after his shift and his working day had ended, because Lea's page named the gate." }

fact { id = "f.bia-runbook", who = "bia", at = "22:24",
       text = "When the info alert came in, Bia opened the gate runbook it linked. It said holds are duplicates for Ops to review in the morning and engineering needs no action; she wrote her handoff from it." }
fact { id = "f.bia-retry", who = "bia", at = "22:33",
       text = "Bia had just watched chunk 9 re-send 37 instructions, so duplicates were exactly what she expected the gate to catch. She never saw the 37 and the 212 side by side." }
fact { id = "f.bia-template", who = "bia",
       text = "The handoff template asks for alerts of warning and above. Bia mentioned an info alert at all because the gate was new; most engineers leave info alerts out." }
fact { id = "f.bia-morning", who = "bia", at = fri("11:40"),
       text = "Bia saw the incident channel at 08:40 her time, on the way to a medical appointment, and posted the chunk-9 timeline from her own notes." }

fact { id = "f.rogerio-split", who = "rogerio", at = "2020-06-17T09:05Z",
       text = "Payrun has split payouts above Northwind's per-transfer cap into parts since 2020 (#88). When the total divides evenly, the parts share tutor, amount, currency and batch. Only a 2021 wiki page says so." }
fact { id = "f.rogerio-even", who = "rogerio", at = fri("10:07"),
       text = "Only evenly split totals give identical parts; an odd total puts the extra cent on the last part. That is why 175 of about 300 split payouts were held, and why next week's number will differ." }
fact { id = "f.rogerio-asked", who = "rogerio", at = "17:20",
       text = "Catching up after his vacation, Rogério asked on Thursday whether the gate key looked at meta. Arjun's answer came at 00:31 UTC, Rogério's evening, and he did not connect it to that night's payrun until he saw the incident channel." }
fact { id = "f.rogerio-phone", who = "rogerio", at = fri("10:01"),
       text = "Rogério reads any channel with \"payrun\" in it on his phone before his working day. That habit, not a rotation, put him in the channel at 07:01 São Paulo time." }
fact { id = "f.rogerio-hesitated", who = "rogerio", at = fri("10:04"),
       text = "Rogério hesitated before posting: Lea's incident, not his shift, not sure. He wrote his diagnosis as a question on purpose." }

fact { id = "f.jonas-go-no-go", who = "jonas", at = "2026-03-02T08:30Z",
       text = "The go/no-go for #236 looked at three weeks of cash-out holds and settled the one payrun question from the schema doc. Neither Ops nor the payrun owner was in the room." }
fact { id = "f.jonas-audit", who = "jonas", at = fri("09:21"),
       text = "Jonas was due in the Northwind audit at 09:30, with the gate on slide 7. Releasing everything looked to him like the quickest way to have nothing open during it." }
fact { id = "f.jonas-nonevent", who = "jonas", at = fri("15:30"),
       text = "Jonas closed it as SEV3 with no review because no tutor was affected and the team was tired after audit week. Lea asked for the review anyway." }

-- ---- Tobias (Payouts Ops, Berlin): detection, and the pause ------------------------

question { id = "q.tobias-normal", who = "tobias", kind = "normal_work",
    text = "How does the morning Hold Review usually go?",
    answer { candor = 60, reveals = { "f.tobias-usual" },
             text = "Ten minutes with my coffee. Since the gate went live it's been zero to six holds, all cash-out double-taps: someone taps \"cash out\" twice. I select them and press Reject. It's the default button, and it's always been right." },
    answer { text = "Quick, usually. A few holds." } }
question { id = "q.tobias-notice", who = "tobias", kind = "cue",
    text = "What did you notice first when you opened Hold Review on Friday?",
    answer { candor = 70, reveals = { "f.tobias-paused" },
             text = "The count. 212, when a normal morning is a handful. I actually had the select-all box ticked. Then I scrolled the channel and saw Arjun's note from 02:14 asking us to look first. Reject can't be undone; asking costs ten minutes. So I asked." },
    answer { candor = 50,
             text = "There were a lot of holds, more than usual." },
    answer { text = "The holds." } }
question { id = "q.tobias-help", who = "tobias", kind = "help",
    text = "What made you ask engineering instead of clearing the holds yourself?",
    when = asked "q.tobias-notice",
    answer { candor = 72, reveals = { "f.ops-not-told" },
             text = "I didn't know where 212 duplicates could come from. Nobody had told us the payrun went through the gate now; I learned that from Lea at 09:20. In my head every hold was a cash-out double-tap. So when the numbers didn't fit, the people who built it were the ones to ask." },
    answer { text = "It seemed like a lot." } }
question { id = "q.tobias-goals", who = "tobias", kind = "goals",
    text = "What else was on your plate that morning?",
    answer { candor = 65, reveals = { "f.tobias-cutoff" },
             text = "Sofía and Henrik were in the audit, so I had Hold Review and the reconciliation prep alone. And the cut-off: Northwind needs everything by 14:00 for Friday credit. A manual batch takes me about an hour end to end, so I worked back to 12:30 as my last comfortable moment." },
    answer { text = "The usual Friday things." } }
question { id = "q.tobias-options", who = "tobias", kind = "options",
    text = "What options did you see for the 175 tutors before the release?",
    answer { candor = 65, reveals = { "f.tobias-portal" },
             text = "A manual batch to Northwind if the gate release failed, that was my fallback. And before anything, I wanted to see it with my own eyes: I looked up ten tutors in the Northwind portal, part 1 accepted, part 2 nowhere. Nobody asked me to. I just didn't want to trust one more screen that morning." },
    answer { text = "Release them or do a manual batch." } }
question { id = "q.tobias-closed", who = "tobias", kind = "closed",
    text = "Did you get training on the Hold Review tool?",
    answer { text = "A twenty-minute walkthrough when the gate launched. It was all about cash-outs." } }
question { id = "q.tobias-leading", who = "tobias", kind = "leading",
    text = "So the Reject button is really the problem here, right?",
    answer { text = "It's one button. I don't know that it's the problem." } }

-- ---- Lea (on call, Berlin): incident commander, the options -----------------------

question { id = "q.lea-open", who = "lea", kind = "open",
    text = "Walk me through Friday morning from your side.",
    answer { candor = 50, reveals = { "f.lea-37" },
             text = "Tobias paged me at 08:44. The payrun looked fine, the handoff said the gate had caught the re-sends. Then I counted: the chunk-9 re-send was 37 instructions, and 212 were held. That gap is what made me open an incident, not any alert." },
    answer { text = "Tobias paged me and we sorted it out before the cut-off." } }
question { id = "q.lea-cue", who = "lea", kind = "cue",
    text = "What did you look at first when Tobias asked?",
    answer { candor = 55, reveals = { "f.lea-dashboards" },
             text = "The payrun board, because it's the one we always open on a Friday. Mean time to bank acceptance 4.1 minutes, queue at zero. It looked like a perfect payrun. I only understood later that a held instruction is in neither: it has left the queue, and it never gets accepted, so it never enters the mean." },
    answer { text = "The dashboards. They looked fine." } }
question { id = "q.lea-knowledge", who = "lea", kind = "knowledge",
    text = "What did the overnight handoffs tell you about the holds?",
    answer { candor = 55, reveals = { "f.lea-handoffs" },
             text = "Arjun's said \"quiet shift, see Bia's note\". Bia's said the gate held about 200 duplicates, working as intended, Ops will review. So by the time it reached me it was one sentence: it's handled, and it's Ops' job. I didn't know Arjun had thought 212 was a lot; that was in the Ops channel." },
    answer { text = "That the gate had caught some duplicates." } }
question { id = "q.lea-options", who = "lea", kind = "options",
    text = "What other paths did you consider for the held instructions?",
    answer { candor = 60, reveals = { "f.lea-options" },
             text = "Release everything, reject everything, or split them. Releasing all pays the 37 re-sends twice, which is INC-41 all over again. Rejecting all leaves up to 175 tutors short. Both were fast. I wanted to know what the 175 were before choosing, and we had the time, just." },
    answer { text = "Release or reject. We separated them in the end." } }
question { id = "q.lea-goals", who = "lea", kind = "goals",
    text = "What pressures were on that decision around 09:30?",
    when = asked "q.lea-options",
    answer { candor = 65, reveals = { "f.lea-audit" },
             text = "Jonas was going into the audit and wanted it settled before. Saying no to your lead twice in an hour isn't comfortable. I did it with numbers: 37 double payments, three weeks of claw-backs last time. Tobias backing me up helped a lot." },
    answer { text = "The cut-off, mostly." } }
question { id = "q.lea-cf", who = "lea", kind = "counterfactual",
    text = "Why didn't you open the gate dashboard as soon as you came on shift?",
    answer { text = "The handoff said there was nothing to look at." } }

-- ---- Arjun (Singapore, built the gate): before his day ends ------------------------

question { id = "q.arjun-goals", who = "arjun", kind = "goals",
    text = "What was the gate meant to protect against, and by when?",
    answer { candor = 45, reveals = { "f.arjun-inc41" },
             text = "INC-41: twelve tutors paid twice after a chunk re-send. The gate was action item 1. Leadership wanted the payrun behind it before the Northwind audit, and W10 was the last payrun before the audit." },
    answer { text = "INC-41." } }
question { id = "q.arjun-knowledge", who = "arjun", kind = "knowledge",
    text = "How did you decide which fields make up the key?",
    answer { candor = 55, reveals = { "f.arjun-schema" },
             text = "From the instruction schema doc, v2. It lists the fields, says one instruction per tutor per batch, and says consumers must not rely on meta. Jonas asked in PAY-498 whether payrun ever sends two per tutor; the doc said no, so I answered no. I didn't know the doc was from 2019 and that parts came a year later." },
    answer { text = "From the schema. It was reviewed." } }
question { id = "q.arjun-cue", who = "arjun", kind = "cue",
    text = "What did you see of the holds during your Singapore shift?",
    answer { candor = 58, reveals = { "f.arjun-shift" },
             text = "212 on the gate dashboard at about ten in the morning my time. It felt like a lot for one re-send. But my own runbook says holds are Ops' to review, and Bia's handoff said working as intended. So I left Ops a note at 02:14 UTC asking them to look before rejecting, and wrote \"quiet shift\" for Berlin. The note went to Ops, not to Lea." },
    answer { candor = 30, text = "A bigger number than I expected. I told Ops." },
    answer { text = "It was a quiet shift." } }
question { id = "q.arjun-normal", who = "arjun", kind = "normal_work",
    text = "How do pull requests usually get their reviewers in this repository?",
    answer { candor = 50, reveals = { "f.arjun-codeowners" },
             text = "CODEOWNERS, by folder. #236 changed deploy/ and gate/, so it went to Jonas and Lea. Payrun's code didn't change, only who reads its output, so Rogério, who owns payrun/, was never asked. He was on vacation anyway, and waiting meant missing W10." },
    answer { text = "CODEOWNERS picks them." } }
question { id = "q.arjun-help", who = "arjun", kind = "help",
    text = "What brought you back online on Friday evening?",
    answer { candor = 45, reveals = { "f.arjun-offshift" },
             text = "Lea's page said \"gate key question\". It was 18:16 here, I'd been off shift since four. It's my service; I'd rather be asked." },
    answer { text = "I was paged." } }
question { id = "q.arjun-blaming", who = "arjun", kind = "blaming",
    text = "Who is responsible for leaving the part out of the key?",
    answer { text = "I wrote the key. It was reviewed." } }

-- ---- Bia (São Paulo, Thursday evening): the handoff --------------------------------

question { id = "q.bia-cue", who = "bia", kind = "cue",
    text = "What did you see when the gate alert came in on Thursday evening?",
    answer { candor = 40, reveals = { "f.bia-runbook" },
             text = "An info alert, 24 holds in five minutes. I opened the runbook it links. It says holds are duplicates, Ops reviews them in the morning, engineering needs no action. So I acked it and wrote exactly that in the handoff." },
    answer { text = "An info alert. I acked it." } }
question { id = "q.bia-knowledge", who = "bia", kind = "knowledge",
    text = "What did you know about the chunk-9 re-send at that point?",
    answer { candor = 45, reveals = { "f.bia-retry" },
             text = "I'd watched it happen: 504 at 22:31, 37 re-sent at 22:32. Duplicates were exactly what I expected the gate to catch, so \"about 200 duplicates\" didn't jump out. I never had the 37 and the 212 next to each other." },
    answer { text = "That it went through." } }
question { id = "q.bia-normal", who = "bia", kind = "normal_work",
    text = "How do handoffs usually go between São Paulo and Singapore?",
    answer { candor = 50, reveals = { "f.bia-template" },
             text = "A thread in #payouts-oncall, four points: open, fired, weird, next. Fired means warning and up; most people leave info alerts out. I put the gate in because it was new and I thought Arjun would like to hear it worked." },
    answer { text = "We use the template." } }
question { id = "q.bia-help", who = "bia", kind = "help",
    text = "What made you join the incident channel on Friday morning?",
    answer { candor = 45, reveals = { "f.bia-morning" },
             text = "I saw my handoff quoted in it at 08:40, on the way to the doctor. I had the chunk-9 times in my notes, so I posted them. It was the one thing I could add from my phone." },
    answer { text = "I saw it." } }
question { id = "q.bia-cf", who = "bia", kind = "counterfactual",
    text = "Why didn't you check what the gate was holding before you handed off?",
    answer { text = "The runbook said it was Ops' job." } }
question { id = "q.bia-leading", who = "bia", kind = "leading",
    text = "You assumed they were all re-sends, didn't you?",
    answer { text = "I wrote what I saw." } }

-- ---- Rogério (São Paulo, not on call): the quiet expert ---------------------------

question { id = "q.rogerio-cue", who = "rogerio", kind = "cue",
    text = "What caught your eye in the incident channel?",
    answer { candor = 50, reveals = { "f.rogerio-phone" },
             text = "The name. I read anything with payrun in it on my phone before work, it's a habit from the years it was just me. Lea's sample, -1 and -2, I knew at once." },
    answer { text = "Lea's sample." } }
question { id = "q.rogerio-knowledge", who = "rogerio", kind = "knowledge",
    text = "How did you know the held instructions were split parts?",
    answer { candor = 55, reveals = { "f.rogerio-split" },
             text = "I wrote the split in 2020, #88. Northwind refuses more than EUR 3,000 in one transfer, so bigger payouts go in parts, and when the total is even the parts are identical apart from the suffix. It's on the payrun wiki page from 2021. Nothing links to that page from the gate." },
    answer { text = "I wrote the split." } }
question { id = "q.rogerio-even", who = "rogerio", kind = "knowledge",
    text = "What made 175 of the split payouts different from the rest?",
    when = learned "f.rogerio-split",
    answer { candor = 55, reveals = { "f.rogerio-even" },
             text = "Odd totals. The last part takes the remainder cent, so its amount differs and so does its key. Only the even ones collide. About 300 splits, 175 even: that week. Next week it's another number, so a fixed count would never have told you anything." },
    answer { text = "Some of them have a different amount." } }
question { id = "q.rogerio-goals", who = "rogerio", kind = "goals",
    text = "What was going on for you when you decided to post?",
    answer { candor = 65, reveals = { "f.rogerio-hesitated" },
             text = "I hesitated. Lea had it, I wasn't on call, I was on my phone in my kitchen. I wrote it as a question on purpose, so she could ignore it." },
    answer { text = "I thought it might help." } }
question { id = "q.rogerio-help", who = "rogerio", kind = "help",
    text = "How would someone changing the gate have found out about parts?",
    answer { candor = 60, reveals = { "f.rogerio-asked" },
             text = "From the wiki page, if they knew to look, or from me. I was away when #236 went through. On Thursday, catching up, I did ask Arjun whether the key looked at meta. His answer came at half past nine my evening. I read it Friday morning, after I'd seen the channel. I'd like that loop to be shorter." },
    answer { text = "The wiki, I suppose." } }
question { id = "q.rogerio-leading", who = "rogerio", kind = "leading",
    text = "So the gate's key was the root cause, right?",
    answer { text = "It's where two things met. I wouldn't call either of them the cause." } }

-- ---- Jonas (lead, Berlin): pressure, and "nothing happened" -------------------------

question { id = "q.jonas-goals", who = "jonas", kind = "goals",
    text = "What was going on for you on Friday morning?",
    answer { candor = 70, reveals = { "f.jonas-audit" },
             text = "The Northwind audit, all morning, and the gate was on slide 7 as our answer to INC-41. I wanted nothing open while we presented it. Releasing everything looked like the fastest way to get there. Lea and Tobias talked me out of it, and they were right." },
    answer { text = "The audit. Busy morning." } }
question { id = "q.jonas-normal", who = "jonas", kind = "normal_work",
    text = "How do go/no-go decisions usually work for changes like #236?",
    answer { candor = 70, reveals = { "f.jonas-go-no-go" },
             text = "Half an hour with the people building it. We looked at three weeks of cash-out holds and asked the one payrun question, which the schema doc answered. Ops wasn't there and Rogério was on vacation. We usually don't invite Ops to engineering go/no-gos." },
    answer { text = "Short meeting, the usual." } }
question { id = "q.jonas-open", who = "jonas", kind = "open",
    text = "How did you decide how to classify the incident afterwards?",
    answer { candor = 72, reveals = { "f.jonas-nonevent" },
             text = "No tutor affected, paid before the cut-off: SEV3. I wrote \"no review needed\" because the team was exhausted after audit week and it felt like a non-event. Lea disagreed. Talking to you, I can see why." },
    answer { text = "No customer impact, so SEV3." } }
question { id = "q.jonas-closed", who = "jonas", kind = "closed",
    text = "Was the payrun owner invited to the go/no-go?",
    answer { text = "No. He was on vacation." } }
