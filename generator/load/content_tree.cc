// The content walk with POSIX calls (lstat, realpath, opendir): std::filesystem's iterator throws on a
// link loop (ELOOP from status()) and its entries follow links before we can look at them.
#include "load/content_tree.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/doc_chars.h"
#include "core/files.h"
#include "core/text.h"

namespace tk::load {
namespace {

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02X", b);
  return buf;
}

const char* special_kind(mode_t m) {
  if (S_ISFIFO(m)) return "a named pipe";
  if (S_ISSOCK(m)) return "a socket";
  if (S_ISCHR(m) || S_ISBLK(m)) return "a device";
  return "not a regular file";
}

struct Walker {
  const std::string& dir;
  std::string canon_root;
  Diagnostics& diags;
  ContentTree tree;
  std::vector<std::pair<dev_t, ino_t>> open_folders;  // the folders being walked, root first

  std::string display(const std::string& rel) const { return join_path(dir, printable_name(rel)); }

  // The display path of a real (canonical) path inside the tree.
  std::string display_real(const std::string& real) const {
    return real.size() == canon_root.size() ? dir : display(real.substr(canon_root.size() + 1));
  }

  bool inside(const std::string& real) const {
    return real == canon_root || (real.size() > canon_root.size() && real.compare(0, canon_root.size(), canon_root) == 0 &&
                                  (canon_root == "/" || real[canon_root.size()] == '/'));
  }

  void walk(const std::string& abs, const std::string& rel) {
    DIR* d = ::opendir(abs.c_str());
    if (!d) {
      diags.error(rel.empty() ? dir : display(rel), 0, 0, std::string("cannot read this folder: ") + std::strerror(errno));
      return;
    }
    std::vector<std::string> names;
    while (dirent* e = ::readdir(d)) {
      if (e->d_name[0] != '.') names.emplace_back(e->d_name);  // also skips "." and ".."
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    for (const auto& name : names) entry(abs + "/" + name, rel.empty() ? name : rel + "/" + name, name);
  }

  void entry(const std::string& abs, const std::string& rel, const std::string& name) {
    const std::string shown = display(rel);
    struct stat st;
    if (::lstat(abs.c_str(), &st) != 0) {
      diags.error(shown, 0, 0, std::string("cannot read: ") + std::strerror(errno));
      return;
    }
    std::string link_to;
    if (S_ISLNK(st.st_mode)) {
      char* rp = ::realpath(abs.c_str(), nullptr);
      if (!rp) {
        int err = errno;
        char target[PATH_MAX];
        ssize_t n = ::readlink(abs.c_str(), target, sizeof target - 1);
        std::string to = n > 0 ? printable_name(std::string_view(target, static_cast<std::size_t>(n))) : "?";
        if (err == ELOOP)
          diags.error(shown, 0, 0, "this link is a loop (it points to '" + to + "', which leads back to it); remove it");
        else if (err == ENOENT || err == ENOTDIR)
          diags.error(shown, 0, 0, "this link points to '" + to + "', which does not exist; remove the link or fix it");
        else
          diags.error(shown, 0, 0, "cannot follow this link to '" + to + "': " + std::strerror(err));
        return;
      }
      std::string real = rp;
      std::free(rp);
      if (!inside(real)) {
        diags.error(shown, 0, 0, "link points outside the content folder; copy the file in instead");
        return;
      }
      if (::stat(abs.c_str(), &st) != 0) {
        diags.error(shown, 0, 0, std::string("cannot read this link's target: ") + std::strerror(errno));
        return;
      }
      link_to = display_real(real);
    }
    if (S_ISDIR(st.st_mode)) {
      for (const auto& f : open_folders)
        if (f.first == st.st_dev && f.second == st.st_ino) {
          diags.error(shown, 0, 0, "this link is a loop: it points to the folder '" + link_to +
                                       "', which holds the link; remove it");
          return;
        }
      if (open_folders.size() > 32) {
        diags.error(shown, 0, 0, "folders nested more than 32 deep; left out");
        return;
      }
      if (text::ends_with(name, ".md"))
        diags.warning(shown, 0, 0, "a folder named like a page: a page is a file, so '" + printable_name(name) +
                                       "' is not read as one (rename the folder)");
      if (!link_to.empty()) tree.links.emplace_back(shown, link_to);
      open_folders.emplace_back(st.st_dev, st.st_ino);
      walk(abs, rel);
      open_folders.pop_back();
      return;
    }
    if (!S_ISREG(st.st_mode)) {
      diags.warning(shown, 0, 0, std::string(special_kind(st.st_mode)) + (link_to.empty() ? "" : " (through this link)") +
                                     ", not a file; left out");
      return;
    }
    if (!link_to.empty()) tree.links.emplace_back(shown, link_to);
    tree.files.push_back(TreeFile{rel, shown});
  }
};

}  // namespace

ContentTree walk_content(const std::string& content_dir, Diagnostics& diags) {
  Walker w{content_dir, {}, diags, {}, {}};
  char* rp = ::realpath(content_dir.c_str(), nullptr);
  struct stat st;
  if (!rp || ::stat(rp, &st) != 0) {
    diags.error(content_dir, 0, 0, std::string("cannot read the content folder: ") + std::strerror(errno));
    std::free(rp);
    return {};
  }
  w.canon_root = rp;
  std::free(rp);
  w.open_folders.emplace_back(st.st_dev, st.st_ino);
  w.walk(content_dir, "");
  std::sort(w.tree.files.begin(), w.tree.files.end(), [](const TreeFile& a, const TreeFile& b) { return a.rel < b.rel; });
  return std::move(w.tree);
}

std::string printable_name(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    std::uint32_t cp = 0;
    std::size_t len = utf8_decode(raw, i, &cp);
    if (len == 0 || cp < 0x20 || cp == 0x7F) {
      out += hex_byte(static_cast<unsigned char>(raw[i]));
      ++i;
      continue;
    }
    out.append(raw.substr(i, len));
    i += len;
  }
  return out;
}

