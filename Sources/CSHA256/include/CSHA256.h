/// The SHA-256 compression function on the x86-64 SHA extensions, for RapportCore's SHA256 (which has a portable
/// Swift one for every other processor).
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (with SSSE3 and SSE4.1) rapport_sha256_blocks needs: 1 or 0.
int rapport_sha256_has_hardware(void);

/// Runs the compression function over `blocks` blocks of 64 bytes at `data`, updating the eight state words.
/// Only when rapport_sha256_has_hardware() is 1.
void rapport_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
