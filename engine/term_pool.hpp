#pragma once
/// Interned strings: token normal forms and stems are stored once and compared
/// as integers, which keeps tokens small (20 bytes) and makes diffing and
/// matching cheap.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dipdiff {

using TermId = std::uint32_t;

class TermPool {
public:
    /// Returns the id of `term`, adding it when new. Ids are dense from 0 in
    /// order of first appearance, so the same inputs give the same ids.
    TermId intern(std::string_view term);
    /// The string of an id; valid as long as the pool lives.
    std::string_view text(TermId id) const { return m_terms[id]; }
    std::size_t size() const { return m_terms.size(); }

private:
    std::deque<std::string> m_terms;  // deque: references stay valid as it grows
    std::unordered_map<std::string_view, TermId> m_ids;
};

}  // namespace dipdiff
