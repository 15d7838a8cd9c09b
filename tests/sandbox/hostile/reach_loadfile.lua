-- expect: global: scenarios cannot use 'loadfile'
loadfile("/etc/passwd")
