-- expect: file: '..' is not allowed
local s = read("../test_sandbox.c")
