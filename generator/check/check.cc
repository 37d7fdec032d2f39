// check::run: load + validate + theme (as build does, writing nothing), then lint and outside links.
#include "check/check.h"

#include "check/external_links.h"
#include "check/lint.h"
#include "load/site_loader.h"
#include "render/html/theme.h"

namespace tk::check {

CheckResult run(const CheckOptions& opts, Diagnostics& diags) {
  CheckResult res;
  html::Theme theme;
  theme.load(opts.theme_dir, diags);
  model::Site site = load::load_site({opts.content_dir, opts.drafts, theme.layout_names()}, diags);
  res.pages = site.pages.size();
  lint(site, opts.content_dir, diags);
  if (opts.external)
    res.external_links = check_external(site, opts.content_dir, diags, std::chrono::milliseconds(opts.timeout_ms), opts.jobs);
  res.exit_code = diags.has_errors() ? 1 : 0;
  return res;
}

}  // namespace tk::check
