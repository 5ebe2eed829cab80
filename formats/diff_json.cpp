#include "formats/diff_json.hpp"

#include "formats/diff_result_json.hpp"
#include "formats/json_output.hpp"

namespace dipdiff {
namespace {

using json_detail::Json;

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
    Json body = json_detail::diff_result_json(diff, json_detail::Figures::exact);
    for (auto& [key, value] : body.items()) out[key] = std::move(value);
    if (metadata_changes) {
        Json changes = Json::array();
        for (const FieldChange& c : *metadata_changes)
            changes.push_back(
                {{"field", c.field}, {"a", json_detail::nullable(c.a)}, {"b", json_detail::nullable(c.b)}});
        out["metadata_changes"] = std::move(changes);
    }
    return json_detail::dump_nested(out, 0) + "\n";
}

}  // namespace dipdiff
