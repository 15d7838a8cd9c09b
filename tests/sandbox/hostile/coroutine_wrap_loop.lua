-- expect: budget: runs too long
-- coroutine.wrap called through pcall, over and over.
while true do
  pcall(coroutine.wrap(function() while true do end end))
end
