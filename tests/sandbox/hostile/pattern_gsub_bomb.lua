-- expect: budget: runs too long
-- gsub with a pattern that backtracks at every position.
return (string.rep("ab", 3000):gsub(string.rep("%w*", 20) .. "!", ""))
