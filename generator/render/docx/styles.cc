// word/styles.xml from a theme's reference.docx (read with libzip, render/zip), completed from the default
// theme's, with the site's language.
#include "render/docx/styles.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string_view>
#include <vector>

#include "core/files.h"
#include "core/install_paths.h"
#include "render/docx/ooxml.h"
#include "render/zip/archive.h"

namespace tk::docx {

namespace {

namespace fs = std::filesystem;

/// One w:style element of a styles part: where it is and what names it.
struct Style {
  std::size_t begin = 0, end = 0;  ///< [begin, end) in the part
  std::string type, id, name;      ///< w:type, w:styleId, w:name's w:val
  bool is_default = false;         ///< w:default="1": the default style of its type
};

/// The value of `name="..."` in `xml` between `from` and `to`, or "".
std::string attr(const std::string& xml, const std::string& name, std::size_t from, std::size_t to) {
  // Looked for within [from, to) only: searching on to the end of the part for an attribute a style does
  // not have (most have no w:default) made reading a theme's styles quadratic, 12% of a CSS rebuild's CPU.
  const std::string_view in = std::string_view(xml).substr(from, to - from);
  const std::string key = " " + name + "=\"";
  std::size_t at = in.find(key);
  if (at == std::string_view::npos) return "";
  at += key.size();
  std::size_t end = in.find('"', at);
  return end == std::string_view::npos ? "" : std::string(in.substr(at, end - at));
}

/// Every w:style element of a styles part, in order (they do not nest).
std::vector<Style> styles_in(const std::string& xml) {
  std::vector<Style> out;
  for (std::size_t at = xml.find("<w:style "); at != std::string::npos; at = xml.find("<w:style ", at + 1)) {
    std::size_t open_end = xml.find('>', at);
    if (open_end == std::string::npos) break;
    Style s;
    s.begin = at;
    bool empty = xml[open_end - 1] == '/';
    std::size_t close = empty ? std::string::npos : xml.find("</w:style>", open_end);
    s.end = empty ? open_end + 1 : close == std::string::npos ? xml.size() : close + 10;
    s.type = attr(xml, "w:type", at, open_end);
    s.id = attr(xml, "w:styleId", at, open_end);
    s.is_default = attr(xml, "w:default", at, open_end) == "1" || attr(xml, "w:default", at, open_end) == "true";
    std::size_t name = xml.find("<w:name ", open_end);
    if (name != std::string::npos && name < s.end) s.name = attr(xml, "w:val", name, s.end);
    out.push_back(std::move(s));
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

/// Gives the style `old_id` of `xml` the id `new_id`, in its w:styleId and wherever a style names it.
void rename_style(std::string& xml, const std::string& old_id, const std::string& new_id) {
  replace_all(xml, "w:styleId=\"" + old_id + "\"", "w:styleId=\"" + new_id + "\"");
  for (const char* ref : {"<w:basedOn w:val=\"", "<w:next w:val=\"", "<w:link w:val=\""})
    replace_all(xml, ref + old_id + "\"", ref + new_id + "\"");
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

/// word/styles.xml of a .docx file. Throws ReferenceError.
std::string read_styles_part(const std::string& path) {
  std::string bytes;
  if (!read_whole_file(path, bytes)) throw ReferenceError(path, "cannot be read (check its permissions)");
  std::vector<zip::Entry> parts;
  try {
    parts = zip::read(bytes);
  } catch (const std::runtime_error&) {
    parts.clear();  // not a zip: said below
  }
  if (parts.empty())  // libzip reads an empty file as an empty archive
    throw ReferenceError(path, "cannot be read as a .docx (not a zip archive, or damaged); save it again from "
                               "Word or LibreOffice as a Word document (.docx)");
  for (auto& [name, part] : parts)
    if (name == "word/styles.xml") {
      if (part.find("<w:styles") == std::string::npos || part.rfind("</w:styles>") == std::string::npos)
        throw ReferenceError(path, "word/styles.xml inside it has no <w:styles> element");
      return std::move(part);
    }
  throw ReferenceError(path, "holds no word/styles.xml, so it has no styles to give; save it again from Word or "
                             "LibreOffice as a Word document (.docx)");
}

}  // namespace

std::string default_reference() {
  std::string data = install::data_dir();
  if (data.empty()) return "";
  std::string path = data + "/themes/default/reference.docx";
  std::error_code ec;
  return fs::is_regular_file(path, ec) ? path : "";
}

std::string merge_styles(const std::string& reference, const std::string& defaults) {
  if (reference.find("<w:styles") == std::string::npos || reference.rfind("</w:styles>") == std::string::npos)
    throw std::runtime_error("word/styles.xml has no <w:styles> root");
  std::string out = reference;
  std::vector<const Style*> missing;
  std::vector<Style> wanted = styles_in(defaults);
  // A style the reference holds under another id (LibreOffice saves Hyperlink as InternetLink, toc 1 as
  // Contents1; a localised Word uses its own ids) keeps its look under the id the writer uses.
  for (const Style& d : wanted) {
    std::vector<Style> have = styles_in(out);
    auto by_id = [&](const Style& s) { return s.id == d.id; };
    if (std::any_of(have.begin(), have.end(), by_id)) continue;
    auto by_name = [&](const Style& s) { return s.type == d.type && !s.name.empty() && lower(s.name) == lower(d.name); };
    auto named = std::find_if(have.begin(), have.end(), by_name);
    if (named != have.end() && !named->id.empty()) rename_style(out, named->id, d.id);
    else missing.push_back(&d);
  }
  std::vector<Style> have = styles_in(out);
  std::string added;
  for (const Style* d : missing) {
    // A default style of a type the reference already has a default for would make two defaults.
    auto default_of_type = [&](const Style& s) { return s.is_default && s.type == d->type; };
    if (d->is_default && std::any_of(have.begin(), have.end(), default_of_type)) continue;
    added.append(defaults, d->begin, d->end - d->begin);
  }
  std::size_t end = out.rfind("</w:styles>");
  return out.substr(0, end) + added + out.substr(end);
}

std::string theme_styles(const std::string& theme_dir, const std::string& default_ref) {
  std::string own = theme_dir + "/reference.docx";
  std::error_code ec;
  if (!fs::exists(own, ec)) {
    if (default_ref.empty())
      throw ReferenceError(own, "not found, and the default theme's reference.docx is not installed beside "
                                "toolkitgen either: copy themes/default/reference.docx into the theme");
    return read_styles_part(default_ref);
  }
  if (!fs::is_regular_file(own, ec)) throw ReferenceError(own, "is not a file: it must be a Word document (.docx)");
  std::string styles = read_styles_part(own);
  if (default_ref.empty() || same_file(own, default_ref)) return styles;
  return merge_styles(styles, read_styles_part(default_ref));
}

std::string styles_for_language(const std::string& styles, const std::string& language) {
  const std::string lang = ooxml::esc(language.empty() ? "en-US" : language);
  std::size_t begin = styles.find("<w:rPrDefault>");
  std::size_t end = begin == std::string::npos ? begin : styles.find("</w:rPrDefault>", begin);
  if (end == std::string::npos) return styles;
  std::string out = styles;
  std::size_t tag = out.find("<w:lang ", begin);
  if (tag != std::string::npos && tag < end) {
    std::size_t tag_end = out.find('>', tag);
    std::size_t val = out.find(" w:val=\"", tag);
    if (val != std::string::npos && val < tag_end) {
      val += 8;
      out.replace(val, out.find('"', val) - val, lang);
    } else {
      out.insert(tag + 7, " w:val=\"" + lang + "\"");
    }
    return out;
  }
  std::size_t rpr_end = out.find("</w:rPr>", begin);
  if (rpr_end != std::string::npos && rpr_end < end) out.insert(rpr_end, "<w:lang w:val=\"" + lang + "\"/>");
  return out;
}

std::string styles_for(const std::string& theme_dir, const std::string& language) {
  std::string fallback = default_reference();
  std::string dir = theme_dir.empty() ? fs::path(fallback).parent_path().string() : theme_dir;
  return styles_for_language(theme_styles(dir, fallback), language);
}

}  // namespace tk::docx
