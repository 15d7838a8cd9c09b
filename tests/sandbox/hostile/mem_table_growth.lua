-- expect: budget: runs too long
-- A table that grows without end: allocation is charged to the budget,
-- which runs out before the memory cap.
local t = {}
while true do t[#t + 1] = {} end
