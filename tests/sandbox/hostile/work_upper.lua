-- expect: budget: runs too long
-- upper() walks a megabyte per call.
local s = string.rep("a", 1000000)
while true do local _ = s:upper() end
