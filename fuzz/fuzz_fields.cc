// libFuzzer entry point: the fill-in field syntax (parse_markdown with fields, field blocks).
#include <cstddef>
#include <cstdint>

#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tk::fuzz::run_fields(data, size);
  return 0;
}
