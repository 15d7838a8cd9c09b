scenario{ id = 1, title = nil, bogus = true }
person{ id = "p", name = "P" }
person{ id = "p", name = "Duplicate" }
chat{ id = "c", title = "c", person{ id = "q", name = "Q" } }
error("stop")
