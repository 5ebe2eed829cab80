#pragma once
/// Which header fields differ between two statements (`dipdiff diff --with-metadata`).
#include "engine/statement.hpp"

#include <string>
#include <vector>

namespace dipdiff {

struct FieldChange {
    std::string field;  ///< "party", "date", … or the metadata key
    std::string a;      ///< value in A ("" when absent)
    std::string b;      ///< value in B ("" when absent)
};

/// Compares the known fields (id excepted: two versions of one text often
/// have different ids) and every metadata key, in a fixed order: known fields
/// first, then metadata keys sorted by name.
std::vector<FieldChange> diff_metadata(const Statement& a, const Statement& b);

}  // namespace dipdiff
