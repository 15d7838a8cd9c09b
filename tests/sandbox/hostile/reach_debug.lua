-- expect: global: scenarios cannot use 'debug'
debug.sethook()
