-- expect: file: not a regular file
-- The test makes a folder named sub in its copy.
local s = read("sub/")
