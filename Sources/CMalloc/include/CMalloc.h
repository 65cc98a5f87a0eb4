// The loader's controls over glibc's allocator, which Swift's Glibc module does not export (<malloc.h>).
// Elsewhere they do nothing.
#ifndef PHAEN_CMALLOC_H
#define PHAEN_CMALLOC_H

#include <stdlib.h>  // defines __GLIBC__ on glibc (through <features.h>)
#ifdef __GLIBC__
#include <malloc.h>
#endif

/// Gives the pages of freed memory back to the system.
static inline void phaen_release_freed_memory(void) {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

/// Makes every thread allocate from one arena, so memory a loader thread freed is reused by the main thread.
static inline void phaen_use_one_arena(void) {
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 1);
#endif
}

/// Serves blocks below 16 MiB from the heap and keeps freed ones there for reuse (until
/// `phaen_release_freed_memory`), rather than letting glibc's moving mmap threshold decide: a threshold left low
/// maps a query's large arrays (a selection over the ledger, 12 MB) afresh and page-faults them on every query.
static inline void phaen_keep_freed_blocks(void) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
}

#endif
