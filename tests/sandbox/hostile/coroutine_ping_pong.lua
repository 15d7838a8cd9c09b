-- expect: budget: runs too long
-- Endless yield/resume between two threads: the budget is shared.
local co = coroutine.wrap(function() while true do coroutine.yield() end end)
while true do co() end
