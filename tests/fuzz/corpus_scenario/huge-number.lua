-- found by fuzz_scenario: an integer field far outside long long's range
scenario{ id = "x", title = "t", summary = "s", difficulty = "easy", format = 1,
  minutes = 1e88, started = "2026-03-14T09:00Z", ended = "2026-03-14T10:00Z" }
person{ id = "p", name = "P" }
