#pragma once
/// Byte spans into a statement's original text.
#include <cstdint>
#include <string_view>

namespace dipdiff {

/// A half-open byte range [start, end) into a statement's text as it stands in
/// the file (after the header). Every paragraph, sentence and token carries one,
/// so that any renderer can highlight the original bytes.
struct Span {
    std::uint32_t start = 0;
    std::uint32_t end = 0;

    std::uint32_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(std::uint32_t offset) const { return offset >= start && offset < end; }
    std::string_view of(std::string_view text) const { return text.substr(start, end - start); }
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dipdiff
