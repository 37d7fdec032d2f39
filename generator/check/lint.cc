// The lint rules, each a small function over the validated model.
#include "check/lint.h"

#include <cctype>
#include <cstdio>
#include <set>
#include <vector>

#include "doc/walk.h"
#include "core/files.h"

namespace tk::check {
namespace {

void summary_and_title(const model::Page& p, const std::string& file, Diagnostics& diags) {
  if (p.kind != model::Kind::Home && p.summary.empty())
    diags.warning(file, p.line_of("title") > 0 ? p.line_of("title") : 1, 0, "no 'summary': lists, cards, search results and the page's description stay empty; add one or two sentences");
  std::size_t n = char_count(p.title);
  if (n > kMaxTitleChars)
    diags.warning(file, p.line_of("title"), 0, "the title is " + std::to_string(n) + " characters long; keep it to " +
                                                   std::to_string(kMaxTitleChars) + " so it is not cut off in search results and tabs");
}

// A heading of the body's top level that nothing follows, or that the next heading of its level (or
// a higher one) follows directly.
void empty_sections(const doc::Node& body, const std::string& file, Diagnostics& diags) {
  doc::walk(body, [&](const doc::Step& at) {
    if (!at.parent) return true;  // the body: its blocks are what is looked at
    const doc::Node& h = at.node;
    if (h.kind != doc::Kind::Heading) return false;
    const doc::Node* next = at.next();
    bool last = next == nullptr;
    bool next_heading = !last && next->kind == doc::Kind::Heading && next->level <= h.level;
    if (last || next_heading)
      diags.warning(file, h.line, h.col, "empty section '" + doc::plain_text(h) + "': " +
                                             (last ? std::string("nothing follows the heading")
                                                   : "the next heading follows it directly") +
                                             "; write something under it or remove it");
    return false;
  });
}

// Site paths of every link and image in a tree ("/assets/a.png", without #fragment or ?query).
void collect_links(const doc::Node& root, std::set<std::string>& out) {
  doc::walk(root, [&out](const doc::Step& at) {
    const doc::Node& n = at.node;
    if ((n.kind == doc::Kind::Link || n.kind == doc::Kind::Image) && !n.url().empty() && n.url()[0] == '/')
      out.insert(n.url().substr(0, n.url().find_first_of("#?")));
    return true;
  });
}

void unused_assets(const model::Site& site, const std::string& content_dir, Diagnostics& diags) {
  std::set<std::string> used;
  collect_links(site.config.footer, used);
  for (const auto& n : site.config.nav) used.insert(n.url.substr(0, n.url.find_first_of("#?")));
  for (const auto& p : site.pages) {
    collect_links(p.body, used);
    for (const auto& f : p.faq) collect_links(f.a, used);
    if (!p.image.empty()) used.insert("/" + p.image);
    if (!p.link.empty() && p.link[0] == '/') used.insert(p.link.substr(0, p.link.find_first_of("#?")));
  }
  for (const auto& a : site.assets)
    if (!used.count("/" + a))
      diags.warning(join_path(content_dir, a), 0, 0, "no page links to this file or shows it; link to it or delete it (it is published all the same)");
}

// Words of a sentence: runs of ASCII letters, digits, apostrophes (also U+2019) and inner hyphens, or of
// other UTF-8 letters; a run needs a letter or a digit.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && (cur.back() == '-' || cur.back() == '\'')) cur.pop_back();
    bool real = false;
    for (unsigned char c : cur) real = real || std::isalnum(c) || c >= 0x80;
    if (real) out.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size()) {  // U+2019 is an apostrophe; other punctuation (dashes, quotes) splits
      if (static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99) {
        cur += '\'';
      } else {
        flush();
      }
      i += 2;
    } else if (std::isalnum(c) || c >= 0x80 || ((c == '\'' || c == '-') && !cur.empty())) {
      cur += static_cast<char>(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// Sentences of one block: split after '.', '!' or '?' followed by a space or the end.
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      out.push_back(text.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

std::string trim_sentence(std::string s) {
  std::size_t b = s.find_first_not_of(" \n\t");
  if (b == std::string::npos) return "";
  s = s.substr(b, s.find_last_not_of(" \n\t") - b + 1);
  return s;
}

struct ProseWalker : doc::Visitor {
  Readability* r;
  const std::string* file;
  Diagnostics* diags;
  bool enter(const doc::Step& at) override {
    const doc::Node& n = at.node;
    switch (n.kind) {
      case doc::Kind::CodeBlock:
      case doc::Kind::FieldBlock: return false;
      case doc::Kind::Paragraph:
      case doc::Kind::Heading:
      case doc::Kind::TableCell: block(doc::plain_text(n), n.line); return false;
      case doc::Kind::Document:
      case doc::Kind::List:
      case doc::Kind::Item:
      case doc::Kind::BlockQuote:
      case doc::Kind::ThematicBreak:
      case doc::Kind::Table:
      case doc::Kind::TableRow:
      case doc::Kind::Text:
      case doc::Kind::Code:
      case doc::Kind::Emph:
      case doc::Kind::Strong:
      case doc::Kind::Strike:
      case doc::Kind::Link:
      case doc::Kind::Image:
      case doc::Kind::SoftBreak:
      case doc::Kind::LineBreak:
      case doc::Kind::FieldInline: return true;
    }
    return true;  // not reached: the switch names every kind
  }
  void block(const std::string& text, int line) {
    std::string longest;
    std::size_t n = add_prose(text, *r, &longest);
    if (n > kMaxSentenceWords) {
      if (char_count(longest) > 60) {
        std::size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(longest[cut]) & 0xC0) == 0x80) --cut;
        longest = longest.substr(0, cut) + "...";
      }
      diags->warning(*file, line, 0, "a sentence of " + std::to_string(n) + " words ('" + longest + "'); keep sentences to " +
                                         std::to_string(kMaxSentenceWords) + " words or fewer: split it in two");
    }
  }
};

}  // namespace

double Readability::grade() const {
  if (words == 0 || sentences == 0) return 0;
  return 0.39 * static_cast<double>(words) / static_cast<double>(sentences) +
         11.8 * static_cast<double>(syllables) / static_cast<double>(words) - 15.59;
}

int syllables(const std::string& word) {
  std::string w;
  for (char c : word)
    if (std::isalpha(static_cast<unsigned char>(c))) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.empty()) return 1;  // a number or a symbol
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  int n = 0;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (vowel(w[i]) && (i == 0 || !vowel(w[i - 1]))) ++n;
  std::size_t k = w.size();
  // A silent final "e" ("state", but not "people" or "be"); a silent "-es"/"-ed" ("places", "placed").
  if (n > 1 && k > 2 && w[k - 1] == 'e' && !(w[k - 2] == 'l' && !vowel(w[k - 3])) && !vowel(w[k - 2])) --n;
  else if (n > 1 && k > 3 && w[k - 2] == 'e' && (w[k - 1] == 'd' || w[k - 1] == 's') && !vowel(w[k - 3]) &&
           !(w[k - 1] == 'd' && (w[k - 3] == 't' || w[k - 3] == 'd')) &&
           !(w[k - 1] == 's' && (w[k - 3] == 's' || w[k - 3] == 'z' || w[k - 3] == 'x' || w[k - 3] == 'c' || w[k - 3] == 'g' || w[k - 3] == 'h')))
    --n;
  return n < 1 ? 1 : n;
}

