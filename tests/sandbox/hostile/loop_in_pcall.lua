-- expect: budget: runs too long
-- Catching the budget error and going on: pcall must re-raise it.
while true do
  pcall(function() while true do end end)
end
