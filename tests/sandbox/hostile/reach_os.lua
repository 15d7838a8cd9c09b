-- expect: global: scenarios cannot use 'os'
os.execute("touch pwned")
