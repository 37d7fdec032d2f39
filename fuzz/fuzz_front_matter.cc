// libFuzzer entry point: front matter splitting (load/front_matter.h).
#include <cstddef>
#include <cstdint>

#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tk::fuzz::run_front_matter(data, size);
  return 0;
}
