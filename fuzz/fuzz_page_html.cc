// libFuzzer entry point: a whole page: load, validate, render the HTML body.
#include <cstddef>
#include <cstdint>

#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tk::fuzz::run_page_html(data, size);
  return 0;
}
