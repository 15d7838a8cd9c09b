-- expect: budget: runs too long
-- __len claims 1e15 elements, so table.insert would shift that many slots.
table.insert(setmetatable({}, {__len = function() return 1e15 end}), 1, "x")
