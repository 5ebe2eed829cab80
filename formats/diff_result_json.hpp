#pragma once
/// Internal to formats/: the figures and operations of a word diff, as
/// `dipdiff diff --format json` writes them and reports reuse for aligned
/// sentence pairs (docs/user-guide.md, docs/report.md).
#include "engine/word_diff.hpp"
#include "formats/json_output.hpp"

namespace dipdiff::json_detail {

/// `{"identical","minimal","stats":{…},"ops":[{"op","a":[s,e],"b":[s,e],"a_tokens","b_tokens"}]}`.
/// Spans are the ops' byte spans (into each document's statement text);
/// `figures` says whether stats.similarity is rounded.
Json diff_result_json(const DiffResult& diff, Figures figures);

}  // namespace dipdiff::json_detail
