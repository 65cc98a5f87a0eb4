// The C edge of Phaen: libedit's histedit.h, plus static inline shims for what Swift cannot call
// directly (variadic el_set/el_get/history, and C globals Swift 6 rejects). Nothing above LineEditing
// imports this module.
#ifndef PHAEN_CLIBEDIT_SHIM_H
#define PHAEN_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
