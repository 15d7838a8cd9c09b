-- expect: memory: longer than
-- table.concat building a string past the string cap.
local s = string.rep("x", 1000000)
local t = {}
for i = 1, 40 do t[i] = s end
local big = table.concat(t)
