-- A scenario written to test `check --coverage`: some of it can be
-- reached, some of it, on purpose, cannot. Not a scenario to play.
scenario {
    id = "coverage", title = "Coverage fixture", summary = "Reachable and unreachable content.",
    difficulty = "easy", minutes = 5, format = 1,
    started = "2026-03-14T09:00:00Z", ended = "2026-03-14T10:00:00Z",
}

team { id = "ops", name = "Ops", kind = "engineering" }
person { id = "ana", name = "Ana", team = "ops" }
person { id = "ben", name = "Ben", team = "ops" }

chat { id = "c", title = "#ops",
    msg { id = "m1", at = "09:05", who = "ana", text = "Queue is growing." },
    msg { id = "m2", at = "09:10", who = "ben", text = "Draining it now." },
}

interviewee { who = "ana", disposition = "calm" }
-- Ben's window closes before it opens: he can never be asked.
interviewee { who = "ben", disposition = "calm", available_from = 100, available_until = 50, away = "on leave" }

fact { id = "f.first", who = "ana", text = "The queue grew first." }
fact { id = "f.second", who = "ana", text = "The drain was manual." }
fact { id = "f.bens", who = "ben", text = "Ben changed the consumer." }
fact { id = "f.after-ben", who = "ana", text = "Ana knew of Ben's change." }

-- Written before the question that unlocks it: reachability is a fixed point.
question { id = "q.second", who = "ana", kind = "knowledge", text = "How did you drain it?",
    when = learned "f.first",
    answer { text = "By hand.", reveals = { "f.second" } } }
question { id = "q.first", who = "ana", kind = "open", text = "What did you see?",
    answer { text = "The queue.", reveals = { "f.first" } } }
question { id = "q.after-ben", who = "ana", kind = "cue", text = "What did Ben's change mean?",
    when = learned "f.bens",
    answer { text = "It moved the consumer.", reveals = { "f.after-ben" } } }
question { id = "q.ben", who = "ben", kind = "open", text = "What changed?",
    answer { text = "The consumer.", reveals = { "f.bens" } } }

criterion { id = "c.reach", title = "Learn how it was drained", category = "interviews", points = 5,
    met = "Yes.", missed = "Ask Ana.", when = learned "f.second" }
criterion { id = "c.never", title = "Learn what Ben's change meant", category = "interviews", points = 5,
    met = "Yes.", missed = "Ask Ana after Ben.", when = all { pinned "m1", learned "f.after-ben" } }
criterion { id = "c.candor", title = "Keep Ana open", category = "interviews", points = 5,
    met = "Yes.", missed = "Ask openly.", when = candor("ana", 90) }
criterion { id = "c.lua", title = "Anything", category = "analysis", points = 5,
    met = "Yes.", missed = "No.", when = function(s) return s.pinned("m2") end }
