#include "engine/form_cache.hpp"

#include <limits>

namespace dipdiff {

std::uint64_t FormCache::hash_of(std::string_view spelling) {
    // FNV-1a: tokens are short, and home_of() mixes the bits.
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const char c : spelling) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::size_t FormCache::home_of(std::uint64_t hash) const {
    // Fibonacci hashing: the high bits of the product index a power-of-two table.
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> m_shift);
}

std::string_view FormCache::spelling_of(const Slot& slot) const {
    if (slot.length <= k_inline_bytes) return {slot.bytes, slot.length};
    return std::string_view(m_spellings).substr(slot.offset, slot.length);
}

const FormTerms* FormCache::find(std::string_view spelling) const {
    if (m_slots.empty()) return nullptr;
    const std::uint64_t hash = hash_of(spelling);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = home_of(hash);; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.length == 0) return nullptr;
        if (slot.hash == hash && slot.length == spelling.size() && spelling_of(slot) == spelling)
            return &slot.terms;
    }
}

void FormCache::insert(std::string_view spelling, FormTerms terms) {
    const bool inline_spelling = spelling.size() <= k_inline_bytes;
    if (spelling.empty() || (!inline_spelling && spelling.size() > std::numeric_limits<std::uint32_t>::max() -
                                                                       m_spellings.size()))
        return;
    // At most 70% full, so that probe runs stay short.
    if ((m_size + 1) * 10 > m_slots.size() * 7) grow();
    const std::uint64_t hash = hash_of(spelling);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = home_of(hash);
    while (m_slots[i].length != 0) i = (i + 1) & mask;
    Slot& slot = m_slots[i];
    slot.hash = hash;
    slot.terms = terms;
    slot.length = static_cast<std::uint32_t>(spelling.size());
    if (inline_spelling) {
        spelling.copy(slot.bytes, spelling.size());
    } else {
        slot.offset = static_cast<std::uint32_t>(m_spellings.size());
        m_spellings.append(spelling);
    }
    ++m_size;
}

void FormCache::grow() {
    std::vector<Slot> old = std::move(m_slots);
    const std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
    m_slots.assign(capacity, Slot{});
    m_shift = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --m_shift;
    const std::size_t mask = capacity - 1;
    for (const Slot& slot : old) {
        if (slot.length == 0) continue;
        std::size_t i = home_of(slot.hash);
        while (m_slots[i].length != 0) i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

}  // namespace dipdiff
