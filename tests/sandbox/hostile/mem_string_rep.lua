-- expect: memory: longer than
-- One call asking for a terabyte.
local s = string.rep("x", 1e12)
