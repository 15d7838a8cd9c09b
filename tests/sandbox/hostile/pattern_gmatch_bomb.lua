-- expect: budget: runs too long
-- gmatch retries the bomb at every position.
for _ in string.rep("a", 3000):gmatch(string.rep("a?", 30) .. "b") do end
