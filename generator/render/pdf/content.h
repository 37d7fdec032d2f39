// PDF content-stream operators as text (pure): text, rectangles, rules and marked content.
#pragma once
#include <cstdint>
#include <string>

#include "render/pdf/layout.h"

namespace tk::pdf {

/// A UTC calendar time.
struct Civil {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};
/// The UTC calendar time of seconds since the epoch (t >= 0).
Civil civil_time(std::int64_t t);

/// A number for a content stream or object: at most 3 decimals, no trailing zeros, never "-0".
std::string num(double v);

/// Builds one page's (or appearance stream's) operators. Coordinates are PDF user space (y up).
class ContentBuilder {
 public:
  /// Shows hex-encoded glyphs with font resource /F<font> at baseline (x, y).
  void text(double x, double y, int font, double size, const std::string& hex, Color c);
  void fill_rect(double x, double y, double w, double h, Color c);
  void frame(double x, double y, double w, double h, double line_width, Color c);
  void line(double x1, double y1, double x2, double y2, double line_width, Color c);
  /// A tick mark drawn as a path inside a w x h box (checkbox "on" appearance).
  void tick(double w, double h, Color c);
  /// Paints image XObject /<name> into the rectangle (x, y, w, h).
  void image(const std::string& name, double x, double y, double w, double h);
  /// A circle of radius r at (cx, cy) (Bezier arcs), filled with `fill` and stroked `line_width` wide.
  void ring(double cx, double cy, double r, double line_width, Color stroke, Color fill);
  /// A filled disc of radius r at (cx, cy) (a radio button's "on" mark).
  void disc(double cx, double cy, double r, Color c);
  /// Opens tagged marked content: /<role> <</MCID n>> BDC.
  void begin_tag(const std::string& role, int mcid);
  /// Opens an artifact: /Artifact BMC, or with a pagination subtype ("Header", "Footer").
  void begin_artifact(const std::string& pagination_subtype = "");
  void end_marked();
  void raw(const std::string& ops) { s_ += ops; }

  const std::string& ops() const { return s_; }

 private:
  std::string s_;
};

}  // namespace tk::pdf
