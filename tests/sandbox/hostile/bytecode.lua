Lua -- expect: bytecode: precompiled