std::string unpublishable_name(std::string_view rel) {
  for (std::size_t i = 0; i < rel.size();) {
    std::uint32_t cp = 0;
    std::size_t len = utf8_decode(rel, i, &cp);
    if (len == 0) return "bytes that are not UTF-8 (" + hex_byte(static_cast<unsigned char>(rel[i])) + ")";
    if (cp < 0x20 || cp == 0x7F) return "a control character (" + code_point_name(cp) + ")";
    if (forbidden_in_documents(cp)) return "the noncharacter " + code_point_name(cp);
    if (cp == '#' || cp == '?' || cp == '\\') return std::string("'") + static_cast<char>(cp) + "'";
    i += len;
  }
  return "";
}

bool read_content_file(const std::string& path, std::string& out, std::string& why) {
  // O_NONBLOCK: a file replaced by a named pipe since the walk must not block the build.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    why = std::strerror(errno);
    return false;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    why = "not a regular file";
    ::close(fd);
    return false;
  }
  out.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

std::size_t check_document_chars(std::string_view bytes, const std::string& path, Diagnostics& diags) {
  if (bytes.find('\0') != std::string_view::npos || !text::valid_utf8(bytes)) return 0;  // check_bytes reports it
  constexpr std::size_t kMaxReports = 5;
  std::size_t found = 0;
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    char c = bytes[i];
    if (c == '\n' || c == '\r') {
      i += (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      ++line;
      line_start = i;
      continue;
    }
    std::uint32_t cp = 0;
    std::size_t len = utf8_decode(bytes, i, &cp);
    if (forbidden_in_documents(cp)) {
      if (found < kMaxReports)
        diags.error(path, line, static_cast<int>(i - line_start) + 1,
                    forbidden_char_name(cp) + " is not allowed: XML 1.0 forbids it, so Word files and the sitemap could not hold it; delete it");
      ++found;
    }
    i += len;
  }
  if (found > kMaxReports)
    diags.error(path, 0, 0, "and " + std::to_string(found - kMaxReports) + " more characters that are not allowed in this file");
  return found;
}

}  // namespace tk::load
