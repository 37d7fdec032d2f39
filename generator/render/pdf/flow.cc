// Pagination: keep-with-next chains, forced page breaks, and table headers repeated after breaks.
#include "render/pdf/flow.h"

#include <map>

namespace tk::pdf {

std::vector<PageLayout> paginate(const std::vector<Unit>& units, double body_h) {
  std::vector<PageLayout> pages(1);
  double y = 0;
  int open_table = -1;  // the table the last placed unit belongs to
  std::map<int, int> header_of;
  const std::size_t n = units.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Unit& u = units[i];
    if (u.table_header) header_of[u.table] = int(i);
    bool empty = pages.back().empty();
    if (u.page_break_before && !empty) {
      pages.emplace_back();
      y = 0;
      empty = true;
    }
    double need = (empty ? 0 : u.space_before) + u.height;
    double chain = need;
    for (std::size_t j = i; units[j].keep_with_next && j + 1 < n && !units[j + 1].page_break_before; ++j)
      chain += units[j + 1].space_before + units[j + 1].height;
    if (chain > body_h) chain = need;  // cannot be kept together: keep what fits
    if (!empty && y + chain > body_h + 1e-6) {
      pages.emplace_back();
      y = 0;
      empty = true;
      auto h = header_of.find(u.table);
      if (u.table >= 0 && !u.table_header && u.table == open_table && h != header_of.end()) {
        pages.back().push_back({h->second, 0, true});
        y = units[std::size_t(h->second)].height;
      }
    }
    double top = y + (empty ? 0 : u.space_before);
    pages.back().push_back({int(i), top, false});
    y = top + u.height;
    open_table = u.table;
  }
  if (pages.size() > 1 && pages.back().empty()) pages.pop_back();
  return pages;
}

std::vector<std::size_t> group_lines(const std::vector<double>& heights, double max_h) {
  std::vector<std::size_t> sizes;
  double h = 0;
  std::size_t count = 0;
  for (double lh : heights) {
    if (count > 0 && h + lh > max_h) {
      sizes.push_back(count);
      h = 0;
      count = 0;
    }
    h += lh;
    ++count;
  }
  if (count > 0) sizes.push_back(count);
  return sizes;
}

}  // namespace tk::pdf
