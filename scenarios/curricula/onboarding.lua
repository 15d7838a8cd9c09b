-- onboarding.lua: the path a new on-call engineer follows through the
-- scenarios, in order. Each step opens once the steps it requires are
-- passed (the best score reaches `pass`). See scenarios/README.md,
-- "Curricula".
curriculum {
    id = "oncall-onboarding",
    title = "On-call onboarding",
    summary = "From reading the record of an incident to running its review: "
        .. "learn the tools on a small slowdown, then investigate an outage with "
        .. "a loud audience, then a near miss nobody thought worth reviewing.",

    step {
        scenario = "tutorial",
        objectives = {
            "Open every kind of source and read what people could see at the time",
            "Pin the detection, diagnosis and repair moments, with notes and tags",
            "Write a report with several contributing factors, not one root cause",
        },
        pass = 60,
    },

    step {
        scenario = "cert-expiry",
        requires = { "tutorial" },
        objectives = {
            "Triage the queue and name the signals that make an incident worth a review",
            "Find what stayed green while merchants could not pay, and why",
            "Interview the expert who was not on call and the people outside engineering",
            "Run a review with a dominant voice and people braced for blame",
            "Let action items soak for a day, then write ones that change conditions",
        },
        pass = 70,
    },

    step {
        scenario = "quiet-queue",
        requires = { "cert-expiry" },
        objectives = {
            "Treat \"no customer impact\" as data about the work people did",
            "Follow the night across three on-call handoffs: what each said and left out",
            "Find which charts could show the problem, and which averaged it away",
            "Interview people in their own working hours, with open questions",
        },
        pass = 70,
    },
}
