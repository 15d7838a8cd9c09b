-- expect: budget: runs too long
-- coroutine.close runs a suspended coroutine's __close handlers.
local co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function() while true do end end})
  coroutine.yield()
end)
coroutine.resume(co)
pcall(coroutine.close, co)
