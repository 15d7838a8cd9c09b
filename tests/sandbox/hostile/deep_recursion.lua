-- expect: budget: runs too long
-- Unbounded recursion in Lua: each level's stack and call record are
-- charged, so the budget ends it before Lua's own stack limit would.
local function f() return 1 + f() end
f()
