-- expect: global: scenarios cannot use 'loadstring'
loadstring("return 1")()
