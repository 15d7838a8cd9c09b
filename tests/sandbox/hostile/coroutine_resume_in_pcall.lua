-- expect: budget: runs too long
-- Fresh coroutines (each inherits the hook) resumed inside pcall.
while true do
  pcall(coroutine.resume, coroutine.create(function() while true do end end))
end
