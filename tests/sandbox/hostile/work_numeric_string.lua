-- expect: budget: runs too long
-- A 16 MB string where a number is expected: converting it scans it all.
local s = string.rep("1", 16 * 1024 * 1024)
while true do local _ = math.abs(s) end
