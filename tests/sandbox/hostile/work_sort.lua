-- expect: budget: runs too long
-- table.sort is n log n of C work per call.
local big = {}
for i = 1, 100000 do big[i] = -i end
while true do table.sort(big) end
