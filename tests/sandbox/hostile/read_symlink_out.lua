-- expect: file: leads outside the scenario's folder
-- The test makes link_out -> /etc/passwd in its copy of this folder.
local s = read("link_out")
