-- expect: runtime: include cycle
include("include_cycle_a.lua")
