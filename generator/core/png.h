// Whether a PNG file is whole (hand-written: a walk over its chunks with zlib's CRC and inflate, no
// decoding library needed). The loader checks the pictures pages show with it, so that a damaged one is
// an error at the page that shows it; the PDF writer checks again before libharu sees one, since
// libharu hands PNGs to libpng, which aborts the process on damaged data (libharu 2.3.0 sets no jump
// buffer).
#pragma once
#include <string>

namespace tk::png {

/// The 8 bytes every PNG file starts with.
bool has_signature(const std::string& bytes);

/// Every chunk there with its CRC, from IHDR to IEND, and its image data inflating to exactly its rows
/// (each pass's, when interlaced), each row's filter 0-4.
bool whole(const std::string& bytes);

/// whole(), its answer kept by the bytes' size and hash (at most 4,096 answers): the loader asks about
/// the same pictures on every load of the content (serve loads it after each edit), and inflating a
/// large picture each time is what costs. Not for the check before libpng: a hash is not the bytes.
bool whole_cached(const std::string& bytes);

}  // namespace tk::png
