scenario{ id = "c", title = "Conditions", format = 1, summary = "s", difficulty = "intro",
  minutes = 5, started = "2026-01-01 00:00", ended = "2026-01-01 01:00" }
person{ id = "p", name = "P" }
document{ id = "doc", title = "Runbook", kind = "runbook",
  section{ id = "s1", title = "Restart", text = "Restart the pods." } }
criterion{ id = "k", title = "t", category = "analysis", points = 5, met = "m", missed = "x",
  when = all{ opened"doc", any{ marked("s1", "repair"), mentions("summary", "restart") },
              none{ tagged"blame" }, at_least(1, { noted"s1" }) } }
criterion{ id = "f", title = "f", category = "analysis", points = 1, met = "m", missed = "x",
  when = function(s) return true end }
