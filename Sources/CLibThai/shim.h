// The C edge of Thai line breaking: libthai's word breaker (the dictionary-based one Pango and LibreOffice use),
// called on wide (UTF-32) text. Nothing above LineBreaking imports this module.
#ifndef PHAEN_CLIBTHAI_SHIM_H
#define PHAEN_CLIBTHAI_SHIM_H
#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#endif
