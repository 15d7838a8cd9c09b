-- expect: runtime: attempt to index a nil value (local 'io')
-- rawget on _ENV finds nothing that is not there.
local io = rawget(_ENV, "io")
io.open("/etc/passwd")
