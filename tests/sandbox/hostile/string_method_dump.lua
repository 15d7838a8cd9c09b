-- expect: runtime: attempt to call a nil value (method 'dump')
-- Methods on strings come from the sandbox's string table.
local code = ("x"):dump()
