// Greedy line breaking over styled runs, with inline field boxes and character-level fallback.
#include "render/pdf/layout.h"

#include <algorithm>

namespace tk::pdf {
namespace {

enum class TokKind { Word, Space, Box, Break };

struct Tok {
  TokKind kind;
  int run;
  std::string text;
  double w;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<Tok> tokenize(const std::vector<Run>& runs, double max_width, const Measure& m) {
  std::vector<Tok> toks;
  for (int i = 0; i < int(runs.size()); ++i) {
    const Run& r = runs[std::size_t(i)];
    if (r.hard_break) {
      toks.push_back({TokKind::Break, i, "", 0});
      continue;
    }
    if (r.field >= 0) {
      toks.push_back({TokKind::Box, i, "", std::min(r.box_w, max_width)});
      continue;
    }
    std::size_t p = 0;
    while (p < r.text.size()) {
      bool sp = is_space(r.text[p]);
      std::size_t q = p;
      while (q < r.text.size() && is_space(r.text[q]) == sp) ++q;
      if (sp)
        toks.push_back({TokKind::Space, i, " ", m(r.face, " ", r.size)});
      else {
        std::string word = r.text.substr(p, q - p);
        double w = m(r.face, word, r.size);
        toks.push_back({TokKind::Word, i, std::move(word), w});
      }
      p = q;
    }
  }
  return toks;
}

struct LineBuilder {
  const std::vector<Run>& runs;
  std::vector<std::vector<Tok>> lines;
  std::vector<bool> soft;  // the line ended at a space (a word wrap)
  std::vector<Tok> cur;
  double cur_w = 0;
  void flush(bool at_space = false) {
    while (!cur.empty() && cur.back().kind == TokKind::Space) cur.pop_back();
    soft.push_back(at_space);
    lines.push_back(std::move(cur));
    cur.clear();
    cur_w = 0;
  }
};

// Splits an over-long word between characters: full chunks become lines, the rest stays current.
void split_word(LineBuilder& b, const std::vector<Tok>& word, double max_width, const Measure& m) {
  for (const Tok& t : word) {
    const Run& r = b.runs[std::size_t(t.run)];
    std::string chunk;
    double chunk_w = 0;
    for (std::size_t i = 0; i < t.text.size();) {
      std::size_t start = i;
      next_code_point(t.text, &i);
      std::string ch = t.text.substr(start, i - start);
      double cw = m(r.face, ch, r.size);
      if (b.cur_w + chunk_w + cw > max_width && (b.cur_w > 0 || !chunk.empty())) {
        if (!chunk.empty()) b.cur.push_back({TokKind::Word, t.run, chunk, chunk_w});
        b.flush();
        chunk.clear();
        chunk_w = 0;
      }
      chunk += ch;
      chunk_w += cw;
    }
    if (!chunk.empty()) {
      b.cur.push_back({TokKind::Word, t.run, chunk, chunk_w});
      b.cur_w += chunk_w;
    }
  }
}

// A line wrapped at a space keeps that space at its end, outside its width, so that text extracted
// from the tags reads "by hand", not "byhand".
Line finish_line(const std::vector<Tok>& toks, const std::vector<Run>& runs, double max_width, char align,
                 double fallback_size, bool soft) {
  Line line;
  double x = 0;
  for (const Tok& t : toks) {
    if (t.kind == TokKind::Box || line.frags.empty() || line.frags.back().run != t.run ||
        runs[std::size_t(t.run)].field >= 0) {
      line.frags.push_back({t.run, t.text, x, t.w});
    } else {
      line.frags.back().text += t.text;
      line.frags.back().w += t.w;
    }
    x += t.w;
    const Run& r = runs[std::size_t(t.run)];
    double above, below;
    if (t.kind == TokKind::Box) {
      above = r.box_h - kBoxDrop + 1.5;
      below = kBoxDrop + 1.5;
    } else {
      above = r.size * (0.8 + (kLeading - 1) / 2);
      below = r.size * (0.2 + (kLeading - 1) / 2);
    }
    line.ascent = std::max(line.ascent, above);
    line.descent = std::max(line.descent, below);
  }
  if (toks.empty()) {
    line.ascent = fallback_size * (0.8 + (kLeading - 1) / 2);
    line.descent = fallback_size * (0.2 + (kLeading - 1) / 2);
  }
  line.width = x;
  if (soft && !line.frags.empty() && runs[std::size_t(line.frags.back().run)].field < 0) line.frags.back().text += ' ';
  double shift = align == 'r' ? max_width - x : align == 'c' ? (max_width - x) / 2 : 0;
  if (shift > 0)
    for (Frag& f : line.frags) f.x += shift;
  return line;
}

}  // namespace

Measure font_measure() {
  return [](Face f, std::string_view s, double size) { return text_width(f, s, size); };
}

std::vector<Line> break_lines(const std::vector<Run>& runs, double max_width, const Measure& measure, char align) {
  std::vector<Tok> toks = tokenize(runs, max_width, measure);
  LineBuilder b{runs, {}, {}, {}, 0};
  bool pending_space = false;
  Tok space{TokKind::Space, 0, " ", 0};
  for (std::size_t i = 0; i < toks.size();) {
    const Tok& t = toks[i];
    if (t.kind == TokKind::Break) {
      b.flush();
      pending_space = false;
      ++i;
      continue;
    }
    if (t.kind == TokKind::Space) {
      if (!b.cur.empty()) pending_space = true, space = t;
      ++i;
      continue;
    }
    std::vector<Tok> word;  // a word: words and boxes with no space between them
    double ww = 0;
    while (i < toks.size() && (toks[i].kind == TokKind::Word || toks[i].kind == TokKind::Box)) {
      ww += toks[i].w;
      word.push_back(toks[i++]);
    }
    double sw = pending_space && !b.cur.empty() ? space.w : 0;
    if (!b.cur.empty() && b.cur_w + sw + ww > max_width + 1e-6) {
      b.flush(sw > 0);
      sw = 0;
    }
    if (sw > 0) {
      b.cur.push_back(space);
      b.cur_w += sw;
    }
    pending_space = false;
    if (ww > max_width + 1e-6 && std::none_of(word.begin(), word.end(), [](const Tok& w) { return w.kind == TokKind::Box; })) {
      split_word(b, word, max_width, measure);
    } else {
      for (Tok& w : word) b.cur.push_back(std::move(w));
      b.cur_w += ww;
    }
  }
  if (!b.cur.empty()) b.flush();
  std::vector<Line> lines;
  double fallback = runs.empty() ? 10 : runs.front().size;
  for (std::size_t i = 0; i < b.lines.size(); ++i)
    lines.push_back(finish_line(b.lines[i], runs, max_width, align, fallback, b.soft[i]));
  return lines;
}

Extent measure_runs(const std::vector<Run>& runs, const Measure& measure) {
  Extent e;
  double word = 0, line = 0;
  for (const Tok& t : tokenize(runs, 1e9, measure)) {
    line = t.kind == TokKind::Break ? 0 : line + t.w;
    e.max = std::max(e.max, line);
    if (t.kind == TokKind::Word || t.kind == TokKind::Box) {
      word += t.w;
      e.min = std::max(e.min, word);
    } else {
      word = 0;
    }
  }
  return e;
}

}  // namespace tk::pdf
