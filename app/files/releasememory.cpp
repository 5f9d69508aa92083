#include "files/releasememory.h"

#include <cstdlib> // defines __GLIBC__ when it is glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

void releaseFreeMemory()
{
#ifdef __GLIBC__
    // Since glibc 2.8 this walks every arena, not only the main one, and releases whole
    // free pages anywhere in them (madvise), not only at the top (malloc_trim(3)).
    malloc_trim(0);
#endif
}
