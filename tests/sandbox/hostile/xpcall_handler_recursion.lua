-- expect: runtime: survived: error in error handling
-- A message handler that raises: Lua calls it again on its own error, until
-- the C stack limit turns it into "error in error handling". The host must
-- come back with the script still in control.
local ok, msg = xpcall(error, function(m) error(m) end)
assert(not ok)
error("survived: " .. tostring(msg), 0)
