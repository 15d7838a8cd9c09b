-- expect: global: scenarios cannot use 'collectgarbage'
collectgarbage("stop")
