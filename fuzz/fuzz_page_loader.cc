// libFuzzer entry point: front matter to model (load_page on a SourceFile).
#include <cstddef>
#include <cstdint>

#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tk::fuzz::run_page_loader(data, size);
  return 0;
}
