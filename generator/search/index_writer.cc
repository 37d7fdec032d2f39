// The search writer: build the index model and encode it, each file put as soon as it is made.
#include "search/index_writer.h"

#include "search/index_builder.h"
#include "search/index_format.h"
#include "core/text.h"

namespace tk::search {

std::string script_file(const std::string& path, const std::string& bytes) {
  // path is "search/<name>": the script names the file without the folder, as search.js asks for it.
  return "tkSearch(\"" + path.substr(7) + "\",\"" + text::base64(bytes) + "\");\n";
}

std::string script_path(const std::string& path) {
  std::size_t dot = path.rfind('.');
  return path.substr(0, dot) + ".js";
}

void write_index(const model::Site& site, render::Output& out, int jobs) {
  IndexEncoder enc(Layout{}, [&out](const std::string& path, const std::string& bytes) {
    out.put(script_path(path), script_file(path, bytes));
  }, jobs);
  // Each page's text file is written as soon as its words are counted; the index keeps no page text.
  const Index ix = build_index(site, [&enc](std::uint32_t doc, const Doc& d) { enc.put_doc(doc, d); }, jobs);
  enc.finish(ix);
}

}  // namespace tk::search
