// Inline layout (pure): styled runs broken into lines by a greedy word-wrapping pass.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf/fonts.h"

namespace tk::pdf {

/// An RGB colour, components 0..1.
struct Color {
  double r = 0, g = 0, b = 0;
  bool operator==(const Color& o) const { return r == o.r && g == o.g && b == o.b; }
};

/// A piece of inline content with one style: text, an inline field box, or a forced line break.
struct Run {
  std::string text;
  Face face = Face::Regular;
  double size = 10;
  Color color;
  bool underline = false;
  bool strike = false;
  int link = -1;        ///< index of the link target (see DocLayout::links), -1 = none
  int tag = -1;         ///< struct element for this run; -1 = the block's own
  int field = -1;       ///< an inline field box: index of its field slot (text is empty)
  double box_w = 0;     ///< field box size in points
  double box_h = 0;
  int option = -1;      ///< a choice field's radio button: the option's index
  bool hard_break = false;
};

/// Part of a line: one run's text (or box), at x from the line's start.
struct Frag {
  int run = 0;
  std::string text;
  double x = 0, w = 0;
};

/// One laid-out line. The baseline sits `ascent` below the line's top; height = ascent + descent.
struct Line {
  std::vector<Frag> frags;
  double width = 0;
  double ascent = 0, descent = 0;
  double height() const { return ascent + descent; }
};

/// Measures UTF-8 text: width in points of `text` in `face` at `size`.
using Measure = std::function<double(Face, std::string_view, double)>;
/// The real fonts' measure.
Measure font_measure();

/// Line spacing factor applied to text runs.
constexpr double kLeading = 1.4;
/// Distance from the baseline down to an inline field box's bottom edge.
constexpr double kBoxDrop = 3.5;

/// Breaks runs into lines no wider than max_width (spaces collapse at breaks; a word wider than the
/// line is broken between characters; boxes wider than the line shrink to fit). align is 'l', 'c'
/// or 'r'. An empty run list gives no lines.
std::vector<Line> break_lines(const std::vector<Run>& runs, double max_width, const Measure& measure,
                              char align = 'l');

/// The widest word (unbreakable piece) and the whole single-line width of runs.
struct Extent {
  double min = 0, max = 0;
};
Extent measure_runs(const std::vector<Run>& runs, const Measure& measure);

}  // namespace tk::pdf
