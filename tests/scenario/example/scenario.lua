-- The example of scenarios/README.md, kept here so the tests check it.
-- An expired certificate on an internal API: small, but complete.

scenario {
    id = "example-cert",
    title = "Example: the expired certificate",
    summary = "The orders API refuses connections when its TLS certificate expires. A support agent notices first.",
    difficulty = "easy",
    minutes = 5,
    format = 1,
    company = "Example Ltd",
    timezone = "-05:00",                 -- "HH:MM" times below are in -05:00
    started = "2026-04-02T08:55:00",
    ended = "2026-04-02T09:40:00",
    objectives = { "Mark detection and repair", "Name more than one contributing factor" },
    briefing = [[
        The orders page showed certificate errors for 45 minutes one morning.

        Find out how the certificate expired without anyone noticing.
    ]],
}

team { id = "api", name = "API team", kind = "engineering", size = 5 }
team { id = "support", name = "Support", kind = "support", worked_with = { "api" } }
service { id = "orders", name = "orders-api", team = "api" }

person { id = "ana", name = "Ana Ruiz", role = "Engineer", team = "api", on_call = true }
person { id = "ben", name = "Ben Cole", role = "Support agent", team = "support" }
person { id = "kim", name = "Kim Park", role = "Staff engineer", team = "api",
         notes = "Not on call; set up the renewal job two years ago." }

chat {
    id = "chat.inc",
    title = "#inc-orders",
    join { id = "j.ben", at = "08:58", who = "ben" },
    msg { id = "m.ben", at = "09:00", who = "ben",
          text = "Customers get certificate errors on the orders page.",
          reactions = { eyes = { "ana", "kim" } },
          replies = {
              msg { id = "r.ana", at = "09:02", who = "ana", text = "Confirmed: the certificate expired at 08:55." },
          } },
    msg { id = "m.kim", at = "09:20", who = "kim",
          text = "The renewal job has been failing since the CA moved. Fixing its URL." },
    msg { id = "m.fixed", at = "09:38", who = "ana", text = "New certificate deployed; errors are gone." },
    leave { id = "l.ben", at = "09:41", who = "ben" },
}

alerts {
    id = "alerts",
    title = "Alerts",
    fired { id = "a.fired", at = "09:03", alert = "OrdersTLSHandshakeErrors", service = "orders",
            severity = "critical" },
    paged { id = "a.paged", at = "09:03", who = "ana" },
    acked { id = "a.acked", at = "09:04", who = "ana" },
    resolved { id = "a.resolved", at = "09:40" },
}

pr {
    id = "pr.77",
    title = "Point certificate renewal at the new CA",
    number = 77,
    author = "kim",
    reviewers = { "ana" },
    opened = "09:25",
    merged = "09:31",
    diff = [[
        diff --git a/renew.yaml b/renew.yaml
        --- a/renew.yaml
        +++ b/renew.yaml
        @@ -1,2 +1,2 @@
        -ca_url: https://ca-old.example/acme
        +ca_url: https://ca.example/acme
         schedule: daily
    ]],
    review { id = "rv.77", at = "09:29", who = "ana", verdict = "approve",
             text = "Matches the CA's migration notice." },
}

criterion {
    id = "c.detect",
    title = "Mark how the problem was detected",
    category = "investigation",
    points = 2,
    when = any { marked("m.ben", "detection"), marked("a.fired", "detection") },
    met = "Support saw it three minutes before the alert fired.",
    missed = "Mark Ben's message or the alert as detection: how an incident is noticed shapes the whole response.",
}

criterion {
    id = "c.fix",
    title = "Find the fix and note what it changed",
    category = "investigation",
    points = 1,
    when = function(s)            -- a function condition: the escape hatch
        local note = s.note("pr.77/h1")
        return note ~= nil and #note >= 10
    end,
    met = "The fix changed where renewal asks for certificates.",
    missed = "Pin the hunk pr.77/h1 with a note saying what it changed.",
}

criterion {
    id = "c.factors",
    title = "Name several factors, without blame",
    category = "analysis",
    points = 2,
    when = all {
        at_least(2, { mentions("factors", "renewal job"), mentions("factors", "migration", "moved"),
                      mentions("factors", "expiry alert", "no alert") }),
        none { mentions("any", "human error", "should have") },
    },
    met = "Several conditions lined up, and the report names them without blaming anyone.",
    missed = "Name at least two factors (the silent renewal job, the CA migration, no expiry alert) and leave out \"human error\" and \"should have\".",
}
