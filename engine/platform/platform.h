/* platform.h: the one small API through which the app reaches SDL. Only
 * files in engine/platform include SDL headers. */
#ifndef DOJO_PLATFORM_H
#define DOJO_PLATFORM_H

/* "SDL 2.26.5, SDL_ttf 2.20.1": the libraries linked at run time. */
void platform_describe_libraries(char *buf, int size);

#endif
