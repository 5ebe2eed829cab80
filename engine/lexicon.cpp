#include "engine/lexicon.hpp"

#include <array>
#include <utility>

namespace dipdiff {

namespace {

constexpr std::array<std::pair<Commitment, std::string_view>, 5> k_commitment_names{{
    {Commitment::none, "none"},
    {Commitment::hedge, "hedge"},
    {Commitment::intent, "intent"},
    {Commitment::demand, "demand"},
    {Commitment::commitment, "commitment"},
}};

}  // namespace

std::string_view commitment_name(Commitment commitment) {
    for (const auto& [value, name] : k_commitment_names)
        if (value == commitment) return name;
    return "none";
}

bool commitment_from_name(std::string_view name, Commitment& out) {
    for (const auto& [value, value_name] : k_commitment_names) {
        if (value != Commitment::none && value_name == name) {
            out = value;
            return true;
        }
    }
    return false;
}

}  // namespace dipdiff
