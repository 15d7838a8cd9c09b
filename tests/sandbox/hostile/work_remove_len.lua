-- expect: budget: runs too long
-- The same lie about the length, for table.remove.
table.remove(setmetatable({}, {__len = function() return 1e15 end}), 1)
