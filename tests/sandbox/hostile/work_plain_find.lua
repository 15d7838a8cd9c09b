-- expect: budget: runs too long
-- A plain find where the needle almost matches everywhere: O(n*m).
local s = string.rep("a", 1000000)
local needle = string.rep("a", 100000) .. "b"
while true do s:find(needle, 1, true) end
