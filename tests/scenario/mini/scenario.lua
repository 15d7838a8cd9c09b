-- A minimal folder scenario for the command-line tests: one of each thing
-- the tests need, and a diff read from a file beside it.
scenario{
  id = "mini", title = "Mini", summary = "A tiny incident for tests.",
  difficulty = "intro", minutes = 2, format = 1, timezone = "+01:00",
  started = "2026-05-04T10:00:00+01:00", ended = "2026-05-04T11:00:00+01:00",
}
team{ id = "web", name = "Web", kind = "engineering", size = 3 }
person{ id = "ana", name = "Ana Ruiz", team = "web", on_call = true }
person{ id = "ben", name = "Ben Ode", team = "web" }

chat{ id = "inc", title = "#inc-mini",
  msg{ id = "m1", at = "10:02", who = "ana", text = "Checkout is returning 502s." },
  msg{ id = "m2", at = "10:09", who = "ben", text = "The timeout change went out at 09:55.",
       replies = { msg{ id = "m2r", at = "10:11", who = "ana", text = "Rolling it back." } } },
}
pr{ id = "pr7", title = "Lower upstream timeout", author = "ben", reviewers = { "ana" },
  opened = "2026-05-03T16:00:00+01:00", merged = "2026-05-04T09:55:00+01:00",
  diff = read "pr7.diff",
  review{ id = "rv1", at = "2026-05-03T17:00:00+01:00", who = "ana", text = "Looks fine.", verdict = "approve" },
}

criterion{ id = "found-trigger", title = "Pin the change that triggered it", category = "investigation",
  points = 3, met = "You tied the 502s to the timeout change.",
  missed = "The timeout change is the trigger; the chat says when it shipped.",
  when = all{ pinned "m2", opened "pr7" } }
criterion{ id = "marked-detection", title = "Mark the detection", category = "investigation",
  points = 1, met = "Detection marked.", missed = "Mark when the 502s were first seen.",
  when = marked("m1", "detection") }
criterion{ id = "factors", title = "Name the timeout as a factor", category = "analysis",
  points = 2, met = "Your factors name the timeout.", missed = "Say what the timeout change did.",
  when = mentions("factors", "timeout") }
criterion{ id = "no-blame", title = "Keep the report blameless", category = "analysis",
  points = 2, met = "No blame language.", missed = "Avoid 'human error' and 'should have'.",
  when = function(s)
    local all = s.report("summary") .. " " .. s.report("factors")
    return not (all:lower():find("human error", 1, true) or all:lower():find("should have", 1, true))
  end }
criterion{ id = "cited", title = "Rest the factor on the diff", category = "analysis",
  points = 1, met = "Your factor cites the diff.", missed = "Link the factor to the diff hunk.",
  when = function(s)
    for _, f in ipairs(s.factors()) do
      for _, e in ipairs(f.evidence) do if e == "pr7/h1" then return true end end
    end
    return false
  end }
