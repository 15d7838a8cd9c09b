-- expect: global: scenarios cannot use 'io'
local f = io.open("/etc/passwd")
