// Pictures in the PDFs (pure): which files can be embedded (PNG, JPEG) and their size in pixels,
// read from the file's header, so that layout never needs libharu.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "render/pdf/flow.h"

namespace tk::pdf {

/// Reads the bytes of a site file ("/assets/img/a.png"), or nothing when it cannot.
using FileSource = std::function<std::optional<std::string>(const std::string& site_path)>;

/// The files of a content folder (site paths under it); nothing for paths outside it.
FileSource content_files(const std::string& content_dir);
/// The files a document's input carries (render::DocumentInput::files); nothing for any other path.
FileSource input_files(const std::map<std::string, std::shared_ptr<const std::string>>& files);

/// A PNG or JPEG that libharu can embed, with its pixel size; nothing for any other file (GIF, SVG,
/// WebP, a damaged header). `path` is kept for messages.
std::optional<ImageData> read_image(const std::string& path, std::string bytes);


/// The size in points a picture of w x h pixels is drawn at: 96 pixels to the inch, no wider than
/// max_w and no taller than max_h, the aspect ratio kept.
void image_box(int w, int h, double max_w, double max_h, double& out_w, double& out_h);

}  // namespace tk::pdf
