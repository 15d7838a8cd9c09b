-- expect: global: scenarios cannot use 'next'
-- next's order would differ between runs.
local k = next({a = 1, b = 2})
