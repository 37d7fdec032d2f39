// Deterministic zip archives with libzip, written to and read from memory.
#include "render/zip/archive.h"

#include <zip.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

namespace tk::zip {

namespace {

[[noreturn]] void fail(const std::string& what, zip_error_t* err) {
  std::string msg = "zip: " + what;
  if (err) msg += std::string(": ") + zip_error_strerror(err);
  throw std::runtime_error(msg);
}

std::uint16_t get16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}

std::uint32_t get32(const std::string& b, std::size_t at) {
  return static_cast<std::uint32_t>(get16(b, at)) | (static_cast<std::uint32_t>(get16(b, at + 2)) << 16);
}

void put16(std::string& b, std::size_t at, std::uint16_t v) {
  b[at] = static_cast<char>(v & 0xFF);
  b[at + 1] = static_cast<char>(v >> 8);
}

/// libzip converts DOS times through the local time zone (mktime/localtime), so a time that does not
/// exist locally (a DST gap) would move. Stamp every local and central header with the UTC value instead.
void stamp_times(std::string& b, std::uint16_t time, std::uint16_t date) {
  if (b.size() < 22) fail("archive too short", nullptr);
  std::size_t eocd = std::string::npos;
  std::size_t lowest = b.size() > 22 + 65535 ? b.size() - 22 - 65535 : 0;
  for (std::size_t i = b.size() - 22 + 1; i-- > lowest;)
    if (get32(b, i) == 0x06054b50) { eocd = i; break; }
  if (eocd == std::string::npos) fail("no end of central directory", nullptr);
  std::size_t count = get16(b, eocd + 10);
  std::size_t at = get32(b, eocd + 16);
  if (count == 0xFFFF || at == 0xFFFFFFFFu) fail("zip64 archives are not supported", nullptr);
  for (std::size_t k = 0; k < count; ++k) {
    if (at + 46 > b.size() || get32(b, at) != 0x02014b50) fail("bad central directory", nullptr);
    put16(b, at + 12, time);
    put16(b, at + 14, date);
    std::size_t local = get32(b, at + 42);
    if (local + 30 > b.size() || get32(b, local) != 0x04034b50) fail("bad local header", nullptr);
    put16(b, local + 10, time);
    put16(b, local + 12, date);
    at += 46 + get16(b, at + 28) + get16(b, at + 30) + get16(b, at + 32);
  }
}

struct SourceCloser {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

}  // namespace

std::pair<std::uint16_t, std::uint16_t> dos_time(std::int64_t mtime) {
  const std::int64_t min = 315532800;  // 1980-01-01T00:00:00Z
  if (mtime < min) mtime = min;
  std::int64_t days = mtime / 86400, secs = mtime % 86400;
  // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
  std::int64_t z = days + 719468;
  std::int64_t era = z / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  if (y > 2107) return {static_cast<std::uint16_t>((23 << 11) | (59 << 5) | 29),
                        static_cast<std::uint16_t>((127 << 9) | (12 << 5) | 31)};
  auto time = static_cast<std::uint16_t>(((secs / 3600) << 11) | (((secs / 60) % 60) << 5) | ((secs % 60) / 2));
  auto date = static_cast<std::uint16_t>(((y - 1980) << 9) | (m << 5) | d);
  return {time, date};
}

std::string write(const std::vector<Entry>& entries, std::int64_t mtime) {
  std::set<std::string> seen;
  for (const auto& e : entries) {
    if (e.first.empty()) throw std::runtime_error("zip: empty entry path");
    if (!seen.insert(e.first).second) throw std::runtime_error("zip: duplicate entry " + e.first);
  }
  auto [time, date] = dos_time(mtime);

  zip_error_t err;
  zip_error_init(&err);
  std::unique_ptr<zip_source_t, SourceCloser> src(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!src) fail("cannot create a buffer", &err);
  zip_t* za = zip_open_from_source(src.get(), ZIP_TRUNCATE, &err);
  if (!za) fail("cannot open the buffer", &err);
  zip_source_keep(src.get());  // the archive frees its reference on close; we still read the buffer after
  for (const auto& [path, bytes] : entries) {
    // zip_source_buffer does not copy: `entries` outlives zip_close below.
    zip_source_t* s = zip_source_buffer(za, bytes.empty() ? nullptr : bytes.data(), bytes.size(), 0);
    zip_int64_t idx = s ? zip_file_add(za, path.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) {
      if (s) zip_source_free(s);
      std::string msg = zip_strerror(za);
      zip_discard(za);
      throw std::runtime_error("zip: cannot add " + path + ": " + msg);
    }
    auto i = static_cast<zip_uint64_t>(idx);
    if (zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 6) < 0 ||
        zip_file_set_dostime(za, i, time, date, 0) < 0) {
      std::string msg = zip_strerror(za);
      zip_discard(za);
      throw std::runtime_error("zip: cannot set up " + path + ": " + msg);
    }
  }
  if (zip_close(za) < 0) {
    std::string msg = zip_strerror(za);
    zip_discard(za);
    throw std::runtime_error("zip: cannot write the archive: " + msg);
  }

  std::string out;
  if (zip_source_open(src.get()) < 0) fail("cannot reopen the buffer", zip_source_error(src.get()));
  char buf[65536];
  zip_int64_t n;
  while ((n = zip_source_read(src.get(), buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  zip_source_close(src.get());
  if (n < 0) fail("cannot read the buffer", zip_source_error(src.get()));
  stamp_times(out, time, date);
  return out;
}

std::vector<Entry> read(const std::string& bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) fail("cannot create a buffer", &err);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!za) {
    zip_source_free(src);
    fail("not a zip archive", &err);
  }
  std::vector<Entry> out;
  zip_int64_t count = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    auto idx = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    zip_file_t* f = zip_stat_index(za, idx, 0, &st) == 0 ? zip_fopen_index(za, idx, 0) : nullptr;
    if (!f) {
      std::string msg = zip_strerror(za);
      zip_close(za);
      throw std::runtime_error("zip: cannot open entry: " + msg);
    }
    std::string data(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = data.empty() ? 0 : zip_fread(f, &data[0], st.size);
    zip_fclose(f);
    if (got != static_cast<zip_int64_t>(st.size)) {
      zip_close(za);
      throw std::runtime_error(std::string("zip: cannot read entry ") + st.name);
    }
    out.emplace_back(st.name, std::move(data));
  }
  zip_close(za);  // also frees src
  return out;
}

std::vector<Entry> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("zip: cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  try {
    return read(ss.str());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
}

}  // namespace tk::zip
