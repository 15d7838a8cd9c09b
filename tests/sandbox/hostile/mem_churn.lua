-- expect: budget: runs too long
-- Building and dropping big strings: garbage churn is charged too.
local s = string.rep("x", 1000000)
while true do local _ = s .. "y" end
