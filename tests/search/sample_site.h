// The hand-made site the search tests index (pages deliberately out of kind order), and lookups in an index.
#pragma once
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "model/site.h"
#include "search/index_builder.h"

namespace tk::test::search_site {

using tk::doc::Kind;
using tk::doc::Node;
using tk::model::Page;
using tk::search::Index;

inline Node text(const std::string& s) {
  Node n;
  n.kind = Kind::Text;
  n.text = s;
  return n;
}
inline Node para(const std::string& s) {
  Node n;
  n.kind = Kind::Paragraph;
  n.children = {text(s)};
  return n;
}
inline Node heading(const std::string& id, const std::string& s) {
  Node n;
  n.kind = Kind::Heading;
  n.level = 2;
  n.extra().id = id;
  n.children = {text(s)};
  return n;
}
inline Node body(std::vector<Node> blocks) {
  Node n;
  n.kind = Kind::Document;
  n.children = std::move(blocks);
  return n;
}
inline Page page(tk::model::Kind k, const std::string& slug, const std::string& title, const std::string& summary,
          std::vector<Node> blocks) {
  Page p;
  p.kind = k;
  p.slug = slug;
  p.title = title;
  p.summary = summary;
  p.body = body(std::move(blocks));
  return p;
}

// Pages deliberately out of kind order.
inline tk::model::Site sample_site() {
  using K = tk::model::Kind;
  tk::model::Site site;
  site.config.title = "Toolkit";
  site.config.base_url = "https://example.gov/";
  Page smart = page(K::Tool, "developing-smart-goals", "Developing SMART Goals", "Turn a vision into goals.",
                    {para("Goals give the partnership a direction."), heading("writing-goals", "Writing goals"),
                     para("Each goal is specific and measurable.")});
  smart.stages = {"initiation"};
  smart.focus_areas = {"strong-partnerships"};
  site.pages.push_back(smart);
  Page dsa = page(K::Tool, "data-sharing-agreement", "Data Sharing Agreement", "What partners may share.",
                  {para("Partnerships that exchange records sign it. It protects privacy."),
                   heading("signatures", "Signatures"), para("Both partners sign.")});
  dsa.stages = {"continuous-improvement"};
  site.pages.push_back(dsa);
  Page ext = page(K::Tool, "sustainability", "Sustainability Planning Resources", "Outside guidance.", {});
  ext.link = "https://example.org/sustain";
  ext.stages = {"initiation"};
  site.pages.push_back(ext);
  site.pages.push_back(page(K::Home, "", "Toolkit", "Start here.", {para("Welcome to the partnership toolkit.")}));
  Page stage = page(K::Stage, "initiation", "Initiation", "Getting started.", {para("Form a team.")});
  stage.activities = {"Write SMART goals", "Sign a compact"};
  site.pages.push_back(stage);
  Page spot = page(K::Spotlight, "bu", "Boston University and Boston Public Schools", "A network.",
                   {para("They calibrated their observers.")});
  spot.partners = {{"Boston University", "program"}};
  spot.location = "Boston";
  spot.focus_areas = {"strong-partnerships"};
  site.pages.push_back(spot);
  Page focus = page(K::FocusArea, "strong-partnerships", "Strong Partnerships", "Why partnerships matter.", {});
  tk::model::Faq faq;
  faq.q = "But what about cost?";
  faq.a = body({para("Costs are shared.")});
  focus.faq = {faq};
  site.pages.push_back(focus);
  site.pages.push_back(page(K::Page, "about", "About", "About the toolkit.", {para("Published by the Department.")}));
  return site;
}

inline const tk::search::Term* find_term(const Index& ix, const std::string& stem) {
  for (const auto& t : ix.terms)
    if (t.stem == stem) return &t;
  return nullptr;
}

inline std::uint8_t weight_in(const tk::search::Term& t, std::uint32_t doc) {
  for (const auto& p : t.postings)
    if (p.doc == doc) return p.weight;
  return 0;
}

inline std::uint32_t doc_of(const Index& ix, const std::string& title) {
  for (std::size_t i = 0; i < ix.docs.size(); ++i)
    if (ix.docs[i].title == title) return static_cast<std::uint32_t>(i);
  FAIL("no doc " << title);
  return 0;
}

}  // namespace tk::test::search_site
