#pragma once
/// The segmenter's memory of token spellings it has already normalized and
/// stemmed: one lookup per token instead of ICU normalization and Snowball.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/term_pool.hpp"

namespace dipdiff {

struct FormTerms {
    TermId norm = 0;
    TermId stem = 0;
};

/// A hash map from a spelling (the token's bytes) to its FormTerms, with open
/// addressing in one flat array and the spellings in one buffer, because the
/// lookup runs for every token and node-based maps miss the cache. Keys are
/// compared by full 64-bit hash, then by bytes. Short spellings are stored in
/// their slot, longer ones in one buffer.
class FormCache {
public:
    /// The terms of `spelling`, or nullptr when it is not cached. The pointer
    /// is valid until the next insert.
    const FormTerms* find(std::string_view spelling) const;
    /// Adds `spelling` (not yet cached, not empty). Spellings past 4 GiB of
    /// stored bytes are not kept: find() then keeps returning nullptr for them.
    void insert(std::string_view spelling, FormTerms terms);
    std::size_t size() const { return m_size; }

private:
    // Most spellings fit in the slot itself, so a lookup touches one cache line.
    static constexpr std::size_t k_inline_bytes = 16;
    struct Slot {
        std::uint64_t hash = 0;
        FormTerms terms;
        std::uint32_t length = 0;  // 0: empty slot
        std::uint32_t offset = 0;  // into m_spellings, when longer than k_inline_bytes
        char bytes[k_inline_bytes] = {};
    };

    std::string_view spelling_of(const Slot& slot) const;

    static std::uint64_t hash_of(std::string_view spelling);
    std::size_t home_of(std::uint64_t hash) const;
    void grow();

    std::vector<Slot> m_slots;  // size is 0 or a power of two
    std::string m_spellings;
    std::size_t m_size = 0;
    unsigned m_shift = 64;  // 64 - log2(m_slots.size())
};

}  // namespace dipdiff
