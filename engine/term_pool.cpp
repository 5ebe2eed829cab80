#include "engine/term_pool.hpp"

namespace dipdiff {

TermId TermPool::intern(std::string_view term) {
    if (auto it = m_ids.find(term); it != m_ids.end()) return it->second;
    const auto id = static_cast<TermId>(m_terms.size());
    m_terms.emplace_back(term);
    m_ids.emplace(m_terms.back(), id);
    return id;
}

}  // namespace dipdiff
