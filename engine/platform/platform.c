/* platform.c: SDL-facing services for the rest of the engine. */
#include <stdio.h>
#include <SDL.h>
#include <SDL_ttf.h>
#include "platform.h"

void platform_describe_libraries(char *buf, int size)
{
    SDL_version sdl;
    SDL_GetVersion(&sdl);
    const SDL_version *ttf = TTF_Linked_Version();
    snprintf(buf, (size_t)size, "SDL %d.%d.%d, SDL_ttf %d.%d.%d", sdl.major, sdl.minor,
             sdl.patch, ttf->major, ttf->minor, ttf->patch);
}
