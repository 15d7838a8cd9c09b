-- expect: budget: runs too long
-- The plainest attack: a loop with no end. The count hook stops it.
while true do end
