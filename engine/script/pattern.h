/* pattern.h: Lua 5.4 string patterns (manual §6.4.1) for the sandbox,
 * every matching step charged to its budget. Internal to engine/script. */
#ifndef DOJO_PATTERN_H
#define DOJO_PATTERN_H

#include <lua.h>

/* Sets find, match, gmatch and gsub in the table on top of the stack. */
void pattern_register(lua_State *L);

#endif
