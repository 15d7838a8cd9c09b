-- expect: global: scenarios cannot use 'load'
load("while true do end")()
