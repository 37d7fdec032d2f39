// Content-stream operators written as text with locale-independent number formatting.
#include "render/pdf/content.h"

#include <algorithm>
#include <cmath>

namespace tk::pdf {

std::string num(double v) {
  long long milli = std::llround(v * 1000.0);
  if (milli == 0) return "0";
  std::string out = milli < 0 ? "-" : "";
  unsigned long long a = static_cast<unsigned long long>(milli < 0 ? -milli : milli);
  out += std::to_string(a / 1000);
  unsigned long long frac = a % 1000;
  if (frac) {
    std::string f = std::to_string(frac);
    f = std::string(3 - f.size(), '0') + f;
    while (!f.empty() && f.back() == '0') f.pop_back();
    out += "." + f;
  }
  return out;
}

Civil civil_time(std::int64_t t) {
  std::int64_t days = t / 86400, secs = t % 86400;
  days += 719468;  // civil_from_days (Howard Hinnant)
  std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  auto doe = unsigned(days - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  Civil c;
  c.day = int(doy - (153 * mp + 2) / 5 + 1);
  c.month = int(mp < 10 ? mp + 3 : mp - 9);
  c.year = int(std::int64_t(yoe) + era * 400 + (c.month <= 2));
  c.hour = int(secs / 3600);
  c.minute = int(secs / 60 % 60);
  c.second = int(secs % 60);
  return c;
}

static std::string rgb(Color c) { return num(c.r) + " " + num(c.g) + " " + num(c.b); }

void ContentBuilder::text(double x, double y, int font, double size, const std::string& hex, Color c) {
  s_ += "BT " + rgb(c) + " rg /F" + std::to_string(font) + " " + num(size) + " Tf " + num(x) + " " + num(y) +
        " Td <" + hex + "> Tj ET\n";
}

void ContentBuilder::image(const std::string& name, double x, double y, double w, double h) {
  s_ += "q " + num(w) + " 0 0 " + num(h) + " " + num(x) + " " + num(y) + " cm /" + name + " Do Q\n";
}

void ContentBuilder::fill_rect(double x, double y, double w, double h, Color c) {
  s_ += rgb(c) + " rg " + num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re f\n";
}

void ContentBuilder::frame(double x, double y, double w, double h, double line_width, Color c) {
  double i = line_width / 2;
  s_ += rgb(c) + " RG " + num(line_width) + " w " + num(x + i) + " " + num(y + i) + " " + num(w - line_width) + " " +
        num(h - line_width) + " re S\n";
}

void ContentBuilder::line(double x1, double y1, double x2, double y2, double line_width, Color c) {
  s_ += rgb(c) + " RG " + num(line_width) + " w " + num(x1) + " " + num(y1) + " m " + num(x2) + " " + num(y2) +
        " l S\n";
}

void ContentBuilder::tick(double w, double h, Color c) {
  s_ += "q " + rgb(c) + " RG " + num(std::max(1.0, w / 7)) + " w 1 J 1 j " + num(w * 0.22) + " " + num(h * 0.52) +
        " m " + num(w * 0.42) + " " + num(h * 0.28) + " l " + num(w * 0.8) + " " + num(h * 0.76) + " l S Q\n";
}

// Four Bezier arcs (kappa = 0.5523) approximating a circle.
static std::string circle_path(double cx, double cy, double r) {
  const double k = 0.5523 * r;
  auto pt = [](double x, double y) { return num(x) + " " + num(y) + " "; };
  return pt(cx + r, cy) + "m " + pt(cx + r, cy + k) + pt(cx + k, cy + r) + pt(cx, cy + r) + "c " +
         pt(cx - k, cy + r) + pt(cx - r, cy + k) + pt(cx - r, cy) + "c " + pt(cx - r, cy - k) + pt(cx - k, cy - r) +
         pt(cx, cy - r) + "c " + pt(cx + k, cy - r) + pt(cx + r, cy - k) + pt(cx + r, cy) + "c h ";
}

void ContentBuilder::ring(double cx, double cy, double r, double line_width, Color stroke, Color fill) {
  s_ += "q " + rgb(fill) + " rg " + rgb(stroke) + " RG " + num(line_width) + " w " +
        circle_path(cx, cy, r - line_width / 2) + "B Q\n";
}

void ContentBuilder::disc(double cx, double cy, double r, Color c) {
  s_ += "q " + rgb(c) + " rg " + circle_path(cx, cy, r) + "f Q\n";
}

void ContentBuilder::begin_tag(const std::string& role, int mcid) {
  s_ += "/" + role + " <</MCID " + std::to_string(mcid) + ">> BDC\n";
}

void ContentBuilder::begin_artifact(const std::string& pagination_subtype) {
  if (pagination_subtype.empty()) s_ += "/Artifact BMC\n";
  else s_ += "/Artifact <</Type /Pagination /Subtype /" + pagination_subtype + ">> BDC\n";
}

void ContentBuilder::end_marked() { s_ += "EMC\n"; }

}  // namespace tk::pdf
