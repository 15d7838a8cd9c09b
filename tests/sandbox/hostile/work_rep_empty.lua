-- expect: budget: runs too long
-- An empty string repeated 1e15 times makes nothing, but the loop is real.
return string.rep("", 1e15)
