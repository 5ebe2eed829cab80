#include "formats/diff_json.hpp"

#include <nlohmann/json.hpp>

namespace dipdiff {
namespace {

using Json = nlohmann::ordered_json;

Json side_json(const Statement& s) {
    Json side;
    side["id"] = s.id;
    side["path"] = s.path;
    side["bytes"] = s.text.size();
    return side;
}

}  // namespace

std::string diff_json(const Statement& a, const Statement& b, const DiffResult& diff,
                      const std::optional<std::vector<FieldChange>>& metadata_changes) {
    Json out;
    out["schema_version"] = 1;
    out["a"] = side_json(a);
    out["b"] = side_json(b);
    out["identical"] = diff.identical;
    out["minimal"] = diff.minimal;
    const DiffStats& s = diff.stats;
    out["stats"] = {{"tokens_added", s.tokens_added},         {"tokens_removed", s.tokens_removed},
                    {"tokens_moved", s.tokens_moved},         {"tokens_unchanged", s.tokens_unchanged},
                    {"similarity", s.similarity},             {"tokens_a", s.tokens_a},
                    {"tokens_b", s.tokens_b},                 {"moves", s.moves},
                    {"edit_distance", s.edit_distance}};
    Json ops = Json::array();
    for (const DiffOp& op : diff.ops) {
        Json j;
        j["op"] = std::string(diff_op_kind_name(op.kind));
        j["a"] = {op.a.start, op.a.end};
        j["b"] = {op.b.start, op.b.end};
        j["a_tokens"] = op.a_tokens;
        j["b_tokens"] = op.b_tokens;
        ops.push_back(std::move(j));
    }
    out["ops"] = std::move(ops);
    if (metadata_changes) {
        Json changes = Json::array();
        for (const FieldChange& c : *metadata_changes)
            changes.push_back({{"field", c.field}, {"a", c.a.empty() ? Json(nullptr) : Json(c.a)},
                               {"b", c.b.empty() ? Json(nullptr) : Json(c.b)}});
        out["metadata_changes"] = std::move(changes);
    }
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace dipdiff
