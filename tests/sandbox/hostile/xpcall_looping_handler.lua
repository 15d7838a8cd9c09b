-- expect: budget: runs too long
-- A message handler that loops; once the run is stopped it must not run.
while true do
  xpcall(function() error("x") end, function() while true do end end)
end
