-- expect: budget: runs too long
-- Comparing two equal 16 MB strings is one VM instruction the count hook
-- cannot weigh; the wall-clock backstop ends it.
local block = string.rep("a", 1024)
local a = block:rep(16 * 1024)
local b = block:rep(16 * 1024)
while true do local _ = a == b end
