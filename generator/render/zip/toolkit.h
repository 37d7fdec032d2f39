// The whole toolkit as one .zip: every template's downloads, one folder per stage, and a README.txt.
#pragma once
#include "render/formats.h"

namespace tk::zip {

/// Folders "01-<stage slug>/" in stage order, then "other/" (the templates on no stage); in each, the
/// downloads of the templates listed there first (job.bundle's outline), named `<name>.<ext>` (the
/// outline's name: the slug, or `<kind>-<slug>` when a tool and a job share it), their bytes from
/// job.bundle->document. The "zip" row's bundle writer (render/formats.h).
void write_toolkit(const render::Job& job, render::Output& out);

}  // namespace tk::zip
