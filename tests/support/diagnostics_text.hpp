#pragma once
/// Test helpers: diagnostics as the strings tests compare.
#include "engine/diagnostic.hpp"

#include <string>
#include <vector>

namespace dipdiff::testing {

/// Every diagnostic as it prints ("path:line:col: error: … — …").
inline std::vector<std::string> formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) out.push_back(d.format());
    return out;
}

/// The ids of the diagnostics, in order.
inline std::vector<std::string> ids_of(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) out.push_back(d.id);
    return out;
}

}  // namespace dipdiff::testing
