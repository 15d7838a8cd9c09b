-- expect: global: scenarios cannot use 'package'
package.loadlib("libc.so.6", "system")
