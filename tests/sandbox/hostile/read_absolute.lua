-- expect: file: is an absolute path
local s = read("/etc/passwd")
