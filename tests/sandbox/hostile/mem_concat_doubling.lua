-- expect: memory: longer than
-- A string that doubles each step: few instructions, huge strings.
local s = "x"
while true do s = s .. s end
