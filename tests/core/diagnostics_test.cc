// Diagnostics: the did-you-mean suggestion.
#include <catch2/catch.hpp>

#include "core/diagnostics.h"

TEST_CASE("did you mean", "[core]") {
  CHECK(tk::did_you_mean("stags", {"stages", "title"}) == "stages");
  CHECK(tk::did_you_mean("zzzzzz", {"stages", "title"}).empty());
}
