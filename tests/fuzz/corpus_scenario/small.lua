scenario{
  id = "dns-ttl", title = "The DNS TTL change", format = 1,
  summary = "A config change lowers a TTL; caches expire at once.",
  difficulty = "easy", minutes = 20,
  started = "2026-03-14T09:00Z", ended = "2026-03-14T10:30Z",
  timezone = "+01:00",
}
team{ id = "sre", name = "SRE", kind = "engineering" }
service{ id = "dns", name = "Resolver", team = "sre" }
person{ id = "ana", name = "Ana", team = "sre", on_call = true }
person{ id = "bo", name = "Bo", role = "Support lead" }
chat{ id = "chat.inc", title = "#incident",
  msg{ id = "m1", at = "09:02", who = "ana", text = "p99 is spiking" },
  join{ id = "j1", at = "09:03", who = "bo" },
  msg{ id = "m2", at = "09:05", who = "bo", text = "customers see timeouts",
       reactions = { ["👀"] = { "ana" } } },
}
criterion{ id = "c1", title = "Pin the first alert", category = "investigation",
  points = 10, met = "Good.", missed = "The alert was the first signal.",
  when = pinned"m1" }
