#pragma once
/// How error messages name the type of a JSON value ("a string", "an array" …).
/// Internal to formats/ (it includes nlohmann/json).
#include <nlohmann/json.hpp>

namespace dipdiff {

inline const char* json_type_name(const nlohmann::ordered_json& value) {
    using Type = nlohmann::ordered_json::value_t;
    switch (value.type()) {
        case Type::null: return "null";
        case Type::object: return "an object";
        case Type::array: return "an array";
        case Type::string: return "a string";
        case Type::boolean: return "a boolean";
        case Type::number_integer:
        case Type::number_unsigned:
        case Type::number_float: return "a number";
        default: return "a binary value";
    }
}

}  // namespace dipdiff
