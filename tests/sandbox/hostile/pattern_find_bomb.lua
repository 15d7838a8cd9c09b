-- expect: budget: runs too long
-- Exponential backtracking: 40 nested a* before a b that never comes.
return string.rep("a", 5000):find(string.rep("a*", 40) .. "b")
