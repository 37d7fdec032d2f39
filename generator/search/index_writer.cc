// The search writer: build the index model and encode it, each file put as soon as it is made.
#include "search/index_writer.h"

#include "search/index_builder.h"
#include "search/index_format.h"

namespace tk::search {

void write_index(const model::Site& site, render::Output& out) {
  IndexEncoder enc(Layout{}, [&out](const std::string& path, const std::string& bytes) { out.put(path, bytes); });
  // Each page's text file is written as soon as its words are counted; the index keeps no page text.
  const Index ix = build_index(site, [&enc](std::uint32_t doc, const Doc& d) { enc.put_doc(doc, d); });
  enc.finish(ix);
}

}  // namespace tk::search
