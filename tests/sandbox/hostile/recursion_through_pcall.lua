-- expect: budget: runs too long
-- Each level calls itself twice through pcall: a C-stack overflow is caught
-- at every level and the tree of calls is exponential.
local function f() pcall(f) pcall(f) end
f()
