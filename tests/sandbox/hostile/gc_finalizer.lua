-- expect: runtime: __gc is not allowed
-- Hooks do not run inside finalizers, so a looping __gc would hang the host.
setmetatable({}, {__gc = function() while true do end end})
