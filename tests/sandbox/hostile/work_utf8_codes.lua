-- expect: budget: runs too long
-- utf8.codes' iterator, asked again and again to start at a long run of
-- continuation bytes, would rescan it on every call.
local s = string.rep("\x80", 16 * 1024 * 1024)
local step = utf8.codes(s)
while true do pcall(step, s, 0) end
