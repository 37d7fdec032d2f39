// Fuzz harnesses: one function per target, shared by the libFuzzer entry points and the regression test.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace tk::fuzz {

/// Called when an input breaks an invariant (never returns normally under libFuzzer: it aborts).
/// The regression test installs a handler that throws, so a broken invariant fails one test case.
using FailureHandler = std::function<void(const std::string& target, const std::string& what)>;
void set_failure_handler(FailureHandler h);

/// Front matter splitting and byte checks (load/front_matter.h). Input: the file's bytes.
void run_front_matter(const std::uint8_t* data, std::size_t size);

/// load::load_page on a SourceFile. Input: one byte choosing the kind, then the file's bytes.
void run_page_loader(const std::uint8_t* data, std::size_t size);

/// The fill-in field syntax. Input: one mode byte, then text: an even mode byte parses the text as a
/// template body (parse_markdown with fields=true); an odd one as the YAML of a ```field block.
void run_fields(const std::uint8_t* data, std::size_t size);

/// A whole page: load_page, model::validate on a one-page site, then the HTML body (render_body).
/// Input: one byte choosing the kind, then the file's bytes.
void run_page_html(const std::uint8_t* data, std::size_t size);

/// The harness for a target name ("front_matter", "page_loader", "fields", "page_html"), or nullptr.
using Harness = void (*)(const std::uint8_t*, std::size_t);
Harness harness_for(const std::string& target);

/// The kind byte for a content folder ("tools" -> the byte that selects Kind::Tool), used by the corpus tools.
std::uint8_t kind_byte_for_folder(const std::string& folder);

}  // namespace tk::fuzz
