-- expect: global: scenarios cannot use '_G'
local io = _G.io
