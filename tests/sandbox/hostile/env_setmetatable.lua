-- expect: runtime: cannot change a protected metatable
-- Removing the globals' metatable would lift the checks.
setmetatable(_ENV, nil)
