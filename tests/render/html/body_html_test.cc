// A page body as HTML (render/html/body_html.cc), node kind by node kind: the markup a browser and a
// screen reader get (escaping, heading ids, relative links, tables, labelled form controls).
#include <catch2/catch.hpp>

#include "doc/walk.h"
#include "render/docx/fixture.h"
#include "render/html/body_html.h"

using namespace tk::test::docx::fx;  // the document tree builders the .docx tests use
using FT = tk::model::FieldType;
using tk::model::Field;

namespace {

/// Site paths become "REL(<path>)", so a test sees which hrefs went through the link mapper.
const tk::html::LinkMapper kLink = [](const std::string& p) { return "REL(" + p + ")"; };

tk::model::Page page_of(std::vector<Field> fields) {
  tk::model::Page p;
  p.source_path = "tools/t.md";
  p.fields = std::move(fields);
  return p;
}

/// The HTML of a body of `blocks`, with `page`'s fields (none: page is null).
std::string html(std::vector<Node> blocks, const tk::model::Page* page = nullptr) {
  return tk::html::render_body(node(Kind::Document, std::move(blocks)), page, kLink);
}

Node heading_with_id(int level, const std::string& s, const std::string& id) {
  Node h = heading(level, s);
  h.extra().id = id;
  return h;
}

Node image(const std::string& url, std::vector<Node> alt) {
  Node n = node(Kind::Image, std::move(alt));
  n.extra().url = url;
  return n;
}

}  // namespace

TEST_CASE("html body: text is escaped, every letter kept, inline markup as its element", "[html]") {
  Node code = node(Kind::Code);
  code.text = "a < b && \"c\"";
  CHECK(html({para({text("Tom & Jerry's \"<b>\" Łukasz Dąbrowski, Nguyễn Thị Ánh"), node(Kind::SoftBreak),
                    node(Kind::Emph, {text("i")}), node(Kind::Strong, {text("b "), node(Kind::Emph, {text("bi")})}),
                    node(Kind::Strike, {text("s")}), node(Kind::LineBreak), code})}) ==
        "<p>Tom &amp; Jerry&#39;s &quot;&lt;b&gt;&quot; Łukasz Dąbrowski, Nguyễn Thị Ánh\n<em>i</em>"
        "<strong>b <em>bi</em></strong><del>s</del><br>\n<code>a &lt; b &amp;&amp; &quot;c&quot;</code></p>\n");
}

TEST_CASE("html body: headings keep their ids, the page title being the only h1", "[html]") {
  CHECK(html({heading_with_id(2, "Parties & roles", "parties--roles"), heading_with_id(3, "Who", "who"),
              heading_with_id(6, "Deep", "deep"), heading_with_id(1, "Top", "top")}) ==
        "<h2 id=\"parties--roles\">Parties &amp; roles</h2>\n<h3 id=\"who\">Who</h3>\n<h6 id=\"deep\">Deep</h6>\n"
        "<h2 id=\"top\">Top</h2>\n");
  CHECK(html({heading_with_id(2, "Q", "a\"b<c")}) == "<h2 id=\"a&quot;b&lt;c\">Q</h2>\n");
}

TEST_CASE("html body: site links go through the mapper, outside ones are marked for every reader", "[html]") {
  CHECK(html({para({link("/tools/x/#part-two", {text("x")}, "The \"X\" tool")})}) ==
        "<p><a href=\"REL(/tools/x/#part-two)\" title=\"The &quot;X&quot; tool\">x</a></p>\n");
  CHECK(html({para({link("https://example.com/?a=1&b=2", {text("out")})})}) ==
        "<p><a href=\"https://example.com/?a=1&amp;b=2\" class=\"external\">out"
        "<span class=\"visually-hidden\"> (external link)</span></a></p>\n");
  CHECK(html({para({link("mailto:help@example.org", {text("mail")})})}) ==
        "<p><a href=\"mailto:help@example.org\">mail</a></p>\n");  // not a web page: no external mark
  CHECK(html({para({link("", {text("no address")})})}) == "<p>no address</p>\n");
}

TEST_CASE("html body: images by their alt text, site pictures through the mapper", "[html]") {
  CHECK(html({para({image("/assets/img/chart.png", {text("A "), node(Kind::Emph, {text("chart")}), text(" <1>")})})}) ==
        "<p><img src=\"REL(/assets/img/chart.png)\" alt=\"A chart &lt;1&gt;\" loading=\"lazy\"></p>\n");
  CHECK(html({para({image("https://example.com/a.png?x=1&y=2", {text("Outside \"pic\"")})})}) ==
        "<p><img src=\"https://example.com/a.png?x=1&amp;y=2\" alt=\"Outside &quot;pic&quot;\" loading=\"lazy\"></p>\n");
  CHECK(html({para({image("", {text("gone")})})}) == "<p></p>\n");
}

