// Deterministic zip archives (libzip): fixed entry order, fixed timestamps, the same bytes in any time zone.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tk::zip {

/// One archive member: its path inside the archive ('/'-separated) and its bytes.
using Entry = std::pair<std::string, std::string>;

/// A deterministic zip: entries in the given order, deflated, every entry stamped with `mtime`
/// (seconds since the epoch, taken as UTC; 0 or anything before 1980 gives 1980-01-01 00:00).
/// The DOS timestamps are written from UTC whatever the process time zone is.
/// Throws std::runtime_error on a duplicate or empty path or a libzip failure.
std::string write(const std::vector<Entry>& entries, std::int64_t mtime = 0);

/// Every member of a zip held in memory, in archive order. Throws std::runtime_error when it is not a zip.
std::vector<Entry> read(const std::string& bytes);

/// Every member of a zip file on disk. Throws std::runtime_error when it cannot be read.
std::vector<Entry> read_file(const std::string& path);

/// The DOS (time, date) pair written for an epoch time (UTC, clamped to 1980..2107).
std::pair<std::uint16_t, std::uint16_t> dos_time(std::int64_t mtime);

}  // namespace tk::zip
