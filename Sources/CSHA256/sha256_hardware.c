// SHA-256 (FIPS 180-4) compression with the x86 SHA extensions. SHA256RNDS2 runs two rounds on the state kept
// as two registers, ABEF and CDGH (A in the highest lane); SHA256MSG1 and SHA256MSG2 compute the message
// schedule four words at a time.
#include "CSHA256.h"

/// The 64 round constants K of FIPS 180-4: the hardware rounds here and the portable Swift rounds read them.
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint32_t *phaen_sha256_round_constants(void) { return round_constants; }

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

int phaen_sha256_hardware_available(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned ssse3 = 1u << 9, sse41 = 1u << 19;
    if ((ecx & ssse3) == 0 || (ecx & sse41) == 0) return 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned sha = 1u << 29;
    return (ebx & sha) != 0;
}


__attribute__((target("sha,sse4.1")))
void phaen_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // Message words are big-endian: reverse the bytes of each 32-bit lane.
    const __m128i big_endian_words = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);

    // Lanes low to high: [A B C D] and [E F G H] -> ABEF = [F E B A], CDGH = [H G D C].
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
    __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);

    for (size_t block = 0; block < blocks; block++, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i words[4];
        for (int i = 0; i < 4; i++) {
            words[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), big_endian_words);
        }
        // Sixteen groups of four rounds; group g uses words[g % 4], then replaces it with the words of group g + 4.
#pragma clang loop unroll(full)
        for (int group = 0; group < 16; group++) {
            const __m128i current = words[group & 3];
            const __m128i with_constants =
                _mm_add_epi32(current, _mm_load_si128((const __m128i *)&round_constants[4 * group]));
            // Each pair of rounds leaves the new ABEF where CDGH was, the old ABEF being the new CDGH: two pairs
            // bring the names back.
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, with_constants);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(with_constants, 0x0E));
            if (group < 12) {
                const __m128i next = words[(group + 1) & 3];
                const __m128i later = words[(group + 2) & 3];
                const __m128i last = words[(group + 3) & 3];
                // W[t-16] + s0(W[t-15]), plus W[t-7], then s1(W[t-2]) for the four words t of group g + 4.
                __m128i schedule = _mm_sha256msg1_epu32(current, next);
                schedule = _mm_add_epi32(schedule, _mm_alignr_epi8(last, later, 4));
                words[group & 3] = _mm_sha256msg2_epu32(schedule, last);
            }
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    // Back to [A B C D] and [E F G H].
    __m128i abef_ordered = _mm_shuffle_epi32(abef, 0x1B);
    __m128i cdgh_ordered = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(abef_ordered, cdgh_ordered, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(cdgh_ordered, abef_ordered, 8));
}
#else
int phaen_sha256_hardware_available(void) { return 0; }

void phaen_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state;
    (void)data;
    (void)blocks;
    __builtin_trap();
}
#endif
