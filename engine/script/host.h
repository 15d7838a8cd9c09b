/* host.h: the script host's insides, shared by loader.c and host.c. */
#ifndef DOJO_HOST_H
#define DOJO_HOST_H

#include "core/session.h"
#include "sandbox.h"

struct ScriptHost {
    Sandbox *sb;
    const Session *current;     /* the session being scored, during a call */
    int view_ref;               /* the table handed to condition functions */
};

#endif
