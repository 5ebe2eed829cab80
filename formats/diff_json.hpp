#pragma once
/// `dipdiff diff --format json`: figures and operations with byte spans into
/// both texts. A contract (docs/diff.md): fields are only ever added.
#include "engine/metadata_diff.hpp"
#include "engine/statement.hpp"
#include "engine/word_diff.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dipdiff {

/// `{"schema_version":1,"a":{…},"b":{…},"identical","minimal","stats":{…},"ops":[…]}`,
/// plus "metadata_changes" when `metadata_changes` is given.
std::string diff_json(const Statement& a, const Statement& b, const DiffResult& diff,
                      const std::optional<std::vector<FieldChange>>& metadata_changes);

}  // namespace dipdiff