TEST_CASE("html body: lists, tight and loose, numbered from their start", "[html]") {
  CHECK(html({list(false, {item({para({text("One")}), list(true, {item({para({text("Three")})})}, 3)}),
                           item({para({text("Two")})})})}) ==
        "<ul>\n<li>One<ol start=\"3\">\n<li>Three</li>\n</ol>\n</li>\n<li>Two</li>\n</ul>\n");
  CHECK(html({list(true, {item({para({text("A")}), para({text("more")})})}, 1, false)}) ==
        "<ol>\n<li><p>A</p>\n<p>more</p>\n</li>\n</ol>\n");
}

TEST_CASE("html body: a task list item is a checkbox labelled by its text, a blank in it stays outside the label", "[html]") {
  auto page = page_of({field("agree", "Agree", FT::Checkbox), field("share", "Share", FT::Checkbox),
                       field("with", "With whom", FT::Text)});
  page.fields[2].width = 10;
  Node done = with_field(item({para({text("Share with "), blank(2), text(" only")})}), 1);
  page.fields[1].checked = true;
  CHECK(html({list(false, {with_field(item({para({text("Agree & sign")})}), 0), done})}, &page) ==
        "<ul class=\"checklist\">\n"
        "<li class=\"task\"><input type=\"checkbox\" id=\"field.agree\" name=\"agree\"> "
        "<label for=\"field.agree\">Agree &amp; sign</label></li>\n"
        "<li class=\"task\"><input type=\"checkbox\" id=\"field.share\" name=\"share\" checked> "
        "<label for=\"field.share\">Share with </label>"
        "<input type=\"text\" class=\"blank\" id=\"field.with\" name=\"with\" aria-label=\"With whom\" size=\"10\">"
        " only</li>\n</ul>\n");
  // An item with no paragraph: the label closes with the item.
  CHECK(html({list(false, {with_field(item({}), 0)})}, &page) ==
        "<ul class=\"checklist\">\n<li class=\"task\"><input type=\"checkbox\" id=\"field.agree\" name=\"agree\"> "
        "<label for=\"field.agree\"></label></li>\n</ul>\n");
}

TEST_CASE("html body: code blocks, quotes and rules", "[html]") {
  Node code_block = node(Kind::CodeBlock);
  code_block.text = "x < y\n\t&z\n";
  code_block.extra().info = "yaml title=\"x\"";
  Node plain = node(Kind::CodeBlock);
  plain.text = "</pre>";
  CHECK(html({code_block, plain, node(Kind::BlockQuote, {para({text("Said \"so\"")})}), node(Kind::ThematicBreak)}) ==
        "<pre><code class=\"language-yaml\">x &lt; y\n\t&amp;z\n</code></pre>\n"
        "<pre><code>&lt;/pre&gt;</code></pre>\n"
        "<blockquote>\n<p>Said &quot;so&quot;</p>\n</blockquote>\n<hr>\n");
}

TEST_CASE("html body: a table scrolls in a named region unless it holds a control or a link", "[html]") {
  Node table = node(Kind::Table, {row({cell({text("Role")}), cell({text(" Name & <id> ")}), cell({text("Notes")})}, true),
                                  row({cell({text("Lead")}), cell({text("Ann")}), cell({text("x")})}),
                                  row({cell({text("Co")}), cell({text("Bo")}), cell({text("y")})})});
  table.extra().aligns = {'l', 'c', 'r'};
  CHECK(html({table}) ==
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table: Role, Name &amp; &lt;id&gt;, Notes\">\n"
        "<table>\n<thead>\n<tr><th scope=\"col\">Role</th><th scope=\"col\" class=\"align-center\"> Name &amp; &lt;id&gt; </th>"
        "<th scope=\"col\" class=\"align-right\">Notes</th></tr>\n</thead>\n"
        "<tbody>\n<tr><td>Lead</td><td class=\"align-center\">Ann</td><td class=\"align-right\">x</td></tr>\n"
        "<tr><td>Co</td><td class=\"align-center\">Bo</td><td class=\"align-right\">y</td></tr>\n</tbody>\n"
        "</table>\n</div>\n");
  // No header row: the region is named "Table".
  Node headless = node(Kind::Table, {row({cell({text("a")})})});
  CHECK(html({headless}).rfind("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">\n"
                               "<table>\n<tbody>\n<tr><td>a</td></tr>\n</tbody>\n", 0) == 0);
  // A link inside: the link takes the focus, the box needs none.
  Node linked = node(Kind::Table, {row({cell({link("/x/", {text("x")})})})});
  CHECK(html({linked}).rfind("<div class=\"table-wrap\">\n<table>\n", 0) == 0);
}

