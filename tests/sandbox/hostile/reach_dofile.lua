-- expect: global: scenarios cannot use 'dofile'
dofile("/etc/passwd")
