-- expect: runtime: include cycle
include("./include_self.lua")
