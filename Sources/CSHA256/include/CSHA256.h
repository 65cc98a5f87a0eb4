// The C edge of PlanData's SHA-256: the compression function with the x86 SHA extensions, which Swift cannot
// reach (their intrinsics need the `sha` target feature on the function that uses them).
#ifndef PHAEN_CSHA256_H
#define PHAEN_CSHA256_H
#include <stddef.h>
#include <stdint.h>

/// The 64 round constants K of SHA-256 (FIPS 180-4), for the portable rounds too.
const uint32_t *phaen_sha256_round_constants(void);

/// 1 if this CPU has the SHA extensions (and the SSSE3 and SSE4.1 they are used with), 0 otherwise and on
/// other architectures.
int phaen_sha256_hardware_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data`, updating `state` (the eight
/// working words h0..h7, in that order). Only to be called when `phaen_sha256_hardware_available()` is 1.
void phaen_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);
#endif
