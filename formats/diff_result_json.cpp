#include "formats/diff_result_json.hpp"

namespace dipdiff::json_detail {

Json diff_result_json(const DiffResult& diff, Figures figures) {
    Json out;
    out["identical"] = diff.identical;
    out["minimal"] = diff.minimal;
    const DiffStats& s = diff.stats;
    out["stats"] = {{"tokens_added", s.tokens_added},
                    {"tokens_removed", s.tokens_removed},
                    {"tokens_moved", s.tokens_moved},
                    {"tokens_unchanged", s.tokens_unchanged},
                    {"similarity", figure(s.similarity, figures)},
                    {"tokens_a", s.tokens_a},
                    {"tokens_b", s.tokens_b},
                    {"moves", s.moves},
                    {"edit_distance", s.edit_distance}};
    Json ops = Json::array();
    for (const DiffOp& op : diff.ops) {
        Json j;
        j["op"] = std::string(diff_op_kind_name(op.kind));
        j["a"] = span_json(op.a);
        j["b"] = span_json(op.b);
        j["a_tokens"] = op.a_tokens;
        j["b_tokens"] = op.b_tokens;
        ops.push_back(std::move(j));
    }
    out["ops"] = std::move(ops);
    return out;
}

}  // namespace dipdiff::json_detail
