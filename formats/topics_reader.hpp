#pragma once
/// Reading topic taxonomies (docs/topics.md): the built-in default and
/// `--topics FILE` extensions.
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/topics.hpp"

namespace dipdiff {

/// The content of data/topics.json, compiled into the program at build time.
std::string_view default_taxonomy_json();

/// The path messages about the built-in default name (it is never read from disk).
inline constexpr std::string_view k_default_taxonomy_path = "data/topics.json";

/// One taxonomy file as read.
struct TaxonomyFile {
    std::vector<TopicDefinition> topics;  ///< in file order; each with `path` and locations set
    bool replace = false;                 ///< "replace": true
};

/// Parses the content of one taxonomy file. Every problem in the file is added
/// to `diagnostics` as an error `path:line:col: error: what — expected`, not only
/// the first: malformed JSON (json.malformed, json.too-deep), a wrong or missing
/// "format" or "version" (topics.format), missing, unknown or repeated keys
/// (topics.missing-key, topics.unknown-key, topics.duplicate-key), values of the
/// wrong JSON type (topics.wrong-type), bad ids, labels, kinds, weights and
/// phrases with '*' (topics.bad-value), ids used twice (topics.duplicate-id).
/// The checks that need stemming are validate_taxonomy()'s (engine/topics.hpp).
/// With errors the topics returned are those parts that could be read. An empty
/// "topics" array is an error unless `allow_empty_topics`.
TaxonomyFile parse_taxonomy(std::string_view content, const std::string& path, bool allow_empty_topics,
                            Diagnostics& diagnostics);

/// The built-in default taxonomy merged with each file of `extra_files` in
/// order: a topic with a new id is added after the others, one with an existing
/// id replaces that topic in its place, and a file with "replace": true first
/// discards every topic loaded so far. Each file is read (input.missing,
/// input.unreadable, input.too-large, input.binary, input.invalid-utf8,
/// input.empty), parsed and validated (validate_taxonomy, with its own
/// segmenter); a file with errors is reported in `diagnostics` and not merged,
/// and the other files are still read, so that every problem is reported at once.
Taxonomy load_taxonomy(const std::vector<std::string>& extra_files, Diagnostics& diagnostics);

}  // namespace dipdiff
