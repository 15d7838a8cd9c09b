-- expect: budget: runs too long
-- String arithmetic parses the whole string each time.
local s = string.rep("1", 1000000)
while true do local _ = s + 1 end