TEST_CASE("html body: an empty table cell that is a field holds its control, labelled for screen readers", "[html]") {
  auto page = page_of({field("lead_name", "Lead: Name", FT::Multiline), field("lead_phone", "Lead: Phone", FT::Text)});
  page.fields[0].in_table = true;
  page.fields[0].lines = 2;
  page.fields[1].in_table = true;
  Node table = node(Kind::Table, {row({cell({text("Role")}), cell({text("Name")}), cell({text("Phone")})}, true),
                                  row({cell({text("Lead")}), with_field(cell({}), 0), with_field(cell({}), 1)})});
  CHECK(html({table}, &page) ==
        "<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">Role</th><th scope=\"col\">Name</th>"
        "<th scope=\"col\">Phone</th></tr>\n</thead>\n<tbody>\n<tr><td>Lead</td>"
        "<td><textarea class=\"cell\" id=\"field.lead_name\" name=\"lead_name\" aria-label=\"Lead: Name\" rows=\"2\"></textarea></td>"
        "<td><input type=\"text\" class=\"blank\" id=\"field.lead_phone\" name=\"lead_phone\" aria-label=\"Lead: Phone\" size=\"20\"></td>"
        "</tr>\n</tbody>\n</table>\n</div>\n");
}

TEST_CASE("html body: a field block is a div of its type around its labelled control", "[html]") {
  auto page = page_of({field("start_date", "Start date", FT::Date), field("sig", "Director signature", FT::Signature),
                       field("district", "District", FT::Text)});
  page.fields[1].help = "Type your full name";
  page.fields[2].full_label = "Partner district";
  CHECK(html({with_field(node(Kind::FieldBlock), 0), with_field(node(Kind::FieldBlock), 1),
              with_field(node(Kind::FieldBlock), 2)},
             &page) ==
        "<div class=\"field field-date\"><label for=\"field.start_date\">Start date <span class=\"format\">(mm/dd/yyyy)"
        "</span></label><input type=\"date\" id=\"field.start_date\" name=\"start_date\"></div>\n"
        "<div class=\"field field-signature\"><label for=\"field.sig\">Director signature</label>"
        "<span class=\"field-help\" id=\"field.sig.help\">Type your full name</span>"
        "<input type=\"text\" class=\"signature\" id=\"field.sig\" name=\"sig\" autocomplete=\"off\" "
        "title=\"Type your full name\" aria-describedby=\"field.sig.help\"></div>\n"
        "<div class=\"field field-text\"><label for=\"field.district\">District</label>"
        "<input type=\"text\" id=\"field.district\" name=\"district\" aria-label=\"Partner district\"></div>\n");
}

TEST_CASE("html body: an inline blank's size follows its underscores, within 6..60", "[html]") {
  Field f = field("x", "X", FT::Text);
  f.help = "Say \"it\"";
  for (auto [width, size] : {std::pair<int, int>{3, 6}, {12, 12}, {200, 60}}) {
    f.width = width;
    CHECK(tk::html::render_control(f) ==
          "<input type=\"text\" class=\"blank\" id=\"field.x\" name=\"x\" aria-label=\"X\" size=\"" + std::to_string(size) +
              "\" title=\"Say &quot;it&quot;\" aria-describedby=\"field.x.help\">");
  }
  Field box = field("ok", "OK", FT::Checkbox);
  box.help = "Tick when done";
  CHECK(tk::html::render_control(box) ==
        "<input type=\"checkbox\" id=\"field.ok\" name=\"ok\" title=\"Tick when done\" aria-describedby=\"field.ok.help\"> "
        "<label for=\"field.ok\">OK</label><span class=\"field-help\" id=\"field.ok.help\">Tick when done</span>");
}

TEST_CASE("html body: a field node the page does not have is an error, and without a page there are none", "[html]") {
  auto page = page_of({field("a", "A", FT::Text)});
  CHECK_THROWS_AS(html({para({blank(1)})}, &page), tk::doc::TreeError);
  CHECK_THROWS_AS(html({para({blank(0)})}), tk::doc::TreeError);
  CHECK(html({para({text("no fields")})}) == "<p>no fields</p>\n");
}
