-- expect: file: leads outside the scenario's folder
-- The test makes zero -> /dev/zero in its copy of this folder.
local s = read("zero")
