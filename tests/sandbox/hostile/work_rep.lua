-- expect: budget: runs too long
-- string.rep makes ten megabytes per call.
local s = "x"
while true do local _ = s:rep(1e7) end
