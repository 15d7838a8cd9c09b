-- expect: runtime: attempt to call a nil value (field 'random')
-- Scenarios are deterministic: no math.random.
local n = math.random(10)
