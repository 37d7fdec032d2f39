// The search writer: build the index model, encode it, put the files.
#include "search/index_writer.h"

#include "search/index_builder.h"
#include "search/index_format.h"

namespace tk::search {

void write_index(const model::Site& site, render::Output& out) {
  for (const auto& [path, bytes] : encode_index(build_index(site))) out.put(path, bytes);
}

}  // namespace tk::search
