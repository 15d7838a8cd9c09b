-- expect: runtime: survived: no finalizer ran
-- __gc added after setmetatable: Lua only finalizes objects whose metatable
-- had __gc when it was set, so this one never runs, not even at close.
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
for i = 1, 200000 do local _ = {i} end   -- garbage, so the collector runs
error("survived: no finalizer ran", 0)
