-- expect: budget: runs too long
-- Lazy captures backtracking over each other.
return string.rep("x", 4000):match(string.rep("(.-)", 20) .. "y")
