scenario{ id = "x", title = "t" }
person{ id = "p", name = "P" }
