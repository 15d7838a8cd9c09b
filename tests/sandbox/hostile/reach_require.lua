-- expect: global: scenarios cannot use 'require'
local os = require("os")
