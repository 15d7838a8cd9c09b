-- expect: budget: runs too long
-- A to-be-closed variable whose __close loops, run while an error unwinds.
do
  local x <close> = setmetatable({}, {__close = function() while true do end end})
  error("boom")
end
