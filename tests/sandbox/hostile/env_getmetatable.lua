-- expect: runtime: attempt to index a boolean value
-- The globals' metatable (and the built-ins behind it) stays hidden.
local builtins = getmetatable(_ENV).__index
