-- expect: runtime: attempt to index a boolean value
-- getmetatable("") must not hand out the real string table (with dump).
local real = getmetatable("").__index
