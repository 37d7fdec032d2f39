// Rewrites a classic-xref PDF (as libharu 2.3.0 saves it) with compressed object streams and a
// cross-reference stream (PDF 1.5): the many small dictionaries of fields and tags shrink 3-5 times.
#pragma once
#include <functional>
#include <string>

namespace tk::pdf {

/// Flate-compresses bytes (zlib format).
using Deflate = std::function<std::string(const std::string&)>;

/// The same document with every non-stream object moved into /ObjStm streams and the xref table
/// replaced by an /XRef stream carrying the trailer's /Root, /Info and /ID. Objects keep their
/// numbers. Throws std::runtime_error when the input is not a PDF it understands.
std::string pack_objects(const std::string& pdf, const Deflate& deflate);

}  // namespace tk::pdf
