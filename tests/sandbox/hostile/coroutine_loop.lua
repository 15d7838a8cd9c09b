-- expect: budget: runs too long
-- The loop runs inside a coroutine; resume must not swallow the stop.
local co = coroutine.create(function() while true do end end)
while true do coroutine.resume(co) end