std::size_t add_prose(const std::string& text, Readability& r, std::string* longest) {
  std::size_t most = 0;
  for (const auto& s : sentences_of(text)) {
    auto words = words_of(s);
    if (words.empty()) continue;
    ++r.sentences;
    r.words += words.size();
    for (const auto& w : words) r.syllables += static_cast<std::size_t>(syllables(w));
    if (words.size() > most) {
      most = words.size();
      if (longest) *longest = trim_sentence(s);
    }
  }
  return most;
}

void plain_language(const model::Site& site, const std::string& content_dir, Diagnostics& diags) {
  if (site.config.reading_grade_max <= 0) return;
  for (const auto& p : site.pages) {
    std::string file = join_path(content_dir, p.source_path);
    Readability r;
    ProseWalker w;
    w.r = &r;
    w.file = &file;
    w.diags = &diags;
    if (!p.summary.empty()) w.block(p.summary, p.line_of("summary"));
    if (!p.field_says.empty()) w.block(p.field_says, p.line_of("field_says"));
    for (const auto& f : p.faq) {
      w.block(f.q, p.line_of("faq"));
      doc::walk(f.a, w);
    }
    doc::walk(p.body, w);
    double g = r.grade();
    if (r.words >= kMinWordsForGrade && g > site.config.reading_grade_max + 0.05) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.1f", g);
      diags.warning(file, 1, 0, std::string("the page reads at grade ") + buf + " (Flesch-Kincaid), above reading_grade_max " +
                                    std::to_string(site.config.reading_grade_max) + " in site.yaml: use shorter sentences and plainer words");
    }
  }
}

std::size_t char_count(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void lint(const model::Site& site, const std::string& content_dir, Diagnostics& diags) {
  for (const auto& p : site.pages) {
    std::string file = join_path(content_dir, p.source_path);
    summary_and_title(p, file, diags);
    empty_sections(p.body, file, diags);
  }
  unused_assets(site, content_dir, diags);
  plain_language(site, content_dir, diags);
}

}  // namespace tk::check
