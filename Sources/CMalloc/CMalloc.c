// CMalloc is header-only (static inline functions in include/CMalloc.h); SwiftPM needs one source file.
