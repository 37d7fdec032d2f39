// The search writer: build the index model and encode it, each file put as soon as it is made.
#include "search/index_writer.h"

#include "search/index_builder.h"
#include "search/index_format.h"

namespace tk::search {

namespace {

// Standard base64 (RFC 4648, with padding). Twenty lines of our own instead of a dependency: the
// libraries at hand (OpenSSL's EVP_EncodeBlock through cpp-httplib) are not ours to link for this.
std::string base64(const std::string& in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16 | static_cast<unsigned char>(in[i + 1]) << 8 |
                 static_cast<unsigned char>(in[i + 2]);
    out += k[v >> 18];
    out += k[(v >> 12) & 63];
    out += k[(v >> 6) & 63];
    out += k[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += k[v >> 18];
    out += k[(v >> 12) & 63];
    out += i + 1 < in.size() ? k[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace

std::string script_file(const std::string& path, const std::string& bytes) {
  // path is "search/<name>": the script names the file without the folder, as search.js asks for it.
  return "tkSearch(\"" + path.substr(7) + "\",\"" + base64(bytes) + "\");\n";
}

std::string script_path(const std::string& path) {
  std::size_t dot = path.rfind('.');
  return path.substr(0, dot) + ".js";
}

void write_index(const model::Site& site, render::Output& out) {
  IndexEncoder enc(Layout{}, [&out](const std::string& path, const std::string& bytes) {
    out.put(script_path(path), script_file(path, bytes));
  });
  // Each page's text file is written as soon as its words are counted; the index keeps no page text.
  const Index ix = build_index(site, [&enc](std::uint32_t doc, const Doc& d) { enc.put_doc(doc, d); });
  enc.finish(ix);
}

}  // namespace tk::search
