-- expect: runtime: error object is a table
-- The host must never call __tostring on an error object.
error(setmetatable({}, {__tostring = function() while true do end end}))
